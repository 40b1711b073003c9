"""The Word briefing's sections in order, page one first, with the charts drawn for it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.model import Briefing
from desktop.domain.page_one import PageOne
from desktop.export import page_one, sections
from desktop.export.blocks import Chart
from desktop.export.document import add_header_and_footer, new_document
from desktop.export.layout import block_count, body_points


@dataclass
class Plan:
    """What goes where: how the evidence meets page one, the charts, the figures table."""

    follow: page_one.Follow
    roadmap: Chart | None = None
    figures: list[Chart] = field(default_factory=list)
    ties: Chart | None = None
    figure_rows: int = sections.MAX_FIGURE_ROWS
    pull_quotes: int = sections.MAX_PULL_QUOTES


@dataclass
class Composed:
    """The document, and where its body's briefing ends and the appendix begins."""

    document: object
    appendix_starts: int  # the index of the first appendix block among the body's blocks
    evidence_starts: int  # and of the first block after page one
    page_one_alone: bool  # the evidence starts on a new page
    pulled: list = field(default_factory=list)  # the quotes shown as pull quotes

    def pages(self, page_points: float) -> float:
        """About how many pages the briefing fills before the appendix: page one counts
        whole when it stands alone, since what follows starts a new page."""
        if self.page_one_alone:
            rest = body_points(self.document, self.evidence_starts, self.appendix_starts)
            return 1.0 + rest / page_points
        return body_points(self.document, 0, self.appendix_starts) / page_points


def compose(
    briefing: Briefing,
    page: PageOne,
    plan: Plan,
    *,
    paper: str,
    classification: str | None,
    prepared_on: dt.date,
    author: str,
    whole: bool = True,
) -> Composed:
    """A new document holding the whole briefing as planned; without whole, only up to the
    appendix, enough to tell how many pages it fills (Composed.pages), and finish adds the
    rest."""
    document = new_document(paper)
    add_header_and_footer(document, page.title, classification)
    page_one.header_block(document, briefing, page, prepared_on, author)
    page_one.bottom_line(document, page)
    page_one.key_figures(document, page)
    page_one.takeaways(document, briefing, page)
    page_one.watch(document, briefing, page)

    page_one_ends = len(document.paragraphs)
    evidence_starts = block_count(document)
    numbered = sections.Exhibits()
    sections.roadmap(document, briefing, plan.roadmap, numbered, chart_last=plan.follow.chart_last)
    sections.market_figures(document, briefing, plan.figures, numbered, plan.figure_rows)
    sections.people(document, briefing)
    pulled = sections.what_they_said(document, briefing, plan.pull_quotes)
    sections.organisations(document, briefing, plan.ties, numbered)
    # Page one stands alone when it is full: the next section then starts a new page. When
    # it is short, the next section follows on it rather than leave half a page blank.
    if not plan.follow.on_page_one:
        for paragraph in document.paragraphs[page_one_ends:]:
            if paragraph.style.name == "Heading 1":
                paragraph.paragraph_format.page_break_before = True
                break
    appendix_starts = block_count(document)
    made = Composed(document, appendix_starts, evidence_starts, not plan.follow.on_page_one, pulled)
    if whole:
        finish(made, briefing, plan, prepared_on=prepared_on, author=author)
    return made


def finish(
    made: Composed, briefing: Briefing, plan: Plan, *, prepared_on: dt.date, author: str
) -> None:
    """Add what follows the briefing to a document composed up to the appendix."""
    sections.appendix(made.document, briefing, made.pulled, plan.figure_rows)
    # The citation and method close the document, as in a report, after the appendix: they
    # are reference, not evidence, and they would push a short briefing onto a third page.
    sections.sources_and_method(made.document, briefing, author, prepared_on)
