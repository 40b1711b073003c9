"""Numbers as news writes them: numerals, number words, ordinals and scale words ("1.2bn")."""

from __future__ import annotations

import re

from desktop.lazyre import lazy_compile

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7,
    "crores": 1e7, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12,
}  # fmt: skip
# Abbreviated scales; "m", "k" and "b" only count when glued to the numeral ("£3m").
SCALE_ABBREVIATIONS = {
    "bn": 1e9, "bln": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12,
    "trn": 1e12, "tln": 1e12, "cr": 1e7,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}  # fmt: skip
FOLD_WORDS = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100, "thousandfold": 1000,
}  # fmt: skip


def _alternation(words) -> str:
    # Longest first, so "seventeen" wins over "seven".
    return "|".join(sorted(words, key=len, reverse=True))


_SMALL = _alternation(SMALL_NUMBERS)
_SCALE = _alternation(SCALE_WORDS)

#: A numeral: "7", "84,121", "1.2", "5,00,000" (Indian grouping).
NUMERAL = r"\d{1,3}(?:,\d{2,3})*,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?"
#: A number in words: "seven", "twenty-five", "five thousand", "a thousand", "two billion".
NUMBER_WORDS = (
    rf"\b(?:(?:{_SMALL})|an?(?=[ \t]+(?:{_SCALE})\b)|half[ \t]+an?(?=[ \t]+(?:{_SCALE})\b))"
    rf"(?:(?:[ \t]+|-)(?:and[ \t]+)?(?:{_SCALE}|{_SMALL})\b){{0,5}}\b"
)
#: Scale words after a numeral: " million", "-billion", " lakh crore", "bn", "m".
NUMERAL_SCALE = (
    rf"(?:(?:[ \t]*-?[ \t]*)(?:{_SCALE})\b|[ \t]?(?:bn|bln|mn|mln|tn|trn|tln|cr)\b|(?:m|k|b)\b)"
)
#: Any number, numeral or words, with its scale.
NUMBER = rf"(?:(?:{NUMERAL})(?:{NUMERAL_SCALE}){{0,3}}|{NUMBER_WORDS})"
ORDINAL = rf"(?:{_alternation(ORDINALS)}|\d+(?:st|nd|rd|th))"

_TOKEN = lazy_compile(rf"{NUMERAL}|[a-z]+", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """The value of a number as written, scale words expanded.

    Args:
        text: "50", "84,121", "1.2bn", "twenty-five", "a thousand", "2.5 lakh crore".

    Returns:
        The value, or None when the text holds no number.
    """
    total = 0.0  # finished groups ("two million" in "two million five hundred")
    group: float | None = None  # the group being built
    for token in _TOKEN.findall(text.lower()):
        if token[0].isdigit():
            value = float(token.replace(",", ""))
            group = value if group is None else group + value
        elif token in SMALL_NUMBERS:
            group = SMALL_NUMBERS[token] + (group or 0)
        elif token == "half":
            group = 0.5 if group is None else group + 0.5
        elif token in ("a", "an"):
            group = 1 if group is None else group
        elif token in SCALE_WORDS or token in SCALE_ABBREVIATIONS:
            scale = SCALE_WORDS.get(token) or SCALE_ABBREVIATIONS[token]
            if group is None and total:
                total *= scale  # "lakh crore": a scale of a scale
            elif scale < 1e3:
                group = (1 if group is None else group) * scale
            else:
                total, group = total + (1 if group is None else group) * scale, None
        # "and" and other words are glue.
    if group is None and total == 0:
        return None
    return total + (group or 0)


def parse_ordinal(text: str) -> int | None:
    """1 for "first" or "1st", 3 for "third"; None for anything else."""
    word = text.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    digits = word.rstrip("stndrh")
    return int(digits) if digits.isdigit() else None


def clean_value(value: float | None) -> float | int | None:
    """An int where the value is whole, so JSON shows 50000000000, not 50000000000.0."""
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() and abs(value) < 1e18 else value
