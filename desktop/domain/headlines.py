"""What a reader sees first: the briefing's title and the few figures worth a headline card."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from desktop.domain.model import Briefing, Figure
from desktop.domain.numbers import headline_number
from desktop.domain.text import strip_dateline

MAX_CARDS = 4
MIN_CARDS = 3
PER_KIND = 2
# Rough US dollars per unit, only to rank money in different currencies by size.
USD_PER_UNIT = {"USD": 1.0, "EUR": 1.1, "GBP": 1.3, "JPY": 0.007, "CNY": 0.14, "INR": 0.012}
AGREEMENT_WORDS = re.compile(
    r"\b(agreement|deal|contract|pact|partnership|tie-?up|lease|licen[cs]e|concession"
    r"|joint venture)",
    re.IGNORECASE,
)
LINK_WORD = re.compile(r"^[\s)\]]*([a-z]+(?: [a-z]+)?)\s+$", re.IGNORECASE)
COMPANION_GAP = 24  # characters between a figure and the time it is spread over ("in", "by")
HEADLINE_LENGTH = 90
MIN_CLAUSE = 40  # a headline cut shorter than this says too little
# Where a long lead sentence can be cut and still read as a statement.
CLAUSE_BREAKS = (", which", ", as ", ", while", ", after", " — ", "; ", " to help", " to ", ", ")


@dataclass
class Headline:
    """One card: the number big, the words as written, and what it measures."""

    figure: Figure
    number: str  # "₹50 bn"
    qualifier: str  # "more than", or ""
    phrase: str  # "more than 50 billion rupees / $563 million in seven to 10 years"
    about: str  # "plans to invest"
    related: list[Figure] = field(default_factory=list)  # conversion, companion


def _usd(figure: Figure, usd_conversions: dict[str, float]) -> float:
    if figure.id in usd_conversions:
        return usd_conversions[figure.id]
    return float(figure.value or 0) * USD_PER_UNIT.get(figure.unit or "", 1.0)


def _usd_conversions(briefing: Briefing) -> dict[str, float]:
    """Each figure's first conversion to US dollars, by its id, found in one pass.

    Looked for among all figures for each, it cost the square of their number.
    """
    out: dict[str, float] = {}
    for other in briefing.figures:
        if other.conversion_of and other.unit == "USD" and other.value:
            out.setdefault(other.conversion_of, float(other.value))
    return out


def _is_agreement_term(figure: Figure, text: str) -> bool:
    if AGREEMENT_WORDS.search(figure.about or ""):
        return True
    span = figure.first_span
    return bool(span and AGREEMENT_WORDS.match(text[span.end : span.end + 30].strip()))


def _candidates(briefing: Briefing) -> tuple[list[Figure], list[Figure]]:
    """Figures that earn a card, and figures that only fill up to MIN_CARDS, each by rank."""
    text = briefing.article.text
    figures = [f for f in briefing.figures if f.value is not None]

    def of_kind(kind: str) -> list[Figure]:
        return [f for f in figures if f.kind == kind]

    usd_conversions = _usd_conversions(briefing)
    money = sorted(
        (f for f in of_kind("money") if not f.conversion_of),
        key=lambda f: -_usd(f, usd_conversions),
    )
    multiples = sorted(of_kind("multiple"), key=lambda f: -f.value)
    durations = of_kind("duration")
    terms = sorted((f for f in durations if _is_agreement_term(f, text)), key=lambda f: -f.value)
    core = money[:PER_KIND] + multiples[:PER_KIND] + terms[:PER_KIND]
    fill = (
        sorted(of_kind("percent"), key=lambda f: -f.value)
        + sorted(of_kind("count"), key=lambda f: -f.value)
        + [f for f in durations if f not in terms]
    )
    return core, fill


class _Related:
    """Each figure's conversions and the durations and years by where they start, found
    once: looked for among all figures for each candidate card, they cost the number of
    headline candidates times the number of figures."""

    def __init__(self, briefing: Briefing):
        self.text = briefing.article.text
        self.conversions: dict[str, list[Figure]] = {}
        times: list[tuple[int, int, Figure]] = []  # (start, order in the briefing, figure)
        for k, other in enumerate(briefing.figures):
            if other.conversion_of is not None:
                self.conversions.setdefault(other.conversion_of, []).append(other)
            span = other.first_span
            if other.kind in ("duration", "year") and span is not None:
                times.append((span.start, k, other))
        times.sort(key=lambda t: (t[0], t[1]))
        self.times = times
        self.starts = [t[0] for t in times]

    def companion(self, anchor_end: int) -> tuple[str, Figure] | None:
        """The duration or year right after a figure ("in seven to 10 years", "by 2035"):
        the first in the briefing's order that starts within COMPANION_GAP of anchor_end."""
        lo = bisect.bisect_left(self.starts, anchor_end)
        hi = bisect.bisect_right(self.starts, anchor_end + COMPANION_GAP)
        for _, _, other in sorted(self.times[lo:hi], key=lambda t: t[1]):
            match = LINK_WORD.match(self.text[anchor_end : other.first_span.start])
            if match:
                return f"{match.group(1)} {other.text}", other
        return None


def headline_for(figure: Figure, briefing: Briefing, related: _Related | None = None) -> Headline:
    """The card for one figure, with its conversion and the time it spans, when the text says."""
    related = related or _Related(briefing)
    shown: list[Figure] = []
    phrase = figure.text
    anchor_end = figure.first_span.end if figure.first_span else 0
    for other in related.conversions.get(figure.id, []):
        phrase += f" / {other.text}"
        shown.append(other)
        if other.first_span:
            # The conversion sits in brackets right after: "rupees ($563 million) in ..."
            anchor_end = max(anchor_end, other.first_span.end)
    companion = related.companion(anchor_end) if figure.first_span else None
    if companion:
        phrase += f" {companion[0]}"
        shown.append(companion[1])
    number = headline_number(figure.kind, figure.value, figure.value_max, figure.unit)
    return Headline(figure, number, figure.qualifier or "", phrase, figure.about or "", shown)


def headline_figures(briefing: Briefing) -> list[Headline]:
    """Three or four cards: the figures the engine marked headline first, in the article's
    order (what the title and the lead are about, not the largest); then money, multiples,
    agreement terms; then percentages, counts and other durations only while there are
    fewer than three. Money leads the cards, as it leads page one's key figures.
    """
    core, fill = _candidates(briefing)
    related = _Related(briefing)
    marked = [f for f in briefing.figures if f.headline and not f.conversion_of]
    marked = [f for f in marked if f.value is not None or f.kind == "money"]
    core = marked + [f for f in core if not f.headline]
    chosen: list[Figure] = []
    seen: set[tuple] = set()
    shown_elsewhere: set[str] = set()

    def take(figure: Figure) -> None:
        key = (figure.kind, figure.value, figure.value_max, figure.unit)
        if key in seen or figure.id in shown_elsewhere:
            return
        seen.add(key)
        chosen.append(figure)

    for figure in core:
        if len(chosen) < MAX_CARDS:
            take(figure)
            # A duration already shown as "in seven to 10 years" needs no card of its own.
            shown_elsewhere.update(f.id for f in headline_for(figure, briefing, related).related)
    for figure in fill:
        if len(chosen) < MIN_CARDS:
            take(figure)
    chosen.sort(key=lambda f: f.kind != "money")  # money leads, as on page one
    return [headline_for(figure, briefing, related) for figure in chosen]


def short_names(text: str, briefing: Briefing) -> str:
    """Organisation names as people say them: "CALB Group Co." -> "CALB" (its alias)."""
    for organisation in sorted(briefing.organisations, key=lambda o: -len(o.name)):
        aliases = [a for a in organisation.aliases if len(a) >= 3 and a in organisation.name]
        if aliases:
            text = text.replace(organisation.name, min(aliases, key=len))
    return text


def first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(?:\s+[A-Z“\"]|\s*$)", text)
    return (match.group(1) if match else text).strip()


def clause_of(sentence: str, limit: int = HEADLINE_LENGTH) -> str:
    """The sentence, or its first clause when it is longer than limit; no final full stop."""
    sentence = sentence.strip().rstrip(".")
    if len(sentence) <= limit:
        return sentence
    cuts = [sentence.find(mark, MIN_CLAUSE) for mark in CLAUSE_BREAKS]
    cuts = [cut for cut in cuts if 0 < cut <= limit]
    if cuts:
        return sentence[: min(cuts)].rstrip(" ,;—")
    return sentence[:limit].rsplit(" ", 1)[0] + "…"


def counted(number: int, one: str, many: str | None = None) -> str:
    """ "1 word", "2 words", "1,200 words", "1 person", "3 people" (many: one + "s")."""
    return f"{number:,} {one if number == 1 else many or one + 's'}"


def display_title(briefing: Briefing) -> tuple[str, bool]:
    """The article's title, or the news cut from its lead when it has none.

    One rule for the window, the terminal summary and the Word headline: page one's title
    when the briefing has one; else the first takeaway (else the first sentence), its
    first clause, with organisations' short names, without a dateline.

    Returns:
        (title, derived): derived is True when the title did not come from the article.
    """
    article = briefing.article
    if briefing.title.strip():  # page one's title, as the engine or the analyst wrote it
        return " ".join(briefing.title.split()), not article.title
    if article.title:
        return " ".join(article.title.split()), False
    if briefing.takeaways:
        lead = " ".join(briefing.takeaways[0].text.split())
    else:
        lead = first_sentence(" ".join(article.text[article.body_start :].split()))
    lead = strip_dateline(lead)
    return clause_of(short_names(lead, briefing)) or "Untitled article", True
