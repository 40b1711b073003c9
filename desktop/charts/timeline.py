"""The company's plan as a timeline: one bar per phase, placed by its horizon in years from now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.charts import style
from desktop.charts.horizons import place_phases

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.domain.model import Phase

TITLE_WIDTH = 30  # characters per line of a phase title beside its bar
MAX_PHASES = 8  # more rows than this stop being readable at 8 x 4 inches
BAR_HEIGHT = 0.46
ARROW_YEARS = 1.6  # how far an open-ended phase's arrow reaches past its start


def phase_timeline(
    phases: list[Phase], dark: bool = False, *, now_year: int | None = None
) -> Figure | None:
    """The phases of the plan as bars on an axis of years from now, first phase on top.

    Each bar is labelled with its horizon as the article words it; an open-ended horizon
    ("at least five years") ends in an arrow. Phases whose horizon cannot be read follow
    the phase before them, one year long.

    Args:
        phases: the plan, in order.
        dark: draw for a dark background.
        now_year: the article's year, so that "by 2030" can be placed.

    Returns:
        The figure, or None when there are no phases.
    """
    phases = [phase for phase in phases if phase is not None][:MAX_PHASES]
    if not phases:
        return None
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
