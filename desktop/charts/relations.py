"""Ties between organisations as a node–link diagram in two columns, each link labelled."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from desktop.charts import style

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.domain import model

MAX_LINKS = 12
NAME_WIDTH = 22
TERMS_WIDTH = 30
KIND_COLOURS = {
    "agreement": style.BLUE,
    "partnership": style.BLUISH_GREEN,
    "tie-up": style.BLUISH_GREEN,
    "joint venture": style.BLUISH_GREEN,
    "supply": style.ORANGE,
    "talks": style.REDDISH_PURPLE,
    "stake": style.VERMILLION,
    "acquisition": style.VERMILLION,
    "investment": style.SKY_BLUE,
}


def link_label(relationship: model.Relationship) -> str:
    """ "agreement, 20-year": the kind of tie and, when known, its terms."""
    kind = (relationship.kind or "tie").strip()
    terms = " ".join((relationship.terms or "").split())
    return style.wrap(f"{kind}, {terms}" if terms else kind, TERMS_WIDTH)


def layout(links: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Positions for the names: x is 0 (left) or 1 (right), y is the row, groups stacked.

    Each group of linked names alternates sides from the name seen first, so a pair sits
    across from each other and a hub sits opposite everything it is tied to.
    """
    neighbours: dict[str, list[str]] = defaultdict(list)
    order: list[str] = []
    for source, target in links:
        for name in (source, target):
            if name not in neighbours:
                order.append(name)
        neighbours[source].append(target)
        neighbours[target].append(source)
    side: dict[str, int] = {}
    positions: dict[str, tuple[float, float]] = {}
    top = 0.0
    for start in order:
        if start in side:
            continue
        group = [start]
        side[start] = 0
        for name in group:  # breadth first; the list grows as it is walked
            for other in neighbours[name]:
                if other not in side:
                    side[other] = 1 - side[name]
                    group.append(other)
        columns = [[n for n in group if side[n] == 0], [n for n in group if side[n] == 1]]
        height = max(len(column) for column in columns)
        for column_index, column in enumerate(columns):
            offset = (height - len(column)) / 2  # centre the shorter column
            for row, name in enumerate(column):
                positions[name] = (float(column_index), top + offset + row)
        top += height
    return positions


def relationship_diagram(
    organisations: list[model.Organisation],
    relationships: list[model.Relationship],
    dark: bool = False,
) -> Figure | None:
    """The organisations that are tied to each other, with an arrow per tie, labelled with its kind.

    Args:
        organisations: the briefing's organisations (names missing from it are drawn plainly).
        relationships: the ties; source and target are names.
        dark: draw for a dark background.

    Returns:
        The figure, or None when there is no tie between two different names.
    """
    ties = [
        tie
        for tie in relationships
        if tie is not None and tie.source and tie.target and tie.source != tie.target
    ][:MAX_LINKS]
    if not ties:
        return None
    colours = style.theme(dark)
    known = {org.name for org in organisations if org is not None}
    positions = layout([(tie.source, tie.target) for tie in ties])
    rows = max(y for _, y in positions.values()) + 1

    figure = style.new_figure(style.WIDTH_IN, max(2.6, 0.9 + 0.95 * rows), dark)
    axes = figure.add_subplot()
    style.bare_axes(axes, dark)
    axes.set_xlim(-0.55, 1.55)
    axes.set_ylim(rows - 0.45, -0.55)

    nodes = {}
    for name, (x, y) in positions.items():
        nodes[name] = axes.text(
            x,
            y,
            style.wrap(name, NAME_WIDTH),
            ha="center",
            va="center",
            fontsize=style.LABEL_SIZE,
            fontweight="bold" if name in known else "normal",
            color=colours.text,
            zorder=3,
            bbox={
                "boxstyle": "round,pad=0.45",
                "facecolor": colours.track,
                "edgecolor": colours.rule,
            },
        )

    pairs: dict[frozenset, list] = defaultdict(list)
    for tie in ties:
        pairs[frozenset((tie.source, tie.target))].append(tie)
    for pair_ties in pairs.values():
        for index, tie in enumerate(pair_ties):
            _draw_tie(axes, nodes, positions, tie, index, len(pair_ties), dark)
    style.set_title(axes, "Who is tied to whom", dark)
    return figure


def _draw_tie(axes, nodes, positions, tie, index: int, count: int, dark: bool) -> None:
    """One arrow from box edge to box edge, its label above it (below for a second tie)."""
    colours = style.theme(dark)
    colour = colours.readable(KIND_COLOURS.get((tie.kind or "").lower(), colours.muted))
    (x0, y0), (x1, y1) = positions[tie.source], positions[tie.target]
    # Ties between the same two names run side by side, a little above and below the centre.
    level = 0.5 if count == 1 else 0.78 - 0.56 * index / (count - 1)
    if x0 == x1:  # same column: leave from the right side and curve back
        start, end, curve = (1.0, level), (1.0, level), "arc3,rad=-0.5"
    else:
        start = (1.0 if x1 > x0 else 0.0, level)
        end = (0.0 if x1 > x0 else 1.0, level)
        curve = "arc3,rad=0"
    axes.annotate(
        "",
        xy=end,
        xycoords=nodes[tie.target],
        xytext=start,
        textcoords=nodes[tie.source],
        arrowprops={
            "arrowstyle": "-|>",
            "color": colour,
            "linewidth": 1.8,
            "shrinkA": 6,
            "shrinkB": 6,
            "mutation_scale": 14,
            "connectionstyle": curve,
        },
        zorder=2,
    )
    above = index == 0 or count == 1
    middle = ((x0 + x1) / 2, (y0 + y1) / 2)
    beside = x0 == x1  # the curve bulges right of the column; its label goes next to it
    where = "data"
    if beside:
        # x: the right edge of the source's box; y: halfway between the two names.
        middle, above, where = (1.0, (y0 + y1) / 2), None, (nodes[tie.source], "data")
    axes.annotate(
        link_label(tie),
        xy=middle,
        xycoords=where,
        xytext=(24 if beside else 0, 0 if beside else 9 if above else -9),
        textcoords="offset points",
        ha="left" if beside else "center",
        va="center" if beside else "bottom" if above else "top",
        fontsize=style.SMALL_SIZE,
        color=colours.text,  # the arrow carries the colour; pale text on white would not read
        zorder=4,
    )
