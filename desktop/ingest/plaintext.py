"""Plain-text articles: metadata lines, byline, title and glued-on headings."""

from __future__ import annotations

from desktop.domain import Article
from desktop.ingest.headings import find_headings
from desktop.ingest.metadata import (
    dateline_date,
    is_caption,
    parse_header_line,
    title_of,
    wire_agency,
)
from desktop.lazyre import lazy_compile

_LINE = lazy_compile(r"[^\n]*\n?")
# Title, date and byline lines come first; more than this many is body text.
MAX_HEADER_LINES = 4


def parse_plain_text(text: str, source: str | None = None) -> Article:
    """Read the title, date, byline and headings of a plain-text or Markdown article.

    Pure and fast: it runs on every analysis. The text is kept exactly as given, since
    every evidence span indexes into it.

    Args:
        text: the article text (LF line breaks).
        source: the file name or outlet, stored as Article.source.

    Returns:
        An Article whose body_start is the offset after the title and metadata lines.
    """
    article = Article(text=text, source=source)
    header_lines = 0
    title_allowed = True  # a title comes first, after only a "Source:" line or a caption
    position = 0
    body_start = 0
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        line = match.group().rstrip("\r\n")
        position = match.end()
        if not line.strip():
            continue
        if header_lines >= MAX_HEADER_LINES:
            break
        header = parse_header_line(line)
        if header is not None and not (header.published and article.published):
            article.published = article.published or header.published
            article.author = article.author or header.author
            article.source = header.source or article.source  # the outlet, not the file
            title_allowed = title_allowed and header.source is not None
        elif is_caption(line):
            pass  # a photo caption above the story is neither its title nor its news
        elif title_allowed and (title := title_of(line)) and text[position:].strip():
            article.title = title
            title_allowed = False
        else:
            break
        header_lines += 1
        body_start = position
    article.body_start = _skip_blank(text, body_start)
    lead = text[article.body_start : article.body_start + 120]
    if article.published is None:
        # "MUMBAI, 8 July 2025 — Vardhan will ...": the dateline dates the article.
        article.published = dateline_date(lead)
    if article.source == source and (agency := wire_agency(lead)):
        article.source = agency  # "NEW YORK (Reuters) - ...": the wire it came from
    article.headings = find_headings(text, article.body_start)
    return article


def _skip_blank(text: str, offset: int) -> int:
    """The offset of the first non-whitespace character at or after offset."""
    length = len(text)
    while offset < length and text[offset].isspace():
        offset += 1
    return offset
