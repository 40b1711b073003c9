"""Bad inputs through the window's open path, and the saves that guard the analyst's work."""

from __future__ import annotations

import sys

import pytest

from desktop.domain.serialization import load_briefing
from desktop.ui.commands import EditField
from desktop.ui.main_window import MainWindow
from tests.hostile import inputs
from tests.ui.shell_fixtures import shell_environment

WAIT_MS = 20_000
unix_only = pytest.mark.skipif(sys.platform == "win32", reason="devices and pipes")


@pytest.fixture
def shell_env(tmp_path, monkeypatch, qapp):
    yield from shell_environment(tmp_path, monkeypatch)


@pytest.fixture
def window(qtbot, shell_env):
    window = MainWindow()
    window.show()
    with qtbot.waitSignal(window.load_finished, timeout=WAIT_MS):
        window.start(None)
    yield window
    window.session.undo_stack.setClean()
    window.close()
    window.deleteLater()


def _refused(qtbot, window, shell_env, path: str) -> str:
    """The one error the window shows for opening path; the open briefing stays."""
    before = window.session.briefing
    with qtbot.waitSignal(window.load_finished, timeout=WAIT_MS) as blocker:
        window.open_path(path)
    assert blocker.args == [False]
    ((_title, message),) = shell_env.of("show_error")
    assert window.session.briefing is before
    return message


@unix_only
def test_a_device_and_a_pipe_are_refused(qtbot, window, shell_env, tmp_path):
    # Before: /dev/zero read until memory ran out; a FIFO blocked, and the process stayed
    # alive after the window closed.
    assert _refused(qtbot, window, shell_env, "/dev/zero") == (
        "Cannot open zero: it is a device, not a file."
    )
    shell_env.calls.clear()
    pipe = inputs.fifo(tmp_path)
    assert _refused(qtbot, window, shell_env, str(pipe)) == (
        "Cannot open pipe.txt: it is a pipe (FIFO), not a file."
    )


@unix_only
def test_a_briefing_named_fifo_is_refused(qtbot, window, shell_env, tmp_path):
    import os

    pipe = tmp_path / "pipe.briefing.json"
    os.mkfifo(pipe)
    assert _refused(qtbot, window, shell_env, str(pipe)) == (
        "Cannot open pipe.briefing.json: it is a pipe (FIFO), not a file."
    )


def test_a_damaged_word_file_is_refused(qtbot, window, shell_env, tmp_path):
    path = inputs.docx_no_namespace(tmp_path)
    assert _refused(qtbot, window, shell_env, str(path)) == (
        "nonamespace.docx is not a readable Word document: it is damaged, or not really a .docx."
    )


def test_a_briefing_with_a_number_for_a_name_never_reaches_a_tab(
    qtbot, window, shell_env, tmp_path
):
    # Before: it opened, then the People tab raised TypeError.
    data = inputs.briefing_dict(people=[{"id": "p", "name": 7}])
    path = inputs.write_briefing(tmp_path, "numbers.briefing.json", data)
    assert _refused(qtbot, window, shell_env, str(path)) == (
        "This briefing file is damaged (people[0].name is a number, not text)."
    )


def test_damaged_utf8_is_opened_and_the_status_bar_says_so(qtbot, window, shell_env, tmp_path):
    path = inputs.damaged_utf8(tmp_path)
    with qtbot.waitSignal(window.load_finished, timeout=WAIT_MS) as blocker:
        window.open_path(str(path))
    assert blocker.args == [True]
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("damaged.txt is UTF-8 with 3 damaged characters, shown as \ufffd.")
    )
    assert "company’s plan" in window.session.briefing.article.text


def _name_with_a_lone_surrogate(window) -> None:
    person = window.session.items("people")[0]
    window.session.undo_stack.push(
        EditField(window.session, "people", person.id, "name", "Shenu \udc80Agarwal")
    )


def test_save_as_with_a_lone_surrogate_saves(qtbot, window, shell_env, tmp_path):
    # Before: Save As raised with no message and nothing was written.
    _name_with_a_lone_surrogate(window)
    target = tmp_path / "kept.briefing.json"
    shell_env.answers["choose_save_file"] = str(target)
    assert window.save_as()
    assert load_briefing(target).people[0].name == "Shenu \ufffdAgarwal"
    assert shell_env.of("show_error") == []


def test_autosave_with_a_lone_surrogate_writes_the_recovery_copy(window, shell_env, tmp_path):
    # Before: autosave raised, no recovery copy was written, and a crash lost every edit.
    _name_with_a_lone_surrogate(window)
    window.autosave()
    recovery = tmp_path / "recovery" / "current.briefing.json"
    assert load_briefing(recovery).people[0].name == "Shenu \ufffdAgarwal"


def test_a_save_into_a_missing_folder_names_the_folder(qtbot, window, shell_env, tmp_path):
    # Before: "Not found: x.briefing.json", without the folder.
    _name_with_a_lone_surrogate(window)
    target = tmp_path / "gone" / "x.briefing.json"
    shell_env.answers["choose_save_file"] = str(target)
    assert not window.save_as()
    assert shell_env.of("show_error") == [
        (
            "Could not save the briefing",
            f"Cannot write x.briefing.json: the folder {tmp_path / 'gone'} does not exist.",
        )
    ]


def test_an_unexpected_save_failure_is_reported_not_silent(
    qtbot, window, shell_env, tmp_path, monkeypatch
):
    def broken(briefing, path):
        raise RuntimeError("disk controller on fire")

    monkeypatch.setattr("desktop.ui.main_window.save_briefing", broken)
    _name_with_a_lone_surrogate(window)
    shell_env.answers["choose_save_file"] = str(tmp_path / "x.briefing.json")
    assert not window.save_as()
    assert shell_env.of("show_error") == [
        ("Could not save the briefing", "Unexpected error (RuntimeError: disk controller on fire).")
    ]
    assert window.session.is_dirty


def test_the_autosave_interval_is_a_preference(qtbot, window, shell_env):
    # Before: fixed at 60 s.
    from desktop.ui import settings
    from desktop.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(settings.export_preferences())
    qtbot.addWidget(dialog)
    assert dialog.autosave.value() == 60
    dialog.autosave.setValue(15)
    shell_env.answers["edit_preferences"] = dialog.preferences()
    window.word_export.edit_preferences()
    assert settings.autosave_seconds() == 15
    _name_with_a_lone_surrogate(window)  # an edit starts the timer
    assert window._autosave.isActive() and window._autosave.interval() == 15_000
