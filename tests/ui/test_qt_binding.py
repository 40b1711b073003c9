"""The Qt binding in use does not leak references to None (PySide6 6.12.0 on Python 3.11 did)."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_keep_none_alive(qtbot, qapp):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        qapp.processEvents()
    # A leaking binding loses one reference per call: 4,000 here.
    assert sys.getrefcount(None) >= before - 50
