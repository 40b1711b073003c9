"""The Quotes model over the seed: rows, direct quotes in bold, undoable edits, Qt's checks."""

import pytest
from PySide6.QtCore import Qt

from desktop.extraction import analyze_text
from desktop.ui.models.base import DomainRole
from desktop.ui.models.quotes_model import QuotesModel
from desktop.ui.session import Session


@pytest.fixture
def session(qapp, seed_text):
    return Session(analyze_text(seed_text))


def column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_rows_show_the_seed_quotes(session):
    model = QuotesModel(session)
    assert model.rowCount() == 13
    speakers = column(model, QuotesModel.COL_SPEAKER)
    assert (speakers.count("Shenu Agarwal"), speakers.count("Komal Kareer")) == (11, 2)
    kinds = column(model, QuotesModel.COL_KIND)
    assert (kinds.count("direct"), kinds.count("partial"), kinds.count("reported")) == (3, 1, 9)
    row = kinds.index("direct")
    words = "We are not really an EV player if 70 per cent of the components come from outside"
    assert model.index(row, QuotesModel.COL_TEXT).data() == f"\u201c{words}\u201d"
    assert model.index(row, QuotesModel.COL_TEXT).data(Qt.ItemDataRole.EditRole).startswith("We")
    assert model.index(row, 0).data(DomainRole).speaker == "Shenu Agarwal"


def test_direct_quotes_are_bold_and_reported_speech_is_not(session):
    model = QuotesModel(session)
    kinds = column(model, QuotesModel.COL_KIND)
    direct = model.index(kinds.index("direct"), QuotesModel.COL_TEXT)
    reported = model.index(kinds.index("reported"), QuotesModel.COL_TEXT)
    assert direct.data(Qt.ItemDataRole.FontRole).bold()
    assert reported.data(Qt.ItemDataRole.FontRole) is None


def test_speaker_edit_is_undoable(session):
    model = QuotesModel(session)
    index = model.index(0, QuotesModel.COL_SPEAKER)
    quote = session.items("quotes")[0]
    assert model.setData(index, "Komal Kareer")
    assert (quote.speaker, quote.edited) == ("Komal Kareer", True)
    assert model.setData(model.index(0, QuotesModel.COL_SPEAKER), None)
    assert model.index(0, QuotesModel.COL_SPEAKER).data() == "Unknown speaker"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert (quote.speaker, quote.edited) == ("Shenu Agarwal", False)
    assert not session.is_dirty


def test_typing_unknown_speaker_clears_the_speaker(session):
    model = QuotesModel(session)
    assert model.setData(model.index(0, QuotesModel.COL_SPEAKER), " Unknown speaker ")
    assert session.items("quotes")[0].speaker is None


def test_kind_accepts_only_the_three_kinds(session):
    model = QuotesModel(session)
    index = model.index(0, QuotesModel.COL_KIND)
    assert not model.setData(index, "rumoured")
    assert model.setData(index, "Direct")
    assert session.items("quotes")[0].kind == "direct"
    assert not model.setData(model.index(0, QuotesModel.COL_TEXT), "   ")
    session.undo_stack.undo()
    assert session.items("quotes")[0].kind == "reported"


def test_passes_qt_model_tester(session, qtmodeltester):
    qtmodeltester.check(QuotesModel(session))


def test_a_quote_from_an_organisation_shows_its_source(qapp):
    from desktop.domain import Article, Briefing, Quote

    briefing = Briefing(
        article=Article(text="“Demand has collapsed,” Acme Ltd. said."),
        quotes=[Quote(text="Demand has collapsed", source="Acme Ltd.", kind="direct")],
    )
    model = QuotesModel(Session(briefing))
    assert model.index(0, QuotesModel.COL_SPEAKER).data() == "Acme Ltd."
