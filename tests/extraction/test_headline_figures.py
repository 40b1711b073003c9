"""Which figures lead a made-up story: the title's, the lede's and the sentence after."""

from __future__ import annotations

from desktop.extraction.context import Document
from desktop.extraction.figures import find_figures
from desktop.ingest.plaintext import parse_plain_text


def heads(text: str) -> list[tuple[str, bool]]:
    figures = find_figures(Document(parse_plain_text(text)))
    return [(f.text, f.headline) for f in figures if f.kind != "year"]


def test_where_the_lede_restates_the_title_the_next_sentence_leads_too():
    text = (
        "Dorsey sales jump 8%\n\nDorsey Outdoor Inc. reported an 8% jump in sales on "
        "Wednesday.\n\nNet income came to $41 million, or 22 cents a share, for the period."
        "\n\nDorsey also hired 90 staff.\n"
    )
    assert heads(text) == [
        ("8%", True), ("8%", True), ("$41 million", True),
        ("22 cents", False), ("90 staff", False),
    ]  # fmt: skip


def test_where_the_lede_adds_to_the_title_the_next_sentence_does_not_lead():
    text = (
        "Pellam to cut 900 jobs\n\nPellam said on Monday it would cut 900 jobs and sell "
        "40% of its stores.\n\nIt earned $80 million last year.\n"
    )
    assert heads(text) == [
        ("900 jobs", True), ("900 jobs", True), ("40%", True), ("$80 million", False),
    ]  # fmt: skip


def test_the_start_of_a_change_does_not_lead():
    text = (
        "Lund widens credit line\n\nLund will raise its credit line with Norbank from "
        "$5 billion to $9 billion.\n"
    )
    assert heads(text) == [("$5 billion", False), ("$9 billion", True)]


def test_a_figure_far_below_the_first_one_does_not_lead():
    text = (
        "Lund names new chief\n\nLund said on Monday that Ann Berg will become its chief "
        "after 12 years at the bank.\n\nShe replaces Ola Lie.\n\nThe board met on Friday.\n\n"
        "Lund earned $4 billion last year.\n"
    )
    assert heads(text) == [("12 years", True), ("$4 billion", False)]


def test_a_pool_drawn_on_leads_but_a_whole_the_news_is_part_of_does_not():
    pool = (
        "Ministry weighs flood aid\n\nThe ministry may tap part of the $40 billion reserved "
        "for flood defences.\n"
    )
    assert heads(pool) == [("$40 billion", True)]
    whole = "Acme trims dealers\n\nAcme will close 700 dealers, a quarter of its 3,000 dealers.\n"
    assert heads(whole) == [("700 dealers", True), ("3,000 dealers", False)]
