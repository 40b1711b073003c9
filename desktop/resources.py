"""Where bundled resources live, from source or from a frozen build (the one place that knows)."""

from __future__ import annotations

import sys
from pathlib import Path

SEED_ARTICLE = ("articles", "ashok-leyland-calb-2025-09-25.txt")
APP_ICON = ("icons", "briefing-desk.png")


def resources_root() -> Path:
    """The resources/ folder: next to the package from source, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        # PyInstaller unpacks datas=[("resources", "resources")] under sys._MEIPASS.
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. resource_path("articles", "x.txt").

    The file is not required to exist; callers that need it should check or catch OSError.
    """
    return resources_root().joinpath(*parts)


def seed_article_path() -> Path:
    """The embedded default article the app opens on first start."""
    return resource_path(*SEED_ARTICLE)


def app_icon_path() -> Path:
    """The window and application icon (a PNG, so no image plugin beyond Qt's own is needed)."""
    return resource_path(*APP_ICON)
