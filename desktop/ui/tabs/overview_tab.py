"""The Overview tab: title, source, author and date, headline figure cards, key takeaways."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.headlines import Headline, counted, display_title, headline_figures
from desktop.ui.commands import EditField
from desktop.ui.session import Session

CARD_MIN_WIDTH = 240  # below this a card's number wraps; the cards flow onto more rows
SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

CARD_STYLE = """
QFrame#headlineCard {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
QFrame#headlineCard:hover { border: 1px solid palette(highlight); }
QFrame#headlineCard:focus { border: 2px solid palette(highlight); }
"""


def _scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _long_date(iso: str | None) -> str:
    """25 September 2025 from 2025-09-25; anything else as given."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


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
        self.number_label.setFont(_scaled_font(self, 2.2, bold=True))
        self.number_label.setForegroundRole(QPalette.ColorRole.Highlight)
        self.phrase_label = QLabel(headline.phrase, self)
        self.phrase_label.setWordWrap(True)
        self.phrase_label.setVisible(headline.phrase != headline.number)  # "58%" twice
        self.about_label = QLabel(headline.about.capitalize(), self)
        self.about_label.setWordWrap(True)
        self.about_label.setFont(_scaled_font(self, 0.9))
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


class OverviewTab(QWidget):
    """What an executive reads first, scrolling rather than cutting text at small sizes.

    Signals:
        source_requested(int, int): show this span of the article in the Source tab.
    """

    TITLE = "Overview"
    source_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.cards: list[HeadlineCard] = []

        self.page = page = QWidget(self)
        page.installEventFilter(self)  # its width decides how many cards fit side by side
        self.title_label = QLabel(page)
        self.title_label.setWordWrap(True)
        self.title_label.setFont(_scaled_font(self, 1.7, bold=True))
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = QLabel(page)
        self.meta_label.setWordWrap(True)
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        figures_heading = QLabel("Headline figures", page)
        figures_heading.setFont(_scaled_font(self, 1.15, bold=True))
        self.cards_box = QWidget(page)
        self.cards_box.setStyleSheet(CARD_STYLE)
        self.cards_layout = QGridLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(12)
        self.no_figures_label = QLabel("No figures in this article.", page)
        self.no_figures_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        takeaways_heading = QLabel("&Key takeaways", page)
        takeaways_heading.setFont(_scaled_font(self, 1.15, bold=True))
        self.takeaways = QListWidget(page)
        self.takeaways.setWordWrap(True)
        self.takeaways.setAlternatingRowColors(True)
        self.takeaways.setSpacing(3)
        self.takeaways.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.takeaways.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.takeaways.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.takeaways.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.takeaways.setToolTip(
            "Double-click or Enter: show in the article. F2: edit the takeaway."
        )
        # Double-click shows the evidence, so editing is F2 only.
        self.takeaways.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.takeaways.itemActivated.connect(self._show_takeaway)
        self.takeaways.itemChanged.connect(self._takeaway_edited)
        takeaways_heading.setBuddy(self.takeaways)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        self.page_margins = layout.contentsMargins()
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addSpacing(12)
        layout.addWidget(figures_heading)
        layout.addWidget(self.cards_box)
        layout.addWidget(self.no_figures_label)
        layout.addSpacing(12)
        layout.addWidget(takeaways_heading)
        layout.addWidget(self.takeaways)
        layout.addStretch(1)

        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        session.briefing_replaced.connect(self.refresh)
        session.items_changed.connect(self._on_items_changed)
        self.refresh()

    # -- contents --------------------------------------------------------------
    def refresh(self) -> None:
        self._show_article()
        self._show_cards()
        self._show_takeaways()

    def _on_items_changed(self, kind: str) -> None:
        if kind == "figures":
            self._show_cards()
        elif kind == "takeaways":
            self._show_takeaways()
            self._show_article()  # the title may come from the first takeaway

    def _show_article(self) -> None:
        briefing = self.session.briefing
        if briefing is None:
            self.title_label.setText("No article open")
            self.meta_label.clear()
            return
        article = briefing.article
        title, derived = display_title(briefing)
        self.title_label.setText(title)
        self.title_label.setToolTip(
            "The article has no title; this headline is its first takeaway." if derived else ""
        )
        source = article.source or article.url or self.session.source_label
        parts = [
            f"By {article.author}" if article.author else "",
            _long_date(article.published),
            f"Source: {source}" if source else "",
            counted(article.word_count, "word"),
        ]
        self.meta_label.setText("  ·  ".join(p for p in parts if p))

    def _show_cards(self) -> None:
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        briefing = self.session.briefing
        headlines = headline_figures(briefing) if briefing else []
        self.cards = [HeadlineCard(h, self.cards_box) for h in headlines]
        for card in self.cards:
            card.clicked.connect(lambda c=card: self._show_figure(c))
        self.no_figures_label.setVisible(not self.cards)
        self.cards_box.setVisible(bool(self.cards))
        self._flow_cards()

    def _flow_cards(self) -> None:
        """Cards side by side where they fit, onto further rows where they do not."""
        if not self.cards:
            return
        margins = self.page_margins.left() + self.page_margins.right()
        width = self.page.width() - margins
        columns = max(1, min(len(self.cards), width // CARD_MIN_WIDTH))
        for column in range(self.cards_layout.columnCount()):
            self.cards_layout.setColumnStretch(column, 0)
        for n, card in enumerate(self.cards):
            self.cards_layout.addWidget(card, n // columns, n % columns)
        for column in range(columns):
            self.cards_layout.setColumnStretch(column, 1)
        for n in range(len(self.cards) - 1):
            QWidget.setTabOrder(self.cards[n], self.cards[n + 1])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.page and event.type() == QEvent.Type.Resize:
            self._flow_cards()
            self._fit_takeaways()
        return super().eventFilter(watched, event)

    def _fit_takeaways(self) -> None:
        """As tall as its wrapped lines: the page scrolls, not the list inside it."""
        view = self.takeaways
        view.doItemsLayout()
        rows = view.count()
        bottom = view.visualItemRect(view.item(rows - 1)).bottom() if rows else 0
        offset = view.verticalScrollBar().value()  # rects are relative to the scrolled view
        view.setFixedHeight(bottom + offset + view.spacing() + 2 * view.frameWidth() + 2)

    def _show_takeaways(self) -> None:
        self.takeaways.blockSignals(True)
        self.takeaways.clear()
        for takeaway in self.session.items("takeaways"):
            item = QListWidgetItem(takeaway.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            span = takeaway.first_span
            item.setData(SPAN_ROLE, (span.start, span.end) if span else None)
            item.setData(ID_ROLE, takeaway.id)
            if takeaway.edited:
                font = item.font()
                font.setItalic(True)  # edited by the analyst, as in the tables
                item.setFont(font)
            self.takeaways.addItem(item)
        if not self.session.items("takeaways"):
            placeholder = QListWidgetItem("No takeaways found.")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.takeaways.addItem(placeholder)
        self.takeaways.blockSignals(False)
        self._fit_takeaways()

    def takeaway_texts(self) -> list[str]:
        """The takeaways as listed."""
        return [
            self.takeaways.item(r).text()
            for r in range(self.takeaways.count())
            if self.takeaways.item(r).data(ID_ROLE)
        ]

    # -- going to the source ---------------------------------------------------
    def _show_figure(self, card: HeadlineCard) -> None:
        span = card.headline.figure.first_span
        if span is not None:
            self.source_requested.emit(span.start, span.end)

    def _show_takeaway(self, item: QListWidgetItem) -> None:
        span = item.data(SPAN_ROLE)
        if span:
            self.source_requested.emit(*span)

    def _takeaway_edited(self, item: QListWidgetItem) -> None:
        # The list is rebuilt after the edit; not inside the item's own signal.
        takeaway_id, text = item.data(ID_ROLE), " ".join(item.text().split())
        QTimer.singleShot(0, self, lambda: self.edit_takeaway(takeaway_id, text))

    def edit_takeaway(self, takeaway_id: str | None, text: str) -> None:
        """Change a takeaway's text as an undoable command; an empty text changes nothing."""
        takeaway = self.session.item_by_id("takeaways", takeaway_id) if takeaway_id else None
        if takeaway is None or not text or text == takeaway.text:
            self._show_takeaways()  # put back what an emptied cell lost
            return
        self.session.undo_stack.push(
            EditField(self.session, "takeaways", takeaway_id, "text", text)
        )
