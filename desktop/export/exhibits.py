"""The charts of the export: drawn afresh at print resolution, each with a caption and alt text."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from desktop.domain.headlines import counted
from desktop.domain.model import Briefing, Figure, Phase
from desktop.export.blocks import Chart
from desktop.export.page_one import Follow
from desktop.export.xml_text import one_line

log = logging.getLogger(__name__)
DPI = 200
FIGURE_HEIGHT_IN = 2.3  # the figure charts share a page with the figures table
SHORT_FIGURE_HEIGHT_IN = 1.9  # a short article's one chart shares page two with everything
# An article shorter than this many words is short: its briefing makes two pages before
# the appendix, so its figure charts are fewer and smaller and must add to page one's strip.
SHORT_WORDS = 600
# (articles shorter than this many words, get this many figure charts); longer get three.
CHART_BUDGET = ((SHORT_WORDS, 1), (1000, 2))


def _article_year(briefing: Briefing) -> int | None:
    match = re.match(r"(\d{4})", briefing.article.published or "")
    return int(match.group(1)) if match else None


def _figures_alt(figures: list[Figure], kinds: tuple[str, ...]) -> str:
    items = [
        f"{one_line(f.text)} ({one_line(f.about)})" if f.about else one_line(f.text)
        for f in figures
        if f.kind in kinds
    ]
    return "; ".join(dict.fromkeys(items))


def _draw(
    name: str,
    build: Callable[[], object],
    width_in: float,
    max_height_in: float = 3.2,
    *,
    keep_height: bool = False,
) -> bytes | None:
    """PNG data of a freshly built figure, or None when there is nothing to draw or it fails.

    The figure is resized to the width it will have on paper, so its text prints at the
    point sizes the chart style asks for instead of shrinking with the picture, and no
    taller than max_height_in, so a chart of two bars does not take half a page; with
    keep_height, it keeps the height it was built at (a chart laid out in inches on paper,
    whose rows would overprint if squeezed). A chart that cannot be drawn is logged and
    left out: one odd figure must not stop an export.
    """
    from desktop.charts import png_bytes

    try:
        figure = build()
        if figure is None:
            return None
        width, height = figure.get_size_inches()
        if not keep_height:
            height = min(height * width_in / width, max_height_in)
        figure.set_size_inches(width_in, height)
        return png_bytes(figure, dpi=DPI)
    except Exception:
        log.exception("could not draw the %s chart for the export", name)
        return None


def roadmap_height(phases: list[Phase]) -> float:
    """The roadmap chart's height in inches: a row for each phase (up to eight), as tall as
    its title wrapped to two lines needs, so that no title overprints another."""
    from desktop.charts.timeline import timeline_height_in

    return timeline_height_in(phases)


def wants_roadmap_chart(briefing: Briefing, short: bool, follow: Follow) -> bool:
    """Whether the roadmap gets a timeline: not for one phase (a single bar says no more
    than its row in the table), nor for a short article whose roadmap table starts on page
    one (the chart would open page two and push the evidence onto a third).

    Args:
        follow: how the evidence meets page one.
    """
    return len(briefing.phases) >= 2 and not (short and follow.chart_last)


def roadmap_chart(briefing: Briefing, width_in: float) -> Chart | None:
    """The phases on a timeline: on real dates where the article has one, else years from
    now, roadmap_height tall."""
    from desktop.charts import phase_timeline

    year = _article_year(briefing)
    published = briefing.article.published
    png = _draw(
        "timeline",
        lambda: phase_timeline(briefing.phases, now_year=year, published=published),
        width_in,
        keep_height=True,
    )
    if png is None:
        return None
    steps = "; ".join(
        f"{n}. {one_line(p.title)} ({one_line(p.horizon) or 'timing not given'}"
        f"{', done' if p.done else ''})"
        for n, p in enumerate(briefing.phases, 1)
    )
    return Chart(
        "The plan in phases, on an approximate timeline",
        png,
        f"Timeline of the plan in {counted(len(briefing.phases), 'phase')}: {steps}.",
    )


def figure_chart_budget(word_count: int) -> int:
    """How many figure charts an article of this length gets: a short article's briefing
    stays at two pages, so it shows its figures in the table and one chart."""
    for words, charts in CHART_BUDGET:
        if word_count < words:
            return charts
    return len(CHART_BUDGET) + 1


def adds_to_strip(shown: list[Figure], key_figures: list[Figure]) -> bool:
    """Whether a chart of these figures says more than page one's key-figures strip.

    It does when it compares two numbers or more (a sum and its conversions count as one)
    and draws at least one the strip does not show: a chart of "third-largest" alone, or
    of the two shares already in the strip, only takes room.
    """
    ids = {figure.id for figure in shown}
    numbers = [f for f in shown if not (f.conversion_of and f.conversion_of in ids)]
    pinned = {figure.id for figure in key_figures}
    new = [f for f in numbers if f.id not in pinned and f.conversion_of not in pinned]
    return len(numbers) >= 2 and bool(new)


def figure_charts(
    briefing: Briefing,
    width_in: float,
    limit: int = 3,
    *,
    height_in: float = FIGURE_HEIGHT_IN,
    only_new: bool = False,
) -> list[Chart]:
    """The charts that help read the numbers: money in each currency, growth, ranks.

    Args:
        limit: at most this many, in that order (figure_chart_budget).
        height_in: each at most this tall.
        only_new: leave out a chart that repeats the key-figures strip (adds_to_strip),
            for a short article whose evidence must fit on page two.
    """
    from desktop.charts import growth_chart, investment_chart, rank_chart
    from desktop.charts.growth import shown_growth
    from desktop.charts.money import shown_money
    from desktop.charts.ranks import rank_figures

    figures = briefing.figures
    key_figures = briefing.pinned_figures()
    made: list[Chart] = []
    kinds = (
        ("investment", investment_chart, shown_money, ("money",),
         "The money involved, in each currency given", "Amounts of money", 0.72),
        ("growth", growth_chart, shown_growth, ("multiple", "percent", "year"),
         "Growth and shares", "Growth and shares", 1.0),
        ("rank", rank_chart, rank_figures, ("rank",), "Rankings mentioned",
         "Rankings in the article", 1.0),
    )  # fmt: skip
    for name, builder, pick, shown, caption, alt_lead, share in kinds:
        if len(made) >= limit:
            break
        drawn = pick(figures)
        if only_new and not adds_to_strip(drawn, key_figures):
            continue
        png = _draw(name, lambda b=builder: b(figures), width_in, height_in)
        if png:
            # The alt text names exactly the figures the chart draws.
            alt = _figures_alt(drawn, shown)
            made.append(Chart(caption, png, f"{alt_lead}: {alt}.", share))
    return made


def relationship_chart(briefing: Briefing, width_in: float) -> Chart | None:
    """The ties between organisations as a diagram."""
    from desktop.charts import relationship_diagram

    png = _draw(
        "relationship",
        lambda: relationship_diagram(briefing.organisations, briefing.relationships),
        width_in,
    )
    if png is None:
        return None
    ties = "; ".join(
        f"{one_line(r.source)} – {one_line(r.target)}: {one_line(r.kind)}"
        + (f" ({one_line(r.terms)})" if r.terms else "")
        for r in briefing.relationships
    )
    return Chart("Ties between the organisations", png, f"Diagram of ties: {ties}.")
