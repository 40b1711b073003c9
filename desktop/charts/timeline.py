"""The company's plan as a timeline: one bar per phase, placed by its horizon in years from now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.charts import style
from desktop.charts.horizons import article_date, calendar_date, place_phases, relative_span

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.domain.model import Phase

TITLE_WIDTH = 30  # characters per line of a phase title beside its bar
MAX_PHASES = 8  # more rows than this stop being readable at 8 x 4 inches
BAR_HEIGHT = 0.46
ARROW_YEARS = 1.6  # how far an open-ended phase's arrow reaches past its start


def phase_timeline(
    phases: list[Phase],
    dark: bool = False,
    *,
    now_year: int | None = None,
    published: str | None = None,
) -> Figure | None:
    """The phases of the plan as bars on an axis of years from now, first phase on top.

    Each bar is labelled with its horizon as the article words it; an open-ended horizon
    ("at least five years") ends in an arrow. Phases whose horizon cannot be read follow
    the phase before them, one year long.

    Args:
        phases: the plan, in order.
        dark: draw for a dark background.
        now_year: the article's year, so that "by 2030" can be placed.
        published: the article's date; with it, phases stand on real dates (calendar_timeline).

    Returns:
        The figure, or None when there are no phases.
    """
    phases = [phase for phase in phases if phase is not None][:MAX_PHASES]
    if not phases:
        return None
    if article_date(published) is not None and any(
        calendar_date(phase.horizon, published) is not None for phase in phases
    ):
        return calendar_timeline(phases, published, dark)
    colours = style.theme(dark)
    spans = place_phases([phase.horizon for phase in phases], now_year)
    right = max(span.start + ARROW_YEARS if span.open_end else span.end for span in spans)
    right = max(right, 3.0)

    height = max(2.6, 1.1 + 0.75 * len(phases))
    figure = style.new_figure(style.WIDTH_IN, height, dark)
    axes = figure.add_subplot()
    style.style_axes(axes, dark, grid_axis="x")

    lanes = list(dict.fromkeys(phase.organisation for phase in phases))
    for row, (phase, span) in enumerate(zip(phases, spans, strict=True)):
        # One colour per organisation's lane when several plan; a done stage is greyed.
        colour = colours.colour(lanes.index(phase.organisation) if len(lanes) > 1 else row)
        if getattr(phase, "done", False):
            colour = colours.rule
        if span.open_end:
            _open_bar(axes, row, span.start, right + 0.4 - span.start, colour)
        else:
            axes.barh(row, span.end - span.start, left=span.start, height=BAR_HEIGHT, color=colour)
        axes.annotate(
            style.wrap(_horizon_label(phase), 34),
            xy=(span.start, row - BAR_HEIGHT / 2),
            xytext=(0, 3),
            textcoords="offset points",
            ha="left",
            va="bottom",
            fontsize=style.SMALL_SIZE,
            color=colours.muted if phase.horizon else colours.rule,
            fontstyle="normal" if phase.horizon else "italic",
        )

    axes.set_yticks(
        range(len(phases)),
        [
            style.wrap(f"{n}. {_label(phase, len(lanes) > 1)}", TITLE_WIDTH)
            for n, phase in enumerate(phases, 1)
        ],
    )
    axes.tick_params(axis="y", length=0)
    axes.set_ylim(len(phases) - 0.4, -0.85)  # first phase on top, room for its horizon label
    axes.set_xlim(0, right + 0.5)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("Years from now (approximate)", fontsize=style.SMALL_SIZE)
    axes.spines["left"].set_visible(False)
    style.set_title(axes, "The plan in phases", dark)
    return figure


def _label(phase: Phase, lanes: bool) -> str:
    """The row's label: the title, with its organisation where several plan, and "done"."""
    label = _title(phase)
    if lanes and phase.organisation:
        label = f"{phase.organisation}: {label}"
    return f"{label} (done)" if getattr(phase, "done", False) else label


def _title(phase: Phase) -> str:
    title = (phase.title or "").strip() or "Untitled phase"
    return title[0].upper() + title[1:]


def _horizon_label(phase: Phase) -> str:
    horizon = phase.horizon or "timing not given"
    return f"{horizon} (done)" if getattr(phase, "done", False) else horizon


def _open_bar(axes, row: int, start: float, length: float, colour: str) -> None:
    """A bar that ends in an arrowhead: the phase starts here and has no end in sight."""
    from matplotlib.patches import FancyArrow

    head = min(0.45, length / 2)
    axes.add_patch(
        FancyArrow(
            start,
            row,
            length,
            0,
            width=BAR_HEIGHT,
            head_width=BAR_HEIGHT * 1.5,
            head_length=head,
            length_includes_head=True,
            color=colour,
            linewidth=0,
        )
    )


MIN_BAR_YEARS = 0.04  # about two weeks: a dated step still shows as a bar


def calendar_timeline(phases: list[Phase], published: str | None, dark: bool = False) -> Figure:
    """The phases on real dates from the article's date: one row per phase, lanes by colour.

    A step to come is a bar from the article's date to its horizon; a done stage a grey bar
    at its date; an event-relative step ("once the merger closes") follows the step before,
    hatched, since the article gives it no date.
    """
    colours = style.theme(dark)
    reference = article_date(published) or 0.0
    lanes = list(dict.fromkeys(phase.organisation for phase in phases))
    placed: list[tuple[float, float, bool]] = []  # (start, end, dated)
    last = reference
    for phase in phases:
        when = calendar_date(phase.horizon, published)
        dated = when is not None
        if when is None:
            when = last + 0.1
        stage = relative_span(phase.horizon)
        if stage is not None and dated:
            # "within two to three years", "at least five years": the stretch it names.
            start, end = reference + stage.start, reference + stage.end
            if stage.open_end:
                end += 1.0
        elif getattr(phase, "done", False) or when <= reference:
            start, end = when - MIN_BAR_YEARS, when
        else:
            start, end = reference, when  # "by June 10": from the article's date until then
        placed.append((start, max(end, start + MIN_BAR_YEARS), dated))
        last = max(last, when)
    left = min(reference, *(start for start, _end, _dated in placed))
    right = max(reference, *(end for _start, end, _dated in placed))
    pad = max(0.08, (right - left) * 0.08)

    height = max(2.6, 1.1 + 0.75 * len(phases))
    figure = style.new_figure(style.WIDTH_IN, height, dark)
    axes = figure.add_subplot()
    style.style_axes(axes, dark, grid_axis="x")
    for row, (phase, (start, end, dated)) in enumerate(zip(phases, placed, strict=True)):
        colour = colours.colour(lanes.index(phase.organisation) if len(lanes) > 1 else row)
        if getattr(phase, "done", False):
            colour = colours.rule
        axes.barh(
            row,
            end - start,
            left=start,
            height=BAR_HEIGHT,
            color=colour,
            hatch=None if dated else "//",
            alpha=1.0 if dated else 0.55,
        )
        label = _horizon_label(phase) if dated else f"{phase.horizon or 'no date'} (no date)"
        axes.annotate(
            style.wrap(label, 34),
            xy=(start, row - BAR_HEIGHT / 2),
            xytext=(0, 3),
            textcoords="offset points",
            ha="left",
            va="bottom",
            fontsize=style.SMALL_SIZE,
            color=colours.muted,
        )
    axes.axvline(reference, color=colours.muted, linewidth=0.8, linestyle="--")
    axes.annotate(
        "article date",
        xy=(reference, 0.0),
        xycoords=("data", "axes fraction"),
        xytext=(3, 2),
        textcoords="offset points",
        va="bottom",
        fontsize=style.SMALL_SIZE,
        color=colours.muted,
    )
    axes.set_yticks(
        range(len(phases)),
        [
            style.wrap(f"{n}. {_label(phase, len(lanes) > 1)}", TITLE_WIDTH)
            for n, phase in enumerate(phases, 1)
        ],
    )
    axes.tick_params(axis="y", length=0)
    axes.set_ylim(len(phases) + 0.05, -0.85)  # room below the last row for "article date"
    axes.set_xlim(left - pad, right + pad)
    _date_ticks(axes, left - pad, right + pad)
    axes.set_xlabel("Date", fontsize=style.SMALL_SIZE)
    axes.spines["left"].set_visible(False)
    style.set_title(axes, "The plan in phases", dark)
    return figure


_MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _date_ticks(axes, left: float, right: float) -> None:
    """Years on a long axis, months ("Jun 2011") on one under a year and a half."""
    if right - left > 1.5:
        first, last = int(left) + 1, int(right)
        step = max(1, (last - first) // 8 + 1)
        years = list(range(first, last + 1, step)) or [int(left)]
        axes.set_xticks(years, [str(y) for y in years])
        return
    months = []
    k = int(left * 12) + 1
    # "Jun 2011" is eight characters: four fit under the bars beside the phase titles.
    step = max(1, int((right - left) * 12) // 4 + 1)
    while k / 12 <= right:
        months.append(k)
        k += step
    axes.set_xticks([m / 12 for m in months], [f"{_MONTH_NAMES[m % 12]} {m // 12}" for m in months])
