"""How the export fits a briefing to its pages: page one filled, short evidence kept short."""

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from desktop.domain.model import Figure, Phase
from desktop.export import blocks, exhibits, page_one, sections
from desktop.export.document import new_document

SHORT_ARTICLE = Path(__file__).parent.parent / "fixtures" / "export" / "short-plant-article.txt"


def test_the_roadmap_follows_page_one_at_full_height_when_there_is_room():
    follow = page_one.follow_on(4.5, True, 2.6)
    assert follow.on_page_one and follow.roadmap_in == 2.6 and not follow.chart_last


def test_the_roadmap_chart_shrinks_to_the_room_left_on_page_one():
    follow = page_one.follow_on(2.9, True, 2.6)
    assert follow.on_page_one and not follow.chart_last
    assert page_one.MIN_ROADMAP_IN <= follow.roadmap_in < 2.6


def test_the_roadmap_table_fills_page_one_when_its_chart_does_not_fit():
    follow = page_one.follow_on(2.2, True, 2.6)
    assert follow.on_page_one and follow.chart_last and follow.roadmap_in == 2.6


def test_a_full_page_one_stands_alone():
    assert not page_one.follow_on(1.2, True, 2.6).on_page_one
    assert not page_one.follow_on(1.2, False, 2.6).on_page_one
    assert page_one.follow_on(2.0, False, 2.6).on_page_one


def test_the_roadmap_grows_with_its_phases_and_their_titles_up_to_a_cap():
    two = exhibits.roadmap_height([Phase(title="Import cells"), Phase(title="Build a plant")])
    long_titles = [Phase(title="Open a second bakery near the river and hire its first staff")] * 2
    assert two < exhibits.roadmap_height(long_titles)
    assert exhibits.roadmap_height([Phase(title="Build")] * 12) == exhibits.ROADMAP_MAX_IN


def _figure(id_: str, text: str, kind: str = "percent", **kwargs) -> Figure:
    return Figure(id=id_, text=text, kind=kind, value=1.0, **kwargs)


def test_a_chart_must_add_to_the_key_figures_strip():
    share = _figure("a", "18%")
    other = _figure("b", "7%")
    third = _figure("c", "30%")
    assert not exhibits.adds_to_strip([share, other], [share, other])  # the strip again
    assert not exhibits.adds_to_strip([third], [share])  # a single number
    assert exhibits.adds_to_strip([share, third], [share])
    money = _figure("m", "$5 bn", "money")
    converted = _figure("n", "€4.6 bn", "money", conversion_of="m")
    assert not exhibits.adds_to_strip([money, converted], [])  # one sum in two currencies


def test_a_heading_after_a_table_is_kept_with_what_follows_in_libreoffice_too():
    document = new_document()
    blocks.table(document, [("Name", 1.0)], [("Ada",)])
    blocks.heading(document, "What they said")
    body = [child for child in document.element.body if child.tag != qn("w:sectPr")]
    assert [child.tag.rsplit("}", 1)[1] for child in body] == ["tbl", "p", "p"]
    assert document.paragraphs[-2].text == "" and document.paragraphs[-1].text == "What they said"
    assert document.paragraphs[-2].paragraph_format.line_spacing.pt == 1


@pytest.fixture(scope="module")
def short_document(tmp_path_factory):
    from desktop.export import command, export_docx

    briefing = command.open_briefing(SHORT_ARTICLE)
    path = tmp_path_factory.mktemp("short") / "short-briefing.docx"
    export_docx(briefing, path, analyst="Jane Analyst", prepared_on=dt.date(2026, 3, 4))
    return briefing, path


def test_the_short_article_is_short(short_document):
    briefing, _ = short_document
    assert briefing.article.word_count < exhibits.SHORT_WORDS
    assert len(briefing.figures) > sections.MAX_SHORT_FIGURE_ROWS  # the test has a table to cut


def test_a_short_briefing_keeps_its_evidence_to_a_page(short_document):
    briefing, path = short_document
    document = docx.Document(str(path))
    # Page one has room left: the roadmap follows on it, no section starts a new page.
    assert not any(p.paragraph_format.page_break_before for p in document.paragraphs)
    # Six figures in the table, the rest in the appendix; one chart at most, no taller
    # than the short height; the roadmap's table, started on page one, without its chart.
    figures_table = next(t for t in document.tables if t.cell(0, 0).text == "What it measures")
    assert len(figures_table.rows) == 1 + sections.MAX_SHORT_FIGURE_ROWS
    shapes = document.inline_shapes
    assert len(shapes) <= 1
    for shape in shapes:
        assert shape.height.inches <= exhibits.SHORT_FIGURE_HEIGHT_IN + 0.01
        assert "Timeline" not in shape._inline.docPr.get("descr")
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings.index("Strategy roadmap") < headings.index("Market figures")
