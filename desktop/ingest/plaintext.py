"""Plain-text articles: metadata lines, byline, title and glued-on headings. (Placeholder.)"""

from __future__ import annotations

from desktop.domain import Article


def parse_plain_text(text: str, source: str | None = None) -> Article:
    return Article(text=text, source=source)
