"""Reading a figure's clause: the subject of its verb group, noun phrases and periods."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extraction.figure_clauses import (
    _FOLDED_TO_ASCII,
    PERIOD,
    may_hold_period,
    noun_phrase,
    subject_of,
    words_of,
)


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


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(["in", "the", "fourth", "quarter", "of", "2005", "last", "Month", "YEAR"])
        | st.sampled_from(["March", "early", "fiscal", " ", "\t", ",", "ſ", "ı", "sales", "rose"])
        | st.sampled_from(["19", "8", "sp", "ring", "mid", "-", "’", "Qua", "rter", "weeK"]),
        max_size=14,
    ).map("".join),
    st.integers(min_value=0, max_value=4),
)
def test_a_window_said_to_hold_no_period_holds_none(text, start):
    if not may_hold_period(text, start, len(text)):
        assert PERIOD.search(text, start, len(text)) is None


def test_the_letters_ignorecase_folds_onto_ascii_are_all_known():
    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert set(re.findall("[a-z]", others, re.IGNORECASE)) == _FOLDED_TO_ASCII


def test_words_of_makes_the_words_the_plain_constructor_makes():
    from desktop.extraction.figure_clauses import Word

    text = "Acme Inc., the maker, said sales rose 5,000 units - to $4.8 billion (“record”)."
    words = words_of(text, 0, len(text))
    assert words == [Word(*w) for w in words] and all(type(w) is Word for w in words)
    assert [w.text for w in words][:6] == ["Acme", "Inc.", ",", "the", "maker", ","]
    assert words[1].lower == "inc" and words[2].mark and not words[1].mark
