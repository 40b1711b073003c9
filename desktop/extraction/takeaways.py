"""Key takeaways: the three to five sentences an executive should read first."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from itertools import islice, repeat

from desktop.domain import Briefing, Relationship, Span, Takeaway, make_id
from desktop.domain.text import strip_dateline
from desktop.extraction.context import Document
from desktop.extraction.lexicon import find_words
from desktop.extraction.watch import lowercase_start
from desktop.ingest.metadata import is_caption
from desktop.lazyre import lazy_compile

MIN_TAKEAWAYS = 3
MAX_TAKEAWAYS = 5
MAX_WORDS = 35
PLAN_LEAD = "The plan: "  # how a bottom line that walks through the plan says so
NEXT_LEAD = "Next, "  # how it gives the plan's one step it did not already say
_MIN_SCORE = 2  # below this a sentence is only chosen to reach MIN_TAKEAWAYS
_NEAR_DUPLICATE = 0.5  # share of content words two takeaways may have in common

_FIGURE_POINTS = {"money": 3, "percent": 2, "multiple": 2, "rank": 2, "duration": 1, "year": 1}
# Without figures from the figure extractor, a few patterns stand in for them.
_FALLBACK_FIGURES = (
    ("money", lazy_compile(r"[$€£₹¥]\s?\d|\b\d[\d.,]*\s*(?:billion|million|crore|lakh)\b", re.I)),
    ("percent", lazy_compile(r"\b\d[\d.,]*\s*(?:%|per\s?cent|percent)", re.I)),
    ("multiple", lazy_compile(r"\b\d[\d.,]*\s*(?:times|-fold)\b", re.I)),
    ("rank", lazy_compile(r"\b(?:second|third|fourth|fifth)-(?:largest|biggest)\b", re.I)),
)
# Deal words, looked for in the lowercased text ("invest*": any word beginning so).
TIE_WORDS = (
    "agreement", "partnership", "tie-up", "deal", "joint venture", "collaboration",
    "alliance", "acquisition", "acquire*", "merger", "stake", "invest*",
)  # fmt: skip
_TRAILING_ATTRIBUTION = lazy_compile(
    # Only a short tail ("..., Agarwal said in an interview."): after "said" in "Acme,
    # the turbine maker, said on Thursday it would cut 1,200 jobs" comes the news itself.
    r",\s+(?:[^,]{0,60}?\s)?(?:said|says|added|adds|told|noted|reported|according to)\b"
    r"(?:[^\S\n]+[^\s,;]+){0,8}[.!]?\s*$",
    re.IGNORECASE | re.DOTALL,
)
# "Acme Ltd., flagship of a conglomerate, is ...": an aside between subject and verb.
_APPOSITIVE = lazy_compile(
    r"^(?P<subject>[^,]{3,80}?),\s+(?P<aside>[^,\d]{8,160}?),\s+"
    r"(?=(?:is|are|was|were|has|have|had|will|would|plans|plan|aims|expects|said|says)\b)"
)
# Where a main clause may end: before a relative clause, a participle, a dash.
_BOUNDARY = lazy_compile(
    r",\s+(?=(?:which|who|where|when|while|whereas|but|as|adding|including|although|though|"
    r"after|before|with|citing|according|saying|even|despite)\b)|\s+[—–]\s+|;\s+"
)
_WORD = lazy_compile(r"\w+")
# First words of a sentence that needs the one before it to make sense.
_LINKS_BACK = frozenset("if unless but and so yet then however".split())
_NONE: frozenset[str] = frozenset()
_STOP = frozenset(
    "a an the and or of to in on for with by from at as its it is be will would that this "
    "these those into over than then more most their they which who also has have had was "
    "were are said says".split()
)


@dataclass
class _Candidate:
    sentence: Span
    index: int
    score: float
    text: str
    words: frozenset[str]


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _STOP and len(w) > 2)


def _figure_kinds(doc: Document, briefing: Briefing) -> dict[Span, set[str]]:
    """The kinds of figure each sentence holds."""
    kinds: dict[Span, set[str]] = {}
    if briefing.figures:
        for figure in briefing.figures:
            sentence = doc.sentence_at(figure.spans[0].start) if figure.spans else None
            if sentence is not None:
                kinds.setdefault(sentence, set()).add(figure.kind)
        return kinds
    for kind, pattern in _FALLBACK_FIGURES:
        for match in pattern.finditer(doc.text, doc.article.body_start):
            sentence = doc.sentence_at(match.start())
            if sentence is not None:
                kinds.setdefault(sentence, set()).add(kind)
    return kinds


def shorten(sentence: str, max_words: int = MAX_WORDS) -> str:
    """The sentence, cut to its main clause when it runs past MAX_WORDS words.

    A dateline goes first ("DETROIT _ "); then, while it is too long, attribution, an aside
    between subject and verb, and a trailing clause ("..., which ...", "..., adding ...");
    a sentence with none stays whole.
    """
    text = strip_dateline(sentence.strip())
    if len(text.split()) > max_words:
        shorter = _TRAILING_ATTRIBUTION.sub("", text)
        if len(shorter.split()) >= 8:
            text = shorter
    if len(text.split()) > max_words:
        text = _APPOSITIVE.sub(r"\g<subject> ", text, count=1)
    if len(text.split()) > max_words:
        words = text.split()
        limit = len(" ".join(words[:max_words]))
        cuts = [m.start() for m in _BOUNDARY.finditer(text, 0, limit) if m.start() > limit // 3]
        if cuts:
            text = text[: cuts[-1]]
    text = text.rstrip(" ,;:—–")
    if text and text[-1] not in ".!?”\"'":
        text += "."
    return text


def _plan_takeaway(briefing: Briefing) -> Takeaway | None:
    """One line for the phased plan: "Plan — initially: ...; within two years: ..."."""
    if len(briefing.phases) < 2:
        return None
    steps = []
    for phase in briefing.phases:
        title = lowercase_start(phase.title, briefing.article.text)
        steps.append(f"{phase.horizon}: {title}" if phase.horizon else title)
    spans = sorted(p.first_span for p in briefing.phases if p.first_span is not None)
    text = "Phased plan — " + "; ".join(steps) + "."
    return Takeaway(id=make_id("takeaway", "plan", *spans[:1]), text=text, spans=spans)


def _score(
    doc: Document,
    sentence: Span,
    index: int,
    kinds: Set[str],
    ties: Sequence[Relationship],
    tie: bool,
) -> float:
    """How much an executive needs this sentence: lead, figures, ties, the company's plan.

    Args:
        ties: the relationships this sentence is evidence of.
        tie: whether it has a deal word ("agreement", "stake", ...).
    """
    score = 3.0 if index == 0 else 1.0 if index < max(3, len(doc.sentences) // 3) else 0.0
    if kinds:  # most sentences hold no figure
        score += min(5, sum(map(_FIGURE_POINTS.get, kinds, repeat(0))))
    if ties:
        score += max(2 if r.kind == "talks" else 3 for r in ties)
        score += any(r.terms and r.spans[0] == sentence for r in ties)
    elif tie:
        score += 1
    text = doc.sentence_text(sentence)
    if len(text.split(None, 8)) < 8:  # fewer than 8 words (and no need to split them all)
        score -= 2
    if text.lstrip()[:1] in '“"':
        score -= 1  # a quote's words are in the quotes list; the facts come first here
    return score


def find_takeaways(
    doc: Document, briefing: Briefing, told: Set[Span] = frozenset()
) -> list[Takeaway]:
    """Three to five short statements, each with its sentence as evidence, in article order.

    Args:
        doc: the article.
        briefing: the briefing so far; figures, relationships and phases raise a
            sentence's score, and a phased plan becomes a takeaway of its own (unless
            the bottom line already walks through the plan).
        told: sentences the title and bottom line were made from; a takeaway would
            only repeat them.

    Returns:
        Takeaways in the order the article makes the points, the plan where it begins.
    """
    figure_kinds = _figure_kinds(doc, briefing)
    # One scan of the article for deal words, rather than one search per sentence.
    tie_sentences = {
        doc.sentence_index(start)
        for start, _end in find_words(doc.lowered, TIE_WORDS, doc.article.body_start)
    }
    ties_by_sentence: dict[Span, list[Relationship]] = {}
    for relationship in briefing.relationships:
        for span in dict.fromkeys(relationship.spans):  # each sentence once, in order
            ties_by_sentence.setdefault(span, []).append(relationship)
    ranked = sorted(
        (
            (
                -_score(
                    doc,
                    sentence,
                    index,
                    figure_kinds.get(sentence, _NONE),
                    ties_by_sentence.get(sentence, ()),
                    index in tie_sentences,
                ),
                index,
            )
            for index, sentence in enumerate(doc.sentences)
        )
    )

    plan = None if _tells_plan(briefing.bottom_line) else _plan_takeaway(briefing)
    said = content_words(briefing.bottom_line) if briefing.bottom_line else _NONE
    room = MAX_TAKEAWAYS - (plan is not None)
    chosen: list[_Candidate] = []
    for negative_score, index in ranked:
        if len(chosen) >= room or (-negative_score < _MIN_SCORE and len(chosen) >= MIN_TAKEAWAYS):
            break
        sentence = doc.sentences[index]
        if sentence in told:
            continue
        text = shorten(doc.sentence_text(sentence))
        words = content_words(text)
        if _fragment(text) or is_caption(text) or overlap(words, said) > _NEAR_DUPLICATE:
            continue
        if any(overlap(words, c.words) > _NEAR_DUPLICATE for c in chosen):
            continue
        chosen.append(_Candidate(sentence, index, -negative_score, text, words))

    takeaways = [
        Takeaway(id=make_id("takeaway", c.sentence.start), text=c.text, spans=[c.sentence])
        for c in chosen
    ]
    if plan is not None:
        takeaways.append(plan)
    takeaways.sort(key=lambda t: t.spans[0].start)
    return takeaways


def without_attribution(sentence: str) -> str:
    """ "The firm will cut jobs, he added." -> "The firm will cut jobs." (when 8 words remain)."""
    shorter = _TRAILING_ATTRIBUTION.sub("", sentence.strip())
    if len(shorter.split()) < 8:
        return sentence.strip()
    return shorter if shorter[-1:] in ".!?" else shorter + "."


def _tells_plan(bottom_line: str) -> bool:
    """Whether a bottom line tells the plan (the summary's "The plan: ..." or "Next, ...")."""
    return PLAN_LEAD in bottom_line or f". {NEXT_LEAD}" in bottom_line


def _fragment(text: str) -> bool:
    """A piece that cannot stand alone: too short, lowercase, half a quotation, or a
    condition or link that needs the sentence before ("If a price is not agreed by then,
    ...", "But the firm ...")."""
    first = text.split(None, 1)[:1]
    if first and first[0].strip(",").lower() in _LINKS_BACK:
        return True
    fourth_word = next(islice(_WORD.finditer(text), 3, None), None)  # no need to find them all
    if fourth_word is None or not text[:1].isupper() and text[:1] not in "“\"'‘":
        return True
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller set's words that the other holds too."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
