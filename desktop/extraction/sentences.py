"""Split article text into sentences, as character spans, around abbreviations."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from desktop.domain import Span
from desktop.domain.text import paragraph_spans
from desktop.lazyre import lazy_compile

# Word lists read better packed than one word per line.
# fmt: off
# Abbreviations after which a full stop never ends a sentence (titles, months, "No.").
_NEVER_FINAL = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt",
    "sgt", "maj", "adm", "rev", "hon", "jr", "sr", "no", "nos", "vs", "etc", "approx", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "e.g", "i.e", "cf", "al", "pres", "supt", "insp", "det", "cmdr", "messrs",
    "rs",  # Indian rupees: "Rs. 120 crore"
}
# Abbreviations that may end a sentence, but usually do not ("Ltd. and", "Co.'s").
_MAYBE_FINAL = {"ltd", "co", "inc", "corp", "plc", "llc", "bros", "u.s", "u.k", "u.n", "e.u",
                "p.m", "a.m", "s.a", "n.v", "ag", "cos"}
# Words that, capitalised after such an abbreviation, show a new sentence has begun.
SENTENCE_STARTERS = {
    "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that",
    "these", "those", "in", "on", "at", "but", "and", "or", "so", "yet", "while", "when",
    "after", "before", "as", "if", "there", "his", "her", "their", "our", "my", "for",
    "shares", "meanwhile", "however", "also", "since", "although", "though", "with",
}
# fmt: on

# A stop, then closing quotes or brackets, before a capital, a digit or the end. It starts
# with a plain character class (not "[.!?]+" or an alternation) so that Python's re jumps
# from stop to stop in C rather than trying the pattern at every position. Its runs are
# possessive (*+): giving back a stop or a quote could never let the lookahead match.
_BOUNDARY = lazy_compile(r"""[.!?][.!?]*+["'”’)\]]*+(?=\s+["'“‘(\[]*[A-Z0-9]|\s*$)""")
# No sentence of news runs this long; a longer run with no sentence end is a list, a
# table flattened to text or a damaged file. Cutting it bounds what every rule that
# reads a whole sentence costs, so the engine's time grows with the text's length.
MAX_SENTENCE_CHARS = 2000
_LETTERS_AND_STOPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_NEXT_WORD = lazy_compile(r"""\s+["'“‘(\[]*([A-Za-z0-9]+)""")


def _word_before(text: str, stop: int) -> str | None:
    r"""The word (letters and dots, from a letter) that ends at the full stop text[stop].

    What re.search(r"([A-Za-z][A-Za-z.]*)\.$", text, stop - 20, stop + 1) finds, read
    backwards from the stop instead of tried at each of the 20 positions before it.
    """
    low = max(0, stop - 20)
    start = stop
    while start > low and text[start - 1] in _LETTERS_AND_STOPS:
        start -= 1
    while start < stop and text[start] == ".":
        start += 1  # the word starts with a letter
    return text[start:stop] if start < stop else None


def _is_boundary(text: str, stop: int, match_end: int, para_end: int) -> bool:
    """Whether the full stop at text[stop] really ends a sentence."""
    if text[stop] != ".":
        return True
    before = _word_before(text, stop)
    if before is None:
        return True
    word = before.lower().rstrip(".")
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith"
        return False
    if word in _NEVER_FINAL:
        return False
    if word in _MAYBE_FINAL:
        nxt = _NEXT_WORD.match(text, match_end, para_end)
        return bool(nxt and nxt.group(1).lower() in SENTENCE_STARTERS)
    return True


def split_sentences(text: str, start: int = 0, breaks: Iterable[int] = ()) -> list[Span]:
    """Sentence spans of text from start on; a line break always ends a sentence.

    Args:
        text: the article text.
        start: where the body starts (metadata lines before it are skipped).
        breaks: extra offsets where a sentence must end (after a glued-on heading).
    """
    extra = sorted(set(breaks))
    out: list[Span] = []
    for para in paragraph_spans(text, start):
        cuts = extra[bisect.bisect_right(extra, para.start) : bisect.bisect_left(extra, para.end)]
        pieces, s = [], para.start
        for cut in cuts:
            pieces.append(Span(s, cut))
            s = cut
        pieces.append(Span(s, para.end))
        for piece in pieces:
            out.extend(_split_piece(text, piece))
    return out


def _split_piece(text: str, piece: Span) -> list[Span]:
    bounds: list[tuple[int, int]] = []
    s = piece.start
    for match in _BOUNDARY.finditer(text, piece.start, piece.end):
        if match.end() <= s:
            continue
        if not _is_boundary(text, match.start(), match.end(), piece.end):
            continue
        bounds.append((s, match.end()))
        s = match.end()
        while s < piece.end and text[s].isspace():
            s += 1
    if s < piece.end:
        bounds.append((s, piece.end))
    # Trim whitespace at both ends of each sentence.
    trimmed = []
    for a, b in bounds:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.extend(cut_run_on(text, a, b))
    return trimmed


def cut_run_on(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[Span]:
    """text[start:end] as one span, or, past limit characters, cut at the last space before it.

    "a a a ... a" of 5,000 characters with limit 2,000 -> three spans of at most 2,000
    characters each, cut at spaces; a run with no space is cut at the limit itself.
    """
    out = []
    while end - start > limit:
        cut = start + limit
        space = cut
        while space > start and not text[space].isspace():
            space -= 1
        if space > start:
            cut = space
        out.append(Span(start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append(Span(start, end))
    return out
