"""Takeaways: three to five short points, each backed by the sentence it comes from."""

import re
from pathlib import Path

import pytest

from desktop.domain import Article, Briefing
from desktop.extraction import analyze_text
from desktop.extraction.context import Document
from desktop.extraction.takeaways import find_takeaways, shorten

DEV = Path(__file__).resolve().parents[2] / "eval" / "dev"


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def test_seed_takeaways(seed_text):
    briefing = analyze_text(seed_text)
    texts = [t.text for t in briefing.takeaways]
    assert 3 <= len(texts) <= 5
    # The lead is the title and the investment the bottom line, which walks through the
    # plan: the takeaways go on from there rather than say them again.
    assert texts[0].startswith("India’s second-biggest maker of trucks and buses")
    assert any("20-year agreement with CALB" in t for t in texts)
    assert any("grow 19 times by 2035" in t for t in texts)
    assert not any("is banking on" in t for t in texts)
    assert not any("50 billion rupees" in t for t in texts)
    assert not any(t.startswith("Phased plan") for t in texts)
    assert briefing.bottom_line not in texts


def test_a_takeaway_never_repeats_the_sentences_page_one_tells():
    text = (
        "Acme Corp. will invest $2 billion in a new battery plant in Ohio by 2028.\n\n"
        "The plant will employ 1,200 people and make cells for trucks.\n\n"
        "Acme's shares rose 4% on the news, the biggest gain in a year.\n\n"
        "Rivals are building plants of their own in Georgia and Tennessee.\n"
    )
    briefing = analyze_text(text)
    told = {briefing.bottom_line, briefing.title}
    for takeaway in briefing.takeaways:
        assert takeaway.text not in told
        assert "$2 billion" not in takeaway.text


def test_seed_takeaways_rest_on_their_sentences(seed_text):
    briefing = analyze_text(seed_text)
    for takeaway in briefing.takeaways:
        assert takeaway.id.startswith("takeaway-")
        assert takeaway.spans == sorted(takeaway.spans)
        for span in takeaway.spans:
            assert 0 <= span.start < span.end <= len(seed_text)
        evidence = " ".join(seed_text[s.start : s.end] for s in takeaway.spans)
        if takeaway.text.startswith("Phased plan"):
            assert takeaway.spans == sorted(p.spans[0] for p in briefing.phases)
        else:
            assert words(takeaway.text) <= words(evidence)
            assert len(takeaway.text.split()) <= 40
    starts = [t.spans[0].start for t in briefing.takeaways]
    assert starts == sorted(starts)


def test_long_sentences_lose_attribution_then_asides_then_tails():
    attribution = (
        "Acme Corp. will invest $2 billion in a new plant in Ohio that will employ 3,000 people "
        "and make batteries for cars, trucks, buses and grid storage from 2027 onwards, the "
        "company's chief executive officer Jane Doe said in an interview on Monday."
    )
    assert shorten(attribution) == (
        "Acme Corp. will invest $2 billion in a new plant in Ohio that will employ 3,000 people "
        "and make batteries for cars, trucks, buses and grid storage from 2027 onwards."
    )
    aside = (
        "Acme Corp., the flagship of a conglomerate led by the billionaire Smith family of "
        "Ohio, is banking on Globex to help in its ambition of gradually mastering the "
        "technology behind the lithium-ion cells that power electric cars and buses."
    )
    assert shorten(aside) == (
        "Acme Corp. is banking on Globex to help in its ambition of gradually mastering the "
        "technology behind the lithium-ion cells that power electric cars and buses."
    )
    tail = (
        "Acme Corp. will build its first battery plant in the state of Ohio next year with "
        "money from its parent company and two banks, which have lent more than they have "
        "ever lent to a carmaker before."
    )
    assert shorten(tail) == (
        "Acme Corp. will build its first battery plant in the state of Ohio next year with "
        "money from its parent company and two banks."
    )
    short = "Acme Corp. grew 5% last year, the company said."
    assert shorten(short) == short


def test_without_figures_or_ties_the_lead_comes_first():
    text = (
        "The river rose overnight and flooded the old town. Residents left their homes before "
        "dawn. The mayor opened three schools as shelters. Volunteers brought food and "
        "blankets. Rain is forecast to ease by the weekend."
    )
    article = Article(text=text)
    takeaways = find_takeaways(Document(article), Briefing(article=article))
    assert [t.text for t in takeaways][:1] == ["The river rose overnight and flooded the old town."]
    assert len(takeaways) == 3


@pytest.mark.parametrize(
    "text",
    ["", "Short.", "\u202e\u0000“” — ,,, ; 5% $3 billion", "a " * 500 + "."],
)
def test_odd_text_gives_at_most_what_it_has(text):
    article = Article(text=text)
    doc = Document(article)
    takeaways = find_takeaways(doc, Briefing(article=article))
    assert len(takeaways) <= min(5, len(doc.sentences))
    for takeaway in takeaways:
        assert all(0 <= s.start <= s.end <= len(text) for s in takeaway.spans)


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_news_takeaways_are_whole_statements(path):
    takeaways = analyze_text(path.read_text(encoding="utf-8")).takeaways
    assert 1 <= len(takeaways) <= 5
    for takeaway in takeaways:
        assert takeaway.text[:1].isupper() or takeaway.text[:1] in "“\"'"
        assert takeaway.text.count("“") == takeaway.text.count("”")


def test_a_dateline_is_not_part_of_the_takeaway():
    from desktop.extraction.takeaways import shorten

    assert shorten("MUMBAI, 8 July 2025 — Vardhan will spend Rs 5,000 crore.") == (
        "Vardhan will spend Rs 5,000 crore."
    )
    assert shorten("SINGAPORE — Harbourline will invest S$650 million.") == (
        "Harbourline will invest S$650 million."
    )
    assert shorten("The plan — a bold one — works well for Acme.") == (
        "The plan — a bold one — works well for Acme."
    )


def test_a_fragment_is_short_lowercase_or_half_a_quotation():
    from desktop.extraction.takeaways import _fragment

    assert _fragment("Three words only.")
    assert not _fragment("Four words are enough.")
    assert not _fragment("“Four words, quoted,” he said.")
    assert _fragment("lowercase start is no statement here.")
    assert _fragment("An open “quotation runs on and on.")
