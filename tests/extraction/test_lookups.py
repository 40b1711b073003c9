"""Lookups by bisection give what the plain scans over every mention gave.

The plain scans made a long article's analysis take time growing with the square of
its length (a 950,000-word text: 28 s, now 8 s; benchmarks/bench_engine.py).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Organisation, Span
from desktop.extraction.people import NameIndex
from desktop.extraction.phases import _org_spans, _subject_org
from desktop.extraction.quotes import _latest_first, _Resolver

NAMES = ["Ann Lee", "Bo Chan", "Cy Dee", "Di Eve"]


@st.composite
def mentions(draw) -> list[tuple[int, int, str]]:
    """Person mentions in text order, as find_people makes them (never overlapping)."""
    out, position = [], 0
    for _ in range(draw(st.integers(0, 12))):
        position += draw(st.integers(0, 6))
        length = draw(st.integers(1, 5))
        out.append((position, position + length, draw(st.sampled_from(NAMES))))
        position += length
    return out


@settings(max_examples=300)
@given(mentions(), st.integers(0, 80), st.integers(0, 80))
def test_people_within_is_the_plain_scan(found, start, end):
    resolver = _Resolver(NameIndex(person_mentions=found))
    plain = {n for s, e, n in found if start <= s and e <= end}
    assert resolver.people_within(start, end) == plain


@settings(max_examples=300)
@given(mentions(), st.integers(0, 80))
def test_last_person_before_is_the_plain_scan(found, offset):
    plain = None
    for s, _e, name in found:
        if s < offset:
            plain = name
    assert NameIndex(person_mentions=found).last_person_before(offset) == plain


@given(mentions(), st.data())
def test_latest_first_reads_back_from_k(found, data):
    k = data.draw(st.integers(0, len(found)))
    assert list(_latest_first(found, k)) == list(reversed(found[:k]))


@settings(max_examples=300)
@given(
    st.lists(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), max_size=4), max_size=4),
    st.integers(0, 45),
    st.integers(0, 10),
)
def test_subject_org_is_the_first_organisation_named_inside(orgs_spans, start, length):
    organisations = [
        Organisation(id=f"o{k}", name=f"Org {k}", spans=[Span(a, a + n) for a, n in spans])
        for k, spans in enumerate(orgs_spans)
    ]
    subject = Span(start, start + length)
    plain = next((o.name for o in organisations if any(subject.contains(s) for s in o.spans)), None)
    assert _subject_org(subject, _org_spans(organisations)) == plain
