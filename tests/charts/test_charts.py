"""Charts: what each figure says for the seed briefing, None when there is nothing, odd data."""

import subprocess
import sys

import pytest

from desktop.charts import (
    charts_for,
    growth_chart,
    investment_chart,
    phase_timeline,
    png_bytes,
    rank_chart,
    relationship_diagram,
    save_png,
)
from desktop.charts.horizons import Span, parse_horizon, place_phases
from desktop.charts.labels import money_label, ordinal, short_amount
from desktop.domain.model import Figure, Organisation, Phase, Relationship
from desktop.domain.model import Span as TextSpan
from desktop.extraction import analyze_text

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def texts(figure) -> list[str]:
    """Every piece of text drawn on the figure: titles, tick labels, annotations."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    FigureCanvasAgg(figure).draw()  # tick labels are filled in when drawn
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


def joined(figure) -> str:
    return "\n".join(texts(figure))


@pytest.fixture(scope="module")
def seed(seed_text):
    return analyze_text(seed_text)


def test_timeline_shows_the_three_phases_in_order_left_to_right(seed):
    figure = phase_timeline(seed.phases)
    axes = figure.axes[0]
    labels = [" ".join(t.get_text().split()) for t in axes.get_yticklabels()]
    assert labels == [
        "1. Importing cells from its Chinese partner",
        "2. Supply to other automakers",
        "3. Design and develop lithium-ion cells in India",
    ]
    drawn = joined(figure)
    for horizon in ("initially", "within two to three years", "at least five years"):
        assert horizon in drawn
    starts = [patch.get_path().get_extents(patch.get_transform()).x0 for patch in axes.patches]
    assert starts == sorted(starts) and len(starts) == 3


def test_horizons_become_years_from_now():
    assert parse_horizon("initially") == Span(0, 1)
    assert parse_horizon("within two to three years") == Span(2, 3)
    assert parse_horizon("at least five years") == Span(5, 6, open_end=True)
    assert parse_horizon("in 18 months") == Span(0.5, 1.5)
    assert parse_horizon("by 2030") is None
    assert parse_horizon("by 2030", now_year=2025) == Span(4, 5)
    assert parse_horizon("eventually") is None
    # Unreadable horizons follow the phase before them, so the plan still reads in order.
    assert place_phases([None, "eventually", "in three years"]) == [
        Span(0, 1),
        Span(1, 2),
        Span(2, 3),
    ]


def test_investment_chart_shows_the_sum_in_rupees_and_dollars(seed):
    drawn = joined(investment_chart(seed.figures))
    assert "> ₹50 bn" in drawn
    assert "> $563 m" in drawn  # the conversion keeps its original's "more than"
    assert "Indian rupees" in drawn and "US dollars" in drawn


def test_rank_chart_shows_each_rank_with_what_it_measures(seed):
    drawn = texts(rank_chart(seed.figures))
    for rank in ("1st", "2nd", "3rd"):
        assert rank in drawn
    assert "Battery maker (China)" in drawn
    assert "Maker of trucks and buses (India)" in drawn
    assert "“third-largest”" in drawn


def test_growth_chart_shows_19_times_by_2035(seed):
    drawn = texts(growth_chart(seed.figures))
    assert "19×" in drawn
    assert "By 2035" in drawn and "Today" in drawn
    assert "Demand growth by 2035" in drawn


def test_relationship_diagram_names_both_sides_and_the_terms(seed):
    drawn = texts(relationship_diagram(seed.organisations, seed.relationships))
    assert "Ashok Leyland Ltd." in drawn
    assert "CALB Group Co." in drawn
    assert "agreement, 20-year" in drawn
    assert "supply" in drawn


def test_charts_for_the_seed_come_plan_first(seed):
    captions = [caption for caption, _ in charts_for(seed)]
    assert captions == [
        "The plan in phases, on an approximate timeline",
        "The money involved",
        "Growth and shares",
        "Rankings mentioned",
        "Ties between the organisations",
    ]


def test_an_article_without_numbers_has_no_charts():
    briefing = analyze_text("The weather was mild. People walked in the park and talked.\n")
    assert briefing.figures == [] and briefing.phases == []
    assert phase_timeline(briefing.phases) is None
    assert investment_chart(briefing.figures) is None
    assert rank_chart(briefing.figures) is None
    assert growth_chart(briefing.figures) is None
    assert relationship_diagram(briefing.organisations, briefing.relationships) is None
    assert charts_for(briefing) == []


def test_png_bytes_is_a_png_of_some_detail(seed, tmp_path):
    figure = phase_timeline(seed.phases, dark=True)
    data = png_bytes(figure, dpi=200)
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 10_000
    path = save_png(figure, tmp_path / "timeline.png", dpi=100)
    assert path.read_bytes().startswith(PNG_SIGNATURE)


def test_importing_the_engine_does_not_load_matplotlib():
    code = "import sys, desktop, desktop.extraction; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def money(text, value, unit, **kw):
    return Figure(text=text, kind="money", value=value, unit=unit, **kw)


def test_several_sums_of_one_measure_in_one_currency_share_a_scale():
    figure = investment_chart(
        [
            money("$2 billion", 2e9, "USD", id="a", about="Kite revenue in 2024"),
            money("$300 million", 3e8, "USD", id="b", about="Kite revenue in 2020"),
            money("€1 million", 1e6, "EUR", id="c", conversion_of="b"),
            money("$9 million", 9e6, "USD", id="d", about="deal value"),
        ]
    )
    assert len(figure.axes) == 1
    drawn = joined(figure)
    assert "$2 bn" in drawn and "$300 m (€1 m)" in drawn
    assert "$9 m" not in drawn  # a deal value is not a revenue


def test_sums_in_different_currencies_are_not_compared():
    figures = [
        money("$2 billion", 2e9, "USD", about="Kite revenue"),
        money("£5 million", 5e6, "GBP", about="Kite revenue"),
    ]
    assert investment_chart(figures) is None


@pytest.mark.parametrize(
    "figures",
    [
        [money("some money", None, "USD")],
        [money("a fortune", float("inf"), "USD")],
        [Figure(text="x", kind="rank", value=None)],
        [Figure(text="0th", kind="rank", value=0)],
        [Figure(text="zero times", kind="multiple", value=0)],
        [Figure(text="50%", kind="percent", value=50)],  # one percentage alone is not a chart
    ],
)
def test_unusable_values_give_no_chart(figures):
    assert investment_chart(figures) is None
    assert rank_chart(figures) is None
    assert growth_chart(figures) is None


@pytest.mark.parametrize(
    "figures",
    [
        [
            money("a trillion trillion", 1e24, None, qualifier="nearly", about="old debt"),
            money("ten", 10, None, about="new debt"),
        ],
        [
            money("-$5 million", -5e6, "XYZ", about="loss in May"),
            money("$1", 1, "XYZ", about="loss in June"),
        ],
        [Figure(text="500th", kind="rank", value=500, about=None)],
        [
            Figure(text="1,000 times", kind="multiple", value=1000, spans=[TextSpan(0, 11)]),
            Figure(text="2035", kind="year", value=2035, spans=[TextSpan(15, 19)]),
            Figure(text="-20%", kind="percent", value=-20, about="sales"),
            Figure(text="250%", kind="percent", value=250, about=None),
        ],
    ],
)
def test_odd_values_still_draw(figures):
    drawn = [
        b for b in (investment_chart(figures), rank_chart(figures), growth_chart(figures)) if b
    ]
    assert drawn
    for figure in drawn:
        assert png_bytes(figure, dpi=50).startswith(PNG_SIGNATURE)


def test_odd_phases_and_ties_still_draw():
    phases = [Phase(title="", horizon=None), Phase(title="x" * 200, horizon="by 2090")]
    assert png_bytes(phase_timeline(phases), dpi=50).startswith(PNG_SIGNATURE)
    ties = [
        Relationship(source="A", target="A"),  # a tie to itself is no tie
        Relationship(source="A", target="B", kind="stake", terms="y " * 60),
        Relationship(source="B", target="C"),
        Relationship(source="C", target="A", kind=""),  # a triangle puts two names on one side
    ]
    figure = relationship_diagram([Organisation(name="A")], ties)
    assert png_bytes(figure, dpi=50).startswith(PNG_SIGNATURE)
    assert relationship_diagram([], ties[:1]) is None


def test_labels():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 112)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "112th",
    ]
    assert short_amount(50e9) == "50 bn"
    assert short_amount(1.25e9) == "1.25 bn"
    assert short_amount(2e6, 3e6) == "2–3 m"
    assert short_amount(12_500) == "12,500"
    assert money_label(money("about £3m", 3e6, "GBP", qualifier="about")) == "≈ £3 m"
    assert money_label(money("CHF 4 billion", 4e9, "CHF")) == "CHF 4 bn"


def test_dollar_signs_in_labels_are_text_not_math():
    from desktop.charts import investment_chart, png_bytes
    from desktop.domain import Figure, Span

    figures = [
        Figure(
            id="a",
            text="S$650 million",
            kind="money",
            value=650e6,
            unit="SGD",
            about="expansion",
            spans=[Span(0, 13)],
        ),
        Figure(
            id="b",
            text="US$505 million",
            kind="money",
            value=505e6,
            unit="USD",
            about="expansion",
            conversion_of="a",
            spans=[Span(15, 29)],
        ),
    ]
    chart = investment_chart(figures)
    png_bytes(chart, dpi=50)  # draws every text
    for text in (t for ax in chart.axes for t in ax.texts):
        assert text.get_parse_math() is False or "$" not in text.get_text()
