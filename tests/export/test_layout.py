"""How the export fits a briefing to its pages: page one filled, short evidence kept short."""

import datetime as dt
import io
import math
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from desktop.domain.model import Figure, Phase
from desktop.export import blocks, exhibits, layout, page_one, sections
from desktop.export.document import new_document

SHORT_ARTICLE = Path(__file__).parent.parent / "fixtures" / "export" / "short-plant-article.txt"


def test_the_roadmap_follows_page_one_at_full_height_when_there_is_room():
    follow = page_one.follow_on(4.5, True, 2.6)
    assert follow.on_page_one and follow.roadmap_in == 2.6 and not follow.chart_last


def test_the_roadmap_chart_is_never_squeezed_into_the_room_left_on_page_one():
    squeezed = page_one.follow_on(3.7, True, 2.6)  # a tenth short: its table comes first
    assert squeezed.on_page_one and squeezed.chart_last and squeezed.roadmap_in == 2.6


def test_the_roadmap_table_fills_page_one_when_its_chart_does_not_fit():
    follow = page_one.follow_on(2.2, True, 2.6)
    assert follow.on_page_one and follow.chart_last and follow.roadmap_in == 2.6


def test_a_full_page_one_stands_alone():
    assert not page_one.follow_on(1.2, True, 2.6).on_page_one
    assert not page_one.follow_on(1.2, False, 2.6).on_page_one
    assert page_one.follow_on(2.0, False, 2.6).on_page_one


def test_the_roadmap_grows_with_its_phases_up_to_eight():
    two = exhibits.roadmap_height([Phase(title="Import cells"), Phase(title="Build a plant")])
    six = exhibits.roadmap_height([Phase(title="Build")] * 6)
    eight = exhibits.roadmap_height([Phase(title="Build")] * 8)
    assert 1.6 < two < six < eight
    assert six - two == pytest.approx(2 * (eight - six))  # a row each
    assert exhibits.roadmap_height([Phase(title="Build")] * 12) == eight
    # A title cut to two lines takes no more room than a short one: the bar and its
    # horizon are as tall.
    long_titles = [Phase(title="Open a second bakery near the river and hire its first staff")] * 2
    assert exhibits.roadmap_height(long_titles) == pytest.approx(two)


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
    # Four to six figures in the table, the rest in the appendix; the roadmap's table,
    # started on page one, without its chart.
    tables = [t for t in document.tables if t.cell(0, 0).text == "What it measures"]
    shown, rest = len(tables[0].rows) - 1, len(tables[1].rows) - 1
    assert sections.MIN_SHORT_FIGURE_ROWS <= shown <= sections.MAX_SHORT_FIGURE_ROWS
    assert shown + rest == len(briefing.figures)
    assert not any("Timeline" in s._inline.docPr.get("descr") for s in document.inline_shapes)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings.index("Strategy roadmap") < headings.index("Market figures")


def _exhibits(briefing) -> list[str]:
    from desktop.export.word import build_docx

    data = build_docx(briefing, analyst="Jane Analyst", prepared_on=dt.date(2026, 3, 4))
    document = docx.Document(io.BytesIO(data))
    return [shape._inline.docPr.get("descr") for shape in document.inline_shapes]


def test_a_short_briefings_figure_chart_gives_way_when_it_would_run_to_a_third_page(
    short_document, monkeypatch
):
    briefing, _ = short_document
    monkeypatch.setattr(layout, "SHORT_PAGES", 5.0)
    roomy = _exhibits(briefing)
    assert len(roomy) == 1 and roomy[0].startswith("Growth and shares")
    monkeypatch.undo()
    assert _exhibits(briefing) == []  # the estimate is over two pages: the table says it


def test_a_one_phase_roadmap_has_no_timeline():
    from desktop.domain import Article, Briefing

    follow = page_one.Follow(on_page_one=False, roadmap_in=2.0)
    one = Briefing(Article(text="x"), phases=[Phase(title="Open a plant")])
    two = Briefing(Article(text="x"), phases=[Phase(title="Open a plant"), Phase(title="Sell")])
    assert not exhibits.wants_roadmap_chart(one, False, follow)
    assert exhibits.wants_roadmap_chart(two, False, follow)
    assert exhibits.wants_roadmap_chart(two, True, follow)
    started = page_one.Follow(on_page_one=True, roadmap_in=2.0, chart_last=True)
    assert not exhibits.wants_roadmap_chart(two, True, started)  # its table fills page one


def test_the_estimate_counts_lines_spacing_and_pictures():
    document = new_document()
    width = 480.0
    short = document.add_paragraph("Sales rose.", style="Body Text")
    long = document.add_paragraph("Sales rose by a tenth last year. " * 10, style="Body Text")
    one_line = layout.paragraph_points(short, width)
    assert one_line == pytest.approx(10.5 * layout.LINE_EMS * 1.12 + 6, abs=0.05)
    lines = math.ceil(330 / int(width * layout.CHARS_PER_EM / 10.5))
    assert layout.paragraph_points(long, width) == pytest.approx(
        lines * 10.5 * layout.LINE_EMS * 1.12 + 6, abs=0.05
    )
    rows = [("Ada Lovelace", "analyst"), ("Tom Reyes", "a very long role " * 6)]
    made = blocks.table(document, [("Name", 0.5), ("Role", 0.5)], rows)
    assert layout.table_points(made) > 3 * (9 * layout.LINE_EMS + layout.CELL_PADDING_POINTS)
    assert layout.body_points(document, 0) == pytest.approx(
        one_line + layout.paragraph_points(long, 481.9) + layout.table_points(made), rel=0.01
    )


def test_a_figure_that_says_not_what_it_measures_goes_to_the_appendix():
    from desktop.domain import Article, Briefing

    unlabelled = _figure("a", "7.4 per cent")
    labelled = [_figure(str(n), f"{n}%", about=f"Share of region {n}") for n in range(1, 6)]
    briefing = Briefing(Article(text="x"), figures=[unlabelled, *labelled])
    table = sections.table_figures(briefing, 4)
    assert table == labelled[:4]
    assert sections.appendix_figures(briefing, 4) == [unlabelled, labelled[4]]


def test_a_long_short_briefing_gives_way_least_needed_first():
    from desktop.export.compose import Plan
    from desktop.export.word import fewer_exhibits

    chart = blocks.Chart("Growth", b"png", "alt")
    plan = Plan(page_one.Follow(False, 2.0), roadmap=chart, figures=[chart], figure_rows=6)
    steps = [
        (len(p.figures), p.roadmap is not None, p.figure_rows, p.pull_quotes)
        for p in fewer_exhibits(plan)
    ]
    assert steps == [(0, True, 6, 4), (0, False, 6, 4), (0, False, 4, 4), (0, False, 4, 3),
                     (0, False, 4, 2)]  # fmt: skip


def test_a_page_one_that_stands_alone_counts_whole():
    from desktop.export.compose import Composed

    document = new_document()
    document.add_paragraph("Page one", style="Title")
    for _ in range(3):
        document.add_paragraph("Evidence " * 40, style="Body Text")
    count = layout.block_count(document)
    alone = Composed(document, count, 1, page_one_alone=True).pages(700)
    following = Composed(document, count, 1, page_one_alone=False).pages(700)
    assert alone == pytest.approx(1 + layout.body_points(document, 1, count) / 700)
    assert following < 0.5 < 1 < alone
