"""A headline figure as a card: the number big, the words as written, what it measures."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.headlines import Headline

CARD_STYLE = """
QFrame#headlineCard {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
QFrame#headlineCard:hover { border: 1px solid palette(highlight); }
QFrame#headlineCard:focus { border: 2px solid palette(highlight); }
"""


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class HeadlineCard(QFrame):
    """One big figure: the number, the words as written, what it measures. Click for source."""

    clicked = Signal()

    def __init__(self, headline: Headline, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = headline
        self.setObjectName("headlineCard")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip("Show in the article (click, Enter or Space)")

        qualifier = html.escape(headline.qualifier)
        number = html.escape(headline.number)
        self.number_label = QLabel(self)
        self.number_label.setTextFormat(Qt.TextFormat.RichText)
        small = self.font().pointSizeF() * 1.1
        self.number_label.setText(
            f"<span style='font-size:{small:.1f}pt; font-weight:normal'>{qualifier}</span> {number}"
            if qualifier
            else number
        )
        self.number_label.setFont(scaled_font(self, 2.2, bold=True))
        self.number_label.setForegroundRole(QPalette.ColorRole.Highlight)
        self.phrase_label = QLabel(headline.phrase, self)
        self.phrase_label.setWordWrap(True)
        self.phrase_label.setVisible(headline.phrase != headline.number)  # "58%" twice
        self.about_label = QLabel(headline.about[:1].upper() + headline.about[1:], self)
        self.about_label.setWordWrap(True)
        self.about_label.setFont(scaled_font(self, 0.9))
        self.about_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.about_label.setVisible(bool(headline.about))
        self.setAccessibleName(f"{headline.qualifier} {headline.number}: {headline.phrase}")
        self.setAccessibleDescription(headline.about)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.number_label)
        layout.addWidget(self.phrase_label)
        layout.addWidget(self.about_label)
        layout.addStretch(1)

    def text(self) -> str:
        """Everything the card says, for tests and screen readers."""
        parts = (self.headline.qualifier, self.headline.number, self.headline.phrase)
        return " ".join(p for p in (*parts, self.headline.about) if p)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
