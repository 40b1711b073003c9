"""The People model over the seed: rows, edits as undoable commands, and Qt's model checks."""

import pytest
from PySide6.QtCore import Qt

from desktop.extraction import analyze_text
from desktop.ui.models.base import DomainRole
from desktop.ui.models.people_model import PeopleModel
from desktop.ui.session import Session


@pytest.fixture
def session(qapp, seed_text):
    return Session(analyze_text(seed_text))


def test_rows_show_the_seed_people(session):
    model = PeopleModel(session)
    names = [model.index(r, PeopleModel.COL_NAME).data() for r in range(model.rowCount())]
    assert names[:2] == ["Shenu Agarwal", "Komal Kareer"]
    row = names.index("Shenu Agarwal")
    assert model.index(row, PeopleModel.COL_ROLE).data() == "Chief Executive Officer"
    assert model.index(row, PeopleModel.COL_QUOTES).data() == "11"
    assert model.index(row, PeopleModel.COL_NAME).data(DomainRole).name == "Shenu Agarwal"


def test_edit_is_undoable_and_marks_the_item_edited(session):
    model = PeopleModel(session)
    index = model.index(1, PeopleModel.COL_ROLE)
    assert model.setData(index, "Senior analyst")
    person = session.items("people")[1]
    assert (person.role, person.edited) == ("Senior analyst", True)
    assert session.is_dirty
    session.undo_stack.undo()
    assert (person.role, person.edited) == ("analyst", False)
    assert model.index(1, PeopleModel.COL_ROLE).data() == "analyst"
    assert not session.is_dirty


def test_read_only_columns_refuse_edits(session):
    model = PeopleModel(session)
    index = model.index(0, PeopleModel.COL_MENTIONS)
    assert not (model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(index, "99")


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_a_blank_name_is_refused_and_says_why(session, qtbot, blank):
    model = PeopleModel(session)
    index = model.index(0, PeopleModel.COL_NAME)
    with qtbot.waitSignal(session.edit_refused) as refused:
        assert not model.setData(index, blank)
    assert refused.args == ["Not changed: a person needs a name"]
    assert (session.items("people")[0].name, index.data()) == ("Shenu Agarwal", "Shenu Agarwal")
    assert session.undo_stack.count() == 0


def test_an_accepted_name_is_trimmed(session):
    model = PeopleModel(session)
    assert model.setData(model.index(0, PeopleModel.COL_NAME), "  Shenu K. Agarwal \t")
    assert session.items("people")[0].name == "Shenu K. Agarwal"


def test_passes_qt_model_tester(session, qtmodeltester):
    qtmodeltester.check(PeopleModel(session))
