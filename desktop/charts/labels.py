"""Short labels for numbers on charts: "> ₹50 bn", "$563 m", "3rd", "19×" (no matplotlib)."""

from __future__ import annotations

import math

from desktop.domain.model import Figure

CURRENCY_SYMBOLS = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "INR": "₹",
    "JPY": "¥",
    "CNY": "CN¥",
    "KRW": "₩",
    "AUD": "A$",
    "CAD": "C$",
    "HKD": "HK$",
    "SGD": "S$",
    "NZD": "NZ$",
    "BRL": "R$",
    "RUB": "₽",
    "TRY": "₺",
    "NGN": "₦",
    "ILS": "₪",
    "PHP": "₱",
    "VND": "₫",
}
CURRENCY_NAMES = {
    "USD": "US dollars",
    "EUR": "euros",
    "GBP": "pounds sterling",
    "INR": "Indian rupees",
    "JPY": "yen",
    "CNY": "yuan",
    "KRW": "won",
    "AUD": "Australian dollars",
    "CAD": "Canadian dollars",
    "HKD": "Hong Kong dollars",
    "SGD": "Singapore dollars",
    "CHF": "Swiss francs",
}
QUALIFIER_SIGNS = {
    "more than": "> ",
    "over": "> ",
    "above": "> ",
    "in excess of": "> ",
    "upwards of": "> ",
    "at least": "≥ ",
    "less than": "< ",
    "under": "< ",
    "below": "< ",
    "fewer than": "< ",
    "at most": "≤ ",
    "up to": "≤ ",
    "no more than": "≤ ",
    "about": "≈ ",
    "around": "≈ ",
    "approximately": "≈ ",
    "roughly": "≈ ",
    "some": "≈ ",
    "nearly": "≈ ",
    "almost": "≈ ",
    "close to": "≈ ",
    "an estimated": "≈ ",
    "estimated": "≈ ",
}
SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def finite(value: float | None) -> bool:
    """True for a real number that can be drawn (not None, NaN or infinite)."""
    return isinstance(value, int | float) and math.isfinite(value)


def qualifier_sign(qualifier: str | None) -> str:
    """ "more than" -> "> ", "about" -> "≈ "; unknown qualifiers -> "" (the label stays exact)."""
    if not qualifier:
        return ""
    return QUALIFIER_SIGNS.get(" ".join(qualifier.lower().split()), "")


def _number(value: float) -> str:
    """The number as a reader quotes it, no trailing zeros, thousands separated: 563, 12.63,
    1.25, 12,500. Up to six significant figures, so no label rounds a value off ($12.63
    stays $12.63, not $12.6)."""
    if abs(value) >= 1e15:  # beyond trillions of trillions a label only needs the magnitude
        return f"{value:.3g}"
    if abs(value) >= 1000 and float(value).is_integer():
        return f"{value:,.0f}"
    text = f"{value:.6g}"
    if "e" in text:
        return f"{value:,.0f}"
    if abs(value) >= 1000:
        whole, _, fraction = text.partition(".")
        return f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    return text


def short_amount(value: float, value_max: float | None = None) -> str:
    """50e9 -> "50 bn", 563e6 -> "563 m", (2e6, 3e6) -> "2–3 m", 12500 -> "12,500"."""
    top = max(abs(value), abs(value_max) if finite(value_max) else 0)
    for size, suffix in SCALES:
        if top >= size and top / size < 1e6:
            low = _number(value / size)
            if finite(value_max) and value_max != value:
                return f"{low}–{_number(value_max / size)} {suffix}"
            return f"{low} {suffix}"
    if finite(value_max) and value_max != value:
        return f"{_number(value)}–{_number(value_max)}"
    return _number(value)


def currency_symbol(unit: str | None) -> str:
    """ "INR" -> "₹"; a code without a symbol stands as "CHF "; no unit -> ""."""
    if not unit:
        return ""
    return CURRENCY_SYMBOLS.get(unit.upper(), unit.upper() + " ")


def currency_name(unit: str | None) -> str:
    """ "INR" -> "Indian rupees"; unknown codes stay as codes."""
    if not unit:
        return "amount"
    return CURRENCY_NAMES.get(unit.upper(), unit.upper())


def money_label(figure: Figure, qualifier: str | None = None) -> str:
    """A money figure as a chart label: "> ₹50 bn", "$563 m"; the text itself without a value.

    Args:
        figure: a money figure.
        qualifier: used when the figure has none (a conversion takes its original's).
    """
    if not finite(figure.value):
        return figure.text
    sign = qualifier_sign(figure.qualifier or qualifier)
    amount = short_amount(float(figure.value), figure.value_max)
    if amount.startswith("-"):
        return f"{sign}-{currency_symbol(figure.unit)}{amount[1:]}"
    return f"{sign}{currency_symbol(figure.unit)}{amount}"


def ordinal(rank: int) -> str:
    """1 -> "1st", 2 -> "2nd", 3 -> "3rd", 11 -> "11th", 22 -> "22nd"."""
    if 10 <= rank % 100 <= 20:
        return f"{rank}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


def multiple_label(figure: Figure) -> str:
    """A multiple as "19×" (or "2–3×"), with its qualifier sign."""
    if not finite(figure.value):
        return figure.text
    label = _number(float(figure.value))
    if finite(figure.value_max) and figure.value_max != figure.value:
        label = f"{label}–{_number(float(figure.value_max))}"
    return f"{qualifier_sign(figure.qualifier)}{label}×"


def percent_label(figure: Figure) -> str:
    """A percentage as "70%" (or "2–3%"), with its qualifier sign."""
    if not finite(figure.value):
        return figure.text
    label = _number(float(figure.value))
    if finite(figure.value_max) and figure.value_max != figure.value:
        label = f"{label}–{_number(float(figure.value_max))}"
    sign = {"down": "−", "up": "+"}.get(figure.direction or "", "")
    return f"{qualifier_sign(figure.qualifier)}{sign}{label}%"


def sentence_case(text: str | None) -> str:
    """The text with its first letter capitalised and the rest left as written."""
    text = " ".join((text or "").split())
    return text[:1].upper() + text[1:]
