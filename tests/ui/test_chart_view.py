"""ChartView: a placeholder when there is no figure, one canvas at a time when there is."""

from matplotlib.figure import Figure

from desktop.ui.widgets.chart_view import ChartView


def small_figure() -> Figure:
    figure = Figure(figsize=(4, 2))
    figure.add_subplot().plot([1, 2, 3])
    return figure


def test_no_figure_shows_the_placeholder(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.set_figure(None, "No phases in this article")
    assert view.canvas is None
    assert view.placeholder.text() == "No phases in this article"
    assert not view.placeholder.isHidden()


def test_a_figure_gets_a_canvas_and_a_second_replaces_it(qtbot):
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    view = ChartView()
    qtbot.addWidget(view)
    first, second = small_figure(), small_figure()
    view.set_figure(first)
    canvas = view.canvas
    assert isinstance(canvas, FigureCanvasQTAgg)
    assert view.figure is first
    assert view.placeholder.isHidden()

    view.set_figure(second)
    assert view.canvas is not canvas and view.figure is second
    assert canvas.parent() is view  # still alive until the event loop deletes it
    qtbot.waitUntil(lambda: not _alive(canvas))
    assert view.findChildren(FigureCanvasQTAgg) == [view.canvas]

    view.set_figure(None)
    assert view.canvas is None and not view.placeholder.isHidden()
    assert view.placeholder.text() == "No chart for this article"


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
