"""Writing the Word briefing off the UI thread, one export at a time, with progress.

The job works on its own deep copy of the briefing, taken in the UI thread when the
export starts, so the analyst can go on editing while it is written and the document
shows the briefing exactly as it was when they asked for it.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.domain import Briefing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportRequest:
    """Where to write the briefing, and the settings the document is made with."""

    path: Path
    analyst: str = ""  # "" puts the computer account's person (or nobody) on it
    paper: str = "A4"
    classification: str = ""  # "" for no label in the page header

    @property
    def name(self) -> str:
        return self.path.name


def write_word(request: ExportRequest, briefing: Briefing, progress) -> None:
    """Do the work of a request (slow: draws the charts, builds and writes the .docx).

    Args:
        progress: callable(fraction, message), called from this (the worker) thread.

    Raises:
        OSError: not written; the file that was there, if any, is untouched.
    """
    # Imported here, in the worker: python-docx and matplotlib load on the first export.
    from desktop import export

    export.export_docx(
        briefing,
        request.path,
        analyst=request.analyst or None,
        paper=request.paper,
        classification=request.classification or None,
        progress=progress,
    )


def describe_export_failure(error: BaseException, request: ExportRequest) -> str:
    """One line for the user; anything unexpected is logged with its traceback, not shown."""
    from desktop.fileio import describe_os_error

    if isinstance(error, OSError):
        return describe_os_error(error, request.path)
    log.error("Unexpected error while exporting %s", request.path, exc_info=error)
    return (
        f"Something went wrong while exporting {request.name}, so it was not written. "
        "The details were written to the error log."
    )


class _JobSignals(QObject):
    # Lives in the UI thread; emitted from the worker, so delivery is queued to the UI thread.
    progress = Signal(float, str)
    finished = Signal()
    failed = Signal(str)


class _ExportJob(QRunnable):
    def __init__(self, request: ExportRequest, briefing: Briefing, signals: _JobSignals):
        super().__init__()
        self.request = request
        self.briefing = briefing
        self.signals = signals

    def run(self) -> None:
        try:
            write_word(self.request, self.briefing, self.signals.progress.emit)
        except Exception as error:  # noqa: BLE001 - every failure becomes a message
            self.signals.failed.emit(describe_export_failure(error, self.request))
        else:
            self.signals.finished.emit()


class Exporter(QObject):
    """Runs one ExportRequest at a time in the background.

    Signals:
        busy_changed(bool): an export is running (show its progress) or not.
        progress(float, str): how far the running export is (0 to 1) and what it does.
        finished(ExportRequest): the file is written.
        failed(ExportRequest, str): it was not; str is one line for the user.
    """

    busy_changed = Signal(bool)
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # Never two at once: two exports would draw charts and hold whole documents together.
        self._pool.setMaxThreadCount(1)
        self._current: ExportRequest | None = None
        self._signals = _JobSignals(self)
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._current is not None

    @property
    def current(self) -> ExportRequest | None:
        """The export still running, if any."""
        return self._current

    def start(self, request: ExportRequest, briefing: Briefing) -> bool:
        """Export a deep copy of briefing as request says; False (nothing done) while busy."""
        if self.busy:
            return False
        # Copied here, in the UI thread, before any further edit can touch it.
        job = _ExportJob(request, copy.deepcopy(briefing), self._signals)
        self._current = request
        self._pool.start(job)
        self.busy_changed.emit(True)
        return True

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running export (at exit, so no file is left half done); True if none."""
        return self._pool.waitForDone(msecs)

    def _take(self) -> ExportRequest | None:
        request, self._current = self._current, None
        if request is not None:
            self.busy_changed.emit(False)
        return request

    @Slot()
    def _on_finished(self) -> None:
        request = self._take()
        if request is not None:
            self.finished.emit(request)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        request = self._take()
        if request is not None:
            self.failed.emit(request, message)
