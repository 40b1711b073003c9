"""Rows of a table for the clipboard: tab-separated text, an HTML table, Markdown, quotations."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, QMimeData, Qt

from desktop.domain.model import UNKNOWN_SPEAKER


def _cell(model: QAbstractItemModel, row: int, column: int) -> str:
    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def table_cells(model: QAbstractItemModel, rows: list[int]) -> tuple[list[str], list[list[str]]]:
    """The headers and the shown text of the given rows of model (a view's own model)."""
    columns = range(model.columnCount())
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    return headers, [[_cell(model, row, c) for c in columns] for row in rows]


def as_tsv(headers: list[str], rows: list[list[str]]) -> str:
    """Tab-separated lines, headers first; a tab or line break inside a cell becomes a space.

    Example: (["Name", "Role"], [["Jane Roe", "chief executive"]]) ->
    "Name\\tRole\\nJane Roe\\tchief executive\\n".
    """

    def clean(text: str) -> str:
        return " ".join(text.replace("\t", " ").split())

    return "".join("\t".join(clean(c) for c in line) + "\n" for line in [headers, *rows])


def as_html(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table, which Word, Excel and mail paste as a table; line breaks kept."""

    def cell(tag: str, text: str) -> str:
        return f"<{tag}>{html.escape(text).replace(chr(10), '<br>')}</{tag}>"

    head = "<tr>" + "".join(cell("th", h) for h in headers) + "</tr>"
    body = "".join("<tr>" + "".join(cell("td", c) for c in line) + "</tr>" for line in rows)
    return f"<table border='1' cellspacing='0' cellpadding='4'>{head}{body}</table>"


def as_markdown(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown (GitHub) table; pipes escaped, line breaks as <br>.

    Example: (["Name"], [["A|B"]]) -> "| Name |\\n| --- |\\n| A\\\\|B |\\n".
    """

    def clean(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", "<br>").strip()

    lines = [headers, ["---"] * len(headers), *rows]
    return "".join("| " + " | ".join(clean(c) for c in line) + " |\n" for line in lines)


def rows_mime(headers: list[str], rows: list[list[str]]) -> QMimeData:
    """Both forms at once: an application takes the richest it understands."""
    mime = QMimeData()
    mime.setText(as_tsv(headers, rows))
    mime.setHtml(as_html(headers, rows))
    return mime


def quote_citation(quote, briefing) -> str:
    """A quote as it is cited in a document: “We are ready” — Jane Roe, Chief executive, Acme.

    Reported speech keeps no quotation marks; a quote without a named person gives the
    source the article names, or "Unknown speaker".
    """
    words = quote.text if quote.kind == "reported" else f"\u201c{quote.text}\u201d"
    person = briefing.person_named(quote.speaker) if briefing is not None else None
    who = quote.speaker or getattr(quote, "source", None) or UNKNOWN_SPEAKER
    parts = [who]
    if person is not None:
        if person.role:
            parts.append(person.role[:1].upper() + person.role[1:])
        if person.organisation:
            parts.append(person.organisation)
    return f"{words} \u2014 {', '.join(parts)}"


def quotations_mime(quotes: list, briefing) -> QMimeData:
    """Quotes as citations, one paragraph each, as plain text and HTML."""
    lines = [quote_citation(q, briefing) for q in quotes]
    mime = QMimeData()
    mime.setText("\n\n".join(lines) + "\n")
    mime.setHtml("".join(f"<p>{html.escape(line)}</p>" for line in lines))
    return mime
