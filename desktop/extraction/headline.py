"""Which figures lead: the one to three the headline and the first sentences are about."""

from __future__ import annotations

from desktop.domain import Figure
from desktop.lazyre import lazy_compile

MAX_HEADLINE = 3
# Kinds that can lead a story; ranks and bare years describe rather than report.
LEADING_KINDS = frozenset({"money", "percent", "count", "multiple", "duration"})
# What a story's news is counted in, before how long something lasted.
AMOUNT_KINDS = frozenset({"money", "percent", "count", "multiple"})
# ", which has been in business for": a relative clause set off by commas.
_ASIDE = lazy_compile(r",[ \t]+(?:which|who|whose)\b[^,.;]*")
# "of its 3,200 dealers": a whole that the news is a part of, not the news.
_BASE_BEFORE = lazy_compile(r"(?:of|out[ \t]+of)[ \t]+(?:its|their|the|his|her|our)[ \t]+$")


def mark_headline_figures(doc, figures: list[Figure]) -> None:
    """Set headline=True on the figures the headline and the opening are about.

    Where they stand decides, not their size: every figure of the title and those of
    the first body sentence that has any; with no figure in the title, while fewer than
    two are marked, those of the next such sentence too. A conversion and a whole the
    news is part of ("789 of its 3,200 dealers") are left out.

    "Acme to cut 500 jobs" / "Acme said on Monday it would cut 500 jobs, or 8% of its
    staff." marks "500 jobs" in both places and "8%".
    """
    text = doc.text
    body = doc.article.body_start
    chosen: list[Figure] = []
    candidates = [f for f in figures if f.kind in LEADING_KINDS and _leads(text, f)]
    chosen += [f for f in candidates if f.first_span.start < body]
    title_values = {(f.kind, f.value) for f in chosen}
    sentences_taken = 0
    current = -1
    for figure in candidates:
        start = figure.first_span.start
        if start < body:
            continue
        sentence = doc.sentence_index(start)
        if sentence != current:
            if sentences_taken and (len(chosen) >= 2 or sentences_taken >= 2):
                break
            if sentences_taken == 1 and title_values:
                break
            current = sentence
            sentences_taken += 1
        chosen.append(figure)
    chosen = _amounts_before_durations(doc, chosen, body)
    marked: set[tuple] = set()  # the same figure written twice counts once
    for figure in chosen:
        key = (figure.kind, figure.text.lower())
        if key in marked or len(marked) < MAX_HEADLINE:
            figure.headline = True
            marked.add(key)


def _amounts_before_durations(doc, chosen: list[Figure], body: int) -> list[Figure]:
    """The opening's figures without a duration said in an aside of a sentence that gives
    amounts too: "Delmont, which has been in business for 22 years, said revenue rose 9%
    to $3.1 billion" leads with 9% and $3.1 billion; "cut 500 jobs over two years" keeps
    both, and so does "Acme, which signed a 20-year deal, ..." with no amount beside it."""
    text = doc.text
    with_amounts = {
        doc.sentence_index(f.first_span.start)
        for f in chosen
        if f.kind in AMOUNT_KINDS and f.first_span.start >= body
    }

    def aside(figure: Figure) -> bool:
        start = figure.first_span.start
        if figure.kind != "duration" or start < body or not _in_aside(text, start):
            return False
        return doc.sentence_index(start) in with_amounts

    return [f for f in chosen if not aside(f)]


def _in_aside(text: str, start: int) -> bool:
    """Whether start stands in a clause set off by commas: ", which has run for ..."."""
    comma = text.rfind(",", max(0, start - 80), start)
    return comma >= 0 and _ASIDE.fullmatch(text, comma, start) is not None


def _leads(text: str, figure: Figure) -> bool:
    span = figure.first_span
    if span is None or figure.conversion_of or figure.value is None and figure.kind != "money":
        return False
    return not _BASE_BEFORE.search(text, max(0, span.start - 12), span.start)
