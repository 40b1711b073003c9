"""Tokens and runs of capitalised words: the raw material for finding names."""

from __future__ import annotations

from desktop.domain import Span
from desktop.lazyre import lazy_compile

# Words, with inner hyphens, apostrophes, ampersands and dotted initials ("K.C", "U.S").
_TOKEN = lazy_compile(r"[^\W\d_][\w&]*(?:[-'’.][^\W_][\w&]*)*|\d[\d,.]*|[^\w\s]")
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
_POSSESSIVE = ("'s", "’s", "'", "’")
_APOSTROPHE_S = _POSSESSIVE[:2]


class Token:
    """One word or punctuation mark, with its place in the text and its sentence."""

    __slots__ = ("text", "start", "end", "sentence", "index", "bare", "is_capitalised", "is_word")

    def __init__(self, text: str, start: int, end: int, sentence: int, index: int):
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.index = index  # position in the document's token list
        first = text[0]
        self.is_capitalised = first.isupper()
        self.is_word = first.isalpha()
        # The word without a possessive ending.
        self.bare = text[:-2] if text.endswith(_APOSTROPHE_S) else text

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


class Run:
    """A run of capitalised words (with connectors) that may be a name."""

    __slots__ = ("tokens", "possessive", "words", "text", "start", "end")

    def __init__(self, tokens: list[Token], possessive: bool):
        self.tokens = tokens
        self.possessive = possessive  # followed by 's
        self.words = [t.bare for t in tokens]
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

    def without_possessive(self) -> Run:
        return Run(self.tokens, False)


def tokenize(text: str, sentences: list[Span]) -> list[Token]:
    """Tokens of every sentence, numbered through the document."""
    tokens: list[Token] = []
    append = tokens.append
    for number, sentence in enumerate(sentences):
        # findall and str.find are C loops; a match object per token cost more than the rest.
        pos = sentence.start
        for word in _TOKEN.findall(text, sentence.start, sentence.end):
            pos = text.find(word, pos)
            end = pos + len(word)
            append(Token(word, pos, end, number, len(tokens)))
            pos = end
    return tokens


# An initial or dotted initials before a name: "L." of "L. Ron Hubbard", "K.C." of "K.C. Maurer".
_INITIALS = lazy_compile(r"^[A-Z]{1,2}$|^[A-Z](?:\.[A-Z])+$")
_PARTICLE_HYPHEN = lazy_compile(r"^(?:al|el|bin|ibn|abu|da|de|di|van|von|le|la)-[A-Z]")


def _is_name_word(token: Token) -> bool:
    return token.is_word and (token.is_capitalised or bool(_PARTICLE_HYPHEN.match(token.text)))


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
