"""tails.py reads backwards what the end-anchored patterns it replaces would find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extraction.tails import ADVERBS, adverbs_start, conjunction_start, pronoun_at_end

# The patterns, as the definition.
ADVERBS_PATTERN = re.compile(r"(?:\s+(?:" + "|".join(sorted(ADVERBS)) + r"|\w+day))*\s*$")
AND_PATTERN = re.compile(r",?\s+(?:and|but)\s*$")
PRONOUN_PATTERN = re.compile(r"\b(he|she|He|She)\s*$")

PIECES = st.sampled_from(
    ["also", "later", "on", "once", "Monday", "today", "day", "xday", "Also", "said", "and"]
    + [
        "band",
        "but",
        "rebut",
        "he",
        "she",
        "She",
        "He",
        "the",
        "ashe",
        "x",
        "_",
        "é",
        ",",
        ".",
        "-",
        "(",
    ]
    + [" ", " ", "  ", "\n", "\t"]
)


def _cases(text: str):
    for start in range(0, len(text) + 1):
        for end in range(start, len(text) + 1):
            yield start, end


@settings(max_examples=300)
@given(st.lists(PIECES, max_size=10).map("".join))
def test_as_the_patterns_would_find(text):
    for start, end in _cases(text):
        adverbs = ADVERBS_PATTERN.search(text, start, end)
        assert adverbs_start(text, start, end) == adverbs.start()
        conj = AND_PATTERN.search(text, start, end)
        assert conjunction_start(text, start, end) == (conj.start() if conj else None)
        pronoun = PRONOUN_PATTERN.search(text, start, end)
        expected = (pronoun.start(), pronoun.group(1)) if pronoun else None
        assert pronoun_at_end(text, start, end) == expected


@pytest.mark.parametrize(
    ("text", "adverbs", "conj", "pronoun"),
    [
        ("Mr Lee also on Monday said", 6, None, None),
        ("The chief executive, and", 24, 19, None),
        ("Then she  ", 8, None, (5, "she")),
        ("Ashe", 4, None, None),
        ("Lee praised the deal but", 24, 20, None),
    ],
)
def test_examples(text, adverbs, conj, pronoun):
    end = len(text) - (len(" said") if text.endswith(" said") else 0)
    assert adverbs_start(text, 0, end) == adverbs
    assert conjunction_start(text, 0, len(text)) == conj
    assert pronoun_at_end(text, 0, len(text)) == pronoun


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("Martin Lewis (pictured) ", "Martin Lewis"),
        ("Ann Ruiz (D-Calif.)", "Ann Ruiz"),
        ("Jo Lee", "Jo Lee"),
        ("Jo Lee (a) (b)", "Jo Lee (a)"),
        (
            "Lee (who has led the union for many long years now)",
            "Lee (who has led the union for many long years now)",
        ),
    ],
)
def test_before_aside_skips_one_short_bracketed_aside(words, kept):
    from desktop.extraction.tails import before_aside

    text = words.rstrip()
    assert text[: before_aside(text, 0, len(text))] == kept
