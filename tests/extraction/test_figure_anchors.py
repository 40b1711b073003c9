"""find_anchors finds exactly the places one scan of the text with both patterns finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.extraction.context import Document
from desktop.extraction.figures import find_anchors
from desktop.extraction.figures_patterns import NUMBER_OR_SIGN, WORD_ANCHOR
from desktop.ingest.plaintext import parse_plain_text

REPO = Path(__file__).resolve().parents[2]
ARTICLES = sorted((REPO / "eval" / "dev").glob("*.txt")) + [
    REPO / "resources" / "articles" / "ashok-leyland-calb-2025-09-25.txt"
]
# The definition: both patterns as one alternation, over the whole lowercased text.
ONE_SCAN = re.compile(
    f"{NUMBER_OR_SIGN.pattern}|{WORD_ANCHOR.pattern}".replace("*+", "*").replace("?+", "?")
)


def _both(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    doc = Document(parse_plain_text(text))
    expected = [(m.start(), m.group()) for m in ONE_SCAN.finditer(doc.lowered)]
    return find_anchors(doc.lowered), expected


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:30])
def test_the_same_anchors_as_one_scan_on_real_articles(path):
    found, expected = _both(path.read_text(encoding="utf-8"))
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Third Quarter\n\nSales rose twenty-one per cent to $5 million in the first half.",
        "The covid19million fund, x_million and émillion are odd; 5million is not.",
        "It is the world's second-largest maker. One&Only, AT&T and one’s share.",
        "Two Years On Sales grew three-fold, by half, twice: the best since 2019.",
        "Fifteenths and fifteenth; ﬁrst, İkinci one.",
        "Sales of ٣ million and ２０２５ units, up 5% — in ₹ and $.",
    ],
)
def test_the_same_anchors_as_one_scan_on_awkward_words(text):
    found, expected = _both(text)
    assert found == expected
    assert found  # each has anchors to find


WORDS = st.sampled_from(
    ["one", "two", "third", "million", "billion", "best", "half", "twice", "first", "most"]
    + ["Twenty", "-", "'", "’s", "&", ".", ",", "5", "1,000", "$", "₹", "#", "é", "_", "x"]
    + [" ", " ", " ", "\n", "\n\n", "Acme", "said", "İ", "ß", "٣", "２"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40).map("".join))
def test_the_same_anchors_as_one_scan_on_any_mix(text):
    found, expected = _both(text)
    assert found == expected
