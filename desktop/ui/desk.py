"""The analyst's desk: Find across the tabs, and the Item menu's commands on the table in focus."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QToolButton, QWidget

from desktop.domain.edits import needs_check

# The tab (by class name) that shows each list of the briefing, and "source", the article.
KIND_TABS = {
    "takeaways": "OverviewTab",
    "watch": "OverviewTab",
    "people": "PeopleTab",
    "quotes": "QuotesTab",
    "phases": "StrategyTab",
    "figures": "FiguresTab",
    "organisations": "OrganisationsTab",
    "relationships": "OrganisationsTab",
    "source": "SourceTab",
}
# The lists whose tables mark and filter what needs checking, in tab order.
CHECKED_KINDS = ("people", "quotes", "phases", "figures", "organisations", "relationships")
# Where an item's id is kept in a list widget's rows (the Overview keeps it in UserRole + 2).
_ID_ROLES = (Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2)
_ORDER_IS_YOURS = "Only phases, their actions and takeaways are moved: their order is yours."
# Why an Item menu command did nothing where the focus is.
_NOT_HERE = {
    "move_up": _ORDER_IS_YOURS,
    "move_down": _ORDER_IS_YOURS,
    "merge": "Merge works on the People and Organisations tables: select two rows.",
    "copy_quotation": "Copy as Quotation works on the Quotes table.",
    "move_action": "Select an action in the Strategy tab to move it to another phase.",
}


class Desk(QObject):
    """What the window's Edit and Item menus do, on whichever tab and table is in use.

    Args:
        window: the MainWindow (its tabs, tab(), current_page(), show_in_source()).
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        from desktop.ui.main_window import TAB_INDEX, TABS

        self.tab_index = {kind: TAB_INDEX[name] for kind, name in KIND_TABS.items()}
        self._tab_titles = {kind: TABS[index][2] for kind, index in self.tab_index.items()}
        self._find_bar = None
        self.takeaway_reorder = None
        self._undo_index = 0
        window.session.undo_stack.indexChanged.connect(self._say_what_changed)
        self.to_check = QToolButton(window)
        self.to_check.setAutoRaise(True)
        self.to_check.setToolTip(
            "What the analysis found by an indirect route (a speaker carried over, a pronoun "
            "resolved): click to list them, then confirm each once checked (Space)"
        )
        self.to_check.clicked.connect(self.show_what_needs_checking)
        window.statusBar().addPermanentWidget(self.to_check)
        window.session.items_changed.connect(self._count_to_check)
        window.session.briefing_replaced.connect(self._count_to_check)
        self._count_to_check()

    @property
    def find_bar(self):
        """The find bar beneath the tabs, made the first time it is asked for."""
        if self._find_bar is None:
            from desktop.ui.widgets.find_bar import FindBar

            bar = FindBar(self.window.session, self._tab_titles, self.window)
            bar.hide()
            bar.hit_chosen.connect(self.go_to_hit)
            bar.hits_changed.connect(self._show_find_hits)
            bar.closed.connect(self._focus_current_tab)
            self.window.centralWidget().layout().addWidget(bar)
            self._find_bar = bar
        return self._find_bar

    def _kinds_to_check(self) -> list[str]:
        """The lists (in tab order) with items found indirectly that nobody has confirmed."""
        session = self.window.session
        return [
            kind for kind in CHECKED_KINDS if any(needs_check(item) for item in session.items(kind))
        ]

    def _count_to_check(self, *_args) -> None:
        session = self.window.session
        count = sum(needs_check(item) for kind in CHECKED_KINDS for item in session.items(kind))
        self.to_check.setText(f"{count} to check")
        self.to_check.setVisible(count > 0)

    def show_what_needs_checking(self) -> None:
        """Show the first table with items to check, filtered to them, the focus in it."""
        from desktop.ui.widgets.item_table import ItemTable

        kinds = self._kinds_to_check()
        if not kinds:
            self.window.show_status("Nothing needs checking.")
            return
        index = self.tab_index[kinds[0]]
        page = self.window.tab(index)
        self.window.tabs.setCurrentIndex(index)
        for table in page.findChildren(ItemTable):
            if table.model.KIND == kinds[0]:
                table.check_filter.setChecked(True)
                table.view.setFocus(Qt.FocusReason.OtherFocusReason)
                table.view.setCurrentIndex(table.proxy.index(0, 0))
                return

    def tab_built(self, page: QWidget) -> None:
        """A tab was just built: the Overview's takeaways move like a table's rows."""
        takeaways = getattr(page, "takeaways", None)
        id_role = getattr(sys.modules.get(type(page).__module__), "ID_ROLE", None)
        if isinstance(takeaways, QListWidget) and id_role is not None:
            from desktop.ui.widgets.list_reorder import ListReorder

            self.takeaway_reorder = ListReorder(
                takeaways, self.window.session, "takeaways", id_role
            )

    def _say_what_changed(self, index: int) -> None:
        """The status bar names each edit done, undone or redone ("Merge GM into General …")."""
        stack = self.window.session.undo_stack
        try:
            done = stack.text(index - 1) if index > self._undo_index and index > 0 else ""
            undone = stack.text(index) if index < self._undo_index else ""
        except RuntimeError:  # the stack is being deleted with the window: nothing to say
            return
        if done:
            self.window.show_status(f"{done} (Ctrl+Z to undo)")
        elif undone:  # empty when the stack was cleared for another briefing
            self.window.show_status(f"Undone: {undone}")
        self._undo_index = index

    def _focus_current_tab(self) -> None:
        page = self.window.current_page()
        if page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
            page.focusNextChild()  # the tab's first control, not the tab page itself

    # -- the table in focus --------------------------------------------------------
    def active_table(self):
        """The item table the focus is in, else the current tab's first (None if it has none)."""
        from desktop.ui.widgets.item_table import ItemTable

        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, ItemTable):
                return widget
            widget = widget.parentWidget()
        page = self.window.current_page()
        tables = page.findChildren(ItemTable) if page is not None else []
        return tables[0] if tables else None

    def _on_tab(self, kind: str) -> bool:
        return self.window.tabs.currentIndex() == self.tab_index[kind]

    def run_table_command(self, name: str) -> None:
        """Run an Item menu command on the table in focus (or the takeaways, or the actions)."""
        if name in ("move_up", "move_down") and self._on_tab("takeaways"):
            if self.takeaway_reorder is not None:
                self.takeaway_reorder.move_current(-1 if name == "move_up" else +1)
                return
        if name == "move_action" and self._on_tab("phases"):
            panel = getattr(self.window.current_page(), "actions_panel", None)
            if panel is not None:
                panel.move_to_phase()
                return
        table = self.active_table()
        if name == "check_only" and table is not None:
            table.check_filter.toggle()
            return
        action = table.actions_by_name.get(name) if table is not None else None
        if action is None:
            message = _NOT_HERE.get(name, "That command is for the tables of this window.")
            self.window.show_status(message)
            return
        action.trigger()

    def copy(self) -> None:
        """Edit > Copy: the focused text box's selection, or the focused table's rows."""
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, "copy") and not isinstance(widget, QListWidget):
            widget.copy()
            return
        self.run_table_command("copy")

    # -- find ----------------------------------------------------------------------
    def go_to_hit(self, hit) -> None:
        """Show a Find hit: its row selected in its tab, or its words in the article."""
        keep_focus = self.find_bar.field.hasFocus()
        if hit.kind == "source":
            self.window.show_in_source(hit.start, hit.end)
        else:
            index = self.tab_index[hit.kind]
            page = self.window.tab(index)
            self.window.tabs.setCurrentIndex(index)
            self._select_in(page, hit.kind, hit.item_id)
        if keep_focus:
            self.find_bar.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_in(self, page: QWidget, kind: str, item_id: str) -> None:
        from desktop.ui.widgets.item_table import ItemTable

        for table in page.findChildren(ItemTable):
            if table.model.KIND == kind:
                table.select_item(item_id)
                return
        for rows in page.findChildren(QListWidget):  # the Overview's takeaways
            for row in range(rows.count()):
                item = rows.item(row)
                if item_id in (item.data(role) for role in _ID_ROLES):
                    rows.setCurrentItem(item)
                    rows.scrollToItem(item)
                    return

    def _show_find_hits(self, hits: list) -> None:
        spans = [(hit.start, hit.end) for hit in hits if hit.kind == "source"]
        source = self.window._tab_built[self.tab_index["source"]]
        if source is None and spans:
            source = self.window.source_tab
        if source is not None and hasattr(source, "show_find_hits"):
            source.show_find_hits(spans)
