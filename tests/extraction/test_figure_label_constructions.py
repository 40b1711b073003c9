"""Labels of figures in constructions of business news, on made-up sentences."""

from __future__ import annotations

import pytest

from desktop.domain import Article
from desktop.extraction.context import Document
from desktop.extraction.figures import find_figures
from desktop.ingest.plaintext import parse_plain_text


def figures_of(text: str):
    return [f for f in find_figures(Document(Article(text=text))) if f.kind != "year"]


def about_of(text: str, figure_text: str) -> str | None:
    (figure,) = [f for f in figures_of(text) if f.text == figure_text]
    return figure.about


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("Vantor, based in suburban Leeds, employs about 9,000 people worldwide.",
         "about 9,000 people", "Vantor employees"),
        ("Quillon, founded in 2011 by two brothers, has about 2,100 employees.",
         "about 2,100 employees", "Quillon employees"),
        ("The yield on the two-year Ruritania bond, which is sensitive to rates, dropped "
         "11 basis points to 4.12 per cent.", "4.12 per cent", "yield on two-year Ruritania bond"),
        ("Marl Oil, the largest driller in the region, earned $41 million last year.",
         "$41 million", "Marl Oil earnings last year"),
    ],
)  # fmt: skip
def test_the_subject_before_an_aside_owns_the_figure(sentence, figure, about):
    assert about_of(sentence, figure) == about


def test_an_accounting_period_after_the_subject_is_not_the_subject():
    text = (
        "Net income in the quarter ended Sept. 30 fell to $318 million, or $2.05 per share, "
        "from $476 million, or $2.98 per share, a year earlier."
    )
    labels = {f.text: (f.about, f.direction) for f in figures_of(text)}
    assert labels == {
        "$318 million": ("Net income", "down"),
        "$2.05": ("earnings per share", "down"),
        "$476 million": ("Net income a year earlier", None),
        "$2.98": ("earnings per share a year earlier", None),
    }


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("Revenue is forecast at $14.9 billion.", "$14.9 billion", "Revenue forecast"),
        ("Pellam Robotics was valued at $4.2 billion in a funding round.", "$4.2 billion",
         "Pellam Robotics valuation"),
        ("The takeover of Ardent was valued at $2 billion.", "$2 billion", "takeover of Ardent"),
    ],
)  # fmt: skip
def test_a_figure_set_at_a_value_is_a_forecast_or_a_valuation(sentence, figure, about):
    assert about_of(sentence, figure) == about


def test_a_fiscal_year_is_one_period():
    text = "Quillon reported revenue of $910 million in its last fiscal year, up 27 percent."
    labels = {f.text: f.about for f in figures_of(text)}
    assert labels == {
        "$910 million": "Quillon revenue in last fiscal year",
        "27 percent": "Quillon revenue rise last fiscal year",
    }


def test_a_title_amount_takes_the_label_of_the_same_amount_in_the_lede():
    text = (
        "Tarrow reports loss of $6 billion\n\nTarrow Motors said on Tuesday it had lost "
        "US$6 billion in the first quarter of 2024.\n"
    )
    title, body = find_figures(Document(parse_plain_text(text)))
    assert (title.text, body.text) == ("$6 billion", "US$6 billion")
    assert title.about == body.about == "Tarrow Motors loss in first quarter of 2024"


def test_the_lede_after_a_byline_and_a_caption_still_labels_the_title():
    text = (
        "Board backs $90-million upgrade of Pell mill despite protests\n\nBy Ann Lee\n\n"
        "Workers at the Pell mill. (Ann Lee / Courier)\n\nThe county board voted on Monday "
        "to approve a $90-million upgrade of the Pell paper mill.\n"
    )
    title, body = find_figures(Document(parse_plain_text(text)))
    assert title.about == body.about == "county board upgrade of Pell paper mill"


def test_a_label_stops_before_despite():
    text = "Board backs $90-million upgrade of Pell mill despite protests\n\nNo figures here.\n"
    (figure,) = find_figures(Document(parse_plain_text(text)))
    assert figure.about == "upgrade of Pell mill"


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("Pellam supplies parts for about 40 vehicle models.", "about 40 vehicle models",
         "vehicle models Pellam supplies parts"),
        ("Pellam operates 12 plants in Ohio.", "12 plants", "plants Pellam operates in Ohio"),
        ("The update adds over 250 new features to the Zephyr system.",
         "over 250 new features", "new features update adds to Zephyr system"),
    ],
)  # fmt: skip
def test_what_a_firm_does_in_the_present_is_a_verb(sentence, figure, about):
    assert about_of(sentence, figure) == about


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("Pellam expects the merger to generate about $250 million in annual cost savings.",
         "about $250 million", "Pellam annual cost savings"),
        ("The state gave $3 billion in new loans to farmers.", "$3 billion", "state new loans"),
        ("Pellam will buy Ardent for $6.8 billion in cash and stock.", "$6.8 billion",
         "Pellam price for Ardent"),
        ("Pellam Group said it would buy data firm Ardent Labs for about $6.8 billion.",
         "about $6.8 billion", "Pellam Group price for Ardent Labs"),
        ("Pellam lost $5 million in Ohio.", "$5 million", "Pellam loss in Ohio"),
    ],
)  # fmt: skip
def test_an_amount_in_a_noun_of_money_is_that_money(sentence, figure, about):
    assert about_of(sentence, figure) == about


def test_said_inside_a_relative_clause_leaves_the_verb_to_the_antecedent():
    text = (
        "Builders complained about the development charges, which they said add as much as "
        "$90,000 to the cost of a new home."
    )
    assert about_of(text, "as much as $90,000") == "development charges add to cost of new home"


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("Mira said the team had spent more than three years developing the hinge.",
         "more than three years", "team time developing hinge"),
        ("A builder in Leeds can spend almost two years waiting for a permit.",
         "almost two years", "builder in Leeds time waiting for permit"),
    ],
)  # fmt: skip
def test_time_spent_doing_something_is_the_time_it_takes(sentence, figure, about):
    assert about_of(sentence, figure) == about


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("The bid was backed by Norland Capital, a hedge fund that owns about 4.5 per cent "
         "of Ardent's shares.", "about 4.5 per cent", "Norland Capital stake in Ardent"),
        ("Pellam Group holds 12 percent of Ardent.", "12 percent", "Pellam Group stake in Ardent"),
    ],
)  # fmt: skip
def test_a_part_of_a_firm_that_a_holder_owns_is_its_stake(sentence, figure, about):
    assert about_of(sentence, figure) == about


def test_a_label_ends_on_no_pronoun():
    assert about_of("We would spend five years trying to build it.", "five years") == (
        "time trying to build"
    )


def test_a_restated_change_between_commas_is_read_through_to_the_price():
    text = "Shares of Pellam rose C$2.31, or 3.2 per cent, to C$74.50 on Thursday."
    labels = {f.text: (f.about, f.direction) for f in figures_of(text)}
    assert labels == {
        "C$2.31": ("Pellam shares rise", "up"),
        "3.2 per cent": ("Pellam shares rise", "up"),
        "C$74.50": ("Pellam share price", "up"),
    }
    assert about_of("Shares of Pellam closed at $40 on Friday.", "$40") == "Pellam share price"


def test_money_put_toward_a_purpose_is_funding_for_it_and_its_span_a_period():
    text = "The budget also includes $45 million over three years for affordable housing."
    labels = {f.text: f.about for f in figures_of(text)}
    assert labels == {
        "$45 million": "budget funding for affordable housing",
        "over three years": "period of budget funding for affordable housing",
    }
    assert about_of("The state pledged $5 million for flood relief.", "$5 million") == (
        "state funding for flood relief"
    )


def test_an_increase_of_after_an_amount_is_its_change():
    text = "The plan includes $6.2 billion for the Department of Health, an increase of 7.4%."
    (money, change) = figures_of(text)
    assert (change.about, change.direction) == (f"{money.about} increase", "up")
    assert money.about == "plan funding for Department of Health"


def test_a_verb_joined_to_a_relative_clause_has_its_antecedent_for_subject():
    text = "Lumo, which is based in Oslo and has about 1,800 employees, sold 1.1 million phones."
    labels = {f.text: f.about for f in figures_of(text)}
    assert labels == {"about 1,800 employees": "Lumo employees", "1.1 million phones": (
        "phones Lumo sold"
    )}  # fmt: skip


def test_the_people_a_firm_has_are_its_people_and_its_things_what_it_has():
    assert about_of("Pellam has 5 million customers.", "5 million customers") == (
        "Pellam customers"
    )
    assert about_of("Pellam has 6,246 dealers.", "6,246 dealers") == "dealers Pellam has"


def test_the_town_before_based_is_not_the_firm_it_stands_for():
    text = "The Leeds, Yorks.-based company said Thursday it earned $28 million in the quarter."
    assert about_of(text, "$28 million") == "earnings in quarter"


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("Most analysts had forecast the bank's losses to be over $6.7 billion.",
         "over $6.7 billion", "bank's losses forecast"),
        ("Analysts on average had expected sales of $4.4 billion.", "$4.4 billion",
         "Analysts sales forecast"),
    ],
)  # fmt: skip
def test_what_analysts_expect_a_figure_to_be_is_a_forecast(sentence, figure, about):
    assert about_of(sentence, figure) == about


def test_a_label_holds_no_other_amount_and_no_possessive_name():
    text = "The $15.3-billion spending plan includes $6.2 billion for the Department of Health."
    assert about_of(text, "$6.2 billion") == "spending plan funding for Department of Health"
    text = "Mira Stamos, Pellam's chief, said the company would invest $85 million in the plant."
    assert about_of(text, "$85 million") == "Pellam investment in plant"


def test_a_deal_after_an_amount_keeps_what_it_is_to_do():
    text = "Pellam agreed to a $2.1 billion deal to buy Ardent Labs."
    assert about_of(text, "$2.1 billion") == "Pellam deal to buy Ardent Labs"


def test_its_before_a_subject_is_the_firm_before():
    text = "Pellam Group lost money, and its shares fell 6% to $31.20."
    labels = {f.text: f.about for f in figures_of(text)}
    assert labels == {"6%": "Pellam Group shares fall", "$31.20": "Pellam Group share price"}


def test_a_rate_goes_before_the_period():
    text = "Pellam Group expects to save $150 million a year by 2026."
    assert about_of(text, "$150 million") == "Pellam Group savings per year by 2026"


def test_a_comparison_after_an_aside_takes_the_first_subject_and_its_time():
    text = (
        "Pellam, which employs 9,000 people, posted a net loss of $45 million, compared with "
        "a profit of $12 million a year earlier."
    )
    labels = {f.text: f.about for f in figures_of(text)}
    assert labels == {
        "9,000 people": "Pellam employees",
        "$45 million": "Pellam net loss",
        "$12 million": "Pellam profit a year earlier",
    }


def test_a_subject_runs_on_through_for_and_a_label_is_cut_before_a_phrase():
    text = (
        "The median wait for a permit for a small house in the region's largest towns had "
        "risen to 20 months, from about 11 months a decade ago."
    )
    labels = {f.text: f.about for f in figures_of(text)}
    assert labels["20 months"] == "median wait for permit for small house"
    assert labels["about 11 months"] == "median wait for permit for small house a decade ago"


def test_the_start_of_a_change_from_a_previous_forecast_is_that_forecast():
    text = (
        "The maker now expects earnings of $7.40 to $7.80 per share for 2024, down from a "
        "previous range of $8.50 to $9.00."
    )
    labels = {f.text: f.about for f in figures_of(text)}
    assert labels == {
        "$7.40 to $7.80": "earnings per share forecast for 2024",
        "$8.50 to $9.00": "previous earnings per share forecast",
    }


def test_once_opens_a_clause_not_a_label():
    text = "Pellam Group expects to save about $200 million a year once it is complete."
    assert about_of(text, "about $200 million") == "Pellam Group savings per year"


def test_a_thing_named_in_an_aside_and_on_sale_for_an_amount_has_that_price():
    text = "The phone, called the Orca X, will go on sale in May for $999, the firm said."
    assert about_of(text, "$999") == "Orca X price"


def test_a_second_infinitive_shares_the_verb_of_intent():
    text = "Pellam Air plans to open eight new routes, and to hire about 300 pilots."
    assert about_of(text, "about 300 pilots") == "pilots Pellam Air plans to hire"
