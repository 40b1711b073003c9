"""Words and numbers as the briefing prints them: dates, figure values, units, people."""

from __future__ import annotations

from desktop.domain.model import UNKNOWN_SPEAKER, Briefing, Figure, Person
from desktop.export.xml_text import one_line

UNIT_WORDS = {"percent": "%", "multiple": "times", "rank": "rank", "year": "year"}


def number(value: float, kind: str = "") -> str:
    """50000000000 -> "50,000,000,000"; 2.5 -> "2.5"; a year stays "2035"."""
    if kind == "year":
        return f"{value:g}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_value(figure: Figure) -> str:
    """The normalised value, a range as "7–10", the qualifier in words ("more than 50")."""
    if figure.value is None:
        return "—"
    text = number(figure.value, figure.kind)
    if figure.value_max is not None and figure.value_max != figure.value:
        text += f"–{number(figure.value_max, figure.kind)}"
    qualifier = one_line(figure.qualifier)
    return f"{qualifier} {text}" if qualifier else text


def figure_unit(figure: Figure) -> str:
    """ISO currency codes as they are, "years" for durations, "%" for percentages."""
    if figure.kind == "duration":
        unit = one_line(figure.unit) or "year"
        plural = figure.value_max is not None or figure.value != 1
        return unit + ("s" if plural and not unit.endswith("s") else "")
    if figure.unit:
        return one_line(figure.unit)
    return UNIT_WORDS.get(figure.kind, "")


def sentence_case(text: str | None) -> str:
    text = one_line(text)
    return text[:1].upper() + text[1:]


def conversion(figure: Figure, briefing: Briefing) -> str:
    """How a figure relates to its conversion: "= $563 million" or "converts: 50 billion rupees"."""
    if figure.conversion_of:
        original = briefing.figure_by_id(figure.conversion_of)
        return f"converts {one_line(original.text)}" if original else "a conversion"
    others = [f for f in briefing.figures if f.conversion_of == figure.id]
    return "; ".join(f"= {one_line(other.text)}" for other in others)


def role_line(person: Person | None, name: str | None) -> str:
    """ "Shenu Agarwal, Chief Executive Officer, Ashok Leyland" (as much as is known)."""
    parts = [one_line(name) or UNKNOWN_SPEAKER]
    if person is not None:
        parts += [one_line(p) for p in (person.role, person.organisation) if one_line(p)]
    return ", ".join(parts)
