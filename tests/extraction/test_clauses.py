"""Clauses cut down for page one: the report frame, asides and the news's weekday."""

import pytest

from desktop.extraction.clauses import without_weekday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Acme said on Friday it will close two plants.", "Acme said it will close two plants."),
        (
            "The committee voted 5-2 Thursday afternoon in favour.",
            "The committee voted 5-2 in favour.",
        ),
        ("Acme said Tuesday morning it had won.", "Acme said it had won."),
        ("Shares rose on Black Friday Sales.", "Shares rose on Black Friday Sales."),
    ],
)
def test_the_weekday_and_its_part_of_the_day_go(sentence, expected):
    assert without_weekday(sentence) == expected
