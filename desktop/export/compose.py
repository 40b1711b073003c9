"""The Word briefing's sections in order, page one first, with the charts drawn for it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.model import Briefing
from desktop.domain.page_one import PageOne
from desktop.export import page_one, sections
from desktop.export.blocks import Chart
from desktop.export.document import add_header_and_footer, new_document
from desktop.export.layout import block_count


@dataclass
class Plan:
    """What goes where: how the evidence meets page one, the charts, the figures table."""

    follow: page_one.Follow
    roadmap: Chart | None = None
    figures: list[Chart] = field(default_factory=list)
    ties: Chart | None = None
    figure_rows: int = sections.MAX_FIGURE_ROWS


@dataclass
class Composed:
    """The document, and where its body's briefing ends and the appendix begins."""

    document: object
    appendix_starts: int  # the index of the first appendix block among the body's blocks


def compose(
    briefing: Briefing,
    page: PageOne,
    plan: Plan,
    *,
    paper: str,
    classification: str | None,
    prepared_on: dt.date,
    author: str,
) -> Composed:
    """A new document holding the whole briefing as planned."""
    document = new_document(paper)
    add_header_and_footer(document, page.title, classification)
    page_one.header_block(document, briefing, page, prepared_on, author)
    page_one.bottom_line(document, page)
    page_one.key_figures(document, page)
    page_one.takeaways(document, briefing, page)
    page_one.watch(document, briefing, page)

    page_one_ends = len(document.paragraphs)
    numbered = sections.Exhibits()
    sections.roadmap(document, briefing, plan.roadmap, numbered, chart_last=plan.follow.chart_last)
    sections.market_figures(document, briefing, plan.figures, numbered, plan.figure_rows)
    sections.people(document, briefing)
    pulled = sections.what_they_said(document, briefing)
    sections.organisations(document, briefing, plan.ties, numbered)
    appendix_starts = block_count(document)
    sections.appendix(document, briefing, pulled, plan.figure_rows)
    # The citation and method close the document, as in a report, after the appendix: they
    # are reference, not evidence, and they would push a short briefing onto a third page.
    sections.sources_and_method(document, briefing, author, prepared_on)
    # Page one stands alone when it is full: the next section then starts a new page. When
    # it is short, the next section follows on it rather than leave half a page blank.
    if not plan.follow.on_page_one:
        for paragraph in document.paragraphs[page_one_ends:]:
            if paragraph.style.name == "Heading 1":
                paragraph.paragraph_format.page_break_before = True
                break
    return Composed(document, appendix_starts)
