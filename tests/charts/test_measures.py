"""Charts compare like with like, never one bar, and never round a quotable value."""

from __future__ import annotations

from desktop.charts import growth_chart, investment_chart
from desktop.charts.labels import money_label, percent_label
from desktop.charts.measures import charted_money, charted_percents, measure_of
from desktop.domain import Figure, Span


def money(text, value, about, start, unit="USD", headline=False, **more):
    return Figure(
        id=f"f{start}", spans=[Span(start, start + 5)], text=text, kind="money", value=value,
        unit=unit, about=about, headline=headline, **more,
    )  # fmt: skip


def percent(text, value, about, start, direction=None):
    return Figure(
        id=f"p{start}", spans=[Span(start, start + 3)], text=text, kind="percent", value=value,
        about=about, direction=direction,
    )  # fmt: skip


def texts(figure) -> list[str]:
    found = [t.get_text() for axes in figure.axes for t in axes.texts] + [
        label.get_text() for axes in figure.axes for label in axes.get_yticklabels()
    ]
    return [" ".join(text.split()) for text in found]


def test_only_amounts_that_measure_the_same_thing_share_an_axis():
    figures = [
        money("$4.8 billion", 4.8e9, "Vale loss in fourth quarter", 0, headline=True),
        money("$8.6 billion", 8.6e9, "Vale total loss for the year", 10),
        money("$1.1 billion", 1.1e9, "annual dividend", 20),
        money("€2 billion", 2e9, "Kite loss", 30, unit="EUR"),
    ]
    assert measure_of(figures[0]) == "loss"
    assert [f.text for f in charted_money(figures)] == ["$4.8 billion", "$8.6 billion"]
    drawn = texts(investment_chart(figures))
    assert "Vale loss in fourth quarter" in drawn and "Annual dividend" not in drawn
    assert "$4.8 bn" in drawn and "$8.6 bn" in drawn


def test_amounts_with_no_measure_in_common_are_not_compared():
    figures = [money("$5.8 billion", 5.8e9, "having grown", 0), money("$1 billion", 1e9, "gain", 9)]
    assert investment_chart(figures) is None


def test_a_single_amount_makes_no_chart():
    assert investment_chart([money("$5 million", 5e6, "Ardent fine", 0)]) is None
    unlabelled = [money("$5 million", 5e6, None, 0), money("$6 million", 6e6, None, 10)]
    assert investment_chart(unlabelled) is None


def test_labels_keep_the_value_a_reader_quotes():
    assert money_label(money("$12.63", 12.63, "price", 0)) == "$12.63"
    assert money_label(money("$1.234 billion", 1.234e9, "sales", 0)) == "$1.234 bn"


def test_changes_are_signed_and_kept_apart_from_shares():
    figures = [
        percent("41%", 41, "Ford sales fall", 0, "down"),
        percent("5.9%", 5.9, "Toyota sales rise", 10, "up"),
        percent("18%", 18, "share of dealer network", 20),
        percent("2.3%", 2.3, "Ford shares gain", 30, "up"),
    ]
    assert [f.text for f in charted_percents(figures)] == ["41%", "5.9%"]
    assert percent_label(figures[0]) == "−41%"
    drawn = texts(growth_chart(figures))
    assert "−41%" in drawn and "+5.9%" in drawn and "Share of dealer network" not in drawn
    assert "+2.3%" not in drawn  # a share price is not a sales figure


def test_a_multiple_without_a_target_year_is_drawn_as_past_growth():
    figure = Figure(id="m", spans=[Span(0, 7)], text="doubled", kind="multiple", value=2,
                    about="Vale profits")  # fmt: skip
    chart = growth_chart([figure])
    drawn = texts(chart)
    titles = [axes.get_title(loc) for axes in chart.axes for loc in ("left", "center")]
    assert "Growth, as a multiple" in titles
    assert "Before" in drawn and "After" in drawn and "Today" not in drawn
