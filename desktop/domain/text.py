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
