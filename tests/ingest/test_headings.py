"""Headings: none invented across the dev set, standalone and glued-on ones found."""

from pathlib import Path

import pytest

from desktop.ingest.headings import find_headings
from desktop.ingest.plaintext import parse_plain_text

DEV = Path(__file__).resolve().parents[2] / "eval" / "dev"
DEV_ARTICLES = sorted(DEV.glob("*.txt"))

# The section headings the dev articles really have and that the rules accept.
# Everything else (photo captions, "Major general Fuad Basya, ...", source lists)
# must not come out as a heading.
EXPECTED = {
    "GUM_news_expo.txt": ["Displays of charity at event", "Anime"],
    "GUM_news_soccer.txt": [
        "Group F — Sweden 1 – 0 Korea Republic",
        "Group G — Belgium 3 – 0 Panama",
        "Group G — Tunisia 1 – 2 England",
    ],
    "GUM_news_warhol.txt": [
        "University exhibits",
        "Superstars",
        "Warhol's photographic legacy",
        "USI exhibit",
    ],
}

PROSE = "The company said it would start by importing cells and learn to assemble them."


def test_the_dev_set_is_there():
    assert len(DEV_ARTICLES) == 24


@pytest.mark.parametrize("path", DEV_ARTICLES, ids=lambda p: p.stem)
def test_dev_articles_get_no_false_headings(path):
    text = path.read_text(encoding="utf-8")
    article = parse_plain_text(text)
    assert [h.title for h in article.headings] == EXPECTED.get(path.name, [])
    for heading in article.headings:
        assert text[heading.span.start : heading.span.end] == heading.title


def test_standalone_short_line_between_paragraphs():
    text = f"{PROSE}\n\nSupply chain\n\n{PROSE}\n"
    headings = find_headings(text, 0)
    assert [(h.title, h.span.start) for h in headings] == [("Supply chain", len(PROSE) + 2)]


def test_short_first_paragraph_and_runs_of_captions_are_not_headings():
    text = f"Plains of Arafat\n\n{PROSE}\n\nMichael Tien of NPP\n\nAnn Chiang of DAB\n\n{PROSE}\n"
    assert find_headings(text, 0) == []


def test_glued_heading_followed_by_a_sentence_starter():
    text = f"{PROSE}\n\nEarly steps The company will import cells for two years, its chief said.\n"
    headings = find_headings(text, 0)
    assert [h.title for h in headings] == ["Early steps"]
    assert text[headings[0].span.start : headings[0].span.end] == "Early steps"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Major general Fuad Basya, spokesman for the military, said the boat sank on Friday.",
        "Swedish captain Andreas Granqvist won the Man of the Match award after the game.",
        "Volunteer organization Comic Corps of Canada collects donations of comics for kids.",
        "Twitter gave Mohamed the option to come to their company for an internship soon.",
        "Senior researcher Mu Li said the results were worrying for the whole country.",
        "Former president Bill Clinton said the deal would help both countries a great deal.",
    ],
)
def test_titles_roles_and_verbs_before_a_name_are_not_glued_headings(paragraph):
    assert find_headings(f"{PROSE}\n\n{paragraph}\n", 0) == []


def test_glued_heading_needs_an_echo_or_a_sentence_starter():
    # Same shape as "Supportive role Ashok Leyland ...", but nothing shows a new sentence.
    text = f"{PROSE}\n\nQuiet progress Ashok Leyland will make packs for its own buses first.\n"
    assert find_headings(text, 0) == []
    echoed = text.replace("first.", "first, in quiet progress.")
    assert [h.title for h in find_headings(echoed, 0)] == ["Quiet progress"]
