"""The Market figures model over the seed: values, units, conversions, numeric edits and undo."""

import pytest
from PySide6.QtCore import Qt

from desktop.domain.numbers import format_value, parse_value
from desktop.extraction import analyze_text
from desktop.ui.models.base import DomainRole, SortRole
from desktop.ui.models.figures_model import FiguresModel
from desktop.ui.session import Session


@pytest.fixture
def session(qapp, seed_text):
    return Session(analyze_text(seed_text))


def row_of_text(model, text):
    texts = [model.index(r, FiguresModel.COL_TEXT).data() for r in range(model.rowCount())]
    return texts.index(text)


def test_rows_show_the_seed_figures_with_values(session):
    model = FiguresModel(session)
    assert model.rowCount() == 13
    values = [model.index(r, FiguresModel.COL_VALUE).data() for r in range(model.rowCount())]
    assert all(values)
    assert model.index(0, FiguresModel.COL_TEXT).data(DomainRole).text == "third-largest"


def test_rupees_show_normalised_value_unit_and_conversion(session):
    model = FiguresModel(session)
    row = row_of_text(model, "more than 50 billion rupees")

    def cell(column):
        return model.index(row, column).data()

    assert cell(FiguresModel.COL_KIND) == "money"
    assert cell(FiguresModel.COL_VALUE) == "50,000,000,000"
    assert cell(FiguresModel.COL_UNIT) == "INR"
    assert cell(FiguresModel.COL_QUALIFIER) == "more than"
    assert cell(FiguresModel.COL_ABOUT) == "planned investment in seven to 10 years"
    assert cell(FiguresModel.COL_CONVERSION) == "$563 million"
    dollars = row_of_text(model, "$563 million")
    conversion = model.index(dollars, FiguresModel.COL_CONVERSION).data()
    assert conversion == "more than 50 billion rupees"


def test_years_and_ranges_read_as_written(session):
    model = FiguresModel(session)
    assert model.index(row_of_text(model, "2035"), FiguresModel.COL_VALUE).data() == "2035"
    row = row_of_text(model, "seven to 10 years")
    assert model.index(row, FiguresModel.COL_VALUE).data() == "7"
    assert model.index(row, FiguresModel.COL_VALUE_MAX).data() == "10"


def test_values_sort_as_numbers(session):
    model = FiguresModel(session)
    row = row_of_text(model, "more than 50 billion rupees")
    assert model.index(row, FiguresModel.COL_VALUE).data(SortRole) == 50e9
    blank = model.index(row, FiguresModel.COL_VALUE_MAX).data(SortRole)
    assert isinstance(blank, float) and blank < 0


@pytest.mark.parametrize(
    "typed, value",
    [
        ("50,000,000,000", 50_000_000_000),
        ("50e9", 50_000_000_000),
        ("50 bn", 50_000_000_000),
        ("2.5 million", 2_500_000),
        ("0.5", 0.5),
        ("", None),
    ],
)
def test_parse_value_reads_what_an_analyst_types(typed, value):
    assert parse_value(typed) == value


def test_parse_value_refuses_words():
    with pytest.raises(ValueError):
        parse_value("fifty")
    assert format_value(1234.5) == "1,234.5"


def test_value_edit_is_undoable(session):
    model = FiguresModel(session)
    row = row_of_text(model, "more than 50 billion rupees")
    index = model.index(row, FiguresModel.COL_VALUE)
    assert model.setData(index, "60e9")
    figure = session.briefing.figures[row]
    assert (figure.value, figure.edited) == (60_000_000_000, True)
    assert model.index(row, FiguresModel.COL_VALUE).data() == "60,000,000,000"
    session.undo_stack.undo()
    assert (figure.value, figure.edited) == (50_000_000_000, False)
    assert model.index(row, FiguresModel.COL_VALUE).data() == "50,000,000,000"


def test_bad_edits_are_refused(session):
    model = FiguresModel(session)
    assert not model.setData(model.index(0, FiguresModel.COL_VALUE), "lots")
    assert not model.setData(model.index(0, FiguresModel.COL_KIND), "vibe")
    conversion = model.index(0, FiguresModel.COL_CONVERSION)
    assert not (model.flags(conversion) & Qt.ItemFlag.ItemIsEditable)
    assert session.undo_stack.count() == 0


def test_passes_qt_model_tester(session, qtmodeltester):
    qtmodeltester.check(FiguresModel(session))


def test_direction_period_lead_and_an_inferred_currency_show(qapp):
    from desktop.domain import Article, Briefing, Figure, Span

    text = "Dunmore shares fell $2 last week."
    figure = Figure(
        id="f1", spans=[Span(20, 22)], text="$2", kind="money", value=2, unit="USD",
        about="Dunmore shares fall", direction="down", period="last week", headline=True,
        unit_inferred=True,
    )  # fmt: skip
    session = Session(Briefing(article=Article(text=text), figures=[figure]))
    model = FiguresModel(session)
    row = [model.index(0, col).data() for col in range(model.columnCount())]
    assert row[FiguresModel.COL_DIRECTION] == "▼ down"
    assert row[FiguresModel.COL_PERIOD] == "last week"
    assert row[FiguresModel.COL_HEADLINE] == "★"
    assert row[FiguresModel.COL_UNIT] == "USD*"
    assert model.setData(model.index(0, FiguresModel.COL_DIRECTION), "up")
    assert session.briefing.figures[0].direction == "up"
