"""Word-list patterns: whole words only, and the same matches as the plain form."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extraction.lexicon import (
    after_non_letter,
    find_literals,
    find_words,
    kept_matches,
    stems,
    whole_words,
    word_pattern,
)

WORDS = ["adding", "added", "and added", "noting", r"invest\w*", "deal"]
TEXTS = [
    "He said so, adding that it was fine, and added that it noted nothing.",
    "Reinvested funds, an investment deal; the ideal dealer invests. noting",
    "deal",
    "",
    "xadding added_ adding",
]


@pytest.mark.parametrize("text", TEXTS)
def test_whole_words_matches_like_a_leading_word_boundary(text):
    plain = re.compile(r"\b(?:" + "|".join(WORDS) + r")\b")
    fast = re.compile(whole_words(WORDS) + r"\b")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_whole_words_sees_the_character_before_a_search_start():
    fast = re.compile(whole_words(["deal"]))
    assert fast.search("ideal", 1) is None
    assert fast.search("a deal", 2).span() == (2, 6)


def test_whole_words_refuses_an_alternative_that_is_not_a_letter():
    with pytest.raises(ValueError):
        whole_words([r"\d+"])


def test_word_pattern_finds_words_and_not_their_insides():
    pattern = re.compile(word_pattern(frozenset({"said", "says", "say"})))
    found = [m.group(1) for m in pattern.finditer("She says, he said; unsaid essays say")]
    assert found == ["says", "said", "say"]


def _regex_for(words: list[str]) -> re.Pattern:
    alternatives = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


TIE = ["agreement", "tie-up", "deal", "joint venture", "acquire*", "invest*", "stake"]


@pytest.mark.parametrize(
    "text",
    [
        "A deal, a joint venture and a tie-up; reinvest, investments, dealer, ideal deal_",
        "deal",
        "stake-holders acquired acquire_ Acquire deal5 déal invested.",
        "",
    ],
)
def test_find_words_finds_what_the_alternation_finds(text):
    expected = [m.span() for m in _regex_for(TIE).finditer(text)]
    assert find_words(text, TIE) == expected


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["deal", "invest", "ment", "joint", " ", "venture", "tie", "-", "up"])
        | st.sampled_from(["_", "é", "5", ".", "x", "stake", "\n"]),
        max_size=12,
    ).map("".join),
    st.integers(min_value=0, max_value=5),
)
def test_find_words_on_any_mix(text, start):
    expected = [m.span() for m in _regex_for(TIE).finditer(text, start)]
    assert find_words(text, TIE, start) == expected


def test_stems_fold_words_that_begin_with_another():
    words = {"plan", "plans", "planning", "aim", "aims", "set", "will", "invest*", "investor"}
    assert stems(words) == {"plan*", "aim*", "set", "will", "invest*"}
    assert stems(["goal", "going"]) == {"goal", "going"}


_SIEVE_WORDS = ["plan", "plans", "planning", "aim", "aiming", "set", "settle", "will"]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from([*_SIEVE_WORDS, "ning", "s", "ed", " ", "-", "_", "x", "\n", "5"]),
        max_size=12,
    ).map("".join)
)
def test_stems_find_every_place_a_word_stands(text):
    # A sieve may keep too much, never too little: every word found is found by its stem.
    starts = {start for start, _end in find_words(text, stems(_SIEVE_WORDS))}
    assert {start for start, _end in find_words(text, _SIEVE_WORDS)} <= starts


_LITERALS = ["year", "ear", "May", "Mayor", "fall"]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from([*_LITERALS, "s", "ly", "mid", " ", "-", "_", "é", "5", "\n"]),
        max_size=12,
    ).map("".join),
    st.integers(min_value=0, max_value=5),
)
def test_find_literals_finds_every_occurrence(text, start):
    # A lookahead finds each place a literal starts, overlapping ones too.
    every = re.compile("(?=(?:" + "|".join(_LITERALS) + "))")
    assert sorted(find_literals(text, _LITERALS, start)) == [
        m.start() for m in every.finditer(text, start) for _ in range(_count_at(text, m.start()))
    ]


def _count_at(text: str, at: int) -> int:
    return sum(text.startswith(literal, at) for literal in _LITERALS)


_PLAN_WORDING = whole_words([r"will(?:\s+not)?", r"plans?\s+to", r"is\s+to", r"to"]) + r"\s+"


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["will", "not", "plan", "plans", "is", "to", " ", "\n", "-", "x", "é"])
        | st.sampled_from(["_", "5", ".", "still"]),
        max_size=14,
    ).map("".join),
    st.integers(min_value=0, max_value=5),
)
def test_the_scan_after_non_letters_finds_what_finditer_finds(text, start):
    plain = re.compile(_PLAN_WORDING)
    after = re.compile(after_non_letter(_PLAN_WORDING))
    first = plain.match(text, start)
    spans = ([first.span()] if first else []) + [m.span(1) for m in after.finditer(text, start)]
    assert kept_matches(spans) == [m.span() for m in plain.finditer(text, start)]
