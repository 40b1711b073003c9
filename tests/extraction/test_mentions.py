"""Tokens as columns, and runs of capitalised words found on them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Span
from desktop.extraction.context import Document
from desktop.extraction.mentions import (
    _ASCII_TOKEN_SPLIT,
    _CALENDAR_WORDS,
    _INITIALS,
    _PARTICLE_HYPHEN,
    _TOKEN_PATTERN,
    NAME_CONNECTORS,
    PERSON_PARTICLES,
    Token,
    find_runs,
    tokenize,
)
from desktop.ingest.plaintext import parse_plain_text

REPO = Path(__file__).resolve().parents[2]
ARTICLES = sorted((REPO / "eval" / "dev").glob("*.txt")) + [
    REPO / "resources" / "articles" / "ashok-leyland-calb-2025-09-25.txt"
]
_ALPHABET = list("aZé5_&-'’. ,\n“”$₹ßİ") + ["Lee", "Ron", "of", "de", "la", "al-Z", "L", "'s", "’s"]
_ALPHABET += ["on", "Friday", "May"]


def _plain_tokens(text: str, sentences: list[Span]) -> list[Token]:
    """The tokens as a finditer and a Token per match would make them."""
    out: list[Token] = []
    pattern = re.compile(_TOKEN_PATTERN)
    for number, sentence in enumerate(sentences):
        for m in pattern.finditer(text, sentence.start, sentence.end):
            word = m.group()
            bare = word.removesuffix("'s").removesuffix("’s")
            first = word[0]
            token = Token(word, m.start(), m.end(), number, len(out), bare, first.isupper(),
                          first.isalpha())  # fmt: skip
            out.append(token)
    return out


def _plain_runs(tokens: list[Token], text: str = "") -> list[tuple[int, ...]]:
    """find_runs as a loop over every Token: the member indices of each run."""

    def name_word(t: Token) -> bool:
        return t.is_word and (t.is_capitalised or bool(_PARTICLE_HYPHEN.match(t.text)))

    runs, i, n = [], 0, len(tokens)
    while i < n:
        if not (tokens[i].is_capitalised and tokens[i].is_word):
            i += 1
            continue
        j, members = i, [tokens[i]]
        possessive = tokens[i].bare != tokens[i].text
        while not possessive and j + 1 < n and tokens[j + 1].sentence == tokens[i].sentence:
            nxt = tokens[j + 1]
            if "_" in text[tokens[j].end : nxt.start]:
                break  # a wire dateline's "_": "DETROIT _ General Motors"
            if name_word(nxt):
                members.append(nxt)
                j += 1
            elif nxt.text == "." and _INITIALS.match(members[-1].text):
                j += 1
                continue
            elif (
                (nxt.text in NAME_CONNECTORS or nxt.text == "-")
                and j + 2 < n
                and name_word(tokens[j + 2])
                and tokens[j + 2].sentence == tokens[i].sentence
                and not (nxt.text == "on" and tokens[j + 2].text in _CALENDAR_WORDS)
            ):
                members += [nxt, tokens[j + 2]]
                j += 2
            elif (
                nxt.text in PERSON_PARTICLES
                and j + 3 < n
                and tokens[j + 2].text in PERSON_PARTICLES
                and name_word(tokens[j + 3])
                and tokens[j + 3].sentence == tokens[i].sentence
            ):
                members += [nxt, tokens[j + 2], tokens[j + 3]]
                j += 3
            else:
                break
            possessive = members[-1].bare != members[-1].text
        runs.append(tuple(t.index for t in members))
        i = j + 1
    return runs


def _sentences(text: str, cuts: list[int]) -> list[Span]:
    """Sentence spans that end at the given cuts (made sorted and inside the text)."""
    points = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [Span(a, b) for a, b in zip(points, points[1:], strict=False)]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join),
    st.lists(st.integers(0, 60), max_size=4),
)
def test_tokens_are_what_a_finditer_finds(text, cuts):
    sentences = _sentences(text, cuts)
    tokens = tokenize(text, sentences)
    assert list(tokens) == _plain_tokens(text, sentences)


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(_ALPHABET), max_size=40).map(" ".join),
    st.lists(st.integers(0, 60), max_size=3),
)
def test_runs_are_what_a_loop_over_every_token_finds(text, cuts):
    sentences = _sentences(text, cuts)
    tokens = tokenize(text, sentences)
    assert [tuple(r.members) for r in find_runs(tokens)] == _plain_runs(list(tokens), text)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:30])
def test_real_articles_tokenize_and_run_as_the_plain_forms(path):
    doc = Document(parse_plain_text(path.read_text(encoding="utf-8")))
    plain = _plain_tokens(doc.text, doc.sentences)
    assert list(doc.tokens) == plain
    assert [tuple(r.members) for r in doc.runs] == _plain_runs(plain, doc.text)


def test_a_token_is_read_by_index_from_the_columns():
    text = "Ashok Leyland's chief met Mr. Lee."
    tokens = tokenize(text, [Span(0, len(text))])
    assert len(tokens) == 8
    third = tokens[1]
    assert (third.text, third.bare, third.start, third.end) == ("Leyland's", "Leyland", 6, 15)
    assert (third.index, third.is_capitalised, third.is_word) == (1, True, True)
    assert tokens[-1] == tokens[7] and tokens[-1].text == "." and not tokens[-1].is_word
    assert [t.text for t in tokens[4:6]] == ["Mr", "."]
    with pytest.raises(IndexError):
        tokens[8]
    with pytest.raises(IndexError):
        tokens[-9]
    assert [t.index for t in tokens.among(frozenset({"met", "Lee", "lee"}))] == [3, 6]


def test_on_before_a_day_or_month_ends_a_name():
    text = "Janet Roe on Tuesday said the Council on Foreign Relations met on May 4."
    doc = Document(parse_plain_text(text))
    assert [r.text for r in doc.runs] == [
        "Janet Roe",
        "Tuesday",
        "Council on Foreign Relations",
        "May",
    ]


def test_a_run_knows_its_words_span_and_possessive():
    text = "Tycoon Sajjan Jindal's JSW Group met L. Ron Hubbard."
    tokens = tokenize(text, [Span(0, len(text))])
    runs = find_runs(tokens)
    assert [r.text for r in runs] == ["Tycoon Sajjan Jindal", "JSW Group", "L Ron Hubbard"]
    first = runs[0]
    assert first.possessive and text[first.start : first.end] == "Tycoon Sajjan Jindal"
    assert first.sentence == 0 and (first.first, first.last) == (0, 2)
    name = first.sub(1)
    assert name.text == "Sajjan Jindal" and name.possessive
    assert first.sub(0, 1).text == "Tycoon" and not first.sub(0, 1).possessive
    assert runs[2].members == [6, 8, 9]  # the initial's full stop is no member


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_the_ascii_pattern_splits_ascii_text_as_the_unicode_one(text):
    assert _ASCII_TOKEN_SPLIT.split(text) == re.split(f"({_TOKEN_PATTERN})", text)


def test_bare_words_are_the_words_without_a_possessive_ending():
    from desktop.extraction.mentions import Tokens

    texts = ["Acme's", "Lee’s", "x’s's", "x's’s", "says", "'s", "s", "Boss", "its"]
    tokens = Tokens(texts, list(range(9)), list(range(1, 10)), [0] * 9)
    plain = [t.removesuffix("'s").removesuffix("’s") for t in texts]
    assert tokens.bares == plain
    assert tokens.bares[:3] == ["Acme", "Lee", "x"]
