"""The small mark on an item the engine found by an indirect route, and why it needs checking."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from desktop.domain.model import (
    BASIS_ELSEWHERE,
    BASIS_NEXT_SENTENCE,
    BASIS_PREVIOUS_PARAGRAPH,
    BASIS_PRONOUN,
    BASIS_ROLE_NOUN,
)

# Amber with dark ink reads on light and dark bases alike (and is not the selection blue).
MARK_FILL = "#E69F00"
MARK_INK = "#1a1a1a"
SIZE = 16
# How each route is told in a tooltip; an unknown one is shown as recorded.
ROUTES = {
    BASIS_PREVIOUS_PARAGRAPH: "carried over from the previous paragraph",
    BASIS_NEXT_SENTENCE: "named only in the next sentence",
    BASIS_PRONOUN: "resolved from a pronoun (he, she, they)",
    BASIS_ROLE_NOUN: "resolved from a role noun (the chief executive)",
    BASIS_ELSEWHERE: "taken from elsewhere in the article",
}


@cache
def check_icon() -> QIcon:
    """A round amber "?" (made once, after the QApplication exists)."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(SIZE * scale, SIZE * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(MARK_FILL))
        painter.drawEllipse(QRectF(1, 1, SIZE - 2, SIZE - 2))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(SIZE - 5)
        painter.setFont(font)
        painter.setPen(QColor(MARK_INK))
        painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, "?")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def check_tooltip(what: str, basis: str) -> str:
    """Why an item is marked: "Check the speaker: carried over from the previous paragraph."."""
    route = ROUTES.get(basis, basis)
    return f"Check {what}: {route}. Press Space or Confirm once you have checked it."
