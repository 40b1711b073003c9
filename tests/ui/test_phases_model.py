"""The Strategy model over the seed: three phases in order, actions edited as one cell, undo."""

import pytest
from PySide6.QtCore import Qt

from desktop.extraction import analyze_text
from desktop.ui.models.phases_model import PhasesModel
from desktop.ui.session import Session


@pytest.fixture
def session(qapp, seed_text):
    return Session(analyze_text(seed_text))


def test_three_phases_in_order(session):
    model = PhasesModel(session)
    titles = [model.index(r, PhasesModel.COL_TITLE).data() for r in range(model.rowCount())]
    assert titles == [
        "Importing cells from its Chinese partner",
        "Supply to other automakers",
        "Design and develop lithium-ion cells in India",
    ]
    horizons = [model.index(r, PhasesModel.COL_HORIZON).data() for r in range(3)]
    assert horizons == ["initially", "within two to three years", "at least five years"]


def test_actions_show_one_per_line_and_edit_as_one_text(session):
    model = PhasesModel(session)
    index = model.index(2, PhasesModel.COL_ACTIONS)
    assert index.data().splitlines()[-1] == "• design and develop lithium-ion cells in India"
    assert index.data(Qt.ItemDataRole.EditRole) == (
        "invest more than 50 billion rupees ($563 million) in seven to 10 years to manufacture "
        "next-generation batteries; design and develop lithium-ion cells in India"
    )


def test_actions_edit_splits_on_semicolons_and_undoes(session):
    model = PhasesModel(session)
    phase = session.items("phases")[1]
    before = list(phase.actions)
    assert model.setData(model.index(1, PhasesModel.COL_ACTIONS), "supply others ;  build a hub;")
    assert phase.actions == ["supply others", "build a hub"]
    assert phase.edited
    session.undo_stack.undo()
    assert phase.actions == before
    assert not phase.edited


def test_passes_qt_model_tester(session, qtmodeltester):
    qtmodeltester.check(PhasesModel(session))


def test_whose_plan_column_marks_a_done_stage(qapp):
    from desktop.domain import Article, Briefing, Phase

    phases = [
        Phase(title="Buy a stake", horizon="In 2009", organisation="Fiat", done=True),
        Phase(title="Raise it", horizon="by June 10", organisation="Fiat"),
    ]
    model = PhasesModel(Session(Briefing(article=Article(text="x"), phases=phases)))
    shown = [model.index(r, PhasesModel.COL_ORGANISATION).data() for r in range(2)]
    assert shown == ["Fiat (done)", "Fiat"]
    edited = model.index(0, PhasesModel.COL_ORGANISATION).data(Qt.ItemDataRole.EditRole)
    assert edited == "Fiat"
