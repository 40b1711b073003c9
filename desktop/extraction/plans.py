"""Plan wording: the signal that a clause states a plan, whose plan it is, and its actions."""

from __future__ import annotations

import re

from desktop.domain import Span
from desktop.domain.text import dateline_end
from desktop.extraction import horizons as hz
from desktop.extraction.context import lowercase
from desktop.extraction.horizons import Horizon
from desktop.extraction.lexicon import (
    after_non_letter,
    matches_after_non_letters,
    stems,
    whole_words,
)
from desktop.extraction.lexicon_plans import (
    ACTION_NOUNS,
    ANNOUNCE_VERBS,
    DATED_OBJECTS,
    DOCUMENT_PLANS,
    EARLIEST_MODALS,
    EXPECT_OBJECT,
    FORECASTERS,
    FUTURE_MODALS,
    GUIDANCE_VERBS,
    JOB_LOSS_VERBS,
    JOB_NOUNS,
    MOVED_PLANS,
    NOT_PLAN_VERBS,
    NOT_PLANNERS,
    OPERATION_NOUNS,
    OPERATION_VERBS,
    ORGANISATION_NOUNS,
    OUTCOME_VERBS,
    PASSIVE_MODALS,
    PLAN_DOCUMENTS,
    PLAN_NOUN_ASIDE,
    PLAN_NOUNS,
    PLAN_ON_A_DAY,
    PLAN_VERBS,
    PLANNED_OBJECTS,
    PRESENT_SCHEDULES,
    ROLLOUT_VERBS,
    SCHEDULED,
    TARGET_OBJECTS,
    TENURE_AFTER_REMAIN,
)
from desktop.lazyre import lazy_compile

# The nouns of PLANNED_OBJECTS, longest first ("ipo", "listing", "plant" ...).
_ACTION_NOUN_WORDS = "|".join(
    sorted((re.escape(n) for n in ACTION_NOUNS), key=lambda n: (-len(n), n))
)
# What an organisation will do: the verb phrase after the signal is the action.
SIGNAL = lazy_compile(
    whole_words(
        [r"also\s+(?:" + "|".join(PLAN_VERBS) + r")\s+to"]
        + [rf"{verb}\s+to" for verb in PLAN_VERBS]
        + [r"voted(?:\s+on\s+\w+)?\s+to"]
        + [rf"{noun}s?\s+(?:is|was)\s+(?:for\s+[^,.;]{{1,80}}?\s+)?to" for noun in PLAN_NOUNS]
        + list(FUTURE_MODALS)
        + list(TARGET_OBJECTS)
        + list(PASSIVE_MODALS)
        + list(SCHEDULED)
        + list(EARLIEST_MODALS)
        + list(EXPECT_OBJECT)
        + list(MOVED_PLANS)
        + list(PLAN_NOUN_ASIDE)
        + list(DOCUMENT_PLANS)
        + [p.replace("{nouns}", _ACTION_NOUN_WORDS) for p in PLANNED_OBJECTS]
        + list(DATED_OBJECTS)
        + list(PLAN_ON_A_DAY)
        + list(PRESENT_SCHEDULES)
    )
    + r"\s+"
)
# SIGNAL's matches at every place, found by a scan that skips the letters inside words.
SIGNAL_AFTER_NON_LETTER = lazy_compile(after_non_letter(SIGNAL.pattern))


def signals(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """SIGNAL.finditer(text, start, end), by the scan that skips the letters inside words."""
    return matches_after_non_letters(SIGNAL, SIGNAL_AFTER_NON_LETTER, text, start, end)


def has_signal(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether SIGNAL.search(text, start, end) finds plan wording, by the same faster scan."""
    end = len(text) if end is None else end
    return (
        SIGNAL.match(text, start, end) is not None
        or SIGNAL_AFTER_NON_LETTER.search(text, start, end) is not None
    )


PLAN_NOUN = lazy_compile("(?:" + "|".join(PLAN_NOUNS) + r")s?\s+(?:is|was)\s")
# A schedule in the present tense: "(The line) goes into production (next spring)".
PRESENT = lazy_compile(whole_words(list(PRESENT_SCHEDULES)))
# The signal of a plan told as its document's contents: "The budget (includes ...)".
DOCUMENT = lazy_compile(whole_words(list(DOCUMENT_PLANS)))
# A decision announced as a noun: "Ford has announced sweeping cuts ...".
ANNOUNCED = lazy_compile(whole_words(list(ANNOUNCE_VERBS)) + r"\s+(?!that\b|on\b|in\b)")
# A word every match of SIGNAL or ANNOUNCED holds: sentences without one are not searched.
SIGNAL_WORDS = frozenset(
    {verb.rstrip("?") for verb in PLAN_VERBS if " " not in verb}
    | {verb[:-2] for verb in PLAN_VERBS if verb.endswith("s?")}
    | {verb.split()[-1] for verb in PLAN_VERBS if " " in verb}
    | set(PLAN_NOUNS)
    | {"will", "would", "won't", "shall", "going", "is", "are", "should", "must"}
    | {"scheduled", "set", "slated", "planned", "due"}
    | set(ANNOUNCE_VERBS)
    | {"voted", "could", "pushed", "pushing", "pushes", "push", "postponed", "postpones"}
    | {"delayed", "delays", "deferred", "defers", "moved", "brought"}
    | {"track", "course", "proposal", "decision", "pledge", "promise", "bid"}
    | {"targeting", "target", "targets", "goal"}
    | set(PLAN_DOCUMENTS)
    | {"eyes", "eyeing", "sets"}
    | {"takes", "take", "goes", "go", "opens", "launches", "debuts", "kicks", "expires"}
)
# The same sieve with fewer words to look for ("plan*"): each is a scan of the whole text.
SIGNAL_STEMS = stems(SIGNAL_WORDS)

# A passive plan: "will be shipped", "won't be renewed", "should be cut".
PASSIVE = lazy_compile(
    r"(?:\w+\s+){0,2}?(?:be\s+)?(?:\w+ed|\w+en|built|sold|held|cut|shut|made|paid|set|"
    r"spent|kept|put|run|brought|bought|taken|given|shown|done|seen|closed|laid off)\b"
)
_PASSIVE_BE = lazy_compile(r"(?:also\s+|not\s+|now\s+)?be\s+\w+(?:ed|en)\b|(?:also\s+|not\s+)?be\s+"
                           r"(?:built|sold|held|cut|shut|made|paid|set|spent|kept|put|run|"
                           r"brought|bought|taken|given|shown|done|seen|laid)\b")  # fmt: skip
# Where a subject's own clause begins: after the last comma, "that", "which", "said" ...
_SUBJECT_START = lazy_compile(
    r".*(?:,(?!\d)|;|\bthat\b|\bwhich\b|\bwho\b|\bwhose\b|\bsaid\b|\bsays\b|\bstated\b|\bannounced\b|"
    r"\btold\s+\w+(?:\s+on\s+\w+)?\b|"
    r"\bif\b|\bbecause\b|\bbut\b|\bwhile\b|\bso\b|\bwhere\b|\bhowever\b|\binstead\b)\s*",
    re.DOTALL,
)
_RELATIVE_PRONOUN = lazy_compile(r"(?:,\s*)?\b(?:that|which|who)\s*$")
# The last noun phrase before a relative pronoun: "is building a new plant, which" -> "a new plant".
_DETERMINER = lazy_compile(r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+")
# The opening of a list subject: "the yards in leeds, york" (before "and hull are to close");
# short items, no clause of their own.
_LIST_OPENING = lazy_compile(
    r"\b(?:the|a|an|its|their|his|her|our)\s(?:(?!\b(?:which|who|that|said|says)\b)[^,;]){1,60}"
    r"(?:,\s(?:(?!\b(?:which|who|that|said|says)\b)[^,;]){1,30})*,\s*$"
)
_AFTER_PREPOSITION = lazy_compile(r"\b(?:of|in|for|at|on|from|with|to|by)\s+$")
# "a hospital that the government expects to open": the object a relative clause's verb lacks.
_OBJECT_ANTECEDENT = lazy_compile(
    r"\b(?P<object>(?:a|an|the|its|their|this|these)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"(?:\s+(?:in|at|near|for|on)\s+[\w-]+(?:\s+[\w-]+)?)?),?\s+(?:that|which)\s+$"
)
_LEADING_STAGE = lazy_compile(
    r"\W*(?:initially|at first|first|to begin with|then|next|later|ultimately|eventually|"
    r"in the long (?:term|run)|in the (?:first|second|next) (?:phase|stage))\b,?\s*"
)
_OPENING_PHRASE = lazy_compile(
    r"\s*(?:within|in|by|over|after|for|during|from|at|on|as part of|under|with|according to)"
    r"\b[^,]{0,60},\s*"
)
_PREPOSITION = lazy_compile(r"\s(?:of|in|at|for|from|with|on|near|across)\s")
ARTICLE = lazy_compile(r"(?i)^(?:the|a|an|this|these|that|those|its|their|his|her|our|such)\s+")
_DEMONSTRATIVE = lazy_compile(r"^(?:the|this|these|that|those|such)\s+")
_POSSESSIVE = lazy_compile(r"^(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s|’s|')\s")
_CONJUNCTION = lazy_compile(r"^(?:and|but|or|then|and then|also)\b\s*", re.IGNORECASE)
_ADVERBS = frozenset(
    "then also now later first initially ultimately eventually still already soon".split()
)
_PRONOUN_ORG = frozenset({"it", "they", "we", "itself", "us"})
_PRONOUN_PERSON = frozenset({"he", "she", "i"})
_CAPITALISED = lazy_compile(
    r"(?<![\w'’])[A-Z][\w&.’'-]*(?:\s+(?:of\s+|de\s+|&\s+)?[A-Z][\w&.’'-]*)*"
)
SENTENCE_OPENERS = frozenset(
    "The A An This These That Those It They We He She In On At By For After Before Instead "
    "However Meanwhile Also According Additionally Finally Under Its Their His Her "
    "About Around Some Nearly Almost Roughly More Up Our".split()
)

# Where an action ends: an attribution, a dash, a clause of its own.
_ATTRIBUTION = lazy_compile(
    r",[\"”’']?\s+(?:[^,]{1,60}?\s(?:said|says|added|adds|told|noted|reported|announced|"
    r"stated|confirmed)|(?:said|says|added|according to))\b|\s+according to\b"
)


# An aside that only looks like an attribution: ", which was announced in May," or
# ", first announced in May,": a relative clause or a passive about the subject.
_ASIDE_NOT_ATTRIBUTION = lazy_compile(
    r",[\"”’']?\s+(?:which|who|whom|that|first|originally|previously|initially|as|when)\b|"
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?\w+$"
)


def attribution_start(lowered: str) -> int | None:
    """Where a closing attribution begins: "..., the company said on Monday." -> the comma.

    Not one that goes on with what was said: "..., the firm told investors that it will ...".
    """
    for match in _ATTRIBUTION.finditer(lowered):
        tail = re.split(r"[,.;]", lowered[match.end() :], maxsplit=1)[0]
        if has_signal(tail + " ") or re.search(r"\bthat\b", tail):
            continue
        if _ASIDE_NOT_ATTRIBUTION.search(match.group()):
            continue  # "The merger, which was announced in May, is expected to close"
        return match.start()
    return None


CLAUSE_BREAK = lazy_compile(
    r",\s+but\s+|;\s+|\s+while\s+|,\s+whereas\s+|,\s+and then\s+|,?\s+although\s+"
)
DASH = lazy_compile(r"\s+[—–]\s+|\s+-{1,2}\s+")
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


def after_relative_pronoun(before: str) -> bool:
    """ "..., a deal that": the plan's subject is a relative clause's antecedent."""
    return bool(_RELATIVE_PRONOUN.search(lowercase(before)))


def last_noun_phrase(lowered: str, start: int, end: int) -> int:
    """Where the last noun phrase before end begins, with what it governs.

    "the budget includes a tax increase" -> at "a tax increase"; "the expansion of the
    plant" -> at "the expansion" (a phrase after "of" belongs to the one before).
    """
    starts = [m.start() for m in _DETERMINER.finditer(lowered, start, end)]
    for at in reversed(starts):
        if not _AFTER_PREPOSITION.search(lowered, start, at):
            return at
    return start


# A perfect tense's auxiliary left at the end of a subject: "The company has (agreed to)",
# not "had": "had planned to" is most often a plan given up, "had announced" the past.
_TRAILING_AUXILIARY = lazy_compile(r"\s+(?:has|have)(?:\s+(?:also|already|now|since))?$")


# A subject with a first predicate before "and": "the company was pleased and" (would hold a
# session) -> "the company". The subject is short and has no verb of its own.
_COORDINATED_PREDICATE = lazy_compile(
    r"(?P<subject>(?:[\w&.'’-]+\s+){0,4}?[\w&.'’-]+)\s+(?:was|were|is|are|had|remained|"
    r"remains)\b[^,;]{0,80}?\s+and\s*$"
)


def subject_of(before: str) -> tuple[str, int]:
    """The subject of a plan verb: the words of its own clause before the signal.

    "According to its filing, the company said that it" -> "it";
    "Initially, CALB" -> "CALB"; "a deal that" -> "a deal" (a relative clause's antecedent).

    Returns:
        The subject and where it starts within before.
    """
    lowered = lowercase(before)
    dateline = dateline_end(before)  # "MONTREAL — Borealis Air will": the city is no subject
    lead = _LEADING_STAGE.match(lowered, dateline)
    start = lead.end() if lead else dateline
    opening = _OPENING_PHRASE.match(lowered, start)
    if opening:
        start = opening.end()
    relative = _RELATIVE_PRONOUN.search(lowered, start)
    if relative:
        # "a deal that will ...": the antecedent, after the comma before it.
        head_end = relative.start()
        comma = max(before.rfind(mark, start, head_end) for mark in (",", "—", "–", " - "))
        head_start = comma + 1 if comma >= 0 else start
        phrase = last_noun_phrase(lowered, head_start, head_end)
        if phrase > head_start:
            head_start = phrase  # "X is building a new plant, which": "a new plant"
    else:
        cut = _SUBJECT_START.match(lowered, start)
        head_start = cut.end() if cut else start
        head_end = len(before)
        if not before[head_start:].strip(" ,\"“”'") and "," in before[start:]:
            # "X, which signed a deal, will ...": the words before the aside (of their own
            # clause: "Acme said that Jo Roe, a veteran, will ..." -> "Jo Roe").
            head_start, head_end = start, before.index(",", start)
            own = _SUBJECT_START.match(lowered, head_start, head_end)
            if own is not None and own.end() < head_end:
                head_start = own.end()
        elif " and " in lowered[head_start:] and lowered[:head_start].rstrip().endswith(","):
            listed = _LIST_OPENING.search(lowered, start, head_start)
            if listed is not None:
                head_start = listed.start()  # "The yards in Leeds, York and Hull are to"
    head = before[head_start:head_end]
    stripped = _CONJUNCTION.sub("", head.strip(" ,\"“”'"))
    last = stripped.rsplit(None, 1)
    if len(last) == 2 and last[1].lower() in _PRONOUN_ORG | _PRONOUN_PERSON:
        stripped = last[1]  # "on Monday it" -> "it"
    stripped = _TRAILING_AUXILIARY.sub("", stripped)  # "The company has" (agreed to)
    coordinated = _COORDINATED_PREDICATE.match(stripped)
    if coordinated is not None:
        stripped = coordinated["subject"]  # "the company was pleased and" (would hold ...)
    where = head_start + head.rfind(stripped) if stripped else head_start
    return stripped, where


# The owner of a plan named as a noun: "the company's plan, announced in May, to", "Acme
# Corp.'s proposal to", "its plan to".
_PLAN_OWNER = lazy_compile(
    r"(?:\b(?P<the>the\s+[a-z-]+)|(?P<name>(?<![\w'’])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))"
    r"(?:'s|’s|')\s+$|\b(?P<its>its|their)\s+$"
)
_PLAN_NOUN_WORD = lazy_compile(
    r"(?:plan|proposal|decision|pledge|promise|goal|target|bid|strategy|intention|"
    + "|".join(PLAN_DOCUMENTS)
    + r")s?\b"
)


def plan_owner(before: str, signal: str) -> tuple[str, int] | None:
    """Whose plan a plan noun names, from the possessive just before it.

    "The dispute centers on the company's" + "plan, announced in May, to" -> ("the company",
    at); "Acme Corp.'s" + "plan to" -> ("Acme Corp."); "its" -> ("it"). None for others.
    """
    if not _PLAN_NOUN_WORD.match(lowercase(signal)):
        return None
    match = _PLAN_OWNER.search(before, max(0, len(before) - 60))
    if match is None:
        return None
    if match["its"]:
        return ("it" if match["its"].lower() == "its" else "they"), match.start()
    if match["the"]:
        owner = match["the"]
        if owner.split()[-1].lower() not in ORGANISATION_NOUNS:
            return None  # "the dispute's plan": no planner
        return owner, match.start()
    name = match["name"]
    words = name.split()
    while words and words[0] in SENTENCE_OPENERS:
        words.pop(0)
    if not words:
        return None
    return " ".join(words), match.end("name") - len(" ".join(words))


# A clause's own subject after "and": "Work will start in May and the new line should run by
# 2026", "... and Acme Corp. will ...", "... and it will ...".
_SUBJECT_AFTER_AND = lazy_compile(
    r"\band\s+(?P<np>(?:the|its|their|this|these|a|an)\s+(?:[\w-]+\s+){0,3}[\w-]+|"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}|it|they|we)\s*$"
)


def subject_after_and(before: str) -> tuple[str, int] | None:
    """The subject of a second clause joined by "and", with where it starts in before.

    "Construction is expected to start in the spring and the new line" -> "the new line".
    """
    match = _SUBJECT_AFTER_AND.search(before, max(0, len(before) - 60))
    if match is None or has_signal(lowercase(match["np"]) + " "):
        return None
    return match["np"], match.start("np")


def relative_object(before_subject: str) -> str | None:
    """The antecedent a relative clause's plan acts on.

    "officials toured a hospital that" (the government expects to open) -> "a hospital".
    """
    match = _OBJECT_ANTECEDENT.search(lowercase(before_subject))
    return before_subject[match.start("object") : match.end("object")] if match else None


def head_noun(subject: str) -> str:
    """The last word of a subject's first noun phrase: "The change in policy" -> "change"."""
    words = _PREPOSITION.split(ARTICLE.sub("", lowercase(subject)), maxsplit=1)[0].split()
    while words and words[-1] in _ADVERBS:
        words.pop()  # "The company then"
    if not words:
        return ""
    word = words[-1].strip(',."“”')
    return word[:-2] if word.endswith(("'s", "’s")) else word


def subject_kind(subject: str) -> str:
    """What a subject is: org (a name or "the company"), pronoun, person, thing, forecast or other.

    "the Chennai-based firm" -> org; "It" -> pronoun; "She" -> person; "The deal" -> thing;
    "Analysts" -> forecast; "Demand" -> other.
    """
    words = [w for w in lowercase(subject).split() if w not in _ADVERBS]
    lowered = " ".join(words)
    if not lowered:
        return "none"
    if lowered in _PRONOUN_ORG:
        return "pronoun"
    if lowered in _PRONOUN_PERSON:
        return "person"
    if any(w.strip(",.") in FORECASTERS for w in words):
        return "forecast"
    head = head_noun(subject)
    if head in NOT_PLANNERS:
        return "other"
    if head in ORGANISATION_NOUNS:
        return "org"
    if _POSSESSIVE.match(subject):
        return "thing"
    if head in ACTION_NOUNS:
        return "thing"
    if capitalised_name(_PREPOSITION.split(subject, maxsplit=1)[0]):
        return "name"  # not "The yards in Leeds": a place named after the head
    return "other"


_OPERATION_VERB = lazy_compile(rf"\s*(?:{'|'.join(OPERATION_VERBS)})\b")


def starts_operation(subject: str, predicate: str) -> bool:
    """True for an operation that starts or stops: "Production will begin in 2027"."""
    return head_noun(subject) in OPERATION_NOUNS and _OPERATION_VERB.match(predicate) is not None


_ROLLOUT_VERB = lazy_compile(rf"\s*(?:also\s+)?(?:{'|'.join(ROLLOUT_VERBS)})\b")
_THING_SUBJECT = lazy_compile(r"(?:the|its|their|a|an)\s+(?:first|last|new|next|initial)?\b")


def rolls_out(subject: str, predicate: str) -> bool:
    """True for a thing that reaches the market or opens: "The device will go on sale in
    October", "The first jets are scheduled to arrive in 2026" (not "Demand will arrive")."""
    head = head_noun(subject)
    return (
        _THING_SUBJECT.match(lowercase(subject)) is not None
        and bool(head)
        and head not in NOT_PLANNERS
        and head not in FORECASTERS
        and _ROLLOUT_VERB.match(lowercase(predicate)) is not None
    )


_JOB_LOSS = lazy_compile(rf"\s*(?:{'|'.join(JOB_LOSS_VERBS)})\b")


def jobs_go(subject: str, predicate: str) -> bool:
    """True for jobs cut told with the jobs as the subject: "About 600 jobs will go"."""
    return head_noun(subject) in JOB_NOUNS and _JOB_LOSS.match(lowercase(predicate)) is not None


def capitalised_name(subject: str) -> str | None:
    """The first run of capitalised words in a subject that is not a sentence opener.

    "American automobile manufacturer Chrysler LLC" -> "Chrysler LLC".
    """
    for match in _CAPITALISED.finditer(subject):
        words = match.group().split()
        while words and words[0] in SENTENCE_OPENERS:
            words.pop(0)
        if words:
            name = " ".join(words)
            return name[:-2] if name.endswith(("'s", "’s")) else name.rstrip("’'")
    return None


def possessive_owner(subject: str) -> str | None:
    """ "Russia's exchanges" -> "Russia"."""
    match = _POSSESSIVE.match(subject.strip())
    return match["owner"] if match else None


# Verbs that carry out a plan as a whole: "complete the rollout", "begin the project".
_CARRY_OUT = r"(?:complete|finish|close|conclude|implement|execute|carry out|start|begin|launch)"
_REFERS_BACK = lazy_compile(
    rf"\s*{_CARRY_OUT}\s+(?:the|this|these|that)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s*$|"
    rf"\s*{_CARRY_OUT}\s+(?:the|this|these|that)\s+(?P<head>[\w-]+)\b"
)


def refers_back(action: str) -> bool:
    """ "complete the rollout", "finish the project": a step whose object is the plan told
    before ("plans to open 50 stores in Spain. It expects to complete the rollout by 2027")."""
    match = _REFERS_BACK.match(lowercase(action))
    return match is not None and (match["noun"] or match["head"]) in ACTION_NOUNS


def is_definite(subject: str) -> bool:
    """ "These swap lines", "The change": a subject that refers back to a plan told before."""
    return bool(_DEMONSTRATIVE.match(lowercase(subject).strip()))


def states_no_plan(predicate: str) -> bool:
    """ "will face stiff competition", "will see some loss": what befalls, not what is planned."""
    words = lowercase(predicate).split()
    if words[:1] == ["remain"] and words[1:2] and words[1] in TENURE_AFTER_REMAIN:
        return False  # "will remain on the board until May": a tenure
    return bool(words) and words[0] in NOT_PLAN_VERBS


_EXPECTED = lazy_compile(
    r"\s*(?:(?:is|are|was|were)\s+)?(?:still\s+)?(?:expect|forecast|project|see)"
)
# An amount or a result after a verb of output: "between 600,000 and ...", "$2 a share",
# "a loss", "a record profit".
_AMOUNT = lazy_compile(
    r"(?:between\s+|about\s+|around\s+|up to\s+)?[$€£¥]?\d|"
    r"(?:a|an|its)\s+(?:\w+\s+)?(?:loss|profit|gain|deficit|surplus|record)\b"
)


def is_guidance(signal: str, predicate: str) -> bool:
    """An expectation that puts a number on the organisation's results, not a step of its plan.

    "expects sales to rise 4% this year", "still expects to produce between 600,000 and 640,000
    ounces this year", "expects the restructuring to cost $150 million" -> True;
    "expects to open 30 stores by 2027" -> False.
    """
    if not _EXPECTED.match(lowercase(signal)):
        return False
    lowered = lowercase(predicate).strip()
    words = lowered.split()
    if not words:
        return False
    if words[0] in GUIDANCE_VERBS:
        return _AMOUNT.match(lowered, len(words[0]) + 1) is not None
    if lowercase(signal).split()[-1] == "to":
        return False  # "expects to close the plant to be nearer its buyers": a plan
    # "expects the restructuring to cost": the object's verb after its "to" ("to be
    # completed", "to be running" are steps; "to be profitable" is an outcome).
    verb = lowered.split(" to ", 1)[1].split()[:2] if " to " in lowered else []
    if verb[:1] == ["be"] and len(verb) > 1 and verb[1].endswith(("ed", "en", "ing")):
        return False
    return bool(verb) and verb[0] in OUTCOME_VERBS


_STATE_VERBS = frozenset({"be", "remain", "stay"})


def is_outcome(predicate: str) -> bool:
    """ "will cost Acme $50 million", "will rise 5%": what a thing comes to, not a step
    ("will be available until May" and "will remain open" are its schedule)."""
    words = lowercase(predicate).split()[:1]
    return bool(words) and words[0] in OUTCOME_VERBS and words[0] not in _STATE_VERBS


def is_passive(predicate: str) -> bool:
    """ "be shipped in July", "not be renewed": the plan's object is the subject."""
    return bool(_PASSIVE_BE.match(lowercase(predicate).strip()))


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


# Words that end a clause's subject: "He didn't say ..." -> "He".
VERBS = frozenset("is are was were has have had will would did does do said says can could".split())


def clauses(text: str, lowered: str, start: int) -> list[tuple[int, str, str]]:
    """The sentence's clauses, as written and lowercased, with their offsets.

    Clauses end at ", but", ";", "while": "X will initially make packs, but expects to ...".
    """
    out: list[tuple[int, str, str]] = []
    position = 0
    for match in CLAUSE_BREAK.finditer(lowered):
        piece = slice(position, match.start())
        out.append((start + position, text[piece], lowered[piece]))
        position = match.end()
    out.append((start + position, text[position:], lowered[position:]))
    return out


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


def staging_horizon(clause: str, lowered: str, offset: int, previous: float | None):
    """A staging word as the horizon: "ultimately", "initially", "then"."""

    def make(match: re.Match, years: float, text: str) -> Horizon:
        return Horizon(text, years, Span(offset + match.start(), offset + match.end()), "stage")

    match = hz.LAST.search(lowered)
    if match:
        word = match.group()
        return make(match, float("inf"), "ultimately" if " " in word[:9] else word)
    match = hz.NOW.search(lowered) or hz.LEADING_NOW.search(lowered)
    if match:
        word = match.group().strip(" ,")
        named = word.startswith(("start", "begin", "will", "would", "to"))
        return make(match, 0.0, "initially" if named else word)
    match = hz.LATER.search(lowered)
    if match and (previous is not None or " phase" in match.group() or " stage" in match.group()):
        # "In phase two, ..." is a later stage even as the first plan the article tells.
        years = previous + hz.FUTURE_SLACK if previous is not None else 0.5
        return make(match, years, match.group().strip(" ,"))
    return None


def sentence_subject(clause: str) -> str:
    """The words before the first verb of a clause: "He didn't say where ..." -> "He"."""
    words = []
    for word in clause.split():
        bare = word.lower().strip(",")
        verb = bare.endswith(("ed", "n't", "s")) or bare in VERBS
        if words and word[:1].islower() and verb:
            break
        words.append(word)
        if len(words) > 6:
            return ""
    return " ".join(words)


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
