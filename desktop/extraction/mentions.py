"""Tokens and runs of capitalised words: the raw material for finding names."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import accumulate, compress, repeat
from operator import and_, itemgetter
from typing import NamedTuple, overload

from desktop.domain import Span
from desktop.extraction.lexicon_plans import MONTHS, WEEKDAYS
from desktop.lazyre import lazy_compile

# Words, with inner hyphens, apostrophes, ampersands and dotted initials ("K.C", "U.S").
# Possessive quantifiers (*+): nothing after a run could use part of it back, and not
# keeping the places to backtrack to makes the scan a third faster.
_TOKEN_PATTERN = r"[^\W\d_][\w&]*+(?:[-'’.][^\W_][\w&]*+)*+|\d[\d,.]*+|[^\w\s]"
# Split on it, a token at a time (the group keeps the tokens among the parts).
_TOKEN_SPLIT = lazy_compile(f"({_TOKEN_PATTERN})")
# The same pattern for ASCII text, where it means the same and runs a third faster: re
# need not look up each character's Unicode category. Written with ranges, not with
# re.ASCII: that flag's \s leaves out the separators \x1c-\x1f, which are spaces to
# the Unicode pattern.
_ASCII_TOKEN_PATTERN = (
    r"[A-Za-z][A-Za-z0-9_&]*+(?:[-'.][A-Za-z0-9][A-Za-z0-9_&]*+)*+|[0-9][0-9,.]*+"
    r"|[^A-Za-z0-9_ \t\n\r\f\v\x1c-\x1f]"
)
_ASCII_TOKEN_SPLIT = lazy_compile(f"({_ASCII_TOKEN_PATTERN})")
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
        "arap",
        "ter",
        "zu",
        "ibn",
        "bint",
        "ben",
    }
)
# Days and months: "on" before one is a date, not a joiner ("Janet Roe on Tuesday said").
_CALENDAR_WORDS = frozenset(word.capitalize() for word in (*MONTHS, *WEEKDAYS))
# Connectors that may sit inside a person's name (not "of", "for", "and").
PERSON_PARTICLES = NAME_CONNECTORS - {"of", "for", "and", "on", "&"}


class Token(NamedTuple):
    """One word or punctuation mark, with its place in the text and its sentence."""

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


class Tokens(Sequence[Token]):
    """Every token of a document, kept as columns; a Token is made when one is asked for.

    An article has thousands of tokens, and making an object for each took more time
    than finding them. The extractors read the columns (runs of names, roles); a Token
    is made only for one picked by index.
    """

    __slots__ = (
        "texts",
        "starts",
        "ends",
        "sentences",
        "bares",
        "is_capitalised",
        "is_word",
        "after_underscore",
    )

    def __init__(
        self,
        texts: list[str],
        starts: list[int],
        ends: list[int],
        sentences: list[int],
        after_underscore: frozenset[int] = frozenset(),
    ):
        self.texts = texts
        # Tokens with "_" before them: the wire services' dateline dash, "DETROIT _ GM said".
        self.after_underscore = after_underscore
        self.starts = starts
        self.ends = ends
        self.sentences = sentences  # the sentence number of each token
        # The word without a possessive ending. The few tokens that end in one are picked
        # in C (no Python call per token); only they are cut.
        self.bares = bares = texts.copy()
        ending = map(str.endswith, texts, repeat(_POSSESSIVE_ENDINGS))
        for k in compress(range(len(texts)), ending):
            bares[k] = texts[k].removesuffix("'s").removesuffix("’s")
        firsts = list(map(_FIRST, texts))
        self.is_capitalised = list(map(str.isupper, firsts))
        self.is_word = list(map(str.isalpha, firsts))  # a word, not a number or a mark

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index):
        n = len(self.texts)
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(n))]
        if not -n <= index < n:
            raise IndexError("token index out of range")
        if index < 0:
            index += n
        fields = (
            self.texts[index],
            self.starts[index],
            self.ends[index],
            self.sentences[index],
            index,
            self.bares[index],
            self.is_capitalised[index],
            self.is_word[index],
        )
        return tuple.__new__(Token, fields)  # Token(*fields), without a Python-level __new__

    def __iter__(self) -> Iterator[Token]:
        return map(self.__getitem__, range(len(self.texts)))

    def among(self, words: frozenset[str]) -> list[Token]:
        """The tokens whose text, as written, is one of words; found in C."""
        picked = compress(range(len(self.texts)), map(words.__contains__, self.texts))
        return list(map(self.__getitem__, picked))


class Run:
    """A run of capitalised words (with connectors) that may be a name."""

    __slots__ = (
        "tokens",
        "members",
        "possessive",
        "words",
        "text",
        "first",
        "last",
        "start",
        "end",
        "sentence",
    )

    def __init__(self, tokens: Tokens, members: list[int], possessive: bool):
        """A run of the tokens at the indices members (not empty), in order."""
        self.tokens = tokens
        self.members = members  # token indices: "L. Ron Hubbard" skips the "."
        self.possessive = possessive  # followed by 's
        # Attributes, not properties: the extractors read them tens of thousands of times.
        self.first = first = members[0]  # index of the run's first token
        self.last = last = members[-1]  # index of the run's last token
        if first == last:  # most runs are one word
            self.words = (tokens.bares[first],)
            self.text = self.words[0]
        else:
            self.words = tuple(map(tokens.bares.__getitem__, members))
            self.text = " ".join(self.words)
        self.start = tokens.starts[first]
        self.end = tokens.starts[last] + len(self.words[-1]) if possessive else tokens.ends[last]
        self.sentence = tokens.sentences[first]

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def sub(self, first: int, last: int | None = None) -> Run:
        """The run of its words [first:last] (not empty)."""
        members = self.members[first:last]
        return Run(
            self.tokens, members, self.possessive and (last is None or last >= len(self.members))
        )


def tokenize(text: str, sentences: list[Span]) -> Tokens:
    """Tokens of every sentence, numbered through the document."""
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    numbers: list[int] = []
    after_underscore: set[int] = set()
    ascii_text = text.isascii()
    for number, sentence in enumerate(sentences):
        a = sentence.start
        piece = text[a : sentence.end]
        pattern = _ASCII_TOKEN_SPLIT if ascii_text or piece.isascii() else _TOKEN_SPLIT
        # [gap, token, gap, ..., token, gap]: the tokens and what lies between them (only
        # spaces and "_"), all made in C. The offsets are the running sum of the lengths.
        # Half the cost of a finditer and a Match object per token.
        parts = pattern.split(piece)
        count = len(parts) // 2
        if "_" in piece:  # rare: only then look at what lies between the tokens
            base = len(texts)
            after_underscore.update(
                base + k for k, gap in enumerate(parts[0 : 2 * count : 2]) if "_" in gap
            )
        offsets = list(accumulate(map(len, parts), initial=a))
        texts += parts[1::2]
        starts += offsets[1 : 2 * count : 2]
        ends += offsets[2 : 2 * count + 1 : 2]
        numbers += [number] * count
    return Tokens(texts, starts, ends, numbers, frozenset(after_underscore))


_FIRST = itemgetter(0)
_POSSESSIVE_ENDINGS = ("'s", "’s")


# An initial or dotted initials before a name: "L." of "L. Ron Hubbard", "K.C." of "K.C. Maurer".
_INITIALS = lazy_compile(r"^[A-Z]{1,2}$|^[A-Z](?:\.[A-Z])+$")
_PARTICLE_HYPHEN = lazy_compile(r"^(?:al|el|bin|ibn|abu|da|de|di|van|von|le|la)-[A-Z]")


def find_runs(tokens: Tokens) -> list[Run]:
    """Maximal runs of capitalised words; a possessive or punctuation ends a run."""
    texts, sentences, bares = tokens.texts, tokens.sentences, tokens.bares
    capitalised, words = tokens.is_capitalised, tokens.is_word
    underscored = tokens.after_underscore  # "DETROIT _ General Motors": two runs

    def is_name_word(k: int) -> bool:
        return words[k] and (
            capitalised[k] or ("-" in texts[k] and bool(_PARTICLE_HYPHEN.match(texts[k])))
        )

    runs: list[Run] = []
    n = len(texts)
    done = 0  # the tokens before it are in runs already
    # Runs start at capitalised words, picked in C: Python looks at the few tokens
    # around them only.
    for i in compress(range(n), map(and_, capitalised, words)):
        if i < done:
            continue
        sentence = sentences[i]
        members = [i]
        j = i
        possessive = bares[i] != texts[i]
        while not possessive and j + 1 < n and sentences[j + 1] == sentence:
            k = j + 1
            if k in underscored:
                break
            if is_name_word(k):
                members.append(k)
                j = k
            elif texts[k] == "." and _INITIALS.match(texts[members[-1]]):
                j = k  # an initial: "L. Ron Hubbard"
                continue
            elif (
                (texts[k] in NAME_CONNECTORS or texts[k] == "-")
                and k + 1 < n
                and is_name_word(k + 1)
                and sentences[k + 1] == sentence
                and not (texts[k] == "on" and texts[k + 1] in _CALENDAR_WORDS)
            ):
                members += (k, k + 1)
                j = k + 1
            elif (
                texts[k] in PERSON_PARTICLES
                and k + 2 < n
                and texts[k + 1] in PERSON_PARTICLES
                and is_name_word(k + 2)
                and sentences[k + 2] == sentence
            ):
                members += (k, k + 1, k + 2)  # two particles: "van der Berg", "de la Cruz"
                j = k + 2
            else:
                break
            possessive = bares[members[-1]] != texts[members[-1]]
        runs.append(Run(tokens, members, possessive))
        done = j + 1
    return runs
