"""The dialog for New from pasted text: a plain text box and OK / Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class PasteDialog(QDialog):
    """Asks for an article's text; OK stays disabled until there is some."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("New from Pasted Text")
        self.resize(720, 520)
        label = QLabel(
            "Paste the article's text below. Its first line is taken as the title; "
            "a byline and date just under it are recognised."
        )
        label.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText("Paste the article here (Ctrl+V)")
        self.editor.setTabChangesFocus(True)
        label.setBuddy(self.editor)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Analyse")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_ok)

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        has_text = bool(self.editor.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_text)

    def text(self) -> str:
        return self.editor.toPlainText()
