"""What a bare number is, from the words around it: a percentage, a duration, a count ..."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.extraction.figures_patterns import (
    AMBIGUOUS_CURRENCY,
    BASIS_POINTS,
    CENTS,
    CODE_ALIASES,
    COMPARATIVE_AFTER,
    CURRENCY_ADJECTIVES,
    CURRENCY_AFTER,
    CURRENCY_WORDS,
    FINANCIAL_BASE_AFTER,
    FOLD,
    HYPHEN_WORD,
    MEASURE,
    MONTHS,
    OFFSET,
    PENCE,
    PERCENT,
    RANGE,
    RATE,
    TIME,
    TIME_UNITS,
    TIMES,
    TRAILING,
)
from desktop.extraction.figures_words import (
    STOPWORDS,
    bare_word,
    counted_noun,
    qualifier_before,
)
from desktop.extraction.lexicon_figures import AGE_HOLDERS, RATE_NOUNS
from desktop.extraction.numbers import SCALE_WORDS, parse_number
from desktop.lazyre import lazy_compile

_SPACES = lazy_compile(r"[ \t]+")
_LEADING_NUMERAL = lazy_compile(r"\d[\d,]*(?:\.\d+)?")
_SHORT_SCALE = lazy_compile(r"\d(?:m|k|b)$", re.IGNORECASE)
_INDIAN_SCALE = lazy_compile(r"(?i:\b(?:crores?|lakhs?|lac)\b)")
_RANGE_BEFORE = lazy_compile(r"\d[ \t]?[-–—][ \t]?$")
_GROWTH = frozenset(
    "grow grew grown growing grows increase increased increases increasing rise rose risen "
    "rising rises jump jumped jumps surge surged surges multiply multiplied expand expanded "
    "expands soar soared soars climb climbed climbs balloon ballooned boost boosted fell fall "
    "falls drop dropped drops shrink shrank decline declined declines up down".split()
)
_GROWTH_GLUE = frozenset("by nearly almost about around over some more than roughly".split())
_CHANGE = frozenset(
    "increased increase rose risen grew grown jumped climbed fell dropped declined decreased "
    "cut reduced raised went changed expanded shrank".split()
)
_MONTHS = frozenset(MONTHS)
_SCALES_BUT_HUNDRED = tuple(w for w in SCALE_WORDS if w != "hundred")
# Currencies that several countries share a name for: the adjective says which.
_NAMED_BY_COUNTRY = frozenset(
    "dollar rupee franc peso won yuan krona krone kroner pound shilling".split()
)
_NO_BARE_AFTER = frozenset("one some all most many each any none out top age the a an this "
                           "that number".split())  # fmt: skip


@dataclass(slots=True)
class Hit:
    """A figure found in the text, before it becomes a Figure."""

    start: int
    end: int
    kind: str
    value: float | None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    about: str | None = None
    per: str | None = None  # a rate's unit: "week" for "$26 a week"
    unit_inferred: bool = False  # a bare "$": the currency was not written


def _word_before(words: list[tuple[str, int]]) -> tuple[str, bool]:
    """The word before the number, bare, and whether punctuation stands between ("Sam, 42")."""
    if not words:
        return "", True
    token = words[-1][0]
    return bare_word(token), not token[-1:].isalnum()


def _sentence_start(text: str, pos: int) -> bool:
    """Whether pos opens a sentence: after a full stop, a line break or a dateline's dash
    ("DETROIT _ Some 3,400 workers", "TORONTO (CP) — About", "(Reuters) - Some")."""
    head = text[max(0, pos - 3) : pos].rstrip(" \t\"“‘'([")
    return not head or head[-1] in ".!?\n_—–" or head[-2:] == " -"


def _is_year(numeral: str, value: float | None, before: str) -> bool:
    if value is None or not numeral.isdigit() or len(numeral) != 4:
        return False
    return 1900 <= value <= 2100 or (
        1000 <= value < 1900 and before.lower() in ("in", "since", "from", "until", "by", "the")
    )


def _range_scale(low: float, low_text: str, high: float, high_text: str) -> float:
    """The low end scaled like the high end where the scale is written once ("2 to 3 million")."""
    numeral = _LEADING_NUMERAL.match(high_text)
    base = parse_number(numeral.group()) if numeral else parse_number(high_text.split()[0])
    if base and high != base and not any(w in low_text.lower() for w in SCALE_WORDS):
        return low * high / base
    return low


def classify_number(text: str, match: re.Match, words: list[tuple[str, int]]) -> Hit | None:
    """Read what a number found by the scan measures, from the words just around it.

    Args:
        text: the article text.
        match: a scan match whose "num" group holds the number.
        words: the words before the number (figures_words.words_before).

    Returns:
        A Hit, or None for numbers that are not figures: dates, years, ages, identifiers,
        measurements, scores, time offsets ("two years ago"), and counts below ten.
    """
    start, end = match.span("num")
    number = match.group("num")
    value = parse_number(number)
    if value is None or _RANGE_BEFORE.search(text, max(0, start - 4), start):
        return None  # the far end of a range already turned down ("aged 8–10")
    before, punctuated = _word_before(words)
    if (
        before.rstrip(".") in _MONTHS
        or before == "aged"
        or (before == "of" and len(words) > 1 and bare_word(words[-2][0]) in ("age", "ages"))
    ):
        return None
    if _is_year(number, value, before):
        return None
    after_word = text[end : end + 12].split(None, 1)
    if after_word and after_word[0].lower().strip(",.") in _MONTHS and value <= 31:
        return None  # "14 September"
    hit = Hit(start, end, "", value)
    high = RANGE.match(text, end)
    if high is not None and (joint := high.group(0).strip().lower()[:3]) in ("and", "or"):
        if joint == "and" and before != "between":
            high = None
    context = _Context(text, words, before, punctuated)
    for upper in (high, None) if high else (None,):
        tail = upper.end() if upper else end
        if upper:
            top = parse_number(upper.group("hi"))
            if top is None or top <= value:
                continue
            hit.value = _range_scale(value, number, top, upper.group("hi"))
            hit.value_max = top
        else:
            hit.value, hit.value_max = value, None
        if _by_unit(context, hit, tail):
            return _qualify(text, hit, words)
    if high is not None and before == "from" and len(words) > 1:
        if bare_word(words[-2][0]) in _CHANGE or (
            len(words) > 2 and bare_word(words[-3][0]) in _CHANGE
        ):
            top = parse_number(high.group("hi"))
            if top is not None and top >= 10 and not _is_year(high.group("hi"), top, "in"):
                # "increased from 9 to 10": the figure is where it went
                return Hit(words[-1][1], high.end(), "count", top)
    return None


@dataclass(slots=True)
class _Context:
    """The text and the words before a number, looked up once."""

    text: str
    words: list[tuple[str, int]]
    before: str  # the word before, bare and lower-cased
    punctuated: bool  # punctuation between that word and the number


def _grows(words: list[tuple[str, int]]) -> bool:
    """True after a verb of change: "grow 19 times", "increased by nearly three times"."""
    for token, _ in reversed(words[-4:]):
        word = bare_word(token)
        if word in _GROWTH:
            return True
        if word not in _GROWTH_GLUE:
            return False
    return False


def _compared(words: list[tuple[str, int]]) -> bool:
    """True after "compared with" or "versus", qualified or not: "12 times earnings,
    compared with about 4.5 times a year earlier" compares a multiple with a multiple."""
    plain = [bare_word(token) for token, _ in words[-4:]]
    while plain and plain[-1] in _COMPARED_GLUE:
        plain.pop()
    return plain[-2:] in (["compared", "with"], ["compared", "to"]) or plain[-1:] in (
        ["versus"], ["vs"], ["vs."],
    )  # fmt: skip


_TIMES_BEFORE = lazy_compile(r"\d[ \t]+(?i:times)\b")


def _multiple_before(text: str, start: int) -> bool:
    """Whether a multiple ("12 times earnings", "three times larger") stands just before."""
    for match in _TIMES_BEFORE.finditer(text, max(0, start - 120), start):
        end = match.end()
        if FINANCIAL_BASE_AFTER.match(text, end) or COMPARATIVE_AFTER.match(text, end):
            return True
    return False


_COMPARED_GLUE = frozenset("about around nearly almost roughly some just only".split())


def changed_by(words: list[tuple[str, int]]) -> bool:
    """True where the amount after these words is a change, so "to" after it names where the
    change went, not a range's upper end: "rose $2 million to $9 million", "from $1 to $2"."""
    last = bare_word(words[-1][0]) if words else ""
    return _grows(words) or last in _CHANGE or last in ("from", "by")


def _qualify(text: str, hit: Hit, words: list[tuple[str, int]]) -> Hit:
    found = qualifier_before(text, hit.start, words)
    if found:
        hit.start, hit.qualifier = found
    return hit


def _by_unit(context: _Context, hit: Hit, tail: int) -> bool:
    """Set the hit's kind, unit and end from what follows the number; False if no figure."""
    text = context.text
    points = BASIS_POINTS.match(text, tail)
    if points:  # "25 basis points": a quarter of a percentage point
        hit.kind, hit.end = "percent", points.end()
        hit.value = (hit.value or 0) / 100
        hit.value_max = hit.value_max / 100 if hit.value_max else None
        return True
    cents = CENTS.match(text, tail)
    if cents:  # "17 cents": money in the article's dollar
        country = cents["country"]  # "73.61 U.S. cents" says its dollar
        hit.kind, hit.end = "money", cents.end()
        hit.unit = _CENT_COUNTRIES.get((country or "").replace(".", "").lower(), "USD")
        hit.unit_inferred = country is None
        hit.value = (hit.value or 0) / 100
        hit.value_max = hit.value_max / 100 if hit.value_max else None
        hit.per = rate_after(text, hit.end)
        return True
    pence = PENCE.match(text, tail)
    if pence and (not pence["compact"] or _pound_near(text, tail)):  # "345 pence", "8.3p"
        hit.kind, hit.end, hit.unit = "money", pence.end(), "GBP"
        hit.value = (hit.value or 0) / 100
        hit.value_max = hit.value_max / 100 if hit.value_max else None
        hit.per = rate_after(text, hit.end)
        return True
    if text[tail : tail + 1] == "p":  # "1080p" with no pound in sight: a resolution
        return False
    percent = PERCENT.match(text, tail)
    if percent:
        hit.kind, hit.end = "percent", percent.end()
        return True
    money = CURRENCY_AFTER.match(text, tail)
    if money:
        return _money_word(text, hit, money)
    fold = FOLD.match(text, tail)
    if fold:
        hit.kind, hit.end = "multiple", fold.end()
        return True
    times = TIMES.match(text, tail)
    if times:
        hit.end = times.end()
        if (
            _grows(context.words)
            or (_compared(context.words) and _multiple_before(text, hit.start))
            or COMPARATIVE_AFTER.match(text, hit.end)
            or FINANCIAL_BASE_AFTER.match(text, hit.end)
        ):
            hit.kind = "multiple"
            return True
        hit.kind = "count"
        return (hit.value or 0) >= 10
    time = TIME.match(text, tail)
    if time:
        return _duration(context, hit, time)
    if MEASURE.match(text, tail):
        return False
    compound = HYPHEN_WORD.match(text, tail)
    if compound:
        if compound["word"].lower() in STOPWORDS or (hit.value or 0) < 10:
            return False
        hit.kind, hit.end = "count", compound.end()  # "131-page", "a 20-member team"
        return True
    return _count(context, hit, tail)


# How far from a bare "8.3p" a "£" is looked for: the article's own pounds, in a window so
# that a text of thousands of "12p" stays linear.
_POUND_WINDOW = 3000


def _pound_near(text: str, at: int) -> bool:
    """Whether a "£" stands within _POUND_WINDOW characters of at."""
    return "£" in text[max(0, at - _POUND_WINDOW) : at + _POUND_WINDOW]


# The dollar a country word before "cents" names: "73.61 U.S. cents".
_CENT_COUNTRIES = {"us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD"}


def _money_word(text: str, hit: Hit, money: re.Match) -> bool:
    """Currency named after the amount: "50 billion rupees", "10 million USD"."""
    if money["code"]:
        hit.unit = CODE_ALIASES.get(money["code"], money["code"])
    else:
        base = money["word"].lower()  # the plural ending is outside the group
        adjective = _SPACES.sub(" ", (money["adj"] or "").lower())
        scaled = (hit.value or 0) >= 1000 or "sterling" in money.group(0).lower()
        if base in AMBIGUOUS_CURRENCY and not (adjective or scaled):
            return False  # "20 pounds" may be a weight
        named = CURRENCY_ADJECTIVES.get(adjective) if base in _NAMED_BY_COUNTRY else None
        hit.unit = named or CURRENCY_WORDS[base]
    hit.kind, hit.end = "money", money.end()
    hit.per = rate_after(text, hit.end)
    return True


def rate_after(text: str, end: int) -> str | None:
    """The unit a rate is per: "week" after "$26 a week", "share" after "$1.14 per share"."""
    rate = RATE.match(text, end)
    if rate and rate["noun"].lower() in RATE_NOUNS:
        return rate["noun"].lower()
    return None


def _duration(context: _Context, hit: Hit, time: re.Match) -> bool:
    text = context.text
    unit = TIME_UNITS[time["unit"].lower()]
    after = OFFSET.match(text, time.end())
    lasting = any(bare_word(w) == "for" for w, _ in context.words[-3:])
    if after and not (lasting and after.group().split()[0].lower() in ("after", "before", "since")):
        return False  # "two years ago", "six minutes later", "a 14-year-old"
    if hit.value == 1 and not qualifier_before(text, hit.start, context.words):
        # "one day" is as often "some day" as a length of time
        if unit == "day" or _sentence_start(text, hit.start):
            return False
    hit.kind, hit.unit, hit.end = "duration", unit, time.end()
    _listed_numbers(context.words, hit)
    article = re.match(r"(?i:an?[ \t]+)", text[hit.start : hit.start + 3])
    if article and "-" in time["sep"]:
        hit.start += article.end()  # "a billion-year contract": the "a" goes with the contract
    return True


def _listed_numbers(words: list[tuple[str, int]], hit: Hit) -> None:
    """ "five, six, seven years": the list is a range from its first number to its last."""
    k = len(words)
    while k > 0 and words[k - 1][0].endswith(",") and parse_number(words[k - 1][0][:-1]):
        k -= 1
    if k < len(words) and hit.value_max is None:
        first = parse_number(words[k][0][:-1])
        if first is not None and hit.value is not None and first < hit.value:
            hit.start, hit.value, hit.value_max = words[k][1], first, hit.value


def _count(context: _Context, hit: Hit, tail: int) -> bool:
    """A count: a number of ten or more and the plural noun it counts, or a bare number that
    reads as a quantity ("At least 107", "wounding 238", "a panel of twelve")."""
    text, words, before = context.text, context.words, context.before
    number = text[hit.start : tail]
    value = hit.value or 0
    token, token_start = words[-1] if words else ("", 0)
    named = token[:1].isupper() and not _sentence_start(text, token_start)
    if named:
        return False  # "Studio 54", "Thomas Sam, 42"
    scaled = any(map(number.lower().__contains__, _SCALES_BUT_HUNDRED))
    if value < 10 and not scaled:
        return False  # most numbers turned down here: before the costlier reading below
    trail = TRAILING.match(text, tail)
    noun_from = trail.end() if trail else tail
    noun = counted_noun(text, noun_from, min(len(text), noun_from + 80))
    if _SHORT_SCALE.search(number) and noun is None:
        return False  # "5m" without a currency or a noun may be metres
    if noun is not None:
        hit.kind, hit.end, hit.about = "count", noun[0], noun[1]
        if trail and trail["trail"].lower().startswith("or"):
            hit.end = max(hit.end, trail.end())
        return True
    if _INDIAN_SCALE.search(number):
        hit.kind, hit.unit, hit.end = "money", "INR", tail  # "5,000 crore" in Indian news
        return True
    bare = before != "the" and (  # not "the 747"
        trail is not None
        or qualifier_before(text, hit.start, words) is not None
        or "," in number
        or scaled
        or (before.endswith(("ing", "ed")) and not context.punctuated)
        or (before == "of" and len(words) > 1 and _noun_before_of(words[-2][0]))
    )
    if not bare or text[tail : tail + 1] in ("-", "–", ":", "/") or _age_of_people(words, value):
        return False
    hit.kind, hit.end = "count", trail.end() if trail else tail
    return True


def _age_of_people(words: list[tuple[str, int]], value: float) -> bool:
    """True for an age after people: "drivers over 70", "residents under 18"."""
    if len(words) < 2 or value > 120:
        return False
    bound = bare_word(words[-1][0])
    return bound in ("over", "under", "above", "below") and (bare_word(words[-2][0]) in AGE_HOLDERS)


def _noun_before_of(token: str) -> bool:
    """True where "of" follows a noun-like word: "a panel of twelve", not "one of 12"."""
    word = bare_word(token)
    if not word.isalpha() or not token.islower():
        return False
    return word not in _NO_BARE_AFTER and word not in STOPWORDS
