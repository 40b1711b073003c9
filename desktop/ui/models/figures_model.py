"""The Market figures table: each number as written, its normalised value, unit and meaning."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.domain.model import FIGURE_KINDS
from desktop.domain.numbers import compact_value, format_value, parse_value
from desktop.ui.models.base import Column, Index, ItemTableModel, SortRole

DIRECTIONS = {"up": "▲ up", "down": "▼ down"}


def _parse_direction(text: str) -> str | None:
    word = text.strip().lower().lstrip("▲▼ ")
    if word in ("", "none", "-"):
        return None
    if word not in DIRECTIONS:
        raise ValueError(f"not a direction: {text!r} (up or down)")
    return word


def _parse_kind(text: str) -> str:
    kind = text.strip().lower()
    if kind not in FIGURE_KINDS:
        raise ValueError(f"not a kind of figure: {text!r}")
    return kind


class FiguresModel(ItemTableModel):
    KIND = "figures"
    (
        COL_TEXT,
        COL_KIND,
        COL_VALUE,
        COL_VALUE_MAX,
        COL_UNIT,
        COL_QUALIFIER,
        COL_ABOUT,
        COL_DIRECTION,
        COL_PERIOD,
        COL_HEADLINE,
        COL_CONVERSION,
    ) = range(11)
    NUMBER_COLUMNS = (COL_VALUE, COL_VALUE_MAX)

    def __init__(self, session, parent=None):
        self.COLUMNS = (
            # The words as they stand in the article are evidence: read-only, and a
            # double-click on them jumps to the source instead of editing.
            Column("Figure", lambda f: f.text, tooltip="The figure as written in the article"),
            Column("Kind", lambda f: f.kind, "kind", parse=_parse_kind),
            Column(
                "Value",
                lambda f: f.value,
                "value",
                parse=parse_value,
                tooltip="Normalised value; type 50,000,000,000 or 50e9 or 50 bn",
            ),
            Column(
                "Up to",
                lambda f: f.value_max,
                "value_max",
                parse=parse_value,
                tooltip="Top of a range (seven to 10 years -> 10)",
            ),
            Column("Unit", lambda f: f.unit, "unit", tooltip="ISO currency code, year, ..."),
            Column("Qualifier", lambda f: f.qualifier, "qualifier", tooltip="more than, about ..."),
            Column("What it measures", lambda f: f.about, "about"),
            Column(
                "Change",
                lambda f: DIRECTIONS.get(f.direction or ""),
                "direction",
                parse=_parse_direction,
                tooltip="Which way it moved, where the article says: up or down",
            ),
            Column("Period", lambda f: f.period, "period", tooltip="The time it is for"),
            Column(
                "Lead",
                lambda f: "★" if f.headline else None,
                tooltip="One of the figures the headline and the first sentences are about",
            ),
            Column(
                "Conversion",
                self._conversion_text,
                tooltip="The same amount in another currency, as the article gives it",
            ),
        )
        super().__init__(session, parent)

    def _conversion_text(self, figure) -> str | None:
        """The linked figure in the other currency, whichever of the two holds the link."""
        briefing = self.session.briefing
        if briefing is None:
            return None
        if figure.conversion_of:
            other = briefing.figure_by_id(figure.conversion_of)
            return other.text if other else None
        converted = [f.text for f in briefing.figures if f.conversion_of == figure.id]
        return ", ".join(converted) or None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() in self.NUMBER_COLUMNS:
            if not (0 <= index.row() < len(self._rows)):
                return None
            figure = self._rows[index.row()]
            value = self.COLUMNS[index.column()].display(figure)
            if role == Qt.ItemDataRole.DisplayRole:
                return format_value(value, figure.kind)
            if role == Qt.ItemDataRole.EditRole:
                return format_value(value, figure.kind)  # parse_value reads the commas back
            if role == SortRole:
                return float("-inf") if value is None else float(value)
            if role == Qt.ItemDataRole.ToolTipRole:
                return compact_value(value) if value is not None and value >= 1e6 else None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            index.isValid()
            and index.column() == self.COL_UNIT
            and 0 <= index.row() < len(self._rows)
        ):
            figure = self._rows[index.row()]
            if figure.unit_inferred and figure.unit:
                if role == Qt.ItemDataRole.DisplayRole:
                    return f"{figure.unit}*"  # the article wrote a bare "$"
                if role == Qt.ItemDataRole.ToolTipRole:
                    return f"{figure.unit}, inferred: the article writes a bare “$”"
        return super().data(index, role)
