"""Figures: money, percentages, multiples, ranks, durations, counts. (Placeholder, being built.)"""

from __future__ import annotations


def find_figures(doc) -> list:
    return []
