"""WordprocessingML edits python-docx has no API for: fonts, shading, borders, fields, rows."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# The order CT_PPr and CT_RPr children must keep (ECMA-376 part 1, 17.3.1.26 and 17.3.2.28):
# python-docx inserts its own elements in order, and so must these helpers, or Word complains.
_PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
).split()
_RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
_TCPR_ORDER = (
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
    "vAlign hideMark"
).split()


def _insert_ordered(parent, child, order: list[str]) -> None:
    """Put child into parent where the schema's sequence wants it, replacing one of its kind."""
    tag = child.tag.split("}")[1]
    for old in parent.findall(qn(f"w:{tag}")):
        parent.remove(old)
    rank = order.index(tag)
    for index, existing in enumerate(parent):
        name = existing.tag.split("}")[1] if "}" in existing.tag else ""
        if name in order and order.index(name) > rank:
            parent.insert(index, child)
            return
    parent.append(child)


def set_ppr(ppr, child) -> None:
    """Insert a paragraph-property element in schema order."""
    _insert_ordered(ppr, child, _PPR_ORDER)


def set_rpr(rpr, child) -> None:
    """Insert a run-property element in schema order."""
    _insert_ordered(rpr, child, _RPR_ORDER)


def element(tag: str, **attributes: str):
    """A new w: element with w: attributes, e.g. element("shd", val="clear", fill="EEEEEE")."""
    made = OxmlElement(f"w:{tag}")
    for name, value in attributes.items():
        made.set(qn(f"w:{name}"), str(value))
    return made


def set_fonts(rpr, latin: str, east_asian: str, complex_script: str) -> None:
    """Name the font for every script slot, dropping theme fonts that would override them.

    Word picks a slot per character: Latin and Cyrillic use ascii/hAnsi, Chinese, Japanese
    and Korean use eastAsia, Arabic and Hebrew use cs. Naming all four is what lets a
    Chinese name or a Russian quote render in a font that has its letters.
    """
    set_rpr(
        rpr,
        element("rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asian, cs=complex_script),
    )


def shade(owner_pr, fill: str, order: list[str] | None = None) -> None:
    """A solid background colour (hex RRGGBB) on a paragraph or cell property element."""
    shd = element("shd", val="clear", color="auto", fill=fill)
    if order is None:
        set_ppr(owner_pr, shd)
    else:
        _insert_ordered(owner_pr, shd, order)


def shade_cell(cell, fill: str) -> None:
    """A solid background colour on a table cell."""
    _insert_ordered(
        cell._tc.get_or_add_tcPr(),
        element("shd", val="clear", color="auto", fill=fill),
        _TCPR_ORDER,
    )


def cell_borders(cell, **sides: tuple[int, str]) -> None:
    """Borders on a cell: sides like left=(24, "0072B2") give eighths of a point and a colour.

    Sides not named are set to none, so the cell shows only what was asked for.
    """
    borders = element("tcBorders")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            size, colour = sides[side]
            borders.append(element(side, val="single", sz=size, space=0, color=colour))
        else:
            borders.append(element(side, val="nil"))
    _insert_ordered(cell._tc.get_or_add_tcPr(), borders, _TCPR_ORDER)


def cell_margins(cell, top: int, left: int, bottom: int, right: int) -> None:
    """Inner padding of a cell, in twentieths of a point (twips)."""
    margins = element("tcMar")
    for side, size in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        margins.append(element(side, w=size, type="dxa"))
    _insert_ordered(cell._tc.get_or_add_tcPr(), margins, _TCPR_ORDER)


def paragraph_border(ppr, side: str, size: int, colour: str, space: int = 4) -> None:
    """One border line beside a paragraph (side: top, left, bottom, right)."""
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = element("pBdr")
        set_ppr(ppr, borders)
    borders.append(element(side, val="single", sz=size, space=space, color=colour))


def add_field(paragraph, instruction: str, placeholder: str = "1"):
    """A real Word field (PAGE, NUMPAGES ...) in the paragraph: Word and LibreOffice fill it in.

    Args:
        paragraph: where the field goes, after what is already there.
        instruction: the field code, e.g. "PAGE".
        placeholder: the text shown until the field is updated.

    Returns:
        The run holding the placeholder, so callers can style it like its neighbours.
    """
    begin = paragraph.add_run()
    begin._r.append(element("fldChar", fldCharType="begin"))
    code = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    code._r.append(instr)
    separate = paragraph.add_run()
    separate._r.append(element("fldChar", fldCharType="separate"))
    shown = paragraph.add_run(placeholder)
    end = paragraph.add_run()
    end._r.append(element("fldChar", fldCharType="end"))
    return shown


def repeat_header_row(row) -> None:
    """Mark a table row as a header row Word repeats at the top of every page the table spans."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(element("tblHeader"))


def keep_row_together(row) -> None:
    """Forbid a page break inside the row."""
    tr_pr = row._tr.get_or_add_trPr()
    # cantSplit precedes tblHeader in CT_TrPrBase's choice list; both are allowed in any order.
    tr_pr.insert(0, element("cantSplit"))
