"""Quotes and reported speech, each attributed to a person's full name (never a pronoun)."""

from __future__ import annotations

import bisect

from desktop.domain import Quote, Span, make_id
from desktop.domain.model import BASIS_ELSEWHERE, BASIS_PREVIOUS_PARAGRAPH
from desktop.domain.text import paragraph_spans
from desktop.extraction.attribution import VERB, Attributor
from desktop.extraction.context import Document
from desktop.extraction.lexicon_speech import NAMED_THING_HEADS
from desktop.extraction.people import NameIndex
from desktop.extraction.quotations import Quotation, find_quotations
from desktop.extraction.quote_speakers import (
    NONE,
    quote_speaker,
    speaker_from_closing_paragraph,
    speaker_in_next_sentence,
    speaker_introduced_by_colon,
    speaker_of_previous_paragraph,
    stands_alone,
)
from desktop.extraction.reported import find_reported
from desktop.extraction.speakers import SpeakerResolver as _Resolver  # noqa: F401
from desktop.extraction.speakers import Subject
from desktop.extraction.speakers import _latest_first as _latest_first  # noqa: F401
from desktop.lazyre import lazy_compile

_DASH_NAME = lazy_compile(r"\s*[-–—]\s*")
# Words before a quotation that name it rather than say it: "the words", "rated",
# "known as", "so-called".
_MENTIONED = lazy_compile(
    r"\b(?:the (?:words?|term|phrase|slogan|name|label|title|hashtag)|rated|graded|"
    r"classified as|known as|so-called|nicknamed|marked|tagged|signs? reading)\s*[,:]?\s*$"
)
# "that" and an aside between commas: the quotation after them completes the clause.
_THAT_AND_ASIDE = lazy_compile(r"\bthat\s*,[^,]*,$")
# How many words a quotation after a comma needs to be a sentence of its own.
_SENTENCE_WORDS = 6
# How many words a title or a name in quotation marks may have: "Andy Warhol: Photographs
# and Prints from the University Collection".
_TITLE_WORDS = 12
# Words a title leaves in lowercase.
_SMALL_WORDS = frozenset("of the and a an in on for to vs. from with at by or".split())
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
    last = NONE  # the speaker of the last attributed quotation
    last_end = -1
    last_paragraph = -2  # the paragraph of the last attributed quotation
    alone: dict[int, bool] = {}  # paragraph start -> it holds only quotations
    for number, q in enumerate(quotations):
        if _is_cited_title(text, q):
            continue
        kind = _kind(text, doc, q)
        inner = text[q.inner.start : q.inner.end]
        paragraph = bisect.bisect_right(paragraphs, q.outer.start) - 1
        subj = quote_speaker(att, doc, q)
        if not subj.found and q.continues and last.found:
            subj = _carried(last, BASIS_PREVIOUS_PARAGRAPH)
        if not subj.found and last_end >= 0 and "\n" not in text[last_end : q.outer.start]:
            subj = last  # "“Q1,” said X. “Q2.”": the same speaker goes on
        if not subj.found and stands_alone(att, quotations, number, alone):
            subj = (
                speaker_in_next_sentence(att, doc, q)
                or speaker_introduced_by_colon(att, doc, q)
                or NONE
            )
            if not subj.found and paragraph == last_paragraph + 1 and last.found:
                subj = _carried(last, BASIS_PREVIOUS_PARAGRAPH)  # “...,” Chen said. / “...”
            if not subj.found:
                subj = speaker_of_previous_paragraph(att, doc, q) or NONE  # Lee said ... / “...”
        if not subj.found:
            # The person who spoke earlier in the paragraph, by a reporting verb.
            speaker = att.paragraph_speaker(doc, q.outer.start)
            subj = Subject(q.outer.start, speaker, basis=BASIS_ELSEWHERE) if speaker else NONE
        if kind == "partial" and not _is_reported_term(att, doc, q, inner, subj.found):
            kinds.append((q.outer, "term"))  # a scare-quoted word inside someone's clause
            continue
        if not subj.found and _is_title_alone(inner):
            kinds.append((q.outer, "term"))  # “Slow Lane,” her first book, ...: a title
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


def _kind(text: str, doc: Document, q: Quotation) -> str:
    sent = doc.sentence_at(q.outer.start)
    start = sent.start if sent else q.outer.start
    before = text[start : q.outer.start].rstrip()
    if not before or before.endswith(":") or q.continues:
        return "direct"
    if VERB.search(before[-25:]) and before.endswith((",", "said", "says")):
        return "direct"
    if before.endswith(","):
        completes_that = _THAT_AND_ASIDE.search(before[-120:])  # "that, in May, “...”"
        if VERB.search(before[-25:]) or (_is_sentence_of_its_own(text, q) and not completes_that):
            return "direct"
        return "partial"
    return "partial"


def _is_sentence_of_its_own(text: str, q: Quotation) -> bool:
    """Whether the words after a comma's quotation mark make a sentence of their own: a
    capital, several words and a full stop ('..., "For example, schools can run their
    own votes."'), not a fragment ('..., "a wish list"')."""
    inner = text[q.inner.start : q.inner.end]
    return (
        inner[:1].isupper()
        and len(inner.split()) >= _SENTENCE_WORDS
        and any(c in ".!?" for c in text[q.inner.end - 1 : q.outer.end + 1])
    )


def is_title_case(inner: str) -> bool:
    """Whether quoted words are capitalised as a title or a name: "Better Idea of Afghan
    Girls", "Slow Lane", "Robogee." (not "We won")."""
    words = inner.split()
    return (
        0 < len(words) <= _TITLE_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or not w[:1].isalpha() or w in _SMALL_WORDS for w in words)
    )


def _names_a_thing(text: str, end: int) -> bool:
    """Whether the quotation that ends at end names the thing the next words are: the
    “pay for performance” bonus plan, its “zero tolerance” policy."""
    words = text[end : end + 30].split()[:2]
    return any(w.strip(".,;:").lower() in NAMED_THING_HEADS for w in words) and all(
        w[:1].islower() for w in words[:1]
    )


def _is_title_alone(inner: str) -> bool:
    """Whether a quotation nobody is said to speak is a title of several words, not a
    sentence: “Slow Lane” (not “Stop.” or “Yes”)."""
    return " " in inner and not inner.endswith((".", "!", "?")) and is_title_case(inner)


def _is_reported_term(
    att: Attributor, doc: Document, q: Quotation, inner: str, found: bool
) -> bool:
    """A partial quotation is someone's words, not a name or a scare-quoted term."""
    words = inner.split()
    if is_title_case(inner):
        return False  # a title or a name: "Better Idea of Afghan Girls"
    if len(words) >= 4:
        return True
    if len(words) == 1 and _DETERMINER_BEFORE.search(
        att.text, max(0, q.outer.start - 8), q.outer.start
    ):
        return False  # one word set off inside a noun phrase: the “smart” drills
    if _MENTIONED.search(att.text, max(0, q.outer.start - 24), q.outer.start):
        return False  # words named, not said: adding the words “and Emergency”
    if _names_a_thing(att.text, q.outer.end):
        return False  # the name of a plan: its new “pay for performance” bonus plan
    sent = doc.sentence_at(q.outer.start)
    if sent is None:
        return False
    # A reporting or labelling verb anywhere in the sentence, found by bisection: the
    # words of whoever the sentence reports, named or not ("officials said the fund was
    # “stable”").
    return att.last_verb_between(sent.start, sent.end) is not None
