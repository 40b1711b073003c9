"""The briefing's first words: a headline that states the news, a deck line, the bottom line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.domain.headlines import display_title, first_sentence, short_names
from desktop.domain.model import Briefing, Figure, Takeaway
from desktop.export.xml_text import one_line

LINK_WORDS = re.compile(r"^[\s)\]]*(in|over|by|within|during|across|for)\s+$", re.IGNORECASE)
COMPANION_GAP = 24  # characters between an amount and the time it is spread over
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
# Words that begin a verb phrase: "plans to invest" reads after a name, "revenue" does not.
VERB_START = re.compile(
    r"^(plans?|will|aims?|expects?|intends?|invests?|is|are|has|have|seeks?|wants?|to|"
    r"raises?|spends?|commits?|pledges?|targets?)\b",
    re.IGNORECASE,
)


@dataclass
class Opening:
    """What page one says before the takeaways."""

    headline: str
    deck: str  # the key number in one line, or ""
    bottom_line: list[str] = field(default_factory=list)  # two or three sentences
    lead: Takeaway | None = None  # the takeaway the headline was cut from, if any
    plan_told: bool = False  # the bottom line walks through the phases
    used: list[Takeaway] = field(default_factory=list)  # other takeaways it repeats


def _lead(briefing: Briefing) -> tuple[str, Takeaway | None]:
    """The sentence the news is in: the first takeaway, else the title, else the first sentence."""
    if briefing.takeaways:
        return one_line(briefing.takeaways[0].text), briefing.takeaways[0]
    if briefing.article.title:
        return one_line(briefing.article.title), None
    body = briefing.article.text[briefing.article.body_start :]
    return first_sentence(one_line(body)), None


def headline(briefing: Briefing) -> str:
    """The news as one statement: the same title the window and the terminal show."""
    return one_line(display_title(briefing)[0])


def _key_amount(briefing: Briefing) -> Figure | None:
    """The largest amount of money the article gives in its own currency (not a conversion)."""
    money = [
        f
        for f in briefing.figures
        if f.kind == "money" and f.value is not None and not f.conversion_of
    ]
    return max(money, key=lambda f: f.value_max or f.value, default=None)


def money_phrase(amount: Figure, briefing: Briefing) -> str:
    """The amount as written, its conversion in brackets, and the time it is spread over.

    "more than 50 billion rupees ($563 million) in seven to 10 years"
    """
    phrase = one_line(amount.text)
    anchor = amount.first_span.end if amount.first_span else None
    for other in briefing.figures:
        if other.conversion_of == amount.id and other.kind == "money":
            phrase += f" ({one_line(other.text)})"
            if anchor is not None and other.first_span:
                anchor = max(anchor, other.first_span.end)
            break
    if anchor is None:
        return phrase
    text = briefing.article.text
    for other in briefing.figures:
        span = other.first_span
        if (
            other.kind in ("duration", "year")
            and span
            and 0 <= span.start - anchor <= COMPANION_GAP
        ):
            link = LINK_WORDS.match(text[anchor : span.start])
            if link:
                return f"{phrase} {link.group(1)} {one_line(other.text)}"
    return phrase


def _subject(briefing: Briefing) -> str:
    """Who the briefing is mainly about: the first company named, by its short name."""
    for organisation in briefing.organisations:
        if organisation.kind == "company":
            return short_names(organisation.name, briefing)
    return "The company"


def _money_sentence(briefing: Briefing) -> str | None:
    amount = _key_amount(briefing)
    if amount is None:
        return None
    about = one_line(amount.about)
    phrase = money_phrase(amount, briefing)
    companion = phrase[len(one_line(amount.text)) :].split(")")[-1].strip()
    if companion and about.endswith(" " + companion):
        about = about[: -len(companion) - 1]  # the phrase says "in seven to 10 years" already
    if about and VERB_START.match(about):
        return f"{_subject(briefing)} {about} {phrase}."
    if about:
        return f"{about[:1].upper()}{about[1:]}: {phrase}."
    return None


def _plan_sentence(briefing: Briefing) -> str | None:
    phases = [p for p in briefing.phases if one_line(p.title)]
    if len(phases) < 2:
        return None
    steps = []
    for phase in phases[:4]:
        title = one_line(phase.title)
        title = title[:1].lower() + title[1:]
        horizon = one_line(phase.horizon)
        steps.append(f"{title} ({horizon})" if horizon else title)
    count = NUMBER_WORDS.get(len(steps), str(len(steps)))
    return f"The plan runs in {count} steps: {', '.join(steps[:-1])}, then {steps[-1]}."


def opening(briefing: Briefing) -> Opening:
    """The headline, the deck line (the key amount) and the bottom line (two or three sentences).

    The bottom line is the lead sentence, then the plan in its steps when there are two or
    more phases, else the next takeaway.
    """
    lead, lead_takeaway = _lead(briefing)
    money = _money_sentence(briefing)
    start = Opening(headline(briefing), money.rstrip(".") if money else "", lead=lead_takeaway)
    if lead:
        start.bottom_line.append(short_names(lead, briefing))
    plan = _plan_sentence(briefing)
    if plan:
        start.bottom_line.append(plan)
        start.plan_told = True
    for takeaway in briefing.takeaways[1:]:
        if len(start.bottom_line) >= 2:
            break
        start.bottom_line.append(one_line(takeaway.text))
        start.used.append(takeaway)
    start.bottom_line = [
        s if s.endswith((".", "!", "?", "”")) else s + "." for s in start.bottom_line if s
    ]
    return start


def _restates_plan(takeaway: Takeaway, briefing: Briefing) -> bool:
    """True when the takeaway names two or more of the phases: a summary of the plan."""
    text = one_line(takeaway.text).lower()
    named = [p for p in briefing.phases if one_line(p.title) and one_line(p.title).lower() in text]
    return len(named) >= 2


def key_takeaways(briefing: Briefing, opening: Opening) -> list[Takeaway]:
    """Three to five takeaways, leaving out what the bottom line already says while three remain.

    The lead takeaway is the bottom line's first sentence; a takeaway that walks through the
    phases repeats its plan sentence.
    """
    takeaways = list(briefing.takeaways)
    for repeated in (
        lambda t: t is opening.lead or any(t is used for used in opening.used),
        lambda t: opening.plan_told and _restates_plan(t, briefing),
    ):
        fewer = [t for t in takeaways if not repeated(t)]
        if len(fewer) >= 3:
            takeaways = fewer
    return takeaways[:5]
