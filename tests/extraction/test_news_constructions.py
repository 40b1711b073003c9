"""General constructions of English news, each pinned on a made-up sentence."""

from __future__ import annotations

from desktop.domain import Article
from desktop.extraction.context import Document
from desktop.extraction.figures import find_figures


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
