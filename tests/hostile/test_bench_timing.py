"""How the linearity bench settles a time: passes over every size until each fastest repeats."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import bench_hostile  # noqa: E402


def _fake_clock(monkeypatch, times: dict[str, list[float]]) -> list[str]:
    """Make _seconds return each text's next made-up time; returns the order of the calls."""
    calls = []

    def seconds(text: str) -> float:
        calls.append(text)
        return times[text].pop(0)

    monkeypatch.setattr(bench_hostile, "_seconds", seconds)
    return calls


def test_quiet_runs_settle_after_the_minimum(monkeypatch):
    calls = _fake_clock(monkeypatch, {"a": [1.0, 1.01, 1.02], "b": [2.0, 2.02, 2.01]})
    runs = bench_hostile.fastest_times(["a", "b"])
    assert runs == [[1.0, 1.01, 1.02], [2.0, 2.02, 2.01]]
    assert calls == ["a", "b"] * bench_hostile.MIN_RUNS  # interleaved, a pass at a time


def test_a_size_slowed_in_every_early_run_is_timed_until_its_fastest_repeats(monkeypatch):
    # "b" is slowed by other work in its first three runs, each by a different amount.
    _fake_clock(
        monkeypatch,
        {"a": [1.0, 1.0, 1.0, 1.0, 1.0], "b": [3.1, 2.9, 2.6, 2.0, 2.02]},
    )
    runs = bench_hostile.fastest_times(["a", "b"])
    assert [min(r) for r in runs] == [1.0, 2.0]
    assert [len(r) for r in runs] == [5, 5]  # every size in every pass


def test_timing_stops_at_the_most_runs(monkeypatch):
    _fake_clock(monkeypatch, {"a": [float(10 - i) for i in range(bench_hostile.MAX_RUNS)]})
    (runs,) = bench_hostile.fastest_times(["a"])
    assert len(runs) == bench_hostile.MAX_RUNS


@pytest.mark.parametrize(
    ("runs", "settled"),
    [([1.0, 1.0], False), ([1.0, 1.04, 3.0], True), ([1.0, 1.2, 1.3], False)],
)
def test_settled_needs_enough_runs_and_the_fastest_twice(runs, settled):
    assert bench_hostile._settled(runs) is settled
