"""Header lines: date lines, bylines and titles recognised, other lines left alone."""

import pytest

from desktop.ingest.metadata import HeaderLine, parse_header_line, title_of


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
