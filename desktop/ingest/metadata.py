"""Recognises the header lines of a plain-text article: date, byline and title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.lazyre import lazy_compile

# Hand-written rather than dateutil/dateparser: those guess a date out of almost any
# line ("May" alone, "12"), which would swallow a headline; here a line counts as a
# date line only if the whole line is a date in one of the forms newsrooms print,
# and matching stays far below a millisecond.
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|(?:{_WEEKDAY}\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})))"
)
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|de|del|der|da|di|van|von|la|le|al|bin|ibn)"
_NAME = rf"[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{1,4}}"
_AUTHORS = rf"{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME})*"
_LABEL = r"(?i:(?:date|dated|published|updated|posted)\b\s*:?\s*)"
_SEPARATOR = r"\s*[|,·•—–-]?\s*"
# The date may stand before or after the byline; the second copy's groups are "a"-prefixed.
_METADATA_LINE = lazy_compile(
    rf"\s*(?:{_LABEL}?{_DATE})?{_SEPARATOR}(?:(?i:by)\s*:?\s+(?P<author>{_AUTHORS}))?"
    rf"{_SEPARATOR}(?:{_LABEL}?{_DATE.replace('?P<', '?P<a')})?\s*"
)
_SENTENCE_END = lazy_compile(r"""[.!?…]["'”’)\]]*\s*$""")
_MARKDOWN_TITLE = lazy_compile(r"#\s+(.+?)\s*#*\s*")
MAX_TITLE_WORDS = 20


@dataclass
class HeaderLine:
    """What one header line says: a publication date, an author, or both."""

    published: str | None = None
    author: str | None = None


def parse_date(match: re.Match, prefix: str = "") -> str | None:
    """The ISO date (YYYY-MM-DD) a _DATE match stands for, or None if it is no real date."""
    if iso := match.group(prefix + "iso"):
        year, month, day = (int(part) for part in iso.split("-"))
    else:
        which = "1" if match.group(prefix + "m1") else "2"
        month = _MONTHS[match.group(prefix + "m" + which).rstrip(".").lower()]
        day = int(re.match(r"\d+", match.group(prefix + "d" + which)).group())
        year = int(match.group(prefix + "y" + which))
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_header_line(line: str) -> HeaderLine | None:
    """The date and/or byline that a whole line states, or None if it is not such a line.

    Args:
        line: one line of the article, without its line break.

    Returns:
        A HeaderLine for " date 2025-09-25 By Alisha Sachdev", "By Alisha Sachdev",
        "Monday, May 18, 2015" and the like; None for any other line.
    """
    if len(line) > 160 or not line.strip():
        return None
    line = line.strip().strip("*_").strip()  # Markdown emphasis: "*By X · 14 March 2025*"
    match = _METADATA_LINE.fullmatch(line)
    if not match:
        return None
    author = match.group("author")
    published = None
    if match.group("iso") or match.group("m1") or match.group("m2"):
        published = parse_date(match)
    elif match.group("aiso") or match.group("am1") or match.group("am2"):
        published = parse_date(match, "a")
    if published is None and author is None:
        return None
    return HeaderLine(published=published, author=author)


def title_of(line: str) -> str | None:
    """The line as a title if it looks like one (short, not ending like a sentence).

    Markdown "# Title" gives "Title". Returns None for any other line.
    """
    stripped = line.strip()
    if not stripped:
        return None
    if stripped.startswith("#"):
        match = _MARKDOWN_TITLE.fullmatch(stripped)
        return match.group(1) if match else None
    if len(stripped.split()) > MAX_TITLE_WORDS or _SENTENCE_END.search(stripped):
        return None
    if not (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"'“‘"):
        return None
    return stripped


# A dateline that opens the first paragraph: "MUMBAI, 8 July 2025 — ", "Paris, March 3, 2025 -".
_DATELINE = lazy_compile(
    rf"[A-Z][A-Za-z.'’ ]{{1,40}}?,[ \t]*(?:{_DATE})[ \t]*(?:\([^)]{{1,25}}\)[ \t]*)?(?:—|–|--|-)"
)


def dateline_date(paragraph: str) -> str | None:
    """The ISO date of a dateline at the start of paragraph, if it has one."""
    match = _DATELINE.match(paragraph)
    return parse_date(match) if match else None
