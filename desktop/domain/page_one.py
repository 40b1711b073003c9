"""Page one as every view prints it: the window's Overview, the Word export and the terminal."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from desktop.domain.headlines import Headline, display_title, headline_for
from desktop.domain.model import Article, Briefing

# Article.source holds the outlet, or the file the article was read from when the reader
# found no outlet; a file name is shown only when nothing else says where the news is from.
_FILE_NAME = re.compile(
    r"\.(?:txt|text|md|markdown|html?|xhtml|docx)$|^standard input$|^the pasted text$", re.I
)


@dataclass
class PageOne:
    """What page one says, in the order it says it."""

    title: str
    title_derived: bool  # made from the lead: the article has no title of its own
    subtitle: str
    source: list[str]  # publication, author, date: "Bloomberg", "Alisha Sachdev", "25 Sep..."
    source_label: str  # "Source", or "Published" when only the date is known
    bottom_line: str
    cards: list[Headline] = field(default_factory=list)
    takeaways: list[str] = field(default_factory=list)
    watch: list[str] = field(default_factory=list)


def long_date(value: str | dt.date | None) -> str:
    """ "2025-09-25" or a date -> "25 September 2025"; anything unreadable stays as written."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return " ".join(value.split())
    return f"{value.day} {value:%B %Y}"


def is_file_name(source: str | None) -> bool:
    """Whether Article.source is the file the article came from rather than its outlet."""
    return bool(source) and bool(_FILE_NAME.search(source.strip()))


def site_name(url: str | None) -> str | None:
    """ "https://www.reuters.com/business/x" -> "reuters.com"."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def publication(article: Article) -> str | None:
    """The outlet: the one the article names, else its web address's site; never a file name."""
    source = " ".join((article.source or "").split())
    if source and not is_file_name(source):
        return source
    return site_name(article.url)


def source_parts(article: Article) -> list[str]:
    """Publication, author and date as far as known; the file name only when none is."""
    parts = [publication(article), " ".join((article.author or "").split()),
             long_date(article.published)]  # fmt: skip
    known = [part for part in parts if part]
    if not known and article.source and article.source.strip():
        return [f"file {article.source.strip()}"]
    return known


def page_one(briefing: Briefing) -> PageOne:
    """Page one of a briefing, as the engine wrote it and the analyst changed it."""
    title, derived = display_title(briefing)
    cards = [headline_for(figure, briefing) for figure in briefing.pinned_figures()]
    source = source_parts(briefing.article)
    only_date = source == [long_date(briefing.article.published)]
    return PageOne(
        title=title,
        title_derived=derived,
        subtitle=" ".join(briefing.subtitle.split()),
        source=source,
        source_label="Published" if only_date else "Source",
        bottom_line=" ".join(briefing.bottom_line.split()),
        cards=cards,
        takeaways=[" ".join(t.text.split()) for t in briefing.takeaways if t.text.strip()],
        watch=[" ".join(w.text.split()) for w in briefing.watch if w.text.strip()],
    )
