"""Edit > Preferences: the export's analyst name, paper size and label; the autosave interval."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.account import account_name
from desktop.ui.settings import AUTOSAVE_RANGE, PAPER_SIZES, ExportPreferences


class PreferencesDialog(QDialog):
    """Shows preferences and gives them back as edited; reads and writes no settings itself."""

    def __init__(self, preferences: ExportPreferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(440)

        self.analyst = QLineEdit(preferences.analyst_name, self)
        # What an empty name puts on the briefing, the same lookup the export makes.
        fallback = account_name()
        self.analyst.setPlaceholderText(
            f"Empty: your account's name ({fallback})"
            if fallback
            else "Empty: no name on the briefing"
        )
        self.analyst.setToolTip("Put on the briefing as its author (Prepared by)")
        self.paper = QComboBox(self)
        self.paper.addItems(PAPER_SIZES)
        self.paper.setCurrentText(preferences.paper_size)
        self.classification = QLineEdit(preferences.classification, self)
        self.classification.setPlaceholderText("None (for example: Internal)")
        self.classification.setToolTip("Printed in the header of every page when set")

        export_group = QGroupBox("Word export", self)
        form = QFormLayout(export_group)
        form.addRow("&Analyst name:", self.analyst)
        form.addRow("&Paper size:", self.paper)
        form.addRow("&Classification:", self.classification)

        self.autosave = QSpinBox(self)
        self.autosave.setRange(*AUTOSAVE_RANGE)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(preferences.autosave_seconds)
        self.autosave.setToolTip(
            "While there are unsaved edits, a recovery copy is written this often"
        )
        recovery_group = QGroupBox("Recovery", self)
        QFormLayout(recovery_group).addRow("Auto&save every:", self.autosave)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(export_group)
        layout.addWidget(recovery_group)
        layout.addWidget(buttons)

    def preferences(self) -> ExportPreferences:
        """The values as they are now in the dialog, trimmed."""
        return ExportPreferences(
            analyst_name=" ".join(self.analyst.text().split()),
            paper_size=self.paper.currentText(),
            classification=" ".join(self.classification.text().split()),
            autosave_seconds=self.autosave.value(),
        )
