"""About how tall the built briefing is, from its paragraphs, tables and pictures."""

from __future__ import annotations

import math

from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table
from docx.text.paragraph import Paragraph

# Calibri (Carlito in LibreOffice) sets about two characters to the em, spaces included,
# and a line at single spacing is 1.22 ems high. Enough to tell two pages from three.
CHARS_PER_EM = 2.3
LINE_EMS = 1.22
CELL_PADDING_POINTS = 5.7  # a table cell's top and bottom margins (Briefing Table)
CELL_SIDES_POINTS = 8.5  # and its left and right ones
BORDER_POINTS = 3.0  # a heading's rule, a shaded paragraph's border
# A short article's briefing makes two pages before the appendix. The estimate is within a
# twentieth of a page and errs long (page one counted whole when it stands alone); what
# cannot split leaves room at the foot of a page, so the body is held a little under two:
# 1.95 keeps all 12 made-up and 19 business dev articles at two, with three or four pull
# quotes where 1.9 cut some to two.
SHORT_PAGES = 1.95


def _paragraph_style(paragraph: Paragraph, styles: dict | None):
    """The paragraph's style, looked up once per style in styles: python-docx finds a style
    by a scan of every style in the document, the slow part of an estimate."""
    if styles is None:
        return paragraph.style
    key = paragraph._p.style
    if key not in styles:
        styles[key] = paragraph.style
    return styles[key]


def _style_value(paragraph: Paragraph, name: str, style=None):
    """A paragraph format value: set on the paragraph, else on its style or a base style."""
    value = getattr(paragraph.paragraph_format, name)
    style = paragraph.style if style is None else style
    while value is None and style is not None:
        value = getattr(style.paragraph_format, name)
        style = style.base_style
    return value


def _font_points(style) -> float:
    while style is not None:
        if style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return 11.0


def _line_points(paragraph: Paragraph, size: float, style) -> float:
    spacing = _style_value(paragraph, "line_spacing", style)
    if isinstance(spacing, Length):
        return spacing.pt  # an exact height
    return size * LINE_EMS * (spacing or 1.0)


def paragraph_points(
    paragraph: Paragraph, width_points: float, styles: dict | None = None
) -> float:
    """The height of a paragraph set in width_points: its lines, pictures and spacing.

    A 10.5-point paragraph of 200 characters in 480 points makes three lines of 14.3.

    Args:
        styles: a cache of the document's styles by id, shared by the calls of one estimate.
    """
    style = _paragraph_style(paragraph, styles)
    size = _font_points(style)
    indent = sum(
        (_style_value(paragraph, side, style) or Length(0)).pt
        for side in ("left_indent", "right_indent")
    )
    per_line = max(10, int((width_points - indent) * CHARS_PER_EM / size))
    text = paragraph.text
    pictures = sum(int(extent.get("cy")) / 12700 for extent in paragraph._p.iter(qn("wp:extent")))
    lines = math.ceil(len(text) / per_line) if text else (0 if pictures else 1)
    before = _style_value(paragraph, "space_before", style)
    after = _style_value(paragraph, "space_after", style)
    bordered = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None or (
        style is not None and style.element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None
    )
    return (
        lines * _line_points(paragraph, size, style)
        + pictures
        + (before.pt if before else 0)
        + (after.pt if after else 0)
        + (BORDER_POINTS if bordered else 0)
    )


def table_points(table: Table, styles: dict | None = None) -> float:
    """The height of a table: each row as tall as its tallest cell."""
    widths = [column.width.pt if column.width else 100.0 for column in table.columns]
    total = 0.0
    for row in table.rows:
        tallest = 0.0
        for cell, width in zip(row.cells, widths, strict=False):
            inner = width - CELL_SIDES_POINTS
            tallest = max(tallest, sum(paragraph_points(p, inner, styles) for p in cell.paragraphs))
        total += tallest + CELL_PADDING_POINTS
    return total


def body_points(document, start: int, stop: int | None = None) -> float:
    """The height of the body's blocks start to stop (python indices of its paragraphs and
    tables, the section properties left out), at the document's text width."""
    section = document.sections[0]
    width = (section.page_width - section.left_margin - section.right_margin) / 12700
    blocks = [child for child in document.element.body if child.tag != qn("w:sectPr")]
    total = 0.0
    styles: dict = {}
    for element in blocks[start:stop]:
        if element.tag == qn("w:tbl"):
            total += table_points(Table(element, document._body), styles)
        elif element.tag == qn("w:p"):
            total += paragraph_points(Paragraph(element, document._body), width, styles)
    return total


def block_count(document) -> int:
    """How many paragraphs and tables the body holds so far."""
    return sum(1 for child in document.element.body if child.tag != qn("w:sectPr"))
