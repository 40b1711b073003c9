"""Who a plan's subject is: the organisation or person behind "it", "the company", "she",
"the government" and a thing of theirs, and the organisation that tells it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from desktop.domain import Span
from desktop.extraction import plans
from desktop.extraction.context import Document, lowercase
from desktop.extraction.lexicon_plans import (
    FORECASTERS,
    MONTHS,
    NOT_PLAN_VERBS,
    NOT_PLANNERS,
    ORGANISATION_NOUNS,
    OUTCOME_VERBS,
    PUBLIC_BODIES,
    WEEKDAYS,
)
from desktop.extraction.plan_lanes import Step
from desktop.extraction.planners import subject_org
from desktop.lazyre import lazy_compile

# What may stand between the reporting verb and what was said: "said Thursday", "said on
# Monday", "said in a separate statement".
_AFTER_SAYING = (
    r"(?i:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
    r"\s+|on\s+\w+\s+|in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|interview|filing|"
    r"release|letter|note)\s+)?"
)


# "The Lakeshore government says it": who "it" is, in the reporting clause before it.
REPORTER = lazy_compile(
    r"(?P<who>[^,;]{2,80}?)\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+)?(?:says|said|announced|"
    rf"stated|confirmed)\s+{_AFTER_SAYING}(?:that\s+)?$"
)


# The end every REPORTER match has: looked for first, as it costs nothing.
_REPORTER_END = lazy_compile(
    rf"(?:says|said|announced|stated|confirmed)\s+{_AFTER_SAYING}(?:that\s+)?$"
)


FUTURE = lazy_compile(r"(?:will|would|is to|are to)\b")


_NON_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


_OWN_WINDOW = 3000  # how far back "its new tablet" still names "the tablet" as the planner's


_MAX_NAME_LOOKS = 50  # places a capitalised subject is looked at for a mid-sentence capital


@dataclass
class Pending:
    """A plan stated without a horizon: "X agreed to buy Y." before "The deal will close"."""

    actions: list[str]
    sentence: Span | None
    org: str | None
    index: int


@dataclass
class Context:
    """What every sentence of one article is read against."""

    doc: Document
    reference: float  # the article's date as a decimal year
    main_org: str | None
    org_spans: list[tuple[int, int, int, str]]
    people: list[tuple[int, str, str | None, bool]]  # (start, name, organisation, speaks)
    steps: list[Step] = field(default_factory=list)
    names: dict[str, bool] = field(default_factory=dict)
    bodies: dict[str, str | None] = field(default_factory=dict)  # "union" -> the union named
    pending: Pending | None = None
    previous: Step | None = None
    index: int = 0


def person_in(context: Context, start: int, end: int) -> tuple[str, str | None, bool] | None:
    """The person named between start and end, if any."""
    k = bisect.bisect_left(context.people, (start,))
    if k < len(context.people) and context.people[k][0] < end:
        _s, name, org, speaks = context.people[k]
        return name, org, speaks
    return None


def person_before(context: Context, offset: int) -> tuple[str, str | None, bool] | None:
    """The last person named before offset: whom "he" or "she" stands for."""
    k = bisect.bisect_left(context.people, (offset,)) - 1
    if k >= 0:
        _s, name, org, speaks = context.people[k]
        return name, org, speaks
    return None


def is_proper_name(context: Context, name: str) -> bool:
    """Whether a capitalised subject is a name: written so inside a sentence too, or with more
    than one capital ("Globex Corp.", "ANA"), not only because it opens the sentence."""
    known = context.names.get(name)
    if known is not None:
        return known
    capitals = sum(1 for c in name if c.isupper())
    proper = capitals > 1 or any(c.isdigit() for c in name)
    text = context.doc.text
    position = text.find(name)
    looked = 0
    while not proper and position >= 0 and looked < _MAX_NAME_LOOKS:
        looked += 1
        before = text[:position].rstrip(" \"“‘'(")
        proper = bool(before) and before[-1] not in ".!?\n:"
        position = text.find(name, position + 1)
    context.names[name] = proper
    return proper


def resolve_subject(context: Context, subject: str, start: int, kind: str, sentence: Span):
    """Whether a subject can hold a plan, whose plan it is, and the name to show before it.

    Returns:
        (accepted, organisation or None, the subject as the actions should name it).
    """
    if kind in {"forecast", "none"}:
        return False, None, ""
    if kind == "person" or kind == "name":
        person = person_in(context, start, start + len(subject))
        if kind == "person":
            person = person_before(context, start) if subject.lower() != "i" else None
            if subject.lower() == "i":
                return True, None, ""  # a quoted "I will": the speaker's own plan
        if person is not None:
            name, org, speaks = person
            return speaks, org, name.split()[-1] if kind == "name" else name
        if kind == "person":
            return False, None, ""
    org = subject_org(Span(start, start + len(subject)), context.org_spans)
    if kind == "name":
        name = org or plans.capitalised_name(subject)
        if name is None or name.lower() in _NON_NAMES:
            return False, None, ""
        if org is None and not is_proper_name(context, name):
            return False, None, subject  # "Officials will ...": a capital of the sentence
        partner = context.main_org is not None and name != context.main_org
        return True, name, (plans.capitalised_name(subject) or name) if partner else ""
    if kind == "org":
        name = org or plans.capitalised_name(subject)
        head = plans.head_noun(subject)
        if head in PUBLIC_BODIES and (org is None or org.lower() == head):
            return True, public_body(context, subject, head), ""
        if name and head in name.lower() and is_proper_name(context, name):
            return True, name, ""  # "The Transport Ministry"
        return True, None, ""  # "the company": whose, the lane will tell
    if kind == "pronoun":
        return True, None, ""
    if kind == "thing":
        return True, org or plans.possessive_owner(subject), subject
    return False, None, subject  # "other": only a passive ("positions should be cut")


def company_said(context: Context, attribution: str) -> str | None:
    """ "..., the company said." -> the article's organisation, which "the company" stands for."""
    words = attribution.strip(" ,\"”’'").split()
    if len(words) >= 2 and words[0] in {"the", "a"} and words[1] in ORGANISATION_NOUNS:
        return context.main_org
    return None


def own_thing(context: Context, subject: str, sentence: Span) -> bool:
    """ "The tablet will go on sale ..." after "unveiled its new tablet": the planner's own
    product or project, told with "the" once the article has named it as theirs."""
    words = plans.ARTICLE.sub("", lowercase(subject)).split()
    if not plans.ARTICLE.match(lowercase(subject)) or not words or len(words) > 3:
        return False
    head = plans.head_noun(subject)
    if not head or head in NOT_PLANNERS or head in FORECASTERS:
        return False
    window = context.doc.lowered[max(0, sentence.start - _OWN_WINDOW) : sentence.start]
    return (
        re.search(rf"\b(?:its|their|our)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b", window)
        is not None
    )


def body_named(name: str, head: str) -> bool:
    """Whether an organisation's name is a body of that kind: "Lakeshore Government",
    "Government of Ontario", not "Nova Scotia Government and General Employees Union"."""
    words = name.lower().replace(".", "").split()
    return bool(words) and (words[-1] == head or (words[0] == head and words[1:2] == ["of"]))


def public_body(context: Context, subject: str, head: str) -> str:
    """A government or ministry named by its subject, not the company the article is about.

    "the Lakeshore government" -> "Lakeshore government"; "The province" -> "Province"
    (or the article's own organisation when that is a province).
    """
    if head not in context.bodies:
        names = {name for _s, _e, _p, name in context.org_spans if body_named(name, head)}
        context.bodies[head] = max(names, key=lambda n: (len(n), n)) if names else None
    if context.bodies[head]:
        return context.bodies[head]  # "the union" in an article that names "the Dockside Union"
    if context.main_org and body_named(context.main_org, head):
        return context.main_org
    words = plans.ARTICLE.sub("", subject.strip()).split()
    if any(w[:1].isupper() for w in words[1:]) or (
        words and words[0][:1].isupper() and len(words) > 1
    ):
        phrase = " ".join(words)
        return phrase[:1].upper() + phrase[1:]
    return body_owner(context, head) or head.capitalize()


def body_owner(context: Context, head: str) -> str | None:
    """Whose "the government" is, where the article says so once: "Nova Scotia's government"
    or "the Ontario government" earlier or later -> "Nova Scotia", "Ontario"."""
    key = f"owner of {head}"
    if key not in context.bodies:
        match = re.search(
            rf"\b(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}})(?:'s|’s)?\s+{head}\b",
            context.doc.text,
        )
        owner = match["owner"] if match else None
        if owner and owner.split()[0] in plans.SENTENCE_OPENERS:
            owner = " ".join(owner.split()[1:]) or None
        context.bodies[key] = owner
    return context.bodies[key]


def reporting_clause(before: str) -> re.Match | None:
    """REPORTER.search(before), without trying every character as the start of a who.

    A match holds no comma or semicolon and ends with _REPORTER_END, so it is looked for
    only after the last of them, and only where that end is there at all.
    """
    if _REPORTER_END.search(before) is None:
        return None
    return REPORTER.search(before, max(before.rfind(","), before.rfind(";")) + 1)


def reporter_org(
    context: Context, before: str, offset: int, sentence: Span, *, unnamed: bool = False
) -> str | None:
    """Whose "it" a plan is when a reporting clause names them: "The province says it will".

    With unnamed, "The automaker said dealers would ..." gives the article's organisation.
    """
    match = reporting_clause(before)
    if match is None:
        return None
    who, where = plans.subject_of(match["who"])
    kind = plans.subject_kind(who)
    if kind not in {"org", "name"}:
        return None
    accepted, org, _shown = resolve_subject(
        context, who, offset + match.start("who") + where, kind, sentence
    )
    if accepted and org is None and unnamed and kind == "org":
        return context.main_org
    return org if accepted else None


def told_by_planner(context, kind, subject, signal, clause, sub_start, offset, sentence):
    """The organisation whose statement a plan of others is: "The automaker said dealers
    would begin repairs on Sept. 15" (dealers act on its plan; "prices would rise" is no plan).
    """
    if kind != "other" or sub_start <= 0 or not FUTURE.match(signal.group()):
        return None
    if plans.head_noun(subject) in NOT_PLANNERS or len(subject.split()) > 6:
        return None
    return reporter_org(context, clause[:sub_start], offset, sentence, unnamed=True)


def others_told_by(said, kind, subject, signal, predicate) -> bool:
    """Whether a closing "..., Acme said" tells a step others take in a plan: "Shareholders
    will vote on the deal on March 3, Acme said" ("Sales will double by 2027, Acme said" is
    an outcome, not a step)."""
    if not said or kind not in {"other", "name"} or not FUTURE.match(signal.group()):
        return False
    head = plans.head_noun(subject)
    if head in NOT_PLANNERS or head in FORECASTERS or len(subject.split()) > 6:
        return None
    verb = lowercase(predicate).split()[:1]
    return bool(verb) and verb[0] not in OUTCOME_VERBS and verb[0] not in NOT_PLAN_VERBS
