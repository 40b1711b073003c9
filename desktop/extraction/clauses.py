"""A sentence cut to the clause that carries the news: frames, asides and weekdays dropped."""

from __future__ import annotations

from desktop.extraction.page_one_words import REPORTING_VERBS
from desktop.lazyre import lazy_compile

_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "In 2005, ", "On Friday, ", "However, ": what stands before the subject.
_LEADING_ADVERBIAL = lazy_compile(
    r"^(?:In|On|By|During|Earlier|Last|This|Meanwhile|However|Separately|In contrast)\b"
    r"[^,]{0,40},\s+(?=[A-Z])"
)
# "Acme announced on Friday that it ..." -> "Acme ...": the news without its report.
_REPORTED_FRAME = lazy_compile(
    r"^(?P<subject>[^,]{2,80}?)\s+(?:has\s+|have\s+)?(?:"
    + "|".join(sorted(REPORTING_VERBS))
    + rf")(?:\s+(?:on\s+)?(?:{_WEEKDAYS}|yesterday|today))?"
    r"\s+that\s+(?:it|they|the\s+company|the\s+firm)\s+"
)
# "Acme, the turbine maker, plans ..." -> "Acme plans ...": an aside before a lowercase verb.
_ASIDE = lazy_compile(
    r"^(?P<subject>[A-Z][^,]{2,80}?),\s+(?P<aside>[^,]{4,140}?),\s+(?!and\b|or\b|but\b)(?=[a-z])"
)
# "789, or about a quarter, of its dealers": an aside that restates a number.
_OR_ASIDE = lazy_compile(r",\s+or\s+[^,]{2,40},\s+")
_WEEKDAY = lazy_compile(
    rf"\s+(?:on\s+)?(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?\b(?!\s+[A-Z])"
)
_LEADING_CONJUNCTION = lazy_compile(
    r"^(?:but|and|so|yet|while)\s+",
)


def without_leading_adverbial(text: str) -> str:
    """ "In 2005, Acme lost $1 billion." -> "Acme lost $1 billion."."""
    return _LEADING_ADVERBIAL.sub("", text, count=1)


def without_report_frame(text: str) -> str:
    """ "Acme announced on Friday that it will close two plants" -> "Acme will close two plants"."""
    return _REPORTED_FRAME.sub(r"\g<subject> ", text, count=1)


def without_aside(text: str) -> str:
    """ "Acme, the turbine maker, plans to cut 200 jobs" -> "Acme plans to cut 200 jobs"."""
    text = _ASIDE.sub(r"\g<subject> ", text, count=1)
    return _OR_ASIDE.sub(" ", text)


def without_weekday(text: str) -> str:
    """ "Acme said on Friday it will ..." -> "Acme said it will ..." (the news's day is dated)."""
    return _WEEKDAY.sub("", text)


def main_clause(text: str) -> str:
    """All of the above, and a leading "but" or "and" gone."""
    text = _LEADING_CONJUNCTION.sub("", " ".join(text.split()))
    text = without_leading_adverbial(text)
    text = without_report_frame(text)
    return without_weekday(without_aside(text))
