"""The Market figures tab: every number in a table, filtered by kind, and charts beneath it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Figure
from desktop.domain.model import FIGURE_KINDS
from desktop.ui.models.figures_model import FiguresModel
from desktop.ui.page_one_commands import PAGE_ONE, pin, unpin
from desktop.ui.session import Session
from desktop.ui.widgets.chart_view import ChartView
from desktop.ui.widgets.column_layout import fit_columns
from desktop.ui.widgets.delegates import ChoiceDelegate
from desktop.ui.widgets.item_table import ItemTable, new_item_id

log = logging.getLogger(__name__)

ALL_KINDS = "All kinds"
# (name, builder in desktop.charts, tab label): where a picture says more than the rows.
CHARTS = (
    ("money", "investment_chart", "&Investment"),
    ("growth", "growth_chart", "&Growth"),
    ("ranks", "rank_chart", "&Ranks"),
)
NO_CHARTS = "Nothing here to chart: no money, growth or rankings among the figures."


class FiguresTab(QWidget):
    """The figures table with a kind filter above a row of the charts that have something to show.

    Signals:
        source_requested(int, int): show this span of the article in the Source tab.
    """

    TITLE = "Market figures"
    source_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._charts_stale = True

        self.model = FiguresModel(session, self)
        self.table = ItemTable(
            self.model,
            new_item=lambda: Figure(id=new_item_id("figure"), text="New figure", kind="count"),
            search_placeholder="Search figures",
            parent=self,
        )
        view = self.table.view
        fit_columns(
            view,
            stretch=FiguresModel.COL_ABOUT,
            widths={
                FiguresModel.COL_TEXT: 170,
                FiguresModel.COL_KIND: 70,
                FiguresModel.COL_VALUE: 110,
                FiguresModel.COL_VALUE_MAX: 55,
                FiguresModel.COL_UNIT: 50,
                FiguresModel.COL_QUALIFIER: 70,
                FiguresModel.COL_DIRECTION: 64,
                FiguresModel.COL_PERIOD: 80,
                FiguresModel.COL_HEADLINE: 40,
                FiguresModel.COL_CONVERSION: 100,
            },
        )
        view.setItemDelegateForColumn(
            FiguresModel.COL_KIND, ChoiceDelegate(lambda: FIGURE_KINDS, parent=self)
        )
        self.table.source_requested.connect(self.source_requested)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_filter.currentIndexChanged.connect(self._apply_kind_filter)
        kind_label = QLabel("Show &kind:", self)
        kind_label.setBuddy(self.kind_filter)
        self.pin_button = QToolButton(self)
        self.pin_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.pin_button.clicked.connect(self.toggle_pin)
        self.table.current_item_changed.connect(self._update_pin_button)
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(kind_label)
        filter_bar.addWidget(self.kind_filter)
        filter_bar.addStretch(1)
        filter_bar.addWidget(self.pin_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(filter_bar)
        upper_layout.addWidget(self.table, 1)

        # One chart at a time at full width: the builders draw for about 8 x 4 inches, and
        # three side by side at 1280 pixels cut their labels.
        self.chart_tabs = QTabWidget(self)
        self.chart_tabs.setDocumentMode(True)
        self.chart_views: dict[str, ChartView] = {}
        for name, _builder, label in CHARTS:
            chart = ChartView(self.chart_tabs)
            chart.setAccessibleName(label.replace("&", "") + " chart")
            chart.setMinimumHeight(200)
            self.chart_tabs.addTab(chart, label)
            self.chart_views[name] = chart
        self.no_charts = QLabel(NO_CHARTS, self)
        self.no_charts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_charts.setWordWrap(True)
        self.no_charts.setEnabled(False)  # the palette's grey, like ChartView's note
        self.charts_box = QStackedWidget(self)
        self.charts_box.addWidget(self.chart_tabs)
        self.charts_box.addWidget(self.no_charts)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.charts_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        session.briefing_replaced.connect(self._figures_changed)
        session.briefing_replaced.connect(self._update_pin_button)
        session.items_changed.connect(self._on_items_changed)
        self._fill_kinds()
        self._update_pin_button()

    # -- kind filter -----------------------------------------------------------
    def _fill_kinds(self) -> None:
        """The kinds present, with how many of each; keeps the chosen kind if it remains."""
        chosen = self.kind_filter.currentData()
        figures = self.session.items("figures")
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(f"{ALL_KINDS} ({len(figures)})", None)
        for kind in FIGURE_KINDS:
            count = sum(1 for f in figures if f.kind == kind)
            if count:
                self.kind_filter.addItem(f"{kind} ({count})", kind)
        row = self.kind_filter.findData(chosen) if chosen else 0
        self.kind_filter.setCurrentIndex(max(row, 0))
        self.kind_filter.blockSignals(False)
        self._apply_kind_filter()

    def set_kind(self, kind: str | None) -> None:
        """Show only figures of one kind ("money" ...), or all of them for None."""
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind), 0))

    def _apply_kind_filter(self) -> None:
        kind = self.kind_filter.currentData()
        self.table.proxy.set_extra_filter(None if kind is None else (lambda f: f.kind == kind))

    # -- page one --------------------------------------------------------------
    def toggle_pin(self) -> None:
        """Pin the chosen figure to page one's key figures, or unpin it (undoable)."""
        figure = self.table.current_item()
        if figure is None or self.session.briefing is None:
            return
        pinned = figure.id in self.session.briefing.key_figures
        command = (unpin if pinned else pin)(self.session, figure.id)
        if command is not None:
            self.session.undo_stack.push(command)
        else:
            self.session.edit_refused.emit("Page one holds four key figures: unpin one first.")

    def _update_pin_button(self, *_args) -> None:
        figure = self.table.current_item()
        briefing = self.session.briefing
        pinned = figure is not None and briefing is not None and figure.id in briefing.key_figures
        self.pin_button.setText("Un&pin from page one" if pinned else "&Pin to page one")
        self.pin_button.setToolTip("Key figures are the cards on the Overview and on page one")
        self.pin_button.setEnabled(figure is not None)

    # -- charts ----------------------------------------------------------------
    def _on_items_changed(self, kind: str) -> None:
        if kind == "figures":
            self._figures_changed()
        if kind in ("figures", PAGE_ONE):
            self._update_pin_button()

    def _figures_changed(self) -> None:
        self._fill_kinds()
        # Drawn when the tab is on show, so a briefing opens without waiting for matplotlib.
        self._charts_stale = True
        if self.isVisible():
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._charts_stale:
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._charts_stale = True  # light <-> dark: redraw in the new colours
            if self.isVisible():
                QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._charts_stale:
            self.refresh_charts()

    def is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def refresh_charts(self) -> None:
        """Draw the charts for the current figures now; hide those with nothing to show."""
        self._charts_stale = False
        figures = self.session.items("figures")
        shown = 0
        for name, builder_name, _tip in CHARTS:
            figure = None
            if figures:
                try:
                    import desktop.charts as charts

                    figure = getattr(charts, builder_name)(figures, self.is_dark())
                except Exception:  # a chart that fails must not take the tab with it
                    log.exception("could not draw the %s chart", name)
            view = self.chart_views[name]
            view.set_figure(figure)
            self.chart_tabs.setTabVisible(self.chart_tabs.indexOf(view), figure is not None)
            shown += figure is not None
        self.charts_box.setCurrentWidget(self.chart_tabs if shown else self.no_charts)
