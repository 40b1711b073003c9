"""Web pages -> Article: trafilatura finds the main text and the title, author, date and site."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from desktop.domain import Article, Heading, Span
from desktop.ingest.decoding import decode_bytes, looks_like_html, normalise_newlines
from desktop.ingest.errors import IngestError

# Only metadata the page states: without this htmldate guesses a date from any year
# in the text ("Copyright 2019" -> 2019-01-01).
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# The charset a page declares in its first bytes (<meta charset> or http-equiv).
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes, name: str, charset: str | None = None) -> str:
    """Decode a page with the charset the server or the page declares, else detect it.

    Args:
        data: the page's bytes.
        name: the file name or URL, for error messages.
        charset: the charset from the HTTP Content-Type header, if any.
    """
    declared = charset
    if declared is None and (match := _META_CHARSET.search(data[:4096])):
        declared = match.group(1).decode("ascii")
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return normalise_newlines(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; detection does better
    return decode_bytes(data, name)


MIN_ARTICLE_WORDS = 15
_SENTENCE = re.compile(r"\w[.!?]")
__all__ = ["decode_html", "looks_like_html", "parse_html", "site_host", "text_between_tags"]


def parse_html(html: str, url: str | None = None, name: str | None = None) -> Article:
    """The main text and metadata of a web page, without navigation, ads or scripts.

    Nothing on the page runs and nothing it links to is loaded: lxml only parses it.

    Args:
        html: the page as text.
        url: the address it came from, if fetched; stored as Article.url.
        name: the file name, used as the source when the page names no site.

    Returns:
        An Article whose text is the title line, then the paragraphs separated by
        blank lines; section headings are recorded with their spans.

    Raises:
        IngestError: the page holds no readable text.
    """
    label = name or url or "The page"
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    blocks = _blocks(document.body) if document is not None and document.body is not None else []
    if not any(text for _, text in blocks):
        blocks = _baseline_blocks(html)
    # A page whose only text is a menu ("Home") is not an article; a real one, even a
    # brief, has a sentence.
    words = sum(len(text.split()) for _, text in blocks)
    has_sentence = any(_SENTENCE.search(text) for _, text in blocks)
    if not blocks or (words < MIN_ARTICLE_WORDS and not has_sentence):
        raise IngestError(f"{label}: no article text found in the page.")
    title = document.title if document is not None else None
    # The page's own headline (its first <h1>) wins over <title>, which often adds the site.
    if blocks[0][0] == "title" or (blocks[0][0] == "head" and blocks[0][1] == title):
        title, blocks = blocks[0][1], blocks[1:]
    page_url = url or (document.url if document is not None else None)
    article = _assemble(title, blocks)
    if document is not None:
        article.author = document.author
        article.published = document.date
        article.source = document.sitename
    article.source = article.source or site_host(page_url) or name
    article.url = page_url
    return article


def _assemble(title: str | None, blocks: list[tuple[str, str]]) -> Article:
    """Lay out title and blocks as text, one block per paragraph, and note the headings."""
    parts: list[str] = []
    headings: list[Heading] = []
    offset = 0
    body_start = 0
    if title:
        parts.append(title)
        offset = body_start = len(title) + 2
    for kind, text in blocks:
        if kind in ("head", "title"):
            headings.append(Heading(text, Span(offset, offset + len(text))))
        parts.append(text)
        offset += len(text) + 2
    text = "\n\n".join(parts) + "\n"
    return Article(text=text, title=title, headings=headings, body_start=body_start)


def _blocks(body: etree._Element) -> list[tuple[str, str]]:
    """(kind, text) for each paragraph-like element of trafilatura's output, in order.

    kind is "title" for a first-level heading, "head" for other headings, else "text".
    """
    blocks: list[tuple[str, str]] = []
    for element in body:
        tag = element.tag
        if tag == "list":
            items = element.iter("item")
            blocks.extend(("text", t) for item in items if (t := _flat_text(item)))
        elif tag == "table":
            rows = [" | ".join(_flat_text(cell) for cell in row) for row in element.iter("row")]
            if rows := [row for row in rows if row.strip(" |")]:
                blocks.append(("text", "\n".join(rows)))
        elif text := _flat_text(element):
            kind = "text"
            if tag == "head":
                kind = "title" if element.get("rend") == "h1" and not blocks else "head"
            blocks.append((kind, text))
    return blocks


def _baseline_blocks(html: str) -> list[tuple[str, str]]:
    """A plainer extraction for pages trafilatura's main-text rules find empty.

    trafilatura's baseline first; for a fragment it declines ("<p>...</p>" alone), the
    text of every element outside scripts and styles.
    """
    _, text, _ = trafilatura.baseline(html)
    if not text.strip():
        try:
            tree = lxml.html.fromstring(html)
        except (etree.ParserError, ValueError):
            return []
        for element in tree.xpath("//script | //style | //noscript | //template"):
            element.drop_tree()
        text = tree.text_content()
    if not text.strip():
        text = text_between_tags(html)
    return [("text", " ".join(line.split())) for line in text.splitlines() if line.strip()]


class _TextCollector(HTMLParser):
    """The text of a page outside scripts and styles, read tag by tag with no tree."""

    _HIDDEN = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})


def text_between_tags(html: str) -> str:
    """A page's text, one line per paragraph, for markup nested too deep for lxml.

    libxml2 stops building a tree some 256 elements deep, so a paragraph inside 10,000
    <div>s is lost to it; reading the tags one after another keeps it.
    "<div><div><p>Sales rose.</p></div></div>" -> "Sales rose."
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.parts)


def _flat_text(element: etree._Element) -> str:
    """An element's text with its whitespace (line breaks included) collapsed to spaces."""
    return " ".join("".join(element.itertext()).split())


def site_host(url: str | None) -> str | None:
    """The host name of a URL without "www.", or None."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
