"""What a table says when it has no rows: what was looked for, and how to add one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

ADD_HINT = "Add one with Add (Insert)."
# By the list a table shows: what the analysis looked for and did not find.
EMPTY_TEXT = {
    "people": "No people: the article names no one by their full name.",
    "organisations": "No organisations: the article names no company, government or body.",
    "quotes": "No quotes: nobody is quoted or reported as saying anything.",
    "figures": "No figures: the article gives no amounts, percentages, counts or years.",
    "phases": "No strategy phases: the article gives no plan with a time horizon.",
    "relationships": "No relationships: the article reports no deal, partnership or talks "
    "between organisations.",
    "takeaways": "No key takeaways: no sentence stood out as one an executive reads first.",
}


def empty_text(kind: str, can_add: bool = True) -> str:
    """The message for an empty list of kind; with how to add one when the table can."""
    text = EMPTY_TEXT.get(kind, "Nothing here.")
    return f"{text} {ADD_HINT}" if can_add else text


class EmptyState(QObject):
    """A centred note over a view's empty viewport; hidden while it has rows."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyState")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(self.label.foregroundRole().PlaceholderText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        view.viewport().installEventFilter(self)

    def show_text(self, text: str | None) -> None:
        """Show text over the view (None: hide the note)."""
        self.label.setText(text or "")
        self.label.setVisible(bool(text))
        self._place()

    def text(self) -> str:
        return "" if self.label.isHidden() else self.label.text()

    def _place(self) -> None:
        rect = self.view.viewport().rect()
        margin = 24
        width = max(100, min(rect.width() - 2 * margin, 560))
        height = self.label.heightForWidth(width) + 8
        self.label.setGeometry(rect.center().x() - width // 2, margin, width, max(height, 24))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
