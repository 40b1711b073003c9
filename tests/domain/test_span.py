"""Span: a checked, ordered, hashable character range."""

from __future__ import annotations

import pytest

from desktop.domain import Span


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4)])
def test_a_span_that_runs_backwards_or_before_the_text_is_refused(start, end):
    with pytest.raises(ValueError, match="bad span"):
        Span(start, end)


def test_spans_order_compare_and_hash_by_start_then_end():
    spans = [Span(4, 9), Span(0, 3), Span(4, 6)]
    assert sorted(spans) == [Span(0, 3), Span(4, 6), Span(4, 9)]
    assert len({Span(1, 2), Span(1, 2), Span(1, 3)}) == 2
    assert Span(0, 10).contains(Span(2, 3)) and not Span(2, 3).contains(Span(0, 10))
    assert (Span(2, 5).start, Span(2, 5).end) == (2, 5)
    assert repr(Span(2, 5)) == "Span(start=2, end=5)"


def test_a_span_cannot_be_changed():
    span = Span(1, 2)
    with pytest.raises(AttributeError):
        span.start = 0  # type: ignore[misc]
