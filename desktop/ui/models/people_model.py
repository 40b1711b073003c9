"""The People table: name, role, organisation, and how often each is quoted and mentioned."""

from __future__ import annotations

from desktop.ui.models.base import Column, ItemTableModel


def _split_aliases(text: str) -> list[str]:
    return [a.strip() for a in text.split(",") if a.strip()]


def _parse_name(text: str) -> str:
    # A nameless person would also take every quote nobody is named for.
    text = text.strip()
    if not text:
        raise ValueError("a person needs a name")
    return text


class PeopleModel(ItemTableModel):
    KIND = "people"
    COL_NAME, COL_ROLE, COL_ORGANISATION, COL_QUOTES, COL_MENTIONS, COL_ALIASES = range(6)
    CHECK_COLUMN, CHECK_WHAT = COL_ROLE, "the role and organisation"

    def __init__(self, session, parent=None):
        self.COLUMNS = (
            Column("Name", lambda p: p.name, "name", parse=_parse_name),
            Column("Role", lambda p: p.role, "role"),
            Column("Organisation", lambda p: p.organisation, "organisation"),
            Column("Quotes", self._quote_count, tooltip="Quotes and statements attributed"),
            Column("Mentions", lambda p: len(p.spans), tooltip="Times named in the article"),
            Column("Aliases", lambda p: ", ".join(p.aliases), "aliases", parse=_split_aliases),
        )
        super().__init__(session, parent)
        session.items_changed.connect(self._on_quotes_changed)

    def _quote_count(self, person) -> int:
        briefing = self.session.briefing
        return len(briefing.quotes_by(person.name)) if briefing is not None else 0

    def _on_quotes_changed(self, kind: str) -> None:
        if kind == "quotes" and self._rows:
            top = self.index(0, self.COL_QUOTES)
            bottom = self.index(len(self._rows) - 1, self.COL_QUOTES)
            self.dataChanged.emit(top, bottom)
