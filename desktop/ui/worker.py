"""Opening off the UI thread: read and analyse an article (or load a briefing) in a thread pool.

A newer request supersedes an older one: Python cannot stop a running thread, so the
older job finishes in the background and its result is dropped. Only the latest
request ever reaches the window.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.domain import Briefing

# Set to 1 to analyse every article afresh (tests, the cold-start benchmark).
NO_CACHE_ENV = "BRIEFING_DESK_NO_CACHE"

log = logging.getLogger(__name__)

ARTICLE, BRIEFING, TEXT, RECOVERY = "article", "briefing", "text", "recovery"


@dataclass(frozen=True)
class OpenRequest:
    """What to open: an article (path or URL), a saved briefing, or pasted text."""

    kind: str  # ARTICLE, BRIEFING, TEXT or RECOVERY
    source: str  # a path, a URL, or the pasted text itself
    label: str = ""  # what the title bar calls it

    @property
    def name(self) -> str:
        """How messages name the source ("report.txt", "the pasted text")."""
        if self.kind == TEXT:
            return "the pasted text"
        if self.label:
            return self.label
        return Path(self.source).name or self.source


_cache = None


def analysis_cache():
    """The per-user cache of analysed articles (None when disabled by the environment)."""
    global _cache
    if os.environ.get(NO_CACHE_ENV) == "1":
        return None
    if _cache is None:
        from PySide6.QtCore import QStandardPaths

        from desktop.analysis_cache import AnalysisCache

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        _cache = AnalysisCache(Path(folder) / "analyses")
    return _cache


def open_briefing(request: OpenRequest) -> Briefing:
    """Do the work of a request (slow: reads files, fetches URLs, runs the engine).

    Raises:
        IngestError, BriefingFileError, OSError: with a message for the user.
    """
    if request.kind in (BRIEFING, RECOVERY):
        from desktop.domain.serialization import load_briefing

        return load_briefing(request.source)
    # Imported here, in the worker, so that the window paints before the engine loads.
    from desktop.analysis_cache import analyse_with_cache
    from desktop.ingest import article_from_text, load_article

    if request.kind == TEXT:
        article = article_from_text(request.source)
    else:
        article = load_article(request.source)
    return analyse_with_cache(article, analysis_cache())


def describe_failure(error: BaseException, request: OpenRequest) -> str:
    """One line for the user; anything unexpected is logged with its traceback, not shown."""
    from desktop.domain.serialization import BriefingFileError
    from desktop.fileio import describe_os_error
    from desktop.ingest import IngestError

    if isinstance(error, IngestError | BriefingFileError):
        return " ".join(str(error).split()) or f"Could not open {request.name}."
    if isinstance(error, OSError):
        return describe_os_error(error, request.source if request.kind != TEXT else None)
    log.error("Unexpected error while opening %s", request.name, exc_info=error)
    return (
        f"Something went wrong while opening {request.name}, so it was not opened. "
        "The details were written to the error log."
    )


class _JobSignals(QObject):
    # Lives in the UI thread; emitted from the worker, so delivery is queued to the UI thread.
    finished = Signal(int, object)  # generation, Briefing
    failed = Signal(int, str)  # generation, message


class _OpenJob(QRunnable):
    def __init__(self, generation: int, request: OpenRequest, signals: _JobSignals):
        super().__init__()
        self.generation = generation
        self.request = request
        self.signals = signals

    def run(self) -> None:
        try:
            briefing = open_briefing(self.request)
        except Exception as error:  # noqa: BLE001 - every failure becomes a message
            self.signals.failed.emit(self.generation, describe_failure(error, self.request))
        else:
            self.signals.finished.emit(self.generation, briefing)


class Opener(QObject):
    """Runs OpenRequests in the background; only the latest one reports.

    Signals:
        busy_changed(bool): a request is running (show the busy indicator) or not.
        finished(OpenRequest, Briefing): the latest request succeeded.
        failed(OpenRequest, str): the latest request failed; str is one line for the user.
    """

    busy_changed = Signal(bool)
    finished = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._generation = 0
        self._current: OpenRequest | None = None
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._current is not None

    @property
    def current(self) -> OpenRequest | None:
        """The request still running, if any."""
        return self._current

    def start(self, request: OpenRequest) -> None:
        """Open request in the background; a request still running is superseded."""
        self._generation += 1
        was_busy = self.busy
        self._current = request
        self._pool.start(_OpenJob(self._generation, request, self._signals))
        if not was_busy:
            self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Forget the running request: its result will be dropped when it arrives."""
        if self.busy:
            self._generation += 1
            self._current = None
            self.busy_changed.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for background jobs (at exit); True if none is left running."""
        return self._pool.waitForDone(msecs)

    def _take(self, generation: int) -> OpenRequest | None:
        if generation != self._generation or self._current is None:
            return None  # superseded or cancelled
        request, self._current = self._current, None
        self.busy_changed.emit(False)
        return request

    @Slot(int, object)
    def _on_finished(self, generation: int, briefing: Briefing) -> None:
        request = self._take(generation)
        if request is not None:
            self.finished.emit(request, briefing)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        request = self._take(generation)
        if request is not None:
            self.failed.emit(request, message)
