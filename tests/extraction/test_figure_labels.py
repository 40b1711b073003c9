"""What each figure measures, its direction, period, currency and headline flag, on made-up news."""

from __future__ import annotations

import pytest

from desktop.domain import Article
from desktop.extraction.context import Document
from desktop.extraction.figures import find_figures
from desktop.ingest.plaintext import parse_plain_text


def figures_of(text: str):
    return find_figures(Document(Article(text=text)))


def one(text: str):
    (figure,) = [f for f in figures_of(text) if f.kind != "year"]
    return figure


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("Acme Corp reported losing $3.2 billion in the second quarter of 2019.",
         "Acme Corp loss in second quarter of 2019"),
        ("Borealis plans to cut 4,500 jobs.", "jobs Borealis plans to cut"),
        ("Zenith's shares fell 1.7 percent last month.", "Zenith's shares fall last month"),
        ("Helix will pay a total fine of $250 million.", "Helix total fine"),
        ("Nordbank, which approved a record $40 billion addition to its reserves, said nothing.",
         "Nordbank addition to reserves"),
        ("About 12,000 people are employed by Vantor.", "people employed by Vantor"),
        ("Trellis Foods said on Monday it would cut 500 jobs.", "jobs Trellis Foods would cut"),
        ("Kestrel Bank injected $2 billion into the money markets.",
         "Kestrel Bank injection into money markets"),
        ("Orbis will spend $80 million on a new plant.", "Orbis spending on new plant"),
        ("The dealers to be closed represent 18% of the firm's network.",
         "dealers share of firm's network"),
        ("Talon is now two years behind schedule.", "Talon delay"),
        ("At the moment, Quill has 6,246 dealers.", "dealers Quill has"),
        ("The fund's rate was hovering around 6% on Friday.", "fund's rate on Friday"),
        ("In 2005 Gorse lost $1.6 billion and recently it reported a loss in the third quarter.",
         "Gorse loss in 2005"),
        ("The state is considering using the $70 billion earmarked to rescue the banks.",
         "state earmarked to rescue banks"),
    ],
)  # fmt: skip
def test_about_is_built_from_subject_and_verb(sentence, about):
    assert one(sentence).about == about


def test_from_one_figure_to_another_labels_what_changed():
    low, high = figures_of(
        "Lund will raise its credit line with Norbank from $5 billion to $9 billion."
    )
    assert low.about == high.about == "Lund credit line with Norbank"
    fall, price = figures_of("Gorse shares slipped 1.6% to $1.92.")
    assert (fall.about, fall.direction) == ("Gorse shares fall", "down")
    assert price.about == "Gorse share price"


def test_a_title_figure_takes_the_fuller_label_of_the_body():
    text = "Pell sales plunge by 45%\n\nPell saw a 45% drop in vehicle sales in March.\n"
    title, body = find_figures(Document(parse_plain_text(text)))
    assert (
        title.about == body.about == "Pell 45% drop in vehicle sales in March".replace("45% ", "")
    )


def test_a_figure_with_no_clause_to_label_has_no_about():
    assert one("Prices: $40.").about is None


def test_direction_and_period_of_a_fall():
    figure = one("Zenith's shares fell 1.7 percent last month.")
    assert (figure.direction, figure.period) == ("down", "last month")
    assert one("Sales rose 4% in March.").direction == "up"


def test_listed_figures_share_the_words_before_the_first():
    cheap, dear = figures_of("Songs are sold for £0.59 per song and £6.99 per album.")
    assert (cheap.about, dear.about) == ("Songs price per song", "Songs price per album")


def test_a_restatement_in_brackets_has_the_same_label():
    cut, units = figures_of("Ridge announced cuts of 12% (40,000 units) in its output.")
    assert cut.about == units.about == "Ridge cuts in output"


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value", "unit"),
    [
        ("Shares fell 17 cents.", "17 cents", "money", 0.17, "USD"),
        ("The bid was dlrs 475 million.", "dlrs 475 million", "money", 475_000_000, "USD"),
        ("Each unit cost 475 dlrs.", "475 dlrs", "money", 475, "USD"),
        ("The bank raised rates by 25 basis points.", "25 basis points", "percent", 0.25, None),
        ("Output rose three-tenths of a percent.",
         "three-tenths of a percent", "percent", 0.3, None),
        ("The plant hired half a million workers.",
         "half a million workers", "count", 500_000, None),
        ("It cost millions of dollars.", "millions of dollars", "money", None, "USD"),
        ("Losses may reach a few hundred million US dollars.",
         "a few hundred million US dollars", "money", None, "USD"),
    ],
)  # fmt: skip
def test_more_forms(sentence, text, kind, value, unit):
    figure = next(f for f in figures_of(sentence) if f.text == text)
    assert (figure.kind, figure.value, figure.unit) == (kind, value, unit)


def test_a_rate_is_money_per_its_unit():
    figure = one("Cleaners earn $26 a week.")
    assert (figure.value, figure.per) == (26, "week")


def test_a_listed_range_of_number_words():
    figure = one("She worked there five, six, seven years, she said.")
    assert (figure.text, figure.value, figure.value_max) == ("five, six, seven years", 5, 7)


def test_for_two_years_after_is_a_duration():
    figure = one("Prices have fallen for more than two years after the crash.")
    assert (figure.text, figure.kind) == ("more than two years", "duration")


def test_bare_dollars_take_the_country_of_the_article():
    article = parse_plain_text("Canadian miner cuts output\n\nNorthlode lost $5 million in May.\n")
    (figure,) = [f for f in find_figures(Document(article)) if f.kind == "money"]
    assert (figure.unit, figure.unit_inferred) == ("CAD", True)


def test_bare_dollars_stay_us_dollars_where_the_country_is_not_plain():
    figure = one("The US and Canadian plants lost $5 million.")
    assert (figure.unit, figure.unit_inferred) == ("USD", True)
    assert one("It lost C$5 million.").unit == "CAD"
    assert one("It lost C$5 million.").unit_inferred is False


def test_headline_figures_are_the_title_and_its_restatement():
    text = (
        "Dunmore to cut 900 jobs\n\nDunmore said on Monday it would cut 900 jobs, or 9% of "
        "its 10,000 staff.\n\nIts shares rose 3%. Rivals cut 200 jobs last year.\n"
    )
    figures = find_figures(Document(parse_plain_text(text)))
    heads = [(f.text, f.headline) for f in figures]
    assert heads == [
        ("900 jobs", True), ("900 jobs", True), ("9%", True), ("10,000 staff", False),
        ("3%", False), ("200 jobs", False),
    ]  # fmt: skip


def test_with_no_figure_in_the_title_the_first_sentences_lead():
    text = "Storm hits coast\n\nNo one was hurt.\n\nRepairs will cost $2 million.\n\nIt rose 4%.\n"
    figures = find_figures(Document(parse_plain_text(text)))
    assert [(f.text, f.headline) for f in figures] == [("$2 million", True), ("4%", True)]


def test_verbs_of_multiplying_are_multiples_with_their_subject():
    doubled = one("Corvid Inc. doubled its profits.")
    assert (doubled.kind, doubled.value, doubled.about) == ("multiple", 2, "Corvid Inc. profits")
    tripled, again = figures_of("The capital of Corvid tripled in 2004, doubled in 2005.")
    assert (tripled.value, tripled.about) == (3, "capital of Corvid growth in 2004")
    assert (again.value, again.about) == (2, "capital of Corvid growth in 2005")
    assert one("It marked a double increase of sales.").text == "double increase"


def test_a_score_doubled_is_not_a_figure():
    assert figures_of("Lukaku doubled the lead for Belgium.") == []


def test_a_long_count_label_keeps_the_counted_noun():
    figure = figures_of(
        "During the first quarter of the year Lumen Corp. sold more than 21 million smart phones."
    )[0]
    assert figure.about == "smart phones Lumen Corp. sold during first quarter"


@pytest.mark.parametrize(
    ("sentence", "value", "about"),
    [
        ("Pelham Mills plans to double production at its Ohio plant.", 2.0,
         "Pelham Mills production at Ohio plant"),
        ("Ferrow will triple its capacity by 2027.", 3.0, "Ferrow capacity by 2027"),
    ],
)  # fmt: skip
def test_a_verb_of_multiplying_after_to_or_a_modal_is_a_multiple(sentence, value, about):
    (figure,) = [f for f in figures_of(sentence) if f.kind == "multiple"]
    assert (figure.value, figure.about, figure.direction) == (value, about, "up")


def test_double_as_an_adjective_or_a_score_is_no_figure():
    assert figures_of("Guests at the Lakeview booked a double room.") == []
    assert figures_of("The striker could double the lead before half-time.") == []


def test_cents_of_a_named_dollar():
    figure = one("The loonie closed at 73.61 U.S. cents on Tuesday.")
    assert (figure.kind, figure.value, figure.unit, figure.unit_inferred) == (
        "money", 0.7361, "USD", False,
    )  # fmt: skip


def test_pence_are_pounds_and_a_bare_p_needs_a_pound_in_the_article():
    shares = one("Shares in Marlow Homes closed at 212 pence on Friday.")
    assert (shares.kind, shares.value, shares.unit) == ("money", 2.12, "GBP")
    dividend = next(
        f
        for f in figures_of("Profit rose to £12.5m, or 8.3p a share, from £10.1m.")
        if f.text == "8.3p"
    )
    assert (dividend.kind, dividend.value, dividend.unit, dividend.per) == (
        "money", 0.083, "GBP", "share",
    )  # fmt: skip
    # No pound anywhere: "1080p" is a screen's resolution, not money.
    assert [f.text for f in figures_of("The phone films 1080p video and costs $400.")] == ["$400"]


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("The deal values Corvex at A$1.1 billion.", "Corvex valuation"),
        ("Northwind led the round, valuing Corvex at $400M.", "Corvex valuation"),
    ],
)
def test_what_a_deal_values_a_company_at_is_its_valuation(sentence, about):
    assert one(sentence).about == about


@pytest.mark.parametrize(
    "sentence",
    [
        "Net debt stood at $120 million at the end of the year.",
        "Net debt stands at $120 million.",
        "Net debt came in at $120 million.",
        "Net debt hit $120 million.",
        "Net debt came to $120 million.",
    ],
)
def test_a_level_stated_with_stood_came_or_hit_labels_its_subject(sentence):
    assert one(sentence).about.startswith("Net debt")


def test_a_range_after_to_between_is_labelled_as_the_thing_changed():
    figure = one(
        "Orbell cut its full-year sales forecast to between $4.2 billion and $4.4 billion."
    )
    assert figure.about == "full-year sales forecast"


def test_a_count_a_change_moved_to_is_labelled_by_what_changed():
    units = next(
        f
        for f in figures_of("Housing starts fell 9 per cent to 240,000 units in April.")
        if f.kind == "count"
    )
    assert units.about == "Housing starts in April"
    assert one("The economy shed 12,000 jobs last month.").about == "jobs economy shed last month"


def test_jobs_that_will_go_are_not_people_who_will_go():
    assert one("About 600 jobs will go when the mill closes.").about.startswith("jobs will go")


def test_an_age_after_people_is_no_figure():
    assert figures_of("The new rule covers drivers over 70 who renew their licences.") == []
    assert figures_of("Fares are free for residents under 18.") == []
    assert one("The grid now serves over 70 towns.").value == 70


def test_an_earnings_report_labels_income_per_share_and_the_year_before():
    text = "Net income fell to $318 million, or 92 cents a share, from $476 million a year earlier."
    labels = [f.about for f in figures_of(text)]
    assert labels == ["Net income", "earnings per share", "Net income a year earlier"]


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("The Calgary-based company said Thursday it earned C$287.4 million in the quarter.",
         "earnings in quarter"),
        ("Larchmont now expects earnings of $7.40 to $7.80 per share for 2024.",
         "Larchmont earnings per share forecast for 2024"),
        ("The company employs about 9,000 people.", "employees"),
        ("The dividend of 25 cents a share will be paid in May.", "dividend per share"),
        ("Shares closed at $41.20 on Friday.", "share price"),
        ("The province's debt-to-GDP ratio, which is projected at 36.8 per cent, will fall.",
         "province's debt-to-GDP ratio forecast"),
        ("The takeover of Pellucid was valued at $2 billion.", "takeover of Pellucid"),
    ],
)  # fmt: skip
def test_business_news_labels(sentence, about):
    assert one(sentence).about == about


@pytest.mark.parametrize("dateline", ["DETROIT _ ", "TORONTO (CP) — ", "NEW YORK (Reuters) - "])
def test_a_wire_lead_after_its_dateline_leads(dateline):
    text = (
        f"{dateline}Some 3,400 workers walked off the job at a Pellam engine plant on Monday. "
        "The plant makes 1,200 engines a day."
    )
    first = figures_of(text)[0]
    assert (first.text, first.value, first.headline) == ("Some 3,400 workers", 3400, True)


def test_a_duration_in_an_aside_of_the_lead_is_not_a_headline_figure():
    text = (
        "Delmont Corp, which has been in business for 22 years, said on Tuesday its "
        "quarterly revenue rose 9 percent to $3.1 billion."
    )
    assert [(f.text, f.headline) for f in figures_of(text)] == [
        ("22 years", False),
        ("9 percent", True),
        ("$3.1 billion", True),
    ]


def test_a_multiple_compared_with_a_multiple():
    text = "Tamsin's shares trade at 12 times earnings, compared with about 4.5 times for rivals."
    multiples = [(f.text, f.value) for f in figures_of(text) if f.kind == "multiple"]
    assert multiples == [("12 times", 12.0), ("about 4.5 times", 4.5)]
    assert figures_of("Voters were asked 12 times, compared with 3 times in 2019.")[1:] == []


def test_profit_and_its_per_share_restatement_now_and_a_year_earlier():
    text = (
        "Harwick Foods said it earned $287.4 million or 92 cents per diluted share for the "
        "quarter, down from $301.2 million or 96 cents per diluted share a year earlier."
    )
    labels = [(f.text, f.per, f.about) for f in figures_of(text) if f.kind == "money"]
    assert labels == [
        ("$287.4 million", None, "Harwick Foods earnings"),
        ("92 cents", "share", "Harwick Foods earnings per share"),
        ("$301.2 million", None, "Harwick Foods earnings a year earlier"),
        ("96 cents", "share", "Harwick Foods earnings per share a year earlier"),
    ]


def test_a_verbless_change_after_a_figure_is_its_change():
    text = "Corvin Air carried 4.2 million passengers, up 6 percent from a year earlier."
    change = [f for f in figures_of(text) if f.kind == "percent"][0]
    assert (change.about, change.direction) == ("passengers Corvin Air carried rise", "up")


def test_from_right_after_a_figure_and_its_time_is_the_earlier_value():
    text = "Inflation in Ardenia slowed to 3.1 percent in June from 4 percent in May."
    assert [f.about for f in figures_of(text)] == [
        "Inflation in Ardenia slowed in June",
        "Inflation in Ardenia slowed in May",
    ]


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("Analysts polled by Reuters had expected earnings of $1.02 a share.",
         "Analysts earnings per share forecast"),
        ("The takeover, worth $4.3 billion, is expected to close next year.", "takeover value"),
    ],
)  # fmt: skip
def test_a_subject_described_or_valued_in_passing(sentence, about):
    assert one(sentence).about == about


def test_a_duration_in_an_aside_still_leads_with_no_amount_beside_it():
    text = (
        "Ardent Motors, which signed a 20-year agreement with Volta this month, will build "
        "packs. Volta makes 70 per cent of the cells."
    )
    assert [(f.text, f.headline) for f in figures_of(text)][0] == ("20-year", True)
