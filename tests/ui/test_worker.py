"""Opening off the UI thread: results arrive in the UI thread, failures as one line, latest wins."""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from desktop.domain.serialization import BriefingFileError
from desktop.ingest import IngestError
from desktop.resources import seed_article_path
from desktop.ui.worker import ARTICLE, BRIEFING, TEXT, Opener, OpenRequest, describe_failure


def test_an_article_is_analysed_and_arrives_in_the_ui_thread(qtbot):
    opener = Opener()
    arrived = []
    opener.finished.connect(lambda request, briefing: arrived.append(QThread.currentThread()))
    with qtbot.waitSignal(opener.finished, timeout=20_000) as blocker:
        opener.start(OpenRequest(ARTICLE, str(seed_article_path())))
        assert opener.busy
    request, briefing = blocker.args
    assert request.source == str(seed_article_path())
    assert [p.name for p in briefing.people][:1] == ["Shenu Agarwal"]
    assert arrived == [QApplication.instance().thread()]
    assert not opener.busy


def test_pasted_text_that_is_empty_fails_with_its_message(qtbot):
    opener = Opener()
    with qtbot.waitSignal(opener.failed, timeout=20_000) as blocker:
        opener.start(OpenRequest(TEXT, "   \n"))
    assert blocker.args[1] == "The pasted text is empty: there is no article to read."


def test_cancel_drops_the_result(qtbot):
    opener = Opener()
    results = []
    opener.finished.connect(lambda *args: results.append(args))
    opener.start(OpenRequest(ARTICLE, str(seed_article_path())))
    opener.cancel()
    assert not opener.busy
    assert opener.wait(20_000)
    qtbot.wait(50)
    assert results == []


def test_failures_read_as_one_line(caplog):
    request = OpenRequest(BRIEFING, "/tmp/x/report.briefing.json")
    assert describe_failure(IngestError("Cannot open a.txt:\n  empty."), request) == (
        "Cannot open a.txt: empty."
    )
    assert describe_failure(BriefingFileError("damaged"), request) == "damaged"
    assert describe_failure(OSError(errno.EACCES, "denied"), request) == (
        "Permission denied: cannot write report.briefing.json (read-only or in use)."
    )
    with caplog.at_level(logging.ERROR):
        message = describe_failure(KeyError("field"), request)
    assert message.startswith("Something went wrong while opening report.briefing.json")
    assert "KeyError" in caplog.text and "KeyError" not in message
