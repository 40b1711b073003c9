"""The Organisations tab: the organisations, the ties between them, and a diagram of those ties."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.domain import Organisation, Relationship
from desktop.ui.models.organisations_model import ORGANISATION_KINDS, OrganisationsModel
from desktop.ui.models.relationships_model import RELATIONSHIP_KINDS, RelationshipsModel
from desktop.ui.session import Session
from desktop.ui.widgets.column_layout import fit_columns
from desktop.ui.widgets.delegates import ChoiceDelegate
from desktop.ui.widgets.item_table import ItemTable, new_item_id

log = logging.getLogger(__name__)

NO_TIES = "No relationships between organisations in this briefing."
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
NOTE_HEIGHT = 60  # the diagram's note, when there is nothing to draw


def _titled(title: str, table: ItemTable, parent: QWidget) -> QWidget:
    """A table under a label whose mnemonic moves the focus into it."""
    box = QWidget(parent)
    label = QLabel(title, box)
    label.setBuddy(table.view)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(table, 1)
    return box


class OrganisationsTab(QWidget):
    """Organisations and relationships tables side by side, the diagram beneath.

    Signals:
        source_requested(int, int): show this span of the article in the Source tab.
    """

    TITLE = "Organisations"
    source_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.organisations_model = OrganisationsModel(session, self)
        self.organisations = ItemTable(
            self.organisations_model,
            new_item=lambda: Organisation(id=new_item_id("org"), name="New organisation"),
            search_placeholder="Search organisations",
            parent=self,
        )
        fit_columns(
            self.organisations.view,
            stretch=OrganisationsModel.COL_NAME,
            widths={
                OrganisationsModel.COL_KIND: 100,
                OrganisationsModel.COL_ALIASES: 150,
                OrganisationsModel.COL_MENTIONS: 80,
            },
        )
        self.organisations.view.setItemDelegateForColumn(
            OrganisationsModel.COL_KIND,
            ChoiceDelegate(lambda: ORGANISATION_KINDS, editable=True, parent=self),
        )

        self.relationships_model = RelationshipsModel(session, self)
        self.relationships = ItemTable(
            self.relationships_model,
            new_item=self._new_relationship,
            search_placeholder="Search relationships",
            parent=self,
        )
        fit_columns(
            self.relationships.view,
            stretch=RelationshipsModel.COL_TERMS,
            widths={
                RelationshipsModel.COL_SOURCE: 150,
                RelationshipsModel.COL_TARGET: 150,
                RelationshipsModel.COL_KIND: 95,
            },
        )
        party = ChoiceDelegate(self.party_choices, editable=True, parent=self)
        for column in (RelationshipsModel.COL_SOURCE, RelationshipsModel.COL_TARGET):
            self.relationships.view.setItemDelegateForColumn(column, party)
        self.relationships.view.setItemDelegateForColumn(
            RelationshipsModel.COL_KIND,
            ChoiceDelegate(lambda: RELATIONSHIP_KINDS, editable=True, parent=self),
        )
        for table in (self.organisations, self.relationships):
            table.source_requested.connect(self.source_requested)

        # The organisations are the longest list: they take the full height on the left. The
        # relationships (often a handful) sit above their diagram, each pane sized to its rows.
        self.diagram = self._make_diagram_view()
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.setChildrenCollapsible(False)
        self.right.addWidget(_titled("&Relationships", self.relationships, self.right))
        self.right.addWidget(self.diagram)
        self.right.setStretchFactor(0, 0)
        self.right.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(_titled("&Organisations", self.organisations, self.splitter))
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([500, 750])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.organisations, self.relationships)

        # Drawing imports matplotlib: do it when the tab is seen, once per burst of edits.
        self._diagram_stale = True
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self.refresh_diagram)
        session.briefing_replaced.connect(self._diagram_changed)
        session.items_changed.connect(self._on_items_changed)

    def _make_diagram_view(self) -> QWidget:
        try:
            from desktop.ui.widgets.chart_view import ChartView
        except ImportError:  # the chart view is optional: the tables still work without it
            log.warning("no chart view: the relationship diagram is not shown")
            label = QLabel("The relationship diagram is not available.", self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        return ChartView(self)

    def party_choices(self) -> list[str]:
        """Organisations first, then people: a person can be a party too (a tycoon in talks)."""
        return [o.name for o in self.session.items("organisations")] + [
            p.name for p in self.session.items("people")
        ]

    def _new_relationship(self) -> Relationship:
        names = [o.name for o in self.session.items("organisations")]
        current = self.organisations.current_item()
        source = current.name if current is not None else (names[0] if names else "Organisation")
        target = next((n for n in names if n != source), "Organisation")
        return Relationship(id=new_item_id("relationship"), source=source, target=target)

    def _on_items_changed(self, kind: str) -> None:
        if kind in ("relationships", "organisations"):
            self._diagram_changed()

    def _fit_panes(self) -> None:
        """The relationships table as tall as its rows (within reason); the diagram the rest,
        or a line for its note when there is nothing to draw."""
        view = self.relationships.view
        rows = self.relationships_model.rowCount()
        rows_height = sum(view.rowHeight(r) for r in range(rows)) if rows else 3 * 24
        chrome = self.relationships.height() - view.viewport().height()
        wanted = chrome + rows_height + view.horizontalHeader().height() + 32
        total = max(self.right.height(), 1)
        has_diagram = bool(rows)
        self.diagram.setMaximumHeight(QWIDGETSIZE_MAX if has_diagram else NOTE_HEIGHT)
        table = min(wanted, total * 2 // 3) if has_diagram else total - NOTE_HEIGHT
        self.right.setSizes([max(table, 120), max(total - table, NOTE_HEIGHT)])

    def _diagram_changed(self) -> None:
        self._diagram_stale = True
        if self.isVisible():
            self._redraw_timer.start()

    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._diagram_changed()  # the diagram is drawn for a light or a dark background

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._diagram_stale:
            self._redraw_timer.start()
        QTimer.singleShot(0, self, self._fit_panes)

    def refresh_diagram(self) -> None:
        """Draw the relationships again from the briefing as it is now."""
        self._diagram_stale = False
        self._fit_panes()
        set_figure = getattr(self.diagram, "set_figure", None)
        if set_figure is None:
            return
        relationships = list(self.session.items("relationships"))
        if not relationships:
            set_figure(None, empty_text=NO_TIES)
            return
        try:
            from desktop import charts

            figure = charts.relationship_diagram(
                list(self.session.items("organisations")), relationships, dark=self._is_dark()
            )
        except Exception:  # a chart that fails must not take the tab down with it
            log.exception("the relationship diagram could not be drawn")
            set_figure(None, empty_text="The relationship diagram could not be drawn.")
            return
        set_figure(figure, empty_text=NO_TIES)
