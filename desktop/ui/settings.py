"""The UI state that persists between runs (QSettings), behind typed getters and setters."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_FILES = 10
PAPER_SIZES = ("A4", "Letter")

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTERS = "splitters"
_LAST_FOLDER = "files/last_folder"
_RECENT = "files/recent"
_ANALYST = "export/analyst_name"
_PAPER = "export/paper_size"
_CLASSIFICATION = "export/classification"
_AUTOSAVE = "files/autosave_seconds"
AUTOSAVE_SECONDS = 60  # the default: a crash loses at most a minute of edits
AUTOSAVE_RANGE = (10, 3600)


def _settings() -> QSettings:
    # The organisation and application names set in app.run() pick the file; tests
    # point QSettings at a temporary folder with setDefaultFormat + setPath.
    return QSettings()


def _bytes(key: str) -> QByteArray | None:
    value = _settings().value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def _text(key: str, default: str = "") -> str:
    value = _settings().value(key, default)
    return value if isinstance(value, str) else default


def _strings(key: str) -> list[str]:
    value = _settings().value(key, [])
    # An INI file gives back a one-element list as a bare string, and an empty one as None.
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [item for item in value if isinstance(item, str) and item]
    return []


# -- window ----------------------------------------------------------------------


def window_geometry() -> QByteArray | None:
    """What QMainWindow.saveGeometry() returned last time, or None on first start."""
    return _bytes(_GEOMETRY)


def set_window_geometry(geometry: QByteArray) -> None:
    _settings().setValue(_GEOMETRY, geometry)


def window_state() -> QByteArray | None:
    """What QMainWindow.saveState() returned last time, or None."""
    return _bytes(_STATE)


def set_window_state(state: QByteArray) -> None:
    _settings().setValue(_STATE, state)


def splitter_state(name: str) -> QByteArray | None:
    """A splitter's saved QSplitter.saveState(), by a name its tab chooses ("people")."""
    return _bytes(f"{_SPLITTERS}/{name}")


def set_splitter_state(name: str, state: QByteArray) -> None:
    _settings().setValue(f"{_SPLITTERS}/{name}", state)


# -- files -----------------------------------------------------------------------


def last_folder() -> str:
    """The folder of the last file opened or saved; the home folder at first."""
    folder = _text(_LAST_FOLDER)
    return folder if folder and os.path.isdir(folder) else str(Path.home())


def set_last_folder(folder: str | os.PathLike) -> None:
    _settings().setValue(_LAST_FOLDER, str(folder))


def recent_files() -> list[str]:
    """Up to MAX_RECENT_FILES paths, most recent first; files that have gone are dropped."""
    stored = _strings(_RECENT)
    present = [path for path in stored if os.path.isfile(path)][:MAX_RECENT_FILES]
    if present != stored:
        _settings().setValue(_RECENT, present)
    return present


def add_recent_file(path: str | os.PathLike) -> list[str]:
    """Put path first in the recent files (once); returns the new list."""
    path = os.path.abspath(os.fspath(path))
    files = [path] + [p for p in recent_files() if os.path.normcase(p) != os.path.normcase(path)]
    files = files[:MAX_RECENT_FILES]
    _settings().setValue(_RECENT, files)
    return files


def clear_recent_files() -> None:
    _settings().setValue(_RECENT, [])


# -- export ----------------------------------------------------------------------


def analyst_name() -> str:
    """The name the Word export puts on the briefing ("" until the analyst sets one)."""
    return _text(_ANALYST)


def set_analyst_name(name: str) -> None:
    _settings().setValue(_ANALYST, " ".join(name.split()))


def paper_size() -> str:
    """The paper size for the export: "A4" (the default) or "Letter"."""
    value = _text(_PAPER, "A4")
    return value if value in PAPER_SIZES else "A4"


def set_paper_size(size: str) -> None:
    if size not in PAPER_SIZES:
        raise ValueError(f"paper size must be one of {', '.join(PAPER_SIZES)}, not {size!r}")
    _settings().setValue(_PAPER, size)


def classification() -> str:
    """The label for the export's page header ("Internal"); "" for none (the default)."""
    return " ".join(_text(_CLASSIFICATION).split())


def set_classification(label: str) -> None:
    _settings().setValue(_CLASSIFICATION, " ".join(label.split()))


def autosave_seconds() -> int:
    """How often the recovery copy is written while there are unsaved edits (seconds)."""
    try:
        seconds = int(_text(_AUTOSAVE, str(AUTOSAVE_SECONDS)))
    except ValueError:
        return AUTOSAVE_SECONDS
    low, high = AUTOSAVE_RANGE
    return min(max(seconds, low), high)


def set_autosave_seconds(seconds: int) -> None:
    low, high = AUTOSAVE_RANGE
    _settings().setValue(_AUTOSAVE, str(min(max(int(seconds), low), high)))


@dataclass(frozen=True)
class ExportPreferences:
    """What Edit > Preferences sets: the Word export's ("" means not set) and the autosave's."""

    analyst_name: str = ""
    paper_size: str = "A4"
    classification: str = ""
    autosave_seconds: int = AUTOSAVE_SECONDS


def export_preferences() -> ExportPreferences:
    return ExportPreferences(analyst_name(), paper_size(), classification(), autosave_seconds())


def set_export_preferences(preferences: ExportPreferences) -> None:
    """Store them all (ValueError for a paper size other than A4 or Letter, nothing stored)."""
    set_paper_size(preferences.paper_size)
    set_analyst_name(preferences.analyst_name)
    set_classification(preferences.classification)
    set_autosave_seconds(preferences.autosave_seconds)
