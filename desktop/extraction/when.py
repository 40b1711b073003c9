"""When a horizon falls: "within two to three years", "by June 10", "next month" -> a date."""

from __future__ import annotations

import datetime as dt
import re

from desktop.extraction.page_one_words import (
    MONTHS,
    NUMBER_WORDS,
    PRESENT_HORIZONS,
    SEASON_MONTHS,
    VAGUE_HORIZON_DAYS,
    WEEKDAYS,
)
from desktop.lazyre import lazy_compile

DAYS_PER_UNIT = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365, "decade": 3652}
_NUMBER = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>day|week|month|quarter|year|decade)s?"
# "within the next two to three years", "in at least five years", "over 10 years", "a decade".
_DURATION = lazy_compile(
    rf"(?:(?P<prep>within|in|over|after|for)\s+)?(?:the\s+)?(?:next\s+|coming\s+)?"
    rf"(?P<bound>at\s+least|at\s+most|more\s+than|less\s+than|up\s+to|about|around|some)?\s*"
    rf"(?P<low>{_NUMBER})(?:\s*(?:to|-|–|or)\s*(?P<high>{_NUMBER}))?[\s-]*{_UNIT}\b",
    re.IGNORECASE,
)
# Capitalised, as news writes months: "may" in lowercase is a verb.
_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
_MONTH += r")\b\.?"
# "June 10", "June 10, 2011", "10 June 2011", "October 2007", "early June", "in July".
_CALENDAR_DATE = lazy_compile(
    rf"(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH.replace('month', 'month2')}"
    rf"(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)?)(?:,?\s+(?P<year>(?:19|20)\d\d))?"
)
_YEAR = lazy_compile(r"\b(?P<year>(?:19|20)\d\d)\b")
_SEASON = lazy_compile(
    r"\b(?P<season>spring|summer|fall|autumn|winter)\b(?:\s+of)?\s*(?P<year>(?:19|20)\d\d)?",
    re.IGNORECASE,
)
_RELATIVE = lazy_compile(
    r"\b(?P<which>next|this|coming|later\s+this)\s+(?:fiscal\s+)?(?P<unit>week|month|quarter|year)\b",
    re.IGNORECASE,
)
# Parts of the year and spans from now without a number: "in the second half", "later in the
# year", "in the new year", "for another year", "within weeks".
_YEAR_PART = lazy_compile(
    r"\b(?P<half>first|second|back)\s+half\b(?!\s+of\s+(?:19|20)\d\d)|"
    r"\blater\s+in\s+the\s+year\b|\bthe\s+new\s+year\b|\bend\s+of\s+the\s+year\b|"
    r"\b(?:another|a further|an additional)\s+(?P<unit>year|month)\b|"
    r"\bwithin\s+(?:a\s+few\s+)?(?P<bare>weeks|months)\b",
    re.IGNORECASE,
)
_WEEKDAY = lazy_compile(r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_BY_END = re.compile(r"\b(?:by|until|through|before|to)\b|\bend\b", re.IGNORECASE)


def number_value(word: str) -> float | None:
    """ "two" -> 2, "10" -> 10, "a" -> 1, "a few" -> 3; None for anything else."""
    word = word.lower().strip()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    try:
        return float(word)
    except ValueError:
        return None


def is_present(horizon: str) -> bool:
    """A horizon that is now rather than ahead: "initially", "now", "at first"."""
    return " ".join(horizon.lower().split()) in PRESENT_HORIZONS


def due_after_duration(horizon: str, base: dt.date) -> dt.date | None:
    """ "within two to three years" -> base + 3 years; "at least five years" -> base + 5.

    A range counts to its far end after "within" and to its near end otherwise.
    """
    match = _DURATION.search(horizon)
    if not match:
        return None
    low = number_value(match.group("low"))
    high = number_value(match.group("high") or "") or low
    if low is None or high is None:
        return None
    amount = high if (match.group("prep") or "").lower() == "within" else low
    days = amount * DAYS_PER_UNIT[match.group("unit").lower()]
    return base + dt.timedelta(days=round(days))


def due_on_calendar_date(phrase: str, base: dt.date) -> dt.date | None:
    """ "by June 10" -> the next 10 June on or after base; "October 2007" -> 2007-10-15."""
    match = _CALENDAR_DATE.search(phrase)
    if not match:
        return None
    month = MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]
    day_text = match.group("day1") or match.group("day2")
    day = int(day_text) if day_text else 15
    year = int(match.group("year")) if match.group("year") else base.year
    if not match.group("year") and "next year" in phrase.lower():
        year += 1  # "after October of next year"
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    if not match.group("year") and when < base:
        when = when.replace(year=year + 1)  # "in July", written in September: next July
    return when


def due_in_season(phrase: str, base: dt.date) -> dt.date | None:
    """ "in the fall of 2011" -> 2011-10-15; "next spring" -> the coming spring."""
    match = _SEASON.search(phrase)
    if not match:
        return None
    month = SEASON_MONTHS[match.group("season").lower()]
    year = int(match.group("year")) if match.group("year") else base.year
    when = dt.date(year, month, 15)
    if not match.group("year") and when < base:
        when = when.replace(year=year + 1)
    return when


def due_relative(phrase: str, base: dt.date) -> dt.date | None:
    """ "next month" -> base + 30 days; "by the end of this year" -> 31 December of base's year."""
    match = _RELATIVE.search(phrase)
    if not match:
        return None
    unit = match.group("unit").lower()
    if match.group("which").lower() == "next" or match.group("which").lower() == "coming":
        if unit == "year":
            year = base.year + 1
            return dt.date(year, 12, 31) if _BY_END.search(phrase) else dt.date(year, 7, 1)
        return base + dt.timedelta(days=DAYS_PER_UNIT[unit])
    if unit == "year":
        return dt.date(base.year, 12, 31)
    return base + dt.timedelta(days=DAYS_PER_UNIT[unit] // 2)


def due_in_year_part(phrase: str, base: dt.date) -> dt.date | None:
    """ "in the second half" -> 1 October of base's year (or the next, once past); "in the
    new year" -> 15 January next; "for another year" -> base + a year; "within weeks" -> a month.
    """
    match = _YEAR_PART.search(phrase)
    if not match:
        return None
    words = match.group().lower()
    if match.group("half"):
        first = match.group("half").lower() == "first"
        middle = dt.date(base.year, 4 if first else 10, 1)
        end = dt.date(base.year, 6 if first else 12, 30)
        if base > end:
            return middle.replace(year=base.year + 1)  # "in the first half", told in August
        return max(middle, base)  # under way: from the article's date
    if "later" in words:
        return dt.date(base.year, 12, 1) if base.month < 12 else base + dt.timedelta(days=30)
    if "end of the year" in words:
        return dt.date(base.year, 12, 31)
    if "new year" in words:
        return dt.date(base.year + 1, 1, 15)
    if match.group("unit"):
        return base + dt.timedelta(days=DAYS_PER_UNIT[match.group("unit").lower()])
    return base + dt.timedelta(days=30 if match.group("bare").lower() == "weeks" else 120)


def due_in_year(phrase: str) -> dt.date | None:
    """ "by 2035" -> 2035-12-31; "in 2026" and "from 2026" -> 2026-07-01."""
    match = _YEAR.search(phrase)
    if not match:
        return None
    year = int(match.group("year"))
    return dt.date(year, 12, 31) if _BY_END.search(phrase) else dt.date(year, 7, 1)


def due_on_weekday(phrase: str, base: dt.date) -> dt.date | None:
    """ "on Friday" -> the first Friday after base."""
    match = _WEEKDAY.search(phrase)
    if not match:
        return None
    target = WEEKDAYS.index(match.group("weekday").lower())
    return base + dt.timedelta(days=(target - base.weekday() - 1) % 7 + 1)


def due_date(horizon: str | None, base: dt.date) -> dt.date | None:
    """When a horizon falls, counted from the article's date; None when it does not say.

    Args:
        horizon: a phrase as an article writes it ("within two to three years",
            "by the end of next year", "on January 15", "in 2009", "very soon").
        base: the article's date.

    Returns:
        An approximate date ("within two years" is base plus two years), base itself for
        a horizon that is now ("initially"), or None for one with no time in it.
    """
    if not horizon or not horizon.strip():
        return None
    if is_present(horizon):
        return base
    words = " ".join(horizon.lower().split())
    for vague, days in VAGUE_HORIZON_DAYS.items():
        if vague in words:
            return base + dt.timedelta(days=days)
    for reader in (due_on_calendar_date, due_in_season, due_relative, due_in_year_part):
        when = reader(horizon, base)
        if when is not None:
            return when
    when = due_in_year(horizon)
    if when is not None:
        return when
    return due_after_duration(horizon, base) or due_on_weekday(horizon, base)
