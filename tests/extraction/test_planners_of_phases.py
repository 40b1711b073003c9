"""Whose plan a phase is, and plans told in relative clauses, on made-up sentences."""

import pytest

from desktop.domain import Article
from desktop.extraction import analyze_article


def phases_of(text: str, published: str = "2024-03-10"):
    return analyze_article(Article(text=text, published=published)).phases


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            "The Westmark government says it intends to cut the fuel tax by 2026.",
            "Westmark government",
        ),
        (
            "The government of Westmark said on Monday that it would cut the fuel tax by 2026.",
            "Government of Westmark",
        ),
        ("The province says it plans to cut the fuel tax by 2026.", "Province"),
    ],
)
def test_a_government_plan_is_the_government_s_not_the_company_s(text, organisation):
    text += " Quillon Foods Inc. welcomed the move, and Quillon Foods Inc. shares rose."
    phases = phases_of(text)
    assert [(p.organisation, p.horizon) for p in phases] == [(organisation, "by 2026")]


def test_a_company_told_with_the_day_keeps_its_own_name():
    text = "Shares of Tevrin rose 4%. Tevrin on Tuesday said it will open a lab in Oslo next year."
    assert [(p.organisation, p.actions) for p in phases_of(text)] == [
        ("Tevrin", ["open a lab in Oslo"])
    ]


def test_plans_in_relative_clauses():
    phases = phases_of(
        "Quillon Foods Inc. is building a bakery in Leeds, which is due to start production in "
        "the first half of 2025."
    )
    assert [(p.horizon, p.actions) for p in phases] == [
        ("in the first half of 2025", ["a bakery in Leeds is due to start production"])
    ]
    phases = phases_of(
        "Nurses toured a clinic that the Westmark government expects to open in 2027."
    )
    assert [(p.organisation, p.horizon, p.actions) for p in phases] == [
        ("Westmark government", "in 2027", ["open a clinic"])
    ]


def test_a_trailing_attribution_with_two_horizons_gives_two_phases():
    text = (
        "Quillon Foods Inc. showed its new oven on Tuesday. The oven will go on sale in Canada "
        "on Oct. 20, and in Mexico and Peru early next year, the company said."
    )
    phases = phases_of(text)
    assert [(p.organisation, p.horizon, p.actions) for p in phases] == [
        ("Quillon Foods Inc.", "on Oct. 20", ["The oven will go on sale in Canada"]),
        ("Quillon Foods Inc.", "early next year", ["The oven will go on sale in Mexico and Peru"]),
    ]


def test_a_day_that_dates_a_price_is_not_the_plan_s():
    text = (
        "Quillon Foods Inc. agreed to buy Parvell Ltd. Parvell holders will receive $18 a "
        "share, a 25 per cent premium to the stock's closing price on Thursday."
    )
    assert phases_of(text) == []
    text += " The deal is expected to close by June 30."
    assert [p.horizon for p in phases_of(text)] == ["by June 30"]


def test_a_month_in_an_aside_stays_the_plan_s():
    phases = phases_of("Quillon Foods Inc. will cut 300 jobs, a third of its staff by June.")
    assert [p.horizon for p in phases] == ["by June"]


def test_what_others_will_do_in_the_company_s_plan_is_its_plan():
    text = (
        "Quillon Foods Inc. recalled 9,000 ovens. The company said dealers would begin repairs "
        "on Sept. 15."
    )
    assert [(p.organisation, p.horizon, p.actions) for p in phases_of(text)] == [
        ("Quillon Foods Inc.", "on Sept. 15", ["dealers would begin repairs"])
    ]
    # A price it expects is no plan of anyone's.
    assert phases_of("Quillon Foods Inc. said prices would rise in May.") == []


def test_as_soon_as_a_year_and_a_hedge_left_out():
    text = "Quillon Foods Inc. plans to list its bakery unit, possibly as soon as 2025."
    assert [(p.horizon, p.actions) for p in phases_of(text)] == [
        ("as soon as 2025", ["list its bakery unit"])
    ]


def test_a_listed_subject_stays_whole_and_its_places_are_not_planners():
    text = (
        "Quillon Foods Inc. lost money last year. The depots in Leeds, York and Hull are to "
        "close in the second half of 2025."
    )
    assert [(p.organisation, p.actions) for p in phases_of(text)] == [
        ("Quillon Foods Inc.", ["The depots in Leeds, York and Hull are to close"])
    ]


def test_a_persons_step_told_by_an_organisation_is_its_plan():
    phases = phases_of(
        "Harrow Shipping Ltd. said Friday that Marta Lund, a port manager for two decades, "
        "will take over as its president in January.\n\n"
        "Lund now runs finance at Pelican Freight Inc. She will start at Harrow in December, "
        "the company said."
    )
    assert [p.organisation for p in phases] == ["Harrow Shipping Ltd."] * 2


def test_a_reporter_named_before_said_on_a_day_or_in_a_statement_owns_the_plan():
    phases = phases_of(
        "Harrow Shipping Ltd. named a new president.\n\n"
        "Pelican Freight Inc. said in a statement that it expects to appoint a successor by the "
        "end of March."
    )
    assert [(p.organisation, p.horizon) for p in phases] == [
        ("Pelican Freight Inc.", "by the end of March")
    ]


@pytest.mark.xfail(
    reason="rule fitted to one wording: 'said in a separate statement' is read through, 'said "
    "in a statement of its own' is not, so the plan goes to the firm named before",
    strict=True,
)
def test_a_reporter_that_said_in_a_statement_of_its_own_owns_the_plan():
    phases = phases_of(
        "Harrow Shipping Ltd. named a new president.\n\n"
        "Pelican Freight Inc. said in a statement of its own that it would appoint a successor "
        "by the end of March."
    )
    assert [p.organisation for p in phases] == ["Pelican Freight Inc."]
