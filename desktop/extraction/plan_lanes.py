"""Plan steps into phases: one lane per organisation, a phase per horizon, in order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain import Phase, Span, make_id
from desktop.extraction import plan_actions
from desktop.extraction.context import Document
from desktop.extraction.horizons import Horizon
from desktop.lazyre import lazy_compile

# A section heading that names a stage: "Stage one: stop the bleeding", "Phase 2 — Grow".
_STAGE_HEADING = lazy_compile(
    r"^\s*(?:stage|phase|step|part)\s+(?:\w+)\s*[:—–-]\s*(?P<name>\S.*)$", re.IGNORECASE
)
_PARENTHESES = lazy_compile(r"\s*\([^)]*\)")
_MAX_TITLE_WORDS = 8
_MAX_REORDERED = 40  # phases of one lane that "before" events may move among


@dataclass
class Step:
    """One plan clause: its horizon, actions, sentence, whose it is and where it stands."""

    horizon: Horizon
    actions: list[str]
    sentence: Span
    org: str | None
    position: int
    title_weight: int = 0  # the clause that named the horizon titles the phase
    done: bool = False
    subject: str = ""
    inferred: bool = False  # the organisation was not named in the subject ("the airline")


def title_of(action: str) -> str:
    """A phase title from its first action: up to the first comma, at most eight words."""
    cut = []
    for word in _PARENTHESES.sub("", action).split()[:_MAX_TITLE_WORDS]:
        cut.append(word)
        if word.endswith(","):
            break
    while len(cut) > 1 and cut[-1].strip(",").lower() in plan_actions.TRAILING_FUNCTION_WORDS:
        cut.pop()
    title = " ".join(cut).strip(" ,")
    return title[:1].upper() + title[1:]


def stage_name(doc: Document, offset: int) -> str | None:
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


def lanes_of(steps: list[Step], main_org: str | None, sentence_of) -> None:
    """Each step's organisation where its subject names none ("it", "the airline").

    The organisation of a step told in the two sentences before; else the main one; else
    the nearest step's: "Fiat said it intends to buy ..." then "Fiat will pay ...".

    Args:
        steps: in article order.
        main_org: the organisation the article is about, if known.
        sentence_of: a step's sentence number.
    """
    # The named step before each one and after it, found in two passes, not per step.
    last: Step | None = None
    before: list[Step | None] = []
    for step in steps:
        before.append(last)
        last = step if step.org else last
    following: Step | None = None
    after: list[Step | None] = [None] * len(steps)
    for k in range(len(steps) - 1, -1, -1):
        after[k] = following
        following = steps[k] if steps[k].org else following
    for k, step in enumerate(steps):
        if step.org:
            continue
        step.inferred = True
        near, next_named = before[k], after[k]
        if near is not None and sentence_of(step) - sentence_of(near) <= 2:
            step.org = near.org
        elif main_org:
            step.org = main_org
        elif near is not None:
            step.org = near.org
        elif next_named is not None:
            step.org = next_named.org


def partners(steps: list[Step], main_org: str | None) -> None:
    """A partner's part told beside the main organisation's, with the same horizon, is a step
    of the main plan: "Initially, CALB will supply cells while Acme will build packs"."""
    if main_org is None:
        return
    for step in steps:
        if step.org == main_org:
            for other in steps:
                if other.sentence == step.sentence and other.horizon is step.horizon:
                    other.org = main_org


def join_spending(lanes: dict) -> None:
    """Spending over years ("invest X over seven to 10 years") joins the phase that has begun
    by the start of that span, in its organisation's lane: the last one that has."""
    for groups in lanes.values():
        for key in [k for k, g in groups.items() if all(s.horizon.spending for s in g)]:
            begun = sorted(
                (
                    k
                    for k, g in groups.items()
                    if not g[0].horizon.spending and not k[0] and k[1] <= key[1]
                ),
                key=lambda k: k[1],
            )
            if begun:
                groups[begun[-1]].extend(groups.pop(key))


def stage_rank(horizon: Horizon) -> int:
    """Where a staging word puts its phase whatever the article's order: "initially" first,
    "ultimately" last, every other horizon between them."""
    if horizon.kind != "stage":
        return 1
    if horizon.years == float("inf"):
        return 2
    return 0 if horizon.years == 0.0 else 1


def told_at(group: list[Step]) -> int:
    """Where the article tells a phase: at its first step that names the horizon, not at a
    spending span or an inherited stage joined to it ("invest X over seven years" in the lead
    joins the phase told below)."""
    own = [s.position for s in group if s.title_weight > 0 and not s.horizon.spending]
    return min(own or [s.position for s in group])


def order(groups: list[list[Step]]) -> list[list[Step]]:
    """One organisation's phases in the order the article tells them, as a labeller lists a
    plan's stages; staging words ("initially", "ultimately") put theirs first or last.

    "Acme will close the mill by March and sell the port by mid-2025. It will also cut
    output in the fourth quarter." -> by March, by mid-2025, in the fourth quarter.
    """
    return before_events(sorted(groups, key=lambda g: (stage_rank(g[0].horizon), told_at(g))))


# The thing a "before" event names: "before the new line starts operating" -> "new line".
_BEFORE_THING = lazy_compile(
    r"before\s+(?:the|a|an|its|their)\s+(?P<thing>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:\w+s|is|are|can|will|has)\b",
    re.IGNORECASE,
)


def before_events(groups: list[list[Step]]) -> list[list[Step]]:
    """A step due "before the new line starts operating" goes just before the phase of the
    new line, wherever the article tells it."""
    if len(groups) > _MAX_REORDERED:
        return groups  # a lane that long is no plan told in steps; keep it linear
    for group in [g for g in groups if g[0].horizon.kind == "event"]:
        match = _BEFORE_THING.match(group[0].horizon.text)
        if match is None:
            continue
        thing = match["thing"].lower()
        target = next(
            (
                g
                for g in groups
                if g is not group and any(thing in a.lower() for s in g for a in s.actions)
            ),
            None,
        )
        if target is not None and groups.index(target) < groups.index(group):
            groups.remove(group)
            groups.insert(groups.index(target), group)
    return groups


def build_phases(
    doc: Document, steps: list[Step], main_org: str | None, sentence_of: Callable[[Step], int]
) -> list[Phase]:
    """The steps as phases, in the order the article tells them (each organisation's lane in
    its own order: staging words, "before" events).

    Steps of one organisation with the same horizon make one phase; a lane holding only a
    staging word ("Officials will initially ...") is no plan told.
    """
    lanes_of(steps, main_org, sentence_of)
    by_sentence: dict[int, list[Step]] = {}
    for step in steps:
        by_sentence.setdefault(sentence_of(step), []).append(step)
    for same in by_sentence.values():
        partners(same, main_org)
    lanes: dict[str | None, dict[tuple, list[Step]]] = {}
    for step in sorted(steps, key=lambda s: s.position):
        key = (
            step.done,
            round(step.horizon.years, 3),
            step.horizon.kind == "event" and step.horizon.text,
        )
        if step.inferred and key not in lanes.get(step.org, {}):
            # "ANA will receive the jet next month ... the airline will fly it (next month)":
            # an organisation not named joins a named one's phase of the same time.
            step.org = next((org for org, groups in lanes.items() if key in groups), step.org)
        lanes.setdefault(step.org, {}).setdefault(key, []).append(step)
    join_spending(lanes)
    for org in list(lanes):
        groups = lanes[org]
        if len(groups) == 1 and all(s.horizon.kind == "stage" for g in groups.values() for s in g):
            del lanes[org]  # "Officials will initially ...": a stage of no plan told
    placed: list[tuple[int, int, list[Step], str | None]] = []
    for org, groups in lanes.items():
        ordered = order(list(groups.values()))
        # Lanes interleave as the article tells them: a lane's k-th phase takes the k-th of
        # the places its phases are told at, so its own order holds.
        places = sorted(told_at(g) for g in ordered)
        placed.extend(
            (place, len(placed), g, org) for place, g in zip(places, ordered, strict=True)
        )
    phases = []
    for _place, _k, group, org in sorted(placed, key=lambda p: (p[0], p[1])):
        group.sort(key=lambda s: s.position)
        actions: list[str] = []
        for step in group:
            actions.extend(a for a in step.actions if a not in actions)
        titled = max(group, key=lambda s: s.title_weight)
        spans = sorted({s.sentence for s in group})
        horizon = next(
            (s.horizon for s in group if s.horizon.kind != "then" and not s.horizon.spending),
            group[0].horizon,
        )
        phases.append(
            Phase(
                id=make_id("phase", horizon.text, spans[0].start),
                title=stage_name(doc, spans[0].start) or title_of(titled.actions[0]),
                horizon=horizon.text,
                actions=actions,
                spans=spans,
                organisation=org,
                done=group[0].done,
            )
        )
    return phases
