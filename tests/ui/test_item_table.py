"""The shared item table: sort, filter, add and delete as undo commands, jump to source."""

import pytest
from PySide6.QtCore import Qt

from desktop.domain import Person
from desktop.extraction import analyze_text
from desktop.ui.models.people_model import PeopleModel
from desktop.ui.session import Session
from desktop.ui.widgets.item_table import ItemTable, new_item_id


@pytest.fixture
def table(qtbot, seed_text):
    session = Session(analyze_text(seed_text))
    widget = ItemTable(
        PeopleModel(session), new_item=lambda: Person(id=new_item_id("person"), name="New person")
    )
    qtbot.addWidget(widget)
    return widget


def names(table):
    proxy = table.proxy
    return [proxy.index(r, PeopleModel.COL_NAME).data() for r in range(proxy.rowCount())]


def test_search_filters_rows(table):
    table.search.setText("jindal")
    assert names(table) == ["Sajjan Jindal"]


def test_sort_by_mentions_sorts_numbers(table):
    table.view.sortByColumn(PeopleModel.COL_MENTIONS, Qt.SortOrder.DescendingOrder)
    assert names(table)[0] == "Shenu Agarwal"


def test_add_and_delete_are_undoable(table):
    session = table.session
    table.add_item()
    assert names(table)[-1] == "New person"
    assert session.items("people")[-1].edited
    table.select_item(session.items("people")[-1].id)
    table.delete()
    assert "New person" not in names(table)
    session.undo_stack.undo()
    assert "New person" in names(table)
    session.undo_stack.undo()
    assert len(names(table)) == 6


def test_show_in_source_emits_the_evidence_span(table, qtbot, seed_text):
    table.select_item(table.session.items("people")[0].id)
    with qtbot.waitSignal(table.source_requested) as blocker:
        table.show_source()
    start, end = blocker.args
    assert seed_text[start:end] == "Shenu Agarwal"
