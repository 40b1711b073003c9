"""What keeps analysis linear in the text without timing it: the paused cycle collector."""

from __future__ import annotations

import gc

import pytest

from desktop.extraction import analyze_text
from desktop.extraction.pipeline import collector_paused

# Made up: people, titles, quotes with and without speakers, amounts, a dated plan.
ARTICLE = (
    "Anna Berg, chief executive of Acme Corp, said sales rose 12% to $1.5 billion.\n\n"
    "“We will build a new plant in Ohio by 2030,” Ms. Berg said. “Costs fell.”\n\n"
    '"Yes," said Mr. Tom Smith, an analyst at Zeta Capital. He expects 400 new jobs.\n\n'
    "‘Quiet’ growth, the company said, would continue. Acme shares rose 3 percent."
)


def test_analysis_leaves_no_cycles_for_the_collector():
    # The collector is paused during analysis because it would find nothing: if a stage
    # starts making reference cycles, they would pile up until the analysis ends.
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        briefing = analyze_text(ARTICLE * 20)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()
    assert briefing.people and briefing.quotes and briefing.figures


def test_the_collector_runs_again_after_an_analysis_and_after_a_failure():
    gc.enable()
    analyze_text(ARTICLE)
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("a stage failed")
    assert gc.isenabled()


def test_nested_pauses_restore_the_collector_only_at_the_end():
    gc.enable()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    try:
        analyze_text(ARTICLE)
        assert not gc.isenabled()
    finally:
        gc.enable()
