"""A widget that shows one matplotlib figure, or a centred note when there is nothing to chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure

EMPTY_TEXT = "No chart for this article"


class ChartView(QWidget):
    """Shows the figure given to set_figure; matplotlib's Qt canvas loads on the first figure."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = None  # a FigureCanvasQTAgg once a figure is shown
        self.placeholder = QLabel(EMPTY_TEXT, self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's disabled (grey) text colour
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)

    @property
    def figure(self) -> Figure | None:
        """The figure on show, or None."""
        return self.canvas.figure if self.canvas is not None else None

    def set_figure(self, figure: Figure | None, empty_text: str = EMPTY_TEXT) -> None:
        """Show the figure in place of the one before, or empty_text when figure is None."""
        self._drop_canvas()
        if figure is None:
            self.placeholder.setText(empty_text)
            self.placeholder.show()
            return
        # Imported here, not at the top, so the main window paints before matplotlib loads.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.placeholder.hide()
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Let the tab shrink below the figure's natural size; constrained layout re-fits it.
        self.canvas.setMinimumSize(200, 120)
        self._layout.addWidget(self.canvas)
        self.canvas.draw_idle()

    def _drop_canvas(self) -> None:
        if self.canvas is None:
            return
        self._layout.removeWidget(self.canvas)
        self.canvas.hide()
        self.canvas.deleteLater()
        self.canvas = None
