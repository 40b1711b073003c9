"""What the Word briefing shows of a very long briefing: long tables summarised, long text cut."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")
R = TypeVar("R")

# A reader scans a table of a couple of hundred rows; LibreOffice takes minutes to lay
# out one of thousands. The rest stays in the saved briefing and the window.
MAX_TABLE_ROWS = 200
# Bullets and pull quotes of one section (quotes, statements, actions).
MAX_LIST_ITEMS = 200
# No name, quote or takeaway runs this long; a longer one is damaged or pasted by mistake.
MAX_TEXT_CHARS = 5_000
ELLIPSIS = "…"


def cut_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """text, or its first limit characters (cut at a space) with an ellipsis and a note.

    "word " * 3000 with limit 20 -> "word word word word … [cut: 14,981 more characters]".
    """
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut < limit // 2:
        cut = limit
    left_out = len(text) - cut
    return f"{text[:cut].rstrip()} {ELLIPSIS} [cut: {left_out:,} more characters]"


def first_rows(rows: Sequence[T], limit: int = MAX_TABLE_ROWS) -> tuple[Sequence[T], int]:
    """The rows a table shows, and how many it leaves out (0 when it shows them all)."""
    if len(rows) <= limit:
        return rows, 0
    return rows[:limit], len(rows) - limit


def left_out_note(left_out: int, what: str = "rows") -> str:
    """The line under a shortened table or list: "… and 4,661 more rows, not shown here"."""
    return (
        f"{ELLIPSIS} and {left_out:,} more {what}, not shown here: "
        "the saved briefing and the window hold them all."
    )


class LazyRows(Sequence[R], Generic[T, R]):
    """The rows of a table, each made from its item only when the table shows it.

    A row may cost a look over the whole briefing (a figure's conversions); made for
    thousands of items, then cut to MAX_TABLE_ROWS, that cost grew with the square.
    """

    def __init__(self, items: Sequence[T], make_row: Callable[[T], R]):
        self._items = items
        self._make_row = make_row

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> R: ...
    @overload
    def __getitem__(self, index: slice) -> list[R]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._make_row(item) for item in self._items[index]]
        return self._make_row(self._items[index])
