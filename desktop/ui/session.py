"""The open briefing: one QObject holding it, its file and undo stack; says when it changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.domain import Briefing

# The briefing's item lists, by the name the models and commands use for them.
ITEM_LISTS = (
    "people",
    "organisations",
    "quotes",
    "figures",
    "phases",
    "relationships",
    "takeaways",
)


class Session(QObject):
    """Holds the open Briefing; every change goes through its undo stack.

    Signals:
        briefing_replaced: a different briefing is now open (new file, re-analysis).
        items_changed(str): a list of the briefing ("people", "quotes", ...) changed.
        dirty_changed(bool): whether there are unsaved changes.
        path_changed(str): the file the briefing is saved to ("" for none).
        edit_refused(str): an edit was not made (a blank name ...); the message says why.
    """

    briefing_replaced = Signal()
    items_changed = Signal(str)
    dirty_changed = Signal(bool)
    path_changed = Signal(str)
    edit_refused = Signal(str)

    def __init__(self, briefing: Briefing | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        # A bound slot, not a lambda: Qt drops it when the session goes, so the stack's
        # last cleanChanged (emitted as it is destroyed) finds no dead session to call.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._briefing = briefing
        self._path: Path | None = None
        self.source_label = ""  # where the article came from, for the title bar

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    @property
    def briefing(self) -> Briefing | None:
        return self._briefing

    @property
    def path(self) -> Path | None:
        """The .briefing.json file this session saves to, if any."""
        return self._path

    @property
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def set_briefing(self, briefing: Briefing, path: Path | None = None, label: str = "") -> None:
        """Open another briefing: forgets the undo history."""
        self._briefing = briefing
        self._path = path
        self.source_label = label or (path.name if path else (briefing.article.source or ""))
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.briefing_replaced.emit()
        self.path_changed.emit(str(path or ""))
        self.dirty_changed.emit(False)

    def set_path(self, path: Path) -> None:
        """After Save As: the briefing now lives in path, and is saved."""
        self._path = path
        self.source_label = path.name
        self.undo_stack.setClean()
        self.path_changed.emit(str(path))

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def items(self, kind: str) -> list:
        """The briefing's list of one kind of item ("people", "quotes", ...)."""
        if self._briefing is None:
            return []
        return getattr(self._briefing, kind)

    def item_by_id(self, kind: str, item_id: str):
        for item in self.items(kind):
            if item.id == item_id:
                return item
        return None

    def notify(self, kind: str) -> None:
        """Say that a list changed; commands call this after they apply or revert."""
        self.items_changed.emit(kind)
