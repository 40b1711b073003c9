"""The roadmap chart never overprints: label boxes measured by the renderer, 2 to 8 phases."""

import itertools

import pytest

from desktop.charts import phase_timeline
from desktop.charts.timeline import TITLE_LINES, timeline_height_in
from desktop.domain import Phase

# Made-up plans with long titles, as a news article's clauses make them.
LONG_TITLES = [
    "Close the old smelter on the river and move its two hundred workers to the new site",
    "Hire a replacement for the departing chief financial officer from outside the company",
    "Produce between 600,000 and 640,000 tonnes of copper concentrate at the northern mine",
    "Finish the expansion of the eastern port terminal so that larger ships can dock there",
    "Sell the loss-making consumer electronics division to a buyer in the coming months",
    "Open three new regional offices in the west and hire local sales teams for each one",
    "Repay the bridge loan taken for the acquisition before the end of the next fiscal year",
    "Remain on the board as a non-executive director until the annual meeting next spring",
]
RELATIVE = ["initially", "within two years", "by 2028", "in three to five years",
            "at least five years", None, "by 2031", "over the next decade"]  # fmt: skip
DATED = ["in August", "on Sept. 1", "in the coming weeks", "this year",
         "in the first half of 2025", "next May", "by the end of 2025",
         "once the deal closes"]  # fmt: skip


def _plan(count: int, horizons: list, two_organisations: bool) -> list[Phase]:
    return [
        Phase(
            title=title,
            horizon=horizon,
            organisation=("Kestrel Resources Ltd" if two_organisations and n < 2 else "Northfield"),
        )
        for n, (title, horizon) in enumerate(zip(LONG_TITLES[:count], horizons, strict=False))
    ]


def _boxes(figure, width_in: float):
    """The figure drawn at width_in and its own height: the window extents of the phase
    titles, of the texts over the bars, of the bars, and the figure's."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.patches import FancyArrow, Rectangle

    figure.set_size_inches(width_in, figure.get_size_inches()[1])
    FigureCanvasAgg(figure).draw()
    renderer = figure.canvas.get_renderer()
    axes = figure.axes[0]
    titles = [t.get_window_extent(renderer) for t in axes.get_yticklabels() if t.get_text()]
    over = [t.get_window_extent(renderer) for t in axes.texts]
    bars = [
        p.get_window_extent(renderer)
        for p in axes.patches
        if isinstance(p, (Rectangle, FancyArrow)) and p.get_visible()
    ]
    return titles, over, bars, figure.bbox


@pytest.mark.parametrize("count", [2, 6, 7, 8])
@pytest.mark.parametrize(("horizons", "published"), [(RELATIVE, None), (DATED, "2024-06-20")])
@pytest.mark.parametrize("width_in", [6.3, 8.0])  # on an A4 page, and in the app
@pytest.mark.parametrize("two_organisations", [False, True])
def test_no_label_of_the_roadmap_overprints_another(
    count, horizons, published, width_in, two_organisations
):
    phases = _plan(count, horizons, two_organisations)
    figure = phase_timeline(phases, now_year=2024, published=published)
    assert figure.get_size_inches()[1] == pytest.approx(timeline_height_in(phases))
    titles, over, bars, page = _boxes(figure, width_in)
    assert len(titles) == count
    for first, second in itertools.combinations(titles + over, 2):
        assert not first.overlaps(second), (first, second)
    for text, bar in itertools.product(titles + over, bars):
        assert not text.overlaps(bar), (text, bar)
    for box in titles + over + [figure.axes[0].title.get_window_extent()]:
        assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 <= box.y1 <= page.y1


def test_a_long_title_is_cut_to_its_lines_with_an_ellipsis():
    figure = phase_timeline(_plan(8, RELATIVE, False))
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert labels[0].startswith("1. Close the old smelter")
    assert all(label.count("\n") == TITLE_LINES - 1 for label in labels)
    assert all(label.endswith("…") for label in labels)


def test_the_chart_grows_a_row_for_each_phase():
    heights = [timeline_height_in(_plan(count, RELATIVE, False)) for count in (2, 6, 8)]
    assert heights[0] < heights[1] < heights[2]
    assert heights[2] - heights[1] == pytest.approx((heights[1] - heights[0]) / 2)
