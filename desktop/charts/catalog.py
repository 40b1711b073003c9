"""Which charts help for a briefing, in reading order, each with a caption (for the export)."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from desktop.charts.growth import growth_chart
from desktop.charts.money import investment_chart
from desktop.charts.ranks import rank_chart
from desktop.charts.relations import relationship_diagram
from desktop.charts.timeline import phase_timeline

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.domain.model import Briefing

log = logging.getLogger(__name__)


def article_year(briefing: Briefing) -> int | None:
    """The year the article was published, when its date is known."""
    match = re.match(r"(\d{4})", briefing.article.published or "")
    return int(match.group(1)) if match else None


def charts_for(briefing: Briefing, dark: bool = False) -> list[tuple[str, Figure]]:
    """The charts worth showing for this briefing, as (caption, figure), plan first.

    A chart that fails to build is logged and left out: one odd figure should not stop
    an export.
    """
    builders = [
        (
            "The plan in phases, on an approximate timeline",
            lambda: phase_timeline(briefing.phases, dark, now_year=article_year(briefing)),
        ),
        ("The money involved", lambda: investment_chart(briefing.figures, dark)),
        ("Growth and shares", lambda: growth_chart(briefing.figures, dark)),
        ("Rankings mentioned", lambda: rank_chart(briefing.figures, dark)),
        (
            "Ties between the organisations",
            lambda: relationship_diagram(briefing.organisations, briefing.relationships, dark),
        ),
    ]
    charts = []
    for caption, build in builders:
        try:
            figure = build()
        except Exception:
            log.exception("could not draw the chart %r", caption)
            continue
        if figure is not None:
            charts.append((caption, figure))
    return charts
