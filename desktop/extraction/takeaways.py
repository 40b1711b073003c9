"""Key takeaways for an executive. (Placeholder, being built.)"""

from __future__ import annotations


def find_takeaways(doc, briefing) -> list:
    return []
