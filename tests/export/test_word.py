"""The exported seed briefing, re-opened with python-docx: content, order, form and properties."""

import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from tests.export.conftest import ANALYST, PREPARED_ON

HEADINGS = [
    "Key takeaways",
    "What to watch",
    "Strategy roadmap",
    "Market figures",
    "People",
    "What they said",
    "Organisations and relationships",
    "Appendix",
    "Sources and method",
]
SEED_PEOPLE = {
    "Shenu Agarwal": "Chief Executive Officer",
    "Komal Kareer": "analyst",
    "Narendra Modi": "Prime Minister",
    "Xi Jinping": "President",
    "Gautam Adani": "Billionaire",
    "Sajjan Jindal": "Tycoon",
}


def _table_with_header(document, *header):
    for table in document.tables:
        if tuple(cell.text for cell in table.rows[0].cells) == header:
            return table
    raise AssertionError(f"no table headed {header}")


def _rows(table):
    return [[cell.text for cell in row.cells] for row in table.rows[1:]]


def test_headings_come_in_the_order_of_the_issue(seed_document):
    headings = [p.text for p in seed_document.paragraphs if p.style.name == "Heading 1"]
    assert headings == HEADINGS


def test_page_one_has_the_header_block_bottom_line_and_takeaways(seed_document):
    paragraphs = seed_document.paragraphs
    title = paragraphs[0]
    assert title.style.name == "Title"
    assert "CALB" in title.text and "Ashok Leyland" in title.text
    text = "\n".join(p.text for p in paragraphs)
    assert "Prepared on 26 September 2025 by Jane Analyst" in text
    assert "Figures are as reported in the source." in text
    assert "Alisha Sachdev" in text and "25 September 2025" in text

    # The bottom line is a shaded paragraph under its label, not a one-cell table.
    label = next(i for i, p in enumerate(paragraphs) if p.text == "BOTTOM LINE")
    callout = paragraphs[label + 1]
    assert callout.style.name == "Callout"
    for paragraph in (paragraphs[label], callout):
        shading = paragraph._p.pPr.find(qn("w:shd"))
        assert shading is not None and shading.get(qn("w:fill")) not in (None, "auto")
    assert paragraphs[label].paragraph_format.keep_with_next
    assert callout.text.startswith("Ashok Leyland plans to invest more than 50 billion rupees")
    assert not any(table.cell(0, 0).text == "BOTTOM LINE" for table in seed_document.tables)

    roadmap = next(i for i, p in enumerate(paragraphs) if p.text == "Strategy roadmap")
    page_one = " ".join(p.text for p in paragraphs[:roadmap])
    assert "19 times" in page_one and "50 billion rupees" in page_one


def test_takeaways_are_three_to_five_with_their_numbers_in_bold(seed_document):
    paragraphs = seed_document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Key takeaways")
    takeaways = []
    for paragraph in paragraphs[start + 1 :]:
        if paragraph.style.name != "List Bullet":
            break
        takeaways.append(paragraph)
    assert 3 <= len(takeaways) <= 5
    for paragraph in takeaways:
        if "20-year" in paragraph.text or "19 times" in paragraph.text:
            assert any(run.bold for run in paragraph.runs), paragraph.text


def test_page_one_prints_the_briefings_page_one(seed_briefing, seed_document):
    from desktop.domain.page_one import page_one

    page = page_one(seed_briefing)
    texts = [p.text for p in seed_document.paragraphs]
    assert texts[0] == page.title and texts[1] == page.subtitle
    assert page.bottom_line in texts
    start = texts.index("Key takeaways")
    assert texts[start + 1 : start + 1 + len(page.takeaways)] == page.takeaways
    start = texts.index("What to watch")
    assert texts[start + 1 : start + 1 + len(page.watch)] == page.watch
    strip = seed_document.tables[0]
    assert [cell.paragraphs[0].text for cell in strip.rows[0].cells] == [
        f"{c.qualifier} {c.number}".strip() for c in page.cards
    ]


def test_no_takeaway_repeats_the_bottom_line(seed_briefing, seed_document):
    bullets = [p.text for p in seed_document.paragraphs if p.style.name == "List Bullet"]
    assert seed_briefing.bottom_line not in bullets
    assert not any("50 billion rupees" in b for b in bullets[:5])


def test_figures_beyond_ten_and_other_statements_go_to_the_appendix(seed_briefing, seed_document):
    texts = [p.text for p in seed_document.paragraphs]
    appendix = texts.index("Appendix")
    assert "All statements" in texts[appendix:] and "All other figures" in texts[appendix:]
    pulls = [p for p in seed_document.paragraphs if p.style.name == "Pull Quote"]
    assert 1 <= len(pulls) <= 4
    main = _table_with_header(
        seed_document, "What it measures", "As reported", "Value", "Conversion"
    )
    assert len(main.rows) - 1 == 10
    assert _rows(main)[0][1] == "more than 50 billion rupees"  # the key figure first


def test_the_roadmap_starts_page_two(seed_document):
    roadmap = next(p for p in seed_document.paragraphs if p.text == "Strategy roadmap")
    assert roadmap.paragraph_format.page_break_before


def test_the_roadmap_table_lists_each_phase_with_horizon_and_actions(seed_document):
    rows = _rows(_table_with_header(seed_document, "Phase", "Horizon", "Actions"))
    assert [row[1] for row in rows] == [
        "initially",
        "within two to three years",
        "at least five years",
    ]
    assert rows[0][0] == "1. Importing cells from its Chinese partner"
    assert "importing cells from its Chinese partner" in rows[0][2]


def test_the_people_table_has_the_six_people_with_their_roles(seed_document):
    rows = _rows(_table_with_header(seed_document, "Name", "Role", "Organisation"))
    assert {row[0]: row[1] for row in rows} == SEED_PEOPLE
    assert ["Shenu Agarwal", "Chief Executive Officer", "Ashok Leyland"] in rows


def test_direct_quotes_are_pull_quotes_with_speaker_and_role(seed_document):
    paragraphs = seed_document.paragraphs
    pulls = [
        (p.text, paragraphs[i + 1].text)
        for i, p in enumerate(paragraphs)
        if p.style.name == "Pull Quote"
    ]
    assert pulls == [
        (
            "“We are not really an EV player if 70 per cent of the components come from outside”",
            "— Shenu Agarwal, Chief Executive Officer, Ashok Leyland",
        ),
        (
            "“Given its sheer size and geographical proximity, India is an especially attractive "
            "destination for investment from Chinese auto and battery manufacturers”",
            "— Komal Kareer, analyst, BloombergNEF",
        ),
        (
            "“Process is even more important than technology in the beginning”",
            "— Shenu Agarwal, Chief Executive Officer, Ashok Leyland",
        ),
    ]


def test_reported_statements_are_attributed_bullets(seed_document):
    bullets = [p for p in seed_document.paragraphs if p.style.name == "List Bullet"]
    attributed = [p for p in bullets if p.runs and p.runs[0].bold and p.runs[0].text]
    speakers = {p.runs[0].text for p in attributed}
    assert {"Shenu Agarwal", "Komal Kareer"} <= speakers
    assert any("“do whatever is permissible by the law of the land”" in p.text for p in attributed)


def test_figures_table_gives_values_units_and_conversions(seed_document):
    table = _table_with_header(
        seed_document, "What it measures", "As reported", "Value", "Conversion"
    )
    rows = {row[1]: [row[0], *row[2:]] for row in _rows(table)}
    assert rows["more than 50 billion rupees"] == [
        "Planned investment in seven to 10 years",
        "more than 50,000,000,000 INR",
        "= $563 million",
    ]
    assert rows["$563 million"][1] == "563,000,000 USD"
    assert rows["$563 million"][2] == "converts more than 50 billion rupees"
    assert rows["seven to 10 years"][1] == "7–10 years"
    assert rows["19 times"][1] == "19 times"
    assert rows["70 per cent"][1] == "70 %"


def test_at_least_two_charts_each_with_alt_text(seed_document):
    shapes = seed_document.inline_shapes
    assert len(shapes) >= 2
    for shape in shapes:
        description = shape._inline.docPr.get("descr")
        assert description and len(description) > 20
    descriptions = [shape._inline.docPr.get("descr") for shape in shapes]
    assert any("Timeline of the plan in 3 phases" in d for d in descriptions)
    assert any("more than 50 billion rupees" in d for d in descriptions)


def test_each_chart_is_kept_with_its_caption(seed_document):
    paragraphs = seed_document.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if paragraph._p.xpath(".//wp:inline"):
            caption = paragraphs[index - 1]
            assert caption.style.name == "Caption"
            assert caption.text.startswith("Exhibit ")
            assert caption.style.paragraph_format.keep_with_next


def test_headings_keep_with_what_follows(seed_document):
    for name in ("Heading 1", "Heading 2", "Pull Quote", "Caption"):
        assert seed_document.styles[name].paragraph_format.keep_with_next, name


def test_defined_styles_exist(seed_document):
    names = {style.name for style in seed_document.styles}
    assert {"Title", "Heading 1", "Heading 2", "Body Text", "Pull Quote", "Caption"} <= names
    assert "Briefing Table" in names


def test_tables_repeat_their_header_row_and_rows_do_not_split(seed_document):
    data_tables = seed_document.tables[1:]  # the first is the bottom-line box
    assert len(data_tables) >= 4
    for table in data_tables:
        assert table.style.name == "Briefing Table"
        first = table.rows[0]._tr.trPr
        assert first.find(qn("w:tblHeader")) is not None
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_header_has_title_and_classification_and_footer_has_page_fields(seed_docx):
    with zipfile.ZipFile(seed_docx) as package:
        header = package.read("word/header1.xml").decode()
        footer = package.read("word/footer1.xml").decode()
    assert "CALB" in header and "INTERNAL" in header
    assert '<w:instrText xml:space="preserve"> PAGE </w:instrText>' in footer
    assert '<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>' in footer
    assert footer.count('w:fldCharType="begin"') == 2


def test_core_properties(seed_document):
    props = seed_document.core_properties
    assert props.title == seed_document.paragraphs[0].text
    assert props.author == ANALYST
    assert props.last_modified_by == ANALYST
    assert "CALB" in props.keywords and "Ashok Leyland" in props.keywords
    assert props.subject == seed_document.paragraphs[1].text  # the subtitle
    assert props.created.date().isoformat() == "2025-09-26"
    assert props.content_status == "Internal"


def test_no_python_docx_left_in_any_property(seed_docx):
    with zipfile.ZipFile(seed_docx) as package:
        names = package.namelist()
        for name in ("docProps/core.xml", "docProps/app.xml"):
            text = package.read(name).decode()
            assert "python-docx" not in text.lower(), name
        app = package.read("docProps/app.xml").decode()
    assert "<Application>Briefing Desk</Application>" in app
    assert not any("thumbnail" in name for name in names)
    assert "word/stylesWithEffects.xml" not in names


def _prepared_lines(document) -> list[str]:
    return [p.text for p in document.paragraphs if "Prepared" in p.text]


def test_author_defaults_to_the_accounts_full_name(tmp_path, computer_account):
    from desktop.domain import Article, Briefing
    from desktop.export import export_docx

    computer_account("Jane Doe,Room 4,,", "jdoe")
    path = tmp_path / "b.docx"
    export_docx(Briefing(Article(text="Short.")), path, prepared_on=PREPARED_ON)
    document = docx.Document(str(path))
    assert document.core_properties.author == "Jane Doe"
    lines = _prepared_lines(document)
    assert lines[0] == "Prepared on 26 September 2025 by Jane Doe"
    assert lines[1].startswith("Method. Prepared by Jane Doe on 26 September 2025 with ")


def test_root_is_named_nowhere(tmp_path, computer_account):
    from desktop.domain import Article, Briefing
    from desktop.export import export_docx

    computer_account("root", "root")
    path = tmp_path / "b.docx"
    export_docx(Briefing(Article(text="Short.")), path, prepared_on=PREPARED_ON)
    document = docx.Document(str(path))
    props = document.core_properties
    assert (props.author, props.last_modified_by) == ("", "")  # never "Briefing Desk"
    lines = _prepared_lines(document)
    assert lines[0] == "Prepared on 26 September 2025"
    assert lines[1].startswith("Method. Prepared on 26 September 2025 with Briefing Desk ")
    assert "root" not in "\n".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize(("text", "count"), [("Short.", "(1 word)"), ("Two words.", "(2 words)")])
def test_the_method_note_counts_the_articles_words(tmp_path, text, count):
    from desktop.domain import Article, Briefing
    from desktop.export import export_docx

    path = tmp_path / "b.docx"
    export_docx(Briefing(Article(text=text)), path, analyst=ANALYST, prepared_on=PREPARED_ON)
    method = _prepared_lines(docx.Document(str(path)))[1]
    assert f"which reads the article {count} and finds" in method


def test_letter_paper_and_a4(seed_briefing, seed_document, tmp_path):
    from desktop.export import export_docx

    section = seed_document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    path = tmp_path / "letter.docx"
    export_docx(seed_briefing, path, paper="Letter")
    letter = docx.Document(str(path)).sections[0]
    assert (round(letter.page_width.inches, 2), round(letter.page_height.inches, 2)) == (8.5, 11)
    with pytest.raises(ValueError):
        export_docx(seed_briefing, tmp_path / "x.docx", paper="A5")


def test_fonts_name_an_east_asian_face(seed_document):
    fonts = seed_document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) and fonts.get(qn("w:ascii"))
    assert fonts.get(qn("w:asciiTheme")) is None


def test_progress_is_reported_up_to_done(seed_briefing, tmp_path):
    from desktop.export import export_docx

    seen = []
    export_docx(seed_briefing, tmp_path / "p.docx", progress=lambda f, m: seen.append((f, m)))
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(isinstance(message, str) and message for _, message in seen)


def test_the_schema_check_finds_nothing(seed_docx):
    audit = pytest.importorskip("openxml_audit")
    result = audit.OpenXmlValidator(max_errors=0).validate(seed_docx)
    assert [str(error) for error in result.errors] == []
