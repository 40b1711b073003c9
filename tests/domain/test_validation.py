"""A loaded briefing's fields are checked once, by the types the model declares."""

from __future__ import annotations

import pytest

from desktop.domain import Article, Briefing
from desktop.domain.model import Figure, Heading, Person, Quote, Span
from desktop.domain.validation import BriefingTypeError, validate_briefing

TEXT = "Anna Berg said sales rose 12%."


def _briefing(**lists) -> Briefing:
    briefing = Briefing(article=Article(text=TEXT))
    for name, items in lists.items():
        setattr(briefing, name, items)
    return briefing


def _error(briefing: Briefing) -> str:
    with pytest.raises(BriefingTypeError) as caught:
        validate_briefing(briefing)
    return str(caught.value)


def test_a_right_briefing_passes_and_whole_numbers_become_numbers():
    figure = Figure(id="f", text="12%", kind="percent", value=12, spans=[Span(26, 29)])
    briefing = _briefing(figures=[figure], people=[Person(id="p", name="Anna Berg")])
    validate_briefing(briefing)
    assert briefing.figures[0].value == 12.0 and isinstance(briefing.figures[0].value, float)


@pytest.mark.parametrize(
    ("briefing", "message"),
    [
        (_briefing(people=[Person(id="p", name=5)]), "people[0].name is a number, not text"),
        (
            _briefing(figures=[Figure(id="f", text="x", kind="count", value="7")]),
            "figures[0].value is text, not a number",
        ),
        (
            _briefing(figures=[Figure(id="f", text="x", kind="count", value=float("nan"))]),
            "figures[0].value is nan, not a number",
        ),
        (
            _briefing(quotes=[Quote(id="q", text="Yes", edited=1)]),
            "quotes[0].edited is a number, not true or false",
        ),
        (
            _briefing(people=[Person(id="p", name="A", aliases="B")]),
            "people[0].aliases is text, not a list",
        ),
        (
            _briefing(people=[Person(id="p", name="A", aliases=["B", None])]),
            "people[0].aliases[1] is empty (null), not text",
        ),
        (
            _briefing(people=[Person(id="p", name="A", spans=[Span(0, 999)])]),
            "people[0].spans[0] lies outside the article text",
        ),
    ],
)
def test_the_first_wrong_field_is_named(briefing, message):
    assert _error(briefing) == message


def test_article_fields_and_headings_are_checked():
    briefing = _briefing()
    briefing.article.title = ["Title"]
    assert _error(briefing) == "article.title is a list, not text"
    briefing = _briefing()
    briefing.article.headings = [Heading("Sales", Span(0, 500))]
    assert _error(briefing) == "article.headings[0].span lies outside the article text"


def test_lone_surrogates_become_replacement_characters():
    briefing = _briefing(people=[Person(id="p", name="Anna \ud800Berg", aliases=["A\udfff"])])
    validate_briefing(briefing)
    assert briefing.people[0].name == "Anna \ufffdBerg"
    assert briefing.people[0].aliases == ["A\ufffd"]
