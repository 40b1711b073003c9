"""The headless commands (analyze, and later export): an article in, text or JSON out, no Qt."""

from __future__ import annotations

import json
import sys
import textwrap
from typing import TextIO

from desktop.domain import Briefing
from desktop.domain.headlines import counted
from desktop.domain.model import UNKNOWN_SPEAKER
from desktop.domain.page_one import page_one
from desktop.domain.serialization import FILE_SUFFIX, BriefingFileError, load_briefing
from desktop.fileio import describe_os_error

PROGRAM = "briefing-desk"
EXIT_OK = 0
EXIT_USAGE = 2  # also for unreadable input: the user has something to fix, not the program
SUMMARY_WIDTH = 100


class CommandError(Exception):
    """A failure the user can fix; its message is printed as one line, without a traceback."""


def open_briefing(source: str) -> Briefing:
    """Load a saved .briefing.json, or read and analyse an article (path, "-" or URL).

    Raises:
        CommandError: the source cannot be read, is empty, or is not an article.
    """
    try:
        if source.lower().endswith(FILE_SUFFIX):
            return load_briefing(source)
        # Imported here so that --version, saved briefings and the window do not wait for them.
        from desktop.extraction import analyze_article
        from desktop.ingest import IngestError, load_article

        try:
            article = load_article(source)
        except IngestError as error:
            raise CommandError(_one_line(str(error))) from error
        report_notes(article.notes)
        return analyze_article(article)
    except BriefingFileError as error:
        raise CommandError(_one_line(str(error))) from error
    except OSError as error:
        raise CommandError(describe_os_error(error, source)) from error


def report_notes(notes: list[str], stream: TextIO | None = None) -> None:
    """What the user should know about how the article was read, one line each on stderr."""
    for note in notes:
        print(f"{PROGRAM}: note: {_one_line(note)}", file=stream or sys.stderr)


def analyze(source: str, as_json: bool, out: TextIO | None = None) -> int:
    """`analyze ARTICLE [--json]`: print the briefing as the contract JSON or as a summary.

    Raises:
        CommandError: see open_briefing.
    """
    out = out or sys.stdout
    briefing = open_briefing(source)
    if as_json:
        out.write(json.dumps(briefing.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(format_summary(briefing))
    out.flush()
    return EXIT_OK


def _one_line(message: str) -> str:
    return " ".join(message.split()) or "unknown error"


def format_number(value: float) -> str:
    """A figure's value for people: 50000000000.0 -> "50,000,000,000", 2.5 -> "2.5"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def _figure_value(figure) -> str:
    if figure.value is None:
        return "—"
    # A year is a name, not a quantity: 2035, never "2,035".
    number = (lambda v: f"{v:g}") if figure.kind == "year" else format_number
    text = number(figure.value)
    if figure.value_max is not None:
        text += f"–{number(figure.value_max)}"
    if figure.unit == "year":
        text += " year" if figure.value == 1 and figure.value_max is None else " years"
    elif figure.unit:
        text += f" {figure.unit}"
    return text


def _section(lines: list[str], title: str, items: list, rows: list[str]) -> None:
    """A titled block: rows under "Title (number of items)", or "Title: none found"."""
    lines.append("")
    lines.append(f"{title} ({len(items)})" if items else f"{title}: none found")
    lines.extend(rows)


def _wrap(text: str, first: str = "  ", rest: str = "    ") -> list[str]:
    return textwrap.wrap(
        text, SUMMARY_WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    ) or [first.rstrip()]


def _quote_rows(briefing: Briefing) -> list[str]:
    rows = []
    for quote in briefing.quotes:
        # Reported speech is not the speaker's words, so it gets no quotation marks.
        words = quote.text if quote.kind == "reported" else f"“{quote.text}”"
        who = quote.speaker or quote.source or UNKNOWN_SPEAKER  # an organisation, "officials"
        rows.extend(_wrap(f"{who} ({quote.kind}): {words}"))
    return rows


def _figure_rows(briefing: Briefing) -> list[str]:
    width = min(max((len(f.text) for f in briefing.figures), default=0), 40)
    return [
        f"  {figure.text:<{width}}  {figure.kind:<8}  {_figure_value(figure)}".rstrip()
        for figure in briefing.figures
    ]


def _phase_rows(briefing: Briefing) -> list[str]:
    rows = []
    for number, phase in enumerate(briefing.phases, 1):
        horizon = f" ({phase.horizon})" if phase.horizon else ""
        rows.extend(_wrap(f"{number}. {phase.title}{horizon}", "  ", "     "))
        for action in phase.actions:
            rows.extend(_wrap(f"- {action}", "     ", "       "))
    return rows


def format_summary(briefing: Briefing) -> str:
    """A plain-text summary of a briefing for a terminal, wrapped at SUMMARY_WIDTH columns."""
    article = briefing.article
    page = page_one(briefing)
    lines = [page.title]
    if page.subtitle:
        lines.extend(_wrap(page.subtitle, "", ""))
    if page.source:
        lines.append(" · ".join(page.source))
    lines.append(counted(article.word_count, "word"))
    if page.bottom_line:
        lines.append("")
        lines.append("Bottom line")
        lines.extend(_wrap(page.bottom_line))
    if page.cards:
        rows = []
        for card in page.cards:
            number = f"{card.qualifier} {card.number}".strip()
            about = f" ({card.about})" if card.about else ""
            rows.extend(_wrap(f"{number} — {card.phrase}{about}"))
        _section(lines, "Key figures", page.cards, rows)

    people = []
    for person in briefing.people:
        about = ", ".join(part for part in (person.role, person.organisation) if part)
        people.extend(_wrap(f"{person.name} — {about}" if about else person.name))
    _section(lines, "People", briefing.people, people)

    organisations = []
    for org in briefing.organisations:
        also = f" (also: {', '.join(org.aliases)})" if org.aliases else ""
        organisations.extend(_wrap(f"{org.name} [{org.kind}]{also}"))
    _section(lines, "Organisations", briefing.organisations, organisations)

    _section(lines, "Quotes", briefing.quotes, _quote_rows(briefing))
    _section(lines, "Figures", briefing.figures, _figure_rows(briefing))
    _section(lines, "Phases", briefing.phases, _phase_rows(briefing))

    if briefing.relationships:
        rows = []
        for rel in briefing.relationships:
            terms = f": {rel.terms}" if rel.terms else ""
            rows.extend(_wrap(f"{rel.source} — {rel.target} ({rel.kind}{terms})"))
        _section(lines, "Relationships", briefing.relationships, rows)

    takeaways = [row for t in briefing.takeaways for row in _wrap(f"- {t.text}", "  ", "    ")]
    _section(lines, "Takeaways", briefing.takeaways, takeaways)
    watch = [row for text in page.watch for row in _wrap(f"- {text}", "  ", "    ")]
    _section(lines, "What to watch", page.watch, watch)
    return "\n".join(lines) + "\n"
