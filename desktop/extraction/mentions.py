"""Tokens and runs of capitalised words: the raw material for finding names."""

from __future__ import annotations

import re
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from desktop.domain import Span
from desktop.lazyre import lazy_compile

# Words, with inner hyphens, apostrophes, ampersands and dotted initials ("K.C", "U.S").
# Possessive quantifiers (*+): nothing after a run could use part of it back, and not
# keeping the places to backtrack to makes the scan a third faster.
_TOKEN_PATTERN = r"[^\W\d_][\w&]*+(?:[-'’.][^\W_][\w&]*+)*+|\d[\d,.]*+|[^\w\s]"
_TOKEN = lazy_compile(_TOKEN_PATTERN)
# The same pattern for ASCII text, where it means the same and runs a third faster (re
# need not look up each character's Unicode category).
_ASCII_TOKEN = lazy_compile(_TOKEN_PATTERN, re.ASCII)
# Lowercase words allowed inside a name ("Bank of India", "Carlo de Benedetti").
NAME_CONNECTORS = frozenset(
    {
        "of",
        "for",
        "and",
        "on",
        "&",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "binti",
        "al",
        "el",
        "dos",
        "das",
        "y",
    }
)
# Connectors that may sit inside a person's name (not "of", "for", "and").
PERSON_PARTICLES = NAME_CONNECTORS - {"of", "for", "and", "on", "&"}


class Token(NamedTuple):
    """One word or punctuation mark, with its place in the text and its sentence.

    A named tuple rather than a class with __init__: an article has thousands of
    tokens, and tokenize makes them all in C, with no Python code run per token.
    """

    text: str
    start: int
    end: int
    sentence: int
    index: int  # position in the document's token list
    bare: str  # the word without a possessive ending
    is_capitalised: bool
    is_word: bool

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


class Run:
    """A run of capitalised words (with connectors) that may be a name."""

    __slots__ = ("tokens", "possessive", "words", "text", "start", "end")

    def __init__(self, tokens: list[Token], possessive: bool):
        self.tokens = tokens
        self.possessive = possessive  # followed by 's
        self.words = list(map(_BARE, tokens))
        self.text = " ".join(self.words)
        self.start = tokens[0].start if tokens else 0
        last = tokens[-1] if tokens else None
        self.end = (last.start + len(last.bare) if possessive else last.end) if last else 0

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def sentence(self) -> int:
        return self.tokens[0].sentence

    def sub(self, first: int, last: int | None = None) -> Run:
        """The run of tokens[first:last]."""
        toks = self.tokens[first:last]
        return Run(toks, self.possessive and (last is None or last >= len(self.tokens)))


def tokenize(text: str, sentences: list[Span]) -> list[Token]:
    """Tokens of every sentence, numbered through the document."""
    matches: list[re.Match] = []
    numbers: list[int] = []
    ascii_text = text.isascii()
    for number, sentence in enumerate(sentences):
        a, b = sentence.start, sentence.end
        pattern = _ASCII_TOKEN if ascii_text or text[a:b].isascii() else _TOKEN
        found = list(pattern.finditer(text, a, b))
        matches += found
        numbers += [number] * len(found)
    # Every column is made by map over a C function, so no Python code runs per token:
    # about a third of the cost of constructing each token in Python.
    words = list(map(re.Match.group, matches))
    firsts = list(map(_FIRST, words))
    columns = (
        words,
        map(re.Match.start, matches),
        map(re.Match.end, matches),
        numbers,
        range(len(words)),
        map(str.removesuffix, map(str.removesuffix, words, repeat("'s")), repeat("’s")),
        map(str.isupper, firsts),
        map(str.isalpha, firsts),
    )
    return list(map(tuple.__new__, repeat(Token), zip(*columns, strict=False)))


_FIRST = itemgetter(0)
_BARE = attrgetter("bare")


# An initial or dotted initials before a name: "L." of "L. Ron Hubbard", "K.C." of "K.C. Maurer".
_INITIALS = lazy_compile(r"^[A-Z]{1,2}$|^[A-Z](?:\.[A-Z])+$")
_PARTICLE_HYPHEN = lazy_compile(r"^(?:al|el|bin|ibn|abu|da|de|di|van|von|le|la)-[A-Z]")


def _is_name_word(token: Token) -> bool:
    return token.is_word and (
        token.is_capitalised or ("-" in token.text and bool(_PARTICLE_HYPHEN.match(token.text)))
    )


def find_runs(tokens: list[Token]) -> list[Run]:
    """Maximal runs of capitalised words; a possessive or punctuation ends a run."""
    runs: list[Run] = []
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        if not (token.is_capitalised and token.is_word):
            i += 1
            continue
        j = i
        members = [tokens[i]]
        possessive = tokens[i].bare != tokens[i].text
        while not possessive and j + 1 < n and tokens[j + 1].sentence == tokens[i].sentence:
            nxt = tokens[j + 1]
            if _is_name_word(nxt):
                members.append(nxt)
                j += 1
            elif nxt.text == "." and _INITIALS.match(members[-1].text):
                j += 1  # an initial: "L. Ron Hubbard"
                continue
            elif (
                (nxt.text in NAME_CONNECTORS or nxt.text == "-")
                and j + 2 < n
                and _is_name_word(tokens[j + 2])
                and tokens[j + 2].sentence == tokens[i].sentence
            ):
                members.extend([nxt, tokens[j + 2]])
                j += 2
            else:
                break
            possessive = members[-1].bare != members[-1].text
        runs.append(Run(members, possessive))
        i = j + 1
    return runs
