"""The blank briefing document: paper, margins, the styles every section uses, header and footer."""

from __future__ import annotations

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from desktop.export import ooxml
from desktop.export.xml_text import one_line

# Calibri is on every copy of Word; LibreOffice maps it to Carlito (same metrics) when that is
# installed. Chinese, Japanese and Korean fall to the eastAsia slot, Arabic and Hebrew to cs.
LATIN_FONT = "Calibri"
EAST_ASIAN_FONT = "Microsoft YaHei"
COMPLEX_SCRIPT_FONT = "Arial"

INK = "262626"
NAVY = "1F3864"
ACCENT = "0072B2"  # the charts' first colour (Okabe–Ito blue), so text and charts match
MUTED = "5F5F5F"
RULE = "C9D1DC"
CALLOUT_FILL = "EAF1F8"
HEADER_FILL = NAVY
BAND_FILL = "F3F6FA"

PAPER_SIZES = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}
MARGIN = Mm(20)
TABLE_STYLE = "Briefing Table"


def text_width(document) -> int:
    """The width between the margins, in EMU."""
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def new_document(paper: str = "A4"):
    """An empty document on A4 or Letter with the briefing's styles defined.

    Raises:
        ValueError: paper is neither "A4" nor "Letter".
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be A4 or Letter, not {paper!r}")
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = PAPER_SIZES[paper]
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = Mm(9)
    section.footer_distance = Mm(9)
    _drop_unused_styles(document)
    _define_styles(document)
    return document


def _drop_unused_styles(document) -> None:
    """Remove the template's hundred-odd table styles (Light Shading, Medium Grid ...).

    Nothing here uses them, and python-docx finds a style by name with a linear search,
    so every paragraph would otherwise pay for scanning them.
    """
    root = document.styles.element
    for style in root.findall(qn("w:style")):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:styleId")) not in (
            "TableNormal",
            "TableGrid",
        ):
            root.remove(style)


def _reset(style) -> None:
    """Drop the template's formatting (theme fonts and colours) so only ours applies."""
    for tag in ("w:pPr", "w:rPr"):
        for old in style.element.findall(qn(tag)):
            if tag == "w:pPr":
                keep = old.find(qn("w:numPr"))  # bullets stay bullets
                old.clear()
                if keep is not None:
                    old.append(keep)
            else:
                style.element.remove(old)


def _paragraph_style(
    document,
    name: str,
    *,
    size: float,
    colour: str = INK,
    bold: bool = False,
    italic: bool = False,
    before: float = 0,
    after: float = 6,
    line: float = 1.12,
    keep_with_next: bool = False,
    base: str | None = "Normal",
):
    """Create or redefine a paragraph style with explicit fonts, size, colour and spacing."""
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.quick_style = True
    if base and name != base:
        style.base_style = styles[base]
    _reset(style)
    font = style.font
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = RGBColor.from_string(colour)
    ooxml.set_fonts(
        style.element.get_or_add_rPr(), LATIN_FONT, EAST_ASIAN_FONT, COMPLEX_SCRIPT_FONT
    )
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = line
    fmt.keep_with_next = keep_with_next
    fmt.widow_control = True
    return style


def _define_styles(document) -> None:
    """Every style the sections use; direct formatting is kept for one-off emphasis only."""
    doc_defaults = document.styles.element.find(qn("w:docDefaults"))
    default_rpr = doc_defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    ooxml.set_fonts(default_rpr, LATIN_FONT, EAST_ASIAN_FONT, COMPLEX_SCRIPT_FONT)

    _paragraph_style(document, "Normal", size=10.5, after=6, base=None)
    _paragraph_style(document, "Body Text", size=10.5, after=6)
    _paragraph_style(document, "Title", size=22, colour=NAVY, bold=True, after=4, line=1.0)
    _paragraph_style(document, "Subtitle", size=12.5, colour=ACCENT, after=10, line=1.05)
    _paragraph_style(document, "Source Line", size=9, colour=MUTED, after=1, line=1.0)
    heading1 = _paragraph_style(
        document, "Heading 1", size=15, colour=NAVY, bold=True, before=16, after=6,
        line=1.0, keep_with_next=True,
    )  # fmt: skip
    ooxml.paragraph_border(heading1.element.get_or_add_pPr(), "bottom", 6, RULE, space=3)
    ooxml.set_ppr(heading1.element.get_or_add_pPr(), ooxml.element("outlineLvl", val=0))
    heading2 = _paragraph_style(
        document, "Heading 2", size=11.5, colour=NAVY, bold=True, before=10, after=3,
        line=1.0, keep_with_next=True,
    )  # fmt: skip
    ooxml.set_ppr(heading2.element.get_or_add_pPr(), ooxml.element("outlineLvl", val=1))
    _paragraph_style(document, "List Bullet", size=10.5, after=4)
    _paragraph_style(document, "Callout Label", size=9, colour=ACCENT, bold=True, after=0)
    _paragraph_style(document, "Callout", size=11.5, colour=NAVY, after=0, line=1.15)
    _paragraph_style(document, "Key Figure", size=20, colour=ACCENT, bold=True, after=2, line=1.0)
    _paragraph_style(document, "Key Figure Text", size=9, after=2, line=1.05)
    _paragraph_style(document, "Key Figure Label", size=8.5, colour=MUTED, after=0, line=1.05)
    pull = _paragraph_style(
        document, "Pull Quote", size=12, colour=NAVY, italic=True, before=8, after=2,
        line=1.15, keep_with_next=True,
    )  # fmt: skip
    pull.paragraph_format.left_indent = Mm(6)
    pull.paragraph_format.right_indent = Mm(6)
    ooxml.paragraph_border(pull.element.get_or_add_pPr(), "left", 24, ACCENT, space=8)
    attribution = _paragraph_style(document, "Quote Attribution", size=9, colour=MUTED, after=8)
    attribution.paragraph_format.left_indent = Mm(6)
    _paragraph_style(
        document, "Caption", size=9.5, colour=NAVY, bold=True, before=8, after=3,
        keep_with_next=True,
    )  # fmt: skip
    _paragraph_style(document, "Chart", size=10.5, after=6, line=1.0)
    _paragraph_style(document, "Note", size=8.5, colour=MUTED, italic=True, after=8)
    _paragraph_style(document, "Table Text", size=9, after=0, line=1.05)
    _paragraph_style(document, "Table Heading", size=9, colour="FFFFFF", bold=True, after=0)
    _paragraph_style(document, "Header", size=8.5, colour=MUTED, after=0, line=1.0)
    _paragraph_style(document, "Footer", size=8.5, colour=MUTED, after=0, line=1.0)
    _table_style(document)


def _table_style(document) -> None:
    """A table style: rules between rows, the first row shaded, bold, white and repeated.

    Alternate rows are banded by direct shading in blocks.table rather than here, because
    LibreOffice and Word count bands differently and the two would double up.
    """
    styles_element = document.styles.element
    xml = f"""
    <w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="BriefingTable">
      <w:name w:val="{TABLE_STYLE}"/>
      <w:basedOn w:val="TableNormal"/>
      <w:uiPriority w:val="59"/>
      <w:qFormat/>
      <w:pPr><w:spacing w:before="0" w:after="0" w:line="252" w:lineRule="auto"/></w:pPr>
      <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
      <w:tblPr>
        <w:tblBorders>
          <w:top w:val="single" w:sz="8" w:space="0" w:color="{NAVY}"/>
          <w:bottom w:val="single" w:sz="8" w:space="0" w:color="{NAVY}"/>
          <w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
        </w:tblBorders>
        <w:tblCellMar>
          <w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
          <w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
        </w:tblCellMar>
      </w:tblPr>
      <w:tblStylePr w:type="firstRow">
        <w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>
        <w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>
        <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/></w:tcPr>
      </w:tblStylePr>
    </w:style>"""
    styles_element.append(parse_xml(xml))


def add_header_and_footer(document, title: str, classification: str | None) -> None:
    """Header: the briefing's title, and the classification label on the right when given.

    Footer: "Briefing Desk" on the left and "Page X of Y" on the right, as PAGE and NUMPAGES
    fields so every viewer counts the pages itself.
    """
    section = document.sections[0]
    right = text_width(document)

    header = section.header.paragraphs[0]
    header.style = document.styles["Header"]
    header.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
    header.add_run(one_line(title))
    label = one_line(classification)
    if label:
        header.add_run("\t")
        tag = header.add_run(label.upper())
        tag.bold = True
        tag.font.color.rgb = RGBColor.from_string(ACCENT)

    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run("Briefing Desk\tPage ")
    ooxml.add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    ooxml.add_field(footer, "NUMPAGES", "1")
