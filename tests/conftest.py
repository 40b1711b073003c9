"""Shared test set-up: Qt draws offscreen, and the seed article and its gold answers as fixtures."""

import json
import os
from pathlib import Path

import pytest

# Before anything creates a QApplication: tests never need (or have) a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every test analyses afresh; the per-user analysis cache has tests of its own.
os.environ.setdefault("BRIEFING_DESK_NO_CACHE", "1")

REPO = Path(__file__).resolve().parent.parent
SEED_GOLD = REPO / "eval" / "seed" / "ashok-leyland-calb.gold.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The embedded seed article (Ashok Leyland / CALB), as the app ships it."""
    from desktop.resources import seed_article_path

    return seed_article_path().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    """The hand-made gold answers for the seed article (eval/seed)."""
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture
def computer_account(monkeypatch):
    """Pretend to run as an account: pretend(gecos, login), None for what the OS has not.

    gecos is the POSIX full-name field ("Jane Doe,Room 4,,"); None stands for a system
    without one (Windows); login None for getpass.getuser() failing (some containers).
    """
    import getpass
    import sys
    from types import SimpleNamespace

    def pretend(gecos: str | None, login: str | None) -> None:
        if gecos is None:
            monkeypatch.setitem(sys.modules, "pwd", None)  # import pwd raises ImportError
        else:
            entry = SimpleNamespace(pw_gecos=gecos)
            monkeypatch.setitem(sys.modules, "pwd", SimpleNamespace(getpwuid=lambda uid: entry))
            monkeypatch.setattr(os, "getuid", lambda: 1000, raising=False)

        def getuser() -> str:
            if login is None:
                raise OSError("No username set in the environment")
            return login

        monkeypatch.setattr(getpass, "getuser", getuser)

    return pretend
