"""How the words before a reporting verb end, read backwards: adverbs, "and", a pronoun.

Each function answers what a pattern anchored at the end ("...\\s*$") would, searched
from start to end. Python's re cannot search backwards, so such a pattern is tried at
every position before the end; reading back from the end costs a few characters.
"""

from __future__ import annotations

from desktop.extraction.lexicon import is_word_char

# The adverbs (and time words) that may stand between a speaker and the verb:
# "Mr Lee also said", "the company on Monday said".
ADVERBS = frozenset(
    "also later then previously has had have earlier again further recently once reportedly "
    "publicly separately subsequently simply repeatedly last this on week month year".split()
)
_PRONOUNS = ("he", "He", "she", "She")


def _before_spaces(text: str, start: int, end: int) -> int:
    """The offset where the whitespace that ends text[start:end] begins."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _word_ending_at(text: str, start: int, end: int) -> int:
    """The offset where the run of word characters that ends at end begins."""
    while end > start and is_word_char(text[end - 1]):
        end -= 1
    return end


def _is_adverb(word: str) -> bool:
    return word in ADVERBS or (len(word) > 3 and word.endswith("day"))  # "Monday", "today"


def adverbs_start(text: str, start: int, end: int) -> int:
    """Where the adverbs and spaces that end text[start:end] begin (end if there are none).

    As the start of re.search(r"(?:\\s+(?:ADVERB|\\w+day))*\\s*$", text, start, end).
    """
    cut = position = _before_spaces(text, start, end)
    while True:
        word_start = _word_ending_at(text, start, position)
        if word_start == position or not _is_adverb(text[word_start:position]):
            return cut
        spaces = _before_spaces(text, start, word_start)
        if spaces == word_start:
            return cut  # an adverb needs a space before it
        cut = position = spaces


def conjunction_start(text: str, start: int, end: int) -> int | None:
    """Where a closing "and" or "but" (with its spaces and a comma before) begins, or None.

    As the start of re.search(r",?\\s+(?:and|but)\\s*$", text, start, end).
    """
    position = _before_spaces(text, start, end) - 3
    if position < start or text[position : position + 3] not in ("and", "but"):
        return None
    spaces = _before_spaces(text, start, position)
    if spaces == position:
        return None
    return spaces - 1 if spaces > start and text[spaces - 1] == "," else spaces


def pronoun_at_end(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(offset, pronoun) when text[start:end] ends with "he" or "she" and spaces.

    As re.search(r"\\b(he|she|He|She)\\s*$", text, start, end).
    """
    position = _before_spaces(text, start, end)
    for size in (3, 2):  # "she" before "he": the leftmost match
        word_start = position - size
        if word_start >= start and text[word_start:position] in _PRONOUNS:
            if word_start == 0 or not is_word_char(text[word_start - 1]):
                return word_start, text[word_start:position]
    return None


def before_aside(text: str, start: int, end: int) -> int:
    """Where a short aside in brackets that ends text[start:end] begins, past its spaces:
    "Martin Lewis (pictured) said", "Jo Lee (D-Calif.) said" -> after the name; end if
    there is none."""
    if text[end - 1 : end] != ")":
        return end
    opened = text.rfind("(", max(start, end - 30), end)
    if opened < 0 or ")" in text[opened : end - 1]:
        return end
    while opened > start and text[opened - 1].isspace():
        opened -= 1
    return opened
