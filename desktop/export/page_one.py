"""Page one, which must stand on its own: the answer first, the key numbers, what to watch."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from desktop.domain.model import Briefing
from desktop.domain.page_one import PageOne, long_date, source_parts
from desktop.export import blocks
from desktop.export.xml_text import one_line

AS_REPORTED = "Figures are as reported in the source."
# Rough points of height per line, and characters per line on A4, for each part of page one:
# enough to tell a half-empty page from a full one (the estimate errs towards full).
_LINE_POINTS = {"title": 24, "subtitle": 15, "small": 11, "callout": 15, "bullet": 13.5}
_CHARS_PER_LINE = {"title": 46, "subtitle": 80, "small": 110, "callout": 84, "bullet": 92}
_HEADING_POINTS = 36  # a Heading 1 with its space before and after and its rule
_STRIP_POINTS = 78  # the key-figures strip: number, phrase, label and padding
# What follows page one on the same page, when there is room (inches): the roadmap's heading
# and caption, the least height its chart is readable at, and, for a table, its heading,
# header row and two rows. The estimate is off by up to a twentieth of a page: keep a margin.
ROADMAP_LEAD_IN = 0.95
TABLE_START_IN = 1.3
ESTIMATE_MARGIN_IN = 0.2


def source_citation(briefing: Briefing) -> str:
    """The article in one line: its title when it has one, then outlet, author and date."""
    title = one_line(briefing.article.title)
    parts = [one_line(part) for part in source_parts(briefing.article)]
    return ", ".join(([f"“{title}”"] if title else []) + parts) or "an article"


def _lines(text: str, kind: str) -> int:
    return max(1, math.ceil(len(text) / _CHARS_PER_LINE[kind]))


def used_share(page: PageOne, url: str | None, page_points: float) -> float:
    """About how much of the page page one fills, from the length of what it says."""
    points = _lines(page.title, "title") * _LINE_POINTS["title"] + 6
    if page.subtitle:
        points += _lines(page.subtitle, "subtitle") * _LINE_POINTS["subtitle"] + 10
    points += (3 + bool(url)) * _LINE_POINTS["small"] + 10  # source, URL, prepared, note
    if page.bottom_line:
        points += _lines(page.bottom_line, "callout") * _LINE_POINTS["callout"] + 34
    if page.cards:
        points += _STRIP_POINTS + 10
    for items in (page.takeaways, page.watch):
        if items:
            points += _HEADING_POINTS
            points += sum(_lines(t, "bullet") * _LINE_POINTS["bullet"] + 4 for t in items)
    return points / page_points


def room_left_in(page: PageOne, url: str | None, page_points: float) -> float:
    """About how many inches of page one are left under what to watch."""
    return max(0.0, 1.0 - used_share(page, url, page_points)) * page_points / 72


@dataclass
class Follow:
    """How the evidence meets page one (follow_on)."""

    on_page_one: bool  # the first section starts under what to watch
    roadmap_in: float  # the roadmap chart's height
    chart_last: bool = False  # the roadmap's table comes before its chart


def follow_on(room_in: float, has_roadmap: bool, roadmap_in: float) -> Follow:
    """Whether the evidence starts on page one, under what to watch, and how the roadmap
    fits: page two starts a new page only when page one is full.

    With 4.5 inches left, a 2.6-inch roadmap follows on page one (it is never shrunk to
    fit: its rows are laid out in inches, and squeezed they would overprint); with 3.0
    inches its table fills page one and the chart comes after it; with 1.2 inches page one
    is full and the roadmap starts page two.

    Args:
        room_in: room_left_in.
        has_roadmap: the evidence starts with the roadmap chart (otherwise with a table).
        roadmap_in: the roadmap chart's height when it has room (exhibits.roadmap_height).
    """
    room_in -= ESTIMATE_MARGIN_IN
    fits = room_in - ROADMAP_LEAD_IN
    if has_roadmap and fits >= roadmap_in:
        return Follow(True, roadmap_in)
    starts = room_in >= TABLE_START_IN
    return Follow(starts, roadmap_in, chart_last=has_roadmap and starts)


def header_block(document, briefing: Briefing, page: PageOne, prepared_on: dt.date, author: str):
    """The title, the subtitle, where the news comes from and when this was prepared."""
    document.add_paragraph(one_line(page.title), style="Title")
    if one_line(page.subtitle):
        document.add_paragraph(one_line(page.subtitle), style="Subtitle")
    source = document.add_paragraph(style="Source Line")
    source.add_run(f"{page.source_label}: ").bold = True
    source.add_run(one_line(" · ".join(page.source)) or "not recorded")
    url = one_line(briefing.article.url)
    if url:
        link = document.add_paragraph(style="Source Line")
        link.add_run("URL: ").bold = True
        link.add_run(url)
    prepared = document.add_paragraph(style="Source Line")
    prepared.add_run("Prepared on ").bold = True
    when = long_date(prepared_on)
    prepared.add_run(f"{when} by {author}" if author else when)  # "" author: no person to name
    document.add_paragraph(AS_REPORTED, style="Note")


def bottom_line(document, page: PageOne) -> None:
    """The answer an executive reads if nothing else: a shaded paragraph, read as text."""
    if page.bottom_line:
        blocks.callout(document, "Bottom line", page.bottom_line)


def key_figures(document, page: PageOne) -> None:
    """The key figures as large numbers with their labels, side by side, as the app's cards."""
    if page.cards:
        blocks.figure_strip(document, page.cards)


def takeaways(document, briefing: Briefing, page: PageOne) -> None:
    """The takeaways as the Overview lists them, the numbers in each set in bold."""
    if not page.takeaways:
        return
    blocks.heading(document, "Key takeaways")
    numbers = [figure.text for figure in briefing.figures]
    for text in page.takeaways:
        blocks.bullet(document, text, emphasis=numbers)


def watch(document, briefing: Briefing, page: PageOne) -> None:
    """What to watch, nearest first, the time of each in bold."""
    if not page.watch:
        return
    blocks.heading(document, "What to watch")
    for text in page.watch:
        when, colon, what = one_line(text).partition(": ")
        if colon and len(when.split()) <= 8:
            blocks.bullet(document, what, lead=when)
        else:
            blocks.bullet(document, text)
