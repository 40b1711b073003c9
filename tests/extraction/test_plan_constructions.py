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
