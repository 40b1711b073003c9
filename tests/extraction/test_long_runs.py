"""Long runs with no sentence end, and many quotes in one paragraph, cost time in proportion.

Each helper that keeps the engine linear is compared with the plain form it replaces,
on made-up text, so a rule can change without knowing the trick.
"""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Article
from desktop.extraction import analyze_text
from desktop.extraction.attribution import QUOTE_VERB as _VERB
from desktop.extraction.attribution import Attributor as _Attributor
from desktop.extraction.context import Document
from desktop.extraction.people import find_people
from desktop.extraction.quotations import find_quotations
from desktop.extraction.sentences import MAX_SENTENCE_CHARS, cut_run_on, split_sentences


def test_a_run_on_sentence_is_cut_at_spaces_within_the_limit():
    text = "word " * 1000  # 5,000 characters and no sentence end
    spans = cut_run_on(text, 0, len(text.rstrip()), limit=2000)
    assert [s.end - s.start for s in spans] == [1999, 1999, 999]
    assert all(text[s.start] == "w" and text[s.end - 1] == "d" for s in spans)


def test_a_run_with_no_space_is_cut_at_the_limit():
    spans = cut_run_on("x" * 45, 0, 45, limit=20)
    assert [(s.start, s.end) for s in spans] == [(0, 20), (20, 40), (40, 45)]


def test_news_sentences_are_never_cut():
    sentence = "Anna Berg, the chief executive of Acme, said the plan would take years. "
    text = sentence * 3
    assert len(split_sentences(text)) == 3
    assert max(s.end - s.start for s in split_sentences("a " * 5000)) <= MAX_SENTENCE_CHARS


WORDS = ["Anna Berg", "said", "he", "told", "“Yes,”", "“No.”", "the", "plan", ".", ",", "\n"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_last_verb_between_is_the_last_verb_the_plain_scan_finds(words):
    text = " ".join(words)
    att = _Attributor(Document(Article(text=text)), find_people(Document(Article(text=text))))
    for end in (i for i, ch in enumerate(text) if ch == "“"):
        for start in range(0, end, 7):
            plain = list(_VERB.finditer(text, start, end))
            found = att.last_verb_between(start, end)
            assert (found and found.span()) == (plain[-1].span() if plain else None)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_paragraph_speaker_read_on_agrees_with_reading_from_the_start(words):
    text = " ".join(words)
    doc = Document(Article(text=text))
    att = _Attributor(doc, find_people(doc))
    for offset in range(0, len(text), 3):
        assert att.paragraph_speaker(doc, offset) == att.paragraph_speaker_plain(doc, offset)


def test_a_lone_single_opening_mark_does_not_hide_a_later_quotation():
    text = "It was ‘odd and ‘strange here.\nShe said ‘fine’ today."
    found = [text[q.inner.start : q.inner.end] for q in find_quotations(text)]
    assert found == ["fine"]


def test_many_quotes_in_one_paragraph_keep_their_speakers():
    text = "Anna Berg said: “Yes, we will.” “No, we will not.” “We may sell it.”\n"
    assert [(q.speaker, q.text) for q in analyze_text(text).quotes] == [
        ("Anna Berg", "Yes, we will."),
        ("Anna Berg", "No, we will not."),
        ("Anna Berg", "We may sell it."),
    ]


def _seconds(text: str) -> float:
    start = time.process_time()
    analyze_text(text)
    return time.process_time() - start


def test_64k_characters_of_curly_quotes_take_seconds_not_minutes():
    # Before: 15.6 s (every quote read its whole sentence, and the paragraph, again).
    assert _seconds("“a” " * 16_000) < 4.0


def test_64k_characters_of_lone_single_quotes_take_seconds_not_minutes():
    # Before: 2.3 s at 64K and x3.4 per doubling (each mark looked for a closer to the end).
    assert _seconds("‘a " * 48_000) < 2.0


NAMES = ["Anna Berg", "Anna Lee Berg", "Anna B. Berg", "Bo Chan", "Bo Lee Chan", "Cy Dee", "Anna",
         "Pieter van der Walt", "Van der Walt", "Van Walt", "Anna van Berg",
         "Van Berg"]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(NAMES), max_size=12))
def test_people_grouped_by_lookup_as_by_search(candidates):
    from desktop.extraction.people import _group_people, _group_people_plain

    assert _group_people(candidates) == _group_people_plain(candidates)


def test_an_article_of_thousands_of_people_takes_seconds():
    # Before: grouping names and their employers compared each person with every other
    # (128K characters of distinct people: 1.2 s, x3 per doubling); phases picked each
    # sentence's steps from all steps (128K of dated plans: 4.3 s, x3.8 per doubling).
    names = "".join(
        f"Mr. X{a}{b} Y{a}{b}, chief executive of Z{a}{b} Corp, said sales rose. "
        for a in "abcdefghijklmnopqrstuvwxyz"
        for b in "abcdefghijklmnopqrstuvwxyz"
    )
    assert _seconds(names) < 4.0
    assert _seconds("By 2030, the company will build a new plant in Ohio. " * 1200) < 3.0


def test_thousands_of_amounts_of_money_take_seconds():
    # Before: each amount's value in dollars was looked for among all figures
    # (64K characters of "$1.5 billion, ": 5.7 s, x3.5 per doubling).
    assert _seconds("$1.5 billion, " * 4600) < 3.0
