"""The main window on the seed: tabs, title, save and reopen, errors, unsaved changes, recovery."""

from __future__ import annotations

import errno
import shutil

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.domain.serialization import load_briefing, save_briefing
from desktop.resources import seed_article_path
from desktop.ui import main_window as main_window_module
from desktop.ui import settings
from desktop.ui.commands import EditField
from desktop.ui.main_window import MainWindow
from desktop.ui.worker import ARTICLE, OpenRequest
from tests.ui.shell_fixtures import shell_environment

TAB_TITLES = [
    "Overview",
    "People",
    "Quotes",
    "Strategy",
    "Market figures",
    "Organisations",
    "Source",
]
SEED_TITLE = "ashok-leyland-calb-2025-09-25.txt[*] — Briefing Desk"
WAIT_MS = 20_000


def _open(qtbot, window, call, *args, ok=True):
    with qtbot.waitSignal(window.load_finished, timeout=WAIT_MS) as blocker:
        call(*args)
    assert blocker.args == [ok]


@pytest.fixture
def shell_env(tmp_path, monkeypatch, qapp):
    yield from shell_environment(tmp_path, monkeypatch)


@pytest.fixture
def window(qtbot, shell_env):
    window = MainWindow()
    window.show()
    _open(qtbot, window, window.start, None)
    yield window
    window.session.undo_stack.setClean()  # so that closing does not prompt
    window.close()
    window.deleteLater()


def _edit_first_person_role(window, role="Group chief executive"):
    person = window.session.items("people")[0]
    window.session.undo_stack.push(EditField(window.session, "people", person.id, "role", role))
    return person


def test_opens_on_the_seed_with_the_seven_tabs_in_order(window):
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == TAB_TITLES
    assert window.windowTitle() == SEED_TITLE
    assert not window.isWindowModified()
    assert [p.name for p in window.session.items("people")][:2] == [
        "Shenu Agarwal",
        "Komal Kareer",
    ]
    assert window.statusBar().currentMessage().startswith("Analysed 677 words: 6 people, 13 quotes")
    assert not window.busy_bar.isVisible()


def test_tab_titles_in_the_window_match_the_tab_classes():
    from desktop.ui.main_window import TABS, tab_classes

    assert [title for _module, _name, title in TABS] == [cls.TITLE for cls in tab_classes()]


def test_menus_have_the_shortcuts(window):
    actions = window.actions
    shortcuts = {
        actions.new_from_text: "Ctrl+N",
        actions.open_article: "Ctrl+O",
        actions.open_url: "Ctrl+L",
        actions.open_briefing: "Ctrl+Shift+O",
        actions.save: "Ctrl+S",
        actions.save_as: "Ctrl+Shift+S",
        actions.export_word: "Ctrl+E",
        actions.quit: "Ctrl+Q",
        actions.undo: "Ctrl+Z",
        actions.redo: "Ctrl+Shift+Z",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys, action.text()
    assert [a.shortcut().toString() for a in actions.show_tab] == [f"Ctrl+{n}" for n in range(1, 8)]
    actions.show_tab[4].trigger()
    assert window.tabs.currentIndex() == 4
    assert actions.export_word.isEnabled()  # a briefing is open
    assert actions.export_word.toolTip() == (
        "Export the briefing as currently edited to a Word document"
    )
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Item", "&View", "&Help"]


def test_every_menu_command_shows_its_keys(window):
    """A shortcut set on the action, or keys shown after a tab (a table's own key)."""
    missing = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None:
                continue  # Open Recent is a submenu of files
            if action.shortcut().isEmpty() and "\t" not in action.text():
                missing.append(action.text())
    assert missing == []
    commands = window.actions.table_commands
    assert commands["confirm"].text().endswith("\tSpace")
    assert commands["move_up"].text().endswith("\tAlt+Up")
    assert window.actions.copy.text() == "&Copy\tCtrl+C"


def test_the_title_marks_unsaved_changes_and_undo_clears_it(window):
    _edit_first_person_role(window)
    assert window.isWindowModified()
    assert window.windowTitle() == SEED_TITLE  # Qt draws the [*] as "*"
    window.actions.undo.trigger()
    assert not window.isWindowModified()


def test_a_blank_name_is_refused_in_the_status_bar(window):
    people = window.tab(TAB_TITLES.index("People")).model
    name = people.index(0, people.COL_NAME)
    assert not people.setData(name, "   ")
    assert window.statusBar().currentMessage() == "Not changed: a person needs a name"
    assert name.data() == "Shenu Agarwal"
    assert not window.isWindowModified()


def test_save_as_writes_a_briefing_that_reloads_with_the_edit(qtbot, window, shell_env, tmp_path):
    person = _edit_first_person_role(window)
    # The dialog may give the name back without the double suffix.
    shell_env.answers["choose_save_file"] = str(tmp_path / "seed")
    assert window.actions.save_as.trigger() is None
    saved = tmp_path / "seed.briefing.json"
    (caption, suggested, _filters) = shell_env.of("choose_save_file")[0]
    assert suggested.endswith("ashok-leyland-calb-2025-09-25.briefing.json")
    assert saved.is_file()
    assert window.windowTitle() == "seed.briefing.json[*] — Briefing Desk"
    assert not window.isWindowModified()
    assert settings.recent_files() == [str(saved)]

    reloaded = load_briefing(saved)
    assert (reloaded.people[0].role, reloaded.people[0].edited) == (person.role, True)

    # Reopening it through the window shows the edit too.
    _edit_first_person_role(window, "changed again")
    shell_env.answers["ask_save_discard_cancel"] = "discard"
    _open(qtbot, window, window.open_path, str(saved))
    assert window.session.items("people")[0].role == "Group chief executive"
    assert window.session.path == saved.resolve()
    assert window.statusBar().currentMessage().startswith("Opened seed.briefing.json: 6 people")


def test_a_failed_save_says_why_and_keeps_the_changes(window, shell_env, tmp_path, monkeypatch):
    _edit_first_person_role(window)

    def disk_full(briefing, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(main_window_module, "save_briefing", disk_full)
    shell_env.answers["choose_save_file"] = str(tmp_path / "full.briefing.json")
    assert not window.save()
    assert shell_env.of("show_error") == [
        (
            "Could not save the briefing",
            "The disk is full: could not write full.briefing.json. Nothing was changed.",
        )
    ]
    assert window.isWindowModified() and window.session.is_dirty
    assert window.session.path is None


def test_a_corrupt_briefing_is_refused_and_the_current_one_stays(
    qtbot, window, shell_env, tmp_path
):
    before = window.session.briefing
    corrupt = tmp_path / "broken.briefing.json"
    corrupt.write_text('{"schema": "briefing/1", "article": {"text": "x"', encoding="utf-8")
    _open(qtbot, window, window.open_path, str(corrupt), ok=False)
    assert shell_env.of("show_error") == [
        (
            "Could not open broken.briefing.json",
            "broken.briefing.json is truncated: the file ends early.",
        )
    ]
    assert window.session.briefing is before
    assert window.windowTitle() == SEED_TITLE
    assert settings.recent_files() == []


def test_an_unreadable_article_is_refused_with_one_line(qtbot, window, shell_env, tmp_path):
    before = window.session.briefing
    _open(qtbot, window, window.open_path, str(tmp_path / "gone.txt"), ok=False)
    ((title, message),) = shell_env.of("show_error")
    assert title == "Could not open gone.txt"
    assert message == "Cannot open gone.txt: the file does not exist."
    assert window.session.briefing is before


def test_unexpected_errors_give_a_generic_message(qtbot, window, shell_env, monkeypatch, caplog):
    def broken(article):
        raise ZeroDivisionError("bug in the engine")

    monkeypatch.setattr("desktop.extraction.analyze_article", broken)
    _open(qtbot, window, window.open_path, str(seed_article_path()), ok=False)
    ((_title, message),) = shell_env.of("show_error")
    assert "Traceback" not in message and "ZeroDivisionError" not in message
    assert message.startswith("Something went wrong while opening ashok-leyland")
    assert "ZeroDivisionError: bug in the engine" in caplog.text


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_it_open(window, shell_env):
    _edit_first_person_role(window)
    shell_env.answers["ask_save_discard_cancel"] = "cancel"
    assert not window.close()
    assert window.isVisible()
    assert shell_env.of("ask_save_discard_cancel") == [("ashok-leyland-calb-2025-09-25.txt",)]
    assert window.session.is_dirty

    shell_env.answers["ask_save_discard_cancel"] = "discard"
    assert window.close()
    assert not window.isVisible()


def test_opening_another_file_asks_first_and_cancel_keeps_the_edit(window, shell_env):
    person = _edit_first_person_role(window)
    shell_env.answers["ask_save_discard_cancel"] = "cancel"
    assert not window.open_path(str(seed_article_path()))
    assert not window.opener.busy
    assert window.session.items("people")[0] is person


def test_recent_files_list_the_latest_first(qtbot, window, shell_env, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    for path in (first, second):
        shutil.copy(seed_article_path(), path)
    _open(qtbot, window, window.open_path, str(first))
    _open(qtbot, window, window.open_path, str(second))
    assert settings.recent_files() == [str(second), str(first)]
    assert window.windowTitle() == "second.txt[*] — Briefing Desk"
    labels = [a.text() for a in window.actions.recent_menu.actions() if not a.isSeparator()]
    assert labels == ["&1 second.txt", "&2 first.txt", "&Clear Recent Files"]

    first.unlink()  # a file that has gone is dropped from the list
    assert settings.recent_files() == [str(second)]
    window.actions.recent_menu.actions()[-1].trigger()  # Clear
    assert settings.recent_files() == []
    assert not window.actions.recent_menu.menuAction().isEnabled()


def test_a_newer_open_supersedes_one_still_running(qtbot, window, tmp_path):
    other = tmp_path / "other.txt"
    shutil.copy(seed_article_path(), other)
    with qtbot.waitSignal(window.load_finished, timeout=WAIT_MS) as blocker:
        window.open_request(OpenRequest(ARTICLE, str(seed_article_path()), "first"), ask=False)
        window.open_request(OpenRequest(ARTICLE, str(other), "second"), ask=False)
    assert blocker.args == [True]
    assert window.session.source_label == "second"
    qtbot.wait(200)  # the first job's late result must not replace it
    assert window.session.source_label == "second"
    assert not window.busy_bar.isVisible()


def test_new_from_pasted_text(qtbot, window, shell_env, seed_text):
    shell_env.answers["ask_pasted_text"] = "Markets rally\n\n" + seed_text
    _open(qtbot, window, window.actions.new_from_text.trigger)
    assert window.windowTitle() == "Markets rally[*] — Briefing Desk"
    assert window.session.path is None
    assert settings.recent_files() == []


def test_dropping_a_file_opens_it(qtbot, window, tmp_path):
    dropped = tmp_path / "dropped.txt"
    shutil.copy(seed_article_path(), dropped)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.load_finished, timeout=WAIT_MS):
        window.dropEvent(event)
    assert window.windowTitle() == "dropped.txt[*] — Briefing Desk"


def test_show_in_source_switches_to_the_source_tab(window):
    window.tab(2).source_requested.emit(0, 5)
    assert window.tabs.currentIndex() == 6
    assert window.tabs.currentWidget().findChild(type(window.source_tab)) is window.source_tab


def test_autosave_then_restore_after_a_crash(window, shell_env, qtbot, tmp_path):
    _edit_first_person_role(window, "restored role")
    window.autosave()
    recovery = tmp_path / "recovery" / "current.briefing.json"
    assert recovery.is_file()
    assert load_briefing(recovery).people[0].role == "restored role"

    # The app "crashed": a new window finds the copy and offers it.
    shell_env.answers["offer_restore"] = True
    again = MainWindow()
    qtbot.addWidget(again)
    _open(qtbot, again, again.start, None)
    ((when,),) = shell_env.of("offer_restore")
    assert when.startswith("today at ")
    assert again.session.items("people")[0].role == "restored role"
    assert again.session.is_dirty and again.isWindowModified()
    assert again.windowTitle() == SEED_TITLE

    # Saving (or a clean exit) removes the copy.
    shell_env.answers["ask_save_discard_cancel"] = "discard"
    assert again.close()
    assert not recovery.exists()


def test_declining_the_restore_opens_the_seed_and_drops_the_copy(qtbot, shell_env, tmp_path):
    briefing_file = tmp_path / "recovery" / "current.briefing.json"
    briefing_file.parent.mkdir()
    from desktop.extraction import analyze_text

    save_briefing(analyze_text("Acme Corp said sales rose 5%."), briefing_file)
    shell_env.answers["offer_restore"] = False
    window = MainWindow()
    qtbot.addWidget(window)
    _open(qtbot, window, window.start, None)
    assert window.windowTitle() == SEED_TITLE
    assert not briefing_file.exists()
