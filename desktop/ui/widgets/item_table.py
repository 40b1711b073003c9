"""A sortable, filterable, editable table of one kind of item: add, delete, copy, move, merge,
confirm, and jump to the evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.edits import merge_organisations, merge_people, needs_check
from desktop.domain.headlines import counted
from desktop.ui.commands import AddItem, BriefingEdit, MoveItem, RemoveItems, SetConfirmed
from desktop.ui.ids import new_item_id
from desktop.ui.models.base import DomainRole, ItemTableModel
from desktop.ui.widgets.empty_state import EmptyState, empty_text
from desktop.ui.widgets.item_proxy import ItemFilterProxy
from desktop.ui.widgets.row_drag_view import RowDragView

__all__ = ["ItemFilterProxy", "ItemTable", "new_item_id"]

# Lists whose order is the analyst's to set (the plan's phases, what to read first).
MOVABLE_KINDS = ("phases", "takeaways")
# Lists in which two entries may be one thing named twice, and how to make them one.
MERGES = {
    "people": (merge_people, ("people", "quotes", "relationships", "figures")),
    "organisations": (
        merge_organisations,
        ("organisations", "people", "quotes", "phases", "relationships", "figures"),
    ),
}


class ItemTable(QWidget):
    """The table every list tab uses.

    Its commands are actions on the view (they show in its context menu); the window's
    menus name the same commands with the same keys and run them on the table in focus.

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
        self.movable = model.KIND in MOVABLE_KINDS
        model.movable = self.movable
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.check_filter = QCheckBox(self)
        self.check_filter.setToolTip(
            "Show only what the analysis found by an indirect route (a speaker carried over, "
            "a pronoun resolved), which an analyst should check"
        )
        self.check_filter.toggled.connect(self.proxy.set_check_only)

        self.view = RowDragView(self)
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
        # Tab leaves the table for the next control (arrows move between cells), so the
        # keyboard never gets stuck in it; Ctrl+Tab is the window's, for the next tab.
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.set_rows_movable(self.movable)
        self.view.row_dropped.connect(self._on_row_dropped)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.empty_state = EmptyState(self.view)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
            self.proxy.dataChanged,
        ):
            signal.connect(self._update_state)
        model.modelReset.connect(self._after_reset)

        self.add_button = self._button("&Add", "Add a row (Insert)", self.add_item)
        self.add_button.setEnabled(new_item is not None)
        self.delete_button = self._button("&Delete", "Delete the selected rows (Del)", self.delete)
        self.confirm_button = self._button(
            "Con&firm", "Confirm the selected items after checking them (Space)", self.confirm
        )
        self.merge_button = self._button(
            "&Merge", "Merge the two selected entries into one (Ctrl+M)", self.merge
        )
        self.merge_button.setVisible(model.KIND in MERGES)
        self.up_button = self._button("Up", "Move the selected row up (Alt+Up)", self.move_up)
        self.down_button = self._button(
            "Down", "Move the selected row down (Alt+Down)", self.move_down
        )
        for button in (self.up_button, self.down_button):
            button.setVisible(self.movable)
        self.source_button = self._button(
            "Show in &source", "Show the selected item in the article (Ctrl+G)", self.show_source
        )
        self.actions_by_name = self._make_actions()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.check_filter)
        for button in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.confirm_button,
            self.merge_button,
            self.source_button,
        ):
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

    def _make_actions(self) -> dict[str, QAction]:
        """The view's commands by name; the window's Edit menu shows the same keys."""
        specs = [
            ("copy", "Copy", QKeySequence.StandardKey.Copy, self.copy_rows),
            ("copy_markdown", "Copy as Markdown", "Ctrl+Shift+M", self.copy_markdown),
            ("add", "Add row", Qt.Key.Key_Insert, self.add_item),
            ("delete", "Delete rows", QKeySequence.StandardKey.Delete, self.delete),
            ("confirm", "Confirm (checked)", Qt.Key.Key_Space, self.confirm),
            ("show_source", "Show in source", "Ctrl+G", self.show_source),
        ]
        if self.model.KIND == "quotes":
            specs.insert(
                1, ("copy_quotation", "Copy as Quotation", "Ctrl+Shift+C", self.copy_quotations)
            )
        if self.movable:
            specs += [
                ("move_up", "Move up", "Alt+Up", self.move_up),
                ("move_down", "Move down", "Alt+Down", self.move_down),
            ]
        if self.model.KIND in MERGES:
            specs.append(("merge", "Merge two entries…", "Ctrl+M", self.merge))
        actions = {}
        for name, text, keys, slot in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            # Only while the table itself has the focus: a cell being edited keeps its keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.view.addAction(action)
            actions[name] = action
        return actions

    def _after_reset(self) -> None:
        self.view.resizeRowsToContents()
        self._update_state()

    def _update_state(self, *_args) -> None:
        """The buttons, the needs-checking count and the empty note, as the rows now are."""
        total = self.model.rowCount()
        for button in (self.delete_button, self.source_button):
            button.setEnabled(total > 0)
        for button in (self.merge_button, self.up_button, self.down_button):
            button.setEnabled(total > 1)
        to_check = sum(needs_check(self.model.item(row)) for row in range(total))
        self.check_filter.setText(f"Needs chec&king ({to_check})")
        # Shown only while something needs checking: otherwise the search gets the room.
        self.check_filter.setVisible(to_check > 0 or self.check_filter.isChecked())
        self.confirm_button.setVisible(to_check > 0)
        if self.proxy.rowCount() > 0:
            self.empty_state.show_text(None)
        elif total == 0:
            self.empty_state.show_text(empty_text(self.model.KIND, self._new_item is not None))
        elif self.check_filter.isChecked() and not self.search.text():
            self.empty_state.show_text("Nothing here needs checking.")
        else:
            self.empty_state.show_text(
                f"Nothing matches \u201c{self.search.text()}\u201d among "
                f"{counted(total, 'row')} (clear the search to see them all)."
                if self.search.text()
                else "No rows match the filter."
            )

    # -- selection -------------------------------------------------------------
    def selected_items(self) -> list:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.view.currentIndex()).row()}
        return [self.model.item(r) for r in sorted(rows)]

    def _selected_view_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return rows

    def current_item(self) -> Any:
        index = self.view.currentIndex()
        return index.data(DomainRole) if index.isValid() else None

    def select_item(self, item_id: str) -> bool:
        """Make the item current and selected (clearing a filter that hides it)."""
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything rather than nothing
            self.search.clear()
            self.check_filter.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid() and self.proxy.extra_filter is not None:
                return False
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _on_current_changed(self, current, _previous) -> None:
        self.current_item_changed.emit(current.data(DomainRole) if current.isValid() else None)

    # -- editing ---------------------------------------------------------------
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

    def confirm(self) -> None:
        """Confirm the selected items that need checking (if all are confirmed: undo that)."""
        found = [item for item in self.selected_items() if item.basis is not None]
        if not found:
            self.session.edit_refused.emit("Nothing selected needs checking.")
            return
        confirmed = not all(item.confirmed for item in found)
        ids = [item.id for item in found]
        self.session.undo_stack.push(SetConfirmed(self.session, self.model.KIND, ids, confirmed))

    def move_up(self) -> None:
        self._move_current(-1)

    def move_down(self) -> None:
        self._move_current(+1)

    def _move_current(self, step: int) -> None:
        item = self.current_item()
        if item is None or not self.movable:
            return
        items = self.session.items(self.model.KIND)
        row = items.index(item)
        if 0 <= row + step < len(items):
            self._move(item, row + step)

    def _move(self, item: Any, to_row: int) -> None:
        self.session.undo_stack.push(MoveItem(self.session, self.model.KIND, item.id, to_row))
        self.select_item(item.id)

    def _on_row_dropped(self, dragged: int, target: int) -> None:
        item = self.proxy.index(dragged, 0).data(DomainRole)
        if item is None:
            return
        items = self.session.items(self.model.KIND)
        if target >= self.proxy.rowCount():
            to_row = len(items) - 1
        else:
            to_row = items.index(self.proxy.index(target, 0).data(DomainRole))
            if to_row > items.index(item):
                to_row -= 1  # dropped above a later row: it lands just before that row
        if to_row != items.index(item):
            self._move(item, to_row)

    def merge(self) -> None:
        """Make the two selected entries one; the analyst picks the name that stays."""
        if self.model.KIND not in MERGES:
            return
        items = self.selected_items()
        if len(items) != 2:
            self.session.edit_refused.emit(
                "Select the two entries to merge (Ctrl+click the second), then Merge."
            )
            return
        # Suggest the fuller name: "General Motors" over "GM".
        items.sort(key=lambda item: (len(item.spans) < 2, -len(item.name)))
        names = [item.name for item in items]
        from desktop.ui import interaction  # dialogs load when first asked for

        chosen = interaction.choose_kept_name(self, self.model.KIND, names)
        if chosen is None:
            return
        kept, merged = items[chosen], items[1 - chosen]
        merge, kinds = MERGES[self.model.KIND]
        command = BriefingEdit(
            self.session,
            f"Merge {merged.name} into {kept.name}",
            kinds,
            lambda briefing: merge(briefing, kept.id, merged.id),
        )
        self.session.undo_stack.push(command)
        self.select_item(kept.id)

    # -- copying ---------------------------------------------------------------
    def copy_rows(self) -> None:
        """The selected rows as tab-separated text and as an HTML table, headers first."""
        from desktop.ui.widgets.copy_rows import rows_mime, table_cells

        rows = self._selected_view_rows()
        if rows:
            headers, cells = table_cells(self.proxy, rows)
            QGuiApplication.clipboard().setMimeData(rows_mime(headers, cells))

    def copy_markdown(self) -> None:
        """Every row shown, as a Markdown table."""
        from desktop.ui.widgets.copy_rows import as_markdown as markdown_table
        from desktop.ui.widgets.copy_rows import table_cells

        headers, cells = table_cells(self.proxy, list(range(self.proxy.rowCount())))
        QGuiApplication.clipboard().setText(markdown_table(headers, cells))

    def copy_quotations(self) -> None:
        """The selected quotes as citations: “text” — Speaker, Role, Organisation."""
        from desktop.ui.widgets.copy_rows import quotations_mime

        quotes = self.selected_items()
        if quotes:
            mime = quotations_mime(quotes, self.session.briefing)
            QGuiApplication.clipboard().setMimeData(mime)

    # -- evidence --------------------------------------------------------------
    def show_source(self) -> None:
        item = self.current_item()
        span = getattr(item, "first_span", None)
        if span is not None:
            self.source_requested.emit(span.start, span.end)

    def _on_double_click(self, index) -> None:
        # Editable cells edit on double-click; read-only ones jump to the evidence.
        if not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            self.show_source()
