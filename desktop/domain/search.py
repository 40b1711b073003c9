"""Find words anywhere in a briefing: in every list of items and in the article text."""

from __future__ import annotations

import re
from typing import NamedTuple

from desktop.domain.model import Briefing

SOURCE = "source"  # Hit.kind of a match in the article text
MAX_SOURCE_HITS = 1000  # a one-letter search of a long article lists no more than this

# The fields searched in each list, in the order the window shows the lists.
SEARCHED_FIELDS = (
    ("takeaways", ("text",)),
    ("watch", ("text",)),
    ("people", ("name", "role", "organisation", "aliases")),
    ("quotes", ("text", "speaker", "source")),
    ("phases", ("title", "horizon", "actions", "organisation")),
    ("figures", ("text", "about", "qualifier", "unit")),
    ("organisations", ("name", "kind", "aliases")),
    ("relationships", ("source", "target", "kind", "terms")),
)
SEARCHED_FIELDS_BY_KIND = dict(SEARCHED_FIELDS)


class Hit(NamedTuple):
    """One match: an item of a list (kind, item_id), or a span of the article (kind SOURCE)."""

    kind: str
    item_id: str | None
    label: str  # what the hit is, in a few words, for the list of hits
    start: int = -1  # in the article text, for SOURCE hits
    end: int = -1


def _values(item, names: tuple[str, ...]) -> list[str]:
    out = []
    for name in names:
        value = getattr(item, name, None)
        if isinstance(value, list):
            out.extend(str(v) for v in value)
        elif value:
            out.append(str(value))
    return out


def _label(kind: str, item) -> str:
    if kind == "relationships":
        return f"{item.source} – {item.target} ({item.kind})"
    first = SEARCHED_FIELDS_BY_KIND[kind][0]
    text = " ".join(str(getattr(item, first, "") or "").split())
    return text if len(text) <= 80 else text[:79] + "…"


def find_in_items(briefing: Briefing, needle: str) -> list[Hit]:
    """Every item whose searched fields contain needle, ignoring case, list by list.

    Example: "jindal" in a briefing naming "Sajjan Jindal" finds his row in people and each
    quote he spoke (by its speaker field).
    """
    wanted = needle.strip().casefold()
    if not wanted:
        return []
    hits = []
    for kind, names in SEARCHED_FIELDS:
        for item in getattr(briefing, kind):
            if any(wanted in value.casefold() for value in _values(item, names)):
                hits.append(Hit(kind, item.id, _label(kind, item)))
    return hits


def find_in_text(text: str, needle: str, limit: int = MAX_SOURCE_HITS) -> list[Hit]:
    """Every place in text where needle stands, ignoring case (at most limit of them).

    Example: "cell" in "Cells and a cell plant" gives hits at 0..4 and 12..16.
    """
    wanted = needle.strip()
    if not wanted:
        return []
    hits = []
    for match in re.finditer(re.escape(wanted), text, re.IGNORECASE):
        start, end = match.span()
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) % (len(text) + 1)  # -1 (no more lines): the end
        line = text[max(line_start, start - 40) : min(line_end, end + 40)]
        hits.append(Hit(SOURCE, None, " ".join(line.split()), start, end))
        if len(hits) >= limit:
            break
    return hits


def find_everywhere(briefing: Briefing, needle: str) -> list[Hit]:
    """The hits in every list, then those in the article text."""
    return find_in_items(briefing, needle) + find_in_text(briefing.article.text, needle)
