"""`python -m desktop --screenshots DIR`: a 1280x800 PNG per tab of the seed, in a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from desktop.app import tab_file_name

REPO = Path(__file__).resolve().parents[2]
EXPECTED = [
    "overview.png",
    "people.png",
    "quotes.png",
    "strategy.png",
    "market-figures.png",
    "organisations.png",
    "source.png",
]


def test_tab_file_names():
    assert tab_file_name("Market figures") == "market-figures.png"
    assert tab_file_name("Overview") == "overview.png"


def test_screenshots_of_every_tab(tmp_path, qapp):
    shots = tmp_path / "shots"
    # Settings, recovery copies and caches go to tmp_path, never the user's own.
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
    }
    env.pop("QT_QPA_PLATFORM", None)  # --screenshots must choose offscreen itself
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshots", str(shots)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [str(shots / name) for name in EXPECTED]
    assert "Traceback" not in done.stderr
    for name in EXPECTED:
        image = QImage(str(shots / name))
        assert (image.width(), image.height()) == (1280, 800), name
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.json"))


def test_an_unreadable_article_exits_2_with_its_reason(tmp_path):
    import os
    import subprocess
    import sys

    empty = tmp_path / "empty.txt"
    empty.write_text("")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshots", str(tmp_path / "shots"), str(empty)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert "empty.txt is empty" in done.stderr
    assert "Traceback" not in done.stderr
