"""Builds the QApplication and the main window, opens the first briefing, and runs the app."""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from pathlib import Path

APP_NAME = "Briefing Desk"
ORGANISATION = "Briefing Desk"
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_MS = 120_000
SETTLE_MS = 200  # a quiet spell per tab, for charts and lazily filled views to draw

log = logging.getLogger("desktop")


def run(source: str | None = None, screenshots: str | None = None) -> int:
    """Open the window on source (a path, URL or .briefing.json; the seed if None).

    Args:
        screenshots: a folder: instead of staying open, render every tab of the window,
            offscreen, to DIR/<tab>.png at 1280x800, print their paths and exit.

    Returns:
        The exit status.
    """
    if screenshots:
        # Before the QApplication exists: the platform is chosen when it is built.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    # Fusion draws the same on every platform and takes the system's light or dark palette.
    app.setStyle("Fusion")
    from desktop.resources import app_icon_path

    icon = app_icon_path()
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))

    from desktop.ui.main_window import MainWindow

    if screenshots:
        return _screenshots(app, MainWindow(headless=True), source, Path(screenshots))

    window = MainWindow()
    _show_unexpected_errors(window)
    window.show()
    # Once the event loop runs, so the window paints before any prompt or analysis.
    QTimer.singleShot(0, lambda: window.start(source))
    return app.exec()


def _show_unexpected_errors(window) -> None:
    """A bug in a slot becomes a one-line message box; its traceback goes to stderr only."""
    from desktop.ui import interaction

    def hook(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("Unexpected error", exc_info=(kind, error, trace))
        try:
            interaction.show_error(
                window,
                "Something went wrong",
                "Briefing Desk hit an unexpected problem; your briefing is still open. "
                "The details were written to the error log.",
            )
        except Exception:  # noqa: BLE001 - never fail while reporting a failure
            pass

    sys.excepthook = hook


def tab_file_name(title: str) -> str:
    """The screenshot file of a tab: "Market figures" -> "market-figures.png"."""
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") + ".png"


def _screenshots(app, window, source: str | None, folder: Path) -> int:
    """Wait for the analysis, then save each tab in turn, all from the event loop."""
    from PySide6.QtCore import QTimer

    from desktop.fileio import describe_os_error

    status = {"code": 1}
    paths: list[Path] = []

    def finish(code: int) -> None:
        status["code"] = code
        app.exit(code)

    def show_tab(index: int) -> None:
        if index == window.tabs.count():
            for path in paths:
                print(path)
            finish(0)
            return
        window.tabs.setCurrentIndex(index)
        _when_idle(lambda: grab_tab(index))

    def grab_tab(index: int) -> None:
        path = folder / tab_file_name(window.tabs.tabText(index))
        if not window.grab().save(str(path), "PNG"):
            print(f"Could not write {path}.", file=sys.stderr)
            finish(1)
            return
        paths.append(path)
        show_tab(index + 1)

    def on_loaded(ok: bool) -> None:
        if not ok:
            finish(1)  # the window has printed why
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            print(f"Could not write the screenshots: {describe_os_error(error)}", file=sys.stderr)
            finish(1)
            return
        show_tab(0)

    def on_timeout() -> None:
        print("Gave up waiting for the analysis to finish.", file=sys.stderr)
        finish(1)

    window.load_finished.connect(on_loaded)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, on_timeout)
    QTimer.singleShot(0, lambda: window.start(source))
    app.exec()
    window.opener.wait()
    return status["code"]


def _when_idle(callback, quiet_ms: int = SETTLE_MS) -> None:
    """Call back once the event loop has had quiet_ms with nothing slow to do.

    A tab draws its chart when shown (matplotlib may take a second to load), and the
    chart then lays itself out and draws in later events; a timer that fires late
    shows that the loop was busy, so wait for another quiet spell.
    """
    from PySide6.QtCore import QTimer

    due = time.monotonic() + quiet_ms / 1000

    def check() -> None:
        if time.monotonic() - due > 0.05:
            _when_idle(callback, quiet_ms)
        else:
            callback()

    QTimer.singleShot(quiet_ms, check)
