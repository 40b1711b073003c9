"""What to watch: the plan's next horizons and the dated events ahead of the article's date."""

from __future__ import annotations

import datetime as dt
import re

from desktop.domain import Briefing, Phase, Span, WatchItem, make_id
from desktop.extraction.clauses import main_clause
from desktop.extraction.context import Document
from desktop.extraction.lexicon import find_literals
from desktop.extraction.page_one_words import FUTURE_WORDS, NUMBER_WORDS
from desktop.extraction.when import due_date, is_present
from desktop.lazyre import lazy_compile

MAX_WATCH = 5
LOWERCASE_SEARCH = 100_000  # characters in which a word is looked for in lowercase
MAX_WHAT_WORDS = 20
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# A time phrase ahead in the text: "by 2035", "by June 10", "in the fall of 2011",
# "by the end of next year", "next month", "later this year", "on January 15".
_TIME_PHRASE = lazy_compile(
    r"(?:(?:by|until|before|in|on|from|after|through|starting|around|during)\s+"
    r"(?:the\s+(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of\s+)?"
    r"(?:early\s+|late\s+|mid-?)?"
    rf"(?:(?:{_MONTH_NAMES})\b\.?(?:\s+\d{{1,2}}\b)?(?:,?\s+(?:19|20)\d\d)?(?:\s+of\s+next\s+year)?"
    r"|\d{1,2}\s+(?:" + _MONTH_NAMES + r")\b(?:\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d\b"
    r"|(?:the\s+)?(?:spring|summer|fall|autumn|winter)(?:\s+of\s+(?:19|20)\d\d)?"
    r"|(?:next|this)\s+(?:week|month|quarter|year))"
    r"|(?:next|later\s+this)\s+(?:week|month|quarter|year))"
)
# What every time phrase holds: a year, a month, a season or a unit of time.
# Years and months start with a digit or a capital, rare enough for a regex to skip to
# (spelled out flat, as re only skips to the first letters of a flat alternation).
_YEAR_OR_MONTH = lazy_compile(
    r"19\d\d|20\d\d|" + "|".join(rf"{month}\b" for month in _MONTH_NAMES.split("|"))
)
_TIME_WORDS = ("spring", "summer", "fall", "autumn", "winter", "week", "month", "quarter", "year")
# Where the clause around a time phrase begins: a comma, "with", a relative pronoun.
_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s+|\s[—–]\s+|\s(?:with|while|and|as|where)\s+)(?:in\s+which\s+|which\s+|that\s+)?"
)
_CLAUSE_END = re.compile(r"[,;:]\s|\s[—–]\s|[.!?]\s*$")
_WORD = re.compile(r"[a-z]+")
# A preposition left at the end when the time phrase after it moved to the front.
_DANGLING = re.compile(r"\s+(?:for|in|on|at|by|until|from|of)$")
# Words a clause cut from its subject starts with: "will be delayed" needs what comes before.
_VERB_STARTS = frozenset(
    "will would is are was were has have had be been to should could may might can".split()
)
_BARE_DURATION = re.compile(
    r"^(?:at\s+least|at\s+most|about|around|some|up\s+to)?\s*"
    r"(?:\d[\d.,]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
    r"(?:\s*(?:to|-|–|or)\s*\S+)?[\s-]*(?:days?|weeks?|months?|quarters?|years?|decades?)$",
    re.IGNORECASE,
)
# Words before a time phrase that make it the past or a plan given up: "announced in
# January", "originally due later this year".
_PAST_BEFORE = re.compile(r"(?:\b\w+ed|were|was)\s*$")
_GIVEN_UP_BEFORE = re.compile(r"\b(?:originally|previously|initially|once)(?:\s+\w+)?\s*$")


def when_words(horizon: str) -> str:
    """A horizon as the start of a line: "at least five years" -> "In at least five years"."""
    horizon = " ".join(horizon.split())
    relative = ("in ", "within ", "next ", "this ", "later ", "early ", "late ")
    if _BARE_DURATION.match(horizon) and not horizon.lower().startswith(relative):
        horizon = "in " + horizon
    return horizon[:1].upper() + horizon[1:]


def lowercase_start(text: str, article_text: str) -> str:
    """ "Supply to other automakers" -> "supply to ...", when the article writes "supply" in
    lowercase somewhere; "CALB will ..." and "Akerson plans ..." keep their capital."""
    first = text.split(" ", 1)[0]
    if not first[:1].isupper() or first[1:2].isupper():
        return text
    lower = first.lower()
    # Looked for near the start only, so that the cost stays bounded on a long article.
    pattern = re.compile(rf"(?<![\w-]){re.escape(lower)}(?![\w-])")
    if not pattern.search(article_text, 0, LOWERCASE_SEARCH):
        return text
    return lower + text[len(first) :]


def watch_from_phase(phase: Phase, base: dt.date) -> WatchItem | None:
    """A phase whose horizon lies ahead: "Within two to three years: supply to other automakers"."""
    horizon = " ".join((phase.horizon or "").split())
    title = " ".join(phase.title.split()).rstrip(".")
    if not horizon or not title or is_present(horizon):
        return None
    due = due_date(horizon, base)
    if due is None or due <= base:
        return None
    return WatchItem(
        id=make_id("watch", "phase", phase.id or title),
        text=f"{when_words(horizon)}: {title}",
        due=due.isoformat(),
        spans=list(phase.spans[:1]),
    )


def _future_clause(sentence: str) -> bool:
    return any(word in FUTURE_WORDS for word in _WORD.findall(sentence.lower()))


def watch_from_sentence(
    doc: Document, sentence: Span, base: dt.date, phrases: list[re.Match] | None = None
) -> list[WatchItem]:
    """Dated events ahead that one sentence names, each as "When: what".

    "Demand is expected to grow 19 times by 2035." (written in 2025) gives
    "By 2035: demand is expected to grow 19 times"; "Sales fell in 2024." gives nothing:
    the date must lie after the article's, and the clause be about the future (a future
    word such as "will" or "expected", or a deadline: "by", "until", "next").

    Args:
        phrases: the time phrases in the sentence, found in the whole text (offsets in
            it); None finds them in the sentence.
    """
    text = doc.sentence_text(sentence)
    found = []
    if phrases is None:
        phrases = list(_TIME_PHRASE.finditer(doc.text, sentence.start, sentence.end))
    for match in phrases:
        phrase = match.group(0)
        due = due_date(phrase, base)
        if due is None or due <= base:
            continue
        phrase = phrase.rstrip(".")
        deadline = phrase.lower().startswith(("by ", "until ", "next ", "later "))
        start, end = match.start() - sentence.start, match.end() - sentence.start
        if _GIVEN_UP_BEFORE.search(text, 0, start):
            continue
        if not deadline and _PAST_BEFORE.search(text, 0, start):
            continue
        if not (deadline or _future_clause(text[:start].rsplit(",", 1)[-1])):
            continue
        end_match = _CLAUSE_END.search(text, end)
        what = _clause_around(text, start, end, end_match.start() if end_match else len(text))
        if what is None:
            continue
        found.append(
            WatchItem(
                id=make_id("watch", match.start()),
                text=f"{phrase[:1].upper()}{phrase[1:]}: {what}",
                due=due.isoformat(),
                spans=[sentence],
            )
        )
    return found


def _clause_around(text: str, start: int, end: int, clause_end: int) -> str | None:
    """The clause a time phrase stands in, without it: from the nearest clause start before
    it that gives the clause a future word or a verb of its own, to the clause's end."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, start)]
    for begin in [*reversed(starts), 0]:
        what = main_clause(text[begin:start] + " " + text[end:clause_end]).strip(" ,;.")
        what = _DANGLING.sub("", what)
        words = what.split()
        if len(words) > MAX_WHAT_WORDS:
            return None
        first = words[0].lower() if words else ""
        if len(words) >= 3 and first not in _VERB_STARTS and (begin == 0 or _future_clause(what)):
            return what
    return None


def time_sentences(doc: Document) -> list[int]:
    """Indices of the sentences that may hold a time phrase, in order: a sieve.

    Every time phrase has a year, a month, a season or a unit of time ("next month") in
    it; one look for those (rarer than the prepositions a phrase starts with) finds the
    sentences worth reading. It may keep too much, never too little. The sentences are
    those where re.finditer("(?:19|20)\\d\\d|(?:January|...)\\b|spring|...|year") finds a
    match; the words in lowercase, which a regex would stop at every "a" and "m" for, by
    str.find (lexicon.find_literals). A word found inside another ("midyear") is in the
    same sentence as the word that holds it.
    """
    text, body = doc.text, doc.article.body_start
    starts = [m.start() for m in _YEAR_OR_MONTH.finditer(text, body)]
    starts += find_literals(text, _TIME_WORDS, body)
    found = set()
    for start in starts:
        index = doc.sentence_index(start)
        if index >= 0 and start < doc.sentences[index].end:
            found.add(index)
    return sorted(found)


def find_watch(doc: Document, briefing: Briefing, base: dt.date) -> list[WatchItem]:
    """At most five things ahead, nearest first: the phases' next horizons, then dated events.

    Args:
        doc: the article.
        briefing: the briefing with its phases.
        base: the article's date; only what falls after it is ahead.
    """
    items = [item for p in briefing.phases if (item := watch_from_phase(p, base)) is not None]
    seen_due = {item.due for item in items}
    for index in time_sentences(doc):
        span = doc.sentences[index]
        # A phase and a phrase of the same date are one event: the phase says it.
        for item in watch_from_sentence(doc, span, base):
            if item.due not in seen_due:
                seen_due.add(item.due)
                items.append(item)
    items.sort(key=lambda item: item.due or "9999")
    kept = items[:MAX_WATCH]
    for item in kept:  # only the few kept are put in sentence case
        when, _, what = item.text.partition(": ")
        item.text = f"{when}: {lowercase_start(what, doc.text)}"
    return kept
