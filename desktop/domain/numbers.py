"""Figure values as people read and type them: "50,000,000,000", "₹50 bn", "50e9", "19×"."""

from __future__ import annotations

import re

CURRENCY_SYMBOLS = {
    "USD": "$",
    "INR": "₹",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CNY": "¥",
    "KRW": "₩",
}
SCALES = (
    (1e12, "tn"),
    (1e9, "bn"),
    (1e6, "mn"),
)
# What an analyst may type after a number: "50 bn", "2.5 million", "3 crore".
SUFFIXES = {
    "k": 1e3,
    "thousand": 1e3,
    "lakh": 1e5,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "crore": 1e7,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
}
_TYPED = re.compile(r"^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([a-z]*)$", re.IGNORECASE)


def _plain(number: float) -> str:
    """A number without trailing zeros: 50 not 50.0, 2.5 not 2.50."""
    return f"{number:.2f}".rstrip("0").rstrip(".")


def format_value(value: float | None, kind: str = "") -> str:
    """The full value with thousands separators; years stay as written ("2035").

    Args:
        value: the figure's normalised value.
        kind: the figure's kind; "year" values get no separators.
    """
    if value is None:
        return ""
    if kind == "year":
        return str(int(value)) if float(value).is_integer() else _plain(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def compact_value(value: float | None) -> str:
    """A short form for headlines: 50 bn, 563 mn, 84,121."""
    if value is None:
        return ""
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{_plain(value / scale)} {word}"
    return format_value(value)


def parse_value(text: str) -> float | int | None:
    """A number as an analyst types it: "50,000,000,000", "50e9", "50 bn", "2.5 million".

    Returns:
        The number (an int when whole), or None for an empty cell.

    Raises:
        ValueError: the text is not a number.
    """
    cleaned = text.strip().replace(",", "").replace("_", "").replace("\u00a0", " ")
    if not cleaned:
        return None
    match = _TYPED.match(cleaned)
    if not match:
        raise ValueError(f"not a number: {text!r}")
    number = float(match.group(1))
    suffix = match.group(2).lower()
    if suffix:
        if suffix not in SUFFIXES:
            raise ValueError(f"unknown scale {suffix!r} in {text!r}")
        number *= SUFFIXES[suffix]
    return int(number) if number.is_integer() and abs(number) < 1e18 else number


def headline_number(kind: str, value: float | None, value_max: float | None, unit: str | None):
    """The number a headline card shows big: "₹50 bn", "20 years", "19×", "58%".

    Args:
        kind: the figure's kind (money, percent, multiple, rank, duration, count, year).
        value, value_max: the normalised value and the top of a range, if any.
        unit: ISO 4217 for money, "year" for durations.
    """
    if value is None:
        return ""
    if kind == "money":
        symbol = CURRENCY_SYMBOLS.get(unit or "", "")
        prefix, suffix = (symbol, "") if symbol else ("", f" {unit}" if unit else "")
        number = compact_value(value)
        if value_max is not None:
            number = f"{compact_value(value)}–{compact_value(value_max)}"
        return f"{prefix}{number}{suffix}"
    span = _plain(value) if value_max is None else f"{_plain(value)}–{_plain(value_max)}"
    if kind == "percent":
        return f"{span}%"
    if kind == "multiple":
        return f"{span}×"
    if kind == "rank":
        return f"No. {span}"
    if kind == "duration":
        unit_word = unit or "year"
        plural = value_max is not None or value != 1
        return f"{span} {unit_word}{'s' if plural else ''}"
    if kind == "year":
        return format_value(value, "year")
    if value_max is not None:
        return f"{compact_value(value)}–{compact_value(value_max)}"
    return compact_value(value)
