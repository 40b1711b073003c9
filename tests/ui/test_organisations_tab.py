"""The Organisations tab: both tables, add and delete, and a diagram that follows the edits."""

import pytest

from desktop import charts
from desktop.extraction import analyze_text
from desktop.ui.models.relationships_model import RelationshipsModel
from desktop.ui.session import Session
from desktop.ui.tabs.organisations_tab import NO_TIES, OrganisationsTab


@pytest.fixture
def drawn(monkeypatch):
    """Record each diagram the tab asks for (and still draw it)."""
    calls = []
    real = charts.relationship_diagram

    def spy(organisations, relationships, **kwargs):
        calls.append([(r.source, r.target, r.kind) for r in relationships])
        return real(organisations, relationships, **kwargs)

    monkeypatch.setattr(charts, "relationship_diagram", spy)
    return calls


@pytest.fixture
def tab(qtbot, seed_text):
    widget = OrganisationsTab(Session(analyze_text(seed_text)))
    qtbot.addWidget(widget)
    return widget


def test_tables_show_the_seed(tab):
    assert tab.organisations.proxy.rowCount() == 9
    assert tab.relationships.proxy.rowCount() == 4
    proxy = tab.relationships.proxy
    assert proxy.index(0, RelationshipsModel.COL_TERMS).data() == "20-year"


def test_diagram_is_drawn_when_shown_and_redrawn_after_an_edit(tab, qtbot, drawn):
    assert drawn == []  # nothing is drawn (nor matplotlib loaded) before the tab is seen
    tab.show()
    qtbot.waitUntil(lambda: len(drawn) == 1)
    assert drawn[0][0] == ("Ashok Leyland Ltd.", "CALB Group Co.", "agreement")
    assert tab.diagram.figure is not None
    model = tab.relationships_model
    assert model.setData(model.index(2, RelationshipsModel.COL_KIND), "deal")
    qtbot.waitUntil(lambda: len(drawn) == 2)
    assert drawn[1][2] == ("Gautam Adani", "BYD", "deal")
    tab.session.undo_stack.undo()
    qtbot.waitUntil(lambda: len(drawn) == 3)
    assert drawn[2][2] == ("Gautam Adani", "BYD", "talks")


def test_deleting_every_relationship_leaves_a_note_and_undo_brings_them_back(tab, qtbot, drawn):
    tab.show()
    qtbot.waitUntil(lambda: len(drawn) == 1)
    tab.relationships.view.selectAll()
    tab.relationships.delete()
    qtbot.waitUntil(lambda: tab.diagram.figure is None)
    assert tab.diagram.placeholder.text() == NO_TIES
    tab.session.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.diagram.figure is not None)
    assert tab.relationships.proxy.rowCount() == 4


def test_add_organisation_and_relationship(tab):
    session = tab.session
    tab.organisations.add_item()
    assert session.items("organisations")[-1].name == "New organisation"
    tab.organisations.select_item(session.items("organisations")[1].id)
    tab.relationships.add_item()
    added = session.items("relationships")[-1]
    assert (added.source, added.target, added.edited) == (
        "CALB Group Co.",
        "Ashok Leyland Ltd.",
        True,
    )


def test_show_in_source_from_the_organisations_table(tab, qtbot, seed_text):
    organisation = tab.session.items("organisations")[1]
    tab.organisations.select_item(organisation.id)
    with qtbot.waitSignal(tab.source_requested) as blocker:
        tab.organisations.show_source()
    start, end = blocker.args
    assert seed_text[start:end] == "CALB Group Co"  # the engine's span leaves out the "."


def test_a_party_is_chosen_from_organisations_and_people_or_typed(tab, qtbot):
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = tab.relationships.view
    index = tab.relationships.proxy.index(2, RelationshipsModel.COL_SOURCE)
    delegate = view.itemDelegateForColumn(RelationshipsModel.COL_SOURCE)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    qtbot.addWidget(editor)
    choices = [editor.itemText(i) for i in range(editor.count())]
    assert choices[0] == "Ashok Leyland Ltd." and "Gautam Adani" in choices
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "Gautam Adani"
    editor.setEditText("Adani Group")
    delegate.setModelData(editor, tab.relationships.proxy, index)
    assert tab.session.items("relationships")[2].source == "Adani Group"
    tab.session.undo_stack.undo()
    assert tab.session.items("relationships")[2].source == "Gautam Adani"
