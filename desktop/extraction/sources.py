"""Organisations the article names only as the source of its data or of an analyst's view."""

from __future__ import annotations

from desktop.domain import Organisation

# Words that end right before a source's name: "according to Refinitiv", "data from
# FactSet", "an analyst at Oak Bank". Lowercase, each ending with a space.
SOURCE_BEFORE = tuple(
    f"{words} "
    for words in (
        "according to|data from|data by|figures from|estimates from|compiled by|"
        "provided by|tracked by|polled by|surveyed by|analyst at|analysts at|analyst with|"
        "analysts with|analyst from|analysts from|economist at|economists at|strategist at|"
        "strategists at|trader at|traders at|broker at|brokerage|research firm|data firm|"
        "data provider"
    ).split("|")
)
# Words that follow a source's name: "Refinitiv data", "Oak Bank analysts", "FactSet
# estimates".
SOURCE_AFTER = frozenset(
    "data analyst analysts economist economists strategist strategists estimates figures "
    "survey poll index consensus research polling".split()
)


def data_sources(lowered: str, orgs: list[Organisation]) -> set[str]:
    """Names of the organisations every mention of which gives data or an analyst's view.

    "Shares fell 8%, according to Refinitiv data. Analysts at Oak Bank expected a profit.
    Chief financial officer Ann Cole said ...": Refinitiv and Oak Bank are sources, so
    neither is the company Ann Cole works for.

    Args:
        lowered: the article text in lowercase (Document.lowered).
        orgs: the organisations found, with their spans.
    """
    out = set()
    for org in orgs:
        if org.spans and all(
            lowered.endswith(SOURCE_BEFORE, max(0, s.start - 20), s.start)
            or _word_after(lowered, s.end) in SOURCE_AFTER
            for s in org.spans
        ):
            out.add(org.name)
    return out


def _word_after(lowered: str, end: int) -> str:
    """The word right after a name, if a space is all that stands between."""
    if lowered[end : end + 1] != " ":
        return ""
    words = lowered[end + 1 : end + 16].split(None, 1)
    return words[0].strip(".,;:") if words else ""
