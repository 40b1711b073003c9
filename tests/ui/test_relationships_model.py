"""The Relationships model over the seed: rows, every column editable and undoable, Qt's checks."""

import pytest
from PySide6.QtCore import Qt

from desktop.extraction import analyze_text
from desktop.ui.models.relationships_model import RelationshipsModel
from desktop.ui.session import Session


@pytest.fixture
def session(qapp, seed_text):
    return Session(analyze_text(seed_text))


def row(model, r):
    return [model.index(r, c).data() for c in range(model.columnCount())]


def test_rows_show_the_seed_relationships(session):
    model = RelationshipsModel(session)
    assert [row(model, r) for r in range(model.rowCount())] == [
        ["Ashok Leyland Ltd.", "CALB Group Co.", "agreement", "20-year"],
        ["CALB Group Co.", "Ashok Leyland Ltd.", "supply", ""],
        ["Gautam Adani", "BYD", "talks", ""],
        [
            "JSW Group",
            "Chery Automobile Co.",
            "agreement",
            "for electric-vehicle technology and components",
        ],
    ]


def test_every_column_is_editable(session):
    model = RelationshipsModel(session)
    for c in range(model.columnCount()):
        assert model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable


def test_terms_edit_is_undoable(session):
    model = RelationshipsModel(session)
    relationship = session.items("relationships")[1]
    index = model.index(1, RelationshipsModel.COL_TERMS)
    assert model.setData(index, "cells for battery packs")
    assert (relationship.terms, relationship.edited) == ("cells for battery packs", True)
    assert model.setData(model.index(1, RelationshipsModel.COL_KIND), "Partnership")
    assert relationship.kind == "partnership"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert (relationship.terms, relationship.kind, relationship.edited) == (None, "supply", False)
    assert not model.setData(model.index(1, RelationshipsModel.COL_SOURCE), "")


def test_passes_qt_model_tester(session, qtmodeltester):
    qtmodeltester.check(RelationshipsModel(session))
