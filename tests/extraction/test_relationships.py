"""Ties between organisations: who holds a tie, with whom, of what kind, on what terms."""

import pytest

from desktop.extraction import analyze_text
from desktop.extraction.context import Document
from desktop.extraction.people import find_people
from desktop.extraction.relationships import find_relationships
from desktop.ingest.plaintext import parse_plain_text


def relationships(text: str):
    doc = Document(parse_plain_text(text))
    return find_relationships(doc, find_people(doc, doc.article.author))


def ties(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(r.source, r.target, r.kind, r.terms) for r in relationships(text)]


def test_seed_relationships(seed_text):
    assert ties(seed_text) == [
        ("Ashok Leyland Ltd.", "CALB Group Co.", "agreement", "20-year"),
        ("CALB Group Co.", "Ashok Leyland Ltd.", "supply", None),
        ("Gautam Adani", "BYD", "talks", None),
        (
            "JSW Group",
            "Chery Automobile Co.",
            "agreement",
            "for electric-vehicle technology and components",
        ),
    ]


def test_seed_evidence_names_both_sides(seed_text):
    found = analyze_text(seed_text).relationships
    agreement = found[0]
    first = seed_text[agreement.spans[0].start : agreement.spans[0].end]
    assert "20-year agreement with CALB" in first
    # "as part of its tie-up with CALB" is the same tie, so it joins the agreement.
    assert len(agreement.spans) == 2
    assert "tie-up with CALB" in seed_text[agreement.spans[1].start : agreement.spans[1].end]
    for rel in found:
        assert rel.id.startswith("relationship-")
        for span in rel.spans:
            assert 0 <= span.start < span.end <= len(seed_text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tata Motors Ltd. agreed to buy a 51% stake in Globex Corp. last year.",
            [("Tata Motors Ltd.", "Globex Corp.", "stake", "51%")],
        ),
        (
            "Microsoft Corp. acquired LinkedIn Corp. for $26 billion.",
            [("Microsoft Corp.", "LinkedIn Corp.", "acquisition", "for $26 billion")],
        ),
        (
            "Samsung Electronics Co. supplies memory chips to Apple Inc., analysts said.",
            [("Samsung Electronics Co.", "Apple Inc.", "supply", None)],
        ),
        (
            # The outlet that reports is not a party to the tie.
            "Reuters News said Umbrella Corp. is in talks with Acme Corp. about a merger.",
            [("Umbrella Corp.", "Acme Corp.", "talks", None)],
        ),
        (
            # "which" and "the company" stand for the organisation the article is about.
            "Hooli Inc. makes phones. Hooli Inc. sells them online. The company signed a joint "
            "venture with Initech Ltd. to build batteries.",
            [("Hooli Inc.", "Initech Ltd.", "joint venture", "to build batteries")],
        ),
        (
            "Globex Corp. signed a deal with Initech Ltd. Globex Corp. later signed another "
            "deal with Initech Ltd.",
            [("Globex Corp.", "Initech Ltd.", "deal", None)],
        ),
        (
            # A person named in the sentence before the tie holds it; not one named in the
            # sentence before, nor one named after the tie.
            "Jane Roe spoke on Monday. Later Carla Mendes signed a deal with Initech Ltd. for "
            "parts, Tom Brandt said.",
            [("Carla Mendes", "Initech Ltd.", "deal", "for parts")],
        ),
        # Partnerships with firms nobody names are not relationships.
        ("Reliance Industries Ltd. is pursuing tie-ups with Chinese firms.", []),
        ("", []),
        ("\u202e\u0000 agreement with with stake in “” —", []),
    ],
)
def test_patterns(text, expected):
    assert ties(text) == expected
