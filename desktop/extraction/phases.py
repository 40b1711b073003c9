"""Organisations' plans as phases: when (a horizon) and what they will do then (actions)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from desktop.domain import Briefing, Phase, Span
from desktop.extraction import horizons as hz
from desktop.extraction import plans
from desktop.extraction.context import Document, lowercase
from desktop.extraction.lexicon import find_literals, kept_matches, whole_words
from desktop.extraction.lexicon_plans import (
    ANNOUNCE_VERBS,
    FORECASTERS,
    MONTHS,
    NOT_PLAN_VERBS,
    NOT_PLANNERS,
    ORGANISATION_NOUNS,
    OUTCOME_VERBS,
    PAST_VERBS,
    PUBLIC_BODIES,
    SCHEDULED,
    WEEKDAYS,
)
from desktop.extraction.plan_lanes import Step as _Step
from desktop.extraction.plan_lanes import build_phases
from desktop.extraction.planners import main_org as _main_org
from desktop.extraction.planners import org_spans as _org_spans
from desktop.extraction.planners import people_mentions as _people
from desktop.extraction.planners import subject_org as _subject_org
from desktop.lazyre import lazy_compile

# Kept under these names for the tests of the sieve and of the organisation lookup.
_SIGNAL = plans.SIGNAL
_SIGNAL_STEMS = plans.SIGNAL_STEMS

# A section heading that names a stage: "Stage one: stop the bleeding", "Phase 2 — Grow".
_STAGE_HEADING = lazy_compile(
    r"^\s*(?:stage|phase|step|part)\s+(?:\w+)\s*[:—–-]\s*(?P<name>\S.*)$", re.IGNORECASE
)
# A headline that states a plan: "Apple to lower UK iTunes prices".
_HEADLINE_PLAN = lazy_compile(
    r"^(?P<name>[A-Z][^\s]*(?:\s+[A-Z][^\s]*){0,4})\s+to\s+(?P<plan>[a-z]\w+\s.+)$"
)
# A year the article tells of, and whether a word before it looks ahead: "debt due until 2027",
# "by 2030" point past the article's date, "since 2019" and "in 2023" do not.
_YEAR_MENTION = lazy_compile(
    r"(?P<ahead>\b(?:until|till|through|by|before|due(?:\s+in)?)\s+(?:early\s+|late\s+|mid-?)?)?"
    r"\b(?P<year>(?:19|20)\d\d)\b"
)
_PUBLISHED = lazy_compile(r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?")
_PAST_VERB = lazy_compile(r"\b(?:\w+ed|" + "|".join(sorted(PAST_VERBS)) + r")\b")
_REPORTING = lazy_compile(
    r"\b(?:said|says|saying|announced|told|stated|reported|added|made a statement)\b"
)
_FORECASTER = "(?:" + "|".join(sorted(FORECASTERS)) + ")"
_FORECAST_VERB = (
    r"(?:said|say|says|expect|expects|expected|predict|predicts|predicted|forecast|forecasts|"
    r"estimate|estimates|believe|believes|think|thinks|noted|warned|wrote)\b"
)
# A forecast's source: "analysts said", "Analyst Jane Roe said", "according to estimates";
# not "told analysts", "to analysts", "with analysts". Only whether it matches is used.
_FORECAST_SOURCE = lazy_compile(
    whole_words(
        # The "not after" checks follow the first letter, so that re skips to it in C.
        [
            rf"{w[0]}(?<!told {w[0]})(?<!to {w[0]})(?<!with {w[0]}){w[1:]}\b(?:\s+\S+){{0,4}}?\s+"
            + _FORECAST_VERB
            for w in sorted(FORECASTERS)
        ]
        + [rf"according to\s+(?:\S+\s+){{0,3}}?{_FORECASTER}\b"]
        + [r"forecast to\b", r"predicted to\b", r"projected to\b"]
        # an unconfirmed report: "..., people familiar with the matter said"
        + [r"people (?:familiar|close|briefed|with knowledge)\b"]
    )
)
# "Once the deal closes, the company will ...": an event before the subject.
_LEADING_EVENT = lazy_compile(r"\W*(?:once|after|as soon as|upon|following|when)\b")
_SCHEDULED = lazy_compile("|".join(SCHEDULED))
# "be" with no participle after it: "be happy", "be the first" (but "be shipped" is a plan).
_COPULA = lazy_compile(r"\s*(?:also\s+|not\s+)?be\s+(?!\w+(?:ed|en)\b)(?!able\b)")
# Verbs that set a goal, after which a state is the plan: "aims to be carbon neutral by 2040".
_GOAL_VERB = lazy_compile(
    r"\b(?:aim|plan|intend|target|pledg|promis|vow|commit|goal|ambition|objective)"
)
_SUBORDINATE = lazy_compile(r"\W*(?:after|before|when|once|as|since|although|because|if|while)\b")
# A plan named as a noun: "approved a plan to sell its insurance arm" (a verb follows "to";
# "the plan to European governments" is no plan of its own).
_NAMED_PLAN = lazy_compile(
    r"(?:plans?|goal|target|aim|strategy|proposal|decision|pledge|promise|bid)s?"
    r"(?:,\s[^,;.]{1,50},)?\s+to\s+[a-z]+\s"
)
_NEXT_SUBJECT = lazy_compile(
    r",\s+(?:and|but|while|as)\s+|,?\s+and\s+(?=(?:also\s+)?(?:\w+ed|pushed|said|announced)\b)"
)
# A plan's wording that says it will not be done: "would not raise prices", "won't renew".
_NEGATED = lazy_compile(r"\bnot\b|n['’]t\b")
_DUE_ASIDE = lazy_compile(r",\s*(?:due|expected|scheduled|set|slated|planned)\b")
_RELATIVE = lazy_compile(r"\b(?:which|who)\b")
# A thing's schedule: "The first trains are scheduled to arrive in May, Acme said."
_SCHEDULING = lazy_compile(
    r"(?:is|are|was|were|remains?)\s+(?:scheduled|due|set|slated|expected|on track|on course)\b"
)
# A time that opens the clause, or a subordinate clause before the subject that holds one:
# "Within five years, the firm ...", "After the jet arrives next month, the airline ...".
_LEADING_TIME = lazy_compile(
    r"\W*(?:within|in|by|over|from|starting|beginning|on|next|this|after|once|when|as soon as|"
    r"before|until|early|later|during)\b"
)
# A decision told in the past: a weekday after it is the day it was taken.
_DECIDED = lazy_compile(
    r"(?:also\s+)?(?:decided|agreed|pledged|promised|vowed|arranged|proposed)\b"
)
# A signal that opens with an auxiliary is a verb even after "that" (a relative pronoun).
_AUXILIARY = lazy_compile(r"(?:is|are|was|were|will|would|has|have|should|must|could|shall)\b")
# "the plan to European governments": a noun after a determiner, not the verb "plan to".
_NOUN_BEFORE = lazy_compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|whose)\s+$")
# "The Lakeshore government says it": who "it" is, in the reporting clause before it.
# What may stand between the reporting verb and what was said: "said Thursday", "said on
# Monday", "said in a separate statement".
_AFTER_SAYING = (
    r"(?i:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
    r"\s+|on\s+\w+\s+|in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|interview|filing|"
    r"release|letter|note)\s+)?"
)
_REPORTER = lazy_compile(
    r"(?P<who>[^,;]{2,80}?)\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+)?(?:says|said|announced|"
    rf"stated|confirmed)\s+{_AFTER_SAYING}(?:that\s+)?$"
)
# The end every _REPORTER match has: looked for first, as it costs nothing.
_REPORTER_END = lazy_compile(
    rf"(?:says|said|announced|stated|confirmed)\s+{_AFTER_SAYING}(?:that\s+)?$"
)
# A subject its reporter owns: "its members", "their workers".
_OWNED_BY_IT = lazy_compile(r"(?i)(?:its|their)\s")
# A noun phrase in apposition: ", a 30% premium to ...", ", the highest since 2009".
_APPOSITION = lazy_compile(r",\s+(?:a|an|the)\s")
# The date of a price or a level, not of a plan: "the closing price on Friday".
_PRICE_DATE = lazy_compile(
    r"\b(?:(?:closing\s+)?(?:price|prices|level|value)|(?:the|its)\s+close)\s*$"
)
_WEEKDAY_WORD = lazy_compile(r"\b(?:" + "|".join(WEEKDAYS) + r"|yesterday|today)\b")
_FUTURE = lazy_compile(r"(?:will|would|is to|are to)\b")
_PARENTHESES = lazy_compile(r"\s*\([^)]*\)")
_NON_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_MAX_TITLE_WORDS = 8
_OWN_WINDOW = 3000  # how far back "its new tablet" still names "the tablet" as the planner's
_PENDING_SENTENCES = 3  # how far a horizonless plan still explains "The deal will ..."
_ALSO_SENTENCES = 3  # how far "also" still continues the plan before
_MAX_NAME_LOOKS = 50  # places a capitalised subject is looked at for a mid-sentence capital


@dataclass
class _Pending:
    """A plan stated without a horizon: "X agreed to buy Y." before "The deal will close"."""

    actions: list[str]
    sentence: Span | None
    org: str | None
    index: int


@dataclass
class _Context:
    """What every sentence of one article is read against."""

    doc: Document
    reference: float  # the article's date as a decimal year
    main_org: str | None
    org_spans: list[tuple[int, int, int, str]]
    people: list[tuple[int, str, str | None, bool]]  # (start, name, organisation, speaks)
    steps: list[_Step] = field(default_factory=list)
    names: dict[str, bool] = field(default_factory=dict)
    bodies: dict[str, str | None] = field(default_factory=dict)  # "union" -> the union named
    pending: _Pending | None = None
    previous: _Step | None = None
    index: int = 0


def reference_date(doc: Document, briefing: Briefing) -> float:
    """The article's date as a decimal year; without one, the latest year its past tells of.

    Never today's clock: an undated article from 2006 keeps its plans for 2008. A year after
    a word that looks ahead ("payments due until 2027") is not one the past tells of.
    """
    match = _PUBLISHED.match(briefing.article.published or "")
    if match:
        return hz.decimal_date(int(match["year"]), int(match["month"] or 7), int(match["day"] or 1))
    years = []
    for sentence in doc.sentences:
        if plans.has_signal(doc.lowered, sentence.start, sentence.end):
            continue  # a plan's year says when the plan is for, not when the article is
        years.extend(
            int(m["year"])
            for m in _YEAR_MENTION.finditer(doc.lowered, sentence.start, sentence.end)
            if not m["ahead"]
        )
    if years:
        return max(years) + 0.5
    return 2000.5  # no year at all: only relative horizons, which need no date


def _person_in(context: _Context, start: int, end: int) -> tuple[str, str | None, bool] | None:
    """The person named between start and end, if any."""
    k = bisect.bisect_left(context.people, (start,))
    if k < len(context.people) and context.people[k][0] < end:
        _s, name, org, speaks = context.people[k]
        return name, org, speaks
    return None


def _person_before(context: _Context, offset: int) -> tuple[str, str | None, bool] | None:
    """The last person named before offset: whom "he" or "she" stands for."""
    k = bisect.bisect_left(context.people, (offset,)) - 1
    if k >= 0:
        _s, name, org, speaks = context.people[k]
        return name, org, speaks
    return None


def _is_proper_name(context: _Context, name: str) -> bool:
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


def _resolve_subject(context: _Context, subject: str, start: int, kind: str, sentence: Span):
    """Whether a subject can hold a plan, whose plan it is, and the name to show before it.

    Returns:
        (accepted, organisation or None, the subject as the actions should name it).
    """
    if kind in {"forecast", "none"}:
        return False, None, ""
    if kind == "person" or kind == "name":
        person = _person_in(context, start, start + len(subject))
        if kind == "person":
            person = _person_before(context, start) if subject.lower() != "i" else None
            if subject.lower() == "i":
                return True, None, ""  # a quoted "I will": the speaker's own plan
        if person is not None:
            name, org, speaks = person
            return speaks, org, name.split()[-1] if kind == "name" else name
        if kind == "person":
            return False, None, ""
    org = _subject_org(Span(start, start + len(subject)), context.org_spans)
    if kind == "name":
        name = org or plans.capitalised_name(subject)
        if name is None or name.lower() in _NON_NAMES:
            return False, None, ""
        if org is None and not _is_proper_name(context, name):
            return False, None, subject  # "Officials will ...": a capital of the sentence
        partner = context.main_org is not None and name != context.main_org
        return True, name, (plans.capitalised_name(subject) or name) if partner else ""
    if kind == "org":
        name = org or plans.capitalised_name(subject)
        head = plans.head_noun(subject)
        if head in PUBLIC_BODIES and (org is None or org.lower() == head):
            return True, _public_body(context, subject, head), ""
        if name and head in name.lower() and _is_proper_name(context, name):
            return True, name, ""  # "The Transport Ministry"
        return True, None, ""  # "the company": whose, the lane will tell
    if kind == "pronoun":
        return True, None, ""
    if kind == "thing":
        return True, org or plans.possessive_owner(subject), subject
    return False, None, subject  # "other": only a passive ("positions should be cut")


def _company_said(context: _Context, attribution: str) -> str | None:
    """ "..., the company said." -> the article's organisation, which "the company" stands for."""
    words = attribution.strip(" ,\"”’'").split()
    if len(words) >= 2 and words[0] in {"the", "a"} and words[1] in ORGANISATION_NOUNS:
        return context.main_org
    return None


# A comparison's base before a horizon: "build 4,000 homes in 2027, up from 3,200 this year".
_BASELINE = lazy_compile(
    r"(?:\b(?:up|down|rising|falling|compared)\s+(?:from|with|to)|\bversus|\bvs\.?|"
    r"\bagainst)\s+(?:[^,;:]|,\d){0,40}$"
)


def _baseline(low: str, at: int) -> bool:
    """True when the horizon at `at` dates a comparison's base, not a step of the plan."""
    return 0 < at <= len(low) and _BASELINE.search(low, max(0, at - 60), at) is not None


def _own_thing(context: _Context, subject: str, sentence: Span) -> bool:
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


def _body_named(name: str, head: str) -> bool:
    """Whether an organisation's name is a body of that kind: "Lakeshore Government",
    "Government of Ontario", not "Nova Scotia Government and General Employees Union"."""
    words = name.lower().replace(".", "").split()
    return bool(words) and (words[-1] == head or (words[0] == head and words[1:2] == ["of"]))


def _public_body(context: _Context, subject: str, head: str) -> str:
    """A government or ministry named by its subject, not the company the article is about.

    "the Lakeshore government" -> "Lakeshore government"; "The province" -> "Province"
    (or the article's own organisation when that is a province).
    """
    if head not in context.bodies:
        names = {name for _s, _e, _p, name in context.org_spans if _body_named(name, head)}
        context.bodies[head] = max(names, key=lambda n: (len(n), n)) if names else None
    if context.bodies[head]:
        return context.bodies[head]  # "the union" in an article that names "the Dockside Union"
    if context.main_org and _body_named(context.main_org, head):
        return context.main_org
    words = plans.ARTICLE.sub("", subject.strip()).split()
    if any(w[:1].isupper() for w in words[1:]) or (
        words and words[0][:1].isupper() and len(words) > 1
    ):
        phrase = " ".join(words)
        return phrase[:1].upper() + phrase[1:]
    return _body_owner(context, head) or head.capitalize()


def _body_owner(context: _Context, head: str) -> str | None:
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


def _reporting_clause(before: str) -> re.Match | None:
    """_REPORTER.search(before), without trying every character as the start of a who.

    A match holds no comma or semicolon and ends with _REPORTER_END, so it is looked for
    only after the last of them, and only where that end is there at all.
    """
    if _REPORTER_END.search(before) is None:
        return None
    return _REPORTER.search(before, max(before.rfind(","), before.rfind(";")) + 1)


def _reporter_org(
    context: _Context, before: str, offset: int, sentence: Span, *, unnamed: bool = False
) -> str | None:
    """Whose "it" a plan is when a reporting clause names them: "The province says it will".

    With unnamed, "The automaker said dealers would ..." gives the article's organisation.
    """
    match = _reporting_clause(before)
    if match is None:
        return None
    who, where = plans.subject_of(match["who"])
    kind = plans.subject_kind(who)
    if kind not in {"org", "name"}:
        return None
    accepted, org, _shown = _resolve_subject(
        context, who, offset + match.start("who") + where, kind, sentence
    )
    if accepted and org is None and unnamed and kind == "org":
        return context.main_org
    return org if accepted else None


def _told_by_planner(context, kind, subject, signal, clause, sub_start, offset, sentence):
    """The organisation whose statement a plan of others is: "The automaker said dealers
    would begin repairs on Sept. 15" (dealers act on its plan; "prices would rise" is no plan).
    """
    if kind != "other" or sub_start <= 0 or not _FUTURE.match(signal.group()):
        return None
    if plans.head_noun(subject) in NOT_PLANNERS or len(subject.split()) > 6:
        return None
    return _reporter_org(context, clause[:sub_start], offset, sentence, unnamed=True)


def _others_told_by(said, kind, subject, signal, predicate) -> bool:
    """Whether a closing "..., Acme said" tells a step others take in a plan: "Shareholders
    will vote on the deal on March 3, Acme said" ("Sales will double by 2027, Acme said" is
    an outcome, not a step)."""
    if not said or kind not in {"other", "name"} or not _FUTURE.match(signal.group()):
        return False
    head = plans.head_noun(subject)
    if head in NOT_PLANNERS or head in FORECASTERS or len(subject.split()) > 6:
        return None
    verb = lowercase(predicate).split()[:1]
    return bool(verb) and verb[0] not in OUTCOME_VERBS and verb[0] not in NOT_PLAN_VERBS


def _in_relative_clause(low: str, start: int, end: int) -> bool:
    """ "... following the last flight, which launches June 28": a time of something else."""
    relative = _RELATIVE.search(low, start, end)
    return (
        relative is not None
        and "," not in low[relative.end() : end]  # ", which it values at $2bn, with a deal ..."
        and not plans.has_signal(low, relative.end(), end)
    )


def _region_horizons(context, clause, low, offset, signal, body_end, announced, sub_start):
    """The explicit horizons of one plan: after its wording, or leading the clause."""
    reference = context.reference
    weekdays = not announced and not _DECIDED.match(signal.group())
    found = hz.explicit_horizons(
        clause[:body_end], low[:body_end], offset, signal.end(), reference, weekdays=weekdays
    )
    if not found and not announced and sub_start > 0:
        lead = low[:sub_start]
        if not _REPORTING.search(lead) and _LEADING_TIME.match(lead) and len(lead.split()) <= 14:
            found = hz.explicit_horizons(clause[:sub_start], lead, offset, 0, reference)[-1:]
    if announced:
        found = [h for h in found if h.kind == "date" and h.years > 0]
    after = offset + signal.end()
    return [
        h
        for h in found
        if h.span.start < after
        or not (
            _in_relative_clause(low, signal.end(), h.span.start - offset)
            or (
                (h.past or _WEEKDAY_WORD.search(lowercase(h.text)))
                and _in_apposition(low, signal.end(), h.span.start - offset, h.span.end - offset)
            )
            or (
                h.text.lower().startswith("on ")
                and _PRICE_DATE.search(low, 0, h.span.start - offset)
            )
        )
    ]


def _in_apposition(low: str, start: int, begin: int, end: int) -> bool:
    """A time inside a noun phrase set off by a comma, not the plan's own.

    "Holders will receive $42 a share, a 30% premium to the closing price on Friday." ->
    "on Friday" dates the closing price. (", a third of its staff, by June" is the plan's.)
    Only a day or a past date is taken so: a month or a year there is more often the plan's.
    """
    comma = low.rfind(",", start, begin)
    if comma < 0 or not _APPOSITION.match(low, comma):
        return False
    return "," not in low[end : end + 2] and not plans.has_signal(low, comma, begin)


def _done_stages(context, clause, low, offset, before_end, org, sentence, subject) -> list[_Step]:
    """Past stages told before a plan in its sentence: "In 2009, Fiat bought a stake, and ..."."""
    out = []
    for horizon in hz.explicit_horizons(
        clause[:before_end], low[:before_end], offset, 0, context.reference
    ):
        if not horizon.past or horizon.kind != "date":
            continue
        start = horizon.span.end - offset
        words = clause[start:before_end].lstrip(" ,")
        words = words.split(",")[0]
        if not _PAST_VERB.search(lowercase(words)) or len(words.split()) < 3:
            continue
        out.append(
            _Step(
                horizon,
                [plans.trim_action(words)],
                sentence,
                org,
                horizon.span.start,
                1,
                True,
                subject,
            )
        )
    return out


# "was on track to", "were due to": a plan idiom put into the past by reported speech.
_BACKSHIFTED = lazy_compile(r"\s*(?:was|were)\s")


def _past_without_saying(lowered: str, at: int, signal: re.Match) -> bool:
    """A plan idiom in the past with no verb of saying before it: the story's past ("The mill
    was due to close in 2020"), not a plan reported ("said the mill was due to close in 2027")."""
    return bool(_BACKSHIFTED.match(signal.group())) and (
        signal.group().split()[1] != "expected" and not _REPORTING.search(lowered, 0, at)
    )


# A subordinate clause's subject just before a present verb: "when the lease (expires)".
_SUBORDINATE_SUBJECT = lazy_compile(
    r"\b(?:when|until|before|after|once|if|unless|as|while|since)\s+(?:\S+\s+){0,4}$"
)


def _subordinate_present(low: str, signal: re.Match) -> bool:
    """A present-tense schedule inside a subordinate clause is a time of the plan, not one:
    "will decide on the plant's future when the lease expires in 2027"."""
    if not plans.PRESENT.match(low, signal.start()):
        return False
    return _SUBORDINATE_SUBJECT.search(low, max(0, signal.start() - 60), signal.start()) is not None


def _without_attribution(text: str, lowered: str, attribution: int) -> tuple[str, str]:
    """A sentence without its attribution: cut there, or blanked where a dated plan of its
    own goes on after it.

    "Acme will close the plant by March, the company said, and expects to open one in Hull
    in 2027." keeps "and expects to open one in Hull in 2027" (at its place in the text).
    """
    comma = lowered.find(",", attribution + 1)
    rest = lowered[comma + 1 :] if comma >= 0 else ""
    if (
        comma < 0
        or not plans.has_signal(rest + " ")
        or _FORECAST_SOURCE.search(rest)
        or not hz.explicit_horizons(text[comma + 1 :], rest, 0, 0, 2000.5)
    ):
        return text[:attribution], lowered[:attribution]
    blank = " " * (comma - attribution)
    return (
        text[:attribution] + blank + text[comma:],
        lowered[:attribution] + blank + lowered[comma:],
    )


def _steps_of_sentence(context: _Context, sentence: Span) -> tuple[list[_Step], bool]:
    """The plan steps one sentence states, and whether it states a plan at all."""
    doc = context.doc
    lowered_all = doc.lowered
    signalled = plans.has_signal(lowered_all, sentence.start, sentence.end)
    if not signalled and not plans.ANNOUNCED.search(lowered_all, sentence.start, sentence.end):
        return [], False
    text = doc.text[sentence.start : sentence.end]
    lowered = lowered_all[sentence.start : sentence.end]
    attribution = plans.attribution_start(lowered)
    said_by = said_org = None
    if attribution is not None:
        if _FORECAST_SOURCE.search(lowered, attribution):
            return [], False  # "..., analysts said": a forecast, not a plan
        said_by = plans.capitalised_name(text[attribution:]) or _company_said(
            context, lowered[attribution:]
        )
        speaker = _person_in(context, sentence.start + attribution, sentence.end)
        if speaker is not None:
            said_by = speaker[1]  # "..., chief financial officer Ann Park said": her company
        # Whose statement it is, as an organisation: the speaker's (None for one without).
        said_org = (
            speaker[1]
            if speaker is not None
            else _subject_org(Span(sentence.start + attribution, sentence.end), context.org_spans)
            or said_by
        )
        text, lowered = _without_attribution(text, lowered, attribution)
    steps: list[_Step] = []
    planned = False
    sentence_subject: tuple[bool, str | None, str, str] | None = None
    for offset, clause, low in plans.clauses(text, lowered, sentence.start):
        signals = [
            m
            for m in plans.signals(low)
            if (
                not _NOUN_BEFORE.search(low[max(0, m.start() - 8) : m.start()])
                or _AUXILIARY.match(m.group())  # "a factory that is expected to ..."
                or _NAMED_PLAN.match(clause, m.start())
                or plans.DOCUMENT.match(low, m.start())
                or plans.PLAN_NOUN.match(m.group())  # "The goal is to ..."
            )
            and not _past_without_saying(lowered, offset - sentence.start + m.start(), m)
            and not _subordinate_present(low, m)
        ]
        announced = False
        if not signals:
            match = plans.ANNOUNCED.search(low)
            if match is None:
                continue
            signals, announced = [match], True
        for n, signal in enumerate(signals):
            body_end = signals[n + 1].start() if n + 1 < len(signals) else len(clause)
            # The next plan's own subject is not this plan's: "..., and the deal is to".
            joins = list(_NEXT_SUBJECT.finditer(low, signal.end(), body_end))
            if joins and n + 1 < len(signals):
                body_end = joins[-1].start()
            elif n + 1 < len(signals):
                joined = plans.subject_after_and(clause[signal.end() : body_end])
                cut = -1 if joined is None else low.rfind(" and", 0, signal.end() + joined[1])
                if cut > signal.end():  # "... in the spring and the new line should ..."
                    body_end = cut
            # Times after a relative plan ("a deal that will close by June 10") or a dash
            # aside are this plan's too; after another plan's subject they are that plan's.
            search_end = (
                len(clause)
                if n + 1 == len(signals)
                or plans.after_relative_pronoun(clause[: signals[n + 1].start()])
                or plans.DASH.search(low, signal.end(), signals[n + 1].start())
                else body_end
            )
            dash = plans.DASH.search(low, signal.end(), body_end)
            action_end = dash.start() if dash else body_end
            subject, sub_start = plans.subject_of(clause[: signal.start()])
            owner = plans.plan_owner(clause[: signal.start()], signal.group())
            if owner is not None:
                subject, sub_start = owner  # "the company's plan, announced in May, to move"
            if subject and plans.has_signal(lowercase(subject) + " "):
                joined = plans.subject_after_and(clause[: signal.start()])
                if joined is not None:
                    subject, sub_start = joined  # "... in May and the new line will ..."
                else:
                    subject = ""  # "franchises won't be renewed ... will": no subject of its own
                    if plans.after_relative_pronoun(clause[: signal.start()]):
                        continue  # "... competition from the new model, which will be released"
            # "The line goes into production next spring": the verb is the action's own.
            plan_start = (
                signal.start() if plans.PRESENT.match(low, signal.start()) else signal.end()
            )
            predicate_text = clause[plan_start:action_end]
            passive = signal.group().lstrip().startswith(("should", "must")) or plans.is_passive(
                predicate_text
            )
            named_plan = bool(_NOUN_BEFORE.search(low[max(0, signal.start() - 8) : signal.start()]))
            if named_plan and _SUBORDINATE.match(low):
                continue  # "After a plan to bail them out failed this week, ...": not the plan
            plan_noun = bool(plans.PLAN_NOUN.match(signal.group())) or named_plan
            if not subject and sentence_subject is None:
                # "He didn't say where, but wanted to ...": the sentence's own subject.
                opening = text[: offset - sentence.start + signal.start()]
                subject = plans.sentence_subject(opening) or plans.capitalised_name(opening) or ""
                found = opening.find(subject) if subject else -1  # -1: written otherwise
                sub_start = found - (offset - sentence.start) if found >= 0 else 0
            if subject or sentence_subject is None:
                kind = plans.subject_kind(subject)
                if kind in {"other", "name"} and plans.starts_operation(subject, predicate_text):
                    kind = "thing"  # "Production will begin in 2027"
                elif (
                    kind == "other"
                    and (said_by or context.main_org)
                    and (
                        plans.rolls_out(subject, predicate_text)
                        or plans.jobs_go(subject, predicate_text)
                    )
                ):
                    kind = "thing"  # "The device will go on sale in October": its maker's
                if plan_noun:
                    kind = "org"
                accepted, org, shown = _resolve_subject(
                    context, subject, offset + sub_start, kind, sentence
                )
                where = offset + sub_start
                if (
                    (kind == "pronoun" or _OWNED_BY_IT.match(subject))
                    and org is None
                    and sub_start > 0
                ):
                    # "Local 514 said Thursday its members could walk off the job"
                    org = _reporter_org(context, clause[:sub_start], offset, sentence)
                if not accepted and not passive:
                    teller = _told_by_planner(
                        context, kind, subject, signal, clause, sub_start, offset, sentence
                    )
                    if teller:
                        kind, accepted, shown, org = "thing", True, subject, teller
                    elif _others_told_by(
                        attribution is not None, kind, subject, signal, predicate_text
                    ):
                        kind, accepted, shown, org = "thing", True, subject, said_org
                if kind == "name" and _person_in(context, where, where + len(subject)):
                    kind = "person"  # "Mona Lind will step down": her name goes with it
                if kind == "person":
                    # Told by an organisation, a person's step is its plan: "Goldcrest said
                    # Pieter van der Walt will become its chief executive", "He will join
                    # Goldcrest in August, the company said" (not his employer's before).
                    teller = _reporter_org(context, clause[:sub_start], offset, sentence)
                    org = teller or said_org or org
                if passive and kind in {"other", "name"}:
                    accepted, shown, org = True, subject, None
                scheduled = bool(said_by and _SCHEDULING.match(signal.group())) and (
                    plans.head_noun(subject) not in NOT_PLANNERS  # "Inflation is expected to"
                )
                if kind == "other" and (scheduled or _own_thing(context, subject, sentence)):
                    # its source's schedule, or its own product: "The tablet will go on sale"
                    accepted, shown, org = True, subject, said_org or context.main_org
                relative = plans.after_relative_pronoun(clause[: signal.start()])
                if relative and kind in {"other", "name"} and _SCHEDULING.match(signal.group()):
                    # "a bakery in Leeds, which is due to start production in 2025"
                    kind, accepted, shown = "thing", True, subject
                    org = _subject_org(Span(where, where + len(subject)), context.org_spans)
                if (
                    kind != "thing"
                    and relative
                    and not (kind in {"name", "org"} and not _FUTURE.match(signal.group()))
                ):
                    # "the new model, which will be released in May" (but "Acme, which plans
                    # to list in 2026," is Acme's plan)
                    accepted = False
                if announced and kind not in {"org", "name", "pronoun"}:
                    accepted = False
                if org is None and kind == "thing" and said_org:
                    org = said_org
                if org is None and context.previous and plans.DOCUMENT.match(low, signal.start()):
                    org = context.previous.org  # "The budget also includes": the plan's owner's
                sentence_subject = (accepted, org, shown, kind)
            accepted, org, shown, kind = sentence_subject
            if (
                not accepted
                or plans.states_no_plan(predicate_text)
                or plans.is_guidance(signal.group(), predicate_text)
                or (kind in {"thing", "other"} and not passive and plans.is_outcome(predicate_text))
            ):
                continue
            if (
                kind in {"person", "name", "pronoun", "org"}
                and _COPULA.match(predicate_text)
                and not _GOAL_VERB.search(low, signal.start(), signal.end())
            ):
                continue  # "she would be happy to ...", "it will be the first": a state
            if _FORECAST_SOURCE.search(low, 0, signal.start()):
                continue  # "Analyst Jane Roe said the move will ...": a forecast
            if announced and not any(
                w.strip(",.()") in plans.ACTION_NOUNS for w in lowercase(predicate_text).split()
            ):
                continue
            planned = True
            found = _region_horizons(
                context,
                clause,
                low,
                offset,
                signal,
                action_end if announced else search_end,
                announced,
                sub_start,
            )
            if _DECIDED.match(signal.group()) and not announced:
                found = [h for h in found if h.kind != "date" or h.years > 0]
            aside = _DUE_ASIDE.search(low, sub_start + len(subject), signal.start())
            if not found and aside:
                # "Its restructuring, due by March, will cut 2,000 jobs."
                found = hz.explicit_horizons(
                    clause[: signal.start()],
                    low[: signal.start()],
                    offset,
                    aside.end(),
                    context.reference,
                )[:1]
            found = [h for h in found if not h.past and not _baseline(low, h.span.start - offset)]
            inherited = False
            if not found and not announced:
                previous = context.previous
                if hz.then_horizon(low, 0) and previous is not None:
                    found = [previous.horizon]
                else:
                    # "later that year": after this sentence's step before, else the last one
                    before = steps[-1] if steps else previous
                    staged = plans.staging_horizon(
                        clause, low, offset, before.horizon.years if before else None
                    )
                    if staged is None and steps:
                        staged = steps[-1].horizon  # "Initially, X will ... while Y will ..."
                        inherited = True
                    elif staged is None and previous and "also" in low[: signal.end()]:
                        if context.index - _sentence_index(context, previous) <= _ALSO_SENTENCES:
                            staged = previous.horizon
                            inherited = True
                    if staged is None:
                        event = hz.event_horizon(
                            clause[:body_end], low[:body_end], offset, signal.end()
                        )
                        if event is None and _LEADING_EVENT.match(low):
                            event = hz.event_horizon(clause[:sub_start], low[:sub_start], offset, 0)
                        if event is not None:
                            # After the step before it; a first step waits on its event only.
                            earlier = steps or context.steps
                            last = earlier[-1].horizon.years if earlier else 0.0
                            event.years = last + hz.FUTURE_SLACK if last != float("inf") else 99.0
                            staged = event
                    if staged is not None:
                        found = [staged]
            if not found:
                if kind in {"org", "name", "pronoun"} or plan_noun:
                    actions = plans.split_actions(
                        plans.without(predicate_text, offset + plan_start, [])
                    )
                    if actions:
                        context.pending = _Pending(actions, sentence, org, context.index)
                continue
            first_predicate = None
            for start, end, group in plans.segments(plan_start, action_end, found, offset, low):
                predicate = plans.without(
                    clause[start:end], offset + start, [h.span for h in group if not h.spending]
                )
                absolute = None
                if first_predicate is None:
                    first_predicate = predicate
                else:
                    said_here = clause[signal.start() : plan_start].strip()
                    absolute = plans.absolute_step(predicate) or plans.gapped_subject(
                        first_predicate, predicate, said_here
                    )
                    predicate = (
                        absolute
                        or plans.gapped_verb(first_predicate, predicate)
                        or plans.gapped_object(first_predicate, predicate)
                        or plans.shared_verb(first_predicate, predicate)
                    )
                actions = plans.split_actions(predicate)
                if actions and len(actions[0].split()) == 1 and sub_start > 0:
                    acted_on = plans.relative_object(clause[:sub_start])
                    if acted_on:
                        actions[0] = f"{actions[0]} {acted_on}"  # "open a hospital"
                said = clause[signal.start() : plan_start].strip()
                if not actions and shown and _SCHEDULED.match(lowercase(clause), signal.start()):
                    actions = [f"{shown.strip()} {said}"]  # "A vote on the merger is scheduled"
                    shown = ""
                if not actions:
                    continue
                if _NEGATED.search(said) and not (shown and kind != "org"):
                    actions[0] = f"not {actions[0]}"  # "would not raise prices": the pledge
                if (
                    shown
                    and not absolute
                    and (kind in {"thing", "other", "person", "name"} or passive)
                ):
                    if kind != "name" or org is None or org != context.main_org:
                        actions[0] = " ".join(w for w in (shown, said, actions[0]) if w)
                weight = 0 if inherited or group[0].spending else 1
                step = _Step(
                    group[0], actions, sentence, org, offset + start, weight, False, subject
                )
                if (
                    (
                        (kind == "thing" and plans.is_definite(subject))
                        or (
                            kind in {"org", "name", "pronoun"}
                            and plans.refers_back(actions[0])
                            and context.pending is not None
                            and (context.pending.org is None or org in {None, context.pending.org})
                        )
                    )
                    and context.pending is not None
                    and context.index - context.pending.index <= _PENDING_SENTENCES
                ):
                    step.actions = context.pending.actions + step.actions
                    step.org = step.org or context.pending.org
                    step.title_weight = 2
                    context.pending = None
                steps.append(step)
            if steps and steps[-1].sentence == sentence and kind in {"org", "name", "pronoun"}:
                steps[:0] = _done_stages(
                    context, clause, low, offset, signal.start(), org, sentence, subject
                )
    return steps, planned


def _sentence_index(context: _Context, step: _Step) -> int:
    return context.doc.sentence_index(step.sentence.start)


def _headline_plan(doc: Document) -> _Pending | None:
    """A plan the headline states, "Apple to lower UK iTunes prices", for "The change" below."""
    title = (doc.article.title or "").strip()
    match = _HEADLINE_PLAN.match(title)
    if match is None:
        return None
    return _Pending([plans.trim_action(match["plan"])], None, match["name"].split()[-1], -1)


def _signalled(doc: Document) -> set[int]:
    """The sentences where a match of plans.SIGNAL or plans.ANNOUNCED starts in one scan of
    the text: only they are read for plans.

    One scan for plan wording, rather than a sieve of words: "is" and "will" stand in
    nearly every sentence. It finds what SIGNAL.finditer and ANNOUNCED.finditer from the
    body's start find: SIGNAL by a scan that skips the letters inside words, ANNOUNCED at
    the few places its verbs are written.
    """
    lowered, body = doc.lowered, doc.article.body_start
    places = sorted(find_literals(lowered, ANNOUNCE_VERBS, body))
    announced = (m.span() for p in places if (m := plans.ANNOUNCED.match(lowered, p)))
    starts = [m.start() for m in plans.signals(lowered, body)]
    starts += (start for start, _end in kept_matches(announced))
    return {doc.sentence_index(start) for start in starts}


def find_phases(doc: Document, briefing: Briefing) -> list[Phase]:
    """Organisations' plans as phases, each with a horizon and its actions.

    A phase is a clause that says what an organisation (or a person for it) will do,
    with plan wording ("will", "plans to", "agreed to", "is set to" ...) and a horizon
    ("by 2028", "in April", "next month", "within 30 days", "initially", "once the deal
    closes"). One step is enough. Steps of one organisation with the same horizon make
    one phase; past stages of a plan told beside it are kept, marked done.

    Args:
        doc: the article.
        briefing: the briefing so far (its organisations and people name the planners).

    Returns:
        Phases by organisation (in the order the article names them), then as told
        ("initially" first, "ultimately" last).
    """
    context = _Context(
        doc=doc,
        reference=reference_date(doc, briefing),
        main_org=_main_org(briefing),
        org_spans=_org_spans(briefing.organisations),
        people=_people(doc, briefing),
    )
    context.pending = _headline_plan(doc)
    signalled = _signalled(doc)
    for index, sentence in enumerate(doc.sentences):
        context.index = index
        if index not in signalled:
            continue
        found, _planned = _steps_of_sentence(context, sentence)
        context.steps.extend(found)
        future = [s for s in found if not s.done]
        if future:
            context.previous = future[-1]

    steps = context.steps
    if not steps:
        return []
    return build_phases(
        doc, steps, context.main_org, lambda step: doc.sentence_index(step.sentence.start)
    )
