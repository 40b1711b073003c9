"""What a figure measures, as an analyst labels a chart bar: from its clause's subject and verb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from desktop.extraction.lexicon_figures import (
    AUXILIARIES,
    BACK_REFERENCES,
    DOWN_WORDS,
    LABEL_DROP,
    LINKS,
    MONTH_NAMES,
    PERIOD_WORDS,
    PERSON_NOUNS,
    PHRASE_STOPS,
    PLAIN_VERBS,
    RELATIVES,
    UP_WORDS,
    VERB_NOUNS,
)
from desktop.lazyre import lazy_compile

MAX_WORDS = 8
WINDOW = 160  # characters read on either side of a figure
_TEXT: list[str | None] = [None]  # the text being labelled, for the period test in phrases
_TOKEN = lazy_compile(r"[\w$£€¥](?:[\w'’.&$£€¥%/-]|,(?=\d))*|[,;:()\[\]\"“”—–]|(?<= )-(?= )")
_MARKS = frozenset(',;:()[]"“”—–-')


def _period_pattern() -> str:
    order = "first|second|third|fourth|last|same|entire|whole|next|previous|past|current|final"
    units = "|".join(PERIOD_WORDS.split())
    months = "|".join(MONTH_NAMES.split())
    year = r"(?:fiscal[ \t]+)?(?:19|20)\d\d"
    of_what = rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:last[ \t]+year|{year}|{months}))?"
    return (
        rf"\b(?:(?:in|during|for|over|by|since|within|of)[ \t]+)?(?:the[ \t]+)?"
        rf"(?:(?:end|start|beginning|middle)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
        rf"(?:(?:(?:{order})[ \t]+)+(?:{units}){of_what}"
        rf"|(?:this|next|last)[ \t]+(?:{units}|{months})\b"
        rf"|(?:(?:early|late|mid)[ \t]+)?(?:{months})(?:[ \t]+{year})?"
        rf"|{year}"
        rf"|month[ \t]+of[ \t]+(?:{months}))\b"
    )


#: A time a figure is for: "in the fourth quarter of 2005", "last month", "in March".
PERIOD = lazy_compile(_period_pattern(), re.IGNORECASE)


@dataclass(slots=True)
class Label:
    """What a figure measures, the way it moved and the time it is for."""

    about: str | None
    direction: str | None = None  # "up" or "down"
    period: str | None = None  # "last month", "in the fourth quarter of 2005"


class Word(NamedTuple):
    """A word or mark of the sentence, with where it stands."""

    text: str
    lower: str  # lower-cased, without a final full stop
    start: int
    end: int
    mark: bool  # a clause mark: a comma, a bracket, a quotation mark, a dash


@dataclass(slots=True)
class Names:
    """Names as an analyst writes them, and whom "it" or "the company" means."""

    short: dict[str, str]  # organisation name -> its shortest alias ("Apple Inc." -> "Apple")
    actor: str | None = None  # the article's main actor, where no name stands near

    def shorten(self, phrase: str) -> str:
        for name in sorted(self.short, key=len, reverse=True):
            if name in phrase and len(name) > len(self.short[name]):
                phrase = phrase.replace(name, self.short[name])
        return phrase


def words_of(text: str, start: int, end: int) -> list[Word]:
    """The words and clause marks of text[start:end]."""
    return [
        Word(w, w.lower().rstrip("."), m.start(), m.end(), w in _MARKS)
        for m in _TOKEN.finditer(text, start, end)
        for w in (m.group(),)
    ]


def is_verb(word: Word) -> bool:
    """An auxiliary, a listed verb, or a lower-case word in "-ed" ("authorized")."""
    lower = word.lower
    if lower in AUXILIARIES or lower in PLAIN_VERBS:
        return True
    return word.text.islower() and len(lower) > 4 and lower.endswith("ed")


def is_name(word: Word) -> bool:
    """A capitalised word that is not a function word: "Ford", "Bank"."""
    lower = word.lower
    if lower in _CALENDAR:
        return False
    return word.text[:1].isupper() and lower not in PHRASE_STOPS and lower not in LINKS


def _clean(words: list[str], ends: bool = True) -> list[str]:
    """Label words: no articles, possessive pronouns or marks; no links at the ends."""
    out = [w.strip("\"“”‘’'()[]") for w in words]
    out = [w.rstrip(".,") if w[:1].islower() or w[:1].isdigit() else w for w in out]
    out = [w for w in out if w and w.lower() not in LABEL_DROP and w not in _MARKS]
    while ends and out and (out[-1].lower() in LINKS or out[-1].lower() in PHRASE_STOPS):
        out.pop()
    while ends and out and (out[0].lower() in LINKS or out[0].lower() in PHRASE_STOPS):
        out.pop(0)
    return out


def subject_of(words: list[Word]) -> tuple[list[Word], int]:
    """The subject of the last verb before the figure, and the index of its verb group.

    "Deutsche Bank of Germany lost" -> (Deutsche Bank of Germany, 4); "In 2005 it lost"
    -> (it, 3); "The revenue of the company made" -> (The revenue of the company, 5);
    "Rates rose as the bank has raised" -> (the bank, 5). The subject is read back from
    the verb group, through "of" and "in", to a determiner, a number, a mark, a
    preposition or a clause link.

    Returns:
        ([], -1) where no verb stands before the figure; ([], k) where the clause
        opens on its verb ("which authorized ...").
    """
    verb = next((k for k in range(len(words) - 1, -1, -1) if is_verb(words[k])), -1)
    if verb < 0:
        return [], -1
    while verb > 0 and (
        is_verb(words[verb - 1])
        or words[verb - 1].lower in _ADVERBS
        or (words[verb - 1].lower == "to" and verb > 1 and is_verb(words[verb - 2]))
    ):
        verb -= 1  # the whole group: "has since increased", "are predicted to have dipped"
    while verb < len(words) - 1 and words[verb].lower in _ADVERBS:
        verb += 1
    k = verb
    while k > 0:
        before = words[k - 1]
        lower = before.lower
        if before.mark or before.text[:1].isdigit() or lower in RELATIVES:
            break
        if lower in LINKS and (lower not in ("of", "in") or k - 1 == 0):
            break
        if lower in PHRASE_STOPS and lower not in LABEL_DROP:
            break
        k -= 1
        if lower in LABEL_DROP and not (k > 0 and words[k - 1].lower in ("of", "in")):
            break
        if lower in _PERSONAL:
            break
    return words[k:verb], verb


def _last_clause(words: list[Word]) -> tuple[list[Word], list[Word]]:
    """The words after the last mark or "that"/"which" before the figure, and those before."""
    cut = 0
    for k, word in enumerate(words):
        if word.text in "()":
            continue  # brackets are read through: "fell 17 cents (2.1%) to"
        if word.mark or (word.lower in RELATIVES and _opens_clause(words, k)):
            cut = k + 1
    return words[cut:], words[:cut]


_COORDINATORS = frozenset("and but while whilst whereas".split())


def _new_clause(words: list[Word], k: int) -> bool:
    """Whether the "and" at k opens a clause ("and recently the company reported")."""
    following = words[k + 1] if k + 1 < len(words) else None
    if following is None or following.text[:1].isupper() or following.text[:1].isdigit():
        return False  # "US and Canadian", "$5 and $6"
    return following.lower not in LINKS and following.text[:1] not in "$£€¥"


def _opens_clause(words: list[Word], k: int) -> bool:
    """Whether "that" at k opens a clause ("said that it"), not points ("that number")."""
    if words[k].lower != "that" or k + 1 == len(words):
        return True
    following = words[k + 1]
    return following.lower in _SUBJECT_OPENERS or following.text[:1].isupper()


_SUBJECT_OPENERS = frozenset("the a an it they he she we its their his her".split())


def _reported(clause: list[Word], before: list[Word]) -> tuple[list[Word], list[Word]]:
    """The reported clause after "said" when it has its own subject and verb.

    "Acme said on Monday it would cut 500 jobs" -> "it would cut", so that the label
    reads "jobs Acme would cut".
    """
    for k in range(len(clause) - 1, -1, -1):
        if clause[k].lower in REPORTING:
            inner = clause[k + 1 :]
            subject, verb = subject_of(inner)
            if verb > 0 and subject:
                return inner, before + clause[: k + 1]
            break
    return clause, before


_CALENDAR = frozenset(
    (MONTH_NAMES + " monday tuesday wednesday thursday friday saturday sunday").lower().split()
)
_PERIOD_OPENERS = (
    frozenset("in during for over by since within of this next last".split()) | _CALENDAR
)
_ADVERBS = frozenset(
    "not also since already just still currently now recently previously first then".split()
)
_PERSONAL = frozenset("it they he she we i you".split())
REPORTING = frozenset("said says told announced reported stated added warned".split())


def _name_before(words: list[Word], first: bool = False) -> str | None:
    """The last name in words ("Bank of Japan"); a sentence's capitalised first word only
    when first is True or another name follows it."""
    k = len(words) - 1
    while k >= 0:
        opens = k == 0 and words[k].lower.isalpha() and not first
        if is_name(words[k]) and not (opens and not _capital_run(words, k)):
            end = k + 1
            while k > 0 and (is_name(words[k - 1]) or words[k - 1].lower == "of"):
                k -= 1
            while words[k].lower == "of":
                k += 1
            return " ".join(w.text for w in words[k:end])
        k -= 1
    return None


def _capital_run(words: list[Word], k: int) -> bool:
    return k + 1 < len(words) and is_name(words[k + 1])


def _resolve(subject: list[Word], before: list[Word], names: Names) -> list[str]:
    """The subject's words, a back-reference ("it", "the firm") replaced by the name it means."""
    texts = [w.text for w in subject]
    if not texts:
        return []
    plain = [w.lower for w in subject if w.lower not in LABEL_DROP]
    if plain and plain[0].endswith(("'s", "’s")) and plain[0][:-2] in BACK_REFERENCES:
        name = _name_before(before) or names.actor  # "the company's revenue"
        if name:
            return [names.shorten(name)] + texts[len(texts) - len(plain) + 1 :]
    if len(plain) == 1 and plain[0] in BACK_REFERENCES:
        name = _name_before(before) or names.actor
        return [names.shorten(name)] if name else []
    if plain and plain[0] in ("he", "she", "they", "we", "i", "you"):
        return []
    return names.shorten(" ".join(texts)).split()


def noun_phrase(words: list[Word], limit: int = 6, text: str | None = None) -> list[Word]:
    """The noun phrase words open with, carried on through one link ("loss in sales")."""
    out: list[Word] = []
    linked = False
    for word in words:
        lower = word.lower
        if word.mark or len(out) >= limit:
            break
        if lower == "and" and out and word is not words[-1]:
            following = words[words.index(word) + 1]
            if following.text[:1].isupper() and not following.mark:
                out.append(word)  # "US and Canadian production"
                continue
        if lower in LINKS:
            if linked or not out:
                break
            linked = True
            out.append(word)
            continue
        if is_verb(word) or (lower in PHRASE_STOPS and lower not in LABEL_DROP):
            break
        if word.text[:1] in "$£€¥" or (word.text[:1].isdigit() and not out):
            break  # another figure: "fell 17 cents to $8"
        if lower in _PERIOD_OPENERS and text is not None and PERIOD.match(text, word.start):
            if out and out[-1].lower in LINKS:
                out.pop()
            break
        out.append(word)
    while out and out[-1].lower in LINKS:
        out.pop()
    return out


def _modifier_before_of(words: list[Word]) -> list[Word]:
    """ "a total loss of": the noun phrase right before a closing "of"."""
    k = len(words) - 1  # words[k] is "of"
    start = k
    while start > 0:
        word = words[start - 1]
        if word.mark or is_verb(word) or word.lower in PHRASE_STOPS | LINKS | LABEL_DROP:
            break
        start -= 1
    return words[start:k]


def _period(
    text: str, clause: tuple[int, int], left_start: int, start: int, end: int
) -> str | None:
    """The time the figure is for, after it in its clause, else nearest before it."""
    match = PERIOD.search(text, end, clause[1])
    if match and not text[end : match.start()].strip(" \t").startswith(("from", "to ")):
        return match.group().strip()
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


def _fit(parts: list[list[str]]) -> str | None:
    """The label from its parts (subject, measure, object, period), cut to MAX_WORDS."""
    subject, measure, thing, period = (_clean(p, ends=False) for p in parts)
    if not _clean(measure) and not _clean(thing):
        return None
    said = {w.lower() for w in subject + measure + thing}
    if all(w.lower() in said for w in period):
        period = []  # "last year's profit" says it already
    for drop in range(3):
        if len(_clean(subject + measure + thing + period)) <= MAX_WORDS:
            break
        if drop == 0:
            thing = thing[:3]
        elif drop == 1:
            subject = [w for w in subject if w[:1].isupper()][-3:]
        else:
            period = []
    words = _clean(subject + measure + thing + period)[:MAX_WORDS]
    words = _clean(words)
    if words and words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # the sentence's full stop, not "Inc."'s
    return " ".join(words) or None


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
    _TEXT[0] = text
    # Windows, not whole sentences: a run-on "sentence" must not make this quadratic.
    sentence = (max(sentence[0], start - WINDOW), min(sentence[1], end + WINDOW))
    left_all = words_of(text, sentence[0], start if left_end is None else left_end)
    right_all = words_of(text, end, sentence[1])
    if right_all and right_all[0].text == "(":  # a restatement in brackets: skip it
        close = next((k for k, w in enumerate(right_all) if w.text == ")"), len(right_all) - 1)
        right_all = right_all[close + 1 :]
    while right_all and right_all[0].text in '"“”':
        right_all = right_all[1:]  # a term in quotation marks: 'a $5 million "package"'
    right = []
    for k, word in enumerate(right_all):
        if word.mark or (word.lower in _COORDINATORS and _new_clause(right_all, k)):
            break
        right.append(word)
    clause, before = _last_clause(left_all)
    if clause and clause[-1].lower in ("and", "or", "but") and right and is_verb(right[0]):
        before, clause = before + clause, []  # "... should be cut and 14 plants closed"
    clause_end = right[-1].end if right else end
    opening = left_all[0].start if left_all and left_all[0].lower in _PERIOD_OPENERS else None
    period_from = opening if opening is not None else clause[0].start if clause else start
    period_text = _period(text, (end, clause_end), period_from, start, end)
    if period_text and period_text.split()[0].lower() in LINKS | {"during", "within", "since"}:
        period_text = period_text[0].lower() + period_text[1:]  # "In 2005" -> "in 2005"
    period = [w for w in (period_text or "").split() if w.lower() != "the"]
    clause, before = _reported(clause, before)
    subject_words, verb = subject_of(clause)
    if verb == 0 and before and before[-1].lower in RELATIVES:
        subject = _resolve_relative(before, names)
    elif (verb == 0 or (verb < 0 and clause and clause[0].lower in VERB_NOUNS)) and before:
        # A participle clause shares the main clause's subject: "..., losing $9 billion".
        main, _ = subject_of(before)
        subject = _resolve(main, before, names)
    else:
        subject = _resolve(subject_words, left_all[: len(before) + verb], names)
    chain = clause[verb:] if verb >= 0 else []
    if kind == "count" and noun:
        return _count_label(noun, subject, chain, clause, right, period, names, left_all)
    measure, thing, moved = _measure(clause, verb, right, kind, "-" in text[start:end])
    if measure[:1] == ["@subject"]:  # "revenue made up $7.1 billion": the subject is the measure
        measure, subject = (subject or measure[1:]), []
    if not subject and verb < 0 and right and is_verb(right[0]):
        # The figure is the subject: "$1.3 billion was lost in restructuring charges".
        predicate = [w.text for w in right if w.lower not in AUXILIARIES]
        measure = [VERB_NOUNS.get(predicate[0].lower(), predicate[0])] + predicate[1:]
        thing = []
    about = _fit([subject, measure, thing, period])
    direction = _direction(moved + measure)
    return Label(about, direction, period_text)


def _resolve_relative(before: list[Word], names: Names) -> list[str]:
    """The antecedent of "which"/"who": the name before the comma ("the ECB, which ...")."""
    if len(before) < 3 or not before[-1].mark and len(before) < 2:
        return []
    close = before[:-1]
    if close and close[-1].mark:
        close = close[:-1]
    if not close or not is_name(close[-1]):
        return []  # "India's biggest maker of buses, which": no name to stand for
    name = _name_before(close, first=True)
    return [names.shorten(name)] if name else []


def _measure(
    clause: list[Word], verb: int, right: list[Word], kind: str, hyphened: bool = False
) -> tuple[list[str], list[str], list[str]]:
    """(measure words, object words, change words) for a money, percent or other figure.

    "@subject" as the measure means the clause's subject is what the figure measures
    ("revenue made up $7.1 billion", "the rate was hovering around 6%").
    """
    after = noun_phrase(right, text=_TEXT[0])
    if after and after[0].lower in CURRENCY_NAMES:
        after = []  # "$5.9 billion dollars": the unit again, not a noun
    last_word = clause[-1].lower if clause else ""
    if kind == "duration" and right and right[0].lower in ("behind", "late", "delay", "delayed"):
        return ["delay"], [], []  # "two years behind schedule"
    if last_word in ("to", "from") and (changed := _changed(clause, verb)) is not None:
        return changed, [], []
    if last_word == "of":
        head = [w.text for w in _modifier_before_of(clause)]
        if head:
            return head, _object(right), head
    if kind == "percent" and right and right[0].lower == "of":
        whole = noun_phrase(right[1:], text=_TEXT[0])
        if whole:  # "18% of the firm's network": a share of it
            return ["share of"] + [w.text for w in whole], [], []
    if after and after[0].lower not in LINKS and (kind != "duration" or hyphened):
        return [w.text for w in after], [], [w.text for w in after]
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
        return ["time"] + [w.text for w in chain], _object(right), []
    if not verbs:
        linked = any(w.lower in AUXILIARIES for w in clause[verb:])
        return (["@subject"] if linked else []), _object(right), []
    last = verbs[-1]
    between = [w.text for w in chain[chain.index(last) + 1 :] if w.lower not in LINKS]
    noun = VERB_NOUNS.get(last.lower)
    if last.lower in COPULAS or (last.lower == "made" and between[:1] == ["up"]):
        return ["@subject"], _object(right), []
    if last.lower in SELLING and last_word in ("for", "at"):
        return ["price"], [], []  # "songs are sold for £0.79"
    if noun:
        planned = ["planned"] if any(w.lower in INTENT_VERBS for w in chain) else []
        return planned + between + [noun], _object(right), [noun]
    if kind == "duration":
        return between + ["time"], _object(right), []
    return [w.text for w in chain if w.lower not in LINKS], _object(right), []


def _changed(clause: list[Word], verb: int) -> list[str] | None:
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
    if head in ("shares", "stock", "stocks", "share"):
        return ["price"]
    return ["@subject", VERB_NOUNS[clause[change].lower]]


CURRENCY_NAMES = frozenset("dollars dollar euros pounds yen rupees dlrs".split())
SELLING = frozenset("sold sells sell priced offered".split())
INTENT_VERBS = frozenset("plans planned intends intended aims wants proposes proposed".split())
COPULAS = frozenset("is are was were be been amounted totalled totaled reached hit stood".split())


def _object(right: list[Word]) -> list[str]:
    """The phrase after a figure that says on what: "into Japan's financial system"."""
    if right and right[0].lower in ("in", "into", "to", "on", "for", "with", "at", "of"):
        if _TEXT[0] is not None and PERIOD.match(_TEXT[0], right[0].start):
            return []  # "in the second quarter": the period, not what it is on
        phrase = noun_phrase(right[1:], text=_TEXT[0])
        if phrase:
            return [right[0].text] + [w.text for w in phrase]
    return []


def _count_label(
    noun: str, subject: list[str], chain: list[Word], clause: list[Word],
    right: list[Word], period: list[str], names: Names, before: list[Word] = (),
) -> Label:  # fmt: skip
    """ "jobs GM plans to cut", "people employed by Opel", "plants in partial closure"."""
    head = noun.split()
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
        return Label(_fit([head + subject, words, [], period]), _direction(words), None)
    if right and is_verb(right[0]):
        predicate = [w.text for w in right if w.text.lower() not in ("are", "is", "were", "was")]
        passive = bool(predicate) and predicate[0].endswith("ed")
        people = head[-1].lower() in PERSON_NOUNS and right[0].lower in AUXILIARIES
        link = ["who"] if people and not passive else []
        return Label(_fit([[], head, link + predicate, []]), _direction(predicate), None)
    if clause and clause[-1].lower == "of":
        owner = [w.text for w in _modifier_before_of(clause)]
        return Label(_fit([subject, head, owner, period]), _direction(owner), None)
    if clause and clause[-1].lower in ("its", "their"):  # "of its 3,200 dealers"
        whose = _name_before(before)
        subject = [names.shorten(whose)] if whose else subject
    return Label(_fit([subject, head, _object(right), period]), None, None)
