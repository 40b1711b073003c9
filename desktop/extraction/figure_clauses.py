"""A figure's sentence as a labeller reads it: words, subject, verb group, noun phrases, names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from desktop.extraction.lexicon_figures import (
    AUXILIARIES,
    BACK_REFERENCES,
    LABEL_DROP,
    LINKS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    PERIOD_WORDS,
    PHRASE_STOPS,
    PLAIN_VERBS,
    RELATIVES,
)
from desktop.lazyre import lazy_compile

_TOKEN = lazy_compile(r"[\w$£€¥](?:[\w'’.&$£€¥%/-]|,(?=\d))*|[,;:()\[\]\"“”—–]|(?<= )-(?= )")


MARKS = frozenset(',;:()[]"“”—–-')


def _period_pattern() -> str:
    order = "first|second|third|fourth|last|same|entire|whole|next|previous|past|current|final"
    units = r"fiscal[ \t]+(?:year|quarter)|" + "|".join(PERIOD_WORDS.split())
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
# What every PERIOD match holds, in some case: a unit of time, a month or a year's first digits.
_PERIOD_CORES = (*PERIOD_WORDS.split(), *MONTH_NAMES.lower().split(), "19", "20")
# The letters outside ASCII that re.IGNORECASE takes for ASCII ones ("\u017f" for "s").
_FOLDED_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ and the kelvin sign


def may_hold_period(text: str, start: int, end: int) -> bool:
    """Whether PERIOD may match in text[start:end]: False only where none of the words
    every period holds is written there, in any case.

    PERIOD, with IGNORECASE and any word a possible start, costs microseconds a word; most
    of the words around a figure name no time, and the lowercased words tell it for less.
    """
    window = text[start:end]
    if not window.isascii() and not _FOLDED_TO_ASCII.isdisjoint(window):
        return True
    lowered = window.lower()
    return any(core in lowered for core in _PERIOD_CORES)


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
        """ "Apple Inc. profits" -> "Apple profits": a name as a word, not inside one."""
        for name in sorted(self.short, key=len, reverse=True):
            if name in phrase and len(name) > len(self.short[name]):
                pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
                phrase = re.sub(pattern, lambda _m, n=name: self.short[n], phrase)
        return phrase


# Word(*fields) without the Python-level __new__ a NamedTuple has: words_of makes many.
_new_word = partial(tuple.__new__, Word)


def words_of(text: str, start: int, end: int) -> list[Word]:
    """The words and clause marks of text[start:end]."""
    return [
        _new_word((w, w.lower().rstrip("."), m.start(), m.end(), w in MARKS))
        for m in _TOKEN.finditer(text, start, end)
        for w in (m.group(),)
    ]


def is_verb(word: Word) -> bool:
    """An auxiliary, a listed verb, or a lower-case word in "-ed" ("authorized")."""
    lower = word.lower
    if word.text == "May":
        return False  # the month: news does not open a sentence on the modal
    if lower in AUXILIARIES or lower in PLAIN_VERBS:
        return True
    return word.text.islower() and len(lower) > 4 and lower.endswith("ed")


def is_name(word: Word) -> bool:
    """A capitalised word that is not a function word: "Ford", "Bank"."""
    lower = word.lower
    if lower in _CALENDAR or lower.endswith(PLACE_ADJECTIVE_ENDINGS):
        return False  # "Calgary-based" says where a firm is, not who it is
    return word.text[:1].isupper() and lower not in PHRASE_STOPS and lower not in LINKS


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
        or words[verb - 1].lower in ADVERBS
        or (words[verb - 1].lower == "to" and verb > 1 and is_verb(words[verb - 2]))
    ):
        verb -= 1  # the whole group: "has since increased", "are predicted to have dipped"
    group = verb  # "Acme now expects": "now" opens the group, the subject ends before it
    while verb < len(words) - 1 and words[verb].lower in ADVERBS:
        verb += 1
    end = _before_period_ended(words, group)
    if end > 2 and words[end - 1].lower == "to" and not is_verb(words[end - 2]):
        end -= 1  # "analysts expected losses to be": the losses are what is "to be"
    subject = _without_reduced_relative(words[_subject_start(words, end) : end])
    if len(subject) > 2 and [w.lower for w in subject[-2:]] == ["on", "average"]:
        subject = subject[:-2]  # "Analysts on average had expected"
    return subject, verb


def _before_period_ended(words: list[Word], end: int) -> int:
    """Where a subject ends before the accounting period that follows it: "Net income in the
    quarter ended Sept. 30 fell" -> before "in", so the subject is "Net income"."""
    if end < 4 or not words[end - 1].text[:1].isdigit():
        return end
    if words[end - 2].lower not in _MONTHS or words[end - 3].lower not in ("ended", "ending"):
        return end
    for k in range(end - 4, max(end - 9, 0), -1):
        if words[k].lower in ("in", "for", "during", "over"):
            return k
    return end


_MONTHS = frozenset(MONTH_NAMES.lower().split()) | frozenset(MONTH_ABBREVIATIONS.split())


def _subject_start(words: list[Word], group: int) -> int:
    """Where the noun phrase that ends at words[group] starts, read back through "of" and
    "in" to a determiner, a number, a mark, a preposition or a clause link."""
    k = group
    while k > 0:
        before = words[k - 1]
        lower = before.lower
        if before.mark or before.text[:1].isdigit() or lower in RELATIVES:
            break
        participle = lower == "by" and k > 1 and words[k - 2].text.islower()
        if participle and is_verb(words[k - 2]):
            k -= 1  # "Analysts polled by Reuters": read on to the noun the participle describes
            continue
        if lower in LINKS and (lower not in _SUBJECT_LINKS or k - 1 == 0):
            break
        if lower in PHRASE_STOPS and lower not in LABEL_DROP:
            break
        k -= 1
        if lower == "both":
            continue  # "Chrysler and Toyota both reported"
        if lower in LABEL_DROP and not (k > 0 and words[k - 1].lower in _SUBJECT_LINKS):
            if k > 1 and words[k - 1].lower == "and" and is_name(words[k - 2]):
                k -= 2  # "Chrysler and the Japanese Toyota both reported"
                continue
            break
        if lower in _PERSONAL:
            break
    return k


def subject_before_aside(words: list[Word]) -> list[Word]:
    """The subject before an aside set off by commas, where words end on the aside's comma.

    "Vantor, based in Leeds, employs" / "Vantor, which makes pumps, has" / "The fund,
    backed by pension investors, was valued at" / "Nils Berg, 56, is": the noun phrase
    before the aside's first comma ("Vantor", "The fund", "Nils Berg").

    Returns:
        [] where words do not end on such an aside.
    """
    if len(words) < 4 or words[-1].text != ",":
        return []
    opening = next((k for k in range(len(words) - 2, -1, -1) if words[k].mark), -1)
    if opening < 1 or words[opening].text != "," or opening == len(words) - 2:
        return []
    first = words[opening + 1]
    aside = (
        first.lower in ("which", "who")
        or first.lower in ("the", "a", "an")
        or first.text.isdigit()
        or (  # a passive participle: "based in", "backed by", not "posted a loss"
            first.text.islower()
            and first.lower.endswith("ed")
            and is_verb(first)
            and words[opening + 2].lower in LINKS
        )
    )
    if first.lower in _NAMING and opening + 2 < len(words) - 1:
        # "The device, called the Fold Pro, will sell": the name says what it is
        return [w for w in words[opening + 2 : -1] if w.lower not in LABEL_DROP]
    if not aside:
        return []
    return _without_reduced_relative(words[_subject_start(words, opening) : opening])


# Participles that give a thing its name in an aside: "the device, called the Fold Pro,".
_NAMING = frozenset("called named dubbed branded".split())


# Prepositions a subject's noun phrase runs on through: "the yield on the bond", "demand
# for oil", "the revenue of the company".
_SUBJECT_LINKS = frozenset(("of", "in", "on", "for"))


def _without_reduced_relative(subject: list[Word]) -> list[Word]:
    """ "Analysts polled by Reuters" -> "Analysts": a participle and its "by" phrase
    describe the subject, they do not name it."""
    for j in range(1, len(subject) - 1):
        if subject[j + 1].lower == "by" and subject[j].text.islower() and is_verb(subject[j]):
            return subject[:j]
    return subject


def last_clause(words: list[Word]) -> tuple[list[Word], list[Word]]:
    """The words after the last mark or "that"/"which" before the figure, and those before."""
    cut = 0
    restating = -1  # the closing comma of ", or 3.2 per cent," is read through, as brackets are
    for k, word in enumerate(words):
        if word.text in "()" or k == restating:
            continue  # brackets are read through: "fell 17 cents (2.1%) to"
        if word.text == "," and (close := _restatement_close(words, k)) > 0:
            restating = close
            continue
        if word.mark or (word.lower in RELATIVES and _opens_clause(words, k)):
            cut = k + 1
    return words[cut:], words[:cut]


def _restatement_close(words: list[Word], k: int) -> int:
    """Where ", or 3.2 per cent," that opens at k closes: "Shares rose C$2.31, or 3.2 per
    cent, to C$74.50" reads as one clause. -1 where no figure restated stands there."""
    if k + 3 >= len(words) or words[k + 1].lower != "or":
        return -1
    figure = words[k + 2].text
    if not (figure[:1].isdigit() or figure[:1] in "$£€¥" or figure[:2] in ("C$", "A$", "US")):
        return -1
    return next((j for j in range(k + 3, min(len(words), k + 8)) if words[j].text == ","), -1)


COORDINATORS = frozenset("and but while whilst whereas".split())


def new_clause(words: list[Word], k: int) -> bool:
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


def reported_clause(clause: list[Word], before: list[Word]) -> tuple[list[Word], list[Word]]:
    """The reported clause after "said" when it has its own subject and verb, or when "said"
    stands inside a relative clause whose verb has none.

    "Acme said on Monday it would cut 500 jobs" -> "it would cut", so that the label
    reads "jobs Acme would cut"; "fees, which it said add $900" -> "add", whose subject is
    the fees.
    """
    for k in range(len(clause) - 1, -1, -1):
        if clause[k].lower in REPORTING:
            inner = clause[k + 1 :]
            subject, verb = subject_of(inner)
            if verb > 0 and subject:
                return inner, before + clause[: k + 1]
            if verb == 0 and before and before[-1].lower in RELATIVES and k <= 2:
                return inner, before  # "charges, which it said add $9,000": the charges add
            break
    return clause, before


_CALENDAR = frozenset(
    (MONTH_NAMES + " monday tuesday wednesday thursday friday saturday sunday").lower().split()
)


PERIOD_OPENERS = (
    frozenset("in during for over by since within of this next last".split()) | _CALENDAR
)


ADVERBS = frozenset(
    "not also since already just still currently now recently previously first then".split()
)


#: Endings of a place adjective before a firm: "the Calgary-based company".
PLACE_ADJECTIVE_ENDINGS = ("-based", "-headquartered", "-listed", "-owned", "-registered")


_PERSONAL = frozenset("it they he she we i you".split())


REPORTING = frozenset("said says told announced reported stated added warned".split())


def name_before(words: list[Word], first: bool = False) -> str | None:
    """The last name in words ("Bank of Japan"); a sentence's capitalised first word only
    when first is True or another name follows it; never the town of "The Leeds,
    Yorks.-based company", which says where the firm is."""
    k = len(words) - 1
    while k >= 0:
        opens = k == 0 and words[k].lower.isalpha() and not first
        if is_name(words[k]) and not (opens and not _capital_run(words, k)):
            end = k + 1
            while k > 0 and (is_name(words[k - 1]) or words[k - 1].lower == "of"):
                k -= 1
            while words[k].lower == "of":
                k += 1
            if not _names_a_base(words, end):
                return " ".join(w.text for w in words[k:end])
        k -= 1
    return None


def _names_a_base(words: list[Word], end: int) -> bool:
    """Whether the name ending at end is a place before "-based": "Leeds, Yorks.-based"."""
    if end < len(words) and words[end].text == ",":
        end += 1
    return end < len(words) and words[end].lower.endswith(PLACE_ADJECTIVE_ENDINGS)


def _capital_run(words: list[Word], k: int) -> bool:
    return k + 1 < len(words) and is_name(words[k + 1])


def resolve(subject: list[Word], before: list[Word], names: Names) -> list[str]:
    """The subject's words, a back-reference ("it", "the firm") replaced by the name it means."""
    subject = [w for w in subject if not w.lower.endswith(PLACE_ADJECTIVE_ENDINGS)]
    texts = [w.text for w in subject]
    if not texts:
        return []
    plain = [w.lower for w in subject if w.lower not in LABEL_DROP]
    if plain and plain[0].endswith(("'s", "’s")) and plain[0][:-2] in BACK_REFERENCES:
        name = name_before(before) or names.actor  # "the company's revenue"
        if name:
            return [names.shorten(name)] + texts[len(texts) - len(plain) + 1 :]
    if len(plain) < len(texts) and subject[0].lower in ("its", "their") and len(texts) > 1:
        name = name_before(before) or names.actor  # "Its shares fell": the firm's shares
        if name:
            return [names.shorten(name).removesuffix("'s").removesuffix("’s")] + texts[1:]
    if len(plain) == 1 and plain[0] in BACK_REFERENCES:
        name = name_before(before) or names.actor
        # "Halvorsen's chief said the company would": the company is Halvorsen
        return [names.shorten(name).removesuffix("'s").removesuffix("’s")] if name else []
    if plain and plain[0] in ("he", "she", "they", "we", "i", "you"):
        return []
    if len(plain) > 2 and plain[:2] in (["shares", "of"], ["stock", "of"]):
        of = next(k for k, w in enumerate(subject) if w.lower == "of")
        texts = [w.text for w in subject[of + 1 :] if w.lower not in LABEL_DROP] + plain[:1]
    return names.shorten(" ".join(texts)).split()  # "Shares of Acme" -> "Acme shares"


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
        if any(c in "$£€¥" for c in word.text) or (word.text[:1].isdigit() and not out):
            break  # another figure: "fell 17 cents to $8"
        if lower in PERIOD_OPENERS and text is not None and PERIOD.match(text, word.start):
            if out and out[-1].lower in LINKS:
                out.pop()
            break
        out.append(word)
    while out and out[-1].lower in LINKS:
        out.pop()
    return out


def modifier_before_of(words: list[Word]) -> list[Word]:
    """ "a total loss of": the noun phrase right before a closing "of"."""
    k = len(words) - 1  # words[k] is "of"
    start = k
    while start > 0:
        word = words[start - 1]
        if word.mark or is_verb(word) or word.lower in PHRASE_STOPS | LINKS | LABEL_DROP:
            break
        start -= 1
    return words[start:k]


def resolve_relative(before: list[Word], names: Names) -> list[str]:
    """The antecedent of "which"/"who": the name before the comma ("the ECB, which ...")."""
    if len(before) < 3 or not before[-1].mark and len(before) < 2:
        return []
    close = before[:-1]
    if close and close[-1].mark:
        close = close[:-1]
    if close and not is_name(close[-1]) and close[-1].text.islower():
        appositive = _name_before_appositive(close)
        if appositive:  # "Dunmore Partners, an activist investor that owns ..."
            return [names.shorten(appositive)]
        return noun_before(close)  # "the province's debt-to-GDP ratio, which ..."
    if not close or not is_name(close[-1]):
        return []
    name = name_before(close, first=True)
    return [names.shorten(name)] if name else []


def _name_before_appositive(words: list[Word]) -> str | None:
    """The name an appositive after a comma describes: "Dunmore Partners, an activist
    investor" -> "Dunmore Partners"; None where words do not end on such a phrase."""
    k = len(words)
    while k > 0 and len(words) - k < 5 and not words[k - 1].mark:
        k -= 1
    if k < 2 or words[k - 1].text != "," or words[k].lower not in ("a", "an", "the"):
        return None
    return name_before(words[: k - 1], first=True) if is_name(words[k - 2]) else None


def noun_before(words: list[Word]) -> list[str]:
    """The noun phrase that ends words, back to a determiner, a mark or a verb, three words at
    most: "The province's debt-to-GDP ratio" -> "province's debt-to-GDP ratio"; none where it
    runs through "of" ("maker of buses": the head is further back)."""
    k = len(words)
    while k > 0 and len(words) - k < 3:
        word = words[k - 1]
        if word.mark or is_verb(word) or word.lower in LINKS or word.lower in PHRASE_STOPS:
            break
        k -= 1
    if k == len(words) or (k > 0 and words[k - 1].lower in ("of", "and", "or")):
        return []  # "maker of trucks and buses": the head is further back
    return [w.text for w in words[k:] if w.lower not in LABEL_DROP]
