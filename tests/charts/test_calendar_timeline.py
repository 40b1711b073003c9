"""Phases on real dates: horizons read against the article's date, lanes, done stages."""

import pytest

from desktop.charts import phase_timeline
from desktop.charts.horizons import calendar_date
from desktop.domain import Phase


@pytest.mark.parametrize(
    ("horizon", "published", "expected"),
    [
        ("by June 10", "2011-05-29", 2011 + (5 + 9 / 31) / 12),
        ("In 2009", "2011-05-29", 2009.5),
        ("by the end of this year", "2011-05-29", 2011.95),
        ("during the fourth quarter", "2006-08-19", 2006 + 10 / 12),
        ("until October 2007", "2006-10-05", 2007.75),
        ("after October of next year", "2009-05-15", 2010.75),
        ("on January 15", "2013-12-10", 2014 + (14 / 31) / 12),
        ("in April", "2025-05-02", 2026.25),
        ("in the fall of 2011", "2011-06-07", 2011.75),
    ],
)
def test_dated_horizons_fall_on_real_dates(horizon, published, expected):
    assert calendar_date(horizon, published) == pytest.approx(expected, abs=0.01)


def test_relative_horizons_count_from_the_article_date():
    start = 2025 + 8 / 12 + 24 / 365
    assert calendar_date("within two to three years", "2025-09-25") == pytest.approx(start + 2)
    assert calendar_date("next month", "2025-09-25") == pytest.approx(start + 1 / 12)
    assert calendar_date("initially", "2025-09-25") == pytest.approx(start)


def test_no_date_without_the_article_date_or_for_an_event():
    assert calendar_date("by June 10", None) is None
    assert calendar_date("once the merger closes", "2025-01-01") is None


def test_calendar_timeline_names_lanes_and_done_stages():
    phases = [
        Phase(title="Buy the stake", horizon="by June 10", organisation="Fiat"),
        Phase(title="First stake", horizon="In 2009", organisation="Fiat", done=True),
        Phase(title="Re-open exchanges", horizon="on Friday", organisation="Russia"),
        Phase(title="Close the plant", horizon="once the merger closes", organisation="Fiat"),
    ]
    figure = phase_timeline(phases, published="2011-05-29")
    axes = figure.axes[0]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels[0].startswith("1. Fiat: Buy the stake")
    assert "(done)" in labels[1]
    assert labels[2].startswith("3. Russia:")
    drawn = {t.get_text() for t in axes.texts}
    assert "In 2009 (done)" in drawn
    assert "once the merger closes (no date)" in drawn
    assert "article date" in drawn
    ticks = [t.get_text() for t in axes.get_xticklabels()]
    assert "2010" in ticks and "2011" in ticks


def test_a_stage_stretch_stands_where_it_names_not_from_the_article_date():
    from desktop.charts.horizons import relative_span

    assert relative_span("within two to three years").start == 2
    assert relative_span("initially").start == 0
    assert relative_span("by June 10") is None
    assert relative_span("next month") is None
    figure = phase_timeline(
        [
            Phase(title="Import cells", horizon="initially"),
            Phase(title="Supply others", horizon="within two to three years"),
        ],
        published="2025-09-25",
    )
    bars = sorted(figure.axes[0].patches, key=lambda bar: bar.get_y())
    # The second stage starts two years after the article, not at it.
    assert bars[1].get_x() == pytest.approx(bars[0].get_x() + 2, abs=0.01)
