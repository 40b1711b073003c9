"""Shared set-up for the window's tests."""

import pytest


@pytest.fixture(autouse=True)
def _empty_clipboard_after_each_test():
    """A copy test leaves data on the clipboard, which the offscreen platform frees after
    QApplication at exit (a segmentation fault once every test has passed): empty it."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
