"""Building blocks the sections are made of: headings, bullets, tables, the callout, charts."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor

from desktop.export import limits, ooxml
from desktop.export.document import (
    ACCENT,
    BAND_FILL,
    CALLOUT_FILL,
    HEADER_FILL,
    TABLE_STYLE,
    text_width,
)
from desktop.export.xml_text import one_line

BULLET_INDENT = Mm(3.5)
CALLOUT_INDENT = Mm(4)


@dataclass
class Chart:
    """A chart ready for the page: PNG data, the caption above it and its alt text."""

    caption: str
    png: bytes
    alt_text: str
    width_share: float = 1.0  # of the text width


def heading(document, text: str, level: int = 1, *, new_page: bool = False):
    """A section heading (kept with what follows), optionally starting a new page."""
    if _ends_with_table(document):
        spacer(document)
    paragraph = document.add_paragraph(one_line(text), style=f"Heading {level}")
    if new_page:
        paragraph.paragraph_format.page_break_before = True
    return paragraph


def _ends_with_table(document) -> bool:
    body = document.element.body
    last = next((child for child in reversed(body) if child.tag != qn("w:sectPr")), None)
    return last is not None and last.tag == qn("w:tbl")


def spacer(document) -> None:
    """A paragraph one point high between a table and a heading.

    LibreOffice does not keep a paragraph that directly follows a table with the next one,
    so a heading after a table could be left alone at the foot of a page.
    """
    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = 0
    fmt.line_spacing = Pt(1)


def emphasised_runs(paragraph, text: str, emphasis: Sequence[str]) -> None:
    """Add text to a paragraph with every occurrence of the emphasis strings in bold."""
    text = one_line(text)
    wanted = sorted({one_line(e) for e in emphasis if one_line(e)}, key=len, reverse=True)
    if not wanted:
        paragraph.add_run(text)
        return
    # Whole words only: "2035" must not light up inside "20350", nor "biggest" in "biggests".
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in wanted) + r")(?!\w)")
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position : match.start()])
        paragraph.add_run(match.group(0)).bold = True
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:])


def bullet(document, text: str = "", *, lead: str | None = None, emphasis: Sequence[str] = ()):
    """A bulleted paragraph; lead is set in bold before the text ("Speaker: ...")."""
    paragraph = document.add_paragraph(style="List Bullet")
    if lead:
        paragraph.add_run(one_line(lead)).bold = True
        paragraph.add_run(": " if text else "")
    emphasised_runs(paragraph, text, emphasis)
    return paragraph


def callout(document, label: str, text: str) -> None:
    """A shaded box with an accent rule on its left, made of shaded paragraphs (not a
    table), so a screen reader reads it as text; the label is kept with the text."""
    for style, words in (("Callout Label", one_line(label).upper()), ("Callout", one_line(text))):
        paragraph = document.add_paragraph(words, style=style)
        fmt = paragraph.paragraph_format
        fmt.left_indent = CALLOUT_INDENT
        fmt.right_indent = CALLOUT_INDENT
        fmt.keep_together = True
        ppr = paragraph._p.get_or_add_pPr()
        # The same borders on both paragraphs make Word and LibreOffice draw one box.
        ooxml.paragraph_border(ppr, "top", 2, CALLOUT_FILL, space=6)
        ooxml.paragraph_border(ppr, "left", 36, ACCENT, space=10)
        ooxml.paragraph_border(ppr, "bottom", 2, CALLOUT_FILL, space=6)
        ooxml.paragraph_border(ppr, "right", 2, CALLOUT_FILL, space=10)
        ooxml.shade(ppr, CALLOUT_FILL)
        if style == "Callout Label":
            fmt.keep_with_next = True
    document.add_paragraph(style="Note").paragraph_format.space_after = 0


def figure_strip(document, cards: Sequence) -> None:
    """The key figures side by side: each a large number, the words as written, its label.

    A one-row layout table, one cell per figure (cards: domain.headlines.Headline).
    """
    made = document.add_table(rows=1, cols=len(cards))
    made.alignment = WD_TABLE_ALIGNMENT.CENTER
    width = text_width(document)
    _fix_widths(made, [width // len(cards)] * len(cards))
    ooxml.keep_row_together(made.rows[0])
    number_style = document.styles["Key Figure"]
    phrase_style = document.styles["Key Figure Text"]
    label_style = document.styles["Key Figure Label"]
    for cell, card in zip(made.rows[0].cells, cards, strict=True):
        ooxml.shade_cell(cell, BAND_FILL)
        ooxml.cell_borders(cell, top=(18, ACCENT), left=(8, "FFFFFF"), right=(8, "FFFFFF"))
        ooxml.cell_margins(cell, top=100, left=140, bottom=100, right=140)
        number = cell.paragraphs[0]
        number.style = number_style
        if card.qualifier:
            small = number.add_run(one_line(card.qualifier) + " ")
            small.font.size = Pt(10)
            small.bold = False
        number.add_run(one_line(card.number))
        if one_line(card.phrase) and one_line(card.phrase) != one_line(card.number):
            cell.add_paragraph(one_line(card.phrase), style=phrase_style)
        if one_line(card.about):
            about = one_line(card.about)
            cell.add_paragraph(about[:1].upper() + about[1:], style=label_style)
    document.add_paragraph(style="Note").paragraph_format.space_after = 0


Cell = str | Sequence[str]


def table(
    document,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[Cell]],
    *,
    bold_first_column: bool = False,
):
    """A table in the briefing style: header row shaded and repeated, rows that never split.

    Args:
        document: the python-docx Document.
        columns: (header, share of the text width) for each column.
        rows: the cells; a cell is a string, or a list of strings shown as bullets.
        bold_first_column: set the first column in bold (names, phase titles).

    Returns:
        The python-docx Table.
    """
    rows, left_out = limits.first_rows(rows)
    made = document.add_table(rows=1 + len(rows), cols=len(columns))
    made.style = document.styles[TABLE_STYLE]
    _look_at_first_row_only(made)
    made.alignment = WD_TABLE_ALIGNMENT.CENTER
    width = text_width(document)
    _fix_widths(made, [int(width * share) for _, share in columns])

    header = made.rows[0]
    ooxml.repeat_header_row(header)
    ooxml.keep_row_together(header)
    heading_style = document.styles["Table Heading"]
    for cell, (title, _) in zip(header.cells, columns, strict=True):
        # Direct shading as well as the style's: LibreOffice ignores conditional table styles.
        ooxml.shade_cell(cell, HEADER_FILL)
        paragraph = cell.paragraphs[0]
        paragraph.style = heading_style
        paragraph.add_run(one_line(title))

    # Looked up once: python-docx finds styles by name with a linear search.
    text_style = document.styles["Table Text"]
    for index, (row, values) in enumerate(zip(made.rows[1:], rows, strict=True)):
        ooxml.keep_row_together(row)
        for column, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            if index % 2 == 1:
                ooxml.shade_cell(cell, BAND_FILL)
            _fill_cell(text_style, cell, value, bold=bold_first_column and column == 0)
    if left_out:
        note(document, limits.left_out_note(left_out))
    return made


def _look_at_first_row_only(made) -> None:
    """Apply the style's header-row look only (no first-column look, no banding)."""
    look = made._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        return
    values = {"val": "0420", "firstRow": "1", "lastRow": "0", "firstColumn": "0",
              "lastColumn": "0", "noHBand": "1", "noVBand": "1"}  # fmt: skip
    for name, value in values.items():
        look.set(qn(f"w:{name}"), value)


def _fill_cell(text_style, cell, value: Cell, *, bold: bool) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.style = text_style
    if isinstance(value, str):
        run = paragraph.add_run(one_line(value))
        run.bold = bold or None
        return
    items, left_out = limits.first_rows([one_line(item) for item in value if one_line(item)])
    if left_out:
        items = [*items, limits.left_out_note(left_out, "items")]
    for number, item in enumerate(items):
        target = paragraph if number == 0 else cell.add_paragraph(style=text_style)
        target.paragraph_format.left_indent = BULLET_INDENT
        target.paragraph_format.first_line_indent = -BULLET_INDENT
        if number < len(items) - 1:
            target.paragraph_format.space_after = Mm(0.7)
        target.add_run(f"•\t{item}")


def _fix_widths(made, widths: Sequence[int]) -> None:
    """Fixed column widths, written where Word (tcW) and LibreOffice (gridCol) each read them."""
    tbl_pr = made._tbl.tblPr
    layout = ooxml.element("tblLayout", type="fixed")
    existing = tbl_pr.find(qn("w:tblLayout"))
    if existing is not None:
        tbl_pr.remove(existing)
    # tblLayout follows tblW, jc, tblCellSpacing, tblInd and tblBorders, shd; before tblCellMar.
    anchor = tbl_pr.find(qn("w:tblLook"))
    if anchor is not None:
        anchor.addprevious(layout)
    else:
        tbl_pr.append(layout)
    made.autofit = False
    for column, width in zip(made.columns, widths, strict=True):
        column.width = Emu(width)
        for cell in column.cells:
            cell.width = Emu(width)


def pull_quote(document, words: str, attribution: str) -> None:
    """A quotation set large and indented with an accent rule, the speaker beneath it."""
    quote = document.add_paragraph(style="Pull Quote")
    bare = one_line(words).strip("“”\"' ")
    quote.add_run(f"“{bare}”")
    document.add_paragraph(f"— {one_line(attribution)}", style="Quote Attribution")


def chart(document, item: Chart, number: int) -> None:
    """An exhibit: its caption above, the picture kept on the same page, alt text for readers."""
    document.add_paragraph(f"Exhibit {number}. {one_line(item.caption)}", style="Caption")
    paragraph = document.add_paragraph(style="Chart")
    run = paragraph.add_run()
    shape = run.add_picture(
        io.BytesIO(item.png), width=Emu(int(text_width(document) * item.width_share))
    )
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", one_line(item.alt_text))
    doc_pr.set("name", f"Exhibit {number}")


def note(document, text: str) -> None:
    """A small grey line under a table or chart (sources, caveats)."""
    document.add_paragraph(one_line(text), style="Note")


def page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_colour(run, hex_colour: str) -> None:
    run.font.color.rgb = RGBColor.from_string(hex_colour)
