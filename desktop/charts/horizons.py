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


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
# Where in a year a word puts a date: "early 2027", "the fall of 2011", "the end of 2010".
PARTS = (
    ("end of", 0.95), ("late", 0.85), ("second half", 0.75), ("fall", 0.75), ("autumn", 0.75),
    ("summer", 0.55), ("mid", 0.5), ("middle", 0.5), ("spring", 0.3), ("first half", 0.25),
    ("early", 0.1), ("beginning", 0.05), ("start of", 0.05),
)  # fmt: skip
_MONTH = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?(?:\s+(\d{1,2})\b)?"
)
_QUARTER = re.compile(r"\b(first|second|third|fourth)\s+(?:fiscal\s+)?quarter\b|\b(q[1-4])\b")
_PUBLISHED = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_SOON = re.compile(r"\b(?:soon|shortly|near future)\b")
_DAYS = re.compile(
    r"\b(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def article_date(published: str | None) -> float | None:
    """The article's date as a decimal year: "2011-05-29" -> 2011.41; None when it has none."""
    match = _PUBLISHED.match(published or "")
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 7), int(match[3] or 1)
    return year + (month - 1) / 12 + (day - 1) / 365


def _part_of_year(text: str) -> float:
    for words, fraction in PARTS:
        if words in text:
            return fraction
    return 0.5


def calendar_date(horizon: str | None, published: str | None) -> float | None:
    """When a horizon falls, as a decimal year, read against the article's date.

    "by June 10" in an article of 2011-05-29 -> 2011.44; "In 2009" -> 2009.5; "next month"
    -> a month after the article; "within two to three years" -> two years after it;
    "once the merger closes" -> None (event-relative: no date).

    Args:
        horizon: the phase's horizon as the article puts it.
        published: the article's date ("2011-05-29"); without it nothing is dated.
    """
    reference = article_date(published)
    if not horizon or reference is None:
        return None
    text = " ".join(horizon.lower().split())
    year_match = _YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None
    if year is None and "next year" in text:
        year = int(reference) + 1
    elif year is None and ("this year" in text or "the year" in text):
        year = int(reference)
    month_match = _MONTH.search(text)
    if month_match and (month_match.group(1) != "may" or "may" in text.split()):
        month = MONTHS[month_match.group(1)]
        day = int(month_match.group(2)) if month_match.group(2) else None
        fraction = (day - 1) / 31 if day else _part_of_year(text) if "early" in text else 0.0
        when = (year if year is not None else int(reference)) + (month - 1 + fraction) / 12
        if year is None and when < reference - 1 / 24:
            when += 1  # "in April", told in May: next April
        return when
    quarter_match = _QUARTER.search(text)
    if quarter_match:
        q = QUARTERS[quarter_match.group(1) or quarter_match.group(2)]
        when = (year if year is not None else int(reference)) + (3 * q - 2) / 12
        if year is None and when + 0.125 < reference:
            when += 1
        return when
    if year is not None:
        return year + _part_of_year(text)
    for unit, size in (("week", 1 / 52), ("month", 1 / 12)):
        if f"next {unit}" in text or f"this {unit}" in text or f"end of the {unit}" in text:
            return reference + (size if "next" in text else size / 2)
    if _DAYS.search(text):
        return reference + 3 / 365  # "on Friday": within the week
    if _SOON.search(text):
        return reference + 0.05
    span = parse_horizon(horizon)
    if span is not None:
        return reference + span.start  # "initially": from the article's date
    return None


def relative_span(horizon: str | None) -> Span | None:
    """The stretch a horizon with no calendar date names, in years from the article's date.

    "within two to three years" -> 2-3; "initially" -> 0-1; "by June 10" and "next month"
    -> None (a date or a moment, not a stretch).
    """
    if not horizon:
        return None
    text = horizon.lower()
    if _YEAR.search(text) or _MONTH.search(text) or _QUARTER.search(text):
        return None
    if _SOON.search(text) or _DAYS.search(text) or _BARE_UNIT.search(text):
        return None
    return parse_horizon(horizon)
