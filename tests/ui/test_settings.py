"""The typed settings: defaults, round trips, and the recent files list (order, cap, pruning)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from desktop.ui import settings
from tests.ui.shell_fixtures import shell_environment


@pytest.fixture(autouse=True)
def shell_env(tmp_path, monkeypatch, qapp):
    yield from shell_environment(tmp_path, monkeypatch)


def test_settings_go_to_the_temporary_ini_file(tmp_path):
    settings.set_analyst_name("  Dana Roy ")
    assert QSettings().fileName().startswith(str(tmp_path / "settings"))
    assert settings.analyst_name() == "Dana Roy"


def test_defaults_on_first_start(tmp_path):
    assert settings.window_geometry() is None
    assert settings.window_state() is None
    assert settings.splitter_state("people") is None
    assert settings.recent_files() == []
    assert settings.analyst_name() == ""
    assert settings.paper_size() == "A4"
    assert settings.classification() == ""
    assert settings.export_preferences() == settings.ExportPreferences("", "A4", "")


def test_export_preferences_round_trip():
    settings.set_export_preferences(
        settings.ExportPreferences(" Dana  Roy", "Letter", " Internal ")
    )
    assert settings.export_preferences() == settings.ExportPreferences(
        "Dana Roy", "Letter", "Internal"
    )
    with pytest.raises(ValueError):
        settings.set_export_preferences(settings.ExportPreferences("Sam", "A5", ""))
    assert settings.analyst_name() == "Dana Roy"  # nothing stored from the refused one


def test_byte_states_round_trip():
    settings.set_window_geometry(QByteArray(b"\x01\x02geometry"))
    settings.set_splitter_state("people", QByteArray(b"\x00split"))
    assert bytes(settings.window_geometry()) == b"\x01\x02geometry"
    assert bytes(settings.splitter_state("people")) == b"\x00split"
    assert settings.splitter_state("quotes") is None


def test_paper_size_is_a4_or_letter():
    settings.set_paper_size("Letter")
    assert settings.paper_size() == "Letter"
    with pytest.raises(ValueError):
        settings.set_paper_size("A5")
    QSettings().setValue("export/paper_size", "Tabloid")  # edited by hand
    assert settings.paper_size() == "A4"


def test_last_folder_falls_back_home_when_it_is_gone(tmp_path):
    settings.set_last_folder(tmp_path)
    assert settings.last_folder() == str(tmp_path)
    settings.set_last_folder(tmp_path / "gone")
    assert settings.last_folder() != str(tmp_path / "gone")


def test_recent_files_most_recent_first_once_at_most_ten(tmp_path):
    files = []
    for number in range(12):
        path = tmp_path / f"article-{number}.txt"
        path.write_text("x", encoding="utf-8")
        files.append(str(path))
        settings.add_recent_file(path)
    assert settings.recent_files() == files[::-1][:10]

    settings.add_recent_file(files[5])  # again: moves to the top, not listed twice
    assert settings.recent_files()[:2] == [files[5], files[11]]
    assert len(settings.recent_files()) == 10

    (tmp_path / "article-11.txt").unlink()
    assert files[11] not in settings.recent_files()
    settings.clear_recent_files()
    assert settings.recent_files() == []


def test_a_single_recent_file_survives_the_ini_format(tmp_path):
    # INI gives a one-element list back as a plain string.
    path = tmp_path / "only.txt"
    path.write_text("x", encoding="utf-8")
    settings.add_recent_file(path)
    assert settings.recent_files() == [str(path)]
