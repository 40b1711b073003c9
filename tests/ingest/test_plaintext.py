"""parse_plain_text: the seed's metadata line and glued headings, dev-set headlines and dates."""

import time
from pathlib import Path

from desktop.ingest.plaintext import parse_plain_text

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "resources" / "articles" / "ashok-leyland-calb-2025-09-25.txt"
DEV = REPO / "eval" / "dev"


def test_seed_metadata_line_gives_date_and_author_and_no_title():
    text = SEED.read_text(encoding="utf-8")
    article = parse_plain_text(text, source="seed.txt")
    assert article.text is text
    assert article.published == "2025-09-25"
    assert article.author == "Alisha Sachdev"
    assert article.title is None
    assert article.source == "seed.txt"
    assert text[article.body_start :].startswith("Ashok Leyland Ltd., flagship of the conglomerate")


def test_seed_glued_headings_are_found_with_exact_spans():
    text = SEED.read_text(encoding="utf-8")
    article = parse_plain_text(text)
    assert [h.title for h in article.headings] == ["Deliberately cautious", "Supportive role"]
    for heading in article.headings:
        assert text[heading.span.start : heading.span.end] == heading.title
    assert text[article.headings[0].span.end :].startswith(" Initially, CALB will supply cells")
    assert text[article.headings[1].span.end :].startswith(" Ashok Leyland will initially make")


def test_dev_article_headline_and_date_line():
    text = (DEV / "GUM_news_asylum.txt").read_text(encoding="utf-8")
    article = parse_plain_text(text)
    assert article.title == "Over 900 asylum seekers rescued off Indonesian coast"
    assert article.published == "2015-05-18"
    assert article.author is None
    assert text[article.body_start :].startswith("On Friday, fishermen rescued over 700")
    # "Major general Fuad Basya, spokesman ..." opens a paragraph but is no heading.
    assert article.headings == []


def test_headline_ending_in_a_quote_is_still_a_title():
    text = (DEV / "GUM_news_korea.txt").read_text(encoding="utf-8")
    article = parse_plain_text(text)
    assert article.title == "North Korea puts military in 'quasi-state of war'"
    assert article.published == "2015-08-21"


def test_title_date_and_byline_lines_all_before_the_body():
    text = "Trucks go electric\n\nMay 3, 2024\nBy Jane Doe and John Roe\n\nThe first paragraph.\n"
    article = parse_plain_text(text)
    assert article.title == "Trucks go electric"
    assert article.published == "2024-05-03"
    assert article.author == "Jane Doe and John Roe"
    assert article.body_start == text.index("The first paragraph.")


def test_first_line_that_ends_like_a_sentence_is_body_not_title():
    text = "Ashok Leyland signed a deal with CALB.\n\nIt will import cells first.\n"
    article = parse_plain_text(text)
    assert article.title is None
    assert article.body_start == 0


def test_a_single_short_line_is_not_taken_as_a_title_of_nothing():
    article = parse_plain_text("Ashok Leyland bets on batteries")
    assert article.title is None
    assert article.body_start == 0


def test_markdown_title_and_section_headings():
    text = (
        "# Ashok Leyland bets on CALB\n\n"
        "The truck maker signed a 20-year agreement with CALB this month.\n\n"
        "## Deliberately cautious\n\n"
        "Initially, CALB will supply cells while Ashok Leyland builds packs.\n"
    )
    article = parse_plain_text(text)
    assert article.text == text
    assert article.title == "Ashok Leyland bets on CALB"
    assert article.body_start == text.index("The truck maker")
    assert [h.title for h in article.headings] == ["Deliberately cautious"]
    span = article.headings[0].span
    assert text[span.start : span.end] == "Deliberately cautious"


def test_crlf_text_is_kept_unchanged():
    text = "Trucks go electric\r\n\r\nMonday, May 18, 2015\r\n\r\nThe body starts here.\r\n"
    article = parse_plain_text(text)
    assert article.text == text
    assert article.title == "Trucks go electric"
    assert article.published == "2015-05-18"
    assert text[article.body_start :].startswith("The body starts here.")


def test_fast_enough_to_run_on_every_analysis():
    seed = SEED.read_text(encoding="utf-8")
    text = seed + "\n\n" + seed[36:2300]  # about 1,000 words
    assert 950 <= len(text.split()) <= 1100
    runs = 200
    started = time.perf_counter()
    for _ in range(runs):
        parse_plain_text(text)
    assert (time.perf_counter() - started) / runs < 0.001


def test_a_dateline_dates_an_article_without_a_date_line():
    article = parse_plain_text(
        "Vardhan to buy Harlow\n\nMUMBAI, 8 July 2025 — Vardhan will spend Rs 5,000 crore.\n"
    )
    assert (article.title, article.published) == ("Vardhan to buy Harlow", "2025-07-08")
    assert parse_plain_text("SINGAPORE — Harbourline will invest.\n").published is None


def test_the_outlet_comes_from_a_source_line_or_the_wire_not_the_file_name():
    article = parse_plain_text(
        "Source: Daily Courier\n\nAcme to cut 900 jobs\n\nBy Jane Roe\n\n"
        "Acme said on Monday it will cut 900 jobs.\n",
        source="jobs.txt",
    )
    assert (article.title, article.source, article.author) == (
        "Acme to cut 900 jobs", "Daily Courier", "Jane Roe",
    )  # fmt: skip
    wire = parse_plain_text(
        "Acme to cut 900 jobs\n\nNEW YORK (Reuters) - Acme said it will cut 900 jobs.\n",
        source="jobs.txt",
    )
    assert wire.source == "Reuters"
    plain = parse_plain_text("Acme to cut jobs\n\nAcme will cut 900 jobs.\n", source="jobs.txt")
    assert plain.source == "jobs.txt"  # nothing else says where it is from


def test_a_caption_above_the_story_is_neither_title_nor_body():
    article = parse_plain_text(
        "Workers leave the plant. (AP Photo/Carlos Osorio)\n\n"
        "Auto sales fall in May\n\nDETROIT _ Auto sales fell 5% in May, dealers said.\n"
    )
    assert article.title == "Auto sales fall in May"
    assert article.text[article.body_start :].startswith("DETROIT _ Auto sales fell")
