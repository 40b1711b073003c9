"""Item delegates: a cell edited by choosing from a list (a quote's speaker, its kind)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# A choice is a label shown in the list, or (label, value) when the value differs (None).
Choice = str | tuple[str, Any]


def _pairs(choices: Iterable[Choice]) -> list[tuple[str, Any]]:
    return [c if isinstance(c, tuple) else (c, c) for c in choices]


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of the choices a callable returns when editing starts.

    Args:
        choices: returns the current choices, so a list that changes (the people) stays fresh.
        editable: whether the analyst may also type a value that is not in the list.
    """

    def __init__(
        self,
        choices: Callable[[], Iterable[Choice]],
        editable: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._choices = choices
        self._editable = editable

    def createEditor(  # noqa: N802 - Qt API
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self._editable)
        if self._editable:
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, value in _pairs(self._choices()):
            combo.addItem(label, value)
        # One choice is one decision: commit as soon as it is picked from the list.
        combo.activated.connect(lambda _row, c=combo: self._commit_and_close(c))
        if not self._editable:
            QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def _commit_and_close(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        row = -1
        if value is not None:
            row = next((i for i in range(editor.count()) if editor.itemData(i) == value), -1)
        if row < 0:
            row = editor.findText("" if value is None else str(value))
        if row < 0 and value not in (None, ""):
            # A value typed before, or one no longer in the list: keep it choosable.
            editor.addItem(str(value), value)
            row = editor.count() - 1
        if row >= 0:
            editor.setCurrentIndex(row)
        elif editor.isEditable():
            editor.setEditText("" if value is None else str(value))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex
    ) -> None:
        row = editor.currentIndex()
        if editor.isEditable() and (row < 0 or editor.currentText() != editor.itemText(row)):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif row >= 0:
            model.setData(index, editor.itemData(row), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        # Wrapped rows are tall; a combo the height of the row looks broken, so keep its own.
        rect = option.rect
        height = min(rect.height(), editor.sizeHint().height())
        editor.setGeometry(rect.x(), rect.y(), rect.width(), height)
