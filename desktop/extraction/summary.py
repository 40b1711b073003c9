"""Page one: title, subtitle, bottom line and key figures, written from the briefing's facts."""

from __future__ import annotations

import datetime as dt
import re

from desktop.domain import Briefing, Figure, Organisation, Phase, Span
from desktop.domain.headlines import clause_of, headline_figures, short_names
from desktop.domain.text import strip_dateline
from desktop.extraction.clauses import main_clause
from desktop.extraction.context import Document
from desktop.extraction.page_one_words import COMPANY_NOUNS, LEANING_WORDS, NUMBER_WORDS
from desktop.extraction.takeaways import (
    NEXT_LEAD,
    PLAN_LEAD,
    content_words,
    overlap,
    shorten,
    without_attribution,
)
from desktop.extraction.watch import find_watch, lowercase_start, when_words
from desktop.extraction.when import due_date
from desktop.ingest.metadata import is_caption
from desktop.lazyre import lazy_compile

MAX_KEY_FIGURES = 4
MIN_KEY_FIGURES = 3
REPEAT_SHARE = 0.6  # share of a subtitle's content words in the title that makes a repeat
MIN_NEWS_WORDS = 6  # fewer words make a caption or a fragment, not the news
MIN_CUT_WORDS = 4  # a clause cut after its number keeps at least a subject, verb and number
SUBTITLE_WORDS = 24
SUBTITLE_SEARCH = 6  # sentences of the lead a subtitle may come from
TAIL_WORDS = 12  # words after the key number kept when they end the clause
NEWS_KINDS = ("money", "percent", "multiple", "count")  # kinds a "key number" is of
# Ties the bottom line names the partner of, with how it says them.
TIE_PHRASES = {
    "agreement": "under {a} {terms}agreement with {partner}",
    "partnership": "in partnership with {partner}",
    "joint venture": "in a joint venture with {partner}",
    "tie-up": "in a tie-up with {partner}",
    "alliance": "in an alliance with {partner}",
    "collaboration": "in collaboration with {partner}",
    "deal": "under {a} {terms}deal with {partner}",
}
_DESCRIBED_COMPANY = lazy_compile(
    r"^(?:The|This|That|Its)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(COMPANY_NOUNS))
    + r")\b|^(?:It|They)\b(?=\s+[a-z])"
)
_ACRONYM_AFTER_NAME = lazy_compile(r"(?<=[a-z.])\s+\((?:[A-Z][A-Za-z&]{1,5})\)")
_NOT_A_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Where the clause that holds the key number ends.
_TAIL_END = lazy_compile(
    r",|;|:|\s[—–]\s|\s(?:which|while|whereas|as|after|because|amid|resulting|according)\b"
    rf"|\sto\s+(?!\d|(?:{_NOT_A_NUMBER})\b)[a-z]+"
)
_PARENTHESIS = lazy_compile(r"\s*\([^()]{1,40}\)")


def article_date(briefing: Briefing) -> dt.date:
    """The article's date, or today's when it gives none."""
    try:
        return dt.date.fromisoformat((briefing.article.published or "")[:10])
    except ValueError:
        return dt.date.today()


def key_figures(briefing: Briefing) -> list[Figure]:
    """Three or four figures for page one: those marked headline, then, up to three, the
    strongest by kind (money first); never a conversion, nor one number twice.

    Each group comes in the order of the headline cards (money, multiples, terms ...), the
    figures that order does not rank after them in article order.
    """
    ranked = [h.figure for h in headline_figures(briefing)]
    order = {f.id: n for n, f in enumerate(ranked)}

    def by_rank(figures: list[Figure]) -> list[Figure]:
        return sorted(
            figures, key=lambda f: (order.get(f.id, len(order)), f.first_span or Span(0, 0))
        )

    marked = by_rank([f for f in briefing.figures if f.headline and not f.conversion_of])
    chosen: list[Figure] = []
    seen: set[tuple] = set()
    for figure in marked + ranked:
        same = (figure.kind, figure.value, figure.value_max, figure.unit)
        if figure in chosen or same in seen or len(chosen) >= MAX_KEY_FIGURES:
            continue
        if figure not in marked and len(chosen) >= MIN_KEY_FIGURES:
            break
        seen.add(same)
        chosen.append(figure)
    # Money leads, as on the cards; then what the engine marked, then what fills up.
    marked_ids = {f.id for f in marked}
    return sorted(chosen, key=lambda f: (f.kind != "money", f.id not in marked_ids))


def key_number(doc: Document, briefing: Briefing) -> Figure | None:
    """The number the news turns on: a key figure of money, else another key figure, else
    the largest amount of money the article gives; each in a statement, not a quotation."""

    def stated(figure: Figure) -> bool:
        sentence = doc.sentence_at(figure.first_span.start) if figure.first_span else None
        return sentence is not None and is_statement(doc.sentence_text(sentence))

    pinned = [f for f in briefing.pinned_figures() if f.kind in NEWS_KINDS and stated(f)]
    money = [f for f in pinned if f.kind == "money"]
    if money or pinned:
        return (money or pinned)[0]
    amounts = [
        f
        for f in briefing.figures
        if f.kind == "money" and not f.conversion_of and f.value is not None and stated(f)
    ]
    ranked = [h.figure for h in headline_figures(briefing)]
    return next((f for f in ranked if f in amounts), None)


def main_organisation(doc: Document, briefing: Briefing) -> Organisation | None:
    """The organisation the article is about: the first named in its title or lead."""
    named = [o for o in briefing.organisations if o.kind != "media"]
    opening = (
        (briefing.article.title or "")
        + " "
        + (doc.sentence_text(doc.sentences[0]) if doc.sentences else "")
    )
    placed = [
        (min(p for p in positions if p >= 0), o)
        for o in named
        if (positions := [opening.find(n) for n in (o.name, *o.aliases) if n])
        and max(positions) >= 0
    ]
    if placed:
        return min(placed, key=lambda pair: pair[0])[1]
    companies = [o for o in named if o.kind == "company"] or named
    return companies[0] if companies else None


def cleaned_title(title: str) -> str:
    """An article's title without a dateline, wire tag or the site's name after a bar."""
    title = strip_dateline(" ".join(title.split()))
    head, bar, _site = title.rpartition(" | ")
    return head if bar and len(head.split()) >= 3 else title


def is_statement(text: str) -> bool:
    """A sentence that can carry the news: long enough to be more than a caption, and not
    a quotation or a piece cut off another sentence ("General Motors logo." is not)."""
    text = text.strip()
    return len(text.split()) >= MIN_NEWS_WORDS and text[:1].isupper() and text[:1] not in "“\"‘'"


def in_caption(doc: Document, sentence: Span) -> bool:
    """Whether the sentence is part of a photo caption: its line ends with a picture credit
    ("Workers at the plant. (Ann Lee / Courier)")."""
    start = doc.text.rfind("\n", 0, sentence.start) + 1
    end = doc.text.find("\n", sentence.end)
    return is_caption(doc.text[start : len(doc.text) if end < 0 else end])


def lead_statements(doc: Document) -> list[Span]:
    """The statements among the body's first five sentences, captions left out."""
    return [
        s
        for s in doc.sentences[:5]
        if is_statement(doc.sentence_text(s)) and not in_caption(doc, s)
    ]


def lead_sentence(doc: Document) -> Span | None:
    """The first statement of the body: the news, in a news article."""
    return next(iter(lead_statements(doc)), None)


def page_title(doc: Document, briefing: Briefing) -> tuple[str, Span | None]:
    """The title, and the lead sentence it was cut from when the article has none."""
    if briefing.article.title and briefing.article.title.strip():
        return cleaned_title(briefing.article.title), None
    lead = lead_sentence(doc)
    if lead is None:
        return "Untitled article", None
    return clause_of(short_names(shorten(doc.sentence_text(lead)), briefing)), lead


def subtitle(
    doc: Document, briefing: Briefing, told: set[Span], title: str
) -> tuple[str, Span | None]:
    """One line under the title: the first sentence of the lead not told elsewhere (nor the
    title again in other words), cut short."""
    title_words = content_words(title)
    for sentence in doc.sentences[:SUBTITLE_SEARCH]:
        if sentence in told:
            continue
        if overlap(content_words(doc.sentence_text(sentence)), title_words) > REPEAT_SHARE:
            continue
        text = doc.sentence_text(sentence).strip()
        if text[:1] in "“\"‘'" or len(text.split()) < 6 or leans_back(text):
            continue
        if in_caption(doc, sentence):
            continue
        line = short_names(shorten(without_attribution(text), SUBTITLE_WORDS), briefing)
        line = line.rstrip(".")
        if len(line.split()) <= SUBTITLE_WORDS + 4:
            return line, sentence
    return "", None


def leans_back(sentence: str) -> bool:
    """A sentence that needs the one before it: "If a price is not agreed by then, ...",
    "It will also ...", "But the firm ..."."""
    first = sentence.split(None, 1)[0].strip(",").lower() if sentence.split() else ""
    return first in LEANING_WORDS


def news_clause(sentence: str, main: str | None, key: Figure | None, briefing: Briefing) -> str:
    """Who did what, with the key number: the sentence's main clause, its subject named.

    "The Chennai-based firm, as part of its tie-up with Acme, plans to invest $5 billion
    in five years to build batteries." with main "Vardhan" and key "$5 billion" ->
    "Vardhan plans to invest $5 billion in five years".
    """
    text = main_clause(strip_dateline(sentence))
    described = _DESCRIBED_COMPANY.match(text)
    if described and text[described.end() :].lstrip()[:1].isupper():
        text = text[described.end() :].lstrip()  # "The US carmaker General Motors will ..."
    elif main:
        text = _DESCRIBED_COMPANY.sub(main, text, count=1)
    if len(text.split()) < MIN_NEWS_WORDS:
        text = strip_dateline(" ".join(sentence.split()))
    at = text.find(key.text) if key is not None else -1
    if at >= 0:
        end = at + len(key.text)
        if paren := _PARENTHESIS.match(text, end):
            end = paren.end()
        tail = _TAIL_END.search(text, end)
        stop = tail.start() if tail else len(text)
        if len(text[end:stop].split()) <= TAIL_WORDS:
            end = stop
        # A number in a phrase before the subject ("Totaling $5 billion, the bank ...")
        # leaves too little: the sentence is shortened instead.
        text = text[:end] if len(text[:end].split()) >= MIN_CUT_WORDS else shorten(text, 30)
    else:
        text = shorten(text, 30)
    text = _ACRONYM_AFTER_NAME.sub("", short_names(text, briefing)).strip().rstrip(".,;:")
    return text[:1].upper() + text[1:]


def partner_phrase(main: Organisation | None, clause: str, briefing: Briefing) -> str:
    """ "under a 20-year agreement with CALB": the main organisation's tie, unless already said."""
    if main is None:
        return ""
    names = {main.name, *main.aliases}
    for tie in briefing.relationships:
        form = TIE_PHRASES.get(tie.kind)
        partner = tie.target if tie.source in names else tie.source if tie.target in names else None
        if partner is None or form is None:
            continue
        partner = short_names(partner, briefing)
        if partner in clause:
            return ""
        terms = (tie.terms or "").strip()
        terms = f"{terms} " if re.fullmatch(r"\d+-(?:year|month)", terms) else ""
        article = "an" if terms[:1] in "8" or (not terms and form.startswith("under")) else "a"
        return form.format(a=article, terms=terms, partner=partner)
    return ""


def plan_sentence(
    phases: list[Phase], article_text: str, said: str = "", base: dt.date | None = None
) -> str:
    """ "The plan: initially, importing cells; in at least five years, making them at home.".

    A step the first sentence already says ("sweeping cuts of 21%") is left out; one step
    left is told as "Next, by 2012, ...". With base (the article's date), steps that all
    have a date are told in time order, whatever order the article gave them in.
    """
    steps = [p for p in phases if " ".join(p.title.split())]
    if len(steps) < 2:
        return ""
    if base is not None:
        dues = [due_date(p.horizon, base) if p.horizon else None for p in steps]
        if all(due is not None for due in dues):
            order = sorted(range(len(steps)), key=lambda i: dues[i])  # stable for ties
            steps = [steps[i] for i in order]
    told = content_words(said)
    steps = [steps[0], steps[-1]]
    steps = [p for p in steps if overlap(content_words(p.title), told) <= REPEAT_SHARE]
    parts = []
    for phase, fallback in zip(steps, ("first", "then"), strict=False):
        title = lowercase_start(" ".join(phase.title.split()).rstrip("."), article_text)
        when = when_words(phase.horizon) if phase.horizon and phase.horizon.strip() else fallback
        parts.append(f"{when[:1].lower()}{when[1:]}, {title}")
    if len(parts) == 1:
        return f"{NEXT_LEAD}{parts[0]}."
    return f"{PLAN_LEAD}{parts[0]}; {parts[1]}." if parts else ""


def news_sentence(doc: Document, key: Figure | None) -> Span | None:
    """The sentence the news is in: the key number's if in the first half, else the lead."""
    if key is not None and key.first_span is not None:
        sentence = doc.sentence_at(key.first_span.start)
        index = doc.sentence_index(key.first_span.start)
        early = index < max(4, len(doc.sentences) // 2)
        if sentence is not None and early and is_statement(doc.sentence_text(sentence)):
            return sentence
    return lead_sentence(doc)


def lead_news(doc: Document, briefing: Briefing, key: Figure | None) -> tuple[Span, Figure] | None:
    """The lede, when it tells the news with its number, as news writing puts it first:
    "Corvane said on Monday it would buy Lystra for about $6.8 billion" rather than the
    deal's terms further down. One of the first two statements of the body that names
    someone the briefing found and carries a news number; key if it is there."""
    actors = {o.name for o in briefing.organisations} | {p.name for p in briefing.people}
    actors |= {a for o in briefing.organisations for a in o.aliases}
    actors |= {a for p in briefing.people for a in p.aliases}
    for sentence in lead_statements(doc)[:2]:
        if not any(actor in doc.sentence_text(sentence) for actor in actors if actor):
            continue
        figures = [f for f in _figures_in(briefing, sentence) if f.kind in NEWS_KINDS]
        if figures:
            return sentence, key if key in figures else figures[0]
    return None


def _done(phase: Phase, base: dt.date) -> bool:
    """A phase the article dates before itself ("In 2009"): history, not a step of the plan."""
    due = due_date(phase.horizon, base)
    return due is not None and due < base


def _figures_in(briefing: Briefing, sentence: Span) -> list[Figure]:
    return [f for f in briefing.figures if f.first_span and sentence.contains(f.first_span)]


def bottom_line(doc: Document, briefing: Briefing) -> tuple[str, Span | None]:
    """Who did what, the key number and the partner; then the plan's first and last step."""
    organisation = main_organisation(doc, briefing)
    main = short_names(organisation.name, briefing) if organisation else None
    key = key_number(doc, briefing)
    lead = lead_news(doc, briefing, key)
    sentence = lead[0] if lead else news_sentence(doc, key)
    if sentence is None:
        return "", None
    if lead:
        key = lead[1]
    if key is None or not (key.first_span and sentence.contains(key.first_span)):
        key = next((f for f in _figures_in(briefing, sentence) if f.kind in NEWS_KINDS), None)
    names = {organisation.name, *organisation.aliases} if organisation else set()
    clause = news_clause(doc.sentence_text(sentence), main, key, briefing)
    partner = partner_phrase(organisation, clause, briefing)
    first = f"{clause} {partner}".strip() + "."
    plan = [p for p in briefing.phases if not _done(p, article_date(briefing))]
    own = [p for p in plan if p.organisation in names]
    plan = plan_sentence(own or plan, doc.text, first, article_date(briefing))
    return f"{first} {plan}".strip(), sentence


def write_page_one(briefing: Briefing, doc: Document | None = None) -> set[Span]:
    """Write page one's title, subtitle, bottom line, key figures and watch list.

    The generated_* copies are set too, for "Reset to generated". Takeaways an analyst
    has not edited that come from a sentence page one already tells are dropped.

    Returns:
        The sentences page one was made from, which takeaways should not repeat.
    """
    doc = doc or Document(briefing.article)
    briefing.key_figures = [f.id for f in key_figures(briefing)]
    told: set[Span] = set()
    title, lead = page_title(doc, briefing)
    if lead is not None:
        told.add(lead)
    line, news = bottom_line(doc, briefing)
    if news is not None:
        told.add(news)
    deck, standfirst = subtitle(doc, briefing, told, title)
    if standfirst is not None:
        told.add(standfirst)
    briefing.title = briefing.generated_title = title
    briefing.subtitle = briefing.generated_subtitle = deck
    briefing.bottom_line = briefing.generated_bottom_line = line
    briefing.watch = find_watch(doc, briefing, article_date(briefing))
    briefing.takeaways = [
        t for t in briefing.takeaways if t.edited or not (t.spans and t.spans[0] in told)
    ]
    return told
