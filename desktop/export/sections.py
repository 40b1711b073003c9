"""The sections after page one: roadmap, figures, people, quotes, organisations, sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop import __version__
from desktop.domain.edits import review_counts
from desktop.domain.headlines import counted
from desktop.domain.model import UNKNOWN_SPEAKER, Briefing
from desktop.export import blocks
from desktop.export.blocks import Chart
from desktop.export.page_one import AS_REPORTED, source_citation, source_parts
from desktop.export.values import (
    conversion,
    figure_unit,
    figure_value,
    long_date,
    role_line,
    sentence_case,
)
from desktop.export.xml_text import one_line

EDITABLE_LISTS = (
    ("people", "People", lambda item: item.name),
    ("organisations", "Organisations", lambda item: item.name),
    ("quotes", "Quotes", lambda item: f"{item.speaker or UNKNOWN_SPEAKER}: “{item.text[:60]}…”"),
    ("figures", "Figures", lambda item: item.text),
    ("phases", "Phases", lambda item: item.title),
    ("relationships", "Relationships", lambda item: f"{item.source} – {item.target}"),
    ("takeaways", "Takeaways", lambda item: item.text[:60] + "…"),
)


class Exhibits:
    """Numbers the charts in the order they appear."""

    def __init__(self) -> None:
        self.count = 0

    def add(self, document, chart: Chart | None) -> None:
        if chart is not None:
            self.count += 1
            blocks.chart(document, chart, self.count)


def roadmap(document, briefing: Briefing, chart: Chart | None, exhibits: Exhibits) -> None:
    """The plan: a timeline, then each phase with its horizon and actions."""
    if not briefing.phases:
        return
    blocks.heading(document, "Strategy roadmap")
    exhibits.add(document, chart)
    rows = [
        (
            f"{n}. {sentence_case(p.title)}",
            one_line(p.horizon) or "not given",
            list(p.actions) or ["—"],
        )
        for n, p in enumerate(briefing.phases, 1)
    ]
    blocks.table(
        document,
        [("Phase", 0.27), ("Horizon", 0.17), ("Actions", 0.56)],
        rows,
        bold_first_column=True,
    )


def market_figures(document, briefing: Briefing, charts: Sequence[Chart], exhibits: Exhibits):
    """Every figure with its value, unit, what it measures and its conversion; then the charts."""
    if not briefing.figures:
        return
    blocks.heading(document, "Market figures")
    rows = [
        (
            one_line(f.text),
            figure_value(f),
            figure_unit(f),
            sentence_case(f.about) or "—",
            conversion(f, briefing),
        )
        for f in briefing.figures
    ]
    blocks.table(
        document,
        [("Figure", 0.22), ("Value", 0.24), ("Unit", 0.08), ("What it measures", 0.27),
         ("Conversion", 0.19)],
        rows,
    )  # fmt: skip
    blocks.note(document, AS_REPORTED + " Conversions are the article's own.")
    for chart in charts:
        exhibits.add(document, chart)


def people(document, briefing: Briefing) -> None:
    """Who is named: name, role, organisation."""
    if not briefing.people:
        return
    blocks.heading(document, "People")
    rows = [
        (one_line(p.name), one_line(p.role) or "—", one_line(p.organisation) or "—")
        for p in briefing.people
    ]
    blocks.table(
        document,
        [("Name", 0.3), ("Role", 0.38), ("Organisation", 0.32)],
        rows,
        bold_first_column=True,
    )


def what_they_said(document, briefing: Briefing) -> None:
    """Direct quotes as pull quotes; partial and reported statements as attributed bullets."""
    if not briefing.quotes:
        return
    blocks.heading(document, "What they said")
    direct = [q for q in briefing.quotes if q.kind == "direct"]
    others = [q for q in briefing.quotes if q.kind != "direct"]
    for quote in direct:
        blocks.pull_quote(
            document, quote.text, role_line(briefing.person_named(quote.speaker), quote.speaker)
        )
    if others:
        blocks.heading(document, "Reported statements", level=2)
        for quote in others:
            words = one_line(quote.text)
            if quote.kind == "partial":
                words = f"“{words.strip('“”')}”"
            else:
                words = sentence_case(words)
            blocks.bullet(document, words, lead=one_line(quote.speaker) or UNKNOWN_SPEAKER)


def organisations(document, briefing: Briefing, chart: Chart | None, exhibits: Exhibits) -> None:
    """The ties between organisations (diagram and table), then the others named."""
    if not briefing.organisations and not briefing.relationships:
        return
    blocks.heading(document, "Organisations and relationships")
    if briefing.relationships:
        exhibits.add(document, chart)
        rows = [
            (
                one_line(r.source),
                sentence_case(r.kind),
                one_line(r.target),
                one_line(r.terms) or "—",
            )
            for r in briefing.relationships
        ]
        blocks.table(
            document,
            [("Organisation", 0.28), ("Tie", 0.14), ("With", 0.28), ("Terms", 0.30)],
            rows,
            bold_first_column=True,
        )
    tied = {r.source for r in briefing.relationships} | {r.target for r in briefing.relationships}
    rest = [o for o in briefing.organisations if o.name not in tied]
    if rest:
        paragraph = document.add_paragraph(style="Body Text")
        paragraph.paragraph_format.space_before = blocks.Mm(2)
        label = "Also named: " if briefing.relationships else "Named in the article: "
        paragraph.add_run(label).bold = True
        paragraph.add_run("; ".join(f"{one_line(o.name)} ({one_line(o.kind)})" for o in rest) + ".")


def edited_items(briefing: Briefing) -> list[tuple[str, list[str]]]:
    """(list title, items) for every list in which an analyst changed something."""
    found = []
    for attribute, title, describe in EDITABLE_LISTS:
        names = [one_line(describe(item)) for item in getattr(briefing, attribute) if item.edited]
        if names:
            found.append((title, names))
    return found


def review_sentence(briefing: Briefing) -> str:
    """How far an analyst went over the analysis: "2 items confirmed, 1 edited, 3 unchecked …"."""
    counts = review_counts(briefing)
    confirmed = counted(counts["confirmed"], "item")
    said = f"{confirmed} confirmed by the analyst, {counts['edited']} edited"
    if not counts["unchecked"]:
        return f"{said}; none of what the analysis found by an indirect route is left unchecked."
    return (
        f"{said}, {counts['unchecked']} unchecked: found by an indirect route (a speaker "
        "carried over from an earlier paragraph, a pronoun or a role resolved to a name) and "
        "not yet confirmed."
    )


def sources_and_method(document, briefing: Briefing, author: str, prepared_on: dt.date) -> None:
    """The citation, how the briefing was made, and what an analyst changed by hand."""
    blocks.heading(document, "Sources and method")
    article = briefing.article
    # The section is short: it moves to the next page whole rather than leave a line behind.
    citation = document.add_paragraph(style="Body Text")
    citation.paragraph_format.keep_with_next = True
    citation.add_run("Source. ").bold = True
    known = bool(one_line(article.title) or source_parts(briefing))
    citation.add_run(
        source_citation(briefing) + "." if known else "The article's origin was not recorded."
    )
    if one_line(article.url):
        citation.add_run(f" {one_line(article.url)}")
    method = document.add_paragraph(style="Body Text")
    method.paragraph_format.keep_with_next = True
    method.add_run("Method. ").bold = True
    by = f" by {author}" if author else ""  # "" when there is no person to name
    words = counted(article.word_count, "word")
    method.add_run(
        f"Prepared{by} on {long_date(prepared_on)} with Briefing Desk {__version__}, "
        f"which reads the article ({words}) and finds the people, "
        "organisations, quotes, figures, phases and ties it states, each traced to the "
        "sentences it comes from. Nothing is added from outside the article: figures, roles "
        "and quotes are as reported and were not verified independently."
    )
    checking = document.add_paragraph(style="Body Text")
    checking.paragraph_format.keep_with_next = True
    checking.add_run("Checking. ").bold = True
    checking.add_run(review_sentence(briefing))
    edits = edited_items(briefing)
    changed = document.add_paragraph(style="Body Text")
    changed.add_run("Analyst edits. ").bold = True
    if not edits:
        changed.add_run("None: every item is as the analysis found it.")
        return
    changed.add_run("These items were changed or added by hand:")
    for title, names in edits:
        blocks.bullet(document, "; ".join(names), lead=title)
