"""The .briefing.json format: the whole briefing, article included, versioned."""

from __future__ import annotations

import json
import os
from dataclasses import fields
from pathlib import Path
from typing import Any

from desktop.domain.model import (
    Article,
    Briefing,
    Figure,
    Heading,
    Organisation,
    Person,
    Phase,
    Quote,
    Relationship,
    Span,
    Takeaway,
    WatchItem,
)
from desktop.domain.validation import validate_briefing
from desktop.fileio import atomic_write_text, describe_os_error, read_regular_file

SCHEMA = "briefing/2"  # 2: page one (subtitle, bottom line, key figures, watch)
SCHEMA_NAME, _, _version = SCHEMA.partition("/")
SCHEMA_VERSION = int(_version)
FILE_SUFFIX = ".briefing.json"
MAX_FILE_BYTES = 100 * 1024 * 1024  # a 10 MB article and all found in it, with room

_ITEM_LISTS = {
    "people": Person,
    "organisations": Organisation,
    "quotes": Quote,
    "figures": Figure,
    "phases": Phase,
    "relationships": Relationship,
    "takeaways": Takeaway,
    "watch": WatchItem,
}
# The page-one text fields, and the engine's copies of them kept for "Reset to generated".
_PAGE_ONE_TEXTS = ("title", "subtitle", "bottom_line")


class BriefingFileError(Exception):
    """A briefing file that cannot be read; the message says why, in one line."""


def _item_to_dict(item: Any) -> dict:
    out = {}
    for f in fields(item):
        value = getattr(item, f.name)
        if f.name == "spans":
            value = [[s.start, s.end] for s in value]
        elif isinstance(value, list):
            value = list(value)
        out[f.name] = value
    return out


def _article_to_dict(article: Article) -> dict:
    return {
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "source": article.source,
        "url": article.url,
        "headings": [
            {"title": h.title, "span": [h.span.start, h.span.end]} for h in article.headings
        ],
        "body_start": article.body_start,
    }


def briefing_to_dict(briefing: Briefing, include_text: bool = False) -> dict:
    """The briefing as a JSON-ready dict in the shape of eval/CONTRACT.md.

    Args:
        briefing: the briefing.
        include_text: also store the article text (the .briefing.json file does).
    """
    out: dict[str, Any] = {"schema": SCHEMA, "article": _article_to_dict(briefing.article)}
    if include_text:
        out["article"]["text"] = briefing.article.text
    for name in _ITEM_LISTS:
        out[name] = [_item_to_dict(item) for item in getattr(briefing, name)]
    out["page_one"] = _page_one_to_dict(briefing)
    return out


# Years in one of each unit of time the engine reads ("18 months" is 1.5 years).
YEARS_PER_UNIT = {
    "year": 1, "month": 1 / 12, "week": 7 / 365, "fortnight": 14 / 365, "day": 1 / 365,
    "night": 1 / 365, "hour": 1 / 8760, "minute": 1 / 525_600, "second": 1 / 31_536_000,
    "quarter": 0.25, "decade": 10, "century": 100, "millennium": 1000,
}  # fmt: skip


def durations_in_years(contract: dict) -> dict:
    """The contract's durations with unit "year" and their value in years (eval/CONTRACT.md).

    A briefing keeps a duration in the unit the article wrote ("18 months"), which the
    window and the Word file show; the contract measures every duration in years (1.5).
    """
    for figure in contract.get("figures", []):
        per_year = YEARS_PER_UNIT.get(figure.get("unit") or "")
        if figure.get("kind") != "duration" or per_year is None:
            continue
        for name in ("value", "value_max"):
            if isinstance(figure.get(name), int | float):
                figure[name] = round(figure[name] * per_year, 6)
        figure["unit"] = "year"
    return contract


def _page_one_to_dict(briefing: Briefing) -> dict:
    page = {name: getattr(briefing, name) for name in _PAGE_ONE_TEXTS}
    page["key_figures"] = list(briefing.key_figures)
    page["generated"] = {name: getattr(briefing, f"generated_{name}") for name in _PAGE_ONE_TEXTS}
    return page


def _page_one_from_dict(briefing: Briefing, page: Any) -> None:
    """Set the page-one fields from the "page_one" object of a briefing/2 file."""
    if not isinstance(page, dict):
        raise TypeError("page_one is not an object")
    generated = page.get("generated") or {}
    for name in _PAGE_ONE_TEXTS:
        value, made = page.get(name, ""), generated.get(name, "")
        if not isinstance(value, str) or not isinstance(made, str):
            raise TypeError(f"page_one {name} is not text")
        setattr(briefing, name, value)
        setattr(briefing, f"generated_{name}", made)
    key_figures = page.get("key_figures", [])
    if not isinstance(key_figures, list) or not all(isinstance(i, str) for i in key_figures):
        raise TypeError("page_one key_figures is not a list of ids")
    briefing.key_figures = list(key_figures)


def _upgrade_from_1(briefing: Briefing) -> None:
    """A briefing/1 file has no page one: the engine's summary step writes it from the facts.

    The engine is imported here, and only for such a file, so that the domain layer stays
    free of it for every briefing/2 file.
    """
    from desktop.extraction.summary import write_page_one

    write_page_one(briefing)


def _span(value: Any) -> Span:
    start, end = value
    return Span(int(start), int(end))


def _item_from_dict(cls: type, data: dict, text_length: int) -> Any:
    known = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in known}
    spans = [_span(s) for s in kwargs.get("spans", [])]
    if any(s.end > text_length for s in spans):
        raise ValueError("an evidence span lies outside the article text")
    kwargs["spans"] = spans
    return cls(**kwargs)


def briefing_from_dict(data: Any) -> Briefing:
    """Rebuild a briefing from the dict that briefing_to_dict(include_text=True) made.

    Raises:
        BriefingFileError: the data is not a briefing, or comes from a newer version.
    """
    if not isinstance(data, dict) or "schema" not in data or "article" not in data:
        raise BriefingFileError("This file is not a Briefing Desk briefing.")
    name, _, version = str(data["schema"]).partition("/")
    if name != SCHEMA_NAME or not (version.isascii() and version.isdigit()):
        raise BriefingFileError("This file is not a Briefing Desk briefing.")
    if int(version) > SCHEMA_VERSION:
        raise BriefingFileError(
            f"This briefing was saved by a newer Briefing Desk (format version {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Please update the app."
        )
    try:
        a = data["article"]
        text = a["text"]
        if not isinstance(text, str):
            raise TypeError("article text is not a string")
        article = Article(
            text=text,
            title=a.get("title"),
            author=a.get("author"),
            published=a.get("published"),
            source=a.get("source"),
            url=a.get("url"),
            headings=[Heading(h["title"], _span(h["span"])) for h in a.get("headings", [])],
            body_start=int(a.get("body_start", 0)),
        )
        briefing = Briefing(article=article)
        for name, cls in _ITEM_LISTS.items():
            items = [_item_from_dict(cls, d, len(text)) for d in data.get(name, [])]
            setattr(briefing, name, items)
        if int(version) >= 2:
            _page_one_from_dict(briefing, data.get("page_one", {}))
        validate_briefing(briefing)  # every field's type, named in the message
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise BriefingFileError(f"This briefing file is damaged ({error}).") from error
    if int(version) < 2:
        _upgrade_from_1(briefing)
    return briefing


def save_briefing(briefing: Briefing, path: str | os.PathLike) -> None:
    """Save atomically; the previous file survives any failure.

    Raises:
        OSError: the file could not be written (see fileio.describe_os_error).
    """
    payload = json.dumps(
        briefing_to_dict(briefing, include_text=True), ensure_ascii=False, indent=1
    )
    atomic_write_text(path, payload + "\n")


def load_briefing(path: str | os.PathLike) -> Briefing:
    """Load a .briefing.json file.

    Raises:
        BriefingFileError: with a one-line reason (missing, unreadable, truncated,
            not a briefing, from a newer version).
    """
    name = Path(path).name
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as error:
        raise BriefingFileError(describe_os_error(error, path)) from error
    truncated = f"{name} is truncated: the file ends early."
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # cut inside a multi-byte character
            raise BriefingFileError(truncated) from error
        raise BriefingFileError(f"{name} is not a briefing file (not UTF-8 text).") from error
    except RecursionError as error:
        raise BriefingFileError(f"{name} is nested too deep for a briefing file.") from error
    except json.JSONDecodeError as error:
        body = text.rstrip()  # error.pos counts characters, so the body is measured in them
        # A saved briefing is one object; cut anywhere, even inside a string, it loses its "}".
        if body.strip() and (
            error.pos >= len(body) - 1 or (body.lstrip()[:1] == "{" and body[-1:] != "}")
        ):
            raise BriefingFileError(truncated) from error
        raise BriefingFileError(f"{name} is not a valid briefing file ({error.msg}).") from error
    return briefing_from_dict(data)
