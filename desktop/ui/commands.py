"""Undoable edits to the briefing: change a field, add an item, remove an item."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.ui.session import Session


class EditField(QUndoCommand):
    """Set one field of one item; the item is marked as edited by the analyst."""

    def __init__(self, session: Session, kind: str, item_id: str, field: str, value: Any):
        super().__init__(f"Edit {field}")
        self.session = session
        self.kind = kind
        self.item_id = item_id
        self.field = field
        item = session.item_by_id(kind, item_id)
        self.old_value = copy.deepcopy(getattr(item, field))
        self.old_edited = item.edited
        self.new_value = value

    def _apply(self, value: Any, edited: bool) -> None:
        item = self.session.item_by_id(self.kind, self.item_id)
        if item is None:
            return
        setattr(item, self.field, copy.deepcopy(value))
        item.edited = edited
        self.session.notify(self.kind)

    def redo(self) -> None:
        self._apply(self.new_value, True)

    def undo(self) -> None:
        self._apply(self.old_value, self.old_edited)


class AddItem(QUndoCommand):
    """Add an item (a row the analyst typed in) at a position in its list."""

    def __init__(self, session: Session, kind: str, item: Any, row: int | None = None):
        super().__init__(f"Add {kind[:-1] if kind.endswith('s') else kind}")
        self.session = session
        self.kind = kind
        self.item = item
        self.item.edited = True
        self.row = len(session.items(kind)) if row is None else row

    def redo(self) -> None:
        self.session.items(self.kind).insert(self.row, self.item)
        self.session.notify(self.kind)

    def undo(self) -> None:
        items = self.session.items(self.kind)
        if self.item in items:
            items.remove(self.item)
        self.session.notify(self.kind)


class RemoveItems(QUndoCommand):
    """Remove one or more items; undo puts each back where it was."""

    def __init__(self, session: Session, kind: str, item_ids: list[str]):
        super().__init__(f"Delete {len(item_ids)} {kind}")
        self.session = session
        self.kind = kind
        items = session.items(kind)
        self.removed = [(i, it) for i, it in enumerate(items) if it.id in set(item_ids)]

    def redo(self) -> None:
        items = self.session.items(self.kind)
        for _row, item in reversed(self.removed):
            if item in items:
                items.remove(item)
        self.session.notify(self.kind)

    def undo(self) -> None:
        items = self.session.items(self.kind)
        for row, item in self.removed:
            items.insert(min(row, len(items)), item)
        self.session.notify(self.kind)
