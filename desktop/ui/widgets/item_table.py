"""A sortable, filterable, editable table of one kind of item: Add, Delete, Show in source."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.commands import AddItem, RemoveItems
from desktop.ui.models.base import DomainRole, ItemTableModel, SortRole


def new_item_id(kind: str) -> str:
    """An id for an item the analyst adds by hand."""
    return f"{kind}-user-{uuid.uuid4().hex[:8]}"


class ItemFilterProxy(QSortFilterProxyModel):
    """Sorts numbers as numbers and filters rows on any column's text, case-insensitively."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.extra_filter: Callable[[Any], bool] | None = None

    def set_extra_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        """A predicate over the row's item (speaker, kind ...) on top of the text filter."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            self.extra_filter = predicate
            self.endFilterChange()
        else:
            self.extra_filter = predicate
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt API
        if self.extra_filter is not None:
            item = self.sourceModel().index(source_row, 0, source_parent).data(DomainRole)
            if item is not None and not self.extra_filter(item):
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class ItemTable(QWidget):
    """The table every list tab uses.

    Signals:
        source_requested(int, int): the analyst asked to see an item's evidence.
        current_item_changed(object): the selected item (or None).
    """

    source_requested = Signal(int, int)
    current_item_changed = Signal(object)

    def __init__(
        self,
        model: ItemTableModel,
        new_item: Callable[[], Any] | None = None,
        search_placeholder: str = "Search",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self.session = model.session
        self._new_item = new_item
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # article order until asked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        model.modelReset.connect(self._after_reset)

        self.add_button = self._button("&Add", "Add a row (Insert)", self.add_item)
        self.add_button.setEnabled(new_item is not None)
        self.delete_button = self._button("&Delete", "Delete the selected rows", self.delete)
        self.source_button = self._button(
            "Show in &source", "Show the selected item in the article (Ctrl+G)", self.show_source
        )
        for text, keys, slot in (
            ("Add row", QKeySequence(Qt.Key.Key_Insert), self.add_item),
            ("Delete rows", QKeySequence(QKeySequence.StandardKey.Delete), self.delete),
            ("Show in source", QKeySequence("Ctrl+G"), self.show_source),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.add_button, self.delete_button, self.source_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._after_reset()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def _after_reset(self) -> None:
        self.view.resizeRowsToContents()
        self.delete_button.setEnabled(self.model.rowCount() > 0)

    # -- selection -------------------------------------------------------------
    def selected_items(self) -> list:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.view.currentIndex()).row()}
        return [self.model.item(r) for r in sorted(rows)]

    def current_item(self) -> Any:
        index = self.view.currentIndex()
        return index.data(DomainRole) if index.isValid() else None

    def select_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _on_current_changed(self, current, _previous) -> None:
        self.current_item_changed.emit(current.data(DomainRole) if current.isValid() else None)

    # -- actions ---------------------------------------------------------------
    def add_item(self) -> None:
        if self._new_item is None:
            return
        item = self._new_item()
        self.session.undo_stack.push(AddItem(self.session, self.model.KIND, item))
        self.select_item(item.id)
        self.view.edit(self.view.currentIndex())

    def delete(self) -> None:
        items = self.selected_items()
        if items:
            ids = [item.id for item in items]
            self.session.undo_stack.push(RemoveItems(self.session, self.model.KIND, ids))

    def show_source(self) -> None:
        item = self.current_item()
        span = getattr(item, "first_span", None)
        if span is not None:
            self.source_requested.emit(span.start, span.end)

    def _on_double_click(self, index) -> None:
        # Editable cells edit on double-click; read-only ones jump to the evidence.
        if not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            self.show_source()
