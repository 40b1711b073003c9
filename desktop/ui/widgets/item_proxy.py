"""The sort and filter layer between an item table and its view."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from desktop.domain.edits import needs_check
from desktop.ui.models.base import DomainRole, SortRole


class ItemFilterProxy(QSortFilterProxyModel):
    """Sorts numbers as numbers and filters rows on any column's text, case-insensitively;
    optionally only the rows that need checking."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.extra_filter: Callable[[Any], bool] | None = None
        self.check_only = False

    def _changing_filter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def set_extra_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        """A predicate over the row's item (speaker, kind ...) on top of the text filter."""
        self._changing_filter(lambda: setattr(self, "extra_filter", predicate))

    def set_check_only(self, on: bool) -> None:
        """Show only the items found by an indirect route that nobody has confirmed yet."""
        self._changing_filter(lambda: setattr(self, "check_only", on))

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt API
        if self.extra_filter is not None or self.check_only:
            item = self.sourceModel().index(source_row, 0, source_parent).data(DomainRole)
            if item is not None:
                if self.check_only and not needs_check(item):
                    return False
                if self.extra_filter is not None and not self.extra_filter(item):
                    return False
        return super().filterAcceptsRow(source_row, source_parent)
