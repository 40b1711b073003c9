"""Plan wording beyond "will": idioms, modals, expectations and tenure, on made-up sentences."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Article
from desktop.extraction import analyze_article, plans


def phases_of(text: str, published: str = "2024-03-10"):
    return analyze_article(Article(text=text, published=published)).phases


@pytest.mark.parametrize(
    ("text", "horizon", "action"),
    [
        (
            "Corvane Mining Ltd. is on track to cut costs by $90 million by 2026.",
            "by 2026",
            "cut costs by $90 million",
        ),
        (
            "Corvane Mining Ltd. said it would also slow share buybacks for the rest of the year.",
            "for the rest of the year",
            "slow share buybacks",
        ),
        (
            "Members of the Dockside Workers Union could walk off the job as early as Monday.",
            "as early as Monday",
            "walk off the job",
        ),
        (
            "The first ore trucks are scheduled to arrive in the second half of 2025, "
            "Corvane Mining Ltd. said.",
            "in the second half of 2025",
            "The first ore trucks are scheduled to arrive",
        ),
        (
            "Corvane Mining Ltd. said it expected the merger to add $15 million to profit by "
            "the end of 2026.",
            "by the end of 2026",
            "the merger to add $15 million to profit",
        ),
        (
            "Corvane Mining Ltd. said founder Ada Lowe will remain on the board until next May.",
            "until next May",
            "Lowe will remain on the board",
        ),
    ],
)
def test_plan_wording(text, horizon, action):
    phases = phases_of(text)
    assert [(p.horizon, p.actions[0]) for p in phases] == [(horizon, action)]


@pytest.mark.parametrize(
    "text",
    [
        # A bare "could" is a possibility, not a plan.
        "Corvane Mining Ltd. could cut jobs next year.",
        # Remaining in a state is what befalls, not a plan.
        "Corvane Mining Ltd. will remain profitable next year.",
        # A thing's schedule with nobody's name to it is nobody's plan.
        "The first ore trucks are scheduled to arrive in the second half of 2025.",
    ],
)
def test_no_plan_in_possibility_or_state(text):
    assert phases_of(text) == []


@pytest.mark.parametrize(
    ("text", "horizon", "action"),
    [
        (
            "Corvane Mining Ltd. agreed to buy Pellar Metals. The merger, which was approved "
            "by both boards, is expected to close in the third quarter of 2024.",
            "in the third quarter of 2024",
            "The merger is expected to close",
        ),
        (
            "Corvane Mining Ltd. agreed to buy Pellar Metals. The merger, first announced in "
            "May, is expected to close by the end of the year.",
            "by the end of the year",
            "The merger is expected to close",
        ),
        (
            "Corvane Mining Ltd. runs four mines. Unions fought the company's plan, unveiled "
            "in January, to move about 300 jobs to Chile by the middle of 2025.",
            "by the middle of 2025",
            "move about 300 jobs to Chile",
        ),
    ],
)
def test_an_aside_between_the_subject_and_the_plan(text, horizon, action):
    phases = phases_of(text)
    assert [(p.organisation, p.horizon) for p in phases] == [("Corvane Mining Ltd.", horizon)]
    assert action in phases[0].actions


@pytest.mark.parametrize(
    ("text", "horizon", "words"),
    [
        (
            "Corvane Mining Ltd. now expects production to begin at its Utah mine in the third "
            "quarter of 2026.",
            "in the third quarter of 2026",
            "production to begin",
        ),
        (
            "Corvane Mining Ltd. said it would sell two barges, and pushed back the opening of "
            "its Utah mine to late 2026.",
            "late 2026",
            "the opening of its Utah mine",
        ),
        (
            "Corvane Mining Ltd. said it will book the charge in the current quarter.",
            "in the current quarter",
            "book the charge",
        ),
        (
            "Chief executive Ada Lowe told analysts the company remains on track to return to "
            "profit in fiscal 2026-27.",
            "in fiscal 2026-27",
            "return to profit",
        ),
        (
            "The Dockside Workers Union said its members could strike as early as next week.",
            "as early as next week",
            "strike",
        ),
    ],
)
def test_more_plan_wording(text, horizon, words):
    phases = phases_of(text)
    assert [p.horizon for p in phases] == [horizon]
    assert any(words in action for action in phases[0].actions)


def test_a_plan_moved_does_not_lend_its_date_to_the_plan_before():
    text = (
        "Corvane Mining Ltd. said it would sell two barges, and pushed back the opening of "
        "its Utah mine to late 2026."
    )
    (phase,) = phases_of(text)
    assert not any("barges" in action for action in phase.actions)


def test_the_union_named_in_the_article_owns_the_union_s_plan():
    text = (
        "Corvane Mining Ltd. will close its Utah mine. The Dockside Workers Union opposes the "
        "plan. Union president Omar Diaz said the union would hold a vote on Monday."
    )
    assert [(p.organisation, p.horizon) for p in phases_of(text)] == [
        ("Dockside Workers Union", "on Monday")
    ]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["will", "not", "plans", "to", "is", "set", "for", "expects", "the"])
        | st.sampled_from([" ", "\n", ",", "-", "x", "é", "_", "5", "also", "voted", "could"])
        | st.sampled_from(["as early as", "push", "back", "its", "goal", "would", "s"]),
        max_size=16,
    ).map("".join),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=0, max_value=60),
)
def test_the_fast_signal_scans_find_what_the_plain_ones_find(text, start, end):
    plain = [(m.span(), m.group()) for m in plans.SIGNAL.finditer(text, start, end)]
    assert [(m.span(), m.group()) for m in plans.signals(text, start, end)] == plain
    assert plans.has_signal(text, start, end) == (plans.SIGNAL.search(text, start, end) is not None)
