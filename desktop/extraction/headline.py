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
# "of its 3,200 dealers", "500 of the 3,000 staff": a whole the news is a part of, not the
# news ("some of the $700 billion" is the news: a pool drawn on).
_BASE_BEFORE = lazy_compile(
    r"(?:(?:of|out[ \t]+of)[ \t]+(?:its|their|his|her|our)|\d[ \t]+(?:of|out[ \t]+of)[ \t]+the)"
    r"[ \t]+$"
)
# ", or 96 cents": the amount before, restated.
_OR_BEFORE = lazy_compile(r",[ \t]*or[ \t]+$")
# "from $55 billion to", "down from a previous range of": where a change started.
_FROM_BEFORE = lazy_compile(
    r"\b(?:from|compared[ \t]+(?:with|to))[ \t]+(?:(?:a|an|the)[ \t]+)?"
    r"(?:[a-z]+[ \t]+){0,2}(?:of[ \t]+)?$"
)


def mark_headline_figures(doc, figures: list[Figure]) -> None:
    """Set headline=True on the figures the headline and the opening are about.

    Where they stand decides, not their size: every figure of the title and those of
    the first body sentence that has any; with no figure in the title, while fewer than
    two are marked, those of the next sentence too, if it has any. With a figure in the
    title, its lede stands among the first body sentences, and the next sentence leads
    too where the lede only restates the title ("profit climbs 12%" / "... profit rose
    12%." / "It earned $287 million ..."). A conversion, a
    whole the news is part of ("789 of its 3,200 dealers"), the base of a comparison
    ("from $55 billion") and a per-share restatement (", or 96 cents a share") are left
    out.

    "Acme to cut 500 jobs" / "Acme said on Monday it would cut 500 jobs, or 8% of its
    staff." marks "500 jobs" in both places and "8%".
    """
    text = doc.text
    body = doc.article.body_start
    chosen: list[Figure] = []
    candidates = [f for f in figures if f.kind in LEADING_KINDS and _leads(text, f)]
    chosen += [f for f in candidates if f.first_span.start < body]
    title_values = {(f.kind, f.value) for f in chosen}
    first_body = max(doc.sentence_index(body), 0) if figures else 0
    sentences_taken = 0
    current = -1
    restated = False  # the lede's figures are the title's again
    for figure in candidates:
        start = figure.first_span.start
        if start < body:
            continue
        sentence = doc.sentence_index(start)
        if sentence != current:
            if title_values and not sentences_taken and sentence - first_body > LEDE_SENTENCES:
                break  # the title's news is told in the lede, not further down
            if sentences_taken and sentence - current > NEXT_GAP:
                break
            if sentences_taken and (len(chosen) >= 2 or sentences_taken >= 2) and not restated:
                break
            if sentences_taken == 1 and title_values and not restated:
                break
            if sentences_taken >= 2:
                break
            restated = sentences_taken == 0 and bool(title_values)
            current = sentence
            sentences_taken += 1
        if (figure.kind, figure.value) not in title_values:
            restated = False
        chosen.append(figure)
    chosen = _amounts_before_durations(doc, chosen, body)
    marked: set[tuple] = set()  # the same figure written twice counts once
    for figure in chosen:
        key = (figure.kind, figure.text.lower())
        if key in marked or len(marked) < MAX_HEADLINE:
            figure.headline = True
            marked.add(key)


# With a figure in the title, how far into the body its lede may stand (past a byline, a
# dateline or a caption).
LEDE_SENTENCES = 3
# How far after the first sentence taken the next may stand and still lead: right after it.
NEXT_GAP = 1


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
    if figure.per and _OR_BEFORE.search(text, max(0, span.start - 6), span.start):
        return False  # "$287 million, or 96 cents per share": the same profit again
    if _FROM_BEFORE.search(text, max(0, span.start - 40), span.start):
        return False
    return not _BASE_BEFORE.search(text, max(0, span.start - 14), span.start)
