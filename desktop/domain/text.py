"""Spans of an article's paragraphs: the one definition the reader and the engine share."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.domain.model import Span

_LINE = re.compile(r"[^\n]+")


def paragraph_spans(text: str, start: int = 0) -> Iterator[Span]:
    """Spans of the non-blank lines of text from start on, without surrounding whitespace."""
    for match in _LINE.finditer(text, start):
        s, e = match.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield Span(s, e)


# A dateline or wire tag before the news: "MUMBAI, 8 July 2025 — ", "DETROIT _ ",
# "NEW YORK (AP) — ", "Paris (Reuters) - ", "WASHINGTON, March 3 (Reuters) - ",
# "NEW DELHI: ". The place is in capitals, or in any case when a date or an agency follows
# it; then a dash, an underscore (old wire copy) or a colon (after a word of four capitals
# or more: not "CEO:"), and the capitalised news.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}(?![a-z])"
    r"|[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3}"
    r"(?=,[ \t]*[^—–_\n]{0,30}?\d|[ \t]*\())"
    r"(?:,[ \t]*[^—–_:\n]{0,30}?)?"
    r"(?:[ \t]*\((?P<agency>[A-Za-z][A-Za-z .&-]{1,24})\))?"
    r"(?:[ \t]*(?:—|–|--|-|_)|(?<=[A-Z]{4}):)[ \t]+(?=[A-Z0-9“\"‘'$€£₹])"
)


def dateline_end(text: str) -> int:
    """Where the news begins after a dateline at the start of text (0 when there is none).

    "DETROIT _ Auto sales fell 5% in May." -> 10; "Ford - the carmaker - said ..." -> 0
    (a mixed-case word before a dash is a dateline only with a date or an agency after it).
    """
    match = _DATELINE.match(text)
    return match.end() if match else 0


def dateline_agency(text: str) -> str | None:
    """The news agency a dateline names: "NEW YORK (Reuters) - ..." -> "Reuters"."""
    match = _DATELINE.match(text)
    return match.group("agency").strip() if match and match.group("agency") else None


def strip_dateline(text: str) -> str:
    """The text without a dateline or wire tag at its start ("SINGAPORE — Acme" -> "Acme")."""
    return text[dateline_end(text) :]
