"""When a horizon falls: the dates of horizon forms news writes, from the article's date."""

import datetime as dt

import pytest

from desktop.extraction.when import due_date

BASE = dt.date(2025, 5, 6)


@pytest.mark.parametrize(
    ("horizon", "due"),
    [
        ("next fiscal year", dt.date(2026, 7, 1)),
        ("within weeks", dt.date(2025, 6, 5)),
        ("later in the year", dt.date(2025, 12, 1)),
        ("in the new year", dt.date(2026, 1, 15)),
        ("in the second half", dt.date(2025, 10, 1)),
        ("in the first half", BASE),  # under way in May
        ("for another year", dt.date(2026, 5, 6)),
        ("by the end of the year", dt.date(2025, 12, 31)),
        ("in the second half of 2026", dt.date(2026, 7, 1)),
        ("by end-2026", dt.date(2026, 12, 31)),
    ],
)
def test_parts_of_the_year_and_spans_without_a_number_have_a_date(horizon, due):
    assert due_date(horizon, BASE) == due
