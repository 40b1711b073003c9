"""The People tab: everyone named, and beneath the table what the selected person said."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Person
from desktop.domain.headlines import counted
from desktop.ui.models.people_model import PeopleModel
from desktop.ui.models.quotes_model import quoted
from desktop.ui.session import Session
from desktop.ui.widgets.column_layout import fit_columns
from desktop.ui.widgets.item_table import ItemTable, new_item_id

# Direct words first: they are what a briefing quotes; reported speech is context.
_KIND_ORDER = {"direct": 0, "partial": 1, "reported": 2}
SpanRole = Qt.ItemDataRole.UserRole + 1  # (start, end) of a quote in the list


class PeopleTab(QWidget):
    """The people table, and the quotes of the selected person.

    Signals:
        source_requested(int, int): show this span of the article in the Source tab.
    """

    TITLE = "People"
    source_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = PeopleModel(session, self)
        self.table = ItemTable(
            self.model,
            new_item=lambda: Person(id=new_item_id("person"), name="New person"),
            search_placeholder="Search people, roles, organisations",
            parent=self,
        )
        fit_columns(
            self.table.view,
            stretch=PeopleModel.COL_ROLE,
            widths={
                PeopleModel.COL_NAME: 180,
                PeopleModel.COL_ORGANISATION: 200,
                PeopleModel.COL_QUOTES: 80,
                PeopleModel.COL_MENTIONS: 90,
                PeopleModel.COL_ALIASES: 220,
            },
        )
        self.table.source_requested.connect(self.source_requested)
        self.table.current_item_changed.connect(self.show_quotes_of)

        self.quotes_label = QLabel(self)
        self.quotes_list = QListWidget(self)
        self.quotes_list.setWordWrap(True)
        self.quotes_list.setAlternatingRowColors(True)
        self.quotes_list.setSpacing(2)
        self.quotes_list.setToolTip("Double-click or press Enter to see the quote in the article")
        self.quotes_list.itemActivated.connect(self._on_quote_activated)
        self.quotes_label.setBuddy(self.quotes_list)

        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.quotes_label)
        panel_layout.addWidget(self.quotes_list, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.table, self.quotes_list)

        session.items_changed.connect(self._on_items_changed)
        session.briefing_replaced.connect(self._refresh_quotes)
        self.model.modelReset.connect(self._select_first_if_none)
        self._select_first_if_none()
        self._refresh_quotes()

    def _select_first_if_none(self) -> None:
        # The panel beneath is the point of the tab: open on the first person, not on nothing.
        if self.table.current_item() is None and self.model.rowCount():
            self.table.view.setCurrentIndex(self.table.proxy.index(0, 0))

    def _on_items_changed(self, kind: str) -> None:
        if kind in ("quotes", "people"):
            self._refresh_quotes()

    def _refresh_quotes(self) -> None:
        self.show_quotes_of(self.table.current_item())

    def show_quotes_of(self, person: Person | None) -> None:
        """Fill the panel with what person said, direct quotes first."""
        self.quotes_list.clear()
        if person is None:
            self.quotes_label.setText("What they sa&id: select a person above")
            return
        briefing = self.session.briefing
        quotes = briefing.quotes_by(person.name) if briefing is not None else []
        quotes.sort(
            key=lambda q: _KIND_ORDER.get(q.kind, len(_KIND_ORDER))
        )  # stable: article order
        count = counted(len(quotes), "quote")
        self.quotes_label.setText(f"What {person.name} sa&id ({count})")
        for quote in quotes:
            item = QListWidgetItem(f"{quote.kind}: {quoted(quote)}", self.quotes_list)
            span = quote.first_span
            if span is not None:
                item.setData(SpanRole, (span.start, span.end))
            if quote.kind == "direct":
                font = QFont(self.quotes_list.font())
                font.setBold(True)
                item.setFont(font)
        if not quotes:
            QListWidgetItem("No quotes attributed to this person.", self.quotes_list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )

    def _on_quote_activated(self, item: QListWidgetItem) -> None:
        span = item.data(SpanRole)
        if span:
            self.source_requested.emit(*span)
