"""Every prompt the app shows: message boxes, file choosers, input dialogs (tests patch these).

Nothing else in the package opens a QMessageBox, QFileDialog or QInputDialog, so a
test can monkeypatch one function here and drive the window without a human.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.ui.settings import ExportPreferences

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OPEN_FILE, OPEN_FOLDER, CLOSE = "open file", "open folder", "close"


def ask_save_discard_cancel(parent: QWidget | None, name: str) -> str:
    """Ask what to do with unsaved changes to name.

    Returns:
        SAVE, DISCARD or CANCEL ("save", "discard", "cancel").
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved Changes")
    box.setText(f"Save the changes to {name}?")
    box.setInformativeText("Your changes will be lost if you don't save them.")
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    answer = box.exec()
    if answer == buttons.Save:
        return SAVE
    if answer == buttons.Discard:
        return DISCARD
    return CANCEL


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A warning box: title says what failed ("Could not open"), message says why."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, question: str, yes_text: str = "OK") -> bool:
    """True if the user agreed to question; yes_text names the button that does it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def choose_open_file(parent: QWidget | None, caption: str, folder: str, filters: str) -> str | None:
    """A file to open, or None if the user cancelled.

    Args:
        filters: Qt filter string, ";;" between entries ("Articles (*.txt *.md)").
    """
    path, _selected = QFileDialog.getOpenFileName(parent, caption, folder, filters)
    return path or None


def choose_save_file(
    parent: QWidget | None, caption: str, suggested_path: str, filters: str
) -> str | None:
    """Where to save (the dialog asks before overwriting), or None if the user cancelled."""
    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested_path, filters)
    return path or None


def ask_url(parent: QWidget | None) -> str | None:
    """An http(s) address to fetch, or None; "https://" is added when the scheme is missing."""
    url, ok = QInputDialog.getText(
        parent,
        "Open URL",
        "Address of the article (http or https):",
        QLineEdit.EchoMode.Normal,
        "https://",
    )
    url = url.strip()
    if not ok or url in ("", "https://", "http://"):
        return None
    if "://" not in url:
        url = "https://" + url
    return url


def ask_pasted_text(parent: QWidget | None) -> str | None:
    """The text of an article the user pasted, or None if they cancelled."""
    from desktop.ui.dialogs.paste_dialog import PasteDialog

    dialog = PasteDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    text = dialog.text()
    return text if text.strip() else None


def offer_restore(parent: QWidget | None, when: str) -> bool:
    """After a crash: restore the briefing autosaved at when? True to restore it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Restore Unsaved Briefing")
    box.setText("Briefing Desk did not close normally last time.")
    box.setInformativeText(
        f"A copy of the briefing you were working on was saved {when}. Restore it?"
    )
    restore = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Discard It", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def offer_to_open(parent: QWidget | None, path: str | os.PathLike) -> str:
    """After an export: open the file, its folder, or neither?

    Returns:
        OPEN_FILE, OPEN_FOLDER or CLOSE.
    """
    path = Path(path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Export Finished")
    box.setText(f"Exported {path.name}")
    box.setInformativeText(f"In the folder {path.parent}")
    open_file = box.addButton("&Open File", QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton("Open &Folder", QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_file)
    box.setEscapeButton(close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        return OPEN_FILE
    if clicked is open_folder:
        return OPEN_FOLDER
    return CLOSE


def open_local_path(path: str | os.PathLike) -> bool:
    """Open a file or folder in the application the system uses for it; False if none did."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(os.fspath(path)))


def edit_preferences(
    parent: QWidget | None, preferences: ExportPreferences
) -> ExportPreferences | None:
    """Edit > Preferences: the preferences as the user left them, or None if they cancelled."""
    from desktop.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(preferences, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.preferences()


def choose_kept_name(parent: QWidget | None, what: str, names: list[str]) -> int | None:
    """Which of two names a merge keeps (the other becomes an alias).

    Args:
        what: "people" or "organisations", for the question.
        names: the two names, the suggested one first.

    Returns:
        The index in names of the one to keep, or None if the user cancelled.
    """
    name, ok = QInputDialog.getItem(
        parent,
        f"Merge {what}",
        "Keep this name (the other becomes an alias, and every reference follows):",
        names,
        0,
        False,
    )
    return names.index(name) if ok and name in names else None


def choose_phase(parent: QWidget | None, titles: list[str], current: int) -> int | None:
    """The phase an action moves to; the index in titles, or None if cancelled."""
    numbered = [f"{n}. {title}" for n, title in enumerate(titles, 1)]  # titles may repeat
    chosen, ok = QInputDialog.getItem(
        parent, "Move Action", "Move the action to the phase:", numbered, current, False
    )
    return numbered.index(chosen) if ok and chosen in numbered else None
