"""Who a quotation is from: by the words around it, the paragraphs before it or after it."""

from __future__ import annotations

from desktop.domain import Quote
from desktop.domain.model import BASIS_NEXT_SENTENCE, BASIS_PREVIOUS_PARAGRAPH
from desktop.extraction.attribution import QUOTE_VERB, VERB, Attributor, is_descriptor
from desktop.extraction.context import Document
from desktop.extraction.quotations import Quotation
from desktop.extraction.speakers import Subject
from desktop.lazyre import lazy_compile

_DASH_NAME = lazy_compile(r"\s*[-–—]\s*")
NONE = Subject(-1)
# "according to" right after a quotation's closing mark: '“...,” according to Jo Lee'.
# Verbs of assent: a sentence of one after a quotation is a new speaker's view of it.
_ASSENT = frozenset("agreed agrees disagreed disagrees concurred concurs".split())
_ACCORDING_AFTER = lazy_compile(r",?\s*according to\s+")
_ACCORDING_BEFORE = lazy_compile(r"\b[Aa]ccording to\s+")


def speaker_from_closing_paragraph(quotations: list[Quotation], made: dict[int, Quote]) -> None:
    """A quotation that runs over paragraphs and names its speaker only where it closes:
    '“We lost everything. / “But we will rebuild,” said owner Jo Lee.' -> both paragraphs
    are Jo Lee's. News leaves the first paragraph's quotation open and opens the next one
    again, so the open paragraph takes the speaker of the paragraph that continues it.

    Args:
        quotations: the article's quotations, in text order.
        made: quotation number -> the quote made of it (titles and terms have none).
    """
    for number in range(len(quotations) - 2, -1, -1):  # last first: a chain fills back
        quote, following = made.get(number), made.get(number + 1)
        if quote is None or following is None or quote.speaker or quote.source:
            continue
        if quotations[number].open_ended and quotations[number + 1].continues:
            if following.speaker or following.source:
                quote.speaker, quote.source = following.speaker, following.source
                quote.basis = BASIS_NEXT_SENTENCE


def _in_parentheses(text: str, start: int, at: int, end: int) -> bool:
    """Whether offset at lies in a parenthesis opened after start and closed before end:
    the verb of "(as Lee once testified)" does not introduce a later quotation."""
    opened = text.rfind("(", start, at)
    return opened >= 0 and text.find(")", opened, at) < 0 and text.find(")", at, end) >= 0


def _has_words(text: str, a: int, b: int) -> bool:
    return any(c.isalnum() for c in text[a:b])


def stands_alone(
    att: Attributor, quotations: list[Quotation], number: int, seen: dict[int, bool]
) -> bool:
    """Whether the paragraph of quotations[number] holds nothing but quotations:
    “We will not wait.” (seen: the answers so far, by paragraph start)."""
    text = att.text
    q = quotations[number]
    para_start = att.paragraph_start(q.outer.start)
    if para_start in seen:
        return seen[para_start]
    para_end = text.find("\n", q.outer.end)
    para_end = len(text) if para_end < 0 else para_end
    # The quotations of the paragraph are q's neighbours in text order.
    first = last = number
    while first > 0 and quotations[first - 1].outer.start >= para_start:
        first -= 1
    while last + 1 < len(quotations) and quotations[last + 1].outer.end <= para_end:
        last += 1
    cut = para_start
    alone = True
    for other in quotations[first : last + 1]:
        if _has_words(text, cut, other.outer.start):
            alone = False
            break
        cut = other.outer.end
    seen[para_start] = alone and not _has_words(text, cut, para_end)
    return seen[para_start]


def speaker_in_next_sentence(att: Attributor, doc: Document, q: Quotation) -> Subject | None:
    """A speaker named in a sentence of its own after the quotation:
    '“The plant will close.” / Ms. Ortiz said.' -> Ortiz."""
    k = doc.sentence_index(max(q.outer.start, q.outer.end - 1)) + 1
    if not 0 < k < len(doc.sentences):
        return None
    sent = doc.sentences[k]
    if sent.end - sent.start > 120 or len(att.text[sent.start : sent.end].split()) > 8:
        return None  # an attribution of its own is a few words
    m = VERB.search(att.text, sent.start, sent.end)
    if m is None or len(att.text[m.end() : sent.end].split()) > 3 or m[0] in _ASSENT:
        return None  # "Analyst Ann Boyd agreed." judges what was said, it says nothing
    subj = att.subject_before(sent.start, m.start())
    if subj is None or not subj.found:
        return None
    title = att.text[sent.start : subj.start].strip()  # "Ms. Okafor said.", "The CEO said."
    if title and not (len(title.split()) <= 4 and is_descriptor(title.replace(".", ""))):
        return None
    return Subject(subj.start, subj.speaker, subj.source, BASIS_NEXT_SENTENCE)


def quote_speaker(att: Attributor, doc: Document, q: Quotation) -> Subject:
    """The speaker of a quotation from the words around it; not found if none."""
    text = att.text
    first = doc.sentence_at(q.outer.start)
    last = doc.sentence_at(max(q.outer.start, q.outer.end - 1)) or first
    if first is None:
        return NONE
    # After the quote: "”, Agarwal said" / "” said Gustafon" / "”, he added".
    after_end = last.end
    nxt = text.find("“", q.outer.end, after_end)
    if nxt > 0:
        after_end = nxt
    m = QUOTE_VERB.search(text, q.outer.end, min(after_end, q.outer.end + 80))
    if m:
        subj = att.subject_before(q.outer.end, m.start())
        if subj is None and not _has_words(text, q.outer.end, m.start()):
            subj = att.subject_after(m.end(), after_end, m.group(1), inverted=True)  # "” said X"
        if subj and subj.found:
            return subj
    according = _ACCORDING_AFTER.match(text, q.outer.end, after_end)
    if according:
        subj = att.subject_after(according.end(), after_end)  # "”, according to Jo Lee."
        if subj and subj.found:
            return subj
    # Before it: "Jeff Rathke, the spokesperson, said, “".
    m = next(
        (
            m
            for m in att.verbs_before(first.start, q.outer.start)
            if not _in_parentheses(text, first.start, m.start(), q.outer.start)
        ),
        None,
    )
    if m:
        subj = att.subject_before(first.start, m.start()) or att.subject_after(
            m.end(), q.outer.start, m.group(1)
        )
        if subj and subj.found:
            return subj
    # "According to Reyes, the deal “was never fair.”": the source the sentence names.
    according = _ACCORDING_BEFORE.search(text, max(first.start, q.outer.start - 200), q.outer.start)
    if according:
        subj = att.subject_after(according.end(), q.outer.start)
        if subj and subj.found:
            return subj
    # Introduced by a colon or comma in a sentence about one person: "Sunak defended the
    # record: “...”", "in the words of the prosecutor, Mark Tedeschi, QC, “...”".
    lead = text[first.start : q.outer.start].rstrip()
    if lead.endswith(":"):
        subj = att.sentence_subject(first.start, q.outer.start)  # "Lee defended it: “...”"
        if subj and subj.found:
            return subj
    if lead.endswith((":", ",")):
        people = att.res.people_within(first.start, q.outer.start)
        if len(people) == 1:
            return Subject(first.start, people.pop())
    # A partial quotation in a sentence about a person who speaks in it: "Lee did not say
    # when, but promised details “very soon”" -> Lee.
    if q.inner.start > first.start + 1 and att.last_verb_between(first.start, q.outer.start):
        subj = att.sentence_subject(first.start, q.outer.start)
        if subj and subj.found:
            return subj
    # A dash and a name: "“...” - Matthew Ingram".
    dash = _DASH_NAME.match(text, q.outer.end)
    if dash:
        hit = att.res.first_person_in(dash.end(), dash.end() + 60)
        if hit and hit[0] == dash.end():
            return Subject(hit[0], hit[1])
    return speaker_named_without_verb(att, q)


def speaker_named_without_verb(att: Attributor, q: Quotation) -> Subject:
    """A quotation closed by a comma and followed by a name and its description, the
    verb left out: '“Buyers are scarce,” Jo Lee, an analyst for Edmunds.' -> Jo Lee."""
    text = att.text
    closed_by_comma = text[q.outer.end - 2 : q.outer.end - 1] == "," or text.startswith(
        ",", q.outer.end
    )
    at = q.outer.end + 1 if text.startswith(",", q.outer.end) else q.outer.end
    hit = att.res.first_person_in(at, at + 60)
    if not closed_by_comma or hit is None or text[at : hit[0]].strip():
        return NONE
    end = att.res.person_end(hit[0]) or hit[0]
    return Subject(hit[0], hit[1]) if text[end : end + 1] in (",", ".") else NONE


def speaker_introduced_by_colon(att: Attributor, doc: Document, q: Quotation) -> Subject | None:
    """The speaker of a quotation whose paragraph follows one that ends with a colon:
    'Trade minister Olga Brandt was blunt: / “We will respond in kind.”' -> Olga Brandt;
    'In remarks to reporters, Novak said: / “We want a deal.”' -> Novak."""
    text = att.text
    colon = att.paragraph_start(q.outer.start) - 1
    while colon > 0 and text[colon].isspace():
        colon -= 1
    if colon <= 0 or text[colon] != ":":
        return None
    sent = doc.sentence_at(colon)
    if sent is None:
        return None
    verb = att.last_verb_between(sent.start, colon)
    if verb is not None:
        subj = att.subject_before(sent.start, verb.start()) or att.subject_after(
            verb.end(), colon, verb.group(1)
        )
        if subj and subj.found:
            return subj
    subj = att.sentence_subject(sent.start, colon)
    return subj if subj and subj.found else None


def speaker_of_previous_paragraph(att: Attributor, doc: Document, q: Quotation) -> Subject | None:
    """The person who spoke, by a reporting verb, in the paragraph before a quotation that
    stands alone: 'Plant manager Jo Lee said the plant would close. / “We had no
    choice.”' -> Jo Lee."""
    start = att.paragraph_start(q.outer.start)
    previous = att.previous_paragraph_start(start)
    if previous < 0:
        return None
    end = start - 1
    while end > previous and att.text[end - 1].isspace():
        end -= 1
    speaker = att.paragraph_speaker(doc, end)
    return Subject(previous, speaker, basis=BASIS_PREVIOUS_PARAGRAPH) if speaker else None
