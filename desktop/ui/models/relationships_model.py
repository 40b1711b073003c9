"""The Relationships table: who ties up with whom, what kind of tie, and on what terms."""

from __future__ import annotations

from desktop.ui.models.base import Column, ItemTableModel

# Kinds the analysis finds; offered first when the analyst edits a relationship's kind.
RELATIONSHIP_KINDS = (
    "agreement",
    "partnership",
    "joint venture",
    "deal",
    "collaboration",
    "tie-up",
    "talks",
    "merger",
    "supply",
    "stake",
    "acquisition",
)


def _parse_party(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("a relationship is between two named parties")
    return text


class RelationshipsModel(ItemTableModel):
    KIND = "relationships"
    COL_SOURCE, COL_TARGET, COL_KIND, COL_TERMS = range(4)
    COLUMNS = (
        Column("From", lambda r: r.source, "source", parse=_parse_party),
        Column("To", lambda r: r.target, "target", parse=_parse_party),
        Column(
            "Kind", lambda r: r.kind, "kind", parse=lambda t: t.strip().lower() or "partnership"
        ),
        Column("Terms", lambda r: r.terms, "terms", tooltip="What the tie covers, as reported"),
    )
