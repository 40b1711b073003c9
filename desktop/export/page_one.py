"""Page one, which must stand on its own: headline, source, bottom line and key takeaways."""

from __future__ import annotations

import datetime as dt

from desktop.domain.model import Briefing
from desktop.export import blocks
from desktop.export.headline import Opening, key_takeaways
from desktop.export.values import long_date
from desktop.export.xml_text import one_line

AS_REPORTED = "Figures are as reported in the source."


def source_parts(briefing: Briefing) -> list[str]:
    """Outlet, author, date and URL, as far as the article gives them."""
    article = briefing.article
    parts = [one_line(article.source), one_line(article.author), long_date(article.published)]
    return [part for part in parts if part]


def source_citation(briefing: Briefing) -> str:
    """The article in one line: its title when it has one, then outlet, author and date."""
    title = one_line(briefing.article.title)
    return ", ".join(([f"“{title}”"] if title else []) + source_parts(briefing)) or "an article"


def header_block(document, briefing: Briefing, opening: Opening, prepared_on: dt.date, author: str):
    """The headline, its deck line, where the news comes from and when this was prepared."""
    document.add_paragraph(opening.headline, style="Title")
    if opening.deck:
        document.add_paragraph(opening.deck, style="Subtitle")
    source = document.add_paragraph(style="Source Line")
    source.add_run("Source: ").bold = True
    source.add_run(" · ".join(source_parts(briefing)) or "not recorded")
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


def bottom_line(document, opening: Opening) -> None:
    """The two or three sentences an executive reads if nothing else, in a shaded box."""
    blocks.callout(document, "Bottom line", opening.bottom_line)


def takeaways(document, briefing: Briefing, opening: Opening) -> None:
    """Three to five bullets, the numbers in each set in bold."""
    chosen = key_takeaways(briefing, opening)
    if not chosen:
        return
    blocks.heading(document, "Key takeaways")
    numbers = [figure.text for figure in briefing.figures]
    for takeaway in chosen:
        blocks.bullet(document, takeaway.text, emphasis=numbers)
