"""Quotes and reported speech, each attributed to a person's full name (never a pronoun)."""

from __future__ import annotations

import bisect

from desktop.domain import Quote, Span, make_id
from desktop.domain.model import (
    BASIS_ELSEWHERE,
    BASIS_NEXT_SENTENCE,
    BASIS_PREVIOUS_PARAGRAPH,
)
from desktop.domain.text import paragraph_spans
from desktop.extraction.attribution import QUOTE_VERB, VERB, Attributor, is_descriptor
from desktop.extraction.context import Document
from desktop.extraction.people import NameIndex
from desktop.extraction.quotations import Quotation, find_quotations
from desktop.extraction.reported import find_reported
from desktop.extraction.speakers import SpeakerResolver as _Resolver  # noqa: F401
from desktop.extraction.speakers import Subject
from desktop.extraction.speakers import _latest_first as _latest_first  # noqa: F401
from desktop.lazyre import lazy_compile

_DASH_NAME = lazy_compile(r"\s*[-–—]\s*")
_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "vs."})
_NONE = Subject(-1)
_DETERMINER_BEFORE = lazy_compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$")
# A year or a month's name: a date after a cited title.
_DATED = lazy_compile(
    r"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)


def find_quotes(doc: Document, names: NameIndex, sources: bool = False) -> list[Quote]:
    """Direct, partial and reported quotes with resolved speakers, in text order.

    Quotations from an organisation, a group or a document have speaker None and name
    their source; with sources, so do the reported statements (unquoted) of such sources.
    """
    att = Attributor(doc, names)
    text = doc.text
    quotations = find_quotations(text, doc.article.body_start)
    paragraphs = [p.start for p in paragraph_spans(text, doc.article.body_start)]
    quotes: list[tuple[Quote, int]] = []  # with the start of its quotation marks
    made: dict[int, Quote] = {}  # quotation number -> its quote
    kinds: list[tuple[Span, str]] = []
    last = _NONE  # the speaker of the last attributed quotation
    last_end = -1
    last_paragraph = -2  # the paragraph of the last attributed quotation
    alone: dict[int, bool] = {}  # paragraph start -> it holds only quotations
    for number, q in enumerate(quotations):
        if _is_cited_title(text, q):
            continue
        kind = _kind(text, doc, q)
        inner = text[q.inner.start : q.inner.end]
        paragraph = bisect.bisect_right(paragraphs, q.outer.start) - 1
        subj = _quote_speaker(att, doc, q)
        if not subj.found and q.continues and last.found:
            subj = _carried(last, BASIS_PREVIOUS_PARAGRAPH)
        if not subj.found and last_end >= 0 and "\n" not in text[last_end : q.outer.start]:
            subj = last  # "“Q1,” said X. “Q2.”": the same speaker goes on
        if not subj.found and _stands_alone(att, quotations, number, alone):
            subj = speaker_in_next_sentence(att, doc, q) or _NONE
            if not subj.found and paragraph == last_paragraph + 1 and last.found:
                subj = _carried(last, BASIS_PREVIOUS_PARAGRAPH)  # “...,” Chen said. / “...”
        if not subj.found:
            # The person who spoke earlier in the paragraph, by a reporting verb.
            speaker = att.paragraph_speaker(doc, q.outer.start)
            subj = Subject(q.outer.start, speaker, basis=BASIS_ELSEWHERE) if speaker else _NONE
        if kind == "partial" and not _is_reported_term(att, doc, q, inner, subj.found):
            kinds.append((q.outer, "term"))  # a scare-quoted word inside someone's clause
            continue
        kinds.append((q.outer, kind))
        inner_span = q.inner
        if kind == "partial":
            inner_span = without_closing_stop(text, q.inner)
            inner = text[inner_span.start : inner_span.end]
        quote = Quote(
            id=make_id("quote", q.inner.start),
            text=inner,
            speaker=subj.speaker,
            source=None if subj.speaker else subj.source,
            basis=subj.basis,
            kind=kind,
            spans=[inner_span],
        )
        quotes.append((quote, q.outer.start))
        made[number] = quote
        if subj.found:
            last, last_paragraph = subj, paragraph
        last_end = q.outer.end
    speaker_from_closing_paragraph(quotations, made)
    reported, absorbed = find_reported(att, doc, kinds, sources)
    # A partial quotation inside a reported clause is part of that one statement.
    kept = [q for q, mark in quotes if not (q.kind == "partial" and mark in absorbed)]
    kept.extend(reported)
    kept.sort(key=lambda x: x.spans[0].start)
    return kept


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


def without_closing_stop(text: str, inner: Span) -> Span:
    """A partial quotation without the full stop that closes the sentence around it:
    'He called it “a wish list.”' -> "a wish list". An abbreviation keeps its stop
    ("the U.S.", "Acme Ltd."), and so does an ellipsis."""
    a, b = inner.start, inner.end
    if b - a < 2 or text[b - 1] != "." or text[b - 2] == ".":
        return inner
    word = text[a : b - 1].rsplit(maxsplit=1)[-1]
    if "." in word or (word[:1].isupper() and len(word) <= 3):
        return inner  # "U.S.", "Ltd."
    return Span(a, b - 1)


def _in_parentheses(text: str, start: int, at: int, end: int) -> bool:
    """Whether offset at lies in a parenthesis opened after start and closed before end:
    the verb of "(as Lee once testified)" does not introduce a later quotation."""
    opened = text.rfind("(", start, at)
    return opened >= 0 and text.find(")", opened, at) < 0 and text.find(")", at, end) >= 0


def _has_words(text: str, a: int, b: int) -> bool:
    return any(c.isalnum() for c in text[a:b])


def _is_cited_title(text: str, q: Quotation) -> bool:
    """A title cited with its outlet and date, as in a list of sources, is nobody's
    words: '“Plant to close in spring” — Valley Herald, March 3, 2024'."""
    dash = _DASH_NAME.match(text, q.outer.end)
    if dash is None:
        return False
    line_end = text.find("\n", dash.end(), dash.end() + 100)
    rest = text[dash.end() : line_end if line_end >= 0 else dash.end() + 100]
    return bool(_DATED.search(rest)) and len(rest.split()) <= 10


def _carried(subj: Subject, basis: str) -> Subject:
    return Subject(subj.start, subj.speaker, subj.source, basis)


def _stands_alone(
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
    if m is None or len(att.text[m.end() : sent.end].split()) > 3:
        return None
    subj = att.subject_before(sent.start, m.start())
    if subj is None or not subj.found:
        return None
    title = att.text[sent.start : subj.start].strip()  # "Ms. Okafor said.", "The CEO said."
    if title and not (len(title.split()) <= 4 and is_descriptor(title.replace(".", ""))):
        return None
    return Subject(subj.start, subj.speaker, subj.source, BASIS_NEXT_SENTENCE)


def _kind(text: str, doc: Document, q: Quotation) -> str:
    sent = doc.sentence_at(q.outer.start)
    start = sent.start if sent else q.outer.start
    before = text[start : q.outer.start].rstrip()
    if not before or before.endswith(":") or q.continues:
        return "direct"
    if VERB.search(before[-25:]) and before.endswith((",", "said", "says")):
        return "direct"
    if before.endswith(","):
        return "direct" if VERB.search(before[-25:]) else "partial"
    return "partial"


def _is_reported_term(
    att: Attributor, doc: Document, q: Quotation, inner: str, found: bool
) -> bool:
    """A partial quotation is someone's words, not a name or a scare-quoted term."""
    words = inner.split()
    if (
        words
        and len(words) <= 6
        and words[0][:1].isupper()
        and all(w[:1].isupper() or not w[:1].isalpha() or w in _SMALL_WORDS for w in words)
    ):
        return False  # a title or a name: "Better Idea of Afghan Girls"
    if len(words) >= 4:
        return True
    if len(words) == 1 and _DETERMINER_BEFORE.search(
        att.text, max(0, q.outer.start - 8), q.outer.start
    ):
        return False  # one word set off inside a noun phrase: the “smart” drills
    sent = doc.sentence_at(q.outer.start)
    if sent is None:
        return False
    # A reporting or labelling verb anywhere in the sentence, found by bisection.
    return found and att.last_verb_between(sent.start, sent.end) is not None


def _quote_speaker(att: Attributor, doc: Document, q: Quotation) -> Subject:
    """The speaker of a quotation from the words around it; not found if none."""
    text = att.text
    first = doc.sentence_at(q.outer.start)
    last = doc.sentence_at(max(q.outer.start, q.outer.end - 1)) or first
    if first is None:
        return _NONE
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
    return _NONE
