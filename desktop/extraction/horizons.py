"""When a plan is for: horizons as news writes them, placed in years from the article's date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain import Span
from desktop.extraction.lexicon_plans import MONTHS, NUMBER_WORDS, ORDINALS, UNIT_YEARS, WEEKDAYS
from desktop.lazyre import lazy_compile

# Every pattern matches the lowercased text (context.lowercase), whose offsets agree.

_NUM = (
    r"(?:\d+(?:\.\d+)?|a couple of|a few|couple of|"
    + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + r")"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_SEASON = {"spring": 0.3, "summer": 0.55, "fall": 0.75, "autumn": 0.75, "winter": 0.95}
_PART = {
    "early": 0.1, "the beginning of": 0.05, "the start of": 0.05, "mid": 0.5, "mid-": 0.5,
    "the middle of": 0.5, "late": 0.9, "the end of": 0.95, "the first half of": 0.25,
    "the second half of": 0.75, "the fall of": 0.75, "the autumn of": 0.75,
    "the spring of": 0.3, "the summer of": 0.55, "the winter of": 0.95, "end-": 0.95,
}  # fmt: skip
# "early 2027", "by the end of 2026", "by end-2026", "by end of 2026" (without "the").
_PARTS = (
    r"(?P<part>early|mid-?|late|end-|(?:the )?(?:beginning|start|middle|end|first half|"
    r"second half|fall|autumn|spring|summer|winter) of)"
)
_YEAR_PREP = (
    r"(?:(?P<prep>by|in|until|till|before|from|starting in|starting|beginning in|through|"
    r"after|during|around|since|as of|for)\s+)?"
    r"(?:at least\s+|as early as\s+|as soon as\s+|as late as\s+)?"
)

# "within two to three years", "at least five years", "in 18 months", "two years from now".
_DURATION = lazy_compile(
    r"\b(?P<prep>within|in|by|over|after|for|at least|more than|up to|about|around|nearly|"
    r"in about|in around)\s+(?:the\s+next\s+|the\s+coming\s+)?"
    rf"(?P<low>{_NUM})(?:\s*(?:to|-|–|or)\s*(?P<high>{_NUM}))?\s+"
    r"(?P<unit>year|month|week|day|decade|quarter)s?\b(?:\s+from\s+now)?(?!,?\s+of\b)"
)
# "over the next decade", "in the coming months", "in the next few years", "in the weeks ahead".
_COMING = lazy_compile(
    r"\b(?:over|within|in|during)\s+the\s+(?:next|coming|following)\s+(?:few\s+|several\s+)?"
    r"(?P<unit>decade|year|month|week|day)s?\b|\bin\s+the\s+(?P<ahead>year|month|week|day)s\s+ahead\b|"
    r"\bwithin\s+(?:a\s+few\s+|several\s+|a\s+matter\s+of\s+)?(?P<bare>week|month|day)s\b"
)
# "next year", "later this month", "by the end of the year", "early next year".
_RELATIVE = lazy_compile(
    r"\b(?:(?:by|until|before|at|from|as early as|as soon as)\s+)?"
    r"(?:(?:the\s+)?(?P<part>end|start|beginning|middle|first half|second half)\s+of\s+"
    r"(?P<of>the|this|next)|(?:(?P<when>early|late|later|mid|earlier)[\s-]+)?(?P<which>next|this))\s+"
    r"(?:fiscal\s+)?(?P<unit>week|month|year|quarter|decade|spring|summer|fall|autumn|winter)\b"
    r"(?!\s+of\b|'s|’s)"
)
_YEAR_END = lazy_compile(r"\b(?:by|before|at)\s+(?:the\s+)?year[\s-]end\b")
# "by 2028", "in early 2027", "by the end of 2010", "in the fall of 2011", "fiscal 2027".
_YEAR = lazy_compile(
    rf"\b{_YEAR_PREP}(?:{_PARTS}\s*)?(?:(?P<fiscal>fiscal|fy)\s*(?:year\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*(?:-|–)?\s*(?:19|20)?\d\d\b)(?!\s*(?:%|per|percent))"
)
# "by 2026-27", "in fiscal 2025-26", "for FY2024/25": a fiscal year told by the two calendar
# years it spans (only consecutive years: "2025-2030" is a stretch, not a fiscal year).
_FISCAL_RANGE = lazy_compile(
    rf"\b{_YEAR_PREP}(?:(?:fiscal|fy)\s*(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\s*(?:-|–|/)\s*"
    r"(?P<end>(?:19|20)?\d\d)\b(?!\s*(?:%|per|percent))"
)
# "in the second half", "during the first half": of the article's year (or the next one's,
# once that half is over); "the second half of 2026" is _YEAR's.
_HALF = lazy_compile(
    r"\b(?:in|during|by|for|over|through)\s+the\s+(?P<which>first|second|back)\s+half\b"
    r"(?!\s+of\b)(?:\s+of\s+(?:the|this)\s+year\b)?"
)
# "for another year", "for a further two years": an extension from now.
_ANOTHER = lazy_compile(
    rf"\b(?:for|in|within|over)\s+(?:another|a further|an additional)\s+(?:(?P<low>{_NUM})\s+)?"
    r"(?P<unit>year|month|week|day|decade)s?\b"
)
# "later in the year", "later in the decade": the rest of the unit under way.
_LATER_IN = lazy_compile(r"\blater\s+in\s+the\s+(?P<unit>year|month|week|decade)\b")
# "in the new year": early in the next one.
_NEW_YEAR = lazy_compile(r"\b(?:in|into|early in)\s+the\s+new\s+year\b")
# "in H2", "by 1H 2026", "during H1 2027": a half-year in analysts' shorthand.
_HALF_CODE = lazy_compile(
    r"\b(?:in|by|during|for)\s+(?:the\s+)?(?:h(?P<h>[12])|(?P<hh>[12])h)"
    r"(?:\s*(?:fy|cy)?\s*(?P<year>(?:19|20)?\d\d))?\b"
)
# "in the current quarter", "during the current fiscal year": the one under way.
_CURRENT = lazy_compile(
    r"\b(?:in|during|for|by the end of)\s+(?:the|this)\s+current\s+(?:fiscal\s+)?"
    r"(?P<unit>quarter|year|month|week)\b"
)
# "for the rest of the year", "over the remainder of this year".
_REST_OF = lazy_compile(
    r"\b(?:for|over|through|in|during|into)\s+(?:the\s+)?(?:rest|remainder|balance)\s+of\s+"
    r"(?:the|this)\s+(?P<unit>year|month|week|quarter|decade)\b"
)
_FISCAL_SHORT = lazy_compile(r"\b(?:by|in|for)\s+fy\s?(?P<yy>\d\d)\b")
# "during the fourth quarter", "in Q3", "by the end of the first quarter of 2027".
_QUARTER = lazy_compile(
    r"\b(?:(?P<prep>in|during|by|before|until|for)\s+)?(?:the\s+end\s+of\s+)?(?:the\s+)?"
    r"(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter|"
    r"q(?P<q>[1-4]))(?:\s+of)?(?:\s+(?P<year>(?:19|20)\d\d)|\s+(?P<which>this|next)\s+year)?\b"
)
# "in April", "by June 30", "on September 12", "until January 30, 2009", "by early June".
_MONTH_DATE = lazy_compile(
    r"\b(?:(?P<prep>in|by|until|till|on|from|before|after|starting|through|as of|around|"
    r"no later than|as early as|as soon as|effective)\s+)?"
    r"(?:(?P<part>early|mid-?|late|the end of|the beginning of)\s*)?"
    r"(?:(?P<coming>next|this)\s+)?"
    rf"(?P<month>{_MONTH})\b\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?"
    rf"(?:\s*(?:to|until|through|-|–|and)\s*(?:(?:{_MONTH})\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b|\s+(?:of\s+)?(?P<which>this|next)\s+year\b)?"
)
# "on Friday", "on Friday morning", "next Tuesday", "tomorrow".
_WEEKDAY = lazy_compile(
    r"\b(?:(?:on|by|until|next|this|from|as early as|as soon as)\s+)?(?P<day>"
    + "|".join(WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?\b|\b(?:later\s+)?(?:tomorrow|tonight)\b"
)
# "in the autumn", "by the summer": the next one.
_SEASON_ALONE = lazy_compile(
    r"\b(?:in|by|during|over|before|until)\s+the\s+(?P<season>spring|summer|fall|autumn|winter)\b"
    r"(?!\s+of\b)"
)
# "soon", "very soon", "shortly", "in the near future", "in the coming days".
_SOON = lazy_compile(
    r"\b(?:very\s+|as\s+)?soon(?:\s+as\s+possible)?\b|\bshortly\b|\bin\s+the\s+near\s+future\b|"
    r"\bin\s+due\s+course\b|\bimminently\b"
)
# "once the merger closes", "after the bankruptcy is finalised", "upon completion of the deal".
_EVENT = lazy_compile(
    r"\b(?:once|as soon as|upon|pending)\s+[^,.;:]{3,60}|"
    r"\b(?:after|following|when|before)\s+(?:the|a|an|its|their|his|her)\s+[^,.;:]{3,60}|"
    # "after regulators approve the deal": the bodies whose decision a plan waits on
    r"\b(?:after|when)\s+(?:regulators|shareholders|lawmakers|legislators|creditors|"
    r"voters|members|authorities|parliament|congress)\s+[^,.;:]{3,60}|"
    # "after it completes the sale", "once they sign": the planner's own step before
    r"\b(?:after|when|before)\s+(?:it|they|we)\s+[^,.;:]{3,60}|"
    # "after approval by regulators", "following regulatory approval"
    r"\b(?:after|following|upon|pending)\s+(?:(?:final|regulatory|shareholder|court)\s+)?"
    r"(?:approval|completion|closing|clearance)\b[^,.;:]{0,40}"
)
_EVENT_VERB = lazy_compile(
    r"\b(?:is|are|was|has|have|closes?|completes?|ends?|finish(?:es)?|begins?|opens?|starts?|"
    r"arrives?|takes? effect|goes? through)\b|(?:ing|tion|ment|al|sal)\b"
)
# "by then", "by that time": the horizon of the plan before.
_THEN = lazy_compile(r"\b(?:by|until|at)\s+(?:then|that\s+(?:time|point|date|stage))\b")

# A sieve for explicit_horizons: a digit or a word one of the forms holds. It may keep too
# much, never too little (tests/extraction/test_horizons.py compares it with the forms).
_CUE = lazy_compile(
    r"\d|year|half|h[12]|month|week|day|decade|quarter|q[1-4]|fy|fiscal|next|this|soon|shortly|near|"
    r"due course|imminent|spring|summer|fall|autumn|winter|tomorrow|tonight|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
)

# Staging words: the first step, a later step, the last step.
NOW = lazy_compile(
    r"\b(?:initially|at first|to begin with|in the first (?:phase|stage)|for now|"
    r"in (?:phase|stage) (?:one|1)|"
    r"in the (?:near|short) term|immediately|(?:will|would|to)\s+first|"
    r"start(?:s|ing)? (?:with|by)|begin(?:s|ning)? (?:with|by))\b"
)
LEADING_NOW = lazy_compile(r"^\W*first\b,?")
LATER = lazy_compile(
    r"^\W*(?:then|next|later|after that|subsequently)\b|\b(?:will|would)\s+(?:then|later)\b|"
    r"\bin (?:the|a) (?:second|next|third|later|final) (?:phase|stage)\b|"
    r"\bin (?:phase|stage) (?:two|three|four|2|3|4)\b|"
    # after the step before: "aims to launch the pill later that year", "a year later"
    r"\blater (?:that|the same) (?:year|month|week|quarter)\b|"
    r"\bthe following (?:year|month|week|quarter)\b|\ba (?:year|month|week) later\b|"
    r"\bthen\b(?=\s+(?:also\s+)?(?:plans?|aims?|expects?|intends?|wants?|seeks?|hopes?)\b)"
)
LAST = lazy_compile(
    r"\b(?:ultimately|eventually|in the long (?:term|run)|over the long term|"
    r"(?:ultimate|long-term) (?:ambition|goal|aim|plan|target))\b"
)
_SPEND = lazy_compile(r"\b(?:invest|spend|pour|inject|deploy|allocate)")

FUTURE_SLACK = 0.01  # "then": just after the horizon before it
PAST = -0.02  # years before the article's date that make a horizon past


@dataclass
class Horizon:
    """A time a plan names, with where it stands in years from the article's date."""

    text: str
    years: float  # from the article's date; inf for "ultimately"
    span: Span  # in the article text
    kind: str = "date"  # date, relative, stage, event, then
    spending: bool = False  # "invest X over seven years": a span of spending, not a start

    @property
    def past(self) -> bool:
        return self.years < PAST


def decimal_date(year: int, month: int = 1, day: int = 1) -> float:
    """A date as a year with a fraction: 2011-07-01 -> 2011.5."""
    return year + (month - 1) / 12 + (day - 1) / 365


def number(text: str) -> float | None:
    """A number in digits or words: "two" -> 2.0, "18" -> 18.0."""
    if text[:1].isdigit():
        try:
            return float(text)
        except ValueError:
            return None
    return float(NUMBER_WORDS.get(text, 0)) or None


def _next_occurrence(month: float, reference: float, year: int | None) -> float:
    """A month (with fraction) in the given year, else its next occurrence from reference.

    "in June" told on June 7 is this June; "by June 3" told on June 7 is next year's.
    """
    if year is not None:
        return year + (month - 1) / 12
    base = int(reference)
    when = base + (month - 1) / 12
    same_month = int(month) == int((reference - base) * 12) + 1 and month == int(month)
    return when if when >= reference or same_month else when + 1


def duration(match: re.Match, reference: float) -> float | None:
    """ "within two to three years" -> 2.0: the low end, in years."""
    low = number(match["low"])
    return None if low is None else low * UNIT_YEARS[match["unit"]]


def coming(match: re.Match, reference: float) -> float:
    """ "in the coming months" -> 0.5, "over the next decade" -> 5.0."""
    unit = match["unit"] or match["ahead"] or match["bare"]
    return {"decade": 5.0, "year": 2.0, "month": 0.5, "week": 0.1, "day": 0.02}[unit]


def relative(match: re.Match, reference: float) -> float:
    """ "next year" -> 1.0, "later this month" -> 0.04, "by the end of the year" -> 0.5."""
    unit, which = match["unit"], match["which"] or match["of"]
    if unit in _SEASON:
        when = int(reference) + _SEASON[unit] + (1 if which == "next" else 0)
        return max(when - reference, 0.0)
    size = UNIT_YEARS[unit]
    step = size if which == "next" else 0.0
    if match["part"] in {"end", "second half"} or match["when"] in {"late", "later"}:
        step += size * 0.6
    elif match["when"] == "mid" or match["part"] == "middle":
        step += size * 0.4
    if unit == "year" and which != "next":
        return max(int(reference) + 0.95 - reference, 0.0) if match["part"] == "end" else 0.2
    return step


def year(match: re.Match, reference: float) -> float:
    """ "by 2028" -> 2028.5 - reference; "in early 2027" -> 2027.1 - reference."""
    part = match["part"] or ""
    part = part if part in _PART or part.startswith(("the ", "mid")) else f"the {part}"
    part = part.rstrip("-") if part.startswith("mid") else part
    fraction = _PART.get(part, 0.5) if match["part"] else 0.5
    if match["prep"] in {"from", "starting", "starting in", "beginning in", "after", "since"}:
        fraction = max(fraction, 0.5) + 0.1
    return int(match["year"]) + fraction - reference


def fiscal_range(match: re.Match, reference: float) -> float | None:
    """ "by 2026-27" -> the middle of the fiscal year from 2026 into 2027; "2025-2030" -> None."""
    start = int(match["year"])
    if (start + 1) % 100 != int(match["end"]) % 100:
        return None
    return start + 0.75 - reference


def rest_of(match: re.Match, reference: float) -> float:
    """ "for the rest of the year" -> the middle of what is left of the article's year."""
    if match["unit"] != "year":
        return UNIT_YEARS[match["unit"]] / 2
    return max((int(reference) + 1 - reference) / 2, 0.02)


def half(match: re.Match, reference: float) -> float:
    """ "in the second half" -> the middle of the year's second half, from the article's date."""
    when = int(reference) + (0.25 if match["which"] == "first" else 0.75)
    return max(when - reference, 0.0) if when + 0.25 > reference else when + 1 - reference


def another(match: re.Match, reference: float) -> float:
    """ "for another year" -> 1.0, "for a further two years" -> 2.0."""
    low = number(match["low"]) if match["low"] else 1.0
    return (low or 1.0) * UNIT_YEARS[match["unit"]]


def later_in(match: re.Match, reference: float) -> float:
    """ "later in the year" -> most of what is left of the article's year."""
    if match["unit"] == "year":
        return max(int(reference) + 0.8 - reference, 0.05)
    return UNIT_YEARS[match["unit"]] * 0.6


def new_year(match: re.Match, reference: float) -> float:
    """ "in the new year" -> early in the year after the article's."""
    return int(reference) + 1.05 - reference


def half_code(match: re.Match, reference: float) -> float:
    """ "in H2 2026" -> the middle of that half; "in 1H" -> of the article's year (or the next)."""
    second = (match["h"] or match["hh"]) == "2"
    if match["year"]:
        year = int(match["year"]) if len(match["year"]) == 4 else 2000 + int(match["year"])
        return year + (0.75 if second else 0.25) - reference
    when = int(reference) + (0.75 if second else 0.25)
    return max(when - reference, 0.0) if when + 0.25 > reference else when + 1 - reference


def current(match: re.Match, reference: float) -> float:
    """ "in the current quarter" -> half the unit on from the article's date."""
    return UNIT_YEARS[match["unit"]] / 2


def fiscal_short(match: re.Match, reference: float) -> float:
    """ "in FY27" -> 2027.5 - reference."""
    return 2000 + int(match["yy"]) + 0.5 - reference


def quarter(match: re.Match, reference: float) -> float:
    """ "during the fourth quarter" -> its middle, in the article's year or the next."""
    q = int(match["q"]) if match["q"] else ORDINALS[match["ordinal"]]
    month = 3 * q - 1  # the middle month
    given = int(match["year"]) if match["year"] else None
    if match["which"]:
        given = int(reference) + (1 if match["which"] == "next" else 0)
    if given is not None:
        return given + (month - 1) / 12 - reference
    when = int(reference) + (3 * q - 3) / 12
    if when + 0.25 < reference:
        when += 1  # a quarter already over this year is next year's
    return max(when - reference, 0.0) + (month - 1) / 12 - (3 * q - 3) / 12


def month_date(match: re.Match, reference: float) -> float:
    """ "by June 30" -> the next June 30 from the article's date; "until October 2007"."""
    month = MONTHS[match["month"]]
    fraction = 0.0
    if match["day"]:
        fraction = (int(match["day"]) - 1) / 31
    elif match["part"]:
        fraction = {"early": 0.1, "late": 0.9, "the end of": 0.95}.get(match["part"], 0.5)
    given = int(match["year"]) if match["year"] else None
    if match["which"]:
        given = int(reference) + (1 if match["which"] == "next" else 0)
    return _next_occurrence(month + fraction, reference, given) - reference


def weekday(match: re.Match, reference: float) -> float:
    """ "on Friday", "tomorrow": within the week."""
    return 1 / 365 if match["day"] is None else 4 / 365


def season(match: re.Match, reference: float) -> float:
    """ "in the autumn" -> the next autumn from the article's date."""
    when = int(reference) + _SEASON[match["season"]]
    return when - reference if when >= reference else when + 1 - reference


def soon(match: re.Match, reference: float) -> float:
    """ "very soon", "shortly", "in the near future": about a month."""
    return 0.08


# The explicit forms, in the order they are preferred where two match the same words.
FORMS: tuple[tuple[str, re.Pattern, Callable[[re.Match, float], float | None], str], ...] = (
    ("duration", _DURATION, duration, "relative"),
    ("quarter", _QUARTER, quarter, "date"),
    ("month", _MONTH_DATE, month_date, "date"),
    ("fiscal-range", _FISCAL_RANGE, fiscal_range, "date"),
    ("year", _YEAR, year, "date"),
    ("fiscal", _FISCAL_SHORT, fiscal_short, "date"),
    ("coming", _COMING, coming, "relative"),
    ("relative", _RELATIVE, relative, "relative"),
    ("rest-of", _REST_OF, rest_of, "relative"),
    ("current", _CURRENT, current, "relative"),
    ("half", _HALF, half, "relative"),
    ("half-code", _HALF_CODE, half_code, "date"),
    ("later-in", _LATER_IN, later_in, "relative"),
    ("new-year", _NEW_YEAR, new_year, "relative"),
    ("another", _ANOTHER, another, "relative"),
    ("year-end", _YEAR_END, lambda m, r: max(int(r) + 0.95 - r, 0.0), "relative"),
    ("season", _SEASON_ALONE, season, "relative"),
    ("weekday", _WEEKDAY, weekday, "relative"),
    ("soon", _SOON, soon, "relative"),
)  # fmt: skip


# Words each form cannot match without, looked for as plain substrings before its regex
# runs (the forms start with optional groups, so re tries them at every character).
# A cue may keep a clause the form then rejects, never the other way round
# (tests/extraction/test_horizons.py checks every form against its cue).
_DIGIT = "digit"
FORM_CUES: dict[str, tuple[str, ...] | str] = {
    "duration": ("year", "month", "week", "day", "decade", "quarter"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "month": tuple(MONTHS),
    "fiscal-range": _DIGIT,
    "year": _DIGIT,
    "fiscal": ("fy",),
    "coming": ("next", "coming", "following", "ahead", "within"),
    "relative": ("next", "this", "end of", "start of", "beginning of", "middle of", "half of"),
    "rest-of": ("rest", "remainder", "balance"),
    "current": ("current",),
    "half": ("half",),
    "half-code": ("h1", "h2", "1h", "2h"),
    "later-in": ("later in",),
    "new-year": ("new year",),
    "another": ("another", "further", "additional"),
    "year-end": ("year",),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "weekday": (*WEEKDAYS, "tomorrow", "tonight"),
    "soon": ("soon", "shortly", "near", "due course", "imminent"),
}
_A_DIGIT = lazy_compile(r"\d")


def _cued(name: str, rest: str) -> bool:
    """Whether the words of rest could hold the form called name (see FORM_CUES)."""
    cue = FORM_CUES[name]
    if cue == _DIGIT:
        return _A_DIGIT.search(rest) is not None
    return any(word in rest for word in cue)


def _is_month_name(text: str, match: re.Match) -> bool:
    """ "May" and "March" are months only when capitalised: "it may" is not a date."""
    start = match.start("month")
    return text[start : start + 1].isupper()


def explicit_horizons(
    text: str, lowered: str, offset: int, start: int, reference: float, *, weekdays: bool = True
) -> list[Horizon]:
    """Every time an explicit form names in lowered[start:], in text order, not overlapping.

    "open 50 stores next year and expand into Europe by 2028" -> "next year", "by 2028".

    Args:
        text: the clause as written (for the capital of a month name).
        lowered: the clause, lowercased.
        offset: where the clause starts in the article.
        start: where in the clause to look from (after the plan wording).
        reference: the article's date as a decimal year.
        weekdays: whether "on Friday" counts (not after "announced": that is the day it was said).
    """
    found: list[tuple[int, int, int, Horizon]] = []
    if not _CUE.search(lowered, start):
        return found  # no digit and no word any form needs: most clauses
    rest = lowered[start:]
    for rank, (name, pattern, place, kind) in enumerate(FORMS):
        if (name == "weekday" and not weekdays) or not _cued(name, rest):
            continue
        for match in pattern.finditer(lowered, start):
            if match.end() == match.start():
                continue
            if name == "month" and not _is_month_name(text, match):
                continue
            years = place(match, reference)
            if years is None:
                continue
            words = text[match.start() : match.end()].strip().rstrip(".")
            horizon = Horizon(
                words, years, Span(offset + match.start(), offset + match.end()), kind
            )
            if name == "duration":
                horizon.spending = match["prep"] in {"over", "in", "for"} and bool(
                    _SPEND.search(lowered)
                )
            found.append((match.start(), -(match.end() - match.start()), rank, horizon))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    kept: list[Horizon] = []
    end = -1
    for _begin, _length, _rank, horizon in found:
        if horizon.span.start >= end:
            kept.append(horizon)
            end = horizon.span.end
    return kept


def event_horizon(text: str, lowered: str, offset: int, start: int) -> Horizon | None:
    """An event-relative horizon: "once the merger closes", "after a streamlining of its brands".

    Its place is set by the plan around it (after the step before), so years is 0 here.
    """
    for match in _EVENT.finditer(lowered, start):
        words = text[match.start() : match.end()].strip()
        if _EVENT_VERB.search(lowered, match.start() + 5, match.end()):
            return Horizon(words, 0.0, Span(offset + match.start(), offset + match.end()), "event")
    return None


def then_horizon(lowered: str, start: int) -> bool:
    """True when the clause says "by then" or "by that time": the plan's last horizon."""
    return _THEN.search(lowered, start) is not None
