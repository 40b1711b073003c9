"""Reading a figure's clause: the subject of its verb group, noun phrases and periods."""

from __future__ import annotations

import pytest

from desktop.extraction.figure_clauses import PERIOD, noun_phrase, subject_of, words_of


def subject(text: str) -> str:
    words = words_of(text, 0, len(text))
    found, _verb = subject_of(words)
    return " ".join(w.text for w in found)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Deutsche Bank of Germany lost", "Deutsche Bank of Germany"),
        ("In 2005 it lost", "it"),
        ("The revenue of the company made up", "The revenue of the company"),
        ("Since its launch the store has sold", "the store"),
        (
            "Chrysler and the Japanese Toyota both reported a",
            "Chrysler and the Japanese Toyota both",
        ),
        ("Sales of cars in the US are predicted to have dipped below", "Sales of cars in the US"),
    ],
)
def test_subject_is_read_back_from_the_verb_group(clause, expected):
    assert subject(clause) == expected


def test_no_verb_no_subject():
    assert subject_of(words_of("The record", 0, 10)) == ([], -1)


def test_noun_phrase_carries_through_one_link_and_stops_at_a_period():
    text = "annual dividend in cash in the first quarter"
    words = words_of(text, 0, len(text))
    assert [w.text for w in noun_phrase(words, text=text)] == ["annual", "dividend", "in", "cash"]


@pytest.mark.parametrize(
    "period",
    ["in the fourth quarter of 2005", "last month", "in March", "for the entire year",
     "during the same period of the last year", "by the end of 2010", "in fiscal 2027"],
)  # fmt: skip
def test_periods_as_news_writes_them(period):
    assert PERIOD.fullmatch(period)


def test_short_names_replace_whole_names_only():
    from desktop.extraction.figure_clauses import Names

    names = Names({"Ford Motor": "Ford"})
    assert names.shorten("Ford Motor sales") == "Ford sales"
    assert names.shorten("Ford Motorway tolls") == "Ford Motorway tolls"
