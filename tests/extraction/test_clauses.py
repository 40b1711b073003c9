"""Clauses cut down for page one: the report frame, asides and the news's weekday."""

import pytest

from desktop.extraction.clauses import without_weekday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Acme said on Friday it will close two plants.", "Acme said it will close two plants."),
        ("The board voted 6-3 Monday night to approve it.", "The board voted 6-3 to approve it."),
        ("Acme said Tuesday morning it had won.", "Acme said it had won."),
        ("Shares rose on Black Friday Sales.", "Shares rose on Black Friday Sales."),
    ],
)
def test_the_weekday_and_its_part_of_the_day_go(sentence, expected):
    assert without_weekday(sentence) == expected
