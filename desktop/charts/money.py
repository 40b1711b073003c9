"""The money in the article: one amount in each currency it is given in, or amounts compared."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.charts import style
from desktop.charts.labels import currency_name, finite, money_label, sentence_case
from desktop.charts.measures import charted_money, measure_of

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.domain import model

MAX_BARS = 8  # per panel; more bars stop being readable
MAX_PANELS = 3
LABEL_WIDTH = 26


@dataclass
class Amount:
    """One sum of money: as the article first gives it, and any conversions it adds."""

    original: model.Figure
    conversions: list[model.Figure] = field(default_factory=list)

    @property
    def figures(self) -> list[model.Figure]:
        return [self.original, *self.conversions]

    @property
    def units(self) -> list[str | None]:
        return [figure.unit for figure in self.figures]

    def in_unit(self, unit: str | None) -> model.Figure | None:
        return next((figure for figure in self.figures if figure.unit == unit), None)

    def label(self, figure: model.Figure) -> str:
        # "more than 50 billion rupees ($563 million)": the conversion is of "more than 50 bn".
        return money_label(figure, self.original.qualifier)

    @property
    def about(self) -> str:
        return sentence_case(self.original.about or self.original.text)


def amounts(figures: list[model.Figure]) -> list[Amount]:
    """The money figures grouped into sums: each original with its conversions, repeats dropped."""
    money = [f for f in figures if f is not None and f.kind == "money" and finite(f.value)]
    by_id = {figure.id: figure for figure in money if figure.id}
    found: dict[str, Amount] = {}
    ordered: list[Amount] = []
    for figure in money:
        if figure.conversion_of and figure.conversion_of in by_id:
            continue
        amount = Amount(figure)
        found[figure.id] = amount
        ordered.append(amount)
    for figure in money:
        if figure.conversion_of and figure.conversion_of in found:
            found[figure.conversion_of].conversions.append(figure)
    unique: dict[tuple, Amount] = {}
    for amount in ordered:
        key = tuple(sorted((str(f.unit), f.value, f.value_max) for f in amount.figures))
        unique.setdefault(key, amount)
    return list(unique.values())


def investment_chart(figures: list[model.Figure], dark: bool = False) -> Figure | None:
    """The money figures: one sum shown in every currency the article gives, or sums compared.

    Sums are compared only when they measure the same thing in the same currency (several
    losses in US dollars; not a loss beside a dividend, nor rupees beside dollars): bars on
    one scale, each labelled with what it measures. Failing that, the headline sum in each
    currency the article gives it in ("> ₹50 bn" ≈ "> $563 m"). A lone amount in one
    currency is no chart: a single bar compares nothing.

    Returns:
        The figure, or None when there is nothing to compare.
    """
    compared = charted_money(figures)
    if compared:
        sums = amounts(compared + [f for f in figures if f is not None and f.conversion_of])
        sums = [s for s in sums if s.original in compared]
        unit = compared[0].unit
        title = f"{sentence_case(measure_of(compared[0]))} compared, in {currency_name(unit)}"
        if measure_of(compared[0]) == "amount":
            title = f"Amounts compared, in {currency_name(unit)}"
        return _bars_panels([(unit, sums)], dark, title)
    converted = [a for a in amounts(figures) if a.conversions and a.original.about]
    if not converted:
        return None
    converted.sort(key=lambda a: not a.original.headline)
    return _one_sum(converted[0], dark)


def shown_money(figures: list[model.Figure]) -> list[model.Figure]:
    """The money figures investment_chart draws, for its alt text."""
    compared = charted_money(figures)
    if compared:
        return compared
    converted = [a for a in amounts(figures) if a.conversions and a.original.about]
    converted.sort(key=lambda a: not a.original.headline)
    return converted[0].figures[:3] if converted else []


def _common_unit(sums: list[Amount]) -> str | None:
    """A currency every sum is given in (the first sum's own currency preferred)."""
    shared = set(sums[0].units)
    for amount in sums[1:]:
        shared &= set(amount.units)
    for unit in sums[0].units:
        if unit in shared and unit is not None:
            return unit
    return None


def _one_sum(amount: Amount, dark: bool) -> Figure:
    """The sum as large labels, one per currency, joined by "≈"."""
    from matplotlib.patches import FancyBboxPatch

    colours = style.theme(dark)
    shown = amount.figures[:3]
    figure = style.new_figure(style.WIDTH_IN, 2.9, dark)
    axes = figure.add_subplot()
    style.bare_axes(axes, dark)
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    width = 0.8 / len(shown)
    for index, money in enumerate(shown):
        centre = 0.5 + (index - (len(shown) - 1) / 2) * (width + 0.06)
        colour = colours.colour(index)
        axes.add_patch(
            FancyBboxPatch(
                (centre - width / 2, 0.3),
                width,
                0.5,
                boxstyle="round,pad=0,rounding_size=0.04",
                facecolor=colours.background,
                edgecolor=colour,
                linewidth=2,
            )
        )
        axes.text(
            centre,
            0.6,
            amount.label(money),
            ha="center",
            va="center",
            fontsize=26,
            fontweight="bold",
            color=colours.text,  # orange text on white would not read; the border carries colour
        )
        axes.text(
            centre,
            0.4,
            currency_name(money.unit),
            ha="center",
            va="center",
            fontsize=style.LABEL_SIZE,
            color=colours.muted,
        )
        if index:
            axes.text(centre - width / 2 - 0.03, 0.55, "≈", ha="center", va="center",
                      fontsize=20, color=colours.muted)  # fmt: skip
    quoted = " (".join(f.text for f in shown) + ")" * (len(shown) - 1)
    axes.text(
        0.5,
        0.12,
        style.wrap(f"{amount.about} — “{quoted}”", 90),
        ha="center",
        va="center",
        fontsize=style.SMALL_SIZE,
        color=colours.muted,
    )
    title = "The amount, in both currencies" if len(shown) == 2 else "The amount"
    if len(shown) > 2:
        title = "The amount, in each currency given"
    style.set_title(axes, title, dark)
    return figure


def _bars_panels(panels: list[tuple[str | None, list[Amount]]], dark: bool, title: str) -> Figure:
    """One horizontal bar chart per currency, largest sum on top, each bar labelled."""
    colours = style.theme(dark)
    counts = [min(len(sums), MAX_BARS) for _, sums in panels]
    # Panels one above the other, each the full width: side by side, three currencies
    # left each panel too narrow for its labels.
    height = 0.9 + 0.5 * sum(counts) + 0.35 * (len(panels) - 1)
    figure = style.new_figure(style.WIDTH_IN, max(2.8, height), dark)
    grid = figure.subplots(len(panels), 1, squeeze=False, height_ratios=counts)[:, 0]
    for index, (axes, (unit, sums)) in enumerate(zip(grid, panels, strict=True)):
        rows = counts[index]
        style.style_axes(axes, dark)
        shown = sorted(sums, key=lambda a: -abs(float(a.in_unit(unit).value)))[:MAX_BARS]
        values = [float(amount.in_unit(unit).value) for amount in shown]
        bars = axes.barh(range(len(shown)), values, height=0.6, color=colours.colour(index))
        labels = []
        for amount in shown:
            figure_in_unit = amount.in_unit(unit)
            label = amount.label(figure_in_unit)
            others = [amount.label(f) for f in amount.figures if f is not figure_in_unit]
            labels.append(f"{label} ({', '.join(others)})" if others else label)
        style.label_bar_ends(axes, bars, labels, dark)
        axes.set_yticks(range(len(shown)), [style.wrap(a.about, LABEL_WIDTH) for a in shown])
        low, high = min(0.0, *values), max(0.0, *values)
        axes.set_xlim(low - (high - low) * 0.45 if low < 0 else 0, high + (high - low) * 0.55 or 1)
        axes.set_ylim(rows - 0.5, -0.5)  # the same bar thickness in every panel
        axes.set_xticks([])
        axes.spines["bottom"].set_visible(False)
        axes.tick_params(axis="y", length=0)
        if len(panels) > 1:
            axes.set_title(sentence_case(currency_name(unit)), loc="left",
                           fontsize=style.LABEL_SIZE, color=colours.muted)  # fmt: skip
    figure.suptitle(title, x=0.02, ha="left", fontsize=style.TITLE_SIZE, color=colours.text)
    return figure
