"""The shared views of an article: lowercased text and the sentence sieve."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extraction import phases
from desktop.extraction.context import Document, lowercase
from desktop.ingest.plaintext import parse_plain_text

REPO = Path(__file__).resolve().parents[2]
ARTICLES = sorted((REPO / "eval" / "dev").glob("*.txt")) + [
    REPO / "resources" / "articles" / "ashok-leyland-calb-2025-09-25.txt"
]


def _doc(text: str) -> Document:
    return Document(parse_plain_text(text))


def test_lowercase_keeps_offsets_when_a_letter_would_lengthen():
    text = "İstanbul Deal"
    assert len("İ".lower()) == 2  # the reason for the fallback
    assert lowercase(text) == "İstanbul deal"
    assert lowercase("Acme AGREES") == "acme agrees"


def test_sentences_with_finds_words_in_any_case():
    doc = _doc("Acme will grow.\n\nIt sold cars.\n\nWILL it last? Nobody knows.")
    assert doc.sentences_with(frozenset({"will"})) == {0, 2}
    assert doc.sentences_with(frozenset({"cars", "nobody"})) == {1, 3}
    assert doc.sentences_with(frozenset({"absent"})) == set()
    # Whole words only; a hyphen is a word's edge, as for the patterns it stands in for.
    doc = _doc("Goodwill grew.\n\nIll-will spread.\n\nWillow trees.")
    assert doc.sentences_with(frozenset({"will"})) == {1}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:30])
def test_signal_sieve_keeps_every_sentence_the_pattern_matches(path):
    # The phase finder only searches sentences holding a _SIGNAL_WORDS token; a sentence
    # the full pattern matches must never be sieved out.
    doc = _doc(path.read_text(encoding="utf-8"))
    kept = doc.sentences_with(phases._SIGNAL_STEMS)
    matched = {
        i for i, s in enumerate(doc.sentences) if phases._SIGNAL.search(doc.lowered, s.start, s.end)
    }
    assert matched <= kept


def test_tokens_among_matches_the_written_case():
    doc = _doc("Acme said no.\n\nShe Said yes, said Mr. Lee.")
    found = doc.tokens_among(frozenset({"said"}))
    assert [(t.text, t.sentence) for t in found] == [("said", 0), ("said", 1)]
    assert all(doc.text[t.start : t.end] == "said" for t in found)


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("aZé5_&-'’. ,\n“”$₹ß") + ["İ", "x"]), max_size=40))
def test_tokens_are_what_the_plain_pattern_finds(text):
    import re

    from desktop.extraction.mentions import _TOKEN_PATTERN

    plain = _TOKEN_PATTERN.replace("*+", "*")
    for flags in (0, re.ASCII):
        assert re.findall(_TOKEN_PATTERN, text, flags) == re.findall(plain, text, flags)


_INITIALS_PIECES = st.sampled_from(list("JPUS. ,\n—(") + ["and ", "the ", "by "])


@settings(max_examples=400)
@given(st.lists(_INITIALS_PIECES, max_size=20).map("".join), st.data())
def test_initials_at_a_sentence_end_are_what_the_plain_search_finds(text, data):
    from desktop.domain import Span
    from desktop.extraction.context import _NAME_INITIALS, ends_with_name_initials

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = bool(_NAME_INITIALS.search(text, start, end))
    assert ends_with_name_initials(text, Span(start, end)) == plain


def test_initials_that_end_a_sentence_begin_the_next_name():
    from desktop.domain import Span
    from desktop.extraction.context import ends_with_name_initials

    text = "The economy grew, J.P. Morgan analyst said. Sales rose in the U.S."
    assert ends_with_name_initials(text, Span(0, 22))  # "..., J.P."
    assert not ends_with_name_initials(text, Span(44, len(text)))  # "in the U.S."
