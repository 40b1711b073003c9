"""Words the window uses about a briefing: its status-bar summary and its default file names."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.domain import Briefing
from desktop.domain.headlines import counted
from desktop.domain.serialization import FILE_SUFFIX

MAX_NAME_LENGTH = 60
WORD_SUFFIX = ".docx"

_COUNTS = (
    ("people", "person", "people"),
    ("quotes", "quote", "quotes"),
    ("figures", "figure", "figures"),
    ("phases", "phase", "phases"),
    ("organisations", "organisation", "organisations"),
)


def summary(briefing: Briefing) -> str:
    """ "6 people, 13 quotes, 12 figures, 3 phases, 9 organisations" """
    counts = (counted(len(getattr(briefing, kind)), one, many) for kind, one, many in _COUNTS)
    return ", ".join(counts)


def analysed_message(briefing: Briefing) -> str:
    """The status line after an article was analysed ("Analysed 677 words: 6 people, ...")."""
    return f"Analysed {counted(briefing.article.word_count, 'word')}: {summary(briefing)}"


def opened_message(name: str, briefing: Briefing) -> str:
    """The status line after a saved briefing was opened."""
    return f"Opened {name}: {summary(briefing)}"


def default_file_name(briefing: Briefing) -> str:
    """A file name for Save As: "2025-09-25 ashok-leyland-and-calb-sign.briefing.json"."""
    return file_stem(briefing) + FILE_SUFFIX


def export_file_name(briefing: Briefing) -> str:
    """A file name for Export Word: "2025-09-25 ashok-leyland-and-calb-sign.docx"."""
    return file_stem(briefing) + WORD_SUFFIX


def file_stem(briefing: Briefing) -> str:
    """ "2025-09-25 ashok-leyland-and-calb-sign": the name of its files, without a suffix.

    The date (when known) first so that a folder of briefings sorts by date; then the
    title's words (or the article's file name), cut at a word boundary.
    """
    article = briefing.article
    # Without a title, the article's file name (the seed has none: "ashok-leyland-...txt").
    words = re.findall(r"[^\W_]+", (article.title or _stem(article.source)).casefold())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_NAME_LENGTH:
            break
        slug = candidate
    slug = slug or (words[0][:MAX_NAME_LENGTH] if words else "briefing")
    date = article.published or ""
    known = re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) and date not in slug
    prefix = f"{date} " if known else ""
    return f"{prefix}{slug}"


def _stem(source: str | None) -> str:
    name = Path(source or "").name
    return name.split(".")[0] if "." in name else name


def with_briefing_suffix(path: str | Path) -> Path:
    """path ending in .briefing.json, whatever the file dialog gave back."""
    path = Path(path)
    name = path.name
    if name.lower().endswith(FILE_SUFFIX):
        return path
    if name.lower().endswith(".json"):
        name = name[: -len(".json")]
    return path.with_name(name + FILE_SUFFIX)


def with_word_suffix(path: str | Path) -> Path:
    """path ending in .docx, whatever the file dialog gave back."""
    path = Path(path)
    if path.suffix.lower() == WORD_SUFFIX:
        return path
    return path.with_name(path.name + WORD_SUFFIX)
