"""Edit > Preferences: the dialog shows the stored values and gives back the edited ones."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from desktop.ui import interaction, settings
from desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import ExportPreferences
from tests.ui.shell_fixtures import shell_environment


@pytest.fixture
def shell_env(tmp_path, monkeypatch, qapp):
    yield from shell_environment(tmp_path, monkeypatch)


def test_the_dialog_shows_and_returns_the_values(qtbot):
    dialog = PreferencesDialog(ExportPreferences("Dana Roy", "Letter", "Internal"))
    qtbot.addWidget(dialog)
    assert dialog.analyst.text() == "Dana Roy"
    assert dialog.paper.currentText() == "Letter"
    assert [dialog.paper.itemText(i) for i in range(dialog.paper.count())] == ["A4", "Letter"]
    assert dialog.classification.text() == "Internal"

    dialog.analyst.clear()
    qtbot.keyClicks(dialog.analyst, "  Sam   Lee ")
    dialog.paper.setCurrentText("A4")
    dialog.classification.clear()
    assert dialog.preferences() == ExportPreferences("Sam Lee", "A4", "")


@pytest.mark.parametrize(
    ("gecos", "login", "placeholder"),
    [
        ("Jane Doe,,,", "jdoe", "Empty: your account's name (Jane Doe)"),
        ("", "jdoe", "Empty: your account's name (jdoe)"),
        ("root", "root", "Empty: no name on the briefing"),
    ],
)
def test_the_empty_name_says_what_the_export_will_use(
    qtbot, computer_account, gecos, login, placeholder
):
    computer_account(gecos, login)
    dialog = PreferencesDialog(ExportPreferences())
    qtbot.addWidget(dialog)
    assert dialog.analyst.placeholderText() == placeholder


def test_preferences_round_trip_through_the_menu_and_the_settings(qtbot, shell_env, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    assert settings.export_preferences() == ExportPreferences("", "A4", "")
    # The real interaction function and dialog; only exec() stands in for the user.
    monkeypatch.setattr(interaction, "edit_preferences", EDIT_PREFERENCES)

    def user_edits(dialog):
        assert dialog.preferences() == ExportPreferences("", "A4", "")
        qtbot.keyClicks(dialog.analyst, "Dana Roy")
        dialog.paper.setCurrentText("Letter")
        qtbot.keyClicks(dialog.classification, "Internal")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", user_edits)
    window.actions.preferences.trigger()
    assert settings.export_preferences() == ExportPreferences("Dana Roy", "Letter", "Internal")
    assert (settings.analyst_name(), settings.paper_size(), settings.classification()) == (
        "Dana Roy",
        "Letter",
        "Internal",
    )

    def user_cancels(dialog):
        assert dialog.preferences() == ExportPreferences("Dana Roy", "Letter", "Internal")
        dialog.analyst.clear()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", user_cancels)
    window.actions.preferences.trigger()
    assert settings.analyst_name() == "Dana Roy"
    assert window.actions.preferences.menuRole().name == "PreferencesRole"


EDIT_PREFERENCES = interaction.edit_preferences  # before shell_env patches it
