"""The recovery copy: the briefing autosaved while it has unsaved changes, offered after a crash."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.domain import Briefing
from desktop.domain.serialization import save_briefing
from desktop.fileio import atomic_write_text

RECOVERY_NAME = "current.briefing.json"
# Where the briefing came from, so Save after a restore goes back to the same file.
ORIGIN_NAME = "current.origin.json"


def default_directory() -> Path:
    """AppDataLocation/recovery (e.g. ~/.local/share/Briefing Desk/Briefing Desk/recovery)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


class RecoveryStore:
    """One recovery copy per user: written atomically, removed after a clean save or exit."""

    def __init__(self, directory: Path | None = None):
        self.directory = directory or default_directory()

    @property
    def path(self) -> Path:
        return self.directory / RECOVERY_NAME

    @property
    def origin_path(self) -> Path:
        return self.directory / ORIGIN_NAME

    def exists(self) -> bool:
        return self.path.is_file()

    def saved_at(self) -> str:
        """When the copy was written, for the restore prompt ("on 3 March at 14:05")."""
        try:
            moment = datetime.fromtimestamp(self.path.stat().st_mtime)
        except OSError:
            return "earlier"
        if moment.date() == datetime.now().date():
            return f"today at {moment:%H:%M}"
        return f"on {moment.day} {moment:%B %Y} at {moment:%H:%M}"

    def write(self, briefing: Briefing, origin: Path | None, label: str) -> None:
        """Save the copy (atomic, like every save).

        Raises:
            OSError: the folder or the file could not be written.
        """
        self.directory.mkdir(parents=True, exist_ok=True)
        save_briefing(briefing, self.path)
        payload = {"path": str(origin) if origin else None, "label": label}
        atomic_write_text(self.origin_path, json.dumps(payload, ensure_ascii=False) + "\n")

    def origin(self) -> tuple[Path | None, str]:
        """The file the copy belongs to (None if never saved) and its title-bar label."""
        try:
            data = json.loads(self.origin_path.read_text(encoding="utf-8"))
            path = data.get("path")
            return (Path(path) if path else None), str(data.get("label") or "")
        except (OSError, ValueError, AttributeError):
            return None, ""

    def remove(self) -> None:
        for path in (self.path, self.origin_path):
            try:
                os.remove(path)
            except OSError:
                pass  # gone already; or it stays, and is offered again next start (harmless)
