"""Phase horizons in words ("within two to three years") as approximate ranges of years from now."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
    "couple": 2,
    "few": 3,
    "several": 4,
    "half": 0.5,
}
UNIT_YEARS = {"year": 1.0, "decade": 10.0, "month": 1 / 12, "quarter": 0.25, "week": 1 / 52}
NOW_WORDS = (
    "initially",
    "initial",
    "first",
    "immediately",
    "now",
    "today",
    "currently",
    "at first",
    "in the beginning",
    "to begin with",
    "to start",
    "near term",
    "near-term",
    "short term",
    "short-term",
    "this year",
)
# Not "over": "over the next two years" means within them.
OPEN_WORDS = ("at least", "more than", "beyond", "or more", "or longer", "after")

_NUMBER = r"(\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(year|decade|month|quarter|week)s?"
_RANGE = re.compile(rf"\b{_NUMBER}\s*(?:to|-|–|—|or)\s*{_NUMBER}\s+{_UNIT}\b", re.IGNORECASE)
_SINGLE = re.compile(rf"\b{_NUMBER}[\s-]+{_UNIT}\b", re.IGNORECASE)
_BARE_UNIT = re.compile(rf"\b(?:next|coming|following)\s+{_UNIT}\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19\d\d|2[01]\d\d)\b")


@dataclass(frozen=True)
class Span:
    """An approximate stretch of time, in years from now; open_end means "and beyond"."""

    start: float
    end: float
    open_end: bool = False


def number(word: str) -> float | None:
    """A number written in digits or as a word ("two", "5", "2.5"), or None."""
    word = word.lower()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word)
    except ValueError:
        return None


def parse_horizon(horizon: str | None, now_year: int | None = None) -> Span | None:
    """The years from now a horizon speaks of, or None when it cannot be placed.

    "initially" -> 0–1; "within two to three years" -> 2–3; "at least five years" -> 5, open;
    "in 18 months" -> 0.5–1.5; "by 2030" -> years after now_year, when now_year is known.

    Args:
        horizon: the phase's horizon as the article puts it.
        now_year: the article's year, to place calendar years; None leaves them unplaced.
    """
    if not horizon:
        return None
    text = " ".join(horizon.lower().split())
    is_open = any(re.search(rf"\b{re.escape(word)}\b", text) for word in OPEN_WORDS)

    match = _RANGE.search(text)
    if match:
        low, high = number(match.group(1)), number(match.group(2))
        scale = UNIT_YEARS[match.group(3).lower()]
        if low is not None and high is not None:
            low, high = sorted((low * scale, high * scale))
            return Span(low, max(high, low + 0.25), open_end=is_open)

    match = _SINGLE.search(text)
    if match:
        amount = number(match.group(1))
        if amount is not None:
            years = amount * UNIT_YEARS[match.group(2).lower()]
            if is_open:
                return Span(years, years + 1, open_end=True)
            return Span(max(0.0, years - 1), max(years, 0.25))

    match = _BARE_UNIT.search(text)
    if match:
        years = UNIT_YEARS[match.group(1).lower()]
        return Span(years, 2 * years)

    match = _YEAR.search(text)
    if match and now_year is not None:
        years = max(0, int(match.group(1)) - now_year)
        if is_open:
            return Span(years, years + 1, open_end=True)
        return Span(max(0, years - 1), max(years, 1))

    if any(re.search(rf"\b{re.escape(word)}\b", text) for word in NOW_WORDS):
        return Span(0.0, 1.0)
    return None


def place_phases(horizons: list[str | None], now_year: int | None = None) -> list[Span]:
    """A span for every phase, in order: parsed where possible, else one year after the last.

    Unplaced phases follow the phase before them, so the plan still reads left to right.
    """
    spans: list[Span] = []
    for horizon in horizons:
        span = parse_horizon(horizon, now_year)
        if span is None:
            start = spans[-1].end if spans else 0.0
            span = Span(start, start + 1)
        spans.append(span)
    return spans
