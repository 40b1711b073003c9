"""Undoable edits: renaming a person carries their quotes along, in one undo step."""

import pytest

from desktop.domain import Article, Briefing, Person, Quote
from desktop.ui.commands import EditField
from desktop.ui.models.people_model import PeopleModel
from desktop.ui.models.quotes_model import QuotesModel
from desktop.ui.session import Session
from desktop.ui.tabs.people_tab import PeopleTab


def _briefing() -> Briefing:
    return Briefing(
        Article(text="A made-up article."),
        people=[
            Person(id="p-komal", name="Komal Karer", role="analyst"),
            Person(id="p-shenu", name="Shenu Agarwal"),
        ],
        quotes=[
            Quote(id="q-1", text="India is attractive", speaker="Komal Karer"),
            Quote(id="q-2", text="Costs will fall", speaker="Shenu Agarwal", kind="reported"),
            Quote(id="q-3", text="Demand is rising", speaker="Komal Karer", kind="reported"),
            Quote(id="q-4", text="Nobody said who", speaker=None),
        ],
    )


@pytest.fixture
def session(qapp):
    return Session(_briefing())


def speakers(session):
    return [(q.speaker, q.edited) for q in session.items("quotes")]


def rename(model, row, name):
    assert model.setData(model.index(row, PeopleModel.COL_NAME), name)


def test_renaming_a_person_renames_their_quotes_speaker_in_one_undo_step(session):
    people = PeopleModel(session)
    rename(people, 0, "Komal Kareer")
    assert session.items("people")[0].name == "Komal Kareer"
    assert speakers(session) == [
        ("Komal Kareer", True),
        ("Shenu Agarwal", False),
        ("Komal Kareer", True),
        (None, False),
    ]
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    assert (session.items("people")[0].name, session.items("people")[0].edited) == (
        "Komal Karer",
        False,
    )
    assert speakers(session) == [
        ("Komal Karer", False),
        ("Shenu Agarwal", False),
        ("Komal Karer", False),
        (None, False),
    ]
    assert not session.is_dirty

    session.undo_stack.redo()
    assert [q.speaker for q in session.items("quotes")][:3] == [
        "Komal Kareer",
        "Shenu Agarwal",
        "Komal Kareer",
    ]


def test_the_tables_show_the_new_name_and_the_quote_count(session, qtbot):
    people = PeopleModel(session)
    quotes = QuotesModel(session)
    with qtbot.waitSignal(quotes.dataChanged), qtbot.waitSignal(people.dataChanged):
        rename(people, 0, "Komal Kareer")
    assert quotes.index(0, QuotesModel.COL_SPEAKER).data() == "Komal Kareer"
    assert quotes.index(2, QuotesModel.COL_SPEAKER).data() == "Komal Kareer"
    assert people.index(0, PeopleModel.COL_QUOTES).data() == "2"
    session.undo_stack.undo()
    assert quotes.index(0, QuotesModel.COL_SPEAKER).data() == "Komal Karer"
    assert people.index(0, PeopleModel.COL_QUOTES).data() == "2"


def test_the_people_tab_lists_the_renamed_persons_quotes(qtbot, session):
    tab = PeopleTab(session)
    qtbot.addWidget(tab)
    rename(tab.model, 0, "Komal Kareer")
    tab.table.select_item("p-komal")
    assert tab.quotes_list.count() == 2
    assert tab.quotes_label.text() == "What Komal Kareer sa&id (2 quotes)"


def test_views_are_told_once_per_list_after_everything_changed(session):
    seen = []
    session.items_changed.connect(
        lambda kind: seen.append((kind, [q.speaker for q in session.items("quotes")][0]))
    )
    session.undo_stack.push(EditField(session, "people", "p-komal", "name", "Komal Kareer"))
    assert seen == [("people", "Komal Kareer"), ("quotes", "Komal Kareer")]


def test_a_namesake_keeps_the_quotes(session):
    session.items("people")[1].name = "Komal Karer"  # two people of one name
    session.undo_stack.push(EditField(session, "people", "p-komal", "name", "Komal Kareer"))
    assert [q.speaker for q in session.items("quotes")][:3] == [
        "Komal Karer",
        "Shenu Agarwal",
        "Komal Karer",
    ]


def test_a_person_without_a_name_does_not_take_the_unattributed_quotes(session):
    session.items("people")[1].name = None
    session.undo_stack.push(EditField(session, "people", "p-shenu", "name", "Shenu Agarwal"))
    assert session.items("quotes")[3].speaker is None


def test_other_edits_leave_the_quotes_alone(session):
    session.undo_stack.push(EditField(session, "people", "p-komal", "role", "Komal Karer"))
    assert speakers(session)[0] == ("Komal Karer", False)
