"""The places a story is about: the town of its dateline, its country and its province,
and the country each sentence is about."""

from __future__ import annotations

from collections import Counter

from desktop.extraction.context import Document
from desktop.extraction.entities import is_place
from desktop.extraction.lexicon import COUNTRIES, NATIONALITIES
from desktop.extraction.lexicon_names import REGIONS, STATES_AND_PROVINCES
from desktop.extraction.mentions import Run, Tokens
from desktop.extraction.names import is_dateline
from desktop.lazyre import lazy_compile

_NOT_SUBJECT_COUNTRIES = frozenset({"US", "UK", "EU"})


def dateline_town(doc: Document) -> str | None:
    """The town a story is filed from: "Glenfield" of "GLENFIELD, Ont. —", "Taipei" of
    "Taipei, Taiwan —"."""
    runs = doc.runs
    if not runs or runs[0].sentence != 0:
        return None
    if is_dateline(doc.tokens, runs[0]):
        return " ".join(w.capitalize() for w in runs[0].words)
    if _place_dateline(doc.tokens, runs):
        return runs[0].text
    return None


def _place_dateline(tokens: Tokens, runs: list[Run]) -> bool:
    """A dateline written in capitals and small letters: "Taipei —", "Portvale, Taiwan —";
    the town, or the place after its comma, is one the lists know."""
    texts, town = tokens.texts, runs[0]
    k = town.last + 1
    if k + 1 < len(texts) and texts[k] == "," and len(runs) > 1 and runs[1].first == k + 1:
        if not (is_place(runs[1].text) or runs[1].text in STATES_AND_PROVINCES):
            return False
        k = runs[1].last + 1
    elif not is_place(town.text):
        return False
    return k < len(texts) and texts[k] in {"—", "–", "-"}


# Signs that a story's government is a province's or a state's: its ministers serve the
# region named most, not the country ("the province's finances", "the state budget").
_REGIONAL_GOVERNMENT = lazy_compile(
    r"\b(?:the province|provincial|the state government|state legislature)\b"
)


def home_region(doc: Document, home_count: int) -> str | None:
    """The province or state an article's government is, when it says "the province" or
    "provincial" and names the region as often as its country (home_count times): "Nova
    Scotia" of "HALIFAX — Nova Scotia's government tabled a budget"."""
    if not _REGIONAL_GOVERNMENT.search(doc.lowered):
        return None
    counts: Counter[str] = Counter()
    for run in doc.runs:
        if run.words[-1] in REGIONS or run.text in STATES_AND_PROVINCES:
            counts[run.text] += 1
    if not counts:
        return None
    (region, n), *_ = counts.most_common(1)
    return region if n >= home_count else None


def sentence_subjects(doc: Document) -> dict[int, str]:
    """Sentences whose subject is a country: {sentence number: country}."""
    out: dict[int, str] = {}
    starts = {s.start for s in doc.sentences}
    for run in doc.runs:
        if run.start in starts and not run.possessive and len(run.words) == 1:
            word = run.words[0]
            if word in COUNTRIES and word not in _NOT_SUBJECT_COUNTRIES:
                out[run.sentence] = NATIONALITIES.get(word, word)
    return out


def home_country(doc: Document) -> tuple[str | None, int]:
    """The country an article speaks of most, by names and adjectives of nationality, and
    how often it is named (0 when no country leads)."""
    counts: Counter[str] = Counter()
    for run in doc.runs:  # country names and adjectives are capitalised: runs hold them all
        for word in run.words:
            if word in COUNTRIES:
                counts[NATIONALITIES.get(word, word)] += 1
            elif word in NATIONALITIES:
                counts[NATIONALITIES[word]] += 1
    if not counts:
        return None, 0
    (country, n), *rest = counts.most_common(2)
    return (country, n) if n >= 2 and (not rest or n > rest[0][1]) else (None, 0)
