"""Runs the extractors in order over one article: text in, a Briefing out."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.domain import Article, Briefing
from desktop.extraction.context import Document
from desktop.extraction.figures import find_figures
from desktop.extraction.people import find_people
from desktop.extraction.phases import find_phases
from desktop.extraction.quotes import find_quotes
from desktop.extraction.relationships import find_relationships
from desktop.extraction.summary import write_page_one
from desktop.extraction.takeaways import find_takeaways
from desktop.ingest.plaintext import parse_plain_text

_PAUSE_LOCK = threading.Lock()
_pauses = 0  # analyses running now (the window analyses in a worker thread)
_was_enabled = False  # whether the collector ran before the first of them paused it


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an article is analysed, then restored.

    The analysis makes no reference cycles (tests/hostile/test_linearity.py checks), so
    the collector finds nothing, yet it walks every live object once per 70,000 new
    ones until they are 250,000: a cost that grew with the square of the text, a tenth
    of the time at a million characters. Nested and concurrent analyses share one pause.
    """
    global _pauses, _was_enabled
    with _PAUSE_LOCK:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def analyze_article(article: Article) -> Briefing:
    """Extract people, organisations, quotes, figures, phases, page one and takeaways."""
    with collector_paused():
        return _analyze(article)


def _analyze(article: Article) -> Briefing:
    """analyze_article's stages, in order."""
    doc = Document(article)
    briefing = Briefing(article=article)
    names = find_people(doc, article.author)
    briefing.people = names.people
    briefing.organisations = names.organisations
    briefing.relationships = find_relationships(doc, names)
    briefing.quotes = find_quotes(doc, names)
    briefing.figures = find_figures(doc, names.organisations)
    briefing.phases = find_phases(doc, briefing)
    # Page one first, so that no takeaway repeats its title or bottom line.
    told = write_page_one(briefing, doc)
    briefing.takeaways = find_takeaways(doc, briefing, told)
    return briefing


def analyze_text(text: str) -> Briefing:
    """The engine's one in-process entry point: plain article text -> Briefing."""
    return analyze_article(parse_plain_text(text))


def analyze_to_dict(text: str) -> dict:
    """analyze_text(...).to_dict(): the contract object, for eval/score.py --py."""
    return analyze_text(text).to_dict()
