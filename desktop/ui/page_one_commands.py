"""Undoable edits to page one: its text, the key figures pinned to it, the order of its lists."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.ui.session import Session

PAGE_ONE = "page_one"  # what Session.notify says when page one's text or key figures change
PAGE_TEXTS = {"title": "title", "subtitle": "subtitle", "bottom_line": "bottom line"}
MAX_KEY_FIGURES = 4


class SetPageText(QUndoCommand):
    """Set page one's title, subtitle or bottom line (Reset to generated is one of these)."""

    def __init__(self, session: Session, field: str, value: str, *, reset: bool = False):
        if field not in PAGE_TEXTS:
            raise ValueError(f"not a page-one text: {field}")
        verb = "Reset" if reset else "Edit"
        super().__init__(f"{verb} the {PAGE_TEXTS[field]}")
        self.session = session
        self.field = field
        self.old_value = getattr(session.briefing, field)
        self.new_value = value

    def _apply(self, value: str) -> None:
        setattr(self.session.briefing, self.field, value)
        self.session.notify(PAGE_ONE)

    def redo(self) -> None:
        self._apply(self.new_value)

    def undo(self) -> None:
        self._apply(self.old_value)


class SetKeyFigures(QUndoCommand):
    """Pin, unpin or reorder the key figures: page one's list of figure ids becomes ids.

    A figure pinned is marked headline, one unpinned is not, so the figures table and the
    saved briefing agree with page one.
    """

    def __init__(self, session: Session, ids: list[str], text: str):
        super().__init__(text)
        self.session = session
        self.old_ids = list(session.briefing.key_figures)
        self.new_ids = list(ids)
        touched = set(self.old_ids) | set(self.new_ids)
        self.old_flags = {
            f.id: (f.headline, f.edited) for f in session.items("figures") if f.id in touched
        }

    def _apply(self, ids: list[str], restore: bool) -> None:
        self.session.briefing.key_figures = list(ids)
        for figure in self.session.items("figures"):
            if figure.id not in self.old_flags:
                continue
            if restore:
                figure.headline, figure.edited = self.old_flags[figure.id]
            elif figure.headline != (figure.id in ids):
                figure.headline = figure.id in ids
                figure.edited = True
        self.session.notify("figures")
        self.session.notify(PAGE_ONE)

    def redo(self) -> None:
        self._apply(self.new_ids, restore=False)

    def undo(self) -> None:
        self._apply(self.old_ids, restore=True)


def pin(session: Session, figure_id: str) -> SetKeyFigures | None:
    """The command that pins a figure to page one, or None when it is pinned or page one is full."""
    ids = session.briefing.key_figures
    if figure_id in ids or len(session.briefing.pinned_figures()) >= MAX_KEY_FIGURES:
        return None
    return SetKeyFigures(session, [*ids, figure_id], "Pin a key figure")


def unpin(session: Session, figure_id: str) -> SetKeyFigures | None:
    ids = session.briefing.key_figures
    if figure_id not in ids:
        return None
    return SetKeyFigures(session, [i for i in ids if i != figure_id], "Unpin a key figure")


def move_key_figure(session: Session, figure_id: str, step: int) -> SetKeyFigures | None:
    """Move a key figure step places along page one's strip (-1: left), if it can go."""
    ids = list(session.briefing.key_figures)
    if figure_id not in ids:
        return None
    row = ids.index(figure_id)
    target = row + step
    if not 0 <= target < len(ids):
        return None
    ids.insert(target, ids.pop(row))
    return SetKeyFigures(session, ids, "Move a key figure")
