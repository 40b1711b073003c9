"""What a figure measures, as an analyst labels a chart bar: from its clause's subject and verb."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.extraction.figure_clauses import (
    COORDINATORS,
    MARKS,
    PERIOD,
    PERIOD_OPENERS,
    Names,
    Word,
    is_verb,
    last_clause,
    may_hold_period,
    modifier_before_of,
    name_before,
    new_clause,
    noun_before,
    noun_phrase,
    reported_clause,
    resolve,
    resolve_relative,
    subject_before_aside,
    subject_of,
    words_of,
)
from desktop.extraction.figure_measures import (
    SHARES_OF,
    changed_thing,
    measure_of,
    object_phrase,
)
from desktop.extraction.figures_patterns import RATE
from desktop.extraction.lexicon_figures import (
    AUXILIARIES,
    DOWN_WORDS,
    LABEL_DROP,
    LINKS,
    PERSON_NOUNS,
    PHRASE_STOPS,
    RATE_NOUNS,
    RELATIVES,
    UP_WORDS,
    VERB_NOUNS,
)
from desktop.lazyre import lazy_compile

MAX_WORDS = 10


WINDOW = 160  # characters read on either side of a figure


@dataclass(slots=True)
class Label:
    """What a figure measures, the way it moved and the time it is for."""

    about: str | None
    direction: str | None = None  # "up" or "down"
    period: str | None = None  # "last month", "in the fourth quarter of 2005"


def _clean(words: list[str], ends: bool = True) -> list[str]:
    """Label words: no articles, possessive pronouns or marks; no links at the ends."""
    out = [w.strip("\"“”‘’'()[]") for w in words if not _is_amount(w)]
    out = [w.rstrip(".,") if w[:1].islower() or w[:1].isdigit() else w for w in out]
    out = [w for w in out if w and w.lower() not in LABEL_DROP and w not in MARKS]
    while ends and out and (out[-1].lower() in _DANGLING or out[-1].lower() in PHRASE_STOPS):
        out.pop()  # "time trying to build [it]": no link or pronoun left hanging
    while ends and out and (out[0].lower() in LINKS or out[0].lower() in PHRASE_STOPS):
        out.pop(0)
    return out


_DANGLING = LINKS | {"it", "them"}


def _is_amount(word: str) -> bool:
    """An amount written inside a label's words ("the $15.3-billion plan"): the figure's
    own value says it, and another figure's would mislead."""
    return bool(_AMOUNT.match(word))


_AMOUNT = lazy_compile(r"(?:[A-Z]{0,2}[$£€¥₹])\d|\d[\d.,]*%")


def _period(
    text: str, clause: tuple[int, int], left_start: int, start: int, end: int
) -> str | None:
    """The time the figure is for, after it in its clause, else nearest before it."""
    match = PERIOD.search(text, end, clause[1]) if may_hold_period(text, end, clause[1]) else None
    if match and not text[end : match.start()].strip(" \t").startswith(("from", "to ")):
        return match.group().strip()
    if not may_hold_period(text, left_start, start):
        return None
    before = list(PERIOD.finditer(text, left_start, start))
    return before[-1].group().strip() if before else None


def _direction(words: list[str]) -> str | None:
    for word in words:
        lower = word.lower()
        if lower in UP_WORDS:
            return "up"
        if lower in DOWN_WORDS:
            return "down"
    return None


def _fit(parts: list[list[str]], head: list[str] = ()) -> str | None:
    """The label from its parts (subject, measure, object, period), cut to MAX_WORDS.

    head leads and is never cut: a count's noun ("iPod players Apple sold").
    """
    # a name resolved from "it" is one item of several words: count its words
    subject, measure, thing, period = (_clean(" ".join(p).split(), ends=False) for p in parts)
    head = _clean(" ".join(head).split(), ends=False)
    if not _clean(measure) and not _clean(thing):
        return None
    said = {w.lower().removesuffix("'s").removesuffix("’s") for w in subject + measure + thing}
    if all(w.lower() in said for w in period if w.lower() not in LINKS):
        period = []  # "last year's profit" says it already
    for drop in range(3):
        if len(_clean(head + subject + measure + thing + period)) <= MAX_WORDS:
            break
        if drop == 0:
            thing = thing[:3]
        elif drop == 1:
            subject = [w for w in subject if w[:1].isupper()][-3:]
        else:
            period = []
    words = cut_to(_clean(head + subject + measure + thing + period), MAX_WORDS)
    words = _clean(words)
    if words and words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # the sentence's full stop, not "Inc."'s
    return " ".join(words) or None


def cut_to(words: list[str], limit: int) -> list[str]:
    """At most limit words, cut before a phrase that would not fit whole: "time for a
    building in the country's largest cities" -> "time for building", not "... in
    country's largest"."""
    if len(words) <= limit:
        return words
    link = max((k for k in range(3, limit + 1) if words[k].lower() in LINKS), default=limit)
    return words[:link]


def label_figure(
    text: str, sentence: tuple[int, int], start: int, end: int, kind: str,
    noun: str | None, names: Names, left_end: int | None = None,
) -> Label:  # fmt: skip
    """What the figure text[start:end] measures, read from its sentence.

    "GM reported losing US$4.8 billion in the fourth quarter of 2005." -> "GM loss in
    fourth quarter of 2005"; "GM plans to cut 30,000 jobs" -> "jobs GM plans to cut";
    "a total loss of $8.6 billion" -> "GM total loss"; "Ford's stock fell 17 cents"
    -> "Ford's stock fall" (down).

    Args:
        text: the article text.
        sentence: (start, end) of the sentence the figure stands in.
        start: where the figure starts.
        end: where it ends.
        kind: the figure's kind.
        noun: for a count, the noun it counts ("jobs").
        names: short names and the article's main actor.
        left_end: where the words before the figure end, when it is listed after
            another figure ("£0.79 per song and £7.99 per album"): that one's start.
    """
    # Windows, not whole sentences: a run-on "sentence" must not make this quadratic.
    sentence = (max(sentence[0], start - WINDOW), min(sentence[1], end + WINDOW))
    left_all = words_of(text, sentence[0], start if left_end is None else left_end)
    right_all = words_of(text, end, sentence[1])
    if right_all and right_all[0].text == "(":  # a restatement in brackets: skip it
        close = next((k for k, w in enumerate(right_all) if w.text == ")"), len(right_all) - 1)
        right_all = right_all[close + 1 :]
    while right_all and right_all[0].text in '"“”':
        right_all = right_all[1:]  # a term in quotation marks: 'a $5 million "package"'
    rate = RATE.match(text, end)  # "$900 a month": the label says "per month" once, at its end
    if rate and rate["noun"].lower() in RATE_NOUNS:
        right_all = [w for w in right_all if w.start >= rate.end()]
    right = []
    for k, word in enumerate(right_all):
        if word.mark or (word.lower in COORDINATORS and new_clause(right_all, k)):
            break
        right.append(word)
    clause, before = last_clause(left_all)
    if len(clause) > 1 and clause[-1].lower == "between" and clause[-2].lower in ("to", "from"):
        clause = clause[:-1]  # "cut its forecast to between $4.2 billion and $4.4 billion"
    if clause and clause[-1].lower in ("and", "or", "but") and right and is_verb(right[0]):
        before, clause = before + clause, []  # "... should be cut and 14 plants closed"
    clause_end = right[-1].end if right else end
    opening = left_all[0].start if left_all and left_all[0].lower in PERIOD_OPENERS else None
    period_from = opening if opening is not None else clause[0].start if clause else start
    period_text = _period(text, (end, clause_end), period_from, start, end)
    if period_text and period_text.split()[0].lower() in LINKS | {"during", "within", "since"}:
        period_text = period_text[0].lower() + period_text[1:]  # "In 2005" -> "in 2005"
    period = [w for w in (period_text or "").split() if w.lower() != "the"]
    if [w.lower for w in clause] in (["worth"], ["valued", "at"]) and before and before[-1].mark:
        # "The deal, worth $4.3 billion, is expected to close": the value of the noun before
        owner = noun_before(before[:-1])
        return Label(_fit([owner, ["value"], [], period]) if owner else None, None, period_text)
    clause, before = reported_clause(clause, before)
    subject_words, verb = subject_of(clause)
    if verb == 0 and before and before[-1].lower in RELATIVES:
        subject = resolve_relative(before, names)
    elif (verb == 0 or (verb < 0 and clause and clause[0].lower in VERB_NOUNS)) and before:
        # A participle clause shares the main clause's subject: "..., losing $9 billion".
        subject = _main_subject(before, names)
    else:
        subject = resolve(subject_words, left_all[: len(before) + verb], names)
        if not subject and verb > 0 and clause[verb - 1].lower == "and" and before:
            # "tripled in 2004, doubled in 2005 and increased by 16%": one subject for all
            subject = _main_subject(before, names)
        elif not subject and verb > 1 and clause[verb - 1].lower in RELATIVES:
            # "Dunmore, an activist investor that owns 4.5%": the noun "that" stands for
            subject = resolve_relative(before + clause[:verb], names)
    if kind == "multiple" and text[start:end].split()[-1].lower() in VERB_NOUNS:
        # "a double increase of sales": the change, and what changed
        change = text[start:end].split()[-1].lower()
        return Label(
            _fit([subject, [change], object_phrase(text, right), period]), "up", period_text
        )
    if kind == "multiple" and text[start:end].isalpha():
        return _verb_multiple(text, clause, before, right, period, names)
    chain = clause[verb:] if verb >= 0 else []
    if verb < 0 and (intent := _intent_shared(clause, before)):
        chain = intent  # "plans to open 25 stores, and to hire 300 staff": "plans to hire"
        subject = subject or _main_subject(before[: before.index(intent[0]) + 1], names)
    moved_to = bool(clause) and clause[-1].lower in ("to", "from") and verb >= 0
    if kind == "count" and noun and not (moved_to and changed_thing(clause, verb) is not None):
        return _count_label(text, noun, subject, chain, clause, right, period, names, left_all)
    measure, thing, moved = measure_of(text, clause, verb, right, kind, "-" in text[start:end])
    if measure == ["price"] and subject and subject[-1].lower() == "shares":
        subject = subject[:-1] + ["share"]  # "Zenith's shares closed at" -> "Zenith's share price"
    elif measure == ["price"] and [w.lower() for w in subject[:2]] in SHARES_OF:
        subject = subject[2:] + ["share"]  # "Shares of Pellam rose to" -> "Pellam share price"
    if measure[:1] == ["@subject"]:  # "revenue made up $7.1 billion": the subject is the measure
        measure, subject = (subject or measure[1:]), []
    elif measure[:1] == ["@subject+"]:  # "Revenue is forecast at": "Revenue forecast"
        measure, subject = subject + measure[1:], []
    elif measure == ["@valued"]:  # "Lumo was valued at": a firm's valuation, a deal's value
        named = bool(subject) and subject[0][:1].isupper() and subject[0] not in ("The", "A")
        measure, subject = subject + (["valuation"] if named else []), []
    if not subject and not measure and verb < 0 and right and is_verb(right[0]):
        # The figure is the subject: "$1.3 billion was lost in restructuring charges".
        predicate = [w.text for w in right if w.lower not in AUXILIARIES]
        if predicate:  # not "$ 0 will": only auxiliaries after the figure
            measure = [VERB_NOUNS.get(predicate[0].lower(), predicate[0])] + predicate[1:]
            thing = []
    about = _lone_verb_dropped(_fit([subject, measure, thing, period]))
    direction = _direction(moved + measure)
    if (
        direction is None
        and kind == "percent"
        and {"loss", "losses"} & {w.lower() for w in measure}
    ):
        direction = "down"  # "a 39% loss" in sales is a fall; "$5 million loss" is not
    return Label(about, direction, period_text)


def _main_subject(before: list[Word], names: Names) -> list[str]:
    """The subject the clause before shares: that of its verb, or the one before an aside
    ("Vantor, based in Leeds, employs")."""
    if before[-1].lower in RELATIVES:  # "Lumo, which is based in Oslo and has 1,800 staff"
        return resolve_relative(before, names)
    aside = subject_before_aside(before)
    if aside:
        return resolve(aside, before, names)
    main, _ = subject_of(before)
    if not main:  # "Acme, which employs 900 people, posted a loss of $4 million, compared ..."
        main = _first_subject(before)
    return resolve(main, before, names)


def _intent_shared(clause: list[Word], before: list[Word]) -> list[Word]:
    """ "and to hire" after "plans to open 25 stores,": the verb of intent it shares and its
    own verb ("plans", "to", "hire"); nothing where the clause is not such an infinitive."""
    words = clause[1:] if clause and clause[0].lower == "and" else clause
    if len(words) != 2 or words[0].lower != "to" or not words[1].text.islower():
        return []
    for k in range(len(before) - 2, -1, -1):
        if before[k + 1].lower == "to" and is_verb(before[k]):
            return [before[k], words[0], words[1]]
    return []


def _first_subject(words: list[Word]) -> list[Word]:
    """The subject of the sentence's first verb, read past an aside before it: "Acme,
    which employs 900 people, posted" -> "Acme"."""
    for k in range(1, len(words)):
        if not is_verb(words[k]) or words[k - 1].lower in RELATIVES:
            continue  # "which employs": the aside's verb, not the sentence's
        if words[k - 1].text == ",":
            return subject_before_aside(words[:k])
        subject, _ = subject_of(words[: k + 1])
        return subject
    return []


def _verb_multiple(
    text: str, clause: list[Word], before: list[Word], right: list[Word], period: list[str],
    names: Names,
) -> Label:  # fmt: skip
    """ "Acme doubled its profits" -> "Acme profits"; "The capital of Acme tripled in
    2004" -> "capital of Acme growth in 2004"; after a comma, the main clause's subject;
    "Acme plans to double production" -> "Acme production"."""
    owner = [w for w in clause if not w.mark]
    if any(is_verb(w) for w in owner):  # "Acme plans to double ...": the verb's subject
        owner, _ = subject_of(owner)
    if not owner and before:
        owner, _ = subject_of(before)
    subject = resolve(owner, before, names)
    thing = [w.text for w in noun_phrase(right, text=text)]
    return Label(_fit([subject, thing or ["growth"], [], period]), "up", " ".join(period) or None)


def _lone_verb_dropped(about: str | None) -> str | None:
    """None for a label that is a verb alone ("fall" of "expect prices to fall for three
    years", "projected"): it says what happened, not to what. A noun ("earnings") stays."""
    if about is None or " " in about:
        return about
    lower = about.lower()
    return None if lower in VERB_NOUNS or is_verb(Word(about, lower, 0, 0, False)) else about


_HAVING = (["has"], ["have"], ["had"], ["now", "has"], ["currently", "has"])


def _count_label(
    text: str, noun: str, subject: list[str], chain: list[Word], clause: list[Word],
    right: list[Word], period: list[str], names: Names, before: list[Word] = (),
) -> Label:  # fmt: skip
    """ "jobs GM plans to cut", "people employed by Opel", "plants in partial closure"."""
    head = noun.split()
    if head[-1].lower() in PERSON_NOUNS and any(w.lower.startswith("employ") for w in chain[:1]):
        return Label(_fit([subject, ["employees"], [], period]), None, None)  # "Acme employs"
    if subject and head[-1].lower() in PERSON_NOUNS and [w.lower for w in chain] in _HAVING:
        return Label(_fit([subject, head, [], period]), None, None)  # "Acme has 900 staff"
    if chain:
        words = [w.text for w in chain]
        if "and" in words:  # "plans to cut 30,000 jobs and close": "plans to close"
            lead = words[: words.index("to") + 1] if "to" in words else []
            tail = words[len(words) - words[::-1].index("and") :]
            if not tail:  # "sold 21 million players and": the verb before them
                lead = next(([words[:k]] for k, w in enumerate(words) if w[:1].isdigit()), [[]])[0]
            words = lead + tail
        words = [w for w in words if not w[:1].isdigit()]
        if subject and not _clean(words) and words:
            words = words[-1:]  # "GM has 6,246 dealers": "dealers GM has"
            return Label(" ".join(_clean(head + subject) + words), None, None)
        thing = object_phrase(text, right)
        return Label(_fit([subject, words, thing, period], head=head), _direction(words), None)
    if right and is_verb(right[0]):
        predicate = [w.text for w in right if w.text.lower() not in ("are", "is", "were", "was")]
        passive = bool(predicate) and predicate[0].endswith("ed")
        people = head[-1].lower() in PERSON_NOUNS - {"jobs"} and right[0].lower in AUXILIARIES
        link = ["who"] if people and not passive else []
        return Label(_fit([[], head, link + predicate, []]), _direction(predicate), None)
    if clause and clause[-1].lower == "of":
        owner = [w.text for w in modifier_before_of(clause)]
        return Label(_fit([subject, head, owner, period]), _direction(owner), None)
    if clause and clause[-1].lower in ("its", "their"):  # "of its 3,200 dealers"
        whose = name_before(before)
        subject = [names.shorten(whose)] if whose else subject
    return Label(_fit([subject, head, object_phrase(text, right), period]), None, None)
