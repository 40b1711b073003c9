"""Plan wording beyond "will": idioms, modals, expectations and tenure, on made-up sentences."""

import pytest

from desktop.domain import Article
from desktop.extraction import analyze_article


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
