"""export_docx: the whole Word briefing, built in memory and written in one atomic step."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable

from desktop.domain.model import Briefing
from desktop.fileio import atomic_write_bytes

Progress = Callable[[float, str], None]
EMU_PER_INCH = 914400


def _report(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)


def _as_datetime(prepared_on: dt.date | dt.datetime | None) -> dt.datetime:
    if prepared_on is None:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    if isinstance(prepared_on, dt.datetime):
        return prepared_on
    return dt.datetime.combine(prepared_on, dt.time(12, 0))


def build_docx(
    briefing: Briefing,
    *,
    analyst: str | None = None,
    paper: str = "A4",
    classification: str | None = None,
    prepared_on: dt.date | dt.datetime | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The briefing as .docx bytes (see export_docx for the arguments)."""
    # python-docx and matplotlib load here, not at import, so the window opens without them.
    from desktop.domain.page_one import page_one as page_one_of
    from desktop.export import exhibits, layout, page_one, sections
    from desktop.export.compose import Plan, compose, finish
    from desktop.export.document import MARGIN, PAPER_SIZES
    from desktop.export.properties import author_name, set_properties

    when = _as_datetime(prepared_on)
    author = author_name(analyst)
    page = page_one_of(briefing)
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be A4 or Letter, not {paper!r}")
    paper_width, paper_height = PAPER_SIZES[paper]
    width_in = (paper_width - 2 * MARGIN) / EMU_PER_INCH
    page_points = (paper_height - 2 * MARGIN) / 12700

    # Page one is full before page two starts: the evidence follows on it while there is
    # room for the roadmap chart.
    room_in = page_one.room_left_in(page, briefing.article.url, page_points)
    follow = page_one.follow_on(
        room_in, bool(briefing.phases), exhibits.roadmap_height(briefing.phases)
    )
    words = briefing.article.word_count
    short = words < exhibits.SHORT_WORDS
    plan = Plan(
        follow,
        figure_rows=sections.MAX_SHORT_FIGURE_ROWS if short else sections.MAX_FIGURE_ROWS,
    )
    _report(progress, 0.05, "Drawing the charts")
    if exhibits.wants_roadmap_chart(briefing, short, follow):
        plan.roadmap = exhibits.roadmap_chart(briefing, width_in)
    _report(progress, 0.3, "Drawing the charts")
    plan.figures = exhibits.figure_charts(
        briefing,
        width_in,
        exhibits.figure_chart_budget(words),
        height_in=exhibits.SHORT_FIGURE_HEIGHT_IN if short else exhibits.FIGURE_HEIGHT_IN,
        only_new=short,
    )
    _report(progress, 0.6, "Drawing the charts")
    if briefing.relationships:
        plan.ties = exhibits.relationship_chart(briefing, width_in)

    _report(progress, 0.75, "Writing the briefing")
    options = {
        "paper": paper,
        "classification": classification,
        "prepared_on": when.date(),
        "author": author,
    }
    made = compose(briefing, page, plan, whole=False, **options)
    # A short article's briefing makes two pages before the appendix: while it would run
    # onto a third, what the tables or the appendix also say gives way, least needed first.
    if short:
        for fewer in fewer_exhibits(plan):
            if made.pages(page_points) <= layout.SHORT_PAGES:
                break
            plan = fewer
            made = compose(briefing, page, plan, whole=False, **options)
    finish(made, briefing, plan, prepared_on=options["prepared_on"], author=author)
    document = made.document

    set_properties(
        document,
        title=page.title,
        subject=page.subtitle or page_one.source_citation(briefing),
        author=author,
        keywords=[organisation.name for organisation in briefing.organisations],
        created=when,
        classification=classification,
        comments="Executive briefing prepared with Briefing Desk from one news article.",
    )
    _report(progress, 0.9, "Saving")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def fewer_exhibits(plan):
    """Ever shorter plans for a short article that runs onto a third page, in the order an
    executive misses them least: the figure charts (the table lists their numbers), the
    roadmap's timeline (its table gives every phase and horizon), then figures table rows
    and pull quotes, which go to the appendix.

    Yields:
        Plans, each with one thing fewer than the one before.
    """
    from dataclasses import replace

    from desktop.export import sections

    if plan.figures:
        plan = replace(plan, figures=[])
        yield plan
    if plan.roadmap is not None:
        plan = replace(plan, roadmap=None)
        yield plan
    if plan.figure_rows > sections.MIN_SHORT_FIGURE_ROWS:
        plan = replace(plan, figure_rows=sections.MIN_SHORT_FIGURE_ROWS)
        yield plan
    while plan.pull_quotes > sections.MIN_PULL_QUOTES:
        plan = replace(plan, pull_quotes=plan.pull_quotes - 1)
        yield plan


def export_docx(
    briefing: Briefing,
    path: str | os.PathLike,
    *,
    analyst: str | None = None,
    paper: str = "A4",
    classification: str | None = None,
    prepared_on: dt.date | dt.datetime | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the briefing as a Word document; an existing file is replaced only on success.

    Args:
        briefing: the briefing as currently edited.
        path: the .docx file to write.
        analyst: the author's name; None uses the computer account's person
            (desktop.account.account_name), or names nobody when that is root.
        paper: "A4" or "Letter".
        classification: a label for the page header, e.g. "Internal"; None for none.
        prepared_on: the date shown as "Prepared on" and stored as created; None for now.
        progress: called with (fraction done, message) as the export goes on.

    Raises:
        OSError: the file could not be written (read-only, in use, disk full); the old file,
            if any, is untouched. Describe it with desktop.fileio.describe_os_error.
        ValueError: paper is neither "A4" nor "Letter".
    """
    data = build_docx(
        briefing,
        analyst=analyst,
        paper=paper,
        classification=classification,
        prepared_on=prepared_on,
        progress=progress,
    )
    atomic_write_bytes(path, data)
    _report(progress, 1.0, "Done")
