"""The actions of the selected phase, in order: moved up, down, or to another phase."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.edits import move_action
from desktop.ui import interaction
from desktop.ui.commands import BriefingEdit
from desktop.ui.session import Session


class ActionsPanel(QWidget):
    """A list of one phase's actions: Alt+Up/Down or drag to reorder, Ctrl+Shift+P to move
    one to another phase. Each move is one undo step."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.phase_id: str | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAccessibleName("Actions of the selected phase")
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.label.setBuddy(self.list)
        self.up_button = self._button("Up", "Move the action up (Alt+Up)", lambda: self.move(-1))
        self.down_button = self._button(
            "Down", "Move the action down (Alt+Down)", lambda: self.move(+1)
        )
        self.phase_button = self._button(
            "To &phase…", "Move the action to another phase (Ctrl+Shift+P)", self.move_to_phase
        )
        for text, keys, slot in (
            ("Move up", "Alt+Up", lambda: self.move(-1)),
            ("Move down", "Alt+Down", lambda: self.move(+1)),
            ("Move to phase…", "Ctrl+Shift+P", self.move_to_phase),
        ):
            action = QAction(text, self.list)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.list.addAction(action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.phase_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.items_changed.connect(self._on_items_changed)
        session.briefing_replaced.connect(lambda: self.show_phase(None))
        self.show_phase(None)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _phase(self):
        return self.session.item_by_id("phases", self.phase_id) if self.phase_id else None

    def show_phase(self, phase) -> None:
        """List the actions of phase (None: none chosen)."""
        self.phase_id = phase.id if phase is not None else None
        self._refill()

    def _refill(self, current: int | None = None) -> None:
        phase = self._phase()
        self.list.blockSignals(True)
        self.list.clear()
        if phase is None:
            self.label.setText("&Actions: select a phase")
        else:
            self.label.setText(f"&Actions of \u201c{phase.title}\u201d ({len(phase.actions)})")
            self.list.addItems(phase.actions)
            if current is not None and 0 <= current < self.list.count():
                self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        has = phase is not None and bool(phase.actions)
        # No phases, no actions to show: the table takes the room.
        self.setVisible(bool(self.session.items("phases")))
        for button in (self.up_button, self.down_button, self.phase_button):
            button.setEnabled(has)

    def _on_items_changed(self, kind: str) -> None:
        if kind == "phases":
            self._refill(self.list.currentRow())

    def action_texts(self) -> list[str]:
        """The actions as the list shows them."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    # -- moving ----------------------------------------------------------------------
    def move(self, step: int) -> None:
        """Move the current action up (-1) or down (+1) in its phase."""
        row = self.list.currentRow()
        phase = self._phase()
        if phase is not None and 0 <= row and 0 <= row + step < len(phase.actions):
            self._push(row, phase.id, row + step)

    def move_to_phase(self) -> None:
        """Ask which phase, then move the current action to the end of that phase."""
        phase, row = self._phase(), self.list.currentRow()
        phases = self.session.items("phases")
        if phase is None or row < 0 or len(phases) < 2:
            self.session.edit_refused.emit(
                "Select an action, and have two phases to move it between."
            )
            return
        chosen = interaction.choose_phase(self, [p.title for p in phases], phases.index(phase))
        if chosen is None or phases[chosen].id == phase.id:
            return
        target = phases[chosen]
        self._push(row, target.id, len(target.actions))

    def _push(self, row: int, to_phase_id: str, to_row: int) -> None:
        phase_id = self.phase_id
        self.session.undo_stack.push(
            BriefingEdit(
                self.session,
                "Move action",
                ("phases",),
                lambda briefing: move_action(briefing, phase_id, row, to_phase_id, to_row),
            )
        )
        if to_phase_id == phase_id:
            self.list.setCurrentRow(to_row)

    def _on_rows_moved(self, _parent, start: int, _end: int, _dest, row: int) -> None:
        # The list moved its row on a drop; the phase follows once the drop is over.
        to_row = row - 1 if row > start else row
        if to_row != start and self.phase_id is not None:
            QTimer.singleShot(0, self, lambda: self._push(start, self.phase_id, to_row))
