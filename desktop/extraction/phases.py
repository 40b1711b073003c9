"""The company's plan as ordered phases: when (a horizon) and what it will do (actions)."""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field

from desktop.domain import Briefing, Organisation, Phase, Span, make_id
from desktop.extraction.context import Document, lowercase
from desktop.extraction.lexicon import stems, whole_words
from desktop.lazyre import lazy_compile

# Patterns match a lowercased copy of the text (context.lowercase): it is as long as the
# text, so offsets agree, and case-insensitive patterns are several times slower.


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "few": 3, "several": 3, "a few": 3, "couple of": 2,
    "a couple of": 2,
}  # fmt: skip
_NUM = (
    r"(?:\d+(?:\.\d+)?|a couple of|a few|couple of|"
    + "|".join(sorted((w for w in _NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + r")"
)
_UNIT_YEARS = {"year": 1.0, "month": 1 / 12, "week": 1 / 52, "decade": 10.0, "quarter": 0.25}

# "within two to three years", "at least five years", "in 18 months".
_DURATION = lazy_compile(
    r"\b(?P<prep>within|in|by|over|after|for|at least|more than|up to|about|around|nearly|"
    r"in about|in around)\s+(?:the\s+next\s+|the\s+coming\s+)?"
    rf"(?P<low>{_NUM})(?:\s*(?:to|-|–|or)\s*(?P<high>{_NUM}))?\s+"
    r"(?P<unit>year|month|week|decade|quarter)s?\b"
)
_NEXT_DECADE = lazy_compile(r"\b(?:over|within|in)\s+the\s+(?:next|coming)\s+decade\b")
_COMING = lazy_compile(r"\b(?:in|over)\s+the\s+(?:coming|next\s+few)\s+(?:months|years)\b")
_BY_YEAR = lazy_compile(
    r"\b(?P<prep>by|in|until|before|from|starting\s+in|beginning\s+in)\s+"
    r"(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b"
)
# A section heading that names a stage: "Stage one: stop the bleeding", "Phase 2 — Grow".
_STAGE_HEADING = lazy_compile(
    r"^\s*(?:stage|phase|step|part)\s+(?:\w+)\s*[:—–-]\s*(?P<name>\S.*)$", re.IGNORECASE
)
_NEXT_YEAR = lazy_compile(r"\bnext\s+year\b")
# Staging words: the first step, a later step, the last step.
_NOW = lazy_compile(
    r"\b(?:initially|at first|to begin with|in the first (?:phase|stage)|for now|"
    r"in the (?:near|short) term|immediately|(?:will|would|to)\s+first|"
    r"start(?:s|ing)? (?:with|by)|begin(?:s|ning)? (?:with|by))\b"
)
_LEADING_NOW = lazy_compile(r"^\W*first\b,?")
_LATER = lazy_compile(
    r"^\W*(?:then|next|later|after that|subsequently)\b|\b(?:will|would)\s+(?:then|later)\b|"
    r"\bin the (?:second|next) (?:phase|stage)\b|"
    r"\bthen\b(?=\s+(?:also\s+)?(?:plans?|aims?|expects?|intends?|wants?|seeks?|hopes?)\b)"
)
_LAST = lazy_compile(
    r"\b(?:ultimately|eventually|in the long (?:term|run)|over the long term|"
    r"(?:ultimate|long-term) (?:ambition|goal|aim|plan|target))\b"
)
# Any word a horizon or a continued plan needs: spares most sentences the full analysis.
_HORIZON_CUE = lazy_compile(
    r"year|month|week|decade|quarter|initial|first|start|begin|then|next|later|subsequent|"
    r"ultimate|eventual|long|immediate|now|phase|stage|\balso\b|\d\d\d\d"
)

# What the company will do: the verb phrase after the signal is the action.
_PLAN_VERBS = (
    "plans?", "planning", "aims?", "aiming", "expects?", "expecting", "intends?", "intending",
    "seeks?", "seeking", "hopes?", "wants?", "targets?", "is set", "are set", "is looking",
    "are looking",
)  # fmt: skip
_PLAN_NOUNS = ("ambition", "plan", "goal", "aim", "strategy", "target", "intention", "objective")
_SIGNAL = lazy_compile(
    whole_words(
        [r"also\s+(?:" + "|".join(_PLAN_VERBS) + r")\s+to"]
        + [rf"{verb}\s+to" for verb in _PLAN_VERBS]
        + [rf"{noun}\s+(?:is|was)\s+to" for noun in _PLAN_NOUNS]
        + [r"will(?:\s+also)?", r"would(?:\s+also)?", "is going to", "are going to"]
    )
    + r"\s+"
)
_PLAN_NOUN = lazy_compile("(?:" + "|".join(_PLAN_NOUNS) + r")\s")
# A word every match of _SIGNAL holds: sentences without one are not searched.
_SIGNAL_WORDS = frozenset(
    {verb.rstrip("?") for verb in _PLAN_VERBS if " " not in verb}
    | {verb[:-2] for verb in _PLAN_VERBS if verb.endswith("s?")}
    | set(_PLAN_NOUNS)
    | {"set", "looking", "will", "would", "going"}
)
# The same sieve with fewer words to look for ("plan*" for "plan", "plans", "planning"):
# each is a scan of the whole text.
_SIGNAL_STEMS = stems(_SIGNAL_WORDS)
_LEADING_STAGE = lazy_compile(
    r"\W*(?:initially|at first|first|to begin with|then|next|later|ultimately|eventually|"
    r"in the long (?:term|run)|in the (?:first|second|next) (?:phase|stage))\b,?\s*"
)
_OPENING_PHRASE = lazy_compile(
    r"\s*(?:within|in|by|over|after|for|during|from|at|on|as part of|under|with)\b[^,]{0,60},\s*"
)
# A subject that speaks of a company: "the company", "the Chennai-based firm", "it".
_COMPANY_SUBJECT = lazy_compile(
    r"\b(?:company|firm|group|automaker|carmaker|maker|manufacturer|business|bank|lender|"
    r"insurer|startup|start-up|conglomerate|retailer|operator|producer|supplier|developer|"
    r"ambition|plan|goal|aim|strategy|target|intention|objective)s?\b|^\s*(?:it|we|they)\b"
)
# Where an action ends: an attribution, a dash, a clause of its own.
_ATTRIBUTION = lazy_compile(
    r",\s+(?:[^,]{0,60}?\s)?(?:said|says|added|adds|told|noted|according to|reported)\b.*$"
    r"|\s+according to\b.*$",
    re.DOTALL,
)
_CLAUSE_BREAK = lazy_compile(r",\s+but\s+|;\s+|\s+while\s+|,\s+whereas\s+|,\s+and then\s+")
_DASH = lazy_compile(r"\s+[—–]\s+|\s+-{1,2}\s+")
_AND = lazy_compile(r",?\s+and\s+")
_SPEND = lazy_compile(r"\b(?:invest|spend|pour|inject|deploy|allocate)")
_SPACES = lazy_compile(r"\s{2,}")
_SPACE_BEFORE_COMMA = lazy_compile(r"\s+,")
_PARENTHESES = lazy_compile(r"\s*\([^)]*\)")
_NOT_A_VERB = frozenset(
    "the a an its their his her our other more most some all many new one two three "
    "as well also then".split()
)
# A verb is followed by its object or a preposition: "and learn the process".
_OBJECT_STARTS = frozenset(
    "the a an its their his her our this these those to into on in with for from up out "
    "more new other all some any local".split()
)
_TRAILING_FUNCTION_WORDS = frozenset(
    "the a an its their of to in on for from with and or by as at into".split()
)
_MAX_ACTION_WORDS = 18
_MAX_TITLE_WORDS = 8
_FUTURE_SLACK = 0.01  # "then": just after the horizon before it


@dataclass
class _Horizon:
    text: str
    years: float  # when the phase starts, in years from now; inf for "ultimately"
    span: Span  # in the article text
    spending: bool = False  # "invest X over seven years": a span of spending, not a start


@dataclass
class _Step:
    horizon: _Horizon
    actions: list[str]
    sentence: Span
    title_weight: int = 0  # the clause that named the horizon titles the phase


@dataclass
class _Group:
    horizon: _Horizon
    steps: list[_Step] = field(default_factory=list)


@dataclass
class _Context:
    """What every sentence of one article is read against."""

    text: str
    lowered: str
    base_year: int
    main_org: str | None
    # Every span of every organisation as (start, end, the organisation's place in the
    # list, name), sorted: a subject's organisations are found by bisection.
    org_spans: list[tuple[int, int, int, str]]


def _number(text: str) -> float | None:
    if text[:1].isdigit():
        try:
            return float(text)
        except ValueError:
            return None
    return float(_NUMBER_WORDS.get(text, 0)) or None


def _published_year(briefing: Briefing) -> int:
    """The article's year; without a date, this year (a reader's "by 2030" is from today)."""
    published = briefing.article.published or ""
    return int(published[:4]) if published[:4].isdigit() else datetime.date.today().year


def _time_match(pattern: re.Pattern, lowered: str, after: int) -> re.Match | None:
    """A time after the plan signal, or one that opens the clause ("Within five years, ...")."""
    lead = pattern.match(lowered, len(lowered) - len(lowered.lstrip(" ,")))
    return lead or pattern.search(lowered, after)


def _find_horizon(
    clause: str, lowered: str, offset: int, after: int, base_year: int, previous: float | None
) -> _Horizon | None:
    """The horizon named in one clause, if any: an explicit time first, then staging words.

    Args:
        clause: the clause as written.
        lowered: the clause, ASCII-lowercased: what the patterns match.
        offset: where the clause starts in the article text.
        after: where the plan signal starts; times before it are the subject's ("which
            signed a 20-year agreement"), not the plan's.
        base_year: the article's year, to turn "by 2030" into years from now.
        previous: the horizon of the plan clause before, for "then" and "later".
    """

    def horizon(match: re.Match, years: float, text: str | None = None) -> _Horizon:
        span = Span(offset + match.start(), offset + match.end())
        return _Horizon(text or clause[match.start() : match.end()], years, span)

    match = _time_match(_DURATION, lowered, after)
    if match and (low := _number(match["low"])) is not None:
        found = horizon(match, low * _UNIT_YEARS[match["unit"]])
        found.spending = match["prep"] in {"over", "in", "for"} and bool(_SPEND.search(lowered))
        return found
    for pattern, years in ((_NEXT_DECADE, 1.0), (_COMING, 0.5), (_NEXT_YEAR, 1.0)):
        match = _time_match(pattern, lowered, after)
        if match:
            return horizon(match, years)
    match = _time_match(_BY_YEAR, lowered, after)
    if match and int(match[2]) > base_year:
        years = float(int(match[2]) - base_year)
        if match["prep"].startswith(("from", "starting", "beginning")):
            years += 0.5  # "from 2026" begins where "within the next year" ends
        return horizon(match, years)
    match = _LAST.search(lowered)
    if match:
        word = match.group()
        return horizon(match, float("inf"), "ultimately" if " " in word[:9] else word)
    match = _NOW.search(lowered) or _LEADING_NOW.search(lowered)
    if match:
        word = match.group().strip(" ,")
        named = word.startswith(("start", "begin", "will", "would", "to"))
        return horizon(match, 0.0, "initially" if named else word)
    match = _LATER.search(lowered)
    if match:
        years = previous + _FUTURE_SLACK if previous is not None else 0.5
        return horizon(match, years, match.group().strip(" ,"))
    return None


def _split_actions(predicate: str) -> list[str]:
    """Short action clauses from a verb phrase: split on "and" between two verb phrases.

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
    return [_trim_action(p) for p in parts if len(p.split()) >= 2]


def _trim_action(action: str) -> str:
    """At most about _MAX_ACTION_WORDS words, cut at a comma where one is near."""
    action = action.strip(" ,.;:“”\"'")
    words = action.split()
    if len(words) <= _MAX_ACTION_WORDS:
        return action
    words = words[:_MAX_ACTION_WORDS]
    while words and words[-1].lower() in _TRAILING_FUNCTION_WORDS:
        words.pop()
    cut = " ".join(words)
    comma = cut.rfind(",")
    return (cut[:comma] if comma > len(cut) // 2 else cut).strip(" ,")


def _cut(text: str, pattern: re.Pattern) -> str:
    """The text without what the pattern matches in its lowercased copy."""
    pieces, position = [], 0
    for match in pattern.finditer(lowercase(text)):
        pieces.append(text[position : match.start()])
        position = match.end()
    pieces.append(text[position:])
    return " ".join(pieces) if len(pieces) > 1 else text


def _predicate(clause: str, horizon: _Horizon, offset: int) -> str:
    """The clause's verb phrase without its staging words and start horizon."""
    if not horizon.spending:
        start, end = horizon.span.start - offset, horizon.span.end - offset
        if 0 <= start <= end <= len(clause):
            clause = clause[:start] + " " + clause[end:]
    for pattern in (_NOW, _LEADING_NOW, _LAST):
        clause = _cut(clause, pattern)
    clause = _SPACE_BEFORE_COMMA.sub(",", _SPACES.sub(" ", clause))
    return clause.strip(" ,")


def _main_org(briefing: Briefing) -> str | None:
    """The organisation the article is about: the one named most often."""
    orgs = [o for o in briefing.organisations if o.kind not in {"media", "government"}]
    if not orgs:
        return None
    return max(orgs, key=lambda o: (len(o.spans), -o.spans[0].start if o.spans else 0)).name


def _org_spans(organisations: list[Organisation]) -> list[tuple[int, int, int, str]]:
    """The sorted spans _subject_org searches: (start, end, place in the list, name)."""
    return sorted(
        (span.start, span.end, place, org.name)
        for place, org in enumerate(organisations)
        for span in org.spans
    )


def _subject_org(subject: Span, org_spans: list[tuple[int, int, int, str]]) -> str | None:
    """The organisation named in the subject, if any: the first in the list that is.

    By bisection rather than a look at every span of every organisation, which made a
    long article's phases take time growing with the square of its length.
    """
    best: tuple[int, str] | None = None
    k = bisect.bisect_left(org_spans, (subject.start,))
    while k < len(org_spans) and org_spans[k][0] <= subject.end:
        _start, end, place, name = org_spans[k]
        if end <= subject.end and (best is None or place < best[0]):
            best = (place, name)
        k += 1
    return best[1] if best else None


def _subject_head(subject: str) -> tuple[str, int]:
    """The subject without staging words and asides: "Initially, CALB" -> "CALB".

    Returns:
        The head of the subject and where it starts within the given text.
    """
    lead = _LEADING_STAGE.match(lowercase(subject))
    start = lead.end() if lead else 0
    # "Within five years, the firm": an opening phrase before a comma is not the subject.
    opening = _OPENING_PHRASE.match(lowercase(subject), start)
    if opening:
        start = opening.end()
    head = subject[start:].split(",", 1)[0]
    stripped = head.lstrip()
    return stripped.rstrip(), start + len(head) - len(stripped)


def _clauses(text: str, lowered: str, start: int) -> list[tuple[int, str, str]]:
    """The sentence's clauses, as written and lowercased, with their offsets.

    Clauses end at ", but", ";", "while": "X will initially make packs, but expects to ...".
    """
    out: list[tuple[int, str, str]] = []
    position = 0
    for match in _CLAUSE_BREAK.finditer(lowered):
        piece = slice(position, match.start())
        out.append((start + position, text[piece], lowered[piece]))
        position = match.end()
    out.append((start + position, text[position:], lowered[position:]))
    return out


def _steps_of_sentence(
    context: _Context, sentence: Span, previous: _Horizon | None
) -> tuple[list[_Step], bool]:
    """The plan steps one sentence states, and whether it states a plan at all."""
    if not _SIGNAL.search(context.lowered, sentence.start, sentence.end):
        return [], False
    if not _HORIZON_CUE.search(context.lowered, sentence.start, sentence.end):
        return [], True
    text = context.text[sentence.start : sentence.end]
    lowered = context.lowered[sentence.start : sentence.end]
    attribution = _ATTRIBUTION.search(lowered)
    if attribution:
        text, lowered = text[: attribution.start()], lowered[: attribution.start()]
    steps: list[_Step] = []
    planned = subject_ok = False
    subject_org = subject_text = None
    for offset, clause, low in _clauses(text, lowered, sentence.start):
        signal = _SIGNAL.search(low)
        if signal is None:
            continue
        head, head_start = _subject_head(clause[: signal.start()])
        if head or not subject_ok:
            # A clause without a subject ("..., but expects to") keeps the sentence's.
            start = offset + head_start
            subject_text = head
            subject_org = _subject_org(Span(start, start + len(head)), context.org_spans)
            subject_ok = (
                subject_org is not None
                or bool(_COMPANY_SUBJECT.search(lowercase(head)))
                or bool(_PLAN_NOUN.match(signal.group()))
            )
        if not subject_ok:
            continue
        planned = True
        horizon = _find_horizon(
            clause,
            low,
            offset,
            signal.start(),
            context.base_year,
            previous.years if previous else None,
        )
        inherited = horizon is None
        if horizon is None and steps:
            # "Initially, CALB will supply cells while the company will focus on ...".
            horizon = steps[-1].horizon
        elif horizon is None and previous and "also" in low[: signal.end()]:
            horizon = previous  # "The company also plans to ..." continues the last step
        if horizon is None:
            continue
        # The dash part may carry the horizon ("... in India — a milestone that will take
        # at least five years"), but the action ends at the dash.
        dash = _DASH.search(low, signal.end())
        body_end = dash.start() if dash else len(clause)
        predicate = _predicate(clause[signal.end() : body_end], horizon, offset + signal.end())
        actions = _split_actions(predicate)
        if not actions:
            continue
        if subject_org and subject_org != context.main_org and subject_text:
            # Another company's part in the plan keeps its name: "CALB will supply cells".
            said = clause[signal.start() : signal.end()].strip()
            actions[0] = f"{subject_text} {said} {actions[0]}"
        weight = 0 if inherited or horizon.spending else 1
        steps.append(_Step(horizon, actions, sentence, weight))
        previous = horizon
    return steps, planned


def _title(action: str) -> str:
    """A phase title from its first action: up to the first comma, at most eight words."""
    cut = []
    for word in _PARENTHESES.sub("", action).split()[:_MAX_TITLE_WORDS]:
        cut.append(word)
        if word.endswith(","):
            break
    while len(cut) > 1 and cut[-1].strip(",").lower() in _TRAILING_FUNCTION_WORDS:
        cut.pop()
    title = " ".join(cut).strip(" ,")
    return title[:1].upper() + title[1:]


def _group(steps: list[_Step]) -> list[_Group]:
    """Steps grouped by horizon, nearest first; spending over years joins the phase that
    has begun by the start of that span ("invest over seven to 10 years": the last one)."""
    groups: dict[float, _Group] = {}
    spending = []
    for step in steps:
        if step.horizon.spending:
            spending.append(step)
        else:
            groups.setdefault(step.horizon.years, _Group(step.horizon)).steps.append(step)
    ordered = [groups[k] for k in sorted(groups)]
    for step in spending:
        begun = [g for g in ordered if g.horizon.years <= step.horizon.years]
        if begun:
            begun[-1].steps.append(step)
    return ordered


def _stage_name(doc: Document, offset: int) -> str | None:
    """The name the article gives the stage at offset, from a heading such as "Stage one:
    stop the bleeding" over its section; None when the section has no such heading."""
    heading = None
    for candidate in doc.article.headings:
        if candidate.span.end <= offset:
            heading = candidate
    match = _STAGE_HEADING.match(heading.title) if heading is not None else None
    if match is None:
        return None
    name = match["name"].strip().rstrip(".")
    return name[:1].upper() + name[1:]


def find_phases(doc: Document, briefing: Briefing) -> list[Phase]:
    """The company's plan as phases ordered by horizon, each with its actions.

    Only sentences that say what a company will do (a plan signal such as "will" or
    "plans to", with the company as subject) and when (a staging word such as
    "initially" or a time such as "within two to three years") count. A plan needs at
    least two phases: one dated intention is news, not a phased plan.

    Args:
        doc: the article.
        briefing: the briefing so far (its organisations name the company).

    Returns:
        Phases from the nearest horizon to the furthest.
    """
    context = _Context(
        text=doc.text,
        lowered=doc.lowered,
        base_year=_published_year(briefing),
        main_org=_main_org(briefing),
        org_spans=_org_spans(briefing.organisations),
    )
    steps: list[_Step] = []
    previous: _Horizon | None = None
    last_end = -1
    signalled = doc.sentences_with(_SIGNAL_STEMS)
    for index, sentence in enumerate(doc.sentences):
        if last_end >= 0 and "\n" in doc.text[last_end : sentence.start]:
            previous = None  # a new paragraph: "also" no longer refers to the last plan
        last_end = sentence.end
        found, planned = (
            _steps_of_sentence(context, sentence, previous) if index in signalled else ([], False)
        )
        steps.extend(found)
        if found:
            previous = found[-1].horizon
        elif not planned:
            previous = None

    groups = _group(steps)
    if len(groups) < 2:
        return []
    phases = []
    for group in groups:
        group.steps.sort(key=lambda s: s.sentence.start)
        actions: list[str] = []
        for step in group.steps:
            actions.extend(a for a in step.actions if a not in actions)
        titled = max(group.steps, key=lambda s: s.title_weight)
        spans = sorted({s.sentence for s in group.steps})
        phases.append(
            Phase(
                id=make_id("phase", group.horizon.text, spans[0].start),
                title=_stage_name(doc, spans[0].start) or _title(titled.actions[0]),
                horizon=group.horizon.text,
                actions=actions,
                spans=spans,
            )
        )
    return phases
