"""The Organisations model over the seed: rows, undoable edits, Qt's model checks."""

import pytest
from PySide6.QtCore import Qt

from desktop.extraction import analyze_text
from desktop.ui.models.organisations_model import OrganisationsModel
from desktop.ui.session import Session


@pytest.fixture
def session(qapp, seed_text):
    return Session(analyze_text(seed_text))


def test_rows_show_the_seed_organisations(session):
    model = OrganisationsModel(session)
    names = [model.index(r, OrganisationsModel.COL_NAME).data() for r in range(model.rowCount())]
    assert names[:2] == ["Ashok Leyland Ltd.", "CALB Group Co."]
    assert "Bloomberg News" in names and len(names) == 9
    row = names.index("CALB Group Co.")
    assert model.index(row, OrganisationsModel.COL_KIND).data() == "company"
    assert model.index(row, OrganisationsModel.COL_ALIASES).data() == "CALB"
    assert model.index(row, OrganisationsModel.COL_MENTIONS).data() == "6"
    media = names.index("Bloomberg News")
    assert model.index(media, OrganisationsModel.COL_KIND).data() == "media"


def test_alias_edit_is_undoable(session):
    model = OrganisationsModel(session)
    organisation = session.items("organisations")[0]
    assert model.setData(model.index(0, OrganisationsModel.COL_ALIASES), "Ashok Leyland, ALL")
    assert (organisation.aliases, organisation.edited) == (["Ashok Leyland", "ALL"], True)
    session.undo_stack.undo()
    assert (organisation.aliases, organisation.edited) == (["Ashok Leyland"], False)
    assert model.index(0, OrganisationsModel.COL_ALIASES).data() == "Ashok Leyland"


def test_mentions_are_read_only_and_a_name_cannot_be_blank(session):
    model = OrganisationsModel(session)
    mentions = model.index(0, OrganisationsModel.COL_MENTIONS)
    assert not (model.flags(mentions) & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(model.index(0, OrganisationsModel.COL_NAME), "  ")


def test_a_blank_name_says_why_it_is_refused(session, qtbot):
    model = OrganisationsModel(session)
    index = model.index(0, OrganisationsModel.COL_NAME)
    with qtbot.waitSignal(session.edit_refused) as refused:
        assert not model.setData(index, " \t ")
    assert refused.args == ["Not changed: an organisation needs a name"]
    assert index.data() == "Ashok Leyland Ltd."
    assert model.setData(index, "  Ashok Leyland Limited ")
    assert session.items("organisations")[0].name == "Ashok Leyland Limited"


def test_passes_qt_model_tester(session, qtmodeltester):
    qtmodeltester.check(OrganisationsModel(session))
