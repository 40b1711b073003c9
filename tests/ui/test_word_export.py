"""File > Export Word from the window: the briefing as edited, progress, open offer, failures."""

from __future__ import annotations

import errno
import logging
import os

import docx
import pytest
from docx.shared import Inches
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from desktop.ui import interaction, settings
from desktop.ui.main_window import MainWindow
from desktop.ui.models.people_model import PeopleModel
from tests.ui.shell_fixtures import shell_environment

WAIT_MS = 30_000
PEOPLE_TAB = 1


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
    window.word_export.wait()
    window.session.undo_stack.setClean()  # so that closing does not prompt
    window.close()
    window.deleteLater()


def _set_role_in_people_model(window, name: str, role: str) -> None:
    model = window.tab(PEOPLE_TAB).model
    row = next(
        row
        for row in range(model.rowCount())
        if model.index(row, PeopleModel.COL_NAME).data() == name
    )
    assert model.setData(model.index(row, PeopleModel.COL_ROLE), role, Qt.ItemDataRole.EditRole)


def _people_rows(path) -> dict[str, str]:
    document = docx.Document(str(path))
    for table in document.tables:
        header = [cell.text for cell in table.rows[0].cells]
        if header == ["Name", "Role", "Organisation"]:
            return {row.cells[0].text: row.cells[1].text for row in table.rows[1:]}
    raise AssertionError("no People table")


def _export(qtbot, window, signal="finished"):
    with qtbot.waitSignal(getattr(window.word_export.exporter, signal), timeout=WAIT_MS) as blocker:
        window.actions.export_word.trigger()
    return blocker.args


def test_export_writes_the_briefing_as_edited_in_the_window(qtbot, window, shell_env, tmp_path):
    settings.set_last_folder(tmp_path)
    _set_role_in_people_model(window, "Shenu Agarwal", "Group chief executive")
    # The dialog may give the name back without the suffix.
    shell_env.answers["choose_save_file"] = str(tmp_path / "for the board")
    shell_env.answers["offer_to_open"] = interaction.CLOSE
    progress = []
    window.word_export.exporter.progress.connect(
        lambda fraction, _message: progress.append((fraction, QThread.currentThread()))
    )

    _export(qtbot, window)

    ((caption, suggested, filters),) = shell_env.of("choose_save_file")
    assert (caption, filters) == ("Export Word", "Word documents (*.docx);;All files (*)")
    assert suggested == str(tmp_path / "ashok-leyland-calb-2025-09-25.docx")
    exported = tmp_path / "for the board.docx"
    assert _people_rows(exported)["Shenu Agarwal"] == "Group chief executive"
    # Progress came in the UI thread, in order, while the worker wrote the file.
    fractions = [fraction for fraction, _thread in progress]
    assert fractions == sorted(fractions) and len(fractions) >= 4
    assert {thread for _fraction, thread in progress} == {QApplication.instance().thread()}
    assert shell_env.of("offer_to_open") == [(exported,)]
    assert shell_env.of("open_local_path") == []
    assert window.statusBar().currentMessage() == "Exported for the board.docx"
    assert not window.word_export.bar.isVisible()
    assert window.actions.export_word.isEnabled()
    assert settings.last_folder() == str(tmp_path)
    assert window.session.is_dirty  # exporting is not saving


def test_edits_after_the_export_started_do_not_reach_the_file(qtbot, window, shell_env, tmp_path):
    _set_role_in_people_model(window, "Shenu Agarwal", "Group chief executive")
    shell_env.answers["offer_to_open"] = interaction.CLOSE
    target = tmp_path / "snapshot.docx"
    with qtbot.waitSignal(window.word_export.exporter.finished, timeout=WAIT_MS):
        assert window.word_export.export_to(target)
        _set_role_in_people_model(window, "Shenu Agarwal", "changed while exporting")
    assert _people_rows(target)["Shenu Agarwal"] == "Group chief executive"
    assert window.session.items("people")[0].role == "changed while exporting"


def test_the_export_uses_the_preferences(qtbot, window, shell_env, tmp_path):
    settings.set_export_preferences(settings.ExportPreferences("Dana Roy", "Letter", "Internal"))
    shell_env.answers["choose_save_file"] = str(tmp_path / "letter.docx")
    shell_env.answers["offer_to_open"] = interaction.CLOSE
    _export(qtbot, window)
    document = docx.Document(str(tmp_path / "letter.docx"))
    assert document.core_properties.author == "Dana Roy"
    assert document.sections[0].page_width == Inches(8.5)
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert header.endswith("\tINTERNAL")  # the export sets the label in capitals


@pytest.mark.parametrize(
    ("answer", "opened"), [(interaction.OPEN_FILE, "file"), (interaction.OPEN_FOLDER, "folder")]
)
def test_when_done_it_offers_to_open_the_file_or_its_folder(
    qtbot, window, shell_env, tmp_path, answer, opened
):
    target = tmp_path / "out.docx"
    shell_env.answers["choose_save_file"] = str(target)
    shell_env.answers["offer_to_open"] = answer
    shell_env.answers["open_local_path"] = True
    _export(qtbot, window)
    assert shell_env.of("open_local_path") == [(target if opened == "file" else tmp_path,)]


def test_an_open_or_read_only_file_gives_a_clear_message_and_is_kept(
    qtbot, window, shell_env, tmp_path, monkeypatch
):
    old = tmp_path / "locked.docx"
    old.write_bytes(b"the briefing exported last week")

    def in_use(briefing, path, **_options):
        # What Windows says for a file open in Word, and Linux for a read-only folder.
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr("desktop.export.export_docx", in_use)
    shell_env.answers["choose_save_file"] = str(old)
    request, message = _export(qtbot, window, "failed")
    assert request.path == old
    assert shell_env.of("show_error") == [
        (
            "Could not export the briefing",
            "Permission denied: cannot write locked.docx (read-only or in use).",
        )
    ]
    assert old.read_bytes() == b"the briefing exported last week"
    assert shell_env.of("offer_to_open") == []
    assert window.actions.export_word.isEnabled()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_for_real(qtbot, window, shell_env, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    old = folder / "old.docx"
    old.write_bytes(b"old")
    old.chmod(0o444)
    folder.chmod(0o555)
    try:
        shell_env.answers["choose_save_file"] = str(old)
        _export(qtbot, window, "failed")
        assert old.read_bytes() == b"old"
        ((_title, message),) = shell_env.of("show_error")
        assert message == "Permission denied: cannot write old.docx (read-only or in use)."
    finally:
        folder.chmod(0o755)


def test_an_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(
    qtbot, window, shell_env, tmp_path, monkeypatch, caplog
):
    def broken(briefing, path, **_options):
        raise ZeroDivisionError("bug in the export")

    monkeypatch.setattr("desktop.export.export_docx", broken)
    shell_env.answers["choose_save_file"] = str(tmp_path / "x.docx")
    with caplog.at_level(logging.ERROR):
        _export(qtbot, window, "failed")
    ((_title, message),) = shell_env.of("show_error")
    assert message == (
        "Something went wrong while exporting x.docx, so it was not written. "
        "The details were written to the error log."
    )
    assert "ZeroDivisionError: bug in the export" in caplog.text
    assert "Traceback" in caplog.text
    assert not (tmp_path / "x.docx").exists()


def test_a_second_export_while_one_runs_is_refused(qtbot, window, shell_env, tmp_path):
    shell_env.answers["choose_save_file"] = str(tmp_path / "first.docx")
    shell_env.answers["offer_to_open"] = interaction.CLOSE
    with qtbot.waitSignal(window.word_export.exporter.finished, timeout=WAIT_MS):
        window.actions.export_word.trigger()
        # The result can only arrive through the event loop, so it is surely still running.
        assert window.word_export.busy
        assert not window.actions.export_word.isEnabled()
        assert window.word_export.bar.isVisible()
        assert window.word_export.label.text().startswith("Exporting first.docx")
        window.export_requested.emit()  # Ctrl+E again, however it got here
        assert window.statusBar().currentMessage() == (
            "Already exporting first.docx: wait for it to finish, then export again."
        )
        assert not window.word_export.export_to(tmp_path / "second.docx")
    assert len(shell_env.of("choose_save_file")) == 1
    assert not (tmp_path / "second.docx").exists()
    assert window.actions.export_word.isEnabled()


def test_closing_the_window_lets_a_running_export_finish(qtbot, shell_env, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.load_finished, timeout=WAIT_MS):
        window.start(None)
    assert window.word_export.export_to(tmp_path / "at-exit.docx")
    assert window.close()
    assert (tmp_path / "at-exit.docx").is_file()
    qtbot.wait(50)  # the result arrives after the window closed: no prompt for it
    assert shell_env.of("offer_to_open") == []
    assert not window.word_export.busy


def test_cancelling_the_file_dialog_exports_nothing(window, shell_env, tmp_path):
    shell_env.answers["choose_save_file"] = None
    window.actions.export_word.trigger()
    assert not window.word_export.busy
    assert list(tmp_path.glob("*.docx")) == []


def test_no_briefing_no_export(qtbot, shell_env):
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.actions.export_word.isEnabled()
    assert not window.word_export.export()
    assert shell_env.of("choose_save_file") == []
