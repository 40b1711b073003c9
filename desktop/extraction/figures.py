"""Figures: money, percentages, multiples, ranks, durations, counts and target years."""

from __future__ import annotations

import re

from desktop.domain import Figure, Organisation, Span, make_id
from desktop.extraction.figure_about import LABELLED_KINDS, label_figures
from desktop.extraction.figures_numbers import Hit, changed_by, classify_number, rate_after
from desktop.extraction.figures_patterns import (
    ARTICLE_BEFORE,
    ASCII_NUMBER_OR_SIGN,
    AT_ANCHOR,
    BASE_VERB_MULTIPLE,
    CODE_ALIASES,
    CURRENCY_ADJECTIVES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOLLAR_LETTERS,
    DOUBLE_CHANGE,
    FRACTION_PERCENT,
    LETTER_CURRENCIES,
    NOT_ASCII,
    NUMBER_OR_SIGN,
    RANGE,
    RANKING_PLACES,
    SCALED_LETTER_PREFIXES,
    TIME,
    TIME_UNITS,
    VAGUE_MONEY,
    VERB_MULTIPLE,
    WORD_ANCHOR,
    WORD_ANCHOR_AFTER,
)
from desktop.extraction.figures_words import bare_word, describe, qualifier_before, words_before
from desktop.extraction.headline import mark_headline_figures
from desktop.extraction.numbers import (
    FOLD_WORDS,
    SCALE_WORDS,
    SMALL_NUMBERS,
    clean_value,
    parse_number,
    parse_ordinal,
)
from desktop.lazyre import lazy_compile

_SPACES = lazy_compile(r"[ \t]+")
_RANK_LEADS = frozenset(
    "to at is was are were be become became reached hit ranked ranks remains remained stood "
    "stands climbed rose fell dropped slipped".split()
)
_RANK_FOLLOWS = frozenset("in on spot position place ranking seed among".split())
_ONE_OF = [["one", "of"], ["some", "of"], ["among", "the"], ["several", "of"], ["many", "of"]]
_RANKED = frozenset("ranked ranks ranking finished came placed rated".split())
_YEAR_LEADS = frozenset("by until till through before".split())
_YEAR = lazy_compile(r"(?:19|20)\d\d")
_PAREN_GAP = lazy_compile(
    r"[ \t]*(?:[(\[][ \t]*|,[ \t]*(?:or|about|roughly|nearly)[ \t]+|or[ \t]+)"
)


def find_figures(doc, organisations: list[Organisation] | None = None) -> list[Figure]:
    """Every figure the article reports, in text order.

    Args:
        doc: the Document (its text is scanned once).
        organisations: the organisations found, whose short names labels use.

    Returns:
        Figures with exact spans, values expanded, and a rupee amount's dollar conversion
        linked to it through conversion_of.
    """
    text = doc.text
    hits: list[Hit] = []
    done = 0  # where the last figure ended: anchors inside it are spent
    for position, anchor in find_anchors(doc.lowered):
        if position < done:
            continue
        if anchor in SCALE_WORDS or anchor == "few":
            article = ARTICLE_BEFORE.search(text, max(0, position - 4), position)
            position = article.start() if article else position  # "a thousand"
        hit = _word_figure(text, position, anchor)
        if hit is None:
            match = AT_ANCHOR.match(text, position)
            hit = _classify(text, match) if match else None
        if hit is not None and hit.start >= done:
            hits.append(hit)
            done = hit.end
    figures = _to_figures(text, hits)
    nouns = {h.start: h.about for h in hits if h.kind == "count" and h.about}
    label_figures(doc, figures, nouns, organisations or [])
    mark_headline_figures(doc, figures)
    return figures


def find_anchors(lowered: str) -> list[tuple[int, str]]:
    """(offset, anchor) for every place in the lowercased text where a figure may start.

    Two scans, merged: each pattern on its own lets re skip ahead in C (to a digit or a
    sign; past letters inside words), which one alternation of both would not.
    """
    numbers = NUMBER_OR_SIGN if _other_digits(lowered) else ASCII_NUMBER_OR_SIGN
    found = [(m.start(), m.group()) for m in numbers.finditer(lowered)]
    first = WORD_ANCHOR.match(lowered)  # at the very start no character comes before
    if first:
        found.append((0, first.group()))
    found += [(m.start(1), m.group(1)) for m in WORD_ANCHOR_AFTER.finditer(lowered)]
    found.sort()  # the two never overlap: digits and signs against letters
    return found


_VAGUE_ANCHORS = frozenset("few several tens hundreds thousands millions billions".split())
_FRACTIONS = {"tenth": 0.1, "tenths": 0.1, "quarter": 0.25, "quarters": 0.25, "half": 0.5,
              "halves": 0.5}  # fmt: skip


_VERB_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0}
_BASE_VERB_FACTORS = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
_INFINITIVE_BEFORE = lazy_compile(
    r"(?i:\b(?:to|will|would|could|should|may|might|can)[ \t]+(?:more[ \t]+than[ \t]+)?)$"
)


def _word_figure(text: str, position: int, anchor: str) -> Hit | None:
    """Figures written in words only: "millions of dollars", "three-tenths of a percent",
    "profits doubled", "a double increase"."""
    if anchor in _VAGUE_ANCHORS:
        vague = VAGUE_MONEY.match(text, position)
        if vague:
            return _vague_money(text, vague)
        return None
    if anchor in _VERB_FACTORS:
        verb = VERB_MULTIPLE.match(text, position)
        if verb:
            return Hit(position, verb.end(), "multiple", _VERB_FACTORS[anchor])
        return None
    if anchor in _BASE_VERB_FACTORS:
        double = DOUBLE_CHANGE.match(text, position) if anchor == "double" else None
        if double:
            return Hit(position, double.end(), "multiple", 2.0)
        return _verb_to_multiply(text, position, anchor)
    if anchor in SMALL_NUMBERS:
        fraction = FRACTION_PERCENT.match(text, position)
        if fraction:
            count = SMALL_NUMBERS[fraction["count"].lower()]
            value = round(count * _FRACTIONS[fraction["part"].lower()], 4)
            return Hit(position, fraction.end(), "percent", value)
    return None


def _vague_money(text: str, match: re.Match) -> Hit:
    """Money with no number: "millions of dollars" (value None), in the currency named."""
    word = match["word"].lower().rstrip("s")
    adjective = (match["adj"] or "").lower()
    unit = CURRENCY_ADJECTIVES.get(adjective) if word == "dollar" and adjective else None
    return Hit(match.start(), match.end(), "money", None, unit=unit or CURRENCY_WORDS[word])


def _other_digits(text: str) -> bool:
    """Whether text has a decimal digit other than 0-9 ("٣", "２")."""
    return not text.isascii() and any(map(str.isdecimal, set(NOT_ASCII.findall(text))))


def _verb_to_multiply(text: str, position: int, anchor: str) -> Hit | None:
    """ "Acme plans to double production", "will triple its capacity": a planned multiple.

    Only the verb after "to" or a modal; "a double room" and "double the lead" are no figure.
    """
    lead = _INFINITIVE_BEFORE.search(text, max(0, position - 24), position)
    if lead is None:
        return None
    verb = BASE_VERB_MULTIPLE.match(text, lead.start())
    if verb is None or verb.start("verb") != position:
        return None
    return Hit(position, verb.end(), "multiple", _BASE_VERB_FACTORS[anchor])


def _classify(text: str, match: re.Match) -> Hit | None:
    group = match.lastgroup
    start, end = match.span(group)
    if group == "num":
        words = words_before(text, start)
        last = bare_word(words[-1][0]) if words else ""
        leads = last in _YEAR_LEADS or (
            _lower(words[-3:]) == ["the", "end", "of"] and len(words) > 3
            and bare_word(words[-4][0]) in _YEAR_LEADS
        )  # fmt: skip
        if leads and _YEAR.fullmatch(match[group]):
            return Hit(start, end, "year", float(match[group]))
        if last in ("number", "no.") and text[start - 1 : start] in " \t.":
            return _numbered_rank(text, match, words)
        if words and words[-1][0] in LETTER_CURRENCIES and start - _end_of(words[-1]) <= 1:
            return _money(text, match, words[-1][1], words[-1][0], group)
        if words and _scaled_letters(words[-1], start, match[group]):
            return _money(text, match, start - len(words[-1][0]), words[-1][0], group)
        return classify_number(text, match, words)
    if group == "money":
        return _money(text, match, match.start(), match["cur"], group)
    if group == "hash":
        return Hit(start, end, "rank", float(match[group][1:]))
    if group == "superlative":
        words = words_before(text, start, 6)
        owner = bare_word(words[-1][0]) if words else ""
        if owner.endswith(("'s", "’s")) and owner[:-2] in RANKING_PLACES:
            if _lower(words[-4:-2]) not in _ONE_OF and _lower(words[-3:-1]) not in _ONE_OF:
                return Hit(start, end, "rank", 1.0)
        return None
    if group == "ordinal":
        words = words_before(text, start, 1)
        if words and bare_word(words[0][0]) in _RANKED:
            return Hit(start, end, "rank", float(parse_ordinal(match[group]) or 0))
        return None
    if group == "ordof":
        start = match.start("ord")
        words = words_before(text, start, 3)
        place = match["ordof"].lower() in ("place", "position", "spot")
        if place and _lower(words[-2:]) == ["in", "the"]:
            return None  # "in the first place"
        if _lower(words[-3:-1]) in _ONE_OF:
            return None  # "one of the third-largest"
        return Hit(start, match.end(), "rank", float(parse_ordinal(match["ord"]) or 0))
    if group == "foldword":
        return _qualified(text, Hit(start, end, "multiple", FOLD_WORDS[match[group].lower()]))
    if group == "asmuch":
        factor = 0.5 if match[group].lower() == "half" else 2.0
        return _qualified(text, Hit(start, match.end(), "multiple", factor))
    if group == "barescale":
        unit = TIME.match(text, end)
        if unit is None or text[unit.end() : unit.end() + 4].lower() == "-old":
            return None
        value = parse_number(match[group])
        return Hit(start, unit.end(), "duration", value, unit=TIME_UNITS[unit["unit"].lower()])
    return None


def _lower(words: list[tuple[str, int]]) -> list[str]:
    return [bare_word(w) for w, _ in words]


def _end_of(word: tuple[str, int]) -> int:
    return word[1] + len(word[0])


def _numbered_rank(text: str, match: re.Match, words: list[tuple[str, int]]) -> Hit | None:
    """ "number 3" in a ranking, not "number 10 Downing Street"."""
    start, end = match.span("num")
    label_start = words[-1][1]
    after = text[end : end + 12].split()
    led = len(words) > 1 and bare_word(words[-2][0]) in _RANK_LEADS
    if not led and not (after and bare_word(after[0]).strip(".") in _RANK_FOLLOWS):
        return None
    return Hit(label_start, end, "rank", parse_number(match["num"]))


def _qualified(text: str, hit: Hit) -> Hit:
    """The hit widened to take in an approximator before it ("more than", "about")."""
    found = qualifier_before(text, hit.start, words_before(text, hit.start))
    if found:
        hit.start, hit.qualifier = found
    return hit


# Pounds other than sterling, written with their country's letter before the sign.
_OTHER_POUNDS = {"E£": "EGP"}


def _scaled_letters(word: tuple[str, int], start: int, amount: str) -> bool:
    """Whether word is a local paper's letter for its currency, glued to an amount with a
    scale: "N450bn", "R12.4 billion", "Sh4 billion"; not "R2" or "P3"."""
    return (
        word[0] in SCALED_LETTER_PREFIXES
        and _end_of(word) == start
        and any(letter.isalpha() for letter in amount)
    )


def _money(text: str, match: re.Match, start: int, symbol: str, group: str) -> Hit | None:
    """An amount written after its currency: "$563 million", "NZ $ 26 million", "Rs 5,000 crore".

    Args:
        text: the article text.
        match: the anchor match; group holds the amount.
        start: where the currency sign or code starts.
        symbol: the currency sign or code as written.
        group: the match group that holds the amount.
    """
    if symbol.startswith("$") and start > 0:
        words = words_before(text, start, 1)
        if words and start - _end_of(words[0]) <= 1:
            letters = words[0][0].lstrip("([")
            if letters in DOLLAR_LETTERS or start == _end_of(words[0]) and letters in "ACSR":
                start, symbol = _end_of(words[0]) - len(letters), letters + symbol  # "NZ $"
    if (
        symbol == "£"
        and text[start - 1 : start] == "E"
        and not text[start - 2 : start - 1].isalnum()
    ):
        start, symbol = start - 1, "E£"
    symbol = _SPACES.sub("", symbol)
    unit = (
        CURRENCY_PREFIXES.get(symbol)
        or CURRENCY_PREFIXES.get(symbol.rstrip("."))
        or SCALED_LETTER_PREFIXES.get(symbol)
        or _OTHER_POUNDS.get(symbol)
    )
    if unit is None:
        unit = CODE_ALIASES.get(symbol, symbol)
    value = parse_number(match[group])
    if value is None:
        return None
    hit = Hit(start, match.end(), "money", value, unit=unit, unit_inferred=symbol == "$")
    upper = RANGE.match(text, match.end())
    if upper and _amounts_range(text, start, upper):
        high = parse_number(upper.group("hi"))
        if high is not None and high > value:
            hit.value_max, hit.end = high, upper.end()
            numeral = re.match(r"\d[\d,]*(?:\.\d+)?", upper.group("hi"))
            base = parse_number(numeral.group()) if numeral else None
            if base and high != base and value < base:  # the scale is written once, at the end
                hit.value = value * high / base
    hit.per = rate_after(text, hit.end)
    return _qualified(text, hit)


def _amounts_range(text: str, start: int, upper: re.Match) -> bool:
    """Whether the amount after an amount is the upper end of one range with it: "$5-7
    million", "$7.40 to $7.80 a share", "between $20 million and $30 million"; not "rose
    $2 million to $9 million" or "from $1 to $2", where the second is where a change went."""
    joint = upper.group(0).lstrip()[:3].lower()
    words = words_before(text, start, 4)
    if joint.startswith("and"):
        return bool(words) and bare_word(words[-1][0]) == "between"
    return joint[:1] in "-–" or (joint.startswith("to") and not changed_by(words))


def _to_figures(text: str, hits: list[Hit]) -> list[Figure]:
    figures: list[Figure] = []
    previous_money: Figure | None = None
    for hit in hits:
        start, end = hit.start, hit.end
        if not 0 <= start < end <= len(text):
            continue
        figure = Figure(
            id=make_id("figure", start, end),
            spans=[Span(start, end)],
            text=text[start:end],
            kind=hit.kind,
            value=clean_value(hit.value),
            value_max=clean_value(hit.value_max),
            unit=hit.unit,
            qualifier=hit.qualifier,
            per=hit.per,
            unit_inferred=hit.unit_inferred,
            about=hit.about if hit.kind in LABELLED_KINDS else describe(text, start, end, hit.kind),
        )
        if hit.kind == "money":
            if previous_money is not None and _is_conversion(text, previous_money, figure):
                figure.conversion_of = previous_money.id
                figure.about = previous_money.about
            previous_money = figure
        figures.append(figure)
    return figures


def _is_conversion(text: str, original: Figure, figure: Figure) -> bool:
    """True for "50 billion rupees ($563 million)" and "€10m, or about $11m"."""
    gap_start = original.spans[0].end
    gap_end = figure.spans[0].start
    if gap_end - gap_start > 20 or original.unit == figure.unit:
        return False
    return _PAREN_GAP.fullmatch(text, gap_start, gap_end) is not None
