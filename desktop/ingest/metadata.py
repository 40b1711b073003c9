"""Recognises the header lines of a plain-text article: date, byline and title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.text import dateline_agency, strip_dateline
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
    """What one header line says: a publication date, an author, or both; or the outlet."""

    published: str | None = None
    author: str | None = None
    source: str | None = None  # the publication a "Source: Reuters" line names


# "Source: Reuters", "Publication: The Hindu", "Publisher - Example News": the outlet.
_SOURCE_LINE = lazy_compile(
    r"(?i:source|publication|publisher|outlet|published\s+by)\s*[:\-–—]\s*"
    r"(?P<source>[^\s:][^:\n]{1,58}?)\s*\.?\s*"
)
# A photo caption or credit: "Photo: Acme's plant", "(AP Photo/Carlos Osorio)",
# "REUTERS/Jane Doe", "File photo of ...", "Getty Images", and a picture credited in
# brackets at the end: "(Photo by Ann Lee)", "(Hannah Ode / Riverside Courier)".
_CAPTION = lazy_compile(
    r"^\W{0,3}(?i:photo|image|picture|file\s+photo|pictured|caption|credit)\b\s*[:\-–—|]"
    r"|^\W{0,3}(?i:file\s+photo|in\s+this\s+(?:file\s+)?photo)\b"
    r"|\((?:AP|AFP|Reuters|REUTERS|Getty|Bloomberg|EPA)\b[^)]{0,40}\)\s*$"
    r"|\((?i:photo|photograph|picture|image)\b[^)]{0,60}\)\s*$"
    r"|\([A-Z][\w.'-]+(?:[ \t]+[A-Z][\w.'-]+){1,3}[ \t]*/[ \t]*[A-Z][^)/]{0,40}\)\s*$"
    r"|\b(?:REUTERS|AFP|AP)\s*/\s*[A-Z]"
    r"|(?i:\bgetty\s+images\b|\bphoto\s*(?:credit|courtesy)\b)"
)


def is_caption(line: str) -> bool:
    """A photo caption or picture credit, which is neither the title nor the news.

    "Workers at the plant in Wayne, Michigan. (AP Photo/Carlos Osorio)" and
    "Photo: Acme's new plant" are; "Acme to close its plant" is not.
    """
    return bool(_CAPTION.search(line.strip()))


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
        "Monday, May 18, 2015", "Source: Reuters" and the like; None for any other line.
    """
    if len(line) > 160 or not line.strip():
        return None
    line = line.strip().strip("*_").strip()  # Markdown emphasis: "*By X · 14 March 2025*"
    if source := _SOURCE_LINE.fullmatch(line):
        return HeaderLine(source=source.group("source"))
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

    Markdown "# Title" gives "Title"; a dateline or wire tag goes ("DETROIT _ Sales fall"
    gives "Sales fall"). Returns None for any other line, and for a photo caption.
    """
    stripped = strip_dateline(line.strip())
    if not stripped or is_caption(stripped):
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


def wire_agency(paragraph: str) -> str | None:
    """The news agency a dateline credits: "NEW YORK (Reuters) - ..." -> "Reuters"."""
    return dateline_agency(paragraph)
