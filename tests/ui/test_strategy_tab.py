"""The Strategy tab on the seed: three phases in order, their timeline, and show in source."""

import importlib.util

import pytest

from desktop.extraction import analyze_text
from desktop.ui.models.phases_model import PhasesModel
from desktop.ui.session import Session
from desktop.ui.tabs.strategy_tab import StrategyTab

HAVE_CHARTS = importlib.util.find_spec("desktop.charts.timeline") is not None


@pytest.fixture
def tab(qtbot, seed_text):
    widget = StrategyTab(Session(analyze_text(seed_text)))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def titles(tab):
    proxy = tab.table.proxy
    return [proxy.index(r, PhasesModel.COL_TITLE).data() for r in range(proxy.rowCount())]


def test_three_phases_in_order(tab):
    assert titles(tab) == [
        "Importing cells from its Chinese partner",
        "Supply to other automakers",
        "Design and develop lithium-ion cells in India",
    ]


@pytest.mark.skipif(not HAVE_CHARTS, reason="desktop.charts is not there yet")
def test_timeline_is_drawn_when_shown_and_redrawn_after_an_edit(tab, qtbot):
    assert tab.chart.figure is None  # nothing drawn before the tab is on show
    tab.show()
    qtbot.waitUntil(lambda: tab.chart.figure is not None)
    first = tab.chart.figure
    tab.model.setData(tab.model.index(0, PhasesModel.COL_TITLE), "Import cells")
    qtbot.waitUntil(lambda: tab.chart.figure is not first)


def test_no_phases_shows_a_note_instead_of_a_chart(qtbot):
    session = Session(analyze_text("Voters went to the polls on Sunday. Turnout was 58%."))
    tab = StrategyTab(session)
    qtbot.addWidget(tab)
    tab.refresh_chart()
    assert tab.chart.figure is None
    assert "No phased plan" in tab.chart.placeholder.text()


def test_show_in_source_for_a_phase(tab, qtbot, seed_text):
    tab.table.select_item(tab.session.items("phases")[1].id)
    with qtbot.waitSignal(tab.source_requested) as blocker:
        tab.table.show_source()
    start, end = blocker.args
    assert "supply to other automakers" in seed_text[start:end]
