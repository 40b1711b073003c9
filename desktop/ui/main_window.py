"""The main window: the briefing in seven tabs, menus, status bar, opening and saving files."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop.domain import Briefing
from desktop.domain.serialization import FILE_SUFFIX, save_briefing
from desktop.fileio import describe_os_error, unexpected_error
from desktop.resources import seed_article_path
from desktop.ui import interaction, settings
from desktop.ui.describe import (
    analysed_message,
    default_file_name,
    opened_message,
    with_briefing_suffix,
)
from desktop.ui.desk import Desk
from desktop.ui.menus import build_menus, fill_recent_menu
from desktop.ui.recovery import RecoveryStore
from desktop.ui.session import Session
from desktop.ui.word_export import WordExport
from desktop.ui.worker import ARTICLE, BRIEFING, RECOVERY, TEXT, Opener, OpenRequest

log = logging.getLogger(__name__)

APP_NAME = "Briefing Desk"
AUTOSAVE_MS = 60_000
BUILD_TABS_DELAY_MS = 100
# The tabs in order: (module, class, title). Each is Tab(session, parent), has TITLE
# (the same title; a test keeps them equal) and source_requested(start, end); the
# Source tab also has show_span(start, end). Modules are imported when their tab is
# first built, so the window paints after loading only the first tab's code.
TABS = (
    ("desktop.ui.tabs.overview_tab", "OverviewTab", "Overview"),
    ("desktop.ui.tabs.people_tab", "PeopleTab", "People"),
    ("desktop.ui.tabs.quotes_tab", "QuotesTab", "Quotes"),
    ("desktop.ui.tabs.strategy_tab", "StrategyTab", "Strategy"),
    ("desktop.ui.tabs.figures_tab", "FiguresTab", "Market figures"),
    ("desktop.ui.tabs.organisations_tab", "OrganisationsTab", "Organisations"),
    ("desktop.ui.tabs.source_tab", "SourceTab", "Source"),
)
SOURCE_TAB = next(i for i, (_module, name, _title) in enumerate(TABS) if name == "SourceTab")
TAB_INDEX = {name: i for i, (_module, name, _title) in enumerate(TABS)}
ARTICLE_FILTERS = (
    "Articles (*.txt *.md *.markdown *.html *.htm *.docx);;Text (*.txt *.md *.markdown);;"
    "Web pages (*.html *.htm);;Word documents (*.docx);;All files (*)"
)
BRIEFING_FILTERS = f"Briefings (*{FILE_SUFFIX});;All files (*)"
# `python benchmarks/bench_launch.py` sets these: print the time of the first paint
# that shows a briefing (seconds since BRIEFING_DESK_START, a time.time()) and quit.
REPORT_PAINT_ENV = "BRIEFING_DESK_REPORT_PAINT"
START_ENV = "BRIEFING_DESK_START"


def tab_class(index: int) -> type:
    """The class of the tab at index in TABS (its module imported on first use)."""
    module, name, _title = TABS[index]
    return getattr(importlib.import_module(module), name)


def tab_classes() -> list[type]:
    """Every tab class of TABS, in order."""
    return [tab_class(index) for index in range(len(TABS))]


def _local_files(mime: QMimeData) -> list[str]:
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime else []


class MainWindow(QMainWindow):
    """The application window around one Session.

    Signals:
        load_finished(bool): an open finished: True if a briefing is now shown, False if
            it failed or was refused (the previous briefing stays).
        export_requested(): File > Export Word (Ctrl+E); word_export answers it.
    """

    load_finished = Signal(bool)
    export_requested = Signal()

    def __init__(
        self,
        session: Session | None = None,
        parent=None,
        *,
        headless: bool = False,
        recovery: RecoveryStore | None = None,
    ):
        """Args:
        headless: for --screenshots: errors go to stderr, not to message boxes, and
            nothing is read from or written to the settings.
        """
        super().__init__(parent)
        self.session = session or Session(parent=self)
        self.headless = headless
        if recovery is None and headless:
            # Never touch the user's real recovery copy from a --screenshots run.
            recovery = RecoveryStore(Path(tempfile.gettempdir()) / f"briefing-desk-{os.getpid()}")
        self.recovery = recovery or RecoveryStore()
        self.opener = Opener(self)
        self._startup_source: str | None = None
        self._edited_while_opening = False
        self._paint_probe: _FirstPaintProbe | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        # Only the first tab is built before the first paint; the rest follow once the
        # first briefing is on screen (or at once, if the user switches to one sooner).
        self._tab_built: list[QWidget | None] = [None] * len(TABS)
        for _module, _name, title in TABS:
            holder = QWidget(self.tabs)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)
        self.desk = Desk(self)
        self.tabs.currentChanged.connect(self.tab)
        self.tab(self.tabs.currentIndex())
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)  # the find bar joins beneath the tabs when first asked for
        self.actions = build_menus(self, [self.tabs.tabText(i) for i in range(self.tabs.count())])
        self._build_status_bar()
        self.word_export = WordExport(self)
        self.export_requested.connect(self.word_export.export)

        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)

        self.session.dirty_changed.connect(self._on_dirty_changed)
        self.session.path_changed.connect(self._update_title)
        self.session.briefing_replaced.connect(self._update_title)
        self.session.undo_stack.indexChanged.connect(self._note_edit)
        self.session.edit_refused.connect(self.show_status)
        self.opener.busy_changed.connect(self._on_busy_changed)
        self.opener.finished.connect(self._on_opened)
        self.opener.failed.connect(self._on_open_failed)

        self.setAcceptDrops(True)
        self.resize(1280, 800)
        if not headless:
            self._restore_layout()
        self._refresh_recent_menu()
        self._update_title()

    # -- building --------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no known length: the bar runs back and forth
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy_bar)
        self.busy_label.hide()
        self.busy_bar.hide()

    def _restore_layout(self) -> None:
        geometry = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.window_state()
        if state is not None:
            self.restoreState(state)

    # -- title, status, busy -----------------------------------------------------
    def _update_title(self, *_args) -> None:
        name = self.session.source_label or ("Untitled" if self.session.briefing else APP_NAME)
        self.setWindowTitle(f"{name}[*] — {APP_NAME}" if name != APP_NAME else APP_NAME)
        self.setWindowModified(self.session.is_dirty)

    def _on_dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        if dirty and not self._autosave.isActive():
            self.apply_autosave_interval()
            self._autosave.start()
        elif not dirty:
            self._autosave.stop()

    def apply_autosave_interval(self) -> None:
        """The autosave timer at the interval set in Preferences (the default when headless)."""
        seconds = settings.AUTOSAVE_SECONDS if self.headless else settings.autosave_seconds()
        self._autosave.setInterval(seconds * 1000)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message)

    def _on_busy_changed(self, busy: bool) -> None:
        request = self.opener.current
        if busy and request is not None:
            verb = "Opening" if request.kind in (BRIEFING, RECOVERY) else "Analysing"
            self.busy_label.setText(f"{verb} {request.name}…")
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            # The busy (arrow + hourglass) cursor: the window still answers while it works.
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def report_error(self, title: str, message: str) -> None:
        """A message box for the user (stderr when headless); never a traceback."""
        self.show_status(message)
        if self.headless:
            print(f"{title}: {message}", file=sys.stderr)
        else:
            interaction.show_error(self, title, message)

    # -- tabs ------------------------------------------------------------------
    def tab(self, index: int) -> QWidget | None:
        """The tab at index (built now if it has not been shown yet)."""
        if not 0 <= index < len(TABS):
            return None
        page = self._tab_built[index]
        if page is None:
            holder = self.tabs.widget(index)
            page = tab_class(index)(self.session, holder)
            holder.layout().addWidget(page)
            page.source_requested.connect(self.show_in_source)
            self._tab_built[index] = page
            self.desk.tab_built(page)
        return page

    @property
    def find_bar(self):
        """The find bar (made on first use: its widgets cost the first paint 30 ms)."""
        return self.desk.find_bar

    def step_tab(self, step: int) -> None:
        """Show the next (+1) or previous (-1) tab, round the end (Ctrl+Tab, Ctrl+PgDown ...)."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def current_page(self) -> QWidget | None:
        return self._tab_built[self.tabs.currentIndex()]

    def _build_all_tabs(self) -> None:
        for index in range(len(TABS)):
            self.tab(index)

    @property
    def source_tab(self) -> QWidget | None:
        """The tab that shows the article text (the one with show_span)."""
        return self.tab(SOURCE_TAB)

    def show_in_source(self, start: int, end: int) -> None:
        """Switch to the Source tab and select the span [start, end) of the article."""
        source = self.source_tab
        if source is None:
            return
        self.tabs.setCurrentWidget(source.parentWidget())
        source.show_span(start, end)

    # -- opening ---------------------------------------------------------------
    def start(self, source: str | None = None) -> None:
        """The first thing after show: offer the recovery copy, else open source (or the seed)."""
        self._startup_source = source
        if not self.headless and self.recovery.exists():
            if interaction.offer_restore(self, self.recovery.saved_at()):
                origin, label = self.recovery.origin()
                request = OpenRequest(
                    RECOVERY, str(self.recovery.path), label or (origin.name if origin else "")
                )
                self.open_request(request, ask=False)
                return
            self.recovery.remove()
        self.open_source(source, ask=False)

    def open_source(self, source: str | None, ask: bool = True) -> bool:
        """Open a path, URL or .briefing.json; None opens the seed article."""
        if source is None:
            seed = seed_article_path()
            return self.open_request(OpenRequest(ARTICLE, str(seed), seed.name), ask=ask)
        if source.lower().startswith(("http://", "https://")):
            return self.open_request(OpenRequest(ARTICLE, source), ask=ask)
        return self.open_path(source, ask=ask)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open a local file: a .briefing.json as saved, anything else as an article."""
        kind = BRIEFING if path.lower().endswith(FILE_SUFFIX) else ARTICLE
        return self.open_request(OpenRequest(kind, path, Path(path).name), ask=ask)

    def open_request(self, request: OpenRequest, ask: bool = True) -> bool:
        """Start opening in the background, after asking about unsaved changes.

        Returns:
            False if the user cancelled at the unsaved-changes prompt.
        """
        if ask and not self.maybe_save():
            return False
        self._edited_while_opening = False
        self.opener.start(request)
        return True

    def _note_edit(self, _index: int) -> None:
        if self.opener.busy:
            self._edited_while_opening = True

    def _on_opened(self, request: OpenRequest, briefing: Briefing) -> None:
        # Edits made while it loaded were not covered by the question asked before.
        if self._edited_while_opening and self.session.is_dirty and not self.maybe_save():
            self.show_status(f"Kept the current briefing; {request.name} was not opened.")
            self.load_finished.emit(False)
            return
        path = None
        if request.kind == BRIEFING:
            path = Path(request.source).resolve()
        elif request.kind == RECOVERY:
            path = self.recovery.origin()[0]
        label = request.label or briefing.article.title or "Untitled"
        self.session.set_briefing(briefing, path, label)
        if request.kind == RECOVERY:
            self.session.undo_stack.resetClean()  # restored work is not saved anywhere yet
            self.show_status(f"Restored the unsaved briefing: {label}")
        else:
            self.recovery.remove()  # the work it protected was saved or discarded
            is_seed = request.source == str(seed_article_path())
            if not is_seed and request.kind != TEXT and os.path.isfile(request.source):
                self._remember_file(request.source)
            if request.kind == BRIEFING:
                self.show_status(opened_message(request.name, briefing))
            else:
                # How the file was read ("UTF-8 with 3 damaged characters") goes with it.
                self.show_status(" ".join([analysed_message(briefing), *briefing.article.notes]))
        if None in self._tab_built:
            # After the paint that shows it: built hidden, as a tab expects to be.
            QTimer.singleShot(BUILD_TABS_DELAY_MS, self._build_all_tabs)
        if os.environ.get(REPORT_PAINT_ENV) == "1":
            self._paint_probe = _FirstPaintProbe(self)
        self.load_finished.emit(True)

    def _on_open_failed(self, request: OpenRequest, message: str) -> None:
        self.report_error(f"Could not open {request.name}", message)
        self.load_finished.emit(False)
        if request.kind == RECOVERY:
            self.recovery.remove()  # unreadable: offering it again would not help
            self.open_source(self._startup_source, ask=False)

    # -- file actions ----------------------------------------------------------
    def new_from_pasted_text(self) -> None:
        if not self.maybe_save():
            return
        text = interaction.ask_pasted_text(self)
        if text:
            self.open_request(OpenRequest(TEXT, text, ""), ask=False)

    def choose_article(self) -> None:
        path = interaction.choose_open_file(
            self, "Open Article", settings.last_folder(), ARTICLE_FILTERS
        )
        if path:
            self.open_path(path)

    def choose_briefing(self) -> None:
        path = interaction.choose_open_file(
            self, "Open Briefing", settings.last_folder(), BRIEFING_FILTERS
        )
        if path:
            self.open_path(path)

    def choose_url(self) -> None:
        url = interaction.ask_url(self)
        if url:
            self.open_request(OpenRequest(ARTICLE, url))

    def open_recent(self, path: str) -> None:
        if not os.path.isfile(path):
            self.report_error(f"Could not open {Path(path).name}", "The file is no longer there.")
            self._refresh_recent_menu()
            return
        self.open_path(path)

    def _remember_file(self, path: str | Path) -> None:
        if self.headless:
            return
        settings.add_recent_file(path)
        settings.set_last_folder(Path(path).resolve().parent)
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        files = [] if self.headless else settings.recent_files()
        fill_recent_menu(self.actions.recent_menu, files, self.open_recent, self._clear_recent)

    def _clear_recent(self) -> None:
        settings.clear_recent_files()
        self._refresh_recent_menu()

    # -- saving ----------------------------------------------------------------
    def save(self) -> bool:
        """Save to the briefing's file (Save As if it has none); False if not saved."""
        if self.session.briefing is None:
            return False
        if self.session.path is None:
            return self.save_as()
        return self._write(self.session.path)

    def save_as(self) -> bool:
        """Ask where, then save there; the briefing then belongs to that file."""
        briefing = self.session.briefing
        if briefing is None:
            return False
        suggested = self.session.path or Path(settings.last_folder()) / default_file_name(briefing)
        chosen = interaction.choose_save_file(
            self, "Save Briefing As", str(suggested), BRIEFING_FILTERS
        )
        if not chosen:
            return False
        path = with_briefing_suffix(chosen)
        if not self._write(path):
            return False
        self.session.set_path(path)
        return True

    def _write(self, path: Path) -> bool:
        try:
            save_briefing(self.session.briefing, path)
        except OSError as error:
            self.report_error("Could not save the briefing", describe_os_error(error, path))
            return False  # still dirty: the changes are only in memory
        except Exception as error:  # noqa: BLE001 - never a save that fails without a word
            self.report_error("Could not save the briefing", unexpected_error(error))
            return False
        self.session.mark_saved()
        self.recovery.remove()
        self._remember_file(path)
        self.show_status(f"Saved {path.name}")
        return True

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel if there are unsaved changes; True to go on."""
        if not self.session.is_dirty:
            return True
        name = self.session.source_label or "this briefing"
        answer = interaction.ask_save_discard_cancel(self, name)
        if answer == interaction.SAVE:
            return self.save()
        return answer == interaction.DISCARD

    def autosave(self) -> None:
        """Write the recovery copy (the timer calls this every minute while dirty)."""
        if not self.session.is_dirty or self.session.briefing is None:
            return
        try:
            self.recovery.write(self.session.briefing, self.session.path, self.session.source_label)
        except OSError as error:
            log.warning("Autosave failed: %s", describe_os_error(error, self.recovery.path))
            self.show_status("Could not write the recovery copy: " + describe_os_error(error))
        except Exception as error:  # noqa: BLE001 - the timer must go on, and say so
            log.warning("Autosave failed: %s", unexpected_error(error))
            self.show_status("Could not write the recovery copy: " + unexpected_error(error))

    # -- window events ---------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.opener.cancel()
        if self.word_export.busy:
            # Let it finish (a second or two) rather than leave the user without the file.
            self.show_status("Finishing the export…")
            self.word_export.wait()
        self._autosave.stop()
        self.recovery.remove()  # a clean exit: nothing to recover
        if not self.headless:
            settings.set_window_geometry(self.saveGeometry())
            settings.set_window_state(self.saveState())
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData())
        if not files:
            return
        event.acceptProposedAction()
        # After the drop returns: a save prompt must not run inside the drag-and-drop loop.
        QTimer.singleShot(0, lambda: self.open_path(files[0]))

    def edit_preferences(self) -> None:
        """Edit > Preferences (all of them are about the export, for now)."""
        self.word_export.edit_preferences()

    def show_about(self) -> None:
        interaction.show_about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {desktop.__version__}<p>Turns a business news article into "
            "an executive briefing: who is named, what they said, the numbers, the plan in "
            "phases, and what to read first. Every item links to its evidence in the text.</p>",
        )


class _FirstPaintProbe(QObject):
    """For the launch benchmark: after a briefing arrives, report the next paint and quit."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)
        window.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            if watched is self.window or self.window.isAncestorOf(watched):
                QApplication.instance().removeEventFilter(self)
                # After this paint pass has finished drawing every widget.
                QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        start = float(os.environ.get(START_ENV, "nan"))
        print(f"painted {time.time() - start:.4f}", flush=True)
        try:
            import resource

            kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"maxrss_kb {kilobytes}", flush=True)
        except ImportError:
            pass
        QApplication.instance().quit()
