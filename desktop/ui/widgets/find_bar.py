"""The find bar: words searched in every tab and the article, hits listed by tab, stepped."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from desktop.domain.search import SOURCE, Hit, find_everywhere
from desktop.ui.session import Session

SEARCH_DELAY_MS = 150  # typing pauses this long before a search of the whole article
HitRole = Qt.ItemDataRole.UserRole + 1


class FindBar(QWidget):
    """A bar along the bottom of the window (Ctrl+F); Enter or F3 steps to the next hit.

    Args:
        tab_of: the title of the tab that shows a kind of item ("quotes" -> "Quotes").

    Signals:
        hit_chosen(object): show this Hit (select its row, or its words in the article).
        hits_changed(list): the hits of the current search, for the article's highlights.
        closed(): the bar was closed while it had the focus (which should go back).
    """

    hit_chosen = Signal(object)
    hits_changed = Signal(list)
    closed = Signal()

    def __init__(self, session: Session, tab_of: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.tab_of = tab_of
        self.hits: list[Hit] = []
        self.current = -1

        label = QLabel("Fi&nd:", self)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Words in any tab or in the article")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Find")
        label.setBuddy(self.field)
        self.field.installEventFilter(self)
        self.previous_button = self._button("\u25b2", "Previous hit (Shift+F3)", self.previous)
        self.next_button = self._button("\u25bc", "Next hit (F3 or Enter)", self.next)
        self.hit_list = QComboBox(self)
        self.hit_list.setToolTip("Every hit, by tab: choose one to go to it")
        self.hit_list.setAccessibleName("Hits by tab")
        self.hit_list.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.hit_list.setMinimumContentsLength(40)
        self.hit_list.activated.connect(self._on_hit_picked)
        self.summary = QLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        close = self._button("\u2715", "Close the find bar (Esc)", self.close_bar)
        close.setAutoRaise(True)
        # Esc closes the bar from any of its controls (the hit list included).
        escape = QAction("Close the find bar", self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.close_bar)
        self.addAction(escape)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(label)
        layout.addWidget(self.field, 2)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.hit_list, 2)
        layout.addWidget(self.summary, 1)
        layout.addWidget(close)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        session.briefing_replaced.connect(self._research)
        session.items_changed.connect(self._research)
        self._show_summary()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- searching ---------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with its words selected, ready to type over."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and its marks in the article; the focus goes back to the tab."""
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        self.hide()
        self.hits_changed.emit([])
        if had_focus:
            self.closed.emit()

    def _research(self, *_args) -> None:
        if self.isVisible() and self.field.text().strip():
            self._timer.start()

    def search(self) -> None:
        """Find the words now (the field's text), and list the hits by tab."""
        self._timer.stop()
        briefing = self.session.briefing
        needle = self.field.text()
        self.hits = find_everywhere(briefing, needle) if briefing is not None else []
        self.current = -1
        self.hit_list.clear()
        for hit in self.hits:
            self.hit_list.addItem(f"{self.tab_of.get(hit.kind, hit.kind)}: {hit.label}", hit)
        self.hit_list.setCurrentIndex(-1)
        self._show_summary()
        self.hits_changed.emit(self.hits)

    def _show_summary(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.summary.setText("")
        elif not self.hits:
            self.summary.setText(f"No hits for \u201c{text}\u201d in any tab or the article.")
        else:
            by_tab = Counter(self.tab_of.get(hit.kind, hit.kind) for hit in self.hits)
            where = " · ".join(f"{tab} {count}" for tab, count in by_tab.items())
            at = f"{self.current + 1} of {len(self.hits)}" if self.current >= 0 else len(self.hits)
            self.summary.setText(f"{at} hits: {where}" if self.current < 0 else f"{at}: {where}")
        for button in (self.previous_button, self.next_button):
            button.setEnabled(bool(self.hits))

    def _ensure_searched(self) -> None:
        if self._timer.isActive() or (self.field.text().strip() and not self.hits):
            self.search()

    # -- stepping ----------------------------------------------------------------
    def next(self) -> None:
        """Go to the next hit (after the last, the first)."""
        self._step(+1)

    def previous(self) -> None:
        """Go to the previous hit (before the first, the last)."""
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self.isVisible():
            self.show()
        self._ensure_searched()
        if not self.hits:
            return
        if self.current < 0:
            self.current = 0 if step > 0 else len(self.hits) - 1
        else:
            self.current = (self.current + step) % len(self.hits)
        self._go()

    def _on_hit_picked(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.current = row
            self._go()

    def _go(self) -> None:
        self.hit_list.setCurrentIndex(self.current)
        self._show_summary()
        self.hit_chosen.emit(self.hits[self.current])

    def current_hit(self) -> Hit | None:
        return self.hits[self.current] if 0 <= self.current < len(self.hits) else None

    def source_hits(self) -> list[Hit]:
        return [hit for hit in self.hits if hit.kind == SOURCE]

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.previous() if shift else self.next()
                return True
        return False
