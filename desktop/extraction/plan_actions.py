"""Plan actions: the words of each step, cut at its horizons, with left-out verbs restored."""

from __future__ import annotations

import re

from desktop.domain import Span
from desktop.extraction import horizons as hz
from desktop.extraction.context import lowercase
from desktop.extraction.horizons import Horizon
from desktop.extraction.plans import CONJUNCTION as _CONJUNCTION
from desktop.lazyre import lazy_compile

_AND = lazy_compile(r",?\s+and\s+")
_NOT_A_VERB = frozenset(
    "the a an its their his her our other more most some all many new one two three "
    "as well also then".split()
)
# A verb is followed by its object or a preposition: "and learn the process".
_OBJECT_STARTS = frozenset(
    "the a an its their his her our this these those to into on in with for from up out "
    "more new other all some any local".split()
)
TRAILING_FUNCTION_WORDS = frozenset(
    "the a an its their of to in on for from with and or by as at into that which who "
    "possibly perhaps probably maybe likely starting beginning beyond".split()
)
MAX_ACTION_WORDS = 18
_SPACES = lazy_compile(r"\s{2,}")
_SPACE_BEFORE_COMMA = lazy_compile(r"\s+,")


def split_actions(predicate: str) -> list[str]:
    """Short action clauses from a verb phrase: split on "and" between two verb phrases.

    "cut 30,000 jobs and close 12 facilities" -> ["cut 30,000 jobs", "close 12 facilities"].
    Lists after "including" stay whole: "including two-wheelers and three-wheelers".
    """
    head, sep, tail = predicate.partition(" including ")
    parts: list[str] = []
    rest = head
    while True:
        for match in _AND.finditer(rest):
            left, right = rest[: match.start()], rest[match.end() :]
            right_words = right.split()
            if (
                len(left.split()) >= 3
                and len(right_words) >= 3
                and right_words[0].islower()
                and right_words[0].isalpha()
                and right_words[0] not in _NOT_A_VERB
                and (right_words[1].lower() in _OBJECT_STARTS or right_words[1][:1].isdigit())
            ):
                parts.append(left)
                rest = right
                break
        else:
            break
    parts.append(rest + (sep + tail if sep else ""))
    return [action for p in parts if (action := trim_action(p))]


def trim_action(action: str) -> str:
    """At most about MAX_ACTION_WORDS words, cut at a comma where one is near."""
    action = _CONJUNCTION.sub("", action.strip(" ,.;:“”\"'")).strip(" ,")
    words = action.split()
    while words and words[-1].lower().strip(",") in TRAILING_FUNCTION_WORDS:
        words.pop()
    if len(words) <= MAX_ACTION_WORDS:
        return " ".join(words).strip(" ,")
    words = words[:MAX_ACTION_WORDS]
    while words and words[-1].lower() in TRAILING_FUNCTION_WORDS:
        words.pop()
    cut = " ".join(words)
    comma = cut.rfind(",")
    return (cut[:comma] if comma > len(cut) // 2 else cut).strip(" ,")


def cut(text: str, pattern: re.Pattern) -> str:
    """The text without what the pattern matches in its lowercased copy."""
    pieces, position = [], 0
    for match in pattern.finditer(lowercase(text)):
        pieces.append(text[position : match.start()])
        position = match.end()
    pieces.append(text[position:])
    return " ".join(pieces) if len(pieces) > 1 else text


def without(text: str, offset: int, spans: list[Span]) -> str:
    """The text with the given article spans (its horizons) taken out, and staging words."""
    for span in sorted(spans, key=lambda s: -s.start):
        start, end = span.start - offset, span.end - offset
        if 0 <= start <= end <= len(text):
            text = text[:start] + " " + text[end:]
    for pattern in (hz.NOW, hz.LEADING_NOW, hz.LAST):
        text = cut(text, pattern)
    text = _SPACE_BEFORE_COMMA.sub(",", _SPACES.sub(" ", text))
    return text.strip(" ,")


_LEADING_PREPOSITION = lazy_compile(
    r"^(?:and\s+|then\s+)?(?P<prep>in|on|to|at|across|for|from|into)\s"
)


# "..., with first ore expected in 2028": a later step told as an absolute phrase.
_ABSOLUTE_STEP = lazy_compile(
    r"^[\s,]*(?:[^,]{0,40},\s*)?with\s+(?P<step>[^,;]{2,60}?\s+(?:expected|due|starting|"
    r"scheduled|set|planned|slated|to\s+(?:follow|begin|start|come)))[\s,.]*$",
    re.IGNORECASE,
)


# The same phrase whose verb went with its horizon: ", with production (starting in 2027)".
_BARE_ABSOLUTE_STEP = lazy_compile(r"^[\s,]*with\s+(?P<step>[^,;]{2,40}?)[\s,.]*$", re.IGNORECASE)


def absolute_step(later: str) -> str | None:
    """The step an absolute phrase states: ", subject to financing, with first ore expected"
    -> "first ore expected"; ", with production" (starting in 2027) -> "production"; None for
    other words."""
    match = _ABSOLUTE_STEP.match(later) or _BARE_ABSOLUTE_STEP.match(later)
    return match["step"] if match else None


def shared_verb(first: str, later: str) -> str:
    """A later step that leaves out the verb takes the first one's.

    "go on sale in the U.S." then "and in Europe and Japan" -> "go on sale in Europe and Japan".
    """
    lowered = lowercase(later.strip(" ,"))
    match = _LEADING_PREPOSITION.match(lowered)
    if match is None:
        return later
    at = lowercase(first).rfind(f" {match['prep']} ")
    if at <= 0:
        return later
    return f"{first[:at]} {later.strip(' ,')[match.start('prep') :]}"


# Words of an amount: "20", "$40", "million", "per cent".
_AMOUNT_WORD = lazy_compile(
    r"(?:[$€£¥]|[a-z]{1,3}\$)?\d[\d,.]*%?|million|billion|trillion|thousand|hundred|per|cent|"
    r"percent|%|mln|bln|bn|m|more|fewer|another",
    re.IGNORECASE,
)
_NOUN_ENDS = frozenset("in on at for from to by with into across over of and or".split())


def _amount_end(words: list[str], start: int) -> int:
    end = start
    while end < len(words) and _AMOUNT_WORD.fullmatch(words[end].strip(",")):
        end += 1
    return end


def gapped_verb(first: str, later: str) -> str | None:
    """A later step that leaves out the verb (and the noun) of an amount takes the first one's.

    "open 20 stores" then "and 30" -> "open 30 stores"; "spend $40 million" then "and $60
    million on new ovens" -> "spend $60 million on new ovens". None when the later step does
    not open with an amount, or the first has no verb before its amount.
    """
    later_words = _CONJUNCTION.sub("", later.strip(" ,.;")).split()
    first_words = first.split()
    if not later_words or _amount_end(later_words, 0) == 0:
        return None
    at = next((k for k, w in enumerate(first_words) if _AMOUNT_WORD.fullmatch(w)), None)
    if not at or not first_words[0][:1].islower():
        return None  # no verb before the first amount
    amount_end = _amount_end(first_words, at)
    noun_end = amount_end
    while noun_end < len(first_words) and first_words[noun_end].lower() not in _NOUN_ENDS:
        noun_end += 1
        if first_words[noun_end - 1].endswith(","):
            break
    later_end = _amount_end(later_words, 0)
    rest = later_words[later_end:]
    noun = first_words[amount_end:noun_end] if not rest or rest[0].lower() in _NOUN_ENDS else []
    words = first_words[:at] + later_words[:later_end] + [w.strip(",") for w in noun] + rest
    return " ".join(words)


# A later step that is only a noun phrase: "(and) the larger Halden plant" (in 2028).
_BARE_NOUN_PHRASE = lazy_compile(
    r"^(?:and\s+)?(?P<np>(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)[\s,.]*$",
    re.IGNORECASE,
)


# A bare noun as the later object: "phase out coal by 2026 and gas by 2030".
_BARE_NOUN = lazy_compile(r"^(?:and\s+)?(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})[\s,.]*$")
_PARTICLES = frozenset("out up off down back over away".split())
_NOT_AN_OBJECT = frozenset("beyond later after then onwards thereafter more so again".split())


def gapped_subject(first: str, later: str, said: str) -> str | None:
    """A later step with its own subject and the first one's verb left out.

    "The Vestby plant will shut in 2026 and the Halden plant in 2028": first "shut", later
    "and the Halden plant" -> "the Halden plant will shut". Only after a verb alone (with an
    object, the noun phrase is the verb's next object: see gapped_object).
    """
    match = _BARE_NOUN_PHRASE.match(later.strip())
    if match is None or len(first.split()) != 1 or not said:
        return None
    return f"{match['np']} {said} {first.strip()}"


def gapped_object(first: str, later: str) -> str | None:
    """A later step with the first one's verb left out before its object.

    "close its Leeds plant by March and the Hull depot by June": first "close its Leeds
    plant", later "and the Hull depot" -> "close the Hull depot"; "phase out coal by 2026
    and gas by 2030" -> "phase out gas".
    """
    match = _BARE_NOUN_PHRASE.match(later.strip()) or _BARE_NOUN.match(later.strip())
    words = first.split()
    if match is None or len(words) < 2 or not words[0][:1].islower():
        return None
    if match["np"].split()[0].lower() in _NOT_AN_OBJECT:
        return None  # "by 2030 and beyond"
    verb = words[:2] if words[1].lower() in _PARTICLES else words[:1]  # "phase out"
    return f"{' '.join(verb)} {match['np']}"


# Where the words of the next step begin after a horizon: "for $2,499, and in Europe".
_NEXT_STEP = lazy_compile(r",?\s+and\s+")


def segments(
    start: int, end: int, found: list[Horizon], offset: int, lowered: str = ""
) -> list[tuple[int, int, list[Horizon]]]:
    """The plan's words cut after each horizon when it names several different ones.

    "open 50 stores next year and expand into Europe by 2028" -> two segments. Words after a
    horizon up to an "and" are still its step's: "go on sale in May for $999, and in Japan
    next year" cuts at ", and".

    Args:
        start, end: the plan's words, as offsets in the clause.
        found: the horizons, in order.
        offset: where the clause starts in the article.
        lowered: the clause, lowercased (without it, the cut is right after each horizon).
    """
    distinct = {round(h.years, 3) for h in found}
    if len(found) < 2 or len(distinct) < 2:
        return [(start, end, found)]
    out = []
    position = start
    for k, horizon in enumerate(found):
        cut = horizon.span.end - offset if k < len(found) - 1 else end
        if lowered and k < len(found) - 1:
            joined = _NEXT_STEP.search(lowered, cut, found[k + 1].span.start - offset)
            if joined is not None:
                cut = joined.start()
        out.append((position, cut, [horizon]))
        position = cut
    return out
