"""The Quotes tab: speaker and kind filters, the speaker chosen from the people, jump to source."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from desktop.extraction import analyze_text
from desktop.ui.commands import EditField
from desktop.ui.models.quotes_model import QuotesModel
from desktop.ui.session import Session
from desktop.ui.tabs.quotes_tab import QuotesTab


@pytest.fixture
def tab(qtbot, seed_text):
    widget = QuotesTab(Session(analyze_text(seed_text)))
    qtbot.addWidget(widget)
    return widget


def shown(tab, column):
    proxy = tab.table.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_filter_by_speaker(tab):
    tab.set_speaker_filter("Komal Kareer")
    assert shown(tab, QuotesModel.COL_SPEAKER) == ["Komal Kareer", "Komal Kareer"]
    assert tab.count_label.text() == "2 of 13 quotes"
    tab.set_speaker_filter(None)
    assert len(shown(tab, QuotesModel.COL_SPEAKER)) == 13


def test_filter_by_kind_and_speaker_combine_with_search(tab):
    tab.set_kind_filter("direct")
    assert shown(tab, QuotesModel.COL_KIND) == ["direct"] * 3
    tab.set_speaker_filter("Shenu Agarwal")
    assert len(shown(tab, QuotesModel.COL_TEXT)) == 2
    tab.table.search.setText("process")
    texts = shown(tab, QuotesModel.COL_TEXT)
    assert texts == ["\u201cProcess is even more important than technology in the beginning\u201d"]


def test_speaker_filter_offers_all_the_people(tab):
    combo = tab.speaker_filter
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "All" and labels[-1] == "Unknown speaker"
    assert labels[1:-1] == [p.name for p in tab.session.items("people")]


def test_changing_a_speaker_is_undoable(tab):
    session = tab.session
    tab.set_speaker_filter("Komal Kareer")
    index = tab.table.proxy.index(0, QuotesModel.COL_SPEAKER)
    assert tab.table.proxy.setData(index, "Narendra Modi")
    assert len(shown(tab, QuotesModel.COL_TEXT)) == 1  # it left Komal Kareer's quotes
    assert session.items("quotes")[4].speaker == "Narendra Modi"
    session.undo_stack.undo()
    assert session.items("quotes")[4].speaker == "Komal Kareer"
    assert len(shown(tab, QuotesModel.COL_TEXT)) == 2


def test_the_speaker_filter_follows_a_renamed_person(tab):
    session = tab.session
    tab.set_speaker_filter("Komal Kareer")
    komal = session.briefing.person_named("Komal Kareer")
    session.undo_stack.push(EditField(session, "people", komal.id, "name", "Komal Karer"))
    assert tab.speaker_filter.currentText() == "Komal Karer"
    assert shown(tab, QuotesModel.COL_SPEAKER) == ["Komal Karer", "Komal Karer"]
    assert tab.count_label.text() == "2 of 13 quotes"
    session.undo_stack.undo()
    assert tab.speaker_filter.currentText() == "Komal Kareer"
    assert shown(tab, QuotesModel.COL_SPEAKER) == ["Komal Kareer", "Komal Kareer"]


def test_the_speaker_filter_stays_with_a_name_a_namesake_keeps(tab):
    session = tab.session
    tab.set_speaker_filter("Komal Kareer")
    komal = session.briefing.person_named("Komal Kareer")
    session.items("people")[-1].name = "Komal Kareer"  # a namesake: the quotes stay with them
    session.undo_stack.push(EditField(session, "people", komal.id, "name", "Komal Karer"))
    assert [q.speaker for q in session.items("quotes")].count("Komal Kareer") == 2
    assert tab.speaker_filter.currentText() == "Komal Kareer"
    assert len(shown(tab, QuotesModel.COL_TEXT)) == 2


def test_speaker_delegate_chooses_from_the_people(tab, qtbot):
    view = tab.table.view
    index = tab.table.proxy.index(0, QuotesModel.COL_SPEAKER)
    delegate = view.itemDelegateForColumn(QuotesModel.COL_SPEAKER)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    qtbot.addWidget(editor)
    assert isinstance(editor, QComboBox)
    choices = [editor.itemText(i) for i in range(editor.count())]
    assert choices == ["Unknown speaker"] + [p.name for p in tab.session.items("people")]
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "Shenu Agarwal"
    editor.setCurrentIndex(0)  # Unknown speaker
    delegate.setModelData(editor, tab.table.proxy, index)
    assert tab.session.items("quotes")[0].speaker is None
    tab.session.undo_stack.undo()
    assert tab.session.items("quotes")[0].speaker == "Shenu Agarwal"


def test_kind_delegate_offers_the_three_kinds(tab, qtbot):
    view = tab.table.view
    index = tab.table.proxy.index(2, QuotesModel.COL_KIND)
    delegate = view.itemDelegateForColumn(QuotesModel.COL_KIND)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    qtbot.addWidget(editor)
    assert [editor.itemText(i) for i in range(editor.count())] == ["direct", "partial", "reported"]
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "direct"
    editor.setCurrentIndex(2)
    delegate.setModelData(editor, tab.table.proxy, index)
    assert tab.session.items("quotes")[2].kind == "reported"
    tab.session.undo_stack.undo()


def test_add_while_filtering_lands_in_the_filter(tab):
    tab.set_speaker_filter("Komal Kareer")
    tab.set_kind_filter("reported")
    tab.table.add_item()
    added = tab.session.items("quotes")[-1]
    assert (added.speaker, added.kind, added.edited) == ("Komal Kareer", "reported", True)
    assert len(shown(tab, QuotesModel.COL_TEXT)) == 2
    tab.session.undo_stack.undo()


def test_show_in_source_carries_the_quote_span(tab, qtbot, seed_text):
    quote = tab.session.items("quotes")[2]
    tab.table.select_item(quote.id)
    with qtbot.waitSignal(tab.source_requested) as blocker:
        qtbot.mouseClick(tab.table.source_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [quote.first_span.start, quote.first_span.end]
    assert quote.text in seed_text[quote.first_span.start : quote.first_span.end]


def test_an_edit_keeps_the_current_cell(tab):
    view = tab.table.view
    index = tab.table.proxy.index(5, QuotesModel.COL_KIND)
    view.setCurrentIndex(index)
    assert tab.table.proxy.setData(index, "direct")
    assert (view.currentIndex().row(), view.currentIndex().column()) == (5, QuotesModel.COL_KIND)
    tab.session.undo_stack.undo()
    assert view.currentIndex().row() == 5


def test_a_quote_with_a_source_is_listed_under_its_source(qtbot):
    text = (
        "Acme Holdings Ltd. cut its forecast on Monday.\n\n"
        "“We will close two plants,” the company said.\n\n"
        "“Sales will recover,” said Mary Hill, a trader in Leeds.\n\n"
        "“Nobody knows,” someone shouted."
    )
    tab = QuotesTab(Session(analyze_text(text)))
    qtbot.addWidget(tab)
    combo = tab.speaker_filter
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["All", "Mary Hill", "Acme Holdings Ltd.", "Unknown speaker"]
    tab.set_speaker_filter("Acme Holdings Ltd.")
    assert shown(tab, QuotesModel.COL_SPEAKER) == ["Acme Holdings Ltd."]
    tab.table.add_item()
    added = tab.session.items("quotes")[-1]
    assert (added.speaker, added.source) == (None, "Acme Holdings Ltd.")
    assert len(shown(tab, QuotesModel.COL_SPEAKER)) == 2
