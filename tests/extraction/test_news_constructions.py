"""General constructions of English news, each pinned on a made-up sentence."""

from __future__ import annotations

from desktop.domain import Article
from desktop.extraction import analyze_text
from desktop.extraction.context import Document
from desktop.extraction.figures import find_figures
from desktop.extraction.furniture import without_furniture


def figures_in(text: str) -> list[tuple]:
    """(text, kind, value, value_max, unit, per) of every figure, in text order."""
    found = find_figures(Document(Article(text=text)))
    return [(f.text, f.kind, f.value, f.value_max, f.unit, f.per) for f in found]


def test_a_range_of_amounts_is_one_figure():
    text = (
        "Harlow Foods expects earnings of $7.40 to $7.80 per share. It will spend "
        "$150 million to $175 million on plants and between $20 million and $30 million on "
        "software."
    )
    assert figures_in(text) == [
        ("$7.40 to $7.80", "money", 7.4, 7.8, "USD", "share"),
        ("$150 million to $175 million", "money", 150_000_000, 175_000_000, "USD", None),
        ("$20 million and $30 million", "money", 20_000_000, 30_000_000, "USD", None),
    ]


def test_a_change_to_an_amount_is_two_figures():
    text = "Sales rose $2 million to $9 million. Costs went from $1 million to $4 million."
    assert [f[0] for f in figures_in(text)] == [
        "$2 million",
        "$9 million",
        "$1 million",
        "$4 million",
    ]


def test_wire_credits_and_link_lists_are_not_the_story():
    text = (
        "Harlow Mills Ltd. will close two plants, cutting 400 jobs.\n\n"
        '"We had no choice," said chief executive Tom Breyer.\n\n'
        "READ MORE: Oak Bank to cut 300 jobs | Ann Smith says Sobeys will grow 20%\n\n"
        "Related:\nDan Ross named CEO of Pine Mills\n\n"
        "The plants will shut in 2025.\n\n"
        "(Reporting by Priya Natarajan in New York; Editing by Mark Ellison)\n"
    )
    briefing = analyze_text(text)
    assert [p.name for p in briefing.people] == ["Tom Breyer"]
    assert [f.text for f in briefing.figures] == ["400 jobs"]
    assert [(q.text, q.speaker) for q in briefing.quotes] == [("We had no choice", "Tom Breyer")]
    assert without_furniture(text)[: text.index("READ")] == text[: text.index("READ")]
    assert len(without_furniture(text)) == len(text)


def test_a_heading_that_merely_starts_like_a_label_stays():
    text = "Read the fine print: Oak Bank fees rose 20%.\nMore or less: 30 stores close."
    assert without_furniture(text) == text


def people_in(text: str) -> list[tuple]:
    """(name, role, organisation) of every person, in the order found."""
    return [(p.name, p.role, p.organisation) for p in analyze_text(text).people]


def test_a_president_of_a_union_does_not_serve_the_country():
    text = (
        "OTTAWA — Canada will raise tariffs on steel. Canada and Mexico are in talks.\n\n"
        "Local 1870 president Dana Whitaker said the members would strike.\n\n"
        "Finance Minister Chrystia Lang said Canada had no choice.\n\n"
        "The club secretary, Joan Pike, declined to comment."
    )
    assert people_in(text) == [
        ("Dana Whitaker", "president", None),
        ("Chrystia Lang", "Finance Minister", "Canada"),
        ("Joan Pike", "secretary", None),
    ]
