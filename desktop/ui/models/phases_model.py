"""The Strategy table: the plan's phases in order, each with its horizon and actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.models.base import Column, Index, ItemTableModel


def split_actions(text: str) -> list[str]:
    """Actions as typed in one cell, separated by semicolons."""
    return [action.strip() for action in text.split(";") if action.strip()]


class PhasesModel(ItemTableModel):
    KIND = "phases"
    COL_TITLE, COL_HORIZON, COL_ORGANISATION, COL_ACTIONS = range(4)

    def __init__(self, session, parent=None):
        self.COLUMNS = (
            Column("Phase", lambda p: p.title, "title"),
            Column("Horizon", lambda p: p.horizon, "horizon", tooltip="When, as the article says"),
            Column(
                "Whose plan",
                lambda p: f"{p.organisation or ''} (done)".strip() if p.done else p.organisation,
                "organisation",
                tooltip="The organisation whose plan it is; (done) marks a stage already taken",
            ),
            Column(
                "Actions",
                lambda p: "; ".join(p.actions),
                "actions",
                parse=split_actions,
                tooltip="What the company will do; separate actions with ;",
            ),
        )
        super().__init__(session, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Shown one action per line so a phase reads as a list; edited as "a; b; c".
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.isValid()
            and index.column() == self.COL_ACTIONS
            and 0 <= index.row() < len(self._rows)
        ):
            return "\n".join(f"• {action}" for action in self._rows[index.row()].actions)
        if (
            role == Qt.ItemDataRole.EditRole
            and index.isValid()
            and index.column() == self.COL_ORGANISATION
            and 0 <= index.row() < len(self._rows)
        ):
            return self._rows[index.row()].organisation or ""  # edited without "(done)"
        return super().data(index, role)
