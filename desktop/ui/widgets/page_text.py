"""A piece of page one's text edited in place: it grows with its words, Enter commits it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget


class PageTextEdit(QPlainTextEdit):
    """One paragraph of page one (title, subtitle, bottom line), as tall as its wrapped lines.

    Signals:
        committed(str): the analyst finished an edit (Enter, or focus left); the text is on
            one line, its whitespace tidied. Escape puts back the text last shown.
    """

    committed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown = ""
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def show_text(self, text: str) -> None:
        """Show the briefing's text, unless the analyst is typing in it."""
        self._shown = text
        if not self.hasFocus() or self.toPlainText() == text:
            self.setPlainText(text)

    def text(self) -> str:
        return " ".join(self.toPlainText().split())

    def _fit_height(self) -> None:
        lines = max(1, int(self.document().size().height()))
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        self.setFixedHeight(lines * line + margins + 2 * int(self.document().documentMargin()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.setPlainText(self._shown)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        """Say the text changed, if it did."""
        if self.text() != " ".join(self._shown.split()):
            self.committed.emit(self.text())
