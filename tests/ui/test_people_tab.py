"""The People tab: selecting a person lists what they said, direct quotes first; jumps to source."""

import pytest

from desktop.extraction import analyze_text
from desktop.ui.commands import EditField
from desktop.ui.session import Session
from desktop.ui.tabs.people_tab import PeopleTab, SpanRole


@pytest.fixture
def tab(qtbot, seed_text):
    widget = PeopleTab(Session(analyze_text(seed_text)))
    qtbot.addWidget(widget)
    return widget


def select(tab, name):
    person = next(p for p in tab.session.items("people") if p.name == name)
    tab.table.select_item(person.id)


def quote_lines(tab):
    return [tab.quotes_list.item(r).text() for r in range(tab.quotes_list.count())]


def test_selecting_shenu_agarwal_shows_his_eleven_quotes_direct_first(tab):
    select(tab, "Shenu Agarwal")
    lines = quote_lines(tab)
    assert len(lines) == 11
    kinds = [line.split(":", 1)[0] for line in lines]
    assert kinds == ["direct", "direct", "partial"] + ["reported"] * 8
    assert lines[0] == (
        "direct: \u201cWe are not really an EV player if 70 per cent of the components come "
        "from outside\u201d"
    )
    assert "Shenu Agarwal" in tab.quotes_label.text() and "11 quotes" in tab.quotes_label.text()


def test_selecting_komal_kareer_shows_her_two_quotes(tab):
    select(tab, "Komal Kareer")
    lines = quote_lines(tab)
    assert [line.split(":", 1)[0] for line in lines] == ["direct", "reported"]
    assert "India is an especially attractive destination" in lines[0]


def test_a_person_without_quotes_says_so(tab):
    select(tab, "Xi Jinping")
    assert quote_lines(tab) == ["No quotes attributed to this person."]


def test_panel_follows_a_speaker_change_and_its_undo(tab):
    select(tab, "Komal Kareer")
    session = tab.session
    quote = session.items("quotes")[0]
    session.undo_stack.push(EditField(session, "quotes", quote.id, "speaker", "Komal Kareer"))
    select(tab, "Komal Kareer")
    assert len(quote_lines(tab)) == 3
    session.undo_stack.undo()
    select(tab, "Komal Kareer")
    assert len(quote_lines(tab)) == 2


def test_activating_a_quote_requests_its_span(tab, qtbot, seed_text):
    select(tab, "Komal Kareer")
    item = tab.quotes_list.item(0)
    with qtbot.waitSignal(tab.source_requested) as blocker:
        tab.quotes_list.itemActivated.emit(item)
    start, end = blocker.args
    assert (start, end) == item.data(SpanRole)
    assert "especially attractive destination" in seed_text[start:end]


def test_add_makes_a_person_with_a_new_id(tab):
    before = {p.id for p in tab.session.items("people")}
    tab.table.add_item()
    added = tab.session.items("people")[-1]
    assert added.id not in before and added.name == "New person"


def test_opens_on_the_first_person(tab):
    assert tab.table.current_item().name == "Shenu Agarwal"
    assert len(quote_lines(tab)) == 11
