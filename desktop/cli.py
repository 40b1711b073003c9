"""The headless commands (analyze, and later export): an article in, text or JSON out, no Qt."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from desktop.domain import Briefing
from desktop.domain.serialization import FILE_SUFFIX, BriefingFileError, load_briefing

PROGRAM = "briefing-desk"
EXIT_OK = 0
EXIT_USAGE = 2  # also for unreadable input: the user has something to fix, not the program


class CommandError(Exception):
    """A failure the user can fix; its message is printed as one line, without a traceback."""


def open_briefing(source: str) -> Briefing:
    """Load a saved .briefing.json, or read and analyse an article (path, "-" or URL).

    Raises:
        CommandError: the source cannot be read, is empty, or is not an article.
    """
    # Imported here so that `--version` and the GUI path do not pay for the engine.
    from desktop.extraction import analyze_article
    from desktop.ingest import IngestError, load_article

    try:
        if source.lower().endswith(FILE_SUFFIX):
            return load_briefing(source)
        return analyze_article(load_article(source))
    except (IngestError, BriefingFileError) as error:
        raise CommandError(_one_line(str(error))) from error
    except OSError as error:
        from desktop.fileio import describe_os_error

        raise CommandError(describe_os_error(error, source)) from error


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
    text = format_number(figure.value)
    if figure.value_max is not None:
        text += f"–{format_number(figure.value_max)}"
    if figure.unit:
        text += f" {figure.unit}"
    return text


def _section(lines: list[str], title: str, rows: list[str]) -> None:
    lines.append("")
    lines.append(f"{title} ({len(rows)})" if rows else f"{title}: none found")
    lines.extend(f"  {row}" for row in rows)


def format_summary(briefing: Briefing) -> str:
    """A plain-text summary of a briefing, for reading in a terminal."""
    article = briefing.article
    lines = [article.title or "(untitled article)"]
    byline = [part for part in (article.author, article.published, article.source) if part]
    if byline:
        lines.append(" · ".join(byline))
    lines.append(f"{article.word_count:,} words")

    people = []
    for person in briefing.people:
        about = ", ".join(part for part in (person.role, person.organisation) if part)
        people.append(f"{person.name} — {about}" if about else person.name)
    _section(lines, "People", people)

    organisations = []
    for org in briefing.organisations:
        also = f" (also: {', '.join(org.aliases)})" if org.aliases else ""
        organisations.append(f"{org.name} [{org.kind}]{also}")
    _section(lines, "Organisations", organisations)

    quotes = [
        f"“{quote.text}” — {quote.speaker or 'unknown speaker'} ({quote.kind})"
        for quote in briefing.quotes
    ]
    _section(lines, "Quotes", quotes)

    width = max((len(f.text) for f in briefing.figures), default=0)
    figures = [
        f"{figure.text:<{width}}  {figure.kind:<8}  {_figure_value(figure)}"
        for figure in briefing.figures
    ]
    _section(lines, "Figures", figures)

    phases = []
    for number, phase in enumerate(briefing.phases, 1):
        horizon = f" ({phase.horizon})" if phase.horizon else ""
        phases.append(f"{number}. {phase.title}{horizon}")
        phases.extend(f"   - {action}" for action in phase.actions)
    lines.append("")
    lines.append(f"Phases ({len(briefing.phases)})" if phases else "Phases: none found")
    lines.extend(f"  {row}" for row in phases)

    relationships = [
        f"{rel.source} — {rel.target} ({rel.kind}{': ' + rel.terms if rel.terms else ''})"
        for rel in briefing.relationships
    ]
    if relationships:
        _section(lines, "Relationships", relationships)

    _section(lines, "Takeaways", [f"- {t.text}" for t in briefing.takeaways])
    return "\n".join(lines) + "\n"
