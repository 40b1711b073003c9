"""Undoable edits: a renamed person or organisation carries along what names them, in one step."""

import pytest

from desktop.domain import Article, Briefing, Organisation, Person, Quote, Relationship
from desktop.ui.commands import EditField
from desktop.ui.models.organisations_model import OrganisationsModel
from desktop.ui.models.people_model import PeopleModel
from desktop.ui.models.quotes_model import QuotesModel
from desktop.ui.models.relationships_model import RelationshipsModel
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


def _companies() -> Briefing:
    return Briefing(
        Article(text="A made-up article."),
        people=[
            Person(id="p-shenu", name="Shenu Agarwal", organisation="Ashok Leyland"),
            Person(id="p-komal", name="Komal Karer", organisation="Bloomberg Intelligence"),
        ],
        organisations=[
            Organisation(id="o-al", name="Ashok Leyland"),
            Organisation(id="o-calb", name="CALB"),
        ],
        relationships=[
            Relationship(id="r-1", source="Ashok Leyland", target="CALB"),
            Relationship(id="r-2", source="CALB", target="Ashok Leyland", kind="supply"),
            Relationship(id="r-3", source="CALB", target="Reliance", kind="talks"),
        ],
    )


@pytest.fixture
def companies(qapp):
    return Session(_companies())


def parties(session):
    return [(r.source, r.target, r.edited) for r in session.items("relationships")]


def employers(session):
    return [(p.organisation, p.edited) for p in session.items("people")]


def test_renaming_an_organisation_renames_its_ties_and_people_in_one_undo_step(companies):
    organisations = OrganisationsModel(companies)
    assert organisations.setData(
        organisations.index(0, OrganisationsModel.COL_NAME), "Ashok Leyland Ltd."
    )
    assert parties(companies) == [
        ("Ashok Leyland Ltd.", "CALB", True),
        ("CALB", "Ashok Leyland Ltd.", True),
        ("CALB", "Reliance", False),
    ]
    assert employers(companies) == [
        ("Ashok Leyland Ltd.", True),
        ("Bloomberg Intelligence", False),
    ]
    assert companies.undo_stack.count() == 1

    companies.undo_stack.undo()
    assert companies.items("organisations")[0].name == "Ashok Leyland"
    assert parties(companies) == [
        ("Ashok Leyland", "CALB", False),
        ("CALB", "Ashok Leyland", False),
        ("CALB", "Reliance", False),
    ]
    assert employers(companies) == [("Ashok Leyland", False), ("Bloomberg Intelligence", False)]
    assert not companies.is_dirty


def test_a_tie_of_an_organisation_with_itself_follows_on_both_sides(companies):
    companies.items("relationships")[2].target = "CALB"
    companies.undo_stack.push(EditField(companies, "organisations", "o-calb", "name", "CALB Group"))
    assert parties(companies)[2] == ("CALB Group", "CALB Group", True)
    companies.undo_stack.undo()
    assert parties(companies)[2] == ("CALB", "CALB", False)


def test_the_tables_show_the_organisations_new_name(companies, qtbot):
    organisations = OrganisationsModel(companies)
    relationships = RelationshipsModel(companies)
    people = PeopleModel(companies)
    with (
        qtbot.waitSignal(organisations.dataChanged),
        qtbot.waitSignal(relationships.dataChanged),
        qtbot.waitSignal(people.dataChanged),
    ):
        companies.undo_stack.push(
            EditField(companies, "organisations", "o-al", "name", "Ashok Leyland Ltd.")
        )
    assert organisations.index(0, OrganisationsModel.COL_NAME).data() == "Ashok Leyland Ltd."
    assert relationships.index(0, RelationshipsModel.COL_SOURCE).data() == "Ashok Leyland Ltd."
    assert relationships.index(1, RelationshipsModel.COL_TARGET).data() == "Ashok Leyland Ltd."
    assert people.index(0, PeopleModel.COL_ORGANISATION).data() == "Ashok Leyland Ltd."


def test_views_hear_of_an_organisation_rename_once_per_list(companies):
    seen = []
    companies.items_changed.connect(
        lambda kind: seen.append((kind, companies.items("people")[0].organisation))
    )
    companies.undo_stack.push(EditField(companies, "organisations", "o-al", "name", "AL"))
    assert seen == [("organisations", "AL"), ("relationships", "AL"), ("people", "AL")]


def test_a_namesake_organisation_keeps_the_ties_and_people(companies):
    companies.items("organisations")[1].name = "Ashok Leyland"  # two organisations of one name
    companies.undo_stack.push(EditField(companies, "organisations", "o-calb", "name", "CALB"))
    assert parties(companies)[0] == ("Ashok Leyland", "CALB", False)
    assert employers(companies)[0] == ("Ashok Leyland", False)
