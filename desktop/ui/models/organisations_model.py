"""The Organisations table: name, kind, other names, and how often each is mentioned."""

from __future__ import annotations

from desktop.ui.models.base import Column, ItemTableModel

# The kinds the analysis files organisations under; the analyst may pick another.
ORGANISATION_KINDS = ("company", "government", "media", "country", "organisation")


def _split_aliases(text: str) -> list[str]:
    return [a.strip() for a in text.split(",") if a.strip()]


def _parse_name(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("an organisation needs a name")
    return text


class OrganisationsModel(ItemTableModel):
    KIND = "organisations"
    COL_NAME, COL_KIND, COL_ALIASES, COL_MENTIONS = range(4)
    COLUMNS = (
        Column("Name", lambda o: o.name, "name", parse=_parse_name),
        Column(
            "Kind", lambda o: o.kind, "kind", parse=lambda t: t.strip().lower() or "organisation"
        ),
        Column(
            "Aliases",
            lambda o: ", ".join(o.aliases),
            "aliases",
            parse=_split_aliases,
            tooltip="Other names the article uses, separated by commas",
        ),
        Column("Mentions", lambda o: len(o.spans), tooltip="Times named in the article"),
    )
