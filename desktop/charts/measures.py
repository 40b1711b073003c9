"""Which figures share a chart: only those that measure the same thing in the same unit."""

from __future__ import annotations

from desktop.charts.labels import finite
from desktop.domain.model import Figure

# Nouns that say what an amount or a percentage measures, as labels name them ("GM net
# loss", "Apple revenue in 2006"); plurals and variants map to one key.
MEASURE_NOUNS = {
    "loss": "loss", "losses": "loss", "lost": "loss", "profit": "profit", "profits": "profit",
    "earnings": "profit", "income": "profit", "revenue": "revenue", "revenues": "revenue",
    "sales": "sales", "turnover": "revenue", "price": "price", "prices": "price",
    "level": "price", "dividend": "dividend", "investment": "investment",
    "spending": "spending", "funding": "funding", "package": "funding", "fine": "fine",
    "cost": "cost", "costs": "cost", "budget": "budget", "debt": "debt", "value": "value",
    "stake": "stake", "holding": "stake", "share": "share", "rate": "rate", "wage": "pay",
    "pay": "pay", "salary": "pay", "injection": "injection", "infusion": "injection",
    "transfer": "injection", "swap": "credit", "credit": "credit", "bailout": "funding",
    "shares": "stock price", "stock": "stock price", "stocks": "stock price",
}  # fmt: skip


def measure_of(figure: Figure) -> str:
    """What a figure measures, in one word: "loss" for "GM net loss in 2005"."""
    words = (figure.about or "").lower().replace("-", " ").split()
    for word in words:
        if word in MEASURE_NOUNS:
            return MEASURE_NOUNS[word]
    return "amount"


def _pick(groups: dict[tuple, list[Figure]]) -> list[Figure]:
    """The group to chart: one with a headline figure first, else the largest; two or more.

    A group whose measure is not known ("amount") is not compared: two amounts with
    nothing in common but their currency make a misleading pair of bars. The same figure
    written twice (in the title and the text) is one bar, and bars with the same label
    (which could not be told apart) make no chart.
    """
    usable = []
    for key, group in groups.items():
        if key[-1] == "amount":
            continue
        once: dict[tuple, Figure] = {}
        for figure in group:
            once.setdefault((_value(figure), figure.about), figure)
        distinct = once.values()
        if len({_value(f) for f in distinct}) >= 2 and len({f.about for f in distinct}) >= 2:
            usable.append(list(distinct))  # bars told apart by their labels
    if not usable:
        return []
    return max(usable, key=lambda g: (any(f.headline for f in g), len(g), -_first(g)))


def _value(figure: Figure) -> tuple:
    return (figure.value, figure.value_max, figure.unit)


def _first(group: list[Figure]) -> int:
    return min((f.first_span.start for f in group if f.first_span), default=0)


def charted_money(figures: list[Figure]) -> list[Figure]:
    """The sums of money a chart compares: same currency, same rate, same measure.

    Conversions ("($563 million)") and amounts with no label are left out; so is a
    group of one, since a single bar compares nothing.
    """
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure is None or figure.kind != "money" or figure.conversion_of:
            continue
        if not finite(figure.value) or not figure.about:
            continue
        groups.setdefault((figure.unit, figure.per, measure_of(figure)), []).append(figure)
    return _pick(groups)


def charted_percents(figures: list[Figure]) -> list[Figure]:
    """The percentages a chart compares: changes ("fell 41%") or shares and levels, not both."""
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure is None or figure.kind != "percent" or not finite(figure.value):
            continue
        if not figure.about:
            continue
        kind = "change" if figure.direction else "level"
        groups.setdefault((kind, measure_of(figure)), []).append(figure)
    return _pick(groups)


def signed(figure: Figure) -> float:
    """The value with its sign: a fall of 41% is -41."""
    value = float(figure.value)
    return -abs(value) if figure.direction == "down" else value
