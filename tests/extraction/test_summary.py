"""Page one from the facts: title, subtitle, bottom line, key figures and what to watch."""

import datetime as dt
import re

import pytest

from desktop.domain import Article, Briefing, Phase, Span
from desktop.extraction import analyze_text
from desktop.extraction.summary import cleaned_title, news_clause, plan_sentence
from desktop.extraction.when import due_date
from desktop.ingest.plaintext import parse_plain_text

BASE = dt.date(2025, 9, 25)


def test_the_seed_bottom_line_is_made_from_its_facts(seed_text):
    briefing = analyze_text(seed_text)
    assert briefing.bottom_line == (
        "Ashok Leyland plans to invest more than 50 billion rupees ($563 million) in seven to "
        "10 years under a 20-year agreement with CALB. The plan: initially, importing cells "
        "from its Chinese partner; in at least five years, design and develop lithium-ion "
        "cells in India."
    )
    assert briefing.generated_bottom_line == briefing.bottom_line
    first_sentence = seed_text[briefing.article.body_start :].split(".")[0]
    assert not briefing.bottom_line.startswith(first_sentence[:40])


def test_the_seed_watch_list_is_nearest_first(seed_text):
    briefing = analyze_text(seed_text)
    assert [w.text for w in briefing.watch] == [
        "Within two to three years: supply to other automakers",
        "In at least five years: design and develop lithium-ion cells in India",
        "By 2035: demand expected to grow 19 times",
    ]
    dues = [w.due for w in briefing.watch]
    assert dues == sorted(dues)


def test_the_seed_key_figures_lead_with_the_investment(seed_text):
    briefing = analyze_text(seed_text)
    texts = [f.text for f in briefing.pinned_figures()]
    assert texts[0] == "more than 50 billion rupees"
    assert 1 <= len(texts) <= 4


def test_news_clause_names_the_company_and_drops_the_aside_and_purpose():
    sentence = (
        "The Chennai-based firm, as part of its tie-up with Acme, plans to invest "
        "$5 billion in five years to build batteries for buses."
    )
    briefing = Briefing(article=Article(text=sentence))
    from desktop.domain import Figure

    key = Figure(text="$5 billion", kind="money", value=5e9, unit="USD")
    assert news_clause(sentence, "Vardhan", key, briefing) == (
        "Vardhan plans to invest $5 billion in five years"
    )


def test_news_clause_drops_the_report_frame_and_weekday():
    sentence = "Globex announced on Friday that it will close 12 plants, which employ 900."
    briefing = Briefing(article=Article(text=sentence))
    from desktop.domain import Figure

    key = Figure(text="12 plants", kind="count", value=12)
    assert news_clause(sentence, "Globex", key, briefing) == "Globex will close 12 plants"


def test_the_plan_sentence_gives_the_first_and_last_step():
    phases = [
        Phase(title="Import turbines", horizon="initially"),
        Phase(title="Assemble them locally", horizon="by 2027"),
        Phase(title="Design its own turbines", horizon="at least six years"),
    ]
    text = "It will import turbines, assemble them and design turbines."
    assert plan_sentence(phases, text) == (
        "The plan: initially, import turbines; in at least six years, design its own turbines."
    )
    assert plan_sentence(phases[:1], text) == ""
    # A step the bottom line's first sentence already says is not said twice.
    said = "Acme will import turbines from Denmark"
    assert plan_sentence(phases, text, said) == (
        "Next, in at least six years, design its own turbines."
    )


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("DETROIT _ Auto sales fell 5% in May", "Auto sales fell 5% in May"),
        ("NEW YORK (AP) — Stocks rose on Friday", "Stocks rose on Friday"),
        ("Globex cuts 900 jobs | Daily Courier", "Globex cuts 900 jobs"),
        ("Ford - the carmaker - cuts output", "Ford - the carmaker - cuts output"),
    ],
)
def test_a_dateline_wire_tag_or_site_name_is_stripped_from_a_title(title, clean):
    assert cleaned_title(title) == clean


def test_an_untitled_article_with_a_dateline_gets_a_title_without_it():
    briefing = analyze_text(
        "DETROIT _ Auto sales fell 5% in May as buyers waited for lower rates, dealers said.\n\n"
        "Globex sold 120,000 cars in the month, down from 140,000 a year earlier.\n"
    )
    assert not briefing.title.startswith("DETROIT")
    assert briefing.title.startswith("Auto sales fell 5% in May")


@pytest.mark.parametrize(
    ("horizon", "due"),
    [
        ("initially", BASE),
        ("within two to three years", dt.date(2028, 9, 24)),
        ("at least five years", dt.date(2030, 9, 24)),
        ("by 2035", dt.date(2035, 12, 31)),
        ("by June 10", dt.date(2026, 6, 10)),
        ("until October 2007", dt.date(2007, 10, 15)),
        ("by the end of next year", dt.date(2026, 12, 31)),
        ("next month", dt.date(2025, 10, 25)),
        ("in the fall of 2027", dt.date(2027, 10, 15)),
        ("quick and surgical", None),
    ],
)
def test_a_horizon_falls_on_a_date_counted_from_the_article(horizon, due):
    assert due_date(horizon, BASE) == due


def test_watch_items_are_ahead_of_the_article_and_at_most_five():
    article = parse_plain_text(
        "Globex plans to shrink\n\n2025-03-01\n\n"
        "Globex announced in January that it had sold a bus unit.\n\n"
        "The company will close its Ohio plant by June 30, chief executive Ann Lee said.\n\n"
        "A vote on the merger is scheduled for next month, and the deal is expected to "
        "close by the end of next year.\n\n"
        "Sales fell 4% in 2024.\n"
    )
    from desktop.extraction import analyze_article

    briefing = analyze_article(article)
    texts = [w.text for w in briefing.watch]
    assert texts[0] == "Next month: a vote on the merger is scheduled"
    assert texts[1].startswith("By June 30: ") and texts[1].endswith("close its Ohio plant")
    assert any(t.startswith("By the end of next year: ") for t in texts)
    assert not any("January" in t or "2024" in t for t in texts)
    assert len(texts) <= 5
    dues = [w.due for w in briefing.watch]
    assert dues == sorted(dues)


def test_watch_items_rest_on_their_sentences(seed_text):
    briefing = analyze_text(seed_text)
    for item in briefing.watch:
        assert item.id.startswith("watch-")
        for span in item.spans:
            assert isinstance(span, Span) and span.end <= len(seed_text)


def test_the_time_sieve_keeps_every_sentence_with_a_time_phrase(seed_text):
    from pathlib import Path

    from desktop.extraction.context import Document
    from desktop.extraction.watch import _TIME_PHRASE, time_sentences

    business = Path(__file__).resolve().parents[2] / "eval" / "business"
    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted(business.glob("*.txt"))]
    for text in texts:
        doc = Document(parse_plain_text(text))
        plain = {
            doc.sentence_index(m.start())
            for m in _TIME_PHRASE.finditer(doc.text, doc.article.body_start)
            if doc.sentence_at(m.start()) is not None
        }
        assert plain <= set(time_sentences(doc))


def test_the_time_sieve_keeps_what_a_scan_for_time_words_keeps(seed_text):
    from pathlib import Path

    from desktop.extraction.context import Document
    from desktop.extraction.watch import _MONTH_NAMES, time_sentences

    plain_words = re.compile(
        r"(?:19|20)\d\d|(?:" + _MONTH_NAMES + r")\b|spring|summer|fall|autumn|winter"
        r"|week|month|quarter|year"
    )
    made_up = (
        "Acme Corp. said on Monday it would open a plant.\n\n"
        "The midyear review is due. Its Mayor spoke. A shortfall looms.\n\n"
        "Sales rose 12% in 2024. The Marchers left. Output grew in May, the firm said.\n\n"
        "Nothing here. Then a weekend. Biweekly reports follow in Sept"
    )
    business = Path(__file__).resolve().parents[2] / "eval" / "business"
    texts = [made_up, seed_text] + [p.read_text(encoding="utf-8") for p in business.glob("*.txt")]
    for text in texts:
        doc = Document(parse_plain_text(text))
        plain = {}
        for match in plain_words.finditer(doc.text, doc.article.body_start):
            index = doc.sentence_index(match.start())
            if index >= 0 and match.start() < doc.sentences[index].end:
                plain[index] = None
        assert time_sentences(doc) == list(plain)


def test_the_bottom_line_leads_with_the_lede_when_it_carries_the_number():
    text = (
        "Orla to buy Bexley\n\n"
        "Orla Shipping Ltd. plans to take over Bexley Ports Ltd. for roughly $900 million in "
        "stock, the two companies said on Tuesday, as port operators consolidate.\n\n"
        "Bexley investors will get 1.4 Orla shares for each Bexley share, a premium of 19 "
        "percent to Bexley Ports Ltd.'s last close, valuing it at $900 million."
    )
    briefing = analyze_text(text)
    assert briefing.bottom_line.startswith(
        "Orla plans to take over Bexley for roughly $900 million in stock."
    )


def test_a_standfirst_that_names_no_one_gives_way_to_the_lede():
    text = (
        "Steel group turns to hydrogen\n\n"
        "The steelmaker's chief says the group will cut 1,200 jobs while it builds a plant\n\n"
        "Nordvik Steel AB will cut about 1,200 jobs over the next 18 months as it shifts "
        "investment to a hydrogen plant, its chief executive says.\n\n"
        "Net sales at Nordvik Steel AB fell 14 per cent to $980 million in the quarter."
    )
    assert analyze_text(text).bottom_line.startswith("Nordvik Steel AB will cut about 1,200 jobs")


def test_a_described_company_before_its_name_is_dropped_not_doubled():
    sentence = "The US carmaker Globex Motors will close 12 plants next year."
    briefing = Briefing(article=Article(text=sentence))
    from desktop.domain import Figure

    key = Figure(text="12 plants", kind="count", value=12)
    assert news_clause(sentence, "Globex", key, briefing) == (
        "Globex Motors will close 12 plants next year"
    )


def test_a_photo_caption_above_the_lede_is_not_the_news():
    text = (
        "Planners back glassworks upgrade\n\n"
        "Workers load a furnace at the Ferro Glass works. (Jo Dunn / Dunmore Star)\n\n"
        "Dunmore planners voted 5-1 on Tuesday afternoon to allow a $60-million upgrade of the "
        "Ferro Glass Ltd. works, which should create some 200 jobs.\n\n"
        "The upgrade will bring a new furnace to the Ferro Glass Ltd. works by 2027."
    )
    briefing = analyze_text(text)
    assert briefing.bottom_line.startswith("Dunmore planners voted 5-1 to allow a $60-million")
    assert "Workers load" not in briefing.subtitle


def test_the_plan_sentence_tells_dated_steps_in_time_order():
    phases = [
        Phase(title="Start the new plant", horizon="in 2028"),
        Phase(title="Raise $500 million from shareholders", horizon="early next year"),
    ]
    text = "It will start the new plant and raise $500 million from shareholders."
    assert plan_sentence(phases, text, base=BASE) == (
        "The plan: early next year, raise $500 million from shareholders; "
        "in 2028, start the new plant."
    )
    # Without the article's date the article's order stands.
    assert plan_sentence(phases, text).startswith("The plan: in 2028, start the new plant")
