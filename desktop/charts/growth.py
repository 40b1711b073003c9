"""Growth in the article: multiples ("19 times by 2035") as bars from 1×, and its percentages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.charts import style
from desktop.charts.labels import finite, multiple_label, percent_label, sentence_case
from desktop.charts.measures import charted_percents, measure_of, signed

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.domain import model

MAX_ROWS = 6
MAX_MULTIPLES = 3  # each takes three rows: its subject, today and the target
NEAR_CHARS = 40  # a year this close to a multiple is its target year ("19 times by 2035")
LABEL_WIDTH = 28


def _unique(figures: list[model.Figure], kind: str) -> list[model.Figure]:
    seen: set[tuple] = set()
    found = []
    for figure in figures:
        if figure is None or figure.kind != kind or not finite(figure.value):
            continue
        key = (figure.value, figure.value_max, (figure.about or "").lower())
        if key not in seen:
            seen.add(key)
            found.append(figure)
    return found


def target_year(multiple: model.Figure, figures: list[model.Figure]) -> int | None:
    """The year a multiple is reached by, when a year stands right next to it in the text."""
    span = multiple.first_span
    if span is None:
        return None
    best = None
    for figure in figures:
        if figure is None or figure.kind != "year" or not finite(figure.value):
            continue
        other = figure.first_span
        if other is None or not 1900 <= figure.value <= 2200:
            continue
        gap = max(other.start - span.end, span.start - other.end)
        if gap <= NEAR_CHARS and (best is None or gap < best[0]):
            best = (gap, int(figure.value))
    return best[1] if best else None


def growth_chart(figures: list[model.Figure], dark: bool = False) -> Figure | None:
    """Multiples as a pair of bars, today (1×) and the target (N×, "by 2035" when the year
    stands beside it), and, when there are two or more, the percentages on a 0–100 scale.

    Returns:
        The figure, or None when there is no multiple and fewer than two percentages.
    """
    figures = [figure for figure in figures if figure is not None]
    multiples = [f for f in _unique(figures, "multiple") if f.value > 0][:MAX_MULTIPLES]
    percents = charted_percents(figures)[:MAX_ROWS]
    if not multiples and not percents:
        return None

    rows = max(3 * len(multiples), len(percents))
    figure = style.new_figure(style.WIDTH_IN, max(2.4, 1.1 + 0.45 * rows), dark)
    panels = [(_multiples, multiples), (_percents, percents)]
    panels = [(draw, items) for draw, items in panels if items]
    grid = figure.subplots(1, len(panels), squeeze=False)[0]
    for axes, (draw, items) in zip(grid, panels, strict=True):
        style.style_axes(axes, dark)
        draw(axes, items, figures, dark)
        axes.set_xticks([])
        axes.spines["bottom"].set_visible(False)
        axes.spines["left"].set_visible(False)
        axes.tick_params(axis="y", length=0)
    changes = any(f.direction for f in percents)
    measure = sentence_case(measure_of(percents[0])) if percents else ""
    named = f"{measure} changes, in percent" if measure and measure != "Amount" else "Changes"
    forecast = any(target_year(m, figures) for m in multiples)
    growth = "Expected growth" if forecast else "Growth, as a multiple"
    if len(panels) == 1:
        title = growth if multiples else named if changes else "Shares, in percent"
        style.set_title(grid[0], title, dark)
    else:
        style.set_title(grid[0], growth, dark)
        style.set_title(grid[1], named if changes else "Shares, in percent", dark)
    return figure


def _multiples(axes, multiples: list[model.Figure], figures: list[model.Figure], dark: bool):
    """Per multiple: its subject as a heading, then a bar for today and one for the target."""
    colours = style.theme(dark)
    tops = [float(f.value_max if finite(f.value_max) else f.value) for f in multiples]
    ticks, tick_labels = [], []
    for index, (multiple, top) in enumerate(zip(multiples, tops, strict=True)):
        row = 3 * index + 1
        year = target_year(multiple, figures)
        today = axes.barh(row, 1, height=0.62, color=colours.rule)
        target = axes.barh(row + 1, top, height=0.62, color=colours.readable(colours.colour(1)))
        style.label_bar_ends(axes, today, ["1×"], dark)
        style.label_bar_ends(axes, target, [multiple_label(multiple)], dark)
        ticks += [row, row + 1]
        # A target year makes it a forecast ("19 times by 2035"); else it happened.
        tick_labels += ["Today", f"By {year}"] if year else ["Before", "After"]
        axes.text(
            0,
            row - 0.75,
            style.wrap(sentence_case(multiple.about or multiple.text), 60),
            ha="left",
            va="center",
            fontsize=style.LABEL_SIZE,
            color=colours.muted,
        )
    axes.set_yticks(ticks, tick_labels)
    axes.set_xlim(0, max(tops) * 1.2 + 0.5)
    axes.set_ylim(3 * len(multiples) - 0.4, -0.2)


def _percents(axes, percents: list[model.Figure], figures: list[model.Figure], dark: bool):
    """Each percentage as a bar, labelled with what it measures: shares against a faint
    0–100 track, changes from zero with their sign (a fall of 41% is drawn as -41%)."""
    colours = style.theme(dark)
    values = [signed(f) for f in percents]
    if any(f.direction for f in percents):
        low, high = min(0.0, *values), max(0.0, *values)
        bars = axes.barh(range(len(values)), values, height=0.55, color=colours.colour(2))
        style.label_bar_ends(axes, bars, [percent_label(f) for f in percents], dark)
        axes.axvline(0, color=colours.rule, linewidth=1)
        axes.set_yticks(
            range(len(percents)),
            [style.wrap(sentence_case(f.about or f.text), LABEL_WIDTH) for f in percents],
        )
        span = (high - low) or 1
        axes.set_xlim(low - span * 0.35 if low < 0 else 0, high + span * 0.35 if high > 0 else 0)
        axes.set_ylim(len(percents) - 0.4, -0.6)
        return
    low = min(0.0, *values)
    high = max(100.0, *values)
    axes.barh(range(len(values)), high - low, left=low, height=0.55, color=colours.track)
    bars = axes.barh(range(len(values)), values, height=0.55, color=colours.colour(2))
    style.label_bar_ends(axes, bars, [percent_label(f) for f in percents], dark)
    axes.set_yticks(
        range(len(percents)),
        [style.wrap(sentence_case(f.about or f.text), LABEL_WIDTH) for f in percents],
    )
    axes.set_xlim(low - (high - low) * 0.3 if low < 0 else 0, high * 1.2)
    axes.set_ylim(len(percents) - 0.4, -0.6)


def shown_growth(figures: list[model.Figure]) -> list[model.Figure]:
    """The multiples and percentages growth_chart draws, for its alt text."""
    figures = [figure for figure in figures if figure is not None]
    multiples = [f for f in _unique(figures, "multiple") if f.value > 0][:MAX_MULTIPLES]
    return multiples + charted_percents(figures)[:MAX_ROWS]
