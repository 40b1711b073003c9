"""Fit a table's columns to its width: one column stretches, the rest keep set widths."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

WIDEN_AT_MOST = 2.5  # a short column grows to fit its words, up to this times its set width


def fit_columns(view: QTableView, stretch: int, widths: dict[int, int]) -> None:
    """Size columns so the table never scrolls sideways and long text wraps instead.

    Args:
        view: the table.
        stretch: the column that takes whatever width is left (the long text).
        widths: starting widths in pixels of the other columns; each grows to fit its header
            and its words ("approximately" in a qualifier column) when rows arrive, and the
            analyst can drag them.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(48)
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(True)
    # Wrapped rows take their height from the column widths; Qt keeps them in step.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def widen() -> None:
        """Grow (never shrink: the analyst may have dragged them) the set columns to fit."""
        for column, width in widths.items():
            wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            wanted = min(wanted, int(width * WIDEN_AT_MOST))
            if wanted > header.sectionSize(column):
                header.resizeSection(column, wanted)

    view.model().modelReset.connect(widen)
    view.model().layoutChanged.connect(widen)
    widen()
