"""Header lines: date lines, bylines and titles recognised, other lines left alone."""

import pytest

from desktop.ingest.metadata import HeaderLine, is_caption, parse_header_line, title_of


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (" date 2025-09-25 By Alisha Sachdev", HeaderLine("2025-09-25", "Alisha Sachdev")),
        ("By Alisha Sachdev", HeaderLine(None, "Alisha Sachdev")),
        ("By: Jane Doe, John Roe and Ann Poe", HeaderLine(None, "Jane Doe, John Roe and Ann Poe")),
        ("Monday, May 18, 2015", HeaderLine("2015-05-18", None)),
        ("Thursday, February 23, 2023", HeaderLine("2023-02-23", None)),
        ("18 May 2015", HeaderLine("2015-05-18", None)),
        ("Published: Sept. 25, 2025", HeaderLine("2025-09-25", None)),
        ("By Alisha Sachdev | September 25, 2025", HeaderLine("2025-09-25", "Alisha Sachdev")),
        ("By Ludwig van Beethoven", HeaderLine(None, "Ludwig van Beethoven")),
    ],
)
def test_header_lines(line, expected):
    assert parse_header_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Major general Fuad Basya, spokesman for the Indonesian military, said so.",
        "By the way, the deal is done",
        "by lowercase person",
        "May 2015",
        "2025-02-30",  # no such day
        "Group F — Sweden 1 – 0 Korea Republic",
        "",
    ],
)
def test_other_lines_are_not_header_lines(line):
    assert parse_header_line(line) is None


def test_title_of():
    assert title_of("Hundreds dead in Hajj stampede") == "Hundreds dead in Hajj stampede"
    assert title_of("# Ashok Leyland bets on CALB #") == "Ashok Leyland bets on CALB"
    assert title_of("The deal was signed on Friday.") is None
    assert title_of("lowercase start is a fragment") is None
    assert title_of(" ".join(["word"] * 21).capitalize()) is None


def test_markdown_emphasised_byline_with_a_date():
    header = parse_header_line("*By Ingrid Halvorsen · 14 March 2025*")
    assert header == HeaderLine(published="2025-03-14", author="Ingrid Halvorsen")


@pytest.mark.parametrize(
    "line",
    [
        "Workers leave the plant in Wayne, Michigan. (AP Photo/Carlos Osorio)",
        "Photo: Acme's new plant outside Pune",
        "A trader on the floor. REUTERS/Jane Doe",
        "File photo of the Acme tower",
        "The new plant. Getty Images",
        "Staff pack parcels at the depot in Leeds. (Ann Marsh / Leeds Ledger)",
        "The mayor at the opening. (Photo by Tom Kerr)",
    ],
)
def test_a_photo_caption_is_recognised(line):
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Acme to close its plant",
        "Photographers gather in Cannes",
        "AP style guide",
        "The pair trades near 1.08 (EUR/USD).",
        "Sales rose (see Table 2 / Figure 3).",
    ],
)
def test_a_headline_is_not_a_caption(line):
    assert not is_caption(line)


def test_a_source_line_names_the_outlet():
    assert parse_header_line("Source: Reuters").source == "Reuters"
    assert parse_header_line("Publication: The Daily Courier").source == "The Daily Courier"
    assert parse_header_line("Sources say Acme will sell") is None


def test_a_title_loses_its_dateline_and_a_caption_is_no_title():
    assert title_of("DETROIT _ Auto sales fall in May") == "Auto sales fall in May"
    assert title_of("NEW YORK (AP) — Stocks slide") == "Stocks slide"
    assert title_of("Workers at the plant (AP Photo/Carlos Osorio)") is None
