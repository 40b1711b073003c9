"""Figures: exact spans, kinds, values and units for the seed article and news notations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Article, Span, make_id
from desktop.extraction.context import Document
from desktop.extraction.figures import find_figures
from desktop.extraction.numbers import parse_number

SEED = Path(__file__).resolve().parents[2] / "eval" / "seed"


def figures_in(text: str) -> list[tuple]:
    """(text, kind, value, value_max, unit) of every figure, in text order."""
    found = find_figures(Document(Article(text=text)))
    return [(f.text, f.kind, f.value, f.value_max, f.unit) for f in found]


@pytest.fixture(scope="module")
def seed_figures():
    text = (SEED / "ashok-leyland-calb.txt").read_text(encoding="utf-8")
    return text, find_figures(Document(Article(text=text)))


def test_seed_figures_are_the_gold_figures(seed_figures):
    _, figures = seed_figures
    assert [(f.text, f.kind, f.value, f.value_max, f.unit) for f in figures] == [
        ("third-largest", "rank", 3, None, None),
        ("second-biggest", "rank", 2, None, None),
        ("20-year", "duration", 20, None, "year"),
        ("70 per cent", "percent", 70, None, None),
        ("more than 50 billion rupees", "money", 50_000_000_000, None, "INR"),
        ("$563 million", "money", 563_000_000, None, "USD"),
        ("seven to 10 years", "duration", 7, 10, "year"),
        ("third-largest", "rank", 3, None, None),
        ("19 times", "multiple", 19, None, None),
        ("2035", "year", 2035, None, None),
        ("biggest", "rank", 1, None, None),
        ("two to three years", "duration", 2, 3, "year"),
        ("at least five years", "duration", 5, None, "year"),
    ]


def test_seed_matches_gold_file(seed_figures):
    _, figures = seed_figures
    gold = json.loads((SEED / "ashok-leyland-calb.gold.json").read_text(encoding="utf-8"))
    expected = [
        (g["text"], g["kind"], g["value"], g.get("value_max"), g["unit"]) for g in gold["figures"]
    ]
    assert [(f.text, f.kind, f.value, f.value_max, f.unit) for f in figures] == expected


def test_seed_dollar_amount_converts_the_rupee_amount(seed_figures):
    _, figures = seed_figures
    rupees = next(f for f in figures if f.unit == "INR")
    dollars = next(f for f in figures if f.unit == "USD")
    assert dollars.conversion_of == rupees.id
    assert rupees.conversion_of is None
    assert rupees.qualifier == "more than"
    assert rupees.about == "planned investment in seven to 10 years"


def test_seed_spans_and_ids_point_at_the_text(seed_figures):
    text, figures = seed_figures
    for figure in figures:
        (span,) = figure.spans
        assert text[span.start : span.end] == figure.text
        assert figure.id == make_id("figure", span.start, span.end)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He paid more than 50 billion rupees.", ("more than 50 billion rupees", 5e10, "INR")),
        ("It cost $563 million.", ("$563 million", 563e6, "USD")),
        ("He was released on US$ 20,000 bail.", ("US$ 20,000", 20000, "USD")),
        ("The cost was NZ $ 26 million.", ("NZ $ 26 million", 26e6, "NZD")),
        ("The state approved Rs 5,000 crore.", ("Rs 5,000 crore", 5e10, "INR")),
        ("The budget is ₹2.5 lakh crore.", ("₹2.5 lakh crore", 2.5e12, "INR")),
        ("Siemens paid €1.2bn for it.", ("€1.2bn", 1.2e9, "EUR")),
        ("The club lost £3m last season.", ("£3m", 3e6, "GBP")),
        ("They raised 50 million euros.", ("50 million euros", 5e7, "EUR")),
        ("A grant of USD 10 million.", ("USD 10 million", 1e7, "USD")),
        ("It owes over 422,000 euros in arrears.", ("over 422,000 euros", 422000, "EUR")),
        ("Sales hit 3 billion Australian dollars.", ("3 billion Australian dollars", 3e9, "AUD")),
        ("Exports of ¥500 billion.", ("¥500 billion", 5e11, "JPY")),
    ],
)
def test_money_notations(sentence, expected):
    text, value, unit = expected
    assert figures_in(sentence) == [(text, "money", value, None, unit)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The lender raised N450bn from investors.", ("N450bn", 4.5e11, "NGN")),
        ("Group revenue rose to R12.4 billion.", ("R12.4 billion", 1.24e10, "ZAR")),
        ("The co-operative lent Sh4 billion to farmers.", ("Sh4 billion", 4e9, "KES")),
        ("The port will cost P10 billion.", ("P10 billion", 1e10, "PHP")),
        ("The yard will spend 3.2 tln won on docks.", ("3.2 tln won", 3.2e12, "KRW")),
        ("The joint venture paid Rmb3bn for land.", ("Rmb3bn", 3e9, "CNY")),
        ("The tower cost Dh500 million.", ("Dh500 million", 5e8, "AED")),
        ("The grid needs E£3 billion.", ("E£3 billion", 3e9, "EGP")),
        ("The plan costs 3 billion Egyptian pounds.", ("3 billion Egyptian pounds", 3e9, "EGP")),
        ("We got 200 million Kenyan shillings.", ("200 million Kenyan shillings", 2e8, "KES")),
        ("The mine paid 2 billion cedis in royalties.", ("2 billion cedis", 2e9, "GHS")),
        ("The airline lost TL 5 billion.", ("TL 5 billion", 5e9, "TRY")),
        ("The mill lost SKr840mn.", ("SKr840mn", 8.4e8, "SEK")),
        ("The fund holds NKr2.1tn.", ("NKr2.1tn", 2.1e12, "NOK")),
    ],
)
def test_money_of_local_papers_around_the_world(sentence, expected):
    text, value, unit = expected
    assert figures_in(sentence) == [(text, "money", value, None, unit)]


@pytest.mark.parametrize(
    "sentence",
    ["The R2 engine is quiet.", "Route N7 is shut.", "The P3 trial ended.", "Model R5 sold well."],
)
def test_a_lone_letter_before_a_number_without_a_scale_is_no_currency(sentence):
    assert [f for f in figures_in(sentence) if f[1] == "money"] == []


def test_money_range_carries_its_scale_to_the_low_end():
    assert figures_in("The deal is worth $5-7 million.") == [
        ("$5-7 million", "money", 5_000_000, 7_000_000, "USD")
    ]


def test_conversion_after_or_about():
    found = find_figures(Document(Article(text="It costs A$5 million, or about US$3.4 million.")))
    assert [(f.text, f.unit) for f in found] == [
        ("A$5 million", "AUD"),
        ("about US$3.4 million", "USD"),
    ]
    assert found[1].conversion_of == found[0].id


def test_pounds_without_scale_may_be_weight():
    assert figures_in("The baby weighed 8 pounds.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 70 per cent of parts.", [("About 70 per cent", "percent", 70, None, None)]),
        ("Up 12% on the year.", [("12%", "percent", 12, None, None)]),
        ("It had 58 percent of the vote.", [("58 percent", "percent", 58, None, None)]),
        ("Margins rose 3 percentage points.", [("3 percentage points", "percent", 3, None, None)]),
        ("It was forty percent.", [("forty percent", "percent", 40, None, None)]),
        ("Aim for less than one percent.", [("less than one percent", "percent", 1, None, None)]),
        ("Between 40 and 50 percent.", [("40 and 50 percent", "percent", 40, 50, None)]),
    ],
)
def test_percentages(sentence, expected):
    assert figures_in(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Demand will grow 19 times.", ("19 times", 19)),
        ("It saw a two-fold rise.", ("two-fold", 2)),
        ("Traffic increased 18-fold.", ("18-fold", 18)),
        ("It has increased probably a thousand fold.", ("a thousand fold", 1000)),
        ("Women get about half as much as they need.", ("about half as much", 0.5)),
        ("Output rose tenfold.", ("tenfold", 10)),
        ("It is three times larger.", ("three times", 3)),
    ],
)
def test_multiples(sentence, expected):
    text, value = expected
    assert figures_in(sentence) == [(text, "multiple", value, None, None)]


def test_times_as_frequency_is_a_count():
    assert figures_in("It was used over one million times by Thursday.") == [
        ("over one million times", "count", 1_000_000, None, None)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("China's third-largest battery maker.", ("third-largest", 3)),
        ("India's second-biggest truck maker.", ("second-biggest", 2)),
        ("The world's biggest battery maker.", ("biggest", 1)),
        ("She came in second place.", ("second place", 2)),
        ("It fell to fourth place.", ("fourth place", 4)),
        ("The #2 browser.", ("#2", 2)),
        ("It rose to number 3 in the chart.", ("number 3", 3)),
        ("The second lowest grade.", ("second lowest", 2)),
        ("The team finished third.", ("third", 3)),
    ],
)
def test_ranks(sentence, expected):
    text, value = expected
    assert figures_in(sentence) == [(text, "rank", value, None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the highest in the country.",
        "One of the world's biggest firms.",
        "Among the world's most persecuted groups.",
        "They were denied entry in the first place.",
        "It happened for the first time.",
        "He follows #IStandWithAhmed.",
    ],
)
def test_not_ranks(sentence):
    assert figures_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They signed a 20-year agreement.", ("20-year", 20, None, "year")),
        ("It takes seven to 10 years.", ("seven to 10 years", 7, 10, "year")),
        ("Within two to three years.", ("two to three years", 2, 3, "year")),
        ("It will take at least five years.", ("at least five years", 5, None, "year")),
        ("Stop within 48 hours.", ("48 hours", 48, None, "hour")),
        ("It took 2-3 years.", ("2-3 years", 2, 3, "year")),
        ("After nearly two decades of war.", ("nearly two decades", 2, None, "decade")),
        ("A billion-year contract.", ("billion-year", 1e9, None, "year")),
        ("Return it within twenty working days.", ("twenty working days", 20, None, "day")),
        ("Only a 20 minute walk.", ("20 minute", 20, None, "minute")),
    ],
)
def test_durations(sentence, expected):
    text, value, value_max, unit = expected
    assert figures_in(sentence) == [(text, "duration", value, value_max, unit)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over 900 asylum seekers were rescued.", ("Over 900 asylum seekers", 900)),
        ("He won with 84,121 votes.", ("84,121 votes", 84121)),
        ("More than two billion people are at risk.", ("More than two billion people", 2e9)),
        ("It has 189 other educational galleries.", ("189 other educational galleries", 189)),
        ("At least 107 killed in collapse.", ("At least 107", 107)),
        ("Killing 107 or more.", ("107 or more", 107)),
        ("Outstanding claims over 150,000, a record.", ("over 150,000", 150000)),
        ("The panel of twelve said so.", ("twelve", 12)),
        ("The 131-page document.", ("131-page", 131)),
        ("Around five thousand votes.", ("Around five thousand votes", 5000)),
    ],
)
def test_counts(sentence, expected):
    text, value = expected
    assert figures_in(sentence) == [(text, "count", value, None, None)]


def test_count_range_and_change():
    assert figures_in("It runs ten to 32 pages.") == [("ten to 32 pages", "count", 10, 32, None)]
    assert figures_in("Seats increased from 9 to 10.") == [
        ("from 9 to 10", "count", 10, None, None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two years ago it was different.",
        "Six minutes later, he scored.",
        "Seventeen years ago, this was impossible.",
        "It exploded 73 seconds after liftoff.",
        "Ten days before the Hajj.",
        "Thomas Sam, 42, and his wife.",
        "He was aged 45 at the time.",
        "A 14-year-old boy built it.",
        "The 10-year-old browser.",
        "She was ill at the age of four months.",
        "Children aged 8–10 years were tested.",
        "It was founded in 2008 and sold in 2019.",
        "On March 4, 2011, it happened.",
        "It met on 14 September.",
        "It happened for the first time.",
        "It filed for Chapter 11 bankruptcy.",
        "It used five hard drives.",
        "Sweden beat Korea 1 – 0.",
        "They walked 500 miles (800 km) to get there.",
        "The polls closed at 22:30.",
        "It flew on STS-133 from Launch Pad 39A.",
        "Studio 54; and the 747, which flew.",
        "Thousands attended; dozens were hurt.",
        "Police posts 542 and 543 were hit.",
        "The 2014 protests and the 1960s.",
        "Warming over 2000 - 2050 was modelled.",
    ],
)
def test_not_figures(sentence):
    assert figures_in(sentence) == []


def test_target_year():
    assert figures_in("Demand will rise by 2035.") == [("2035", "year", 2035, None, None)]


def test_spans_survive_odd_unicode():
    text = "İİİ 50 per cent of ﬁrms, ₹2 crore."
    found = find_figures(Document(Article(text=text)))
    assert [f.text for f in found] == ["50 per cent", "₹2 crore"]
    for figure in found:
        assert text[figure.spans[0].start : figure.spans[0].end] == figure.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=120))
def test_never_raises_and_spans_stay_inside(text):
    for figure in find_figures(Document(Article(text=text))):
        (span,) = figure.spans
        assert span == Span(span.start, span.end)
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == figure.text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "$ US$ NZ € £ ₹ Rs 5 12 1,200 2.5 million bn crore lakh per cent % - to and or "
            "years times fold third largest world's number # more than over about the of , ."
            " people votes ( ) 2035 by aged ago".split()
        ),
        max_size=25,
    )
)
def test_figure_like_noise_never_raises(tokens):
    text = " ".join(tokens)
    for figure in find_figures(Document(Article(text=text))):
        assert text[figure.spans[0].start : figure.spans[0].end] == figure.text


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("50", 50),
        ("84,121", 84121),
        ("1.2bn", 1.2e9),
        ("twenty-five", 25),
        ("a thousand", 1000),
        ("2.5 lakh crore", 2.5e12),
        ("5,000 crore", 5e10),
        ("two million five hundred thousand", 2_500_000),
        ("5,00,000", 500000),
        ("words", None),
    ],
)
def test_parse_number(written, value):
    assert parse_number(written) == value


def test_rank_says_what_it_ranks_and_whose_ranking(seed_figures):
    _, figures = seed_figures
    assert [(f.text, f.about) for f in figures if f.kind == "rank"] == [
        ("third-largest", "battery maker (China)"),
        ("second-biggest", "maker of trucks and buses (India)"),
        ("third-largest", "battery market in the world"),
        ("biggest", "battery maker (world)"),
    ]


def test_valuation_and_leverage_multiples():
    assert figures_in("The shares trade at 24 times forward earnings.") == [
        ("24 times", "multiple", 24, None, None)
    ]
    assert figures_in("Net debt would rise to 1.4 times Ebitda.") == [
        ("1.4 times", "multiple", 1.4, None, None)
    ]
    assert figures_in("He visited the site 12 times last year.") == [
        ("12 times", "count", 12, None, None)
    ]
