"""Process set-up that must happen before heavy imports: matplotlib's cache folder when frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The names Qt's QStandardPaths builds the per-user cache folder from (desktop/app.py sets
# them on the QApplication), so the frozen app keeps all of its caches in one place.
ORGANISATION = "Briefing Desk"
APP_NAME = "Briefing Desk"
MPLCONFIGDIR = "MPLCONFIGDIR"


def is_frozen() -> bool:
    """True inside a PyInstaller build (the BriefingDesk executable)."""
    return bool(getattr(sys, "frozen", False))


def user_cache_dir(platform: str | None = None, environ: dict | None = None) -> Path:
    """The app's per-user cache folder, where Qt's CacheLocation puts it, without Qt.

    Linux: $XDG_CACHE_HOME (or ~/.cache)/Briefing Desk/Briefing Desk; macOS:
    ~/Library/Caches/Briefing Desk/Briefing Desk; Windows: %LOCALAPPDATA%/Briefing
    Desk/Briefing Desk/cache.
    """
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    home = Path(environ.get("HOME") or Path.home())
    if platform == "win32":
        base = Path(environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / ORGANISATION / APP_NAME / "cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / ORGANISATION / APP_NAME
    xdg = environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else home / ".cache"
    return base / ORGANISATION / APP_NAME


def configure_matplotlib_cache() -> Path | None:
    """When frozen, point matplotlib at a lasting config folder unless the user chose one.

    Call before matplotlib is first imported. Without this matplotlib (whose PyInstaller
    run-time hook build.spec drops) would fall back to a new temporary folder and build
    its font cache again on every launch, which costs seconds. Returns the folder set, or
    None when nothing was changed (from source, or MPLCONFIGDIR already set).
    """
    if not is_frozen() or os.environ.get(MPLCONFIGDIR):
        return None
    folder = user_cache_dir() / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # matplotlib then uses a temporary folder: slower, still correct
    os.environ[MPLCONFIGDIR] = str(folder)
    return folder
