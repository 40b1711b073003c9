"""Labels every figure of an article with what it measures, its direction and its period."""

from __future__ import annotations

from desktop.domain import Figure, Organisation
from desktop.extraction.figure_clauses import PERIOD, Names, is_name, words_of
from desktop.extraction.figure_labels import MAX_WORDS, cut_to, label_figure
from desktop.extraction.lexicon_figures import (
    DOLLAR_CITIES,
    DOLLAR_COUNTRIES,
    DOLLAR_REGION_ABBREVIATIONS,
    DOLLAR_REGIONS,
    LINKS,
    PERIOD_WORDS,
    PROFIT_WORDS,
    UP_WORDS,
)
from desktop.lazyre import lazy_compile

# Kinds labelled from their clause; ranks and years keep the short description of figures_words.
LABELLED_KINDS = frozenset({"money", "percent", "count", "multiple", "duration"})
# Capitalised words that open a headline without naming its actor.
_NOT_ACTORS = frozenset("US U.S. UK EU Markets Market Stocks Shares".split())


def names_for(doc, organisations: list[Organisation]) -> Names:
    """Short names of the organisations, and the article's main actor.

    The main actor is the organisation named most often, else the first name in the
    title ("Ford announces deep production cuts" -> "Ford").
    """
    short: dict[str, str] = {}
    for organisation in organisations:
        aliases = [a for a in organisation.aliases if len(a) >= 2 and a in organisation.name]
        if aliases:
            short[organisation.name] = min(aliases, key=len)
    actor = None
    if organisations:
        best = max(organisations, key=lambda o: len(o.spans))
        if len(best.spans) >= 3:
            actor = short.get(best.name, best.name)
    if actor is None:
        actor = _title_actor(doc)
    return Names(short, actor)


def _title_actor(doc) -> str | None:
    """The first name in the title line: "Automaker GM to cut ..." -> "GM"."""
    text = doc.text
    end = text.find("\n")
    end = end if 0 <= end < doc.article.body_start or doc.article.body_start == 0 else -1
    if end <= 0:
        return None
    if doc.article.body_start == 0 and doc.sentences and doc.sentences[0].end < end:
        end = doc.sentences[0].end  # no title: the first sentence, never the one after it
    words = words_of(text, 0, end)
    run: list[str] = []
    for k, word in enumerate(words):
        if is_name(word) and word.text not in _NOT_ACTORS:
            run.append(word.text)
        elif run:
            break
        if k == 0 and run and not (k + 1 < len(words) and is_name(words[k + 1])):
            run = []  # a title's first word is capitalised anyway
    if len(run) > 1 and not run[0].isupper() and run[-1].isupper():
        run = run[-1:]  # "Automaker GM"
    return " ".join(run) or None


def sentence_around(doc, offset: int) -> tuple[int, int]:
    """The sentence of the body that holds offset, or the title line above the body."""
    span = doc.sentence_at(offset) if offset >= doc.article.body_start else None
    if span is not None:
        return span.start, span.end
    text = doc.text
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def label_figures(doc, figures: list[Figure], nouns: dict, organisations: list) -> None:
    """Set about, direction and period on each figure, from its own clause.

    Args:
        doc: the Document.
        figures: the figures, in text order; changed in place.
        nouns: span start -> the noun a count counts.
        organisations: the organisations found, for short names.
    """
    names = names_for(doc, organisations)
    country = dollar_country(doc) if any(f.unit_inferred for f in figures) else None
    for figure in figures:
        if country and figure.unit_inferred and figure.unit == "USD":
            figure.unit = country
    by_id = {f.id: f for f in figures}
    previous: Figure | None = None
    lead: Figure | None = None  # the last figure labelled in full, that a "from" compares with
    lead_rate: Figure | None = None  # the same for a rate: "expects $7.40 a share, down from"
    for figure in figures:
        span = figure.first_span
        if span is None or figure.kind not in LABELLED_KINDS:
            previous = figure
            continue
        if figure.conversion_of in by_id:
            figure.about = by_id[figure.conversion_of].about
            continue
        if previous is not None and _restates(doc.text, previous, figure):
            figure.about, figure.direction = previous.about, previous.direction
            figure.period = previous.period
            _add_rate(figure)
            continue
        if figure.kind == "duration" and _spread_over(doc.text, previous, figure):
            figure.about = f"period of {_without_period(previous)}"  # "$45 million over 3 years"
            previous = figure
            continue
        sentence = sentence_around(doc, span.start)
        compared = lead if lead is not None and lead.first_span.start >= sentence[0] else None
        if compared is None and lead_rate is not None and lead_rate.first_span.start >= sentence[0]:
            compared = lead_rate  # no whole amount in the sentence: the rate is what changed
        if compared is not None and _compared_with(doc.text, compared, figure):
            _label_as_earlier(doc.text, figure, compared)
            previous = figure
            continue
        if compared is not None and (
            change := _CHANGE_AFTER.search(doc.text, max(0, span.start - 30), span.start)
        ):
            _label_as_change(figure, compared, change)
            previous = figure
            continue
        listed = previous is not None and _listed(doc.text, previous, figure)
        label = label_figure(
            doc.text,
            sentence,
            span.start,
            span.end,
            figure.kind,
            nouns.get(span.start),
            names,
            left_end=previous.first_span.start if listed else None,
        )
        figure.about, figure.direction, figure.period = label.about, label.direction, label.period
        earlier = _EARLIER.match(doc.text, span.end) if figure.about and not label.period else None
        if earlier:  # "compared with a profit of $12 million a year earlier"
            figure.period = earlier["when"]
            figure.about = f"{figure.about} {figure.period}"
        _add_rate(figure)
        previous = figure
        if figure.about and not figure.per:
            lead = figure
        elif figure.about:
            lead_rate = figure
    _title_from_body(doc, figures)


def _add_rate(figure: Figure) -> None:
    """ "GM loss" -> "GM loss per share" for "$0.67 per share", the rate after the profit
    word; net income per share is "earnings per share" ("Net income ..., or 92 cents a
    share"), a profit or a loss keeps its word ("net profit per share")."""
    if not figure.per or not figure.about or f"per {figure.per}" in figure.about:
        return
    words = figure.about.split()
    profit = next((k for k, w in enumerate(words) if w.lower() in PROFIT_WORDS), None)
    if figure.per == "share" and profit is not None:
        start = profit
        if words[profit].lower() == "income":
            start = profit - 1 if profit and words[profit - 1].lower() in _PROFIT_KINDS else profit
            words[profit] = "earnings"
        rate = ["per", "share"]
        figure.about = " ".join(
            words[:start] + words[profit : profit + 1] + rate + words[profit + 1 :]
        )
    elif len(words) < 7:
        bare = _without_period(figure)  # "savings by 2026" -> "savings per year by 2026"
        when = figure.about[len(bare) :] if figure.about.startswith(bare) else ""
        figure.about = (
            f"{bare} per {figure.per}{when}" if bare else f"{figure.about} per {figure.per}"
        )


# Words for which profit: "net income per share" is "earnings per share".
_PROFIT_KINDS = frozenset("net adjusted operating core diluted".split())


def _title_from_body(doc, figures: list[Figure]) -> None:
    """A title figure written again in the opening sentences takes their label, which says
    more ("sales plunge by 45%" / "a 45% drop in vehicle sales in March")."""
    body = doc.article.body_start
    # the lede may follow a byline or a photo caption: the first three sentences
    opening = doc.sentences[min(2, len(doc.sentences) - 1)].end if doc.sentences else len(doc.text)
    opening_figures = [f for f in reversed(figures) if body <= f.first_span.start < opening]
    in_body = {(f.kind, f.text): f for f in opening_figures}
    # "$6 billion" in the title is "US$6 billion" or "about $6 billion" in the lede
    by_value = {
        (f.kind, f.value, f.unit): f
        for f in opening_figures
        if f.value is not None and f.kind == "money"  # a count's noun may differ: not those
    }
    for figure in figures:
        if figure.first_span.start >= body:
            break
        again = in_body.get((figure.kind, figure.text))
        if again is None and figure.value is not None:
            again = by_value.get((figure.kind, figure.value, figure.unit))
        if again is not None and again.about:
            figure.about, figure.direction = again.about, again.direction
            figure.period = again.period


_COMPARED = lazy_compile(
    r",[ \t]*(?:(?:up|down)[ \t]+)?(?:from|compared[ \t]+(?:with|to)|versus|vs\.?|against)"
    r"(?P<previous>[ \t]+(?:a|the|its)[ \t]+(?:previous|prior|earlier)[ \t]+"
    r"(?:range|forecast|estimate|outlook|target|guidance|view)[ \t]+of)?[ \t]*$"
)
_EARLIER = lazy_compile(
    r"[ \t]+(?P<when>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+"
    r"(?:years?|decades?)[ \t]+(?:earlier|ago|before)|"
    r"(?:in[ \t]+)?the[ \t]+(?:same[ \t]+)?(?:period|quarter|month|year)[ \t]+"
    r"(?:a[ \t]+year[ \t]+)?(?:earlier|before|ago)|(?:a|one)[ \t]+(?:quarter|month)[ \t]+"
    r"(?:earlier|ago|before)|last[ \t]+year|the[ \t]+previous[ \t]+(?:year|quarter))\b"
)


_PREVIOUS = lazy_compile(r"\b(?:previous|prior|earlier)[ \t]+[a-z]+[ \t]+of[ \t]+\Z")
_CLAUSE_END = lazy_compile(r"[,;]|\.(?!\d)")
# ", or $2.98 per share,": the same amount per share, set off by commas.
_PER_SHARE_ASIDE = lazy_compile(r",[ \t]+or[ \t]+[^,;]{1,24}?[ \t](?:per|a)[ \t]+share,")


def _compared_with(text: str, compared: Figure, figure: Figure) -> bool:
    """True for a figure of the same kind after ", from", ", down from", ", compared with",
    or after "from" right after the figure before and its time ("fell to $318 million
    from $476 million", "slowed to 3.1% in June from 4% in May")."""
    if compared.kind != figure.kind:
        return False
    start = figure.first_span.start
    if _COMPARED.search(text, max(0, start - 60), start) is not None:
        return True
    gap = text[compared.first_span.end : start]
    if len(gap) > 40 or any(c in gap for c in ".;!?\n"):
        return False
    # "rose to $7.1 billion, having grown from $5.8 billion": what the change started from
    return _FROM_GAP.fullmatch(gap) is not None or _COMPARED_END.search(gap) is not None


PERIOD_UNITS = frozenset(PERIOD_WORDS.split())  # "quarter", "year" ...
_COMPARED_END = lazy_compile(r"(?i:from|compared[ \t]+(?:with|to)|versus|vs\.?|against)[ \t]*$")


_FROM_GAP = lazy_compile(
    r"(?:[ \t]+(?:in|during|for|last|this)(?:[ \t]+the)?[ \t]+[A-Za-z]+)?[ \t]*,?[ \t]+"
    r"(?:(?:up|down)[ \t]+)?(?i:from|compared[ \t]+(?:with|to)|versus|vs\.?|against)[ \t]+"
)
# ", up 6 percent", "; down 2%": a change of the figure before, with no verb of its own.
# ", an increase of 7.4 per cent": the same, as a noun of change.
_CHANGE_AFTER = lazy_compile(
    r"[,;][ \t]*(?:(?P<way>up|down)[ \t]+|(?:an?[ \t]+)?"
    r"(?P<noun>increase|rise|gain|jump|drop|fall|decline|decrease|cut)[ \t]+of[ \t]+)"
    r"(?:(?:about|nearly|almost|some)[ \t]+)?\Z"
)


def _label_as_earlier(text: str, figure: Figure, compared: Figure) -> None:
    """ "Net income fell to $318 million, ..., from $476 million a year earlier": the
    second is "Net income a year earlier", what the first measures at the earlier time."""
    end = figure.first_span.end  # "from $301.2 million or 96 cents a share a year earlier"
    per_share = _PER_SHARE_ASIDE.match(text, end)
    if per_share:  # "from $476 million, or $2.98 per share, a year earlier"
        end = per_share.end()
    stop = _CLAUSE_END.search(text, end, end + 80)
    earlier = _EARLIER.search(text, end, stop.start() if stop else min(len(text), end + 80))
    when = earlier["when"] if earlier else None
    own = PERIOD.match(text, end + 1) if text[end : end + 1] == " " else None
    if when is None and own and own.group().split()[0].lower() in ("in", "during", "for"):
        when = own.group()  # "from 4 percent in May"
    about = _without_period(compared)
    start = figure.first_span.start
    if when is None and _PREVIOUS.search(text, max(0, start - 40), start):
        about = f"previous {about}"  # "down from a previous range of $8.50 to $9.00"
    if when:  # "approval time for a building in ... cities a decade ago": room for the time
        about = " ".join(cut_to(about.split(), MAX_WORDS - len(when.split())))
    figure.about = f"{about} {when}" if when else about or None
    figure.period = when
    _add_rate(figure)


def _without_period(figure: Figure) -> str:
    """The figure's label without its period at the end: "earnings in quarter" -> "earnings"."""
    about = figure.about or ""
    period = [w for w in (figure.period or "").split() if w.lower() != "the"]
    words = about.split()
    if period and [w.lower() for w in words[-len(period) :]] == [w.lower() for w in period]:
        words = words[: -len(period)]
    elif len(words) > 2 and words[-2] in ("in", "for", "during") and words[-1] in PERIOD_UNITS:
        words = words[:-2]  # "earnings in quarter": "in the quarter" is no period to PERIOD
    while len(words) > 1 and words[-1].lower() in LINKS:
        words.pop()  # "revenue in [its last fiscal year]": no link left hanging
    return " ".join(words)


_OVER = lazy_compile(
    r"[ \t]+(?:over|across)[ \t]+(?:the[ \t]+(?:next|coming|past|last|following)[ \t]+)?"
)


def _spread_over(text: str, previous: Figure | None, figure: Figure) -> bool:
    """True for a length of time right after an amount it is spread over: "$45 million over
    three years", "a rise of 14% over the next four years"."""
    if previous is None or not previous.about or previous.kind == "duration":
        return False
    over = _OVER.match(text, previous.first_span.end)
    span = figure.first_span
    return over is not None and span.start <= over.end() < span.end


def _label_as_change(figure: Figure, compared: Figure, change) -> None:
    """ "4.2 million passengers in March, up 6 percent" and "$6.2 billion for health, an
    increase of 7.4 per cent": the change of the figure before."""
    noun = change["noun"]
    way = change["way"] or ("up" if noun in UP_WORDS else "down")
    figure.direction = way
    about, period = _without_period(compared), compared.period
    words = [about, noun or ("rise" if way == "up" else "fall"), period or ""]
    figure.about = " ".join(w for w in words if w)
    figure.period = period


_LIST_GAP = lazy_compile(r"[ \t]*(?:(?:per|a|an)[ \t]+[a-z]+[ \t]*)?(?:,[ \t]*)?(?:and|or)?[ \t]*")


def _listed(text: str, previous: Figure, figure: Figure) -> bool:
    """True for the second of "£0.79 per song and £7.99 per album", "28% and 50%"."""
    if previous.first_span is None or previous.kind != figure.kind:
        return False
    gap = (previous.first_span.end, figure.first_span.start)
    return gap[1] > gap[0] and _LIST_GAP.fullmatch(text, *gap) is not None


def _restates(text: str, previous: Figure, figure: Figure) -> bool:
    """True for a figure in brackets right after another: "cuts of 21% (168,000 units)"."""
    if previous.first_span is None or figure.first_span is None:
        return False
    gap = text[previous.first_span.end : figure.first_span.start]
    if gap.strip(" \t") == "(" or gap.strip(" \t") in (", or", ",or"):
        return True
    # "$287.4 million or 92 cents a share": the same profit, per share
    return gap.strip(" \t") == "or" and previous.kind == figure.kind == "money" and bool(figure.per)


_COUNTRY = lazy_compile(
    r"(?<![Oo]f )\b(?P<name>Australian|Australia|Canadian|Canada|New Zealand|Singaporean|"
    r"Hong Kong|Taiwanese|"
    + "|".join(sorted((r.title() for r in DOLLAR_REGIONS), key=len, reverse=True))
    + r")\b"
)
_AMERICAN = lazy_compile(r"\b(?:US|U\.S\.|American|United States)(?![$\w])")
_DATELINE = lazy_compile(r"[ \t]*(?P<city>[A-Z][A-Za-z]+)\b[^\n]{0,40}?[—–-]")


def dollar_country(doc) -> str | None:
    """The dollar a bare "$" means in this article, where it makes its country plain.

    A dateline ("TORONTO (Reuters) -") or a country named in the title or the first
    sentence ("Canadian miner ...", "The Australian government ...") says it; "of
    Canada" (a bank's or a unit's name) does not, nor a line that names the US too
    ("US and Canadian plants").

    Returns:
        "CAD", "AUD", "NZD" ...; None where the article does not say (then US dollars).
    """
    text = doc.text
    body = doc.article.body_start
    first = doc.sentences[0] if doc.sentences else None
    dateline = _DATELINE.match(text, body)
    region = _dateline_region(dateline.group()) if dateline else None
    if region:
        return region
    if dateline and dateline["city"].isupper():
        city = DOLLAR_CITIES.get(dateline["city"].lower())
        if city:
            return city
    end = first.end if first else min(len(text), body + 300)
    for region in ((0, body), (body, end)):
        match = _COUNTRY.search(text, *region)
        if match and not _AMERICAN.search(text, *region):  # "US and Canadian production"
            name = match["name"].lower()
            return DOLLAR_COUNTRIES.get(name) or DOLLAR_REGIONS[name]
    return None


def _dateline_region(dateline: str) -> str | None:
    """The dollar of the province or state a dateline names after its town: "HALIFAX,
    N.S. —" and "Red Deer, Alberta —" -> "CAD"."""
    for part in dateline.split(",")[1:]:
        words = part.split()
        for size in (3, 2, 1):
            name = " ".join(words[:size])
            found = DOLLAR_REGION_ABBREVIATIONS.get(name) or DOLLAR_REGIONS.get(name.lower())
            if found:
                return found
    return None
