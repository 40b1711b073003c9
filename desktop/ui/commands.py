"""Undoable edits to the briefing: change a field, add, remove, move, merge, confirm items."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.domain import Briefing
from desktop.domain.edits import move_item
from desktop.domain.headlines import counted
from desktop.ui.session import Session

# Fields other items hold a copy of, by value: a person's name is their quotes' speaker;
# an organisation's name is a party to its relationships and the organisation of its people.
REFERENCES = {
    ("people", "name"): (("quotes", "speaker"),),
    ("organisations", "name"): (
        ("relationships", "source"),
        ("relationships", "target"),
        ("people", "organisation"),
    ),
}


def _counted_items(number: int, kind: str) -> str:
    """ "1 quote", "3 quotes", "1 person", "2 people" from a list's name."""
    if kind == "people":
        return counted(number, "person", "people")
    return counted(number, kind[:-1] if kind.endswith("s") else kind, kind)


class EditField(QUndoCommand):
    """Set one field of one item; the item is marked as edited by the analyst.

    When the field is one other items refer to by value (a person's or an organisation's
    name), those items change with it, each by an EditField of its own: one undo step
    restores them all.
    """

    def __init__(
        self,
        session: Session,
        kind: str,
        item_id: str,
        field: str,
        value: Any,
        *,
        notify: bool = True,
    ):
        super().__init__(f"Edit {field}")
        self.session = session
        self.kind = kind
        self.item_id = item_id
        self.field = field
        item = session.item_by_id(kind, item_id)
        self.old_value = copy.deepcopy(getattr(item, field))
        self.old_edited = item.edited
        self.new_value = value
        # Only the command the analyst made tells the views, once everything has changed,
        # so no view sees a person renamed whose quotes still name the old one.
        self._notifies = notify
        # Not Qt child commands: a Python-owned child of a Qt-owned parent is deleted twice.
        self._followers = [
            EditField(session, other_kind, other.id, other_field, value, notify=False)
            for other_kind, other_field, other in self._referring_items(item)
        ]

    def _referring_items(self, item: Any) -> list[tuple[str, str, Any]]:
        """(kind, field, item) of each item that names this one by the value being changed."""
        references = REFERENCES.get((self.kind, self.field), ())
        old, new = self.old_value, self.new_value
        if not references or not (old and new) or old == new:
            return []  # nothing names it, or no name to follow from or to (quotes keep theirs)
        if any(
            other is not item and getattr(other, self.field) == old
            for other in self.session.items(self.kind)
        ):
            return []  # the old name still belongs to someone: its references stay with them
        return [
            (other_kind, other_field, other)
            for other_kind, other_field in references
            for other in self.session.items(other_kind)
            if getattr(other, other_field) == old
        ]

    def _apply(self, value: Any, edited: bool) -> None:
        item = self.session.item_by_id(self.kind, self.item_id)
        if item is None:
            return
        setattr(item, self.field, copy.deepcopy(value))
        item.edited = edited

    def _kinds(self) -> list[str]:
        """The lists this command changes, its own first."""
        return [self.kind] + [kind for f in self._followers for kind in f._kinds()]

    def _notify(self) -> None:
        for kind in dict.fromkeys(self._kinds()):
            self.session.notify(kind)

    def redo(self) -> None:
        self._apply(self.new_value, True)
        for follower in self._followers:
            follower.redo()
        if self._notifies:
            self._notify()

    def undo(self) -> None:
        for follower in reversed(self._followers):
            follower.undo()
        self._apply(self.old_value, self.old_edited)
        if self._notifies:
            self._notify()


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
        super().__init__(f"Delete {_counted_items(len(item_ids), kind)}")
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


class BriefingEdit(QUndoCommand):
    """An edit across lists (a merge, an action moved between phases), made by a pure function.

    The lists it touches are copied before and after, so undo and redo put back exactly
    what was there: one undo step however many references the edit followed.
    """

    def __init__(
        self,
        session: Session,
        text: str,
        kinds: tuple[str, ...],
        edit: Callable[[Briefing], object],
    ):
        super().__init__(text)
        self.session = session
        self.kinds = kinds
        self._edit = edit
        self._before = {kind: copy.deepcopy(session.items(kind)) for kind in kinds}
        self._after: dict[str, list] | None = None

    def redo(self) -> None:
        if self._after is None:
            self._edit(self.session.briefing)
            self._after = {kind: copy.deepcopy(self.session.items(kind)) for kind in self.kinds}
        else:
            self._restore(self._after)
        self._notify()

    def undo(self) -> None:
        self._restore(self._before)
        self._notify()

    def _restore(self, lists: dict[str, list]) -> None:
        for kind, items in lists.items():
            # In place: the table models hold the briefing's own lists.
            self.session.items(kind)[:] = copy.deepcopy(items)

    def _notify(self) -> None:
        for kind in self.kinds:
            self.session.notify(kind)


class MoveItem(QUndoCommand):
    """Move an item up or down its list (a phase, a takeaway): the order the briefing shows."""

    def __init__(self, session: Session, kind: str, item_id: str, to_row: int):
        super().__init__(f"Move {kind[:-1] if kind.endswith('s') else kind}")
        self.session = session
        self.kind = kind
        self.item_id = item_id
        self.to_row = to_row
        self.from_row = next(
            (row for row, item in enumerate(session.items(kind)) if item.id == item_id), -1
        )

    def redo(self) -> None:
        move_item(self.session.items(self.kind), self.item_id, self.to_row)
        self.session.notify(self.kind)

    def undo(self) -> None:
        move_item(self.session.items(self.kind), self.item_id, self.from_row)
        self.session.notify(self.kind)


class SetConfirmed(QUndoCommand):
    """The analyst checked items the engine found by an indirect route: their mark goes."""

    def __init__(self, session: Session, kind: str, item_ids: list[str], confirmed: bool = True):
        what = _counted_items(len(item_ids), kind)
        super().__init__(f"Confirm {what}" if confirmed else f"Unconfirm {what}")
        self.session = session
        self.kind = kind
        self.confirmed = confirmed
        self.old = {
            item.id: item.confirmed for item in session.items(kind) if item.id in set(item_ids)
        }

    def _apply(self, values: dict[str, bool]) -> None:
        for item in self.session.items(self.kind):
            if item.id in values:
                item.confirmed = values[item.id]
        self.session.notify(self.kind)

    def redo(self) -> None:
        self._apply(dict.fromkeys(self.old, self.confirmed))

    def undo(self) -> None:
        self._apply(self.old)
