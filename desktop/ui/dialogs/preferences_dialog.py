"""Edit > Preferences: the analyst's name, paper size and classification label of the export."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings import PAPER_SIZES, ExportPreferences


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (some containers and services)
        return ""


class PreferencesDialog(QDialog):
    """Shows preferences and gives them back as edited; reads and writes no settings itself."""

    def __init__(self, preferences: ExportPreferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(440)

        self.analyst = QLineEdit(preferences.analyst_name, self)
        login = _login_name()
        self.analyst.setPlaceholderText(
            f"Empty: your login name ({login})" if login else "Empty: your login name"
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

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(export_group)
        layout.addWidget(buttons)

    def preferences(self) -> ExportPreferences:
        """The values as they are now in the dialog, trimmed."""
        return ExportPreferences(
            analyst_name=" ".join(self.analyst.text().split()),
            paper_size=self.paper.currentText(),
            classification=" ".join(self.classification.text().split()),
        )
