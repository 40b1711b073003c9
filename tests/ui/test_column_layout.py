"""Set-width columns grow to fit their words, and never shrink under the analyst's hand."""

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from desktop.ui.widgets.column_layout import WIDEN_AT_MOST, fit_columns


def test_a_short_column_grows_to_fit_its_longest_word(qtbot):
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Figure", "Qualifier", "About"])
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.setModel(model)
    fit_columns(view, stretch=2, widths={0: 100, 1: 60})
    header = view.horizontalHeader()
    assert header.sectionSize(1) >= header.sectionSizeHint(1)  # the header fits
    model.beginResetModel()
    model.appendRow([QStandardItem("$4bn"), QStandardItem("approximately"), QStandardItem("x")])
    model.endResetModel()
    text_width = view.fontMetrics().horizontalAdvance("approximately")
    assert header.sectionSize(1) >= min(text_width, 60 * WIDEN_AT_MOST)
    assert header.sectionSize(0) == 100  # "$4bn" fits in what it had
    header.resizeSection(1, 200)  # dragged wider: a reset keeps it
    model.beginResetModel()
    model.endResetModel()
    assert header.sectionSize(1) == 200
