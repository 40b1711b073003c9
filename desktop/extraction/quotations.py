"""Find quoted passages: curly, straight and unbalanced quotation marks, across paragraphs."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain import Span
from desktop.domain.text import paragraph_spans
from desktop.extraction.lexicon_speech import REPORTING_VERBS
from desktop.lazyre import lazy_compile

# A backtick opens a quotation that a straight single mark closes (` cut the cord').
_OPEN = {"“": "”", '"': '"', "‘": "’", "«": "»", "„": "“", "`": "`'"}
# In an article with no double quotation marks, straight single ones are its quotation
# marks (British style typed plainly): 'We are delighted,' said Ms Hale.
_OPEN_WITH_SINGLES = {**_OPEN, "'": "'"}
_DOUBLE_MARKS = ('"', "“", "”", "«", "„")
_DOUBLE_OPEN = ("“", '"', "«", "„")
_ANY_OPEN = lazy_compile("[“\"‘'«„`]")


@dataclass
class Quotation:
    """A passage between quotation marks; inner is the span without the marks."""

    outer: Span
    inner: Span
    continues: bool = False  # picks up a quotation left open in the previous paragraph
    open_ended: bool = False  # no closing mark before the paragraph ended


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in ("'", "‘"):
        # An apostrophe inside or after a word ("don't", "Kids'") is not a quotation mark.
        return not prev.isalnum() and nxt.isalpha()
    if ch == '"':
        return not prev.isalnum() and not nxt.isspace()
    if ch == "`":
        return not prev.isalnum()  # "don`t" is an apostrophe typed as a backtick
    return True


# The characters _find_close must look at for each closing mark: the mark, its straight
# or curly twin, and (for ”) a new opening “. Searching for them skips the rest in C.
_CLOSE_CANDIDATES = {
    "”": lazy_compile('[”"“]'),
    '"': lazy_compile('["”]'),
    "’": lazy_compile("’"),
    "»": lazy_compile("»"),
    "“": lazy_compile("“"),
    "'": lazy_compile("'"),
    "`'": lazy_compile("'"),
}


# Closers _find_close looks for by the mark alone: when one is missing after an offset,
# it is missing after every later offset of the paragraph too.
_PLAIN_CLOSERS = frozenset({"’", "»", "'", "`'"})


def closes_straight_single(text: str, j: int, end: int) -> bool:
    """Whether the straight ' at j closes a quotation rather than ending a plural's
    possessive: 'It is done,' she said / called it 'a mess'. / not "the workers' pay"."""
    before = text[j - 1]
    after = text[j + 1] if j + 1 < end else " "
    if after.isalnum() or before.isspace():
        return False
    return before in ".,!?" or after in ",.;:!?)"


def opens_after_comma(text: str, i: int) -> bool:
    """Whether a straight " that a space follows opens a quotation typed with the space on
    the wrong side: 'said resources would come," For example, schools can ..."'. Met
    outside any quotation, after a comma or a colon and before a capital, it opens one
    (a closing mark there would have closed a quotation already read)."""
    return (
        0 < i
        and text[i - 1] in ",:"
        and text[i + 1 : i + 2] == " "
        and text[i + 2 : i + 3].isupper()
        and not _attribution_ahead(text, i + 1)
    )


# The words after a mark up to a verb: a name or a pronoun, then the verb.
_SPEAKER_THEN_VERB = lazy_compile(
    r"\s+(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:he|she|they|it|He|She|They|It)\s+)(?P<verb>[a-z]+)\b"
)


def _attribution_ahead(text: str, at: int) -> bool:
    """Whether an attribution follows at: '..." Doe said at the rally' is a closing mark
    after a quotation whose opening mark is missing, not an opening one."""
    match = _SPEAKER_THEN_VERB.match(text, at)
    return match is not None and match["verb"] in REPORTING_VERBS


def _find_close(text: str, i: int, end: int, closer: str) -> int:
    """Index of the mark that closes the quotation opened at i, or -1."""
    candidates = _CLOSE_CANDIDATES[closer]
    j = i + 1
    while (found := candidates.search(text, j, end)) is not None:
        j = found.start()
        ch = text[j]
        if closer == "'":
            if closes_straight_single(text, j, end):
                return j
        elif closer == "`'":
            if j + 1 >= end or not text[j + 1].isalnum():
                return j  # "` cut the cord' between": any mark no letter follows
        elif ch == closer or (closer == "”" and ch == '"') or (closer == '"' and ch == "”"):
            nxt = text[j + 1] if j + 1 < end else " "
            if closer != "’" or not nxt.isalpha():
                return j
        elif ch == "“" and closer == "”" and j > i + 1:
            # Someone forgot to close: a new opening mark ends this quotation.
            if text[j - 1].isspace():
                return -1
        j += 1
    return -1


def find_quotations(text: str, start: int = 0) -> list[Quotation]:
    """All double-quoted (and single-quoted, outside double quotes) passages in the body;
    straight single quotation marks count only in an article without double ones."""
    found: list[Quotation] = []
    left_open = False
    opening = _OPEN
    if all(text.find(mark, start) < 0 for mark in _DOUBLE_MARKS):
        opening = _OPEN_WITH_SINGLES
    for para in paragraph_spans(text, start):
        i = para.start
        opened_here = False
        # Closers found missing from the rest of the paragraph: looking again for a
        # single closing mark after each of a paragraph's many lone opening ones made
        # the search grow with the square of the paragraph's length.
        missing: set[str] = set()
        while i < para.end:
            # Jump to the next quotation mark rather than walking every character.
            mark = _ANY_OPEN.search(text, i, para.end)
            if mark is None:
                break
            i = mark.start()
            ch = text[i]
            loose = ch == '"' and opens_after_comma(text, i)
            if ch in opening and (loose or _is_opening(text, i)):
                closer = opening[ch]
                close = -1 if closer in missing else _find_close(text, i, para.end, closer)
                if close < 0 and closer in _PLAIN_CLOSERS:
                    missing.add(closer)
                if close < 0:
                    if ch in _DOUBLE_OPEN and not loose:
                        q = Quotation(Span(i, para.end), Span(i + 1, para.end), open_ended=True)
                        q.continues = left_open and i == para.start
                        found.append(q)
                        opened_here = True
                        break
                    i += 1
                    continue
                q = Quotation(Span(i, close + 1), Span(i + 1, close))
                q.continues = left_open and i == para.start
                found.append(q)
                i = close + 1
                continue
            i += 1
        left_open = opened_here
    # Trim spaces and a trailing comma inside the marks.
    for q in found:
        a, b = q.inner.start, q.inner.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
            b -= 1
        q.inner = Span(a, b)
    return [q for q in found if q.inner.end > q.inner.start]
