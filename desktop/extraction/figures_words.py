"""Words around a figure: the counted noun after it, and what it is about."""

from __future__ import annotations

from desktop.lazyre import lazy_compile

STOPWORDS = frozenset(
    """a an the of in on at to for with by from and or nor but as than that which who whom
    whose when where while is are was were be been being have has had will would can could may
    might should must shall do does did it its their them they he she we you i his her our
    my your this these those not no also now each per after before into over under since
    until ago later earlier so if about around during including across through between
    against among such then there here just only all both said says say according via
    because though although whether yet still even already more most less than very too
    again ever never always perhaps sometimes towards besides afterwards nevertheless thus
    unless plus yes us what how why whereas upon within without amid out up down off
    """.split()
)
# Nouns whose plural does not end in "s".
IRREGULAR_PLURALS = (
    "people", "children", "men", "women", "personnel", "staff", "police", "cattle", "sheep",
    "fish", "deer", "feet", "teeth", "mice", "geese", "aircraft", "troops", "crew",
    "offspring", "livestock", "faithful", "youth",
)  # fmt: skip
# Words ending in "s" that are not plural nouns.
_NOT_PLURAL = frozenset("is was has does this its his thus as us yes less unless across plus "
                        "always perhaps sometimes towards besides afterwards whereas "
                        "news series species".split())  # fmt: skip

_WORD = lazy_compile(r"[A-Za-z0-9][A-Za-z0-9'’]*(?:-[A-Za-z0-9]+)*")
_CLAUSE_MARK = lazy_compile(r"[.;:!?\n\"“”()\[\]—]|,(?!\d)")
_PUNCTUATION = "()[]\"“”‘’',;:.!?"


def looks_plural(word: str) -> bool:
    """True for "seekers", "votes", "people", "schoolchildren"; False for "claim", "is"."""
    lower = word.lower().rstrip("'’")
    if lower in _NOT_PLURAL or lower in STOPWORDS:
        return False
    if lower.endswith(IRREGULAR_PLURALS):
        return True
    return len(lower) > 2 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def _ends_phrase(word: str) -> bool:
    """Verbs and adverbs that end a noun phrase ("killed", "crossing", "quickly")."""
    lower = word.lower()
    if lower in STOPWORDS:
        return True
    return len(lower) > 4 and lower.endswith(("ed", "ing", "ly")) and not word[0].isupper()


def counted_noun(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The noun phrase a count counts, in text[start:end] right after the number.

    Args:
        text: the article text.
        start: where the words after the number begin (at the space).
        end: how far the words may reach.

    Returns:
        (end offset of the head noun, the phrase), or None where no plural head noun follows
        within four words ("asylum seekers", "Andy Warhol photographs", "people").
    """
    head_end, phrase_start, previous_end = None, None, start
    for count, match in enumerate(_WORD.finditer(text, start, end)):
        gap = text[previous_end : match.start()]
        if count >= 4 or not gap or gap.strip(" \t") or _ends_phrase(match.group()):
            break
        if not match.group().isalpha() and not _in_model_name(text, phrase_start):
            break  # a number or code only inside a name: "42 Dash 8 aircraft"
        if phrase_start is None:
            phrase_start = match.start()
        if looks_plural(match.group()):
            head_end = match.end()
        previous_end = match.end()
    if head_end is None or phrase_start is None:
        return None
    return head_end, text[phrase_start:head_end]


def _in_model_name(text: str, phrase_start: int | None) -> bool:
    """Whether the words after a count open with a capitalised name, so that a number or
    code among them names a model: "30 Airbus A220 jets", "12 Boeing 737 Max planes"."""
    return phrase_start is not None and text[phrase_start].isupper()


def _content_words(tokens: list[str]) -> list[str]:
    """Tokens cleaned of punctuation, without function words or numbers at either end."""
    words = [t.strip(_PUNCTUATION) for t in tokens]
    words = [w for w in words if w]
    while words and (words[0].lower() in STOPWORDS or not words[0][0].isalpha()):
        words = words[1:]
    while words and (words[-1].lower() in STOPWORDS or not words[-1][-1].isalpha()):
        words = words[:-1]
    return words


def describe(text: str, start: int, end: int, kind: str) -> str | None:
    """What a figure measures, in a few words of its own clause.

    Adjective-like figures ("20-year agreement", "third-largest battery maker", "70 per cent
    of the components") are about the words after them; the rest about the words before
    ("plans to invest more than ...").

    Args:
        text: the article text.
        start: where the figure starts.
        end: where the figure ends.
        kind: the figure's kind.
    """
    window = text[max(0, start - 60) : start]
    left = _CLAUSE_MARK.split(window)[-1].split() or window.split()
    if kind == "rank":
        return _describe_rank(text, end, left)
    right = _CLAUSE_MARK.split(text[end : end + 60], 1)[0].split()
    of_follows = bool(right) and right[0].lower() == "of"
    after: list[str] = []
    for token in right[1:5] if of_follows else right[:4]:
        word = token.strip(_PUNCTUATION)
        if after and _ends_phrase(word):
            break
        after.append(token)
        if looks_plural(word) or word != token:
            break  # the head noun, or punctuation closes the phrase
    after = _content_words(after)
    before = _content_words(left[-4:])
    prefer_after = kind == "rank" or of_follows or "-" in text[start:end]
    words = (after or before) if prefer_after else (before or after)
    return " ".join(words) or None


_RANK_LINKS = frozenset({"of", "and", "in", "for", "among"})
_RANK_STOPS = frozenset(
    "with that which who whose to as by from after before while where when since is was "
    "will would has have had".split()
)


def _describe_rank(text: str, end: int, left: list[str]) -> str | None:
    """What a rank ranks, and in whose field: "maker of trucks and buses (India)".

    "India's second-biggest maker of trucks and buses" and "China's third-largest
    battery maker CALB" name the field after the rank and the owner of the ranking
    before it.
    """
    phrase: list[str] = []
    for token in _CLAUSE_MARK.split(text[end : end + 80], 1)[0].split()[:8]:
        word = token.strip(_PUNCTUATION)
        if not word:
            break
        if phrase and (word[:1].isupper() or word.lower() in _RANK_STOPS):
            break  # a name ("battery maker CALB") or another clause ("... with demand")
        if not phrase and word.lower() in _RANK_LINKS:
            continue
        phrase.append(word)
        if word != token and not token.endswith(("'s", "’s")):
            break  # punctuation closes the phrase
    while phrase and (phrase[-1].lower() in _RANK_LINKS or phrase[-1].lower() in STOPWORDS):
        phrase.pop()
    owner = None
    if left:
        last = left[-1].strip(_PUNCTUATION)
        if last.lower() == "the" and len(left) > 1:
            last = left[-2].strip(_PUNCTUATION)
        if last.endswith(("'s", "’s")):
            owner = last[:-2]
    if not phrase:
        return owner
    about = " ".join(phrase)
    return f"{about} ({owner})" if owner else about


QUALIFIERS = frozenset(
    tuple(phrase.split())
    for phrase in (
        "more than|less than|fewer than|at least|at most|up to|just over|just under|well over|"
        "well above|over|under|about|around|approximately|approx.|roughly|nearly|almost|some|"
        "only|just|close to|closer to|as many as|as much as|as few as|as little as|upwards of|"
        "in excess of|no more than|no fewer than|no less than|not more than|above|below|"
        "an estimated|circa|exactly|precisely|barely"
    ).split("|")
)
_OPENERS = "([\"“‘'"


def words_before(text: str, pos: int, count: int = 5) -> list[tuple[str, int]]:
    """The last words before pos as (word, start offset), nearest last.

    Args:
        text: the article text.
        pos: where the figure starts.
        count: how many words at most.

    Returns:
        Whitespace-separated tokens (punctuation kept) from the 48 characters before pos.
    """
    low = max(0, pos - 48)
    window = text[low:pos]
    tokens = window.split()
    if low > 0 and tokens and not window[:1].isspace():
        tokens = tokens[1:]  # cut in the middle
    tokens = tokens[-count:]
    found: list[tuple[str, int]] = []
    end = len(window)
    for token in reversed(tokens):
        start = window.rfind(token, 0, end)
        found.append((token, low + start))
        end = start
    found.reverse()
    return found


def qualifier_before(text: str, pos: int, words: list[tuple[str, int]]) -> tuple[int, str] | None:
    """The approximator right before a figure ("more than", "about"), and where it starts."""
    if pos == 0 or text[pos - 1] not in " \t":
        return None
    for size in (4, 3, 2, 1):
        if len(words) < size:
            continue
        phrase = [w.lower() for w, _ in words[-size:]]
        first = phrase[0].lstrip(_OPENERS)
        if any(not w.rstrip(".").isalpha() for w in phrase[1:]) or not first.rstrip(".").isalpha():
            continue
        phrase[0] = first
        if tuple(phrase) in QUALIFIERS:
            start = words[-size][1] + len(words[-size][0]) - len(first)
            return start, " ".join(phrase)
    return None


def bare_word(token: str) -> str:
    """A token without the punctuation around it, lower-cased: '(About' -> 'about'."""
    return token.strip(_AROUND_WORDS).lower()


_AROUND_WORDS = _OPENERS + ',;:)]”’"'
