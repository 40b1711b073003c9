"""Matplotlib figures drawn from a briefing, shared by the window and the Word export (no Qt)."""

from desktop.charts.catalog import charts_for
from desktop.charts.growth import growth_chart
from desktop.charts.money import investment_chart
from desktop.charts.output import png_bytes, save_png
from desktop.charts.ranks import rank_chart
from desktop.charts.relations import relationship_diagram
from desktop.charts.timeline import phase_timeline

__all__ = [
    "charts_for",
    "growth_chart",
    "investment_chart",
    "phase_timeline",
    "png_bytes",
    "rank_chart",
    "relationship_diagram",
    "save_png",
]
