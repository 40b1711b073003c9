"""Builds the QApplication and the main window, opens the first briefing, and runs the app."""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from pathlib import Path

from desktop.platform_setup import APP_NAME, ORGANISATION

SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_MS = 120_000
SETTLE_MS = 200  # a quiet spell per tab, for charts and lazily filled views to draw

log = logging.getLogger("desktop")


def run(source: str | None = None, screenshots: str | None = None, selftest: bool = False) -> int:
    """Open the window on source (a path, URL or .briefing.json; the seed if None).

    Args:
        screenshots: a folder: instead of staying open, render every tab of the window,
            offscreen, to DIR/<tab>.png at 1280x800, print their paths and exit.
        selftest: instead of staying open, render every tab offscreen, export the
            briefing to a temporary .docx, re-open it, print what was done and exit
            (0 if all went well; otherwise a one-line reason on stderr and 1).

    Returns:
        The exit status.
    """
    if screenshots or selftest:
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
    if selftest:
        return _selftest(app, MainWindow(headless=True), source)

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


def _tour(app, window, source: str | None, visit, done) -> int:
    """Open source, then show each tab in turn and call visit(index) once it has drawn.

    visit returns an error message (or None to go on); after the last tab, done() gives
    the exit status. All of it runs from the event loop.
    """
    from PySide6.QtCore import QTimer

    status = {"code": 1}

    def finish(code: int) -> None:
        status["code"] = code
        app.exit(code)

    def fail(message: str) -> None:
        print(message, file=sys.stderr)
        finish(1)

    def show_tab(index: int) -> None:
        if index == window.tabs.count():
            finish(done())
            return
        window.tabs.setCurrentIndex(index)
        _when_idle(lambda: visit_tab(index))

    def visit_tab(index: int) -> None:
        error = visit(index)
        if error:
            fail(error)
        else:
            show_tab(index + 1)

    def on_loaded(ok: bool) -> None:
        if ok:
            show_tab(0)
        else:
            finish(2)  # an article that cannot be read: the window has printed why

    window.load_finished.connect(on_loaded)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QTimer.singleShot(
        SCREENSHOT_TIMEOUT_MS, lambda: fail("Gave up waiting for the analysis to finish.")
    )
    QTimer.singleShot(0, lambda: window.start(source))
    app.exec()
    window.opener.wait()
    return status["code"]


def _screenshots(app, window, source: str | None, folder: Path) -> int:
    """Wait for the analysis, then save each tab in turn to folder."""
    from desktop.fileio import describe_os_error

    paths: list[Path] = []

    def visit(index: int) -> str | None:
        if index == 0:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                return f"Could not write the screenshots: {describe_os_error(error)}"
        path = folder / tab_file_name(window.tabs.tabText(index))
        if not window.grab().save(str(path), "PNG"):
            return f"Could not write {path}."
        paths.append(path)
        return None

    def done() -> int:
        for path in paths:
            print(path)
        return 0

    return _tour(app, window, source, visit, done)


def _selftest(app, window, source: str | None) -> int:
    """--selftest: every tab renders and the briefing exports to a .docx that re-opens."""
    print(f"Briefing Desk {_version()} self-test ({'frozen' if _frozen() else 'from source'})")

    def visit(index: int) -> str | None:
        title = window.tabs.tabText(index)
        image = window.grab().toImage()
        if image.isNull() or image.width() == 0:
            return f"selftest failed: the {title} tab did not render"
        print(f"rendered the {title} tab ({image.width()}x{image.height()})")
        return None

    def done() -> int:
        if errors:
            kind, error = errors[0]
            print(f"selftest failed: {kind.__name__} while drawing: {error}", file=sys.stderr)
            return 1
        try:
            for line in selftest_export(window.session.briefing):
                print(line)
        except Exception as error:  # noqa: BLE001 - the reason is the test's output
            reason = str(error).splitlines()[0] if str(error) else ""
            print(f"selftest failed: {type(error).__name__}: {reason}", file=sys.stderr)
            return 1
        print("selftest passed")
        return 0

    briefing_line = {"done": False}

    def on_loaded(ok: bool) -> None:
        if ok and not briefing_line["done"]:
            briefing_line["done"] = True
            briefing = window.session.briefing
            print(
                f"opened {window.session.source_label or 'the seed'}: "
                f"{len(briefing.people)} people, {len(briefing.quotes)} quotes, "
                f"{len(briefing.phases)} phases, {len(briefing.figures)} figures"
            )
        elif not ok:
            print("selftest failed: the article did not open", file=sys.stderr)

    # An exception in a slot (a chart that cannot draw) does not stop Qt: note it, print
    # its traceback as usual, and fail at the end.
    errors: list[tuple[type, BaseException]] = []

    def hook(kind, error, trace) -> None:
        errors.append((kind, error))
        sys.__excepthook__(kind, error, trace)

    previous, sys.excepthook = sys.excepthook, hook
    window.load_finished.connect(on_loaded)
    try:
        return _tour(app, window, source, visit, done)
    finally:
        sys.excepthook = previous


def selftest_export(briefing) -> list[str]:
    """Export briefing to a temporary .docx, re-open it with python-docx; what was checked.

    Raises:
        Exception: any failure, from writing to a document that lacks its parts.
    """
    import tempfile

    import docx

    from desktop.export import export_docx

    lines = []
    with tempfile.TemporaryDirectory(prefix="briefing-desk-selftest-") as folder:
        path = Path(folder) / "selftest-briefing.docx"
        export_docx(briefing, path)
        size = path.stat().st_size
        document = docx.Document(str(path))
        paragraphs = [p for p in document.paragraphs if p.text.strip()]
        header = " ".join(p.text for p in document.sections[0].header.paragraphs).strip()
        pictures = len(document.inline_shapes)
        if not paragraphs:
            raise ValueError("the exported .docx has no text")
        if not header:
            raise ValueError("the exported .docx has no page header")
        lines.append(f"exported the briefing to {path.name} ({size // 1024} KB)")
        lines.append(
            f"re-opened it with python-docx: {len(paragraphs)} paragraphs, "
            f"{len(document.tables)} tables, {pictures} charts, header {header[:60]!r}"
        )
    config = os.environ.get("MPLCONFIGDIR")
    if config is None:
        import matplotlib

        config = matplotlib.get_configdir()
    lines.append(f"matplotlib config folder: {config}")
    return lines


def _version() -> str:
    import desktop

    return desktop.__version__


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


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
