"""Rankings in the article ("China's third-largest battery maker") as places on a short ladder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.charts import style
from desktop.charts.labels import finite, ordinal, sentence_case

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.domain import model

MAX_ROWS = 8
MIN_PLACES = 5  # a ladder shorter than this makes 3rd look like last
MAX_PLACES = 10  # ranks beyond this sit at the end of the ladder, labelled with their real rank
LABEL_WIDTH = 34


def rank_figures(figures: list[model.Figure]) -> list[model.Figure]:
    """The rank figures with a usable rank, repeats (same rank of the same thing) dropped."""
    seen: set[tuple] = set()
    ranks = []
    for figure in figures:
        if figure is None or figure.kind != "rank" or not finite(figure.value):
            continue
        if figure.value < 1:
            continue
        key = (int(figure.value), (figure.about or figure.text).lower())
        if key not in seen:
            seen.add(key)
            ranks.append(figure)
    return ranks


def rank_chart(figures: list[model.Figure], dark: bool = False) -> Figure | None:
    """Each ranking as a row of places, 1st on the left, with its place marked and labelled.

    The row is labelled with what the rank measures (the figure's "about") and the words
    the article uses ("third-largest").

    Returns:
        The figure, or None when the article ranks nothing.
    """
    ranks = sorted(rank_figures(figures), key=lambda figure: figure.value)[:MAX_ROWS]
    if not ranks:
        return None
    colours = style.theme(dark)
    places = min(MAX_PLACES, max(MIN_PLACES, *(int(figure.value) for figure in ranks)))
    figure = style.new_figure(style.WIDTH_IN, max(2.0, 1.2 + 0.62 * len(ranks)), dark)
    axes = figure.add_subplot()
    style.bare_axes(axes, dark)

    for row, rank in enumerate(ranks):
        place = min(int(rank.value), places)
        axes.plot([1, places], [row, row], color=colours.track, linewidth=2, zorder=1)
        axes.scatter(range(1, places + 1), [row] * places, s=22, color=colours.rule, zorder=2)
        colour = colours.colour(min(int(rank.value), places) - 1)
        axes.scatter([place], [row], s=900, color=colour, zorder=3)
        axes.text(
            place,
            row,
            ordinal(int(rank.value)),
            ha="center",
            va="center",
            fontsize=7 if rank.value >= 100 else style.SMALL_SIZE,
            fontweight="bold",
            color=style.ink_on(colour),
            zorder=4,
        )
        about = sentence_case(rank.about) if rank.about else sentence_case(rank.text)
        words = f"“{rank.text}”" if rank.about else ""
        axes.text(
            0.4,
            row,
            style.wrap(about, LABEL_WIDTH),
            ha="right",
            va="center",
            fontsize=style.LABEL_SIZE,
            color=colours.text,
        )
        if words:
            axes.text(
                places + 0.45,
                row,
                words,
                ha="left",
                va="center",
                fontsize=style.SMALL_SIZE,
                color=colours.muted,
                fontstyle="italic",
            )

    beyond = any(rank.value > places for rank in ranks)
    for place in range(1, places + 1):
        header = f"{ordinal(place)}+" if beyond and place == places else ordinal(place)
        axes.text(
            place,
            -0.75,
            header,
            ha="center",
            va="bottom",
            fontsize=style.SMALL_SIZE,
            color=colours.muted,
        )
    axes.set_xlim(0.5, places + 0.5)
    axes.set_ylim(len(ranks) - 0.5, -0.9)
    style.set_title(axes, "Where they rank", dark)
    return figure
