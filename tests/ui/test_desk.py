"""The window as an analyst's desk: Find, tab keys wherever the focus is, the Item menu,
moving takeaways, and the unsaved mark in the title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import TAB_INDEX, MainWindow
from desktop.ui.models.base import DomainRole
from desktop.ui.widgets.item_table import ItemTable
from tests.ui.shell_fixtures import shell_environment

WAIT_MS = 20_000


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, qapp):
    prompts = shell_environment(tmp_path, monkeypatch)
    next(prompts)
    window = MainWindow()
    window.show()
    with qtbot.waitSignal(window.load_finished, timeout=WAIT_MS):
        window.start(None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.session.undo_stack.setClean()
    window.close()
    window.deleteLater()
    next(prompts, None)


def focus_table(qtbot, window, tab: str) -> ItemTable:
    window.tabs.setCurrentIndex(TAB_INDEX[tab])
    table = window.tab(TAB_INDEX[tab]).findChildren(ItemTable)[0]
    qtbot.waitUntil(table.view.isVisible)  # a tab built just now is shown by a queued call
    table.view.setFocus()
    qtbot.waitUntil(table.view.hasFocus)
    return table


def test_ctrl_f_finds_in_every_tab_and_f3_steps_through_the_hits(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "jindal")
    qtbot.waitUntil(lambda: bar.hits != [])
    kinds = [hit.kind for hit in bar.hits]
    assert "people" in kinds and kinds[-1] == "source"
    assert kinds == sorted(kinds, key=list(window.desk.tab_index).index)  # in tab order
    assert bar.summary.text().startswith(f"{len(bar.hits)} hits: ")
    assert "People 1" in bar.summary.text()
    assert bar.hit_list.count() == len(bar.hits)
    person = kinds.index("people")
    assert bar.hit_list.itemText(person) == "People: Sajjan Jindal"

    for _ in range(person + 1):  # Enter steps on, from the first hit to his row in People
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == TAB_INDEX["PeopleTab"]
    people = window.tab(TAB_INDEX["PeopleTab"]).table
    assert people.current_item().name == "Sajjan Jindal"
    assert bar.field.hasFocus()  # typing on, Enter stepping on
    bar.current = 0
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # round to the last
    last = bar.hits[-1]
    assert last.kind == "source"
    assert window.tabs.currentIndex() == TAB_INDEX["SourceTab"]
    source = window.source_tab
    assert source.selected_text().lower() == "jindal"
    assert source.text.textCursor().selectionStart() == last.start
    # Every hit in the article is marked, on top of the people, quotes and figures.
    marked = source.highlight_count()
    bar.close_bar()
    assert source.highlight_count() == marked - len(bar.source_hits())
    qtbot.keyClick(window, Qt.Key.Key_F3)  # F3 with the bar closed opens it at the next hit
    assert bar.isVisible() and bar.current == 0


def test_a_search_that_finds_nothing_says_where_it_looked(qtbot, window):
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "zzzq")
    window.find_bar.search()
    assert (
        window.find_bar.summary.text() == "No hits for \u201czzzq\u201d in any tab or the article."
    )


@pytest.mark.parametrize(
    ("keys", "step"),
    [
        ((Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier), 1),
        ((Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier), 1),
        ((Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier), -1),
        (
            (
                Qt.Key.Key_Backtab,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            ),
            -1,
        ),
    ],
)
def test_tab_keys_switch_tabs_with_a_table_focused(qtbot, window, keys, step):
    table = focus_table(qtbot, window, "QuotesTab")
    qtbot.keyClick(QApplication.focusWidget(), *keys)
    assert window.tabs.currentIndex() == TAB_INDEX["QuotesTab"] + step
    assert table.view.currentIndex().row() in (-1, 0)  # the table did not take the key


def test_ctrl_tab_also_works_from_the_article_text(qtbot, window):
    window.show_in_source(0, 4)
    qtbot.waitUntil(window.source_tab.text.hasFocus)
    qtbot.keyClick(window.source_tab.text, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0  # round the end, to the Overview


def test_item_menu_runs_on_the_table_in_focus(qtbot, window):
    table = focus_table(qtbot, window, "StrategyTab")
    phases = window.session.items("phases")
    if len(phases) < 2:
        pytest.skip("the seed has fewer than two phases")
    order = [p.id for p in phases]
    table.select_item(order[0])
    window.actions.table_commands["move_down"].trigger()
    assert [p.id for p in phases][:2] == [order[1], order[0]]
    window.session.undo_stack.undo()
    assert [p.id for p in phases] == order
    focus_table(qtbot, window, "PeopleTab")
    window.actions.table_commands["move_down"].trigger()
    assert "order is yours" in window.statusBar().currentMessage()


def test_takeaways_move_with_alt_arrows_and_undo(qtbot, window):
    overview = window.tab(TAB_INDEX["OverviewTab"])
    window.tabs.setCurrentIndex(TAB_INDEX["OverviewTab"])
    order = [t.text for t in window.session.items("takeaways")]
    assert len(order) >= 2
    overview.takeaways.setCurrentRow(0)
    overview.takeaways.setFocus()
    qtbot.waitUntil(overview.takeaways.hasFocus)
    qtbot.keyClick(overview.takeaways, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [t.text for t in window.session.items("takeaways")]
    assert moved[:2] == [order[1], order[0]]
    assert overview.takeaway_texts()[:2] == moved[:2]
    assert overview.takeaways.currentRow() == 1  # the moved takeaway stays selected
    assert window.isWindowModified()
    window.session.undo_stack.undo()
    assert [t.text for t in window.session.items("takeaways")] == order


def test_dragging_a_takeaway_moves_it(qtbot, window):
    overview = window.tab(TAB_INDEX["OverviewTab"])
    order = [t.id for t in window.session.items("takeaways")]
    # What the list does on a drop: move its row; the briefing follows.
    overview.takeaways.model().moveRows(
        overview.takeaways.rootIndex(), 0, 1, overview.takeaways.rootIndex(), 2
    )
    qtbot.waitUntil(lambda: [t.id for t in window.session.items("takeaways")] != order)
    assert [t.id for t in window.session.items("takeaways")][:2] == [order[1], order[0]]


def test_the_title_bar_shows_the_unsaved_mark(qtbot, window):
    assert not window.isWindowModified()
    assert "[*]" in window.windowTitle()
    table = focus_table(qtbot, window, "PeopleTab")
    table.select_item(window.session.items("people")[0].id)
    window.session.items("people")[0].basis = "elsewhere in the article"
    qtbot.keyClick(table.view, Qt.Key.Key_Space)  # confirm: an edit like any other
    assert window.isWindowModified()
    window.session.undo_stack.undo()
    assert not window.isWindowModified()


def test_the_status_bar_names_each_edit_and_its_undo(qtbot, window):
    table = focus_table(qtbot, window, "StrategyTab")
    table.select_item(window.session.items("phases")[0].id)
    qtbot.keyClick(table.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.statusBar().currentMessage() == "Move phase (Ctrl+Z to undo)"
    window.session.undo_stack.undo()
    assert window.statusBar().currentMessage() == "Undone: Move phase"


def test_escape_closes_the_find_bar_from_its_hit_list(qtbot, window):
    bar = window.find_bar
    bar.open_bar()
    qtbot.keyClicks(bar.field, "calb")
    bar.search()
    bar.hit_list.setFocus()
    qtbot.waitUntil(bar.hit_list.hasFocus)
    qtbot.keyClick(bar.hit_list, Qt.Key.Key_Escape)
    assert bar.isHidden()
    assert not bar.isAncestorOf(QApplication.focusWidget())


def test_the_status_bar_counts_what_needs_checking_and_goes_there(qtbot, window):
    from desktop.ui.commands import SetConfirmed

    session = window.session
    for kind in ("people", "quotes", "phases", "figures", "organisations", "relationships"):
        for item in session.items(kind):  # as if all were read directly
            item.basis, item.confirmed = None, False
    quotes = session.items("quotes")
    quotes[1].basis = quotes[3].basis = "pronoun"
    session.notify("quotes")
    button = window.desk.to_check
    assert button.text() == "2 to check" and not button.isHidden()
    qtbot.keyClick(
        window,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentIndex() == TAB_INDEX["QuotesTab"]
    table = window.tab(TAB_INDEX["QuotesTab"]).table
    assert table.check_filter.isChecked()
    assert [table.proxy.index(r, 0).data(DomainRole).id for r in range(table.proxy.rowCount())] == [
        quotes[1].id,
        quotes[3].id,
    ]
    session.undo_stack.push(SetConfirmed(session, "quotes", [quotes[1].id, quotes[3].id]))
    assert button.isHidden()
