"""The look every chart shares: Okabe–Ito colours, font sizes, light and dark themes."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import matplotlib
from matplotlib.figure import Figure

# Okabe & Ito (2008): eight colours that stay distinct under the common colour-vision deficiencies.
# Black is left out of the cycle because it is the text colour on light backgrounds.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
PALETTE = (BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE, SKY_BLUE, YELLOW)

TITLE_SIZE = 13
LABEL_SIZE = 10.5
SMALL_SIZE = 9
VALUE_SIZE = 11

# About 8 x 4 inches reads well in a tab of a 1280 x 800 window and on a Word page.
WIDTH_IN = 8.0
HEIGHT_IN = 4.0


@dataclass(frozen=True)
class Theme:
    """The colours of one variant: background, text, secondary text, rules, and the palette."""

    background: str
    text: str
    muted: str
    rule: str
    track: str
    palette: tuple[str, ...] = PALETTE

    def colour(self, index: int) -> str:
        """The palette colour for the index-th series, cycling."""
        return self.palette[index % len(self.palette)]

    def readable(self, colour: str) -> str:
        """The colour, or a lighter one of its family where it is too dark for the background."""
        if self is DARK and colour == BLUE:
            return SKY_BLUE
        return colour


LIGHT = Theme(
    background="#FFFFFF", text="#222222", muted="#5F5F5F", rule="#C8C8C8", track="#EBEBEB"
)
# On a dark background Okabe-Ito blue is too dark to read, so sky blue leads the cycle.
DARK = Theme(
    background="#262626",
    text="#E8E8E8",
    muted="#A8A8A8",
    rule="#5A5A5A",
    track="#3A3A3A",
    palette=(SKY_BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE, YELLOW),
)


def ink_on(colour: str) -> str:
    """Black or white, whichever reads better on the colour (WCAG relative luminance)."""
    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    # Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); equal near 0.18.
    return "#000000" if luminance > 0.179 else "#FFFFFF"


def theme(dark: bool = False) -> Theme:
    """The light or the dark theme."""
    return DARK if dark else LIGHT


def new_figure(
    width_in: float = WIDTH_IN, height_in: float = HEIGHT_IN, dark: bool = False
) -> Figure:
    """A blank figure in the house style, built without pyplot.

    No pyplot means no global figure registry and no backend choice, so figures can be built
    off the UI thread (the export does) and are freed like any other object. Constrained
    layout re-fits titles, tick labels and text on every draw, so a resized tab keeps them in view.

    Args:
        width_in: width in inches.
        height_in: height in inches.
        dark: use the dark theme's background.
    """
    colours = theme(dark)
    # Article text is never math: "S$650 million (US$505 million)" must not turn the
    # part between the dollar signs into italic mathtext.
    matplotlib.rcParams["text.parse_math"] = False
    figure = Figure(
        figsize=(width_in, height_in),
        dpi=100,
        facecolor=colours.background,
        edgecolor=colours.background,
        layout="constrained",
    )
    figure.get_layout_engine().set(w_pad=0.08, h_pad=0.08)
    return figure


def style_axes(axes, dark: bool = False, *, grid_axis: str | None = None) -> None:
    """Give axes the theme's colours, drop the top and right spines, and optionally a light grid.

    Args:
        axes: a matplotlib Axes.
        dark: use the dark theme.
        grid_axis: "x" or "y" to draw faint reference lines across that axis, None for none.
    """
    colours = theme(dark)
    axes.set_facecolor(colours.background)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(colours.rule)
    axes.tick_params(colors=colours.muted, labelcolor=colours.text, labelsize=LABEL_SIZE)
    axes.xaxis.label.set_color(colours.muted)
    axes.yaxis.label.set_color(colours.muted)
    if grid_axis:
        axes.grid(axis=grid_axis, color=colours.rule, linewidth=0.6, alpha=0.6)
        axes.set_axisbelow(True)


def bare_axes(axes, dark: bool = False) -> None:
    """Axes without spines or ticks, for diagrams and panels where position is not a value."""
    axes.set_facecolor(theme(dark).background)
    axes.set_axis_off()


def set_title(axes, title: str, dark: bool = False) -> None:
    """A left-aligned sentence-case title above the axes."""
    axes.set_title(title, loc="left", fontsize=TITLE_SIZE, color=theme(dark).text, pad=10)


def wrap(text: str, width: int, max_lines: int = 3) -> str:
    """Text broken into lines of at most width characters, cut with "…" after max_lines.

    Hyphenated words stay whole ("lithium-ion"); a word longer than a line is split, since
    one unbreakable run would squeeze the axes to nothing.
    """
    lines = textwrap.wrap(
        " ".join(str(text).split()),
        width=width,
        break_on_hyphens=False,
        max_lines=max_lines,
        placeholder=" …",
    )
    return "\n".join(lines)


def label_bar_ends(axes, bars, labels: list[str], dark: bool = False, *, pad_points: float = 4):
    """Write each label just past the end of its horizontal bar, in the text colour.

    The caller leaves room to the right of the longest bar (a wider x limit).
    """
    colours = theme(dark)
    for bar, label in zip(bars, labels, strict=False):
        backwards = bar.get_width() < 0  # a negative value: its label goes left of the bar
        axes.annotate(
            label,
            xy=(bar.get_x() + bar.get_width(), bar.get_y() + bar.get_height() / 2),
            xytext=(-pad_points if backwards else pad_points, 0),
            textcoords="offset points",
            ha="right" if backwards else "left",
            va="center",
            fontsize=VALUE_SIZE,
            fontweight="bold",
            color=colours.text,
        )
