"""The shared table model: columns over a list of domain items, edits as undo commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.edits import needs_check
from desktop.ui.commands import EditField
from desktop.ui.session import Session
from desktop.ui.widgets.check_mark import check_icon, check_tooltip

DomainRole = Qt.ItemDataRole.UserRole + 1  # the dataclass behind a row
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers as numbers)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header, how to show the item's value, and which field an edit sets."""

    header: str
    display: Callable[[Any], Any]
    field: str | None = None  # the dataclass field an edit writes; None = read-only
    parse: Callable[[str], Any] = lambda text: text.strip() or None
    tooltip: str = ""


class ItemTableModel(QAbstractTableModel):
    """Rows are the items of one list of the session's briefing ("people", "quotes" ...)."""

    KIND = ""
    COLUMNS: tuple[Column, ...] = ()
    # The column whose value an indirect finding concerns (a quote's speaker), where the
    # check mark stands, and how its tooltip names that value.
    CHECK_COLUMN = 0
    CHECK_WHAT = "this item"
    # Whether the analyst may drag rows to a new place (the table sets it where order matters).
    movable = False

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._rows: list = []
        self._row_count = 0
        session.briefing_replaced.connect(self.refresh)
        session.items_changed.connect(self._on_items_changed)
        self.refresh()

    # -- rows ------------------------------------------------------------------
    def set_rows(self, rows: list) -> None:
        """Replace every row (the list is not copied: edits go to the briefing itself)."""
        self.beginResetModel()
        self._rows = rows
        self._row_count = len(rows)
        self.endResetModel()

    def refresh(self) -> None:
        rows = self.session.items(self.KIND)
        if rows is self._rows and len(rows) == self._row_count and rows:
            # An edit in place: say the cells changed rather than reset, so the view keeps
            # its current cell and selection (a reset would send the keyboard back to the top).
            last = self.index(len(rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.set_rows(rows)

    def _on_items_changed(self, kind: str) -> None:
        if kind == self.KIND:
            self.refresh()

    def item(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    # -- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.COLUMNS[section].header
            if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section].tooltip:
                return self.COLUMNS[section].tooltip
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.COLUMNS)):
            return None
        item = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == DomainRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = column.display(item)
            return "" if value is None else str(value) if role == Qt.DisplayRole else value
        if index.column() == self.CHECK_COLUMN and needs_check(item):
            if role == Qt.ItemDataRole.DecorationRole:
                return check_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return check_tooltip(self.CHECK_WHAT, item.basis)
        if role == SortRole:
            value = column.display(item)
            return value if isinstance(value, int | float) else str(value or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            value = column.display(item)
            return str(value) if value not in (None, "") else None
        if (
            role == Qt.ItemDataRole.FontRole
            and getattr(item, "edited", False)
            and index.column() == 0
        ):
            font = QFont()
            font.setItalic(True)  # edited by the analyst
            return font
        return self.extra_data(item, column, role)

    def extra_data(self, item: Any, column: Column, role: int) -> Any:
        """Subclasses add roles here (colours, alignment)."""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.movable:
            base |= Qt.ItemFlag.ItemIsDropEnabled
            if index.isValid():
                base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.isValid() and self.COLUMNS[index.column()].field:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        if self.movable:
            return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
        return super().supportedDropActions()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.COLUMNS[index.column()]
        if not column.field:
            return False
        item = self._rows[index.row()]
        try:
            parsed = column.parse(value) if isinstance(value, str) else value
        except ValueError as error:
            # The cell keeps its value; without a word why, the edit seems to vanish.
            self.session.edit_refused.emit(f"Not changed: {error}")
            return False
        if parsed == getattr(item, column.field):
            return False
        self.session.undo_stack.push(
            EditField(self.session, self.KIND, item.id, column.field, parsed)
        )
        return True
