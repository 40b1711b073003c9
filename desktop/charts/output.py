"""Charts to PNG through the Agg canvas, without pyplot, so export can run off the UI thread."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _print_png(figure: Figure, target, dpi: int) -> None:
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if type(figure.canvas) is FigureCanvasBase:
        # A figure built by new_figure has no canvas yet; Agg is the one that writes PNG.
        FigureCanvasAgg(figure)
    # savefig prints through Agg even when the figure is shown on a Qt canvas, and leaves
    # that canvas attached (a new FigureCanvasAgg would take the figure from the widget).
    figure.savefig(target, format="png", dpi=dpi, facecolor=figure.get_facecolor())


def png_bytes(figure: Figure, dpi: int = 200) -> bytes:
    """The figure as PNG data, e.g. for a Word document."""
    buffer = io.BytesIO()
    _print_png(figure, buffer, dpi)
    return buffer.getvalue()


def save_png(figure: Figure, path: str | Path, dpi: int = 200) -> Path:
    """Write the figure to a PNG file and return its path.

    Raises:
        OSError: when the file cannot be written.
    """
    path = Path(path)
    with path.open("wb") as file:
        _print_png(figure, file, dpi)
    return path
