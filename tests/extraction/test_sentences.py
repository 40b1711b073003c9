"""Sentence splitting around abbreviations, initials and quotation marks."""

import pytest

from desktop.extraction.sentences import split_sentences


def sentences(text: str, start: int = 0) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text, start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reliance Industries Ltd. and the JSW Group are among them. India needs more.",
            ["Reliance Industries Ltd. and the JSW Group are among them.", "India needs more."],
        ),
        (
            "He works at Acme Ltd. The company grew 5%.",
            ["He works at Acme Ltd.", "The company grew 5%."],
        ),
        (
            "It counts on CALB Group Co. to help. CALB agreed.",
            ["It counts on CALB Group Co. to help.", "CALB agreed."],
        ),
        (
            "He toured Contemporary Amperex Technology Co.'s plant. It was big.",
            ["He toured Contemporary Amperex Technology Co.'s plant.", "It was big."],
        ),
        (
            "They met at the Aug. 31 meeting. Ties improved.",
            ["They met at the Aug. 31 meeting.", "Ties improved."],
        ),
        (
            "The U.S. economy grew 2.5% last year. It slowed in the U.S. The Fed held rates.",
            [
                "The U.S. economy grew 2.5% last year.",
                "It slowed in the U.S.",
                "The Fed held rates.",
            ],
        ),
        (
            "Mr. Smith and Mrs. Jones met Dr. Brown. They talked.",
            ["Mr. Smith and Mrs. Jones met Dr. Brown.", "They talked."],
        ),
        (
            "J. K. Rowling met John F. Kennedy Jr. at noon. Nobody believed it.",
            ["J. K. Rowling met John F. Kennedy Jr. at noon.", "Nobody believed it."],
        ),
        (
            "Shares rose to Rs. 120 crore. The index fell.",
            ["Shares rose to Rs. 120 crore.", "The index fell."],
        ),
    ],
    ids=[
        "Ltd-and",
        "Ltd-The",
        "Co-to",
        "Co-possessive",
        "Aug-31",
        "U.S.",
        "Mr-Mrs-Dr",
        "initials",
        "Rs",
    ],
)
def test_abbreviations(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We start small.” Then he left.", ["“We start small.”", "Then he left."]),
        (
            "“It works,” she said. “Really?” he asked.",
            ["“It works,” she said.", "“Really?” he asked."],
        ),
        ("He said: 'Go now.' The room emptied.", ["He said: 'Go now.'", "The room emptied."]),
        ('"Yes." She smiled.', ['"Yes."', "She smiled."]),
    ],
    ids=["curly", "said-asked", "single", "straight"],
)
def test_quotes_ending_a_sentence(text, expected):
    assert sentences(text) == expected


def test_a_line_break_always_ends_a_sentence():
    assert sentences("Deal signed\nAcme Ltd.\nIt grew") == ["Deal signed", "Acme Ltd.", "It grew"]


def test_spans_are_trimmed_and_skip_text_before_start():
    text = "date 2025-09-25 By A. Writer\n\n  First one.  Second one.  \n"
    assert sentences(text, text.index("First")) == ["First one.", "Second one."]


def test_heading_breaks():
    text = "Supportive role Ashok Leyland will make packs."
    spans = split_sentences(text, 0, breaks=[len("Supportive role")])
    assert [text[s.start : s.end] for s in spans] == [
        "Supportive role",
        "Ashok Leyland will make packs.",
    ]


SEED_FIRST_WORDS = [
    "Ashok Leyland Ltd., flagship",
    "India’s second-biggest maker",
    "The automaker will",
    "Ashok Leyland's collaboration with",
    "Reliance Industries Ltd. and",
    "India needs to",
    "While Beijing has",
    "“We are not",
    "The Chennai-based firm,",
    "Ashok Leyland, one of",
    "“Given its sheer",
    "India’s burgeoning electric",
    "Deliberately cautious Initially,",
    "The company’s approach",
    "“Process is even",
    "The two companies",
    "The South Asian",
    "Businesses in India",
    "Billionaire Gautam Adani",
    "Tycoon Sajjan Jindal's",
    "Supportive role Ashok",
    "The company also",
    "It sees the",
    "The ultimate ambition",
]


def test_seed_article(seed_text):
    body = sentences(seed_text, seed_text.index("Ashok Leyland Ltd., flagship"))
    assert len(body) == 24
    assert [s[: len(w)] for s, w in zip(body, SEED_FIRST_WORDS, strict=True)] == SEED_FIRST_WORDS
    assert body[19].endswith("citing people familiar with the matter.")
    assert body[-1].endswith("when the market reaches a tipping point.")


def test_the_word_before_a_stop_is_read_as_the_pattern_would():
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from desktop.extraction.sentences import _word_before

    pattern = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")

    @settings(max_examples=300)
    @given(st.text(alphabet="ab.U S5é\n", max_size=30))
    def check(prefix):
        text = prefix + "."
        stop = len(text) - 1
        found = pattern.search(text, max(0, stop - 20), stop + 1)
        assert _word_before(text, stop) == (found.group(1) if found else None)

    check()


def test_sentence_stops_are_found_as_the_plain_pattern_finds_them():
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from desktop.extraction.sentences import _BOUNDARY

    plain = re.compile(_BOUNDARY.pattern.replace("*+", "*"))

    @settings(max_examples=300)
    @given(st.text(alphabet=list('.!?"”’)] \n(“AbZ5x'), max_size=30))
    def check(text):
        found = [m.span() for m in _BOUNDARY.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]

    check()
