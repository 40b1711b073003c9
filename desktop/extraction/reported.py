"""Reported speech: the clause a reporting verb or "according to" gives, and who it is from."""

from __future__ import annotations

import bisect

from desktop.domain import Quote, Span, make_id
from desktop.extraction.attribution import Attributor, reporting_verbs
from desktop.extraction.context import Document
from desktop.extraction.entities import is_role_word
from desktop.extraction.lexicon_speech import (
    PHRASAL_REPORTING_VERBS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
)
from desktop.extraction.reported_clauses import (
    and_that_clauses,
    clause_after,
    clause_end,
    ends_statement,
    has_finite_verb,
    is_lead_in,
    is_reported_lead,
    participle_clause,
    past_sentence_adverb,
    statement_after_lead_in,
)
from desktop.extraction.speakers import Subject
from desktop.lazyre import lazy_compile

# Run on the lowercased text. The literal comes first so that re finds it by a fast
# substring search; the lookbehind then checks that it starts a word.
_ACCORDING = lazy_compile(r"according to(?<!\waccording to)\b")
_NOUN_PHRASE = lazy_compile(r"^[\s\w’'.&-]*$")
# A dateline that opens an article's first sentence: "OTTAWA — ", "NEW YORK (AP) - ".
_DATELINE = lazy_compile(r"[A-Z][A-Z .,'’-]{1,40}(?:\([A-Za-z .]{1,20}\))?\s*[—–-]{1,2}\s+")
# What before a reporting verb says nothing was said: "declined to say", "did not say".
_DENIED_SPEECH = lazy_compile(
    r"\b(?:declined to|refused to|not|n't|never|no one|nobody|unwilling to|unable to)\s+$"
)
# A determiner or a quantifier right before a reporting verb makes it a noun: "the
# first claims", "his remarks", "these reports".
_DETERMINED = lazy_compile(
    r"\b(?:the|a|an|its|his|her|their|our|these|those|such|no|any|some|many|several|"
    r"further|first|new|recent|latest|similar|other)\s+$"
)
_REPORTING_WORDS = REPORTING_VERBS | REPORTING_PARTICIPLES
# The words a sentence of reported speech holds: a reporting verb, or the first word of one.
_CUES = _REPORTING_WORDS | frozenset(verb.split()[0] for verb in PHRASAL_REPORTING_VERBS)
_COMMA_AFTER = lazy_compile(r"\s*,\s*")


class _Quotations:
    """The quotations of the article, to tell a reported clause that holds a partial
    quotation (kept, absorbing it) from one that runs into someone's direct words."""

    def __init__(self, spans: list[tuple[Span, str]]):
        self.spans = sorted(spans, key=lambda x: x[0].start)
        self.ends = [s.end for s, _ in self.spans]

    def within(self, a: int, b: int) -> list[tuple[Span, str]] | None:
        """The quotations inside text[a:b], or None when one crosses its edge or is direct."""
        k = bisect.bisect_right(self.ends, a)
        found = []
        while k < len(self.spans) and self.spans[k][0].start < b:
            span, kind = self.spans[k]
            if span.start < a or span.end > b or kind == "direct":
                return None
            found.append((span, kind))
            k += 1
        return found

    def direct_start(self, a: int, b: int) -> int | None:
        """Where the first direct quotation that starts inside text[a:b] starts, if any."""
        k = bisect.bisect_right(self.ends, a)
        while k < len(self.spans) and self.spans[k][0].start < b:
            span, kind = self.spans[k]
            if kind == "direct" and span.start > a:
                return span.start
            k += 1
        return None

    def holds(self, a: int, b: int) -> bool:
        """Whether text[a:b] touches any quotation at all."""
        k = bisect.bisect_right(self.ends, a)
        return k < len(self.spans) and self.spans[k][0].start < b


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:"):
        b -= 1
    return a, b


class _Statements:
    """The reported statements found so far, with the partial quotations they absorbed."""

    def __init__(self, text: str, quotations: _Quotations, sources: bool):
        self.text = text
        self.sources = sources
        self.quotations = quotations
        self.out: list[Quote] = []
        self.absorbed: set[int] = set()  # starts of the partial quotations inside a clause

    def before_direct_words(self, a: int, b: int) -> tuple[int, int]:
        """A reported clause up to the direct quotation its comma opens: "Lee said the
        plant would close, “and nobody can stop that.”" -> "the plant would close"."""
        start = self.quotations.direct_start(a, b)
        if start is None or not self.text[a:start].rstrip().endswith((",", ":")):
            return a, b
        return _strip(self.text, a, start)

    def add(self, pieces: list[tuple[int, int]], subj: Subject) -> None:
        text = self.text
        pieces = [p for p in (_strip(text, a, b) for a, b in pieces) if p[1] > p[0]]
        if pieces:
            dateline = _DATELINE.match(text, *pieces[0])  # "OTTAWA — The plant will ..."
            if dateline:
                pieces[0] = (dateline.end(), pieces[0][1])
        if not pieces or not (subj.speaker or (self.sources and subj.source)):
            return
        pieces[-1] = self.before_direct_words(*pieces[-1])
        said = " ".join(text[a:b] for a, b in pieces)
        if len(said) < 12 or len(said.split()) < 3:
            return
        inside: list[tuple[Span, str]] = []
        outside_words = 0
        for a, b in pieces:
            found = self.quotations.within(a, b)
            if found is None:
                return
            inside += found
            outside_words += len(text[a:b].split()) - sum(
                len(text[s.start : s.end].split()) for s, _ in found
            )
        if outside_words < 3:
            return  # 'said that "..."': the quotation itself is the statement
        if sum(kind != "term" for _, kind in inside) > 1:
            return  # quoted fragments strung together: each fragment is kept as said
        a, b = pieces[0][0], pieces[-1][1]
        if any(q.spans[0].start < b and a < q.spans[-1].end for q in self.out[-3:]):
            return  # "He added that ..." is found by two rules; keep the first
        self.absorbed.update(s.start for s, _ in inside)
        self.out.append(
            Quote(
                id=make_id("quote", a),
                text=said,
                speaker=subj.speaker,
                source=None if subj.speaker else subj.source,
                basis=subj.basis,
                kind="reported",
                # The clause, then the partial quotations it holds, marked inside it.
                spans=[Span(a, b) for a, b in pieces]
                + [Span(s.start + 1, s.end - 1) for s, _ in inside],
            )
        )


def find_reported(
    att: Attributor, doc: Document, quotations: list[tuple[Span, str]], sources: bool = False
) -> tuple[list[Quote], set[int]]:
    """Reported statements, and the starts of the partial quotations they hold.

    "CLAUSE, NAME said", "NAME said (that) CLAUSE", "CLAUSE, said NAME", "The plant, NAME
    says, will close", "..., saying (that) CLAUSE", "according to NAME, CLAUSE".

    With sources, statements whose source is an organisation, a group or a document are
    kept too, with speaker None and the source named ("the company said it would ...",
    "officials say ..."). News labels them as statements only in quotation marks, and a
    briefing lists them among the facts, so by default they are left out.
    """
    text = att.text
    found = _Statements(text, _Quotations(quotations), sources)
    sentences: set[int] = set()
    for token in doc.tokens_among(_CUES):
        sentences.add(token.sentence)
    for m in _ACCORDING.finditer(doc.lowered, doc.article.body_start):
        sentences.add(doc.sentence_index(m.start()))
    for number in sorted(sentences):
        if number >= 0:
            _sentence_statements(att, doc, number, found)
    return found.out, found.absorbed


def _sentence_statements(att: Attributor, doc: Document, number: int, found: _Statements):
    text = att.text
    sent = doc.sentences[number]
    s, e = sent.start, sent.end
    quotes = found.quotations
    main: Subject | None = None
    for m in reporting_verbs(text, s, e):
        if quotes.holds(m.start(), m.end()):
            continue
        if _DENIED_SPEECH.search(text, max(s, m.start() - 24), m.start()):
            continue  # "declined to say how many", "would not say whether": nothing said
        if _DETERMINED.search(text, max(s, m.start() - 12), m.start()):
            continue  # "when the first claims were filed": a noun, not a verb
        subj = att.subject_before(s, m.start())
        if subj is not None:
            if not subj.found:
                continue
            main = main or subj
            lead = text[s : subj.start].rstrip()
            comma = lead.rfind(",")
            after = _COMMA_AFTER.match(text, past_sentence_adverb(text, m.end(), e), e)
            if lead.endswith(",") and after and _continues(text, after.end(), e, lead):
                # "The plant, Lee says, will close": the clause around the attribution.
                rest = (after.end(), clause_end(text, after.end(), e))
                pieces = [rest] if is_lead_in(lead) else [(s, s + comma), rest]
                found.add(pieces, subj)
                continue
            if (
                comma >= 0
                and ends_statement(text, m.end(), e)  # not "..., he said that ...": a lead-in
                and _is_speaker_phrase(lead[comma + 1 :])
            ):
                if is_reported_lead(lead[:comma]):
                    found.add([(s, s + comma)], subj)  # "CLAUSE, Agarwal said"
                    continue
                opening = statement_after_lead_in(lead[:comma])
                if opening:  # "In her view, CLAUSE, Souza said"
                    found.add([(s + opening, s + comma)], subj)
                    continue
            if after:
                continue  # "“...,” Agarwal said, adding ...": the clause was a quote
            a, b = clause_after(text, m.start(), m.end(), e)
            if b > a:
                # "Agarwal said (that) CLAUSE (, and that CLAUSE)"
                for clause in _statements_of(quotes, [(a, b), *and_that_clauses(text, b, e)]):
                    found.add([clause], subj)
            continue
        lead = text[s : m.start()].rstrip()
        subj = att.subject_after(m.end(), e, m.group(1), inverted=lead.endswith(","))
        if subj is not None and subj.found:
            main = main or subj  # '“...,” said Chen, adding that ...': Chen adds
        if subj is not None and subj.found and lead.endswith(","):
            name_end = att.res.person_end(subj.start) or -1
            after = _COMMA_AFTER.match(text, name_end, e) if name_end > 0 else None
            if after and _continues(text, after.end(), e, lead[:-1]):
                # "Older machines, said Lee, will be sold": the clause around it.
                rest = (after.end(), clause_end(text, after.end(), e))
                found.add([(s, s + len(lead) - 1), rest], subj)
            else:
                found.add([(s, m.start())], subj)  # "CLAUSE, said Mauer"
    for start, a, b in participle_clause(text, s, e):
        quoted = att.res.person_ending_at(start) if text[start] != "," else None
        if quoted:  # "quoted Lee as saying ...": the person quoted, not the subject
            subj = Subject(quoted[0], quoted[1])
        else:
            subj = main or att.sentence_subject(s, start)
        if subj is not None:
            found.add([(a, b)], subj)  # "..., saying (that) CLAUSE"
    for m in _ACCORDING.finditer(doc.lowered, s, e):
        _according_to(att, m.start(), m.end(), s, e, found)


def _statements_of(quotes: _Quotations, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Coordinated that-clauses of one verb as statements: together they are one ("X said
    that sales rose and that costs fell"), but a clause that quotes the speaker's words is
    a statement of its own, so that each quotation keeps its place."""
    out: list[tuple[int, int]] = []
    plain_before = False
    for a, b in clauses:
        plain = not quotes.holds(a, b)
        if plain and plain_before:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        plain_before = plain
    return out


def _according_to(att: Attributor, start: int, end: int, s: int, e: int, found: _Statements):
    """ "According to Lee, the plant will close" / "The plant will close, according to the
    company": the clause on the other side of the comma, from the named source."""
    text = att.text
    hit = att.res.first_person_in(end, min(e, end + 90))
    between = text[end : hit[0]].strip() if hit else ""
    # "according to Afghan Ambassador to the United States Hamdullah Mohib, ..."
    if hit and (not between or _is_title_phrase(between)):
        subj = Subject(hit[0], hit[1])
    else:
        subj = att.subject_after(end, e)
        if subj is None or not subj.found:
            return
    if start - s > 20:
        found.add([(s, start)], subj)
        return
    name_end = att.res.person_end(subj.start) if subj.speaker else None
    if name_end and not text[name_end:e].lstrip().startswith(","):
        found.add([(name_end, e)], subj)  # "According to Lee the tools were returned"
        return
    comma = text.find(",", end, e)
    if comma > 0:
        found.add([(comma + 1, e)], subj)


def _continues(text: str, a: int, e: int, lead: str) -> bool:
    """Whether the words after "The plant, Lee says," finish the clause the lead began:
    the lead has no verb of its own ("The plant") and no participle ("citing ...",
    "adding ...") follows."""
    rest = text[a:e].split(maxsplit=1)
    if not rest or not rest[0][:1].isalpha() or rest[0].lower().endswith("ing"):
        return False
    return is_lead_in(lead) or not has_finite_verb(lead)


def _is_title_phrase(words: str) -> bool:
    """Words that only give a title before a name: "Afghan Ambassador to the United States"."""
    toks = words.split()
    return (
        len(toks) <= 10
        and any(is_role_word(t) for t in toks)
        and all(
            t[:1].isupper() or t.lower() in {"of", "to", "the", "for", "and"} or is_role_word(t)
            for t in toks
        )
    )


def _is_speaker_phrase(words: str) -> bool:
    """Whether the words between a comma and a speaker's name only describe the speaker."""
    toks = words.split()
    if len(toks) > 8 or not _NOUN_PHRASE.match(words):
        return False
    return all(
        t[:1].isupper() or t.lower() in {"a", "an", "the", "of", "and"} or is_role_word(t)
        for t in toks
    )
