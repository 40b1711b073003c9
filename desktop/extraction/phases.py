"""Strategy phases with horizons and actions. (Placeholder, being built.)"""

from __future__ import annotations


def find_phases(doc, briefing) -> list:
    return []
