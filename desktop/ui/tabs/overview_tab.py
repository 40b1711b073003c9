"""The Overview tab: page one's editor, in the order page one prints it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Takeaway, WatchItem
from desktop.domain.headlines import counted
from desktop.domain.page_one import page_one
from desktop.ui.commands import AddItem, EditField, MoveItem, RemoveItems
from desktop.ui.ids import new_item_id
from desktop.ui.page_one_commands import (
    PAGE_ONE,
    SetPageText,
    move_key_figure,
    unpin,
)
from desktop.ui.session import Session
from desktop.ui.widgets.headline_card import CARD_STYLE, HeadlineCard, scaled_font
from desktop.ui.widgets.page_text import PageTextEdit

CARD_MIN_WIDTH = 240  # below this a card's number wraps; the cards flow onto more rows
SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
BOTTOM_LINE_STYLE = (
    "QPlainTextEdit { background: palette(alternate-base); border-left: 4px solid "
    "palette(highlight); padding: 6px; }"
)
# (list, heading, placeholder when empty, text of a new item)
LISTS = {
    "takeaways": ("&Key takeaways", "No takeaways.", "New takeaway."),
    "watch": ("What to &watch", "Nothing dated ahead.", "When: what to watch for"),
}


def _tool_button(text: str, tip: str, slot, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.clicked.connect(slot)
    return button


class OverviewTab(QWidget):
    """Page one, editable: title, subtitle, bottom line, key figures, takeaways, what to watch.

    Every edit is a command on the session's undo stack; the Word export prints the same
    page one (desktop.domain.page_one).

    Signals:
        source_requested(int, int): show this span of the article in the Source tab.
    """

    TITLE = "Overview"
    source_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.cards: list[HeadlineCard] = []
        self._current_card: HeadlineCard | None = None

        self.page = page = QWidget(self)
        page.installEventFilter(self)  # its width decides how many cards fit side by side
        self.texts: dict[str, PageTextEdit] = {}
        self.reset_buttons: dict[str, QToolButton] = {}
        title_row = self._text_row("title", "Title", 1.7, bold=True)
        subtitle_row = self._text_row("subtitle", "A one-line subtitle", 1.15)
        self.texts["subtitle"].setForegroundRole(QPalette.ColorRole.Link)
        self.title_label = self.texts["title"]  # the title as shown
        self.meta_label = QLabel(page)
        self.meta_label.setWordWrap(True)
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        bottom_heading = QLabel("&Bottom line", page)
        bottom_heading.setFont(scaled_font(self, 1.15, bold=True))
        bottom_row = self._text_row("bottom_line", "Who did what, the key number, the plan", 1.1)
        self.texts["bottom_line"].setStyleSheet(BOTTOM_LINE_STYLE)
        bottom_heading.setBuddy(self.texts["bottom_line"])

        figures_heading = QLabel("Key figures", page)
        figures_heading.setFont(scaled_font(self, 1.15, bold=True))
        self.cards_box = QWidget(page)
        self.cards_box.setStyleSheet(CARD_STYLE)
        self.cards_layout = QGridLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(12)
        self.no_figures_label = QLabel(
            "No key figures: pin figures to page one from the Market figures tab.", page
        )
        self.no_figures_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        card_bar = QHBoxLayout()
        card_bar.addWidget(figures_heading)
        card_bar.addStretch(1)
        self.card_buttons = [
            _tool_button(text, tip, slot, page)
            for text, tip, slot in (
                ("◀ Move left", "Move the chosen figure left", lambda: self._move_card(-1)),
                ("Move right ▶", "Move the chosen figure right", lambda: self._move_card(1)),
                ("Unpin", "Take the chosen figure off page one", self._unpin_card),
            )
        ]
        for button in self.card_buttons:
            card_bar.addWidget(button)

        self.lists: dict[str, QListWidget] = {}
        list_rows = {kind: self._list_block(kind) for kind in LISTS}
        self.takeaways = self.lists["takeaways"]
        self.watch = self.lists["watch"]

        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        self.page_margins = layout.contentsMargins()
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addLayout(subtitle_row)
        layout.addWidget(self.meta_label)
        layout.addSpacing(8)
        layout.addWidget(bottom_heading)
        layout.addLayout(bottom_row)
        layout.addSpacing(8)
        layout.addLayout(card_bar)
        layout.addWidget(self.cards_box)
        layout.addWidget(self.no_figures_label)
        for kind in LISTS:
            layout.addSpacing(8)
            layout.addLayout(list_rows[kind])
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

    # -- building ---------------------------------------------------------------
    def _text_row(self, field: str, placeholder: str, scale: float, bold: bool = False):
        edit = PageTextEdit(placeholder, self.page)
        edit.setFont(scaled_font(self, scale, bold=bold))
        edit.setAccessibleName(field.replace("_", " ").capitalize())
        edit.committed.connect(lambda text, f=field: self.set_text(f, text))
        reset = _tool_button(
            "Reset",
            "Reset to generated: what the analysis wrote",
            lambda _checked=False, f=field: self.reset(f),
            self.page,
        )
        self.texts[field] = edit
        self.reset_buttons[field] = reset
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(reset, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _list_block(self, kind: str):
        heading_text, _placeholder, _new = LISTS[kind]
        heading = QLabel(heading_text, self.page)
        heading.setFont(scaled_font(self, 1.15, bold=True))
        view = QListWidget(self.page)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.setSpacing(3)
        view.setResizeMode(QListWidget.ResizeMode.Adjust)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setToolTip("Double-click or Enter: show in the article. F2: edit.")
        # Double-click shows the evidence, so editing is F2 (or the Edit button) only.
        view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        view.itemActivated.connect(self._show_item)
        view.itemChanged.connect(lambda item, k=kind: self._item_edited(k, item))
        heading.setBuddy(view)
        self.lists[kind] = view
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        buttons = [
            ("Add", "Add one at the end", lambda: self.add_item(kind)),
            ("Edit", "Edit the chosen one (F2)", lambda: self._edit_current(kind)),
            ("Delete", "Delete the chosen one", lambda: self.delete_current(kind)),
        ]
        if kind == "takeaways":
            buttons += [
                ("▲ Up", "Move the chosen one up", lambda: self.move_current(kind, -1)),
                ("▼ Down", "Move the chosen one down", lambda: self.move_current(kind, 1)),
            ]
        for text, tip, slot in buttons:
            bar.addWidget(_tool_button(text, tip, slot, self.page))
        block = QVBoxLayout()
        block.addLayout(bar)
        block.addWidget(view)
        return block

    # -- contents ---------------------------------------------------------------
    def refresh(self) -> None:
        self._show_texts()
        self._show_cards()
        for kind in LISTS:
            self._show_list(kind)

    def _on_items_changed(self, kind: str) -> None:
        if kind == PAGE_ONE:
            self._show_texts()
            self._show_cards()
        elif kind == "figures":
            self._show_cards()
        elif kind in LISTS:
            self._show_list(kind)
            self._show_texts()  # an untitled briefing's title may come from a takeaway

    def _show_texts(self) -> None:
        briefing = self.session.briefing
        if briefing is None:
            self.texts["title"].show_text("No article open")
            for field in ("subtitle", "bottom_line"):
                self.texts[field].show_text("")
            self.meta_label.clear()
            return
        page = page_one(briefing)
        shown = {"title": page.title, "subtitle": page.subtitle, "bottom_line": page.bottom_line}
        for field, text in shown.items():
            self.texts[field].show_text(text)
            generated = getattr(briefing, f"generated_{field}")
            self.reset_buttons[field].setEnabled(bool(generated) and text != generated)
        self.texts["title"].setToolTip(
            "The article has no title; this one is cut from its lead." if page.title_derived else ""
        )
        words = counted(briefing.article.word_count, "word")
        source = f"{page.source_label}: {' · '.join(page.source)}" if page.source else ""
        self.meta_label.setText("  ·  ".join(part for part in (source, words) if part))

    def _show_cards(self) -> None:
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        briefing = self.session.briefing
        headlines = page_one(briefing).cards if briefing else []
        chosen = self._current_card.headline.figure.id if self._current_card else None
        self.cards = [HeadlineCard(h, self.cards_box) for h in headlines]
        self._current_card = None
        for card in self.cards:
            card.clicked.connect(lambda c=card: self._card_clicked(c))
            if card.headline.figure.id == chosen:
                self._current_card = card
        self.no_figures_label.setVisible(not self.cards)
        self.cards_box.setVisible(bool(self.cards))
        for button in self.card_buttons:
            button.setEnabled(bool(self.cards))
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
            for kind in LISTS:
                self._fit_list(kind)
        return super().eventFilter(watched, event)

    def _fit_list(self, kind: str) -> None:
        """As tall as its wrapped lines: the page scrolls, not the list inside it."""
        view = self.lists[kind]
        view.doItemsLayout()
        rows = view.count()
        bottom = view.visualItemRect(view.item(rows - 1)).bottom() if rows else 0
        offset = view.verticalScrollBar().value()  # rects are relative to the scrolled view
        view.setFixedHeight(bottom + offset + view.spacing() + 2 * view.frameWidth() + 2)

    def _show_list(self, kind: str) -> None:
        view = self.lists[kind]
        view.blockSignals(True)
        view.clear()
        for entry in self.session.items(kind):
            item = QListWidgetItem(entry.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            span = entry.first_span
            item.setData(SPAN_ROLE, (span.start, span.end) if span else None)
            item.setData(ID_ROLE, entry.id)
            if entry.edited:
                font = item.font()
                font.setItalic(True)  # edited by the analyst, as in the tables
                item.setFont(font)
            view.addItem(item)
        if not self.session.items(kind):
            placeholder = QListWidgetItem(LISTS[kind][1])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            view.addItem(placeholder)
        view.blockSignals(False)
        self._fit_list(kind)

    def list_texts(self, kind: str) -> list[str]:
        """The items of a list as shown ("takeaways" or "watch")."""
        view = self.lists[kind]
        return [view.item(r).text() for r in range(view.count()) if view.item(r).data(ID_ROLE)]

    def takeaway_texts(self) -> list[str]:
        return self.list_texts("takeaways")

    def card_texts(self) -> list[str]:
        return [card.text() for card in self.cards]

    # -- editing ----------------------------------------------------------------
    def set_text(self, field: str, text: str) -> None:
        """Change the title, subtitle or bottom line as an undoable command."""
        briefing = self.session.briefing
        text = " ".join(text.split())
        if briefing is None or text == getattr(briefing, field):
            return
        self.session.undo_stack.push(SetPageText(self.session, field, text))

    def reset(self, field: str) -> None:
        """Reset to generated: the text the analysis wrote, as an undoable command."""
        briefing = self.session.briefing
        if briefing is None:
            return
        generated = getattr(briefing, f"generated_{field}")
        if generated != getattr(briefing, field):
            self.session.undo_stack.push(SetPageText(self.session, field, generated, reset=True))

    def _card_clicked(self, card: HeadlineCard) -> None:
        self._current_card = card
        span = card.headline.figure.first_span
        if span is not None:
            self.source_requested.emit(span.start, span.end)

    def _chosen_card(self) -> HeadlineCard | None:
        focused = next((c for c in self.cards if c.hasFocus()), None)
        return focused or self._current_card or (self.cards[0] if self.cards else None)

    def _move_card(self, step: int) -> None:
        card = self._chosen_card()
        if card is not None:
            self.move_key_figure(card.headline.figure.id, step)

    def _unpin_card(self) -> None:
        card = self._chosen_card()
        if card is not None:
            self.unpin_figure(card.headline.figure.id)

    def move_key_figure(self, figure_id: str, step: int) -> None:
        command = move_key_figure(self.session, figure_id, step)
        if command is not None:
            self.session.undo_stack.push(command)
            self._current_card = next(
                (c for c in self.cards if c.headline.figure.id == figure_id), None
            )

    def unpin_figure(self, figure_id: str) -> None:
        command = unpin(self.session, figure_id)
        if command is not None:
            self.session.undo_stack.push(command)

    def _show_item(self, item: QListWidgetItem) -> None:
        span = item.data(SPAN_ROLE)
        if span:
            self.source_requested.emit(*span)

    def _item_edited(self, kind: str, item: QListWidgetItem) -> None:
        # The list is rebuilt after the edit; not inside the item's own signal.
        item_id, text = item.data(ID_ROLE), " ".join(item.text().split())
        QTimer.singleShot(0, self, lambda: self.edit_item(kind, item_id, text))

    def edit_item(self, kind: str, item_id: str | None, text: str) -> None:
        """Change a takeaway's or watch item's text as an undoable command; "" changes nothing."""
        entry = self.session.item_by_id(kind, item_id) if item_id else None
        if entry is None or not text or text == entry.text:
            self._show_list(kind)  # put back what an emptied row lost
            return
        self.session.undo_stack.push(EditField(self.session, kind, item_id, "text", text))

    def edit_takeaway(self, takeaway_id: str | None, text: str) -> None:
        self.edit_item("takeaways", takeaway_id, text)

    def _current_id(self, kind: str) -> str | None:
        item = self.lists[kind].currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _edit_current(self, kind: str) -> None:
        item = self.lists[kind].currentItem()
        if item is not None and item.data(ID_ROLE):
            self.lists[kind].editItem(item)

    def add_item(self, kind: str) -> None:
        """Add a takeaway or watch item at the end, and start editing it."""
        if self.session.briefing is None:
            return
        text = LISTS[kind][2]
        prefix = "takeaway" if kind == "takeaways" else "watch"
        made = (Takeaway if kind == "takeaways" else WatchItem)(id=new_item_id(prefix), text=text)
        self.session.undo_stack.push(AddItem(self.session, kind, made))
        view = self.lists[kind]
        row = next(r for r in range(view.count()) if view.item(r).data(ID_ROLE) == made.id)
        view.setCurrentRow(row)
        view.editItem(view.item(row))

    def delete_current(self, kind: str) -> None:
        item_id = self._current_id(kind)
        if item_id:
            self.session.undo_stack.push(RemoveItems(self.session, kind, [item_id]))

    def move_current(self, kind: str, step: int) -> None:
        item_id = self._current_id(kind)
        if not item_id:
            return
        row = [entry.id for entry in self.session.items(kind)].index(item_id)
        if 0 <= row + step < len(self.session.items(kind)):
            self.session.undo_stack.push(MoveItem(self.session, kind, item_id, row + step))
            self.lists[kind].setCurrentRow(row + step)
