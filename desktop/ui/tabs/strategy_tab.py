"""The Strategy tab: the plan's phases on a timeline chart, and each phase's actions beneath."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.domain import Phase
from desktop.ui.models.phases_model import PhasesModel
from desktop.ui.session import Session
from desktop.ui.widgets.actions_panel import ActionsPanel
from desktop.ui.widgets.chart_view import ChartView
from desktop.ui.widgets.item_table import ItemTable, new_item_id

log = logging.getLogger(__name__)

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
NOTE_HEIGHT = 60
NO_PHASES = "No phased plan in this article: add phases below to chart one."


class StrategyTab(QWidget):
    """A timeline of the phases above an editable table of phases and their actions.

    The table, rather than a phase -> action tree, keeps editing, undo, add/delete, search
    and Show in source the same as every other tab; the actions cell lists one action per
    line, so a phase still reads as a list.

    Signals:
        source_requested(int, int): show this span of the article in the Source tab.
    """

    TITLE = "Strategy"
    source_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._chart_stale = True

        self.chart = ChartView(self)
        self.chart.setMinimumHeight(NOTE_HEIGHT)
        self.model = PhasesModel(session, self)
        self.table = ItemTable(
            self.model,
            new_item=lambda: Phase(id=new_item_id("phase"), title="New phase"),
            search_placeholder="Search phases and actions",
            parent=self,
        )
        view = self.table.view
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (PhasesModel.COL_TITLE, 300),
            (PhasesModel.COL_HORIZON, 190),
            (PhasesModel.COL_ORGANISATION, 150),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Each row as tall as its wrapped actions, whatever the column widths become.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.source_requested.connect(self.source_requested)

        label = QLabel("&Phases and actions (double-click to edit; separate actions with ;)")
        label.setBuddy(view)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(label)
        # The selected phase's actions, to reorder or move to another phase (desk's widget).
        self.actions_panel = ActionsPanel(session, lower)
        self.table.current_item_changed.connect(self.actions_panel.show_phase)
        self.model.modelReset.connect(self._select_first_if_none)
        beside = QSplitter(Qt.Orientation.Horizontal, lower)
        beside.setChildrenCollapsible(False)
        beside.addWidget(self.table)
        beside.addWidget(self.actions_panel)
        beside.setStretchFactor(0, 2)
        beside.setStretchFactor(1, 1)
        beside.setSizes([800, 340])
        lower_layout.addWidget(beside, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        session.briefing_replaced.connect(self._phases_changed)
        self._select_first_if_none()
        session.items_changed.connect(self._on_items_changed)

    def _select_first_if_none(self) -> None:
        # The actions panel shows the current phase: open on the first, not on nothing.
        if self.table.current_item() is None and self.model.rowCount():
            self.table.view.setCurrentIndex(self.table.proxy.index(0, 0))

    # -- chart -----------------------------------------------------------------
    def _on_items_changed(self, kind: str) -> None:
        if kind == "phases":
            self._phases_changed()

    def _phases_changed(self) -> None:
        # Drawn when the tab is on show, so a briefing opens without waiting for matplotlib.
        self._chart_stale = True
        if self.isVisible():
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._chart_stale:
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._phases_changed()  # light <-> dark: redraw in the new colours

    def _refresh_if_stale(self) -> None:
        if self._chart_stale:
            self.refresh_chart()

    def is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def refresh_chart(self) -> None:
        """Draw the timeline of the current phases now."""
        self._chart_stale = False
        phases = self.session.items("phases")
        figure = None
        if phases:
            try:
                from desktop.charts.timeline import phase_timeline

                briefing = self.session.briefing
                figure = phase_timeline(
                    phases,
                    self.is_dark(),
                    now_year=self._article_year(),
                    published=briefing.article.published if briefing else None,
                )
            except Exception:  # a chart that fails must not take the tab with it
                log.exception("could not draw the phase timeline")
        self.chart.set_figure(figure, empty_text=NO_PHASES)
        # A note needs a line, not the chart's half of the tab.
        self.chart.setMaximumHeight(QWIDGETSIZE_MAX if figure is not None else NOTE_HEIGHT)

    def _article_year(self) -> int | None:
        briefing = self.session.briefing
        match = re.match(r"(\d{4})", (briefing.article.published or "") if briefing else "")
        return int(match.group(1)) if match else None
