"""Set-up for the application shell's tests: settings and recovery in tmp, prompts patched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from desktop.ui import interaction


class Prompts:
    """Records every prompt (and every file handed to another application); answers what the
    test set, and fails on any it did not expect."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.calls: list[tuple] = []
        self.answers: dict[str, object] = {}
        names = (
            "ask_save_discard_cancel",
            "show_error",
            "confirm",
            "show_about",
            "choose_open_file",
            "choose_save_file",
            "ask_url",
            "ask_pasted_text",
            "offer_restore",
            "offer_to_open",
            "open_local_path",
            "edit_preferences",
            "choose_kept_name",
            "choose_phase",
        )
        for name in names:
            monkeypatch.setattr(interaction, name, self._recorder(name))

    def _recorder(self, name: str):
        def prompt(*args):
            if name != "open_local_path":
                args = args[1:]  # the parent widget
            self.calls.append((name, *args))
            if name in ("show_error", "show_about"):
                return None
            if name not in self.answers:
                raise AssertionError(f"unexpected prompt {name}{args}")
            return self.answers[name]

        return prompt

    def of(self, name: str) -> list[tuple]:
        return [call[1:] for call in self.calls if call[0] == name]


def shell_environment(tmp_path, monkeypatch):
    """For a fixture to yield from: QSettings in an INI file under tmp_path, the recovery
    folder there too, and every prompt patched (a Prompts)."""
    QCoreApplication.setOrganizationName("Briefing Desk Tests")
    QCoreApplication.setApplicationName("Briefing Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setattr("desktop.ui.recovery.default_directory", lambda: tmp_path / "recovery")
    yield Prompts(monkeypatch)
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
