"""The Market figures tab on the seed: kind filter, jump to a figure, charts that follow edits."""

import importlib.util

import pytest

from desktop.extraction import analyze_text
from desktop.ui.commands import EditField
from desktop.ui.models.figures_model import FiguresModel
from desktop.ui.session import Session
from desktop.ui.tabs.figures_tab import FiguresTab

HAVE_CHARTS = importlib.util.find_spec("desktop.charts") is not None


@pytest.fixture
def tab(qtbot, seed_text):
    widget = FiguresTab(Session(analyze_text(seed_text)))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def shown_texts(tab):
    proxy = tab.table.proxy
    return [proxy.index(r, FiguresModel.COL_TEXT).data() for r in range(proxy.rowCount())]


def test_filter_by_kind(tab):
    assert len(shown_texts(tab)) == 13
    tab.set_kind("money")
    assert shown_texts(tab) == ["more than 50 billion rupees", "$563 million"]
    assert tab.kind_filter.currentText() == "money (2)"
    tab.set_kind(None)
    assert len(shown_texts(tab)) == 13


def test_kind_filter_keeps_its_choice_across_edits(tab):
    tab.set_kind("money")
    dollars = tab.session.items("figures")[5]
    tab.session.undo_stack.push(EditField(tab.session, "figures", dollars.id, "about", "capex"))
    assert tab.kind_filter.currentData() == "money"
    assert len(shown_texts(tab)) == 2


def test_show_in_source_carries_the_figures_span(tab, qtbot, seed_text):
    tab.set_kind("multiple")
    tab.table.view.setCurrentIndex(tab.table.proxy.index(0, 0))
    with qtbot.waitSignal(tab.source_requested) as blocker:
        tab.table.show_source()
    start, end = blocker.args
    assert seed_text[start:end] == "19 times"


@pytest.mark.skipif(not HAVE_CHARTS, reason="desktop.charts is not there yet")
def test_charts_drawn_on_show_and_refreshed_when_figures_change(tab, qtbot):
    tab.show()
    money = tab.chart_views["money"]
    qtbot.waitUntil(lambda: money.figure is not None)
    assert tab.chart_views["growth"].figure is not None
    assert tab.chart_views["ranks"].figure is not None
    before = money.figure
    rupees = tab.session.items("figures")[4]
    tab.session.undo_stack.push(EditField(tab.session, "figures", rupees.id, "value", 60e9))
    qtbot.waitUntil(lambda: money.figure is not before)


def test_no_chartable_figures_shows_a_note(qtbot):
    session = Session(analyze_text("Voters went to the polls on Sunday."))
    tab = FiguresTab(session)
    qtbot.addWidget(tab)
    tab.refresh_charts()
    assert tab.charts_box.currentWidget() is tab.no_charts


def test_a_figure_is_pinned_to_page_one_and_unpinned_with_undo(tab):
    session, briefing = tab.session, tab.session.briefing
    before = list(briefing.key_figures)
    percent = next(
        f
        for f in session.items("figures")
        if f.kind in ("percent", "multiple") and f.id not in before
    )
    tab.table.select_item(percent.id)
    assert tab.pin_button.text() == "&Pin to page one"
    assert len(before) < 4  # room for one more
    tab.toggle_pin()
    assert briefing.key_figures[-1] == percent.id and percent.headline and percent.edited
    assert tab.pin_button.text() == "Un&pin from page one"
    session.undo_stack.undo()
    assert percent.id not in briefing.key_figures and not percent.headline
