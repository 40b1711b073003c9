"""More ways business news states a dated plan step, each on a made-up sentence."""

from desktop.domain import Article
from desktop.extraction import analyze_article


def phases_of(text: str, published: str = "2025-05-06"):
    return analyze_article(Article(text=text, published=published)).phases


def steps(text: str, published: str = "2025-05-06") -> list[tuple[str, list[str]]]:
    return [(p.horizon, p.actions) for p in phases_of(text, published)]


def test_a_dated_plan_after_a_mid_sentence_attribution_is_kept():
    assert steps(
        "Pellworth Foods will close its Leeds bakery by March, the company said, and expects "
        "to open a new one in Hull in 2027."
    ) == [("by March", ["close its Leeds bakery"]), ("in 2027", ["open a new one in Hull"])]


def test_words_after_an_attribution_without_a_date_add_no_phase():
    assert steps(
        "Pellworth Foods will close its Leeds bakery by March, the company said, adding that "
        "its strategy is to be ready when demand turns."
    ) == [("by March", ["close its Leeds bakery"])]


def test_a_scheduling_idiom_put_into_the_past_by_reported_speech_is_a_plan():
    assert steps(
        "Finance chief Ada Moss said Pellworth Foods was also on track to open 30 shops by the "
        "end of the year."
    ) == [("by the end of the year", ["open 30 shops"])]
    assert steps("Pellworth Foods is still set to shut the Hull depot in June.") == [
        ("in June", ["shut the Hull depot"])
    ]


def test_a_scheduling_idiom_in_the_past_of_a_story_is_no_plan():
    told = "Pellworth Foods was set to close the Hull depot next year before it sold it."
    assert steps(told) == []


def test_a_product_that_goes_on_sale_is_its_makers_plan():
    phases = phases_of(
        "Quillon Inc on Monday showed a tablet with a paper-like screen.\n\n"
        "The device will go on sale in Canada on Nov. 3 for $899, and in Europe early next "
        "year, the company said."
    )
    assert [(p.organisation, p.horizon, p.actions) for p in phases] == [
        ("Quillon Inc", "on Nov. 3", ["The device will go on sale in Canada for $899"]),
        ("Quillon Inc", "early next year", ["The device will go on sale in Europe"]),
    ]


def test_a_thing_that_arrives_on_its_own_is_no_plan():
    assert steps("The recession will arrive in 2026, Quillon Inc said.") == []


def test_a_step_that_leaves_out_its_verb_takes_the_first_ones():
    assert steps("Quillon Inc will open 20 shops in 2026 and 30 in 2027.") == [
        ("in 2026", ["open 20 shops"]),
        ("in 2027", ["open 30 shops"]),
    ]
    assert steps("Quillon Inc will spend $40 million this year and $60 million in 2026 on kilns.")[
        1
    ] == ("in 2026", ["spend $60 million on kilns"])


def test_an_expected_number_for_its_own_results_is_guidance_not_a_plan():
    for told in (
        "Quillon Inc expects sales to rise 4% this year.",
        "Quillon Inc still expects to produce between 60,000 and 64,000 tonnes this year.",
        "Quillon Inc expects the restructuring to cost $150 million by 2026.",
    ):
        assert steps(told) == [], told
    assert steps("Quillon Inc expects to close the kiln by 2026 to be nearer its buyers.") == [
        ("by 2026", ["close the kiln to be nearer its buyers"])
    ]


def test_the_government_is_the_one_the_article_names_not_a_union_named_after_it():
    phases = phases_of(
        "Westmark's government tabled its budget on Tuesday.\n\n"
        "The Westmark Government Employees Union said the budget fell short.\n\n"
        "The government intends to return to a balanced budget by 2027-28."
    )
    assert [(p.organisation, p.horizon) for p in phases] == [("Westmark", "by 2027-28")]


def test_a_plan_in_a_relative_clause_acts_on_a_placed_antecedent():
    phases = phases_of(
        "Westmark's budget pays for new nurses, as well as a new cancer centre in Dunmore that "
        "the government expects to open in 2027."
    )
    assert [(p.horizon, p.actions) for p in phases] == [
        ("in 2027", ["open a new cancer centre in Dunmore"])
    ]


def test_a_plan_noun_belongs_to_its_possessive_owner():
    phases = phases_of(
        "Talbrook Brakes Inc. makes brake pads in Ohio.\n\n"
        "The strike centres on the company's plan, announced in January, to move 600 jobs to "
        "Monterrey by the middle of 2025."
    )
    assert [(p.organisation, p.horizon, p.actions) for p in phases] == [
        ("Talbrook Brakes Inc.", "by the middle of 2025", ["move 600 jobs to Monterrey"])
    ]


def test_a_second_clause_after_and_has_its_own_subject():
    phases = phases_of(
        "Talbrook Brakes Inc. will build a second line in Akron.\n\n"
        "Construction is expected to start in the spring and the new line should be running "
        "by the end of 2026, according to a staff report."
    )
    assert [(p.horizon, p.actions[-1]) for p in phases] == [
        ("in the spring", "Construction is expected to start"),
        ("by the end of 2026", "the new line should be running"),
    ]


def test_a_plan_joined_to_a_state_by_and_keeps_the_subject_before_both():
    phases = phases_of(
        "Talbrook Brakes Inc. president Ann Lee said in a statement that the company was "
        '"grateful for the vote" and would hold an open house for neighbours in January.'
    )
    assert [(p.organisation, p.horizon, p.actions) for p in phases] == [
        ("Talbrook Brakes Inc.", "in January", ["hold an open house for neighbours"])
    ]


def test_a_half_of_the_year_and_another_year_are_horizons():
    assert steps(
        "Quillon Inc expects to complete the sale of its paper unit in the second half."
    ) == [("in the second half", ["complete the sale of its paper unit"])]
    assert steps("Quillon Inc will extend its loyalty scheme for another year.") == [
        ("for another year", ["extend its loyalty scheme"])
    ]


def test_a_step_due_before_another_event_is_a_phase():
    phases = phases_of(
        "Quillon Inc will add a second kiln at its plant.\n\n"
        "Plant manager Ola Berg said the access road would be finished before the new kiln "
        "starts firing."
    )
    assert [(p.horizon, p.actions) for p in phases] == [
        ("before the new kiln starts firing", ["the access road would be finished"])
    ]


def test_a_plan_told_as_what_its_budget_or_plan_holds():
    phases = phases_of(
        "Westmark's government tabled its budget on Tuesday.\n\n"
        "The government intends to return to a balanced budget by 2027-28.\n\n"
        "Unions said the budget fell short.\n\n"
        "Officials spoke to reporters for an hour.\n\n"
        "The budget also includes $45 million over three years for rural clinics and extends "
        "a fuel rebate for another year."
    )
    assert [(p.organisation, p.horizon, p.actions) for p in phases][1:] == [
        ("Westmark", "over three years", ["includes $45 million for rural clinics"]),
        ("Westmark", "for another year", ["extends a fuel rebate"]),
    ]
    # What a deal holds without a date is no phase.
    assert steps("The deal includes a $50 million break fee, Quillon Inc said.") == []


def test_a_plan_named_by_its_object_or_dated_before_its_noun():
    assert steps("Quillon Inc plans a listing in Toronto next year.") == [
        ("next year", ["a listing in Toronto"])
    ]
    assert steps("Quillon Inc is planning an IPO for 2026.") == [("for 2026", ["an IPO"])]
    assert steps("Quillon Inc is targeting a 2027 launch for the reader.") == [
        ("2027", ["a launch for the reader"])
    ]
    # "plans" before a thing that is no plan's object.
    assert steps("Quillon Inc plans a bigger role for its founder next year.") == []


def test_plans_announced_on_a_day_before_their_to():
    assert steps("Quillon Inc announced plans on Tuesday to cut 800 jobs over the next year.") == [
        ("over the next year", ["cut 800 jobs"])
    ]


def test_money_set_aside_for_a_dated_project_and_more_scheduling_idioms():
    assert steps("Quillon Inc has earmarked $500 million for the project through 2027.") == [
        ("through 2027", ["$500 million for the project"])
    ]
    assert steps("Quillon Inc said it is on schedule to open the mill in 2026.") == [
        ("in 2026", ["open the mill"])
    ]
    assert steps("Quillon Inc said it remains committed to opening the mill in 2026.") == [
        ("in 2026", ["opening the mill"])
    ]


def test_a_step_others_take_told_by_the_organisation_after_it():
    phases = phases_of("Shareholders will vote on the merger on March 3, Quillon Inc said.")
    assert [(p.organisation, p.horizon, p.actions) for p in phases] == [
        ("Quillon Inc", "on March 3", ["Shareholders will vote on the merger"])
    ]
    # Its results and the economy are forecasts, whoever tells them.
    for told in (
        "Revenue will reach $2 billion in 2026, Quillon Inc said.",
        "Sales will double by 2027, Quillon Inc said.",
        "The economy will slow next year, Quillon Inc said.",
    ):
        assert steps(told) == [], told


def test_an_organisations_plan_in_a_relative_clause_is_its_plan():
    assert steps("Quillon Inc, which plans to list its shares in 2026, said sales rose.") == [
        ("in 2026", ["list its shares"])
    ]
    # What it "will" do in an aside is a schedule, not a plan told.
    assert steps("Quillon Inc, which will report results next week, said sales rose.") == []


def test_an_absolute_step_whose_verb_went_with_its_horizon():
    assert steps(
        "Quillon Inc will open a mill in Utah in 2026, with production starting in 2027."
    ) == [
        ("in 2026", ["open a mill in Utah"]),
        ("starting in 2027", ["production"]),
    ]


def test_a_staging_word_left_at_the_end_of_an_action_is_dropped():
    assert steps("Quillon Inc plans to close the mill in stages, starting in March.") == [
        ("in March", ["close the mill in stages"])
    ]


def test_a_schedule_in_the_present_tense_before_a_time():
    assert steps("Quillon Inc's new kiln line goes into production next spring.") == [
        ("next spring", ["Quillon Inc's new kiln line goes into production"])
    ]
    assert steps("The price changes take effect on Jan. 1, Quillon Inc said.") == [
        ("on Jan. 1", ["The price changes take effect"])
    ]
    # After "will" the verb is the modal's plan, told once.
    assert steps("The new readers will go on sale in May, Quillon Inc said.") == [
        ("in May", ["The new readers will go on sale"])
    ]
    # Without a time it is a habit, not a schedule.
    assert steps("Quillon Inc opens a store whenever rents fall.") == []


def test_forecasts_reports_and_debts_are_no_plans():
    for told in (
        "Inflation is expected to return to 2% by late 2026, the bank said.",
        "The new tariffs will cost Quillon Inc $50 million next year.",
        "Quillon Inc is expected to post a loss in the third quarter.",
        "Quillon Inc is expected to name a new chief next month, sources said.",
        "Quillon Inc could be sold by the end of the year, people familiar with the matter said.",
        "Quillon Inc's debt is due in 2027.",
    ):
        assert steps(told) == [], told
    # A schedule with "be" is still one.
    assert steps("Quillon Inc said the swap lines will be available until June 30.") == [
        ("until June 30", ["the swap lines will be available"])
    ]


def test_plans_that_call_for_and_an_effective_date():
    assert steps("Quillon Inc's plans call for 10 new mills by 2030.") == [
        ("by 2030", ["call for 10 new mills"])
    ]
    assert steps("Quillon Inc will lay off 300 workers effective Jan. 15.") == [
        ("effective Jan. 15", ["lay off 300 workers"])
    ]


def test_a_numbered_phase_is_a_later_stage():
    assert steps(
        "Quillon Inc will build a mill in Leeds by 2026. In phase two, Quillon Inc will add a "
        "warehouse."
    ) == [("by 2026", ["build a mill in Leeds"]), ("in phase two", ["add a warehouse"])]


def test_she_is_the_person_named_earlier_in_her_own_sentence():
    phases = phases_of(
        "Ada Moss, chief executive of Quillon Inc, said she would close the Leeds mill by March."
    )
    assert [(p.organisation, p.horizon) for p in phases] == [("Quillon Inc", "by March")]
    assert phases[0].actions[0].endswith("close the Leeds mill")


def test_a_goal_after_a_determiner_and_jobs_that_will_go():
    assert steps('"Our goal is to be in every state by 2028," Ada Moss of Quillon Inc said.') == [
        ("by 2028", ["be in every state"])
    ]
    assert steps("Some 300 positions will disappear next year, Quillon Inc said.") == [
        ("next year", ["Some 300 positions will disappear"])
    ]


def test_a_dated_step_that_carries_out_the_plan_before_takes_its_actions():
    assert steps(
        "Quillon Inc plans to open 50 shops in Spain. It expects to complete the rollout by 2027."
    ) == [("by 2027", ["open 50 shops in Spain", "complete the rollout"])]
    # A first step of it is a step of its own.
    assert steps(
        "Quillon Inc plans to open 50 shops in Spain. It will open the first shop in Madrid in May."
    ) == [("in May", ["open the first shop in Madrid"])]


def test_an_expected_thing_to_be_done_is_a_step_but_to_be_a_state_is_not():
    assert steps("Quillon Inc expects the new mill to be running by 2027.") == [
        ("by 2027", ["the new mill to be running"])
    ]
    assert steps("Quillon Inc expects the paper unit to be profitable by 2027.") == []


def test_events_the_planner_waits_on_are_horizons():
    assert steps(
        "Quillon Inc will close the mill after it completes the sale of its paper unit."
    ) == [("after it completes the sale of its paper unit", ["close the mill"])]
    assert steps("Quillon Inc will pay a special dividend after approval by regulators.") == [
        ("after approval by regulators", ["pay a special dividend"])
    ]


def test_a_present_schedule_in_a_subordinate_clause_is_the_plans_time_not_a_plan():
    assert steps(
        "Quillon Inc will decide on the mill's future when the lease expires in 2027."
    ) == [("in 2027", ["decide on the mill's future when the lease expires"])]


def test_a_scheduled_thing_in_a_that_clause_is_a_step():
    phases = phases_of(
        "Quillon Inc is building a mill in Ohio that is expected to start production in 2026."
    )
    assert [p.horizon for p in phases] == ["in 2026"]


def test_a_horizon_after_a_closed_relative_clause_is_the_plans():
    assert (
        steps(
            "Quillon Inc will sell its paper arm, which it values at about $2 billion, to fund the "
            "shift, with a deal targeted for the end of next year."
        )[0][0]
        == "the end of next year"
    )


def test_a_step_dated_after_the_one_before():
    assert steps(
        "Quillon Inc expects approval in early 2027 and aims to launch the reader later that year."
    )[1] == ("later that year", ["launch the reader"])
    assert steps(
        "Quillon Inc will open a mill in 2026. It will add a second line the following year."
    ) == [
        ("in 2026", ["open a mill"]),
        ("the following year", ["add a second line"]),
    ]


def test_a_plan_document_with_an_aside_before_its_verb():
    assert steps(
        "The plan, the company's biggest overhaul in decades, calls for 4 gigawatts of new "
        "capacity by 2030, Quillon Inc said."
    ) == [("by 2030", ["calls for 4 gigawatts of new capacity"])]


def test_a_later_step_that_leaves_out_its_verb_before_a_subject_or_an_object():
    assert steps(
        "The Leeds mill will shut in 2026 and the larger Hull mill in 2028, Quillon Inc said."
    ) == [
        ("in 2026", ["The Leeds mill will shut"]),
        ("in 2028", ["the larger Hull mill will shut"]),
    ]
    assert steps("Quillon Inc will close its Leeds mill by March and the Hull depot by June.") == [
        ("by March", ["close its Leeds mill"]),
        ("by June", ["close the Hull depot"]),
    ]
    assert steps("Quillon Inc will phase out coal by 2026 and gas by 2030.")[1] == (
        "by 2030",
        ["phase out gas"],
    )
    assert steps("Quillon Inc will hire 200 people in 2026 and more in 2027.")[1] == (
        "in 2027",
        ["hire more people"],
    )
    assert steps("Quillon Inc will cut emissions by 2030 and beyond.") == [
        ("by 2030", ["cut emissions"])
    ]


def test_a_dateline_before_the_subject_is_not_whose_plan_it_is():
    from desktop.extraction import analyze_text

    text = (
        "Ferry line grows\n\n"
        "HALIFAX — Tidewater Ferries will add four vessels by 2029, the operator said "
        "Monday.\n\nThe operator also plans to open two routes next summer."
    )
    phases = analyze_text(text).phases
    assert {p.organisation for p in phases} == {"Tidewater Ferries"}
    assert "Add four vessels" in [p.title for p in phases]
