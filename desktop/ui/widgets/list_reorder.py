"""Moving rows of a list widget of items (the takeaways) by Alt+Up/Down or by dragging."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget

from desktop.ui.commands import MoveItem
from desktop.ui.session import Session


class ListReorder(QObject):
    """Makes the rows of list (each holding an item id in id_role) movable, undoably.

    The list is only a view: a move is a MoveItem on the session's list of kind, and the
    list shows the new order when the session says that list changed.
    """

    def __init__(self, list_widget: QListWidget, session: Session, kind: str, id_role: int):
        super().__init__(list_widget)
        self.list = list_widget
        self.session = session
        self.kind = kind
        self.id_role = id_role
        list_widget.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        list_widget.setDefaultDropAction(Qt.DropAction.MoveAction)
        list_widget.model().rowsMoved.connect(self._on_rows_moved)
        for text, keys, step in (("Move up", "Alt+Up", -1), ("Move down", "Alt+Down", +1)):
            action = QAction(text, list_widget)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, step=step: self.move_current(step))
            list_widget.addAction(action)

    def move_current(self, step: int) -> bool:
        """Move the current row up (-1) or down (+1); False if it cannot go further."""
        item = self.list.currentItem()
        item_id = item.data(self.id_role) if item is not None else None
        ids = [it.id for it in self.session.items(self.kind)]
        if item_id not in ids or not 0 <= ids.index(item_id) + step < len(ids):
            return False
        self._move(item_id, ids.index(item_id) + step)
        return True

    def _move(self, item_id: str, to_row: int) -> None:
        self.session.undo_stack.push(MoveItem(self.session, self.kind, item_id, to_row))
        for row in range(self.list.count()):
            if self.list.item(row).data(self.id_role) == item_id:
                self.list.setCurrentRow(row)
                break

    def _on_rows_moved(self, _parent, start: int, _end: int, _dest, row: int) -> None:
        # Qt has moved the row in the list; the briefing follows, after the drop is over.
        ids = [it.id for it in self.session.items(self.kind)]
        if not 0 <= start < len(ids):
            return
        item_id = ids[start]
        to_row = row - 1 if row > start else row
        if to_row != start:
            QTimer.singleShot(0, self, lambda: self._move(item_id, to_row))
