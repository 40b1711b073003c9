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


def test_passes_qt_model_tester(session, qtmodeltester):
    qtmodeltester.check(PeopleModel(session))
