"""The article as the extractors see it: text, sentences, and body start, computed once."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cached_property

from desktop.domain import Article, Span
from desktop.extraction.furniture import without_furniture
from desktop.extraction.lexicon import find_words
from desktop.extraction.mentions import Run, Token, Tokens, find_runs, tokenize
from desktop.extraction.sentences import split_sentences
from desktop.lazyre import lazy_compile

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lowercase(text: str) -> str:
    """The text in lowercase, letter for letter, so that offsets agree with the text."""
    lowered = text.lower()
    # str.lower lengthens a few letters ("İ" -> "i̇"); then only ASCII is lowered.
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


# Initials that begin a name, cut off as a sentence of their own: "J.P." of "J.P. Morgan
# Chase & Co. said", ", J.P." of "grew, J.P. Morgan analyst Jane Doe said". Initials after
# "the" ("in the U.S.") may well end a sentence.
_NAME_INITIALS = lazy_compile(
    r"(?:^|[,;:(—–]\s*|\b(?:and|by|of|at|with|from|for)\s+)(?:[A-Z]\.){2,}$"
)
# A sentence of initials alone ("K.C." of "... a donation. K.C. Maurer said") is no sentence.
_ONLY_INITIALS = lazy_compile(r"(?:[A-Z]\.){2,}")
# What every sentence _NAME_INITIALS finds ends with: two initials, in its last 5 letters.
_TWO_INITIALS_AT_END = lazy_compile(r"[A-Z]\.[A-Z]\.$")


def ends_with_name_initials(text: str, span: Span) -> bool:
    """Whether the sentence ends with initials that begin a name: ", J.P." of "grew, J.P.".

    The same as _NAME_INITIALS.search over the sentence, which tries its pattern at every
    letter; the few letters at the end are looked at first, and most sentences end
    otherwise.
    """
    return bool(
        _TWO_INITIALS_AT_END.search(text, max(span.start, span.end - 5), span.end)
        and (
            _NAME_INITIALS.search(text, span.start, span.end)
            or _ONLY_INITIALS.fullmatch(text, span.start, span.end)
        )
    )


def _join_initials(text: str, sentences: list[Span]) -> list[Span]:
    """Sentences with a name's initials joined back to the name they begin."""
    out: list[Span] = []
    for span in sentences:
        if (
            out
            and out[-1].end <= span.start
            and text[span.start : span.start + 1].isupper()
            and not text[out[-1].end : span.start].strip()
            and ends_with_name_initials(text, out[-1])
        ):
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


class Document:
    """Shared, precomputed views of one article for every extractor."""

    def __init__(self, article: Article):
        self.article = article
        self.text = without_furniture(article.text)  # offsets as in article.text

    @cached_property
    def lowered(self) -> str:
        """The text in lowercase, letter for letter, so offsets agree with the text.

        Patterns run on it rather than with re.IGNORECASE, which makes Python's re try
        every position instead of skipping to the letters a pattern can start with.
        """
        return lowercase(self.text)

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentence spans of the body; headings glued to a paragraph are cut off."""
        breaks = [h.span.end for h in self.article.headings]
        spans = split_sentences(self.text, self.article.body_start, breaks)
        headings = {(h.span.start, h.span.end) for h in self.article.headings}
        kept = [s for s in spans if (s.start, s.end) not in headings]
        return _join_initials(self.text, kept)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the last sentence that starts at or before offset (-1 if none)."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence that holds offset, if any."""
        k = self.sentence_index(offset)
        if k >= 0 and offset < self.sentences[k].end:
            return self.sentences[k]
        return None

    def sentence_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @cached_property
    def tokens(self) -> Tokens:
        """Every word and punctuation mark of the body, numbered."""
        return tokenize(self.text, self.sentences)

    @cached_property
    def runs(self) -> list[Run]:
        """Runs of capitalised words, the candidates for names."""
        return find_runs(self.tokens)

    def sentences_with(self, words: Iterable[str]) -> set[int]:
        """Indices of the sentences where any of words (lowercase) stands as a whole word.

        A cheap first sieve before a pattern search, found by str.find in the lowercased
        text (lexicon.find_words); "good-will" counts as holding "will".
        """
        spans = find_words(self.lowered, words, self.article.body_start)
        # A word in a heading counts for the sentence before it: a sieve may keep too much.
        return {self.sentence_index(start) for start, _end in spans} - {-1}

    def tokens_among(self, words: frozenset[str]) -> list[Token]:
        """The tokens whose text, as written, is one of words; found in C."""
        return self.tokens.among(words)
