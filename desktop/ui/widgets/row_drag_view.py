"""A table view whose rows the analyst can drag to a new place in their list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView


class RowDragView(QTableView):
    """Dragging a row onto another asks for a move; the model itself is never changed here.

    Signals:
        row_dropped(int, int): the view row dragged, and the view row it was dropped at
            (rowCount() for below the last row).
    """

    row_dropped = Signal(int, int)

    def set_rows_movable(self, movable: bool) -> None:
        self.setDragEnabled(movable)
        self.setAcceptDrops(movable)
        self.viewport().setAcceptDrops(movable)
        self.setDropIndicatorShown(movable)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove
            if movable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        if event.source() is not self:
            event.ignore()
            return
        dragged = self.currentIndex().row()
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            target = self.model().rowCount()
        else:
            target = index.row()
            if self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem:
                target += 1
        # Copy, not Move: a Move would have the view delete the dragged row afterwards.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if dragged >= 0:
            self.row_dropped.emit(dragged, target)
