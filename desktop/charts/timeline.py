"""The company's plan as a timeline: one bar per phase, placed by its horizon in years from now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.charts import style
from desktop.charts.horizons import article_date, calendar_date, place_phases, relative_span

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.domain.model import Phase

TITLE_WIDTH = 30  # characters per line of a phase title beside its bar
TITLE_LINES = 2  # a longer title is cut with "…": the roadmap table below gives it whole
HORIZON_WIDTH = 40  # characters of the horizon written over a bar, on one line
MAX_PHASES = 8  # more rows than this stop being readable on a page
ARROW_YEARS = 1.6  # how far an open-ended phase's arrow reaches past its start

# The rows are laid out in inches on paper, so that no text overprints at any number of
# phases: the y axis counts inches from the first bar's centre down. A row holds its bar
# with the horizon written above it, and beside them the phase title of up to TITLE_LINES
# lines; a row is as tall as the taller of the two, plus a gap.
BAR_IN = 0.16
TEXT_LINE = 1.2  # matplotlib's line spacing, in font sizes
HORIZON_IN = (style.SMALL_SIZE * TEXT_LINE + 3) / 72  # the horizon's line and its 3-point lift
ROW_GAP_IN = 0.07
ARTICLE_DATE_IN = (style.SMALL_SIZE * TEXT_LINE + 4) / 72  # "article date" under the last bar
# What is not rows: the title above the axes, the date ticks and the axis label below, and
# the layout's padding (constrained layout with style.new_figure's pads).
FRAME_IN = 0.9


def title_label(number: int, phase: Phase, lanes: bool) -> str:
    """A row's label, wrapped to TITLE_LINES lines of TITLE_WIDTH and cut with "…".

    "3. Goldcrest Mining Corp.: Name a replacement for van der Walt" becomes
    "3. Goldcrest Mining Corp.: Name a\nreplacement for van der Walt".
    """
    return style.wrap(f"{number}. {_label(phase, lanes)}", TITLE_WIDTH, TITLE_LINES)


def row_in(labels: list[str]) -> float:
    """The height of every row, in inches: room for the tallest title, or for a bar with its
    horizon written above it, whichever is taller (0.47 for titles of two lines or fewer)."""
    lines = max((label.count("\n") + 1 for label in labels), default=1)
    title_in = lines * style.LABEL_SIZE * TEXT_LINE / 72
    return max(BAR_IN + HORIZON_IN, title_in) + ROW_GAP_IN


def timeline_height_in(phases: list[Phase]) -> float:
    """The figure's height in inches that gives every phase its row, at any width:
    about 2.0 for two phases, 3.9 for six, 4.8 for eight (MAX_PHASES)."""
    phases = [phase for phase in phases if phase is not None][:MAX_PHASES]
    lanes = len({phase.organisation for phase in phases}) > 1
    labels = [title_label(n, phase, lanes) for n, phase in enumerate(phases, 1)]
    bottom, top = _y_limits(len(labels), row_in(labels))
    return FRAME_IN + bottom - top


def _y_limits(count: int, row: float) -> tuple[float, float]:
    """The y axis, in inches from the first bar's centre: (bottom, top), top above the
    first bar's horizon, bottom under the last bar with room for "article date"."""
    last = (count - 1) * row
    return last + BAR_IN / 2 + ARTICLE_DATE_IN + 0.04, -(BAR_IN / 2 + HORIZON_IN + 0.04)


def _rows(axes, phases: list[Phase], lanes: bool) -> list[float]:
    """Set the y axis to rows of equal height with the phase titles beside them, first on
    top, and return each row's centre."""
    labels = [title_label(n, phase, lanes) for n, phase in enumerate(phases, 1)]
    row = row_in(labels)
    centres = [index * row for index in range(len(labels))]
    axes.set_yticks(centres, labels)
    axes.tick_params(axis="y", length=0)
    axes.set_ylim(*_y_limits(len(labels), row))
    axes.spines["left"].set_visible(False)
    return centres


def _horizon(axes, text: str, x: float, centre: float, **font) -> None:
    """The horizon, on one line, written just above the bar that starts at x."""
    axes.annotate(
        style.wrap(text, HORIZON_WIDTH, 1),
        xy=(x, centre - BAR_IN / 2),
        xytext=(0, 3),
        textcoords="offset points",
        ha="left",
        va="bottom",
        fontsize=style.SMALL_SIZE,
        **font,
    )


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

    figure = style.new_figure(style.WIDTH_IN, timeline_height_in(phases), dark)
    axes = figure.add_subplot()
    style.style_axes(axes, dark, grid_axis="x")

    lanes = list(dict.fromkeys(phase.organisation for phase in phases))
    centres = _rows(axes, phases, len(lanes) > 1)
    for row, (phase, span, centre) in enumerate(zip(phases, spans, centres, strict=True)):
        # One colour per organisation's lane when several plan; a done stage is greyed.
        colour = colours.colour(lanes.index(phase.organisation) if len(lanes) > 1 else row)
        if getattr(phase, "done", False):
            colour = colours.rule
        if span.open_end:
            _open_bar(axes, centre, span.start, right + 0.4 - span.start, colour)
        else:
            axes.barh(centre, span.end - span.start, left=span.start, height=BAR_IN, color=colour)
        _horizon(
            axes,
            _horizon_label(phase),
            span.start,
            centre,
            color=colours.muted if phase.horizon else colours.rule,
            fontstyle="normal" if phase.horizon else "italic",
        )
    axes.set_xlim(0, right + 0.5)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("Years from now (approximate)", fontsize=style.SMALL_SIZE)
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


def _open_bar(axes, centre: float, start: float, length: float, colour: str) -> None:
    """A bar that ends in an arrowhead: the phase starts here and has no end in sight."""
    from matplotlib.patches import FancyArrow

    head = min(0.45, length / 2)
    axes.add_patch(
        FancyArrow(
            start,
            centre,
            length,
            0,
            width=BAR_IN,
            head_width=BAR_IN * 1.5,
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

    figure = style.new_figure(style.WIDTH_IN, timeline_height_in(phases), dark)
    axes = figure.add_subplot()
    style.style_axes(axes, dark, grid_axis="x")
    centres = _rows(axes, phases, len(lanes) > 1)
    for row, (phase, (start, end, dated), centre) in enumerate(
        zip(phases, placed, centres, strict=True)
    ):
        colour = colours.colour(lanes.index(phase.organisation) if len(lanes) > 1 else row)
        if getattr(phase, "done", False):
            colour = colours.rule
        axes.barh(
            centre,
            end - start,
            left=start,
            height=BAR_IN,
            color=colour,
            hatch=None if dated else "//",
            alpha=1.0 if dated else 0.55,
        )
        label = _horizon_label(phase) if dated else f"{phase.horizon or 'no date'} (no date)"
        _horizon(axes, label, start, centre, color=colours.muted)
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
    axes.set_xlim(left - pad, right + pad)
    _date_ticks(axes, left - pad, right + pad)
    axes.set_xlabel("Date", fontsize=style.SMALL_SIZE)
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
