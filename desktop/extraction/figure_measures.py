"""What a figure's clause says it measures: the constructions a label's measure comes from."""

from __future__ import annotations

from desktop.extraction.figure_clauses import (
    PERIOD,
    Word,
    is_verb,
    modifier_before_of,
    noun_phrase,
)
from desktop.extraction.lexicon_figures import (
    AUXILIARIES,
    FORECAST_VERBS,
    FUNDING_VERBS,
    LABEL_DROP,
    LINKS,
    MONEY_NOUNS,
    PERIOD_WORDS,
    VALUED_AT,
    VERB_NOUNS,
)


def measure_of(
    text: str, clause: list[Word], verb: int, right: list[Word], kind: str, hyphened: bool = False
) -> tuple[list[str], list[str], list[str]]:
    """(measure words, object words, change words) for a money, percent or other figure.

    "@subject" as the measure means the clause's subject is what the figure measures
    ("revenue made up $7.1 billion", "the rate was hovering around 6%"); "@subject+"
    that the subject leads the words after it ("Revenue is forecast at": "Revenue
    forecast"); "@valued" that a named subject's value is its valuation.
    """
    after = noun_phrase(right, text=text)
    if after and after[0].lower in CURRENCY_NAMES:
        after = []  # "$5.9 billion dollars": the unit again, not a noun
    last_word = clause[-1].lower if clause else ""
    if kind == "duration" and right and right[0].lower in ("behind", "late", "delay", "delayed"):
        return ["delay"], [], []  # "two years behind schedule"
    if kind == "duration" and (activity := _time_spent_doing(text, clause, right)):
        return ["time"] + activity, [], []
    if last_word in ("to", "from") and (changed := changed_thing(clause, verb)) is not None:
        moved = [VERB_NOUNS[w.lower] for w in clause[max(verb, 0) :] if w.lower in VERB_NOUNS]
        return changed, [], moved[-1:]
    if last_word == "for" and any(w.lower == "sale" for w in clause):
        return ["price"], [], []  # "will go on sale in May for $999"
    if last_word == "at" and (valued := _valued_at(clause, verb)) is not None:
        return valued, [], []
    if last_word == "of":
        head = [w.text for w in modifier_before_of(clause)]
        if head:
            ahead = any(w.lower in FORECAST_VERBS for w in clause[max(verb, 0) :])
            return (
                head + (["forecast"] if ahead and verb >= 0 else []),
                object_phrase(text, right),
                head,
            )
    if kind == "money" and (kind_of_money := _money_noun_after(text, right)):
        return kind_of_money, [], []
    if kind == "percent" and (owned := _stake_owned(text, clause, right)):
        return ["stake in"] + owned, [], []
    if kind == "percent" and right and right[0].lower == "of":
        whole = noun_phrase(right[1:], text=text)
        if whole:  # "18% of the firm's network": a share of it
            return ["share of"] + [w.text for w in whole], [], []
    if after and after[0].lower not in LINKS and (kind != "duration" or hyphened):
        return (
            [w.text for w in after] + _deal_purpose(text, after, right),
            [],
            [w.text for w in after],
        )
    if right and right[0].text.islower() and right[0].lower.endswith("ed") and not after:
        # A reduced relative clause: "the $700 billion earmarked to rescue banks".
        return [w.text for w in right[:6] if not w.mark], [], []
    if verb < 0:
        verb = next((k for k, w in enumerate(clause) if w.lower in VERB_NOUNS), -1)
    if verb < 0:
        return [], [w.text for w in after], []
    chain = [w for w in clause[verb:] if w.lower not in AUXILIARIES]
    verbs = [w for w in chain if is_verb(w) or w.lower in VERB_NOUNS]
    if not verbs and kind == "duration":
        return ["time"] + [w.text for w in chain], object_phrase(text, right), []
    if not verbs and clause[-1].lower == "be" and any(w.lower in FORECAST_VERBS for w in clause):
        return ["@subject+", "forecast"], [], []  # "expected losses to be $6.7 billion"
    if not verbs:
        linked = any(w.lower in AUXILIARIES for w in clause[verb:])
        return (["@subject"] if linked else []), object_phrase(text, right), []
    last = verbs[-1]
    between = _verbobject_phrase(chain[chain.index(last) + 1 :])
    noun = VERB_NOUNS.get(last.lower)
    if last.lower in COPULAS or (last.lower == "made" and between[:1] == ["up"]):
        return ["@subject"], object_phrase(text, right), []
    if last.lower in SELLING and last_word in ("for", "at"):
        return ["price"], [], []  # "songs are sold for £0.79"
    if last.lower in BUYING and last_word == "for" and between:
        # "will buy Ardent for $6.8 billion"; "buy data firm Lystra for": the firm's name
        named = len(between) - next(
            (k for k, w in enumerate(reversed(between)) if not w[:1].isupper()), len(between)
        )
        return ["price", "for"] + between[named if named < len(between) else 0 :], [], []
    if noun:
        planned = ["planned"] if any(w.lower in INTENT_VERBS for w in chain) else []
        return planned + between + [noun], object_phrase(text, right), [noun]
    if kind == "money" and last.lower in FUNDING_VERBS and not between:
        purpose = object_phrase(text, right)
        if purpose[:1] == ["for"]:  # "The budget includes $45 million for housing"
            return ["funding"], purpose, []
    if kind == "duration":
        return between + ["time"], object_phrase(text, right), []
    return [w.text for w in chain if w.lower not in LINKS], object_phrase(text, right), []


def _stake_owned(text: str, clause: list[Word], right: list[Word]) -> list[str]:
    """The firm a holder owns a part of: "Dunmore owns about 4.5 per cent of Goldcrest's
    shares" -> "Goldcrest", so the label reads "Dunmore stake in Goldcrest"."""
    if not clause or clause[-1].lower not in OWNING or len(right) < 2 or right[0].lower != "of":
        return []
    whole = [w for w in noun_phrase(right[1:], limit=4, text=text) if w.lower not in LABEL_DROP]
    if len(whole) > 1 and whole[-1].lower in ("shares", "stock", "equity"):
        whole = whole[:-1]  # "of Goldcrest's shares": of Goldcrest
    out = [w.text for w in whole]
    if out and out[-1].endswith(("'s", "’s")):
        out[-1] = out[-1][:-2]
    return out


# Verbs of holding or taking a part of a firm: "owns 4.5% of Goldcrest".
OWNING = frozenset(
    """owns own owned holds hold held controls control controlled bought buy buys acquired
    acquire acquires took take takes purchased purchase sold sell sells""".split()
)


def _time_spent_doing(text: str, clause: list[Word], right: list[Word]) -> list[str]:
    """What a length of time went on: "had spent more than three years developing the
    hinge" -> "developing hinge"; "can spend two years waiting for a permit" -> "waiting
    for permit". Nothing where no verb of spending time comes before it."""
    if not clause or clause[-1].lower not in TIME_SPENDING or len(right) < 2:
        return []
    doing = right[0]
    if not (doing.text.islower() and doing.lower.endswith("ing") and len(doing.lower) > 5):
        return []
    rest = noun_phrase(right[1:], limit=4, text=text)
    if not rest and len(right) > 2 and right[1].lower in LINKS:
        rest = right[1:2] + noun_phrase(right[2:], limit=4, text=text)  # "waiting for a permit"
    return [doing.text] + [w.text for w in rest if w.lower not in LABEL_DROP]


# Verbs whose object is a length of time that goes on doing something.
TIME_SPENT = "spend spends spent spending take takes took taking need needs needed"
TIME_SPENDING = frozenset(TIME_SPENT.split())


def _money_noun_after(text: str, right: list[Word]) -> list[str]:
    """What an amount is "in": "would generate about $250 million in annual cost savings" ->
    "annual cost savings"; "$3 billion in new loans" -> "new loans". Nothing for a place
    or a time ("$5 million in Ohio", "in the quarter")."""
    if len(right) < 2 or right[0].lower != "in":
        return []
    phrase = []
    for word in noun_phrase(right[1:], limit=4, text=text):
        if word.lower in LINKS:
            break
        phrase.append(word)
    if not phrase or phrase[-1].lower not in MONEY_NOUNS:
        return []
    return [w.text for w in phrase if w.lower not in LABEL_DROP]


def _valued_at(clause: list[Word], verb: int) -> list[str] | None:
    """What a figure after "<verb> at" is the value of: "Shares closed at $41.20" -> the
    share price; "the ratio, which is projected at 36.8 per cent" -> the subject itself.

    Returns:
        None where no verb of valuing or closing stands before "at".
    """
    valuing = [w.lower for w in clause[verb:-1] if w.lower in VALUED_AT]
    if verb < 0 or not valuing:
        return None
    head = clause[verb - 1].lower if verb > 0 else ""
    if head in ("shares", "stock", "share", "stocks") or _shares_of(clause[:verb]):
        return ["price"]
    if valuing[-1] in FORECAST_VERBS or valuing[-1] in ("estimated", "pegged"):
        return ["@subject+", "forecast"]  # "Revenue is forecast at $14.9 billion"
    if valuing[-1] == "valued":
        return ["@valued"]
    return ["@subject"]


def _verbobject_phrase(words: list[Word]) -> list[str]:
    """What the verb acts on, without the words that lead into the figure: "cut costs over
    the next [18 months]" -> "costs"; "reduce costs at Opel by" -> "costs Opel"."""
    end = next((k for k, w in enumerate(words) if w.lower in ("and", "or", "but")), len(words))
    while end and words[end - 1].lower in _FIGURE_LEADS | LINKS:
        end -= 1
    if any(w.text[:1].isdigit() or w.text[:1] in "$£€¥₹" for w in words[:end]):
        return []  # "cut 120 jobs and retire ...": another figure, not what this one is of
    return [w.text for w in words[:end] if w.lower not in LINKS]


# Words that open the phrase of a figure after a link: "over the next 18 months".
_FIGURE_LEADS = frozenset("the a an next coming past last following first final".split())


def changed_thing(clause: list[Word], verb: int) -> list[str] | None:
    """What went from one figure to another: "increase swap lines with the ECB from $55
    billion to $110 billion" -> the swap lines; "shares fell 2% to $8" -> share price.

    Returns:
        None where no verb of change stands before "from" or "to".
    """
    change = max((k for k, w in enumerate(clause) if w.lower in VERB_NOUNS), default=-1)
    if change < 0:
        return None
    stop = next(
        (k for k in range(change + 1, len(clause)) if clause[k].lower in ("from", "to", "by")),
        len(clause) - 1,
    )
    thing = []
    for word in clause[change + 1 : stop]:
        if word.text[:1].isdigit() or word.text[:1] in "$£€¥" or word.mark:
            break  # "fell 17 cents (2.1%) to": the change, not what changed
        thing.append(word.text)
    if thing and not any(c in "$£€¥%" for c in "".join(thing)):
        return thing
    head = clause[verb - 1].lower if verb > 0 else ""
    if head in ("shares", "stock", "stocks", "share") or _shares_of(clause[: max(verb, 0)]):
        return ["price"]
    return ["@subject", VERB_NOUNS[clause[change].lower]]


SHARES_OF = (["shares", "of"], ["stock", "of"])


def _shares_of(subject: list[Word]) -> bool:
    """Whether a subject is "Shares of Pellam", whose move "to" a figure is a share price."""
    return any(
        w.lower in ("shares", "stock") and k + 1 < len(subject) and subject[k + 1].lower == "of"
        for k, w in enumerate(subject)
    )


CURRENCY_NAMES = frozenset("dollars dollar euros pounds yen rupees dlrs".split())


SELLING = frozenset("sold sells sell priced offered".split())
# Verbs of taking over a firm or an asset: what follows "for" is the price paid.
BUYING = frozenset(
    """buy buys bought buying acquire acquires acquired acquiring purchase purchases
    purchased""".split()
)


INTENT_VERBS = frozenset("plans planned intends intended aims wants proposes proposed".split())


COPULAS = frozenset(
    """is are was were be been amounted totalled totaled reached hit hits stood stands came
    comes""".split()
)


def object_phrase(text: str, right: list[Word]) -> list[str]:
    """The phrase after a figure that says on what: "into Japan's financial system"; past
    the span of time before it ("$45 million over three years for housing": "for housing")."""
    right = _past_time_span(right)
    if right and right[0].lower in ("in", "into", "to", "on", "for", "with", "at", "of"):
        if PERIOD.match(text, right[0].start):
            return []  # "in the second quarter": the period, not what it is on
        phrase = noun_phrase(right[1:], text=text)
        if phrase:
            return [right[0].text] + [w.text for w in phrase]
    return []


def _past_time_span(right: list[Word]) -> list[Word]:
    """The words after "over three years" or "over the next two years" that opens right."""
    if len(right) < 3 or right[0].lower not in ("over", "within", "during"):
        return right
    for k in range(1, min(len(right) - 1, 5)):
        if right[k].lower in PERIOD_UNITS:
            return right[k + 1 :] if right[k + 1].lower in LINKS else right
    return right


PERIOD_UNITS = frozenset(PERIOD_WORDS.split())


def _deal_purpose(text: str, after: list[Word], right: list[Word]) -> list[str]:
    """What a deal after an amount is to do: "a $2 billion deal to buy Ardent Labs" -> "to
    buy Ardent Labs"; nothing after a noun that is no deal, or with no verb after "to"."""
    if after[-1].lower not in DEAL_NOUNS or len(right) < len(after) + 2:
        return []
    rest = right[len(after) :]
    if rest[0].lower != "to" or not rest[1].text.islower() or rest[1].lower in LINKS:
        return []
    thing = noun_phrase(rest[2:], limit=4, text=text)
    return ["to", rest[1].text] + [w.text for w in thing if w.lower not in LABEL_DROP]


# Nouns of an agreement whose "to" infinitive says what it is for.
DEAL_NOUNS = frozenset("deal agreement offer bid contract plan proposal pact".split())
