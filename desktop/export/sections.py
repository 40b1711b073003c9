"""After page one: roadmap, figures, people, quotes, organisations, sources, appendix."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from desktop import __version__
from desktop.domain.edits import review_counts
from desktop.domain.headlines import counted
from desktop.domain.model import UNKNOWN_SPEAKER, Briefing, Figure, Quote
from desktop.domain.page_one import long_date, source_parts
from desktop.export import blocks, limits
from desktop.export.blocks import Chart
from desktop.export.page_one import AS_REPORTED, source_citation
from desktop.export.values import (
    conversion,
    figure_unit,
    figure_value,
    role_line,
    sentence_case,
)
from desktop.export.xml_text import one_line

EDITABLE_LISTS = (
    ("people", "People", lambda item: item.name),
    ("organisations", "Organisations", lambda item: item.name),
    (
        "quotes",
        "Quotes",
        lambda item: f"{item.speaker or item.source or UNKNOWN_SPEAKER}: “{item.text[:60]}…”",
    ),
    ("figures", "Figures", lambda item: item.text),
    ("phases", "Phases", lambda item: item.title),
    ("relationships", "Relationships", lambda item: f"{item.source} – {item.target}"),
    ("takeaways", "Takeaways", lambda item: item.text[:60] + "…"),
    ("watch", "What to watch", lambda item: item.text[:60] + "…"),
)
# Page one's text, and how the list of edits names it when the analyst changed it.
EDITABLE_TEXTS = (("title", "Title"), ("subtitle", "Subtitle"), ("bottom_line", "Bottom line"))
MAX_FIGURE_ROWS = 10
MAX_SHORT_FIGURE_ROWS = 6  # a short article's table, which shares page two with the rest
MIN_SHORT_FIGURE_ROWS = 4  # and no fewer, when it would run onto a third page
MAX_PULL_QUOTES = 4
MIN_PULL_QUOTES = 2  # a short article keeps this many when its briefing runs long
MIN_PULL_WORDS = 8


class Exhibits:
    """Numbers the charts in the order they appear."""

    def __init__(self) -> None:
        self.count = 0

    def add(self, document, chart: Chart | None) -> None:
        if chart is not None:
            self.count += 1
            blocks.chart(document, chart, self.count)


def roadmap(
    document,
    briefing: Briefing,
    chart: Chart | None,
    exhibits: Exhibits,
    *,
    chart_last: bool = False,
) -> None:
    """The plan: a timeline, then each phase with its horizon and actions.

    Where several organisations plan, each phase names whose it is; a past stage says "done".

    Args:
        chart_last: the timeline after the table, for a roadmap that starts in the room
            left on page one: the table's rows fill it, and the chart opens page two.
    """
    if not briefing.phases:
        return
    blocks.heading(document, "Strategy roadmap")
    if not chart_last:
        exhibits.add(document, chart)
    lanes = len({p.organisation for p in briefing.phases}) > 1
    rows = [
        (
            f"{n}. {sentence_case(p.title)}"
            + (f" ({p.organisation})" if lanes and p.organisation else ""),
            (one_line(p.horizon) or "not given") + (" (done)" if p.done else ""),
            list(p.actions) or ["—"],
        )
        for n, p in enumerate(briefing.phases, 1)
    ]
    blocks.table(
        document,
        [("Phase", 0.34), ("Horizon", 0.16), ("Actions", 0.50)],
        rows,
        bold_first_column=True,
    )
    if chart_last:
        exhibits.add(document, chart)


def figure_order(briefing: Briefing) -> list[Figure]:
    """The key figures first, in page one's order, then the others in article order."""
    pinned = briefing.pinned_figures()
    return pinned + [f for f in briefing.figures if f not in pinned]


def table_figures(briefing: Briefing, rows: int) -> list[Figure]:
    """The figures table's rows: the key figures, then those that say what they measure, rows
    at most. A figure with nothing to say what it measures ("7.4 per cent" alone) tells an
    executive nothing; it goes to the appendix with the rest."""
    pinned = briefing.pinned_figures()
    return [f for f in figure_order(briefing) if f in pinned or one_line(f.about)][:rows]


def appendix_figures(briefing: Briefing, rows: int) -> list[Figure]:
    """Every figure the table (table_figures, given the same rows) leaves out, in order."""
    shown = table_figures(briefing, rows)
    return [f for f in figure_order(briefing) if not any(f is s for s in shown)]


def _figure_rows(briefing: Briefing, figures: Sequence[Figure]) -> Sequence[tuple[str, ...]]:
    # Made row by row as the table shows them: a conversion looks over the whole briefing,
    # and the table keeps only limits.MAX_TABLE_ROWS of thousands.
    return limits.LazyRows(
        figures,
        lambda f: (
            sentence_case(f.about) or "—",
            one_line(f.text),
            " ".join(part for part in (figure_value(f), figure_unit(f)) if part and part != "—")
            or "—",
            conversion(f, briefing) or "—",
        ),
    )


FIGURE_COLUMNS = [("What it measures", 0.34), ("As reported", 0.24), ("Value", 0.22),
                  ("Conversion", 0.20)]  # fmt: skip


def market_figures(
    document,
    briefing: Briefing,
    charts: Sequence[Chart],
    exhibits: Exhibits,
    rows: int = MAX_FIGURE_ROWS,
):
    """The key figures and the next ones (rows at most) with what each measures; the charts.

    The rest are listed in the appendix (appendix, given the same rows).
    """
    if not briefing.figures:
        return
    blocks.heading(document, "Market figures")
    shown = table_figures(briefing, rows)
    blocks.table(document, FIGURE_COLUMNS, _figure_rows(briefing, shown), bold_first_column=True)
    rest = len(briefing.figures) - len(shown)
    more = f" {counted(rest, 'more figure')} in the appendix." if rest > 0 else ""
    blocks.note(document, AS_REPORTED + " Conversions are the article's own." + more)
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


def _words(text: str) -> int:
    return len(one_line(text).split())


def pull_quotes(briefing: Briefing, most: int = MAX_PULL_QUOTES) -> list[Quote]:
    """The four (or most) strongest direct quotations, in article order: of the people
    quoted most, of substance (eight words or more), and never a fragment."""
    counts = Counter(q.speaker or q.source for q in briefing.quotes)
    candidates = [
        q
        for q in briefing.quotes
        if q.kind == "direct"
        and _words(q.text) >= MIN_PULL_WORDS
        and one_line(q.text)[:1].isupper()
    ]
    candidates.sort(
        key=lambda q: (
            q.speaker is None and q.source is None,
            -counts[q.speaker or q.source],
            -min(_words(q.text), 30),
            q.first_span or (0, 0),
        )
    )
    chosen = candidates[:most]
    return sorted(chosen, key=lambda q: q.first_span or (0, 0))


def _attribution(briefing: Briefing, quote: Quote) -> str:
    if quote.speaker:
        return role_line(briefing.person_named(quote.speaker), quote.speaker)
    return one_line(quote.source) or UNKNOWN_SPEAKER


def what_they_said(document, briefing: Briefing, most: int = MAX_PULL_QUOTES) -> list[Quote]:
    """The strongest quotations (most at most) as pull quotes; every other statement goes to
    the appendix.

    Returns:
        The quotes shown here.
    """
    chosen = pull_quotes(briefing, most)
    if not chosen:
        return []
    blocks.heading(document, "What they said")
    for quote in chosen:
        blocks.pull_quote(document, quote.text, _attribution(briefing, quote))
    return chosen


def appendix(
    document,
    briefing: Briefing,
    shown_quotes: Sequence[Quote],
    figure_rows: int = MAX_FIGURE_ROWS,
) -> None:
    """Every figure beyond the table's figure_rows, and every statement not pulled out."""
    figures = appendix_figures(briefing, figure_rows)
    statements = [q for q in briefing.quotes if not any(q is s for s in shown_quotes)]
    if not figures and not statements:
        return
    blocks.heading(document, "Appendix")
    if statements:
        blocks.heading(document, "All statements", level=2)
        statements, left_out = limits.first_rows(statements, limits.MAX_LIST_ITEMS)
        for quote in statements:
            words = one_line(quote.text)
            if quote.kind == "reported":
                words = sentence_case(words)
            else:
                words = f"“{words.strip('“”')}”"
            who = one_line(quote.speaker) or one_line(quote.source) or UNKNOWN_SPEAKER
            blocks.bullet(document, words, lead=who)
        if left_out:
            blocks.note(document, limits.left_out_note(left_out, "statements"))
    if figures:
        blocks.heading(document, "All other figures", level=2)
        blocks.table(
            document, FIGURE_COLUMNS, _figure_rows(briefing, figures), bold_first_column=True
        )


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
    texts = [
        title
        for attribute, title in EDITABLE_TEXTS
        if getattr(briefing, f"generated_{attribute}")
        and getattr(briefing, attribute) != getattr(briefing, f"generated_{attribute}")
    ]
    if texts:
        found.append(("Page one", texts))
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
    known = bool(one_line(article.title) or source_parts(article))
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
        f"which reads the article ({words}) and finds the people, organisations, quotes, "
        "figures, phases and ties it states, each traced to its sentences. Nothing is added "
        "from outside it: figures, roles and quotes are as reported, not verified."
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
