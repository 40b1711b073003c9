"""A briefing far longer than a reader can use still exports quickly, summarised and cut."""

from __future__ import annotations

import re
import time

import docx

from desktop.domain import Article, Briefing
from desktop.domain.model import Figure, Takeaway
from desktop.export.limits import MAX_TABLE_ROWS, MAX_TEXT_CHARS, LazyRows, cut_text, first_rows
from desktop.export.word import export_docx


def test_cut_text_keeps_short_text_and_cuts_long_text_at_a_space():
    assert cut_text("Sales rose.") == "Sales rose."
    assert (
        cut_text("word " * 3000, limit=20) == "word word word word … [cut: 14,981 more characters]"
    )
    assert cut_text("x" * 50, limit=20) == "x" * 20 + " … [cut: 30 more characters]"


def test_first_rows_and_lazy_rows_make_only_what_is_shown():
    made = []
    rows = LazyRows(list(range(1000)), lambda n: made.append(n) or (str(n),))
    shown, left_out = first_rows(rows, limit=3)
    assert (shown, left_out, made) == ([("0",), ("1",), ("2",)], 997, [0, 1, 2])
    assert first_rows([1, 2], limit=3) == ([1, 2], 0)


def _figures(count: int) -> list[Figure]:
    return [
        Figure(id=f"figure-{n}", text=f"{n} trucks", kind="count", value=float(n), unit=None)
        for n in range(count)
    ]


def test_a_4861_row_figures_table_and_a_2_million_character_takeaway(tmp_path):
    # Before: LibreOffice could not open either in reasonable time; the conversions
    # column looked over every figure for each, 4,861 x 4,861 times.
    text = "Acme sold trucks. " * 10
    briefing = Briefing(article=Article(text=text, title="Acme sells trucks"))
    briefing.figures = _figures(4861)
    briefing.takeaways = [Takeaway(id="t", text="Acme sold more trucks. " * 87_000)]
    start = time.process_time()
    export_docx(briefing, tmp_path / "long.docx")
    assert time.process_time() - start < 60
    document = docx.Document(str(tmp_path / "long.docx"))
    # Every table is cut to MAX_TABLE_ROWS rows under its header, the long one with a note.
    assert max(len(table.rows) for table in document.tables) == 1 + MAX_TABLE_ROWS
    paragraphs = [p.text for p in document.paragraphs]
    notes = [
        p for p in paragraphs if re.fullmatch(r"… and [\d,]+ more rows, not shown here: .*", p)
    ]
    assert len(notes) == 1  # the appendix's table of 4,861 figures
    longest = max(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for r in t.rows for c in r.cells],
        key=len,
    )
    assert len(longest) < MAX_TEXT_CHARS + 100
    assert "more characters]" in longest
