"""The shapes of names in news: what a person's name looks like, and what only looks like one."""

from __future__ import annotations

from functools import cache

from desktop.extraction.lexicon import (
    CITIES_AND_REGIONS,
    COUNTRIES,
    NATIONALITIES,
    NOT_NAMES,
    first_names,
)
from desktop.extraction.lexicon_names import (
    AMBIGUOUS_GIVEN_NAMES,
    COMPANY_OBJECT_CONTEXTS,
    CREDIT_LEADS,
    FIRM_NOUNS,
    FIRMS_NAMED_LIKE_PEOPLE,
    IMPERSONAL_IT_VERBS,
    IT_AUXILIARIES,
    ITSELF_VERBS,
    JOURNALIST_ROLES,
    MARKET_MOVES,
    NOT_PEOPLE,
    OWN_PRONOUNS,
    PARTY_CODES,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    REGIONS,
    RESULTS,
    SENTENCE_WORDS,
)
from desktop.extraction.mentions import Run, Tokens
from desktop.lazyre import lazy_compile

# "MacFarlane", "McDonald", "DeShawn", "O'Neill", "LaGuardia": a surname's own capitals.
_NAME_CAPITALS = lazy_compile(r"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|O')[A-Z][a-z]+$")
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})
_DATELINE_MARKS = frozenset({"—", "–", "-", "_", "("})
_BYLINE_ENDS = frozenset({",", "and", "|", "-", "—", "–", "/"})
_OWNERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her"})


def has_name_capitals(word: str) -> bool:
    """A surname with a capital inside: "MacFarlane" is a person's form, not CamelCase."""
    return bool(_NAME_CAPITALS.match(word))


def is_sentence_word(word: str) -> bool:
    """A capitalised word that begins sentences as an adverb, preposition or pronoun and
    is never part of a name: "Unlike Jones, the firm grew", "Then Smith said"."""
    return word in NOT_NAMES or word in SENTENCE_WORDS


@cache
def is_participle_or_adverb(word: str) -> bool:
    """A capitalised "-ing" or "-ly" word that no given name list knows: "Echoing",
    "Finally". Only where a sentence begins can it be told from "Boeing" or "Beijing"."""
    return (
        len(word) >= 5
        and word[1:].islower()
        and word.endswith(("ing", "ly"))
        and word not in first_names()
    )


def opens_with_participle(tokens: Tokens, run: Run) -> bool:
    """A word that opens the sentence before a given name.

    A participle or adverb ("Echoing Ravi Bhatt, the union agreed") or an adjective
    ("Nonpartisan Paul Tse was re-elected"); "Boeing Commercial Airplanes said" keeps
    its first word.
    """
    first, words = run.first, run.words
    if len(words) < 3 or (first > 0 and tokens.sentences[first - 1] == run.sentence):
        return False
    names = first_names()
    return words[1] in names and (
        is_participle_or_adverb(words[0])
        or (words[0] not in names and words[1] not in AMBIGUOUS_GIVEN_NAMES)
    )


def is_place_name(words: tuple[str, ...]) -> bool:
    """A place by its form: "North Carolina", "San Francisco", "Orange County", "Union Station"."""
    if len(words) < 2:
        return False
    if words[0] in PLACE_PREFIXES:
        return True
    last = words[-1]
    return (
        last in PLACE_SUFFIXES
        or last in REGIONS
        or (last in COUNTRIES and words[0] in COUNTRIES | CITIES_AND_REGIONS)
    )


def has_acronym_inside(words: tuple[str, ...]) -> bool:
    """A product or body by its form: an acronym after the first word ("Mac OS X", "Arkham VR"),
    or a lone letter at the end ("Model S"). A person's initials come first ("AS Heagle")."""
    if len(words) < 2:
        return False
    last = words[-1]
    if len(last) == 1 and last.isupper():
        return True
    return any(len(w) >= 2 and w.isupper() and w not in _ROMAN for w in words[1:])


def is_named_thing(text: str, words: tuple[str, ...]) -> bool:
    """Not a person though it reads like one: a firm named after its founders ("Merrill
    Lynch"), the weather ("El Nino"), an adjective of a region ("North American")."""
    return is_firm_named_like_people(words) or text in NOT_PEOPLE or words[-1] in NATIONALITIES


def is_firm_named_like_people(words: tuple[str, ...]) -> bool:
    """A firm named after its founders, with or without an initial between: "Merrill Lynch",
    "Sanford C. Bernstein"."""
    if len(words) < 2:
        return False
    return " ".join(words) in FIRMS_NAMED_LIKE_PEOPLE or (
        len(words) == 3
        and len(words[1].rstrip(".")) == 1
        and f"{words[0]} {words[2]}" in FIRMS_NAMED_LIKE_PEOPLE
    )


def is_dateline(tokens: Tokens, run: Run) -> bool:
    """A dateline opening a story: "DETROIT _", "NEW YORK (AP) —", "DEARBORN, Mich. —".

    Capital letters only, at the start of a sentence, and a dash or bracket within the
    next few tokens. An acronym that opens a sentence ("GM, the automaker, said") has no dash.
    """
    if not all(w.isupper() for w in run.words) or len(run.text) < 4:
        return False
    texts, sentences = tokens.texts, tokens.sentences
    first = run.first
    if first > 0 and sentences[first - 1] == run.sentence:
        return False  # not the first word of its sentence
    end = min(len(texts), run.last + 6)
    return any(texts[k] in _DATELINE_MARKS for k in range(run.last + 1, end)) or (
        run.last + 1 in tokens.after_underscore
    )


def credit_sentences(doc_lowered: str, sentences: list) -> set[int]:
    """Sentences that credit the article's makers: "READ MORE: ...", "With files from ...".

    Args:
        doc_lowered: the article's text in lowercase (Document.lowered).
        sentences: the sentence spans.
    """
    return {
        k
        for k, span in enumerate(sentences)
        if doc_lowered.startswith(CREDIT_LEADS, span.start, span.start + 40)
    }


def is_credit(tokens: Tokens, run: Run, credits: set[int]) -> bool:
    """A name that credits the article's makers, not a person in the story.

    "(John Smith / Reuters)" under a photo, "READ MORE: ...", "With files from Jane Doe",
    "Photo by ...", and an author's note, "Jane Doe is a Toronto-based reporter."

    Args:
        tokens: the document's tokens.
        run: a name.
        credits: the numbers of the credit sentences (credit_sentences).
    """
    texts, sentences = tokens.texts, tokens.sentences
    first, last = run.first, run.last
    n = len(texts)
    if last + 2 < n and texts[last + 1] == "/" and tokens.is_capitalised[last + 2]:
        return True  # a photo credit: "(Name / Agency)", "Name/Reuters"
    at_start = first == 0 or sentences[first - 1] != run.sentence
    if (
        first > 0
        and texts[first - 1] == "By"
        and (first < 2 or sentences[first - 2] != run.sentence)
    ):
        # A byline: "By Jane Doe", "By Jane Doe, The Canadian Press"
        if last + 1 >= n or sentences[last + 1] != run.sentence or texts[last + 1] in _BYLINE_ENDS:
            return True
    if run.sentence in credits:
        return True
    # "Jane Doe is a Toronto-based reporter": the author's note at the end of a story.
    if at_start and last + 2 < n and run.sentence >= sentences[-1] - 2:
        if texts[last + 1] == "is" and texts[last + 2].lower() in _OWNERS:
            k = last + 3
            while k < n and k < last + 8 and sentences[k] == run.sentence:
                word = texts[k].lower()
                if word in JOURNALIST_ROLES or word.rstrip("s") in JOURNALIST_ROLES:
                    return True
                if word in {",", ".", "and", "who", "which"}:
                    break
                k += 1
    return False


# "the", "a" or "an" opens the apposition; a possessive or adjectives may stand before its
# noun ("the UK's third-largest housebuilder"), at most six tokens in all.
_APPOSITION_OPENERS = frozenset({"the", "a", "an"})
_APPOSITION_ENDS = frozenset(", . ; and which who at of for with from by in".split())


def is_firm_apposition(tokens: Tokens, run: Run) -> bool:
    """True for a name followed by an apposition that calls it a firm: "Peel Hunt, the
    broker, said", "Marlow Homes, the UK's third-largest housebuilder, said"."""
    texts, sentences = tokens.texts, tokens.sentences
    k = run.last + 1
    if k + 2 >= len(texts) or texts[k] != "," or texts[k + 1].lower() not in _APPOSITION_OPENERS:
        return False
    for j in range(k + 2, min(k + 9, len(texts))):
        word = texts[j].lower()
        if sentences[j] != run.sentence or word in _APPOSITION_ENDS:
            return False  # "a senior economist at TD Bank": the bank is someone else's
        if texts[j].islower() and (word in FIRM_NOUNS or word.endswith(("maker", "builder"))):
            nxt = texts[j + 1] if j + 1 < len(texts) else "."
            if nxt[:1] in "'’":
                continue  # "the company's chief executive": a person's role follows
            return not nxt[:1].isalpha() or nxt.lower() in {"that", "which", "in", "of", "with"}
    return False


def in_company_context(tokens: Tokens, run: Run) -> bool:
    """True for a name written where only a company stands: "shares in Johnson Matthey",
    "a stake in Harvey Norman", "sales at Harvey Norman", "Johnson Matthey shares fell",
    "Harvey Norman's shares". People have no shares, sales or stakes of their own."""
    texts, sentences = tokens.texts, tokens.sentences
    first, last = run.first, run.last
    if first >= 2 and sentences[first - 2] == run.sentence and not run.possessive:
        # not "a stake in Tom Hale's company": his company, not he, is the object
        link, noun = texts[first - 1], texts[first - 2].lower()
        if (noun, link) in COMPANY_OBJECT_CONTEXTS:
            return True
    k = last + 1
    if k + 1 < len(texts) and sentences[k + 1] == run.sentence:
        # "Harvey Norman's shares"; "Johnson Matthey shares fell", where "shares" is no verb
        # ("Tom Hale shares the view").
        noun, verb = texts[k].lower(), texts[k + 1].lower()
        if run.possessive and run.words[0] in first_names():
            return False  # "Tom Hale's shares rose": his own, maybe
        if noun in {"shares", "stock"} or (run.possessive and noun in RESULTS):
            return verb in MARKET_MOVES  # "Harvey Norman shares fell", "Acme's sales fell"
    return False


def says_it(tokens: Tokens, run: Run) -> bool:
    """True for a name that opens a sentence and speaks of itself as "it": "Sibanye
    Stillwater said on Monday it would cut 4,000 jobs", "Boeing says its deliveries
    rose". A person is "he" or "she"; "Hale said it was hard" speaks of a thing.

    Args:
        tokens: the document's tokens.
        run: a run that is no person's name.
    """
    texts, sentences = tokens.texts, tokens.sentences
    first, k = run.first, run.last + 1
    if k >= len(texts) or texts[k] not in ITSELF_VERBS:
        return False
    if first and sentences[first - 1] == run.sentence and texts[first - 1] not in "—–-":
        return False  # not the sentence's subject
    window = range(k + 1, min(len(texts) - 1, k + 9))
    if any(texts[j].lower() in OWN_PRONOUNS and sentences[j] == run.sentence for j in window):
        return False  # "Kessler reported a loss at her bakery": a person
    for j in window:
        word = texts[j].lower()
        if sentences[j] != run.sentence or word in {",", '"', "“"}:
            return False
        if word == "its":
            return True
        if word == "it":
            return _acts(texts, j + 1, run.sentence, sentences)
        if texts[k] in {"reported", "reports", "posted", "posts"} and word in RESULTS:
            return True  # "Boeing reported a quarterly loss": people post no losses
    return False


def _acts(texts: list[str], at: int, sentence: int, sentences: list[int]) -> bool:
    """Whether the "it" before at does what a company does ("it would cut 4,000 jobs",
    "it plans to sell"), not what an impersonal "it" does ("it would take years")."""
    while at < len(texts) and sentences[at] == sentence and texts[at].lower() in IT_AUXILIARIES:
        at += 1
        if at < len(texts) and texts[at] == "to":
            at += 1  # "it plans to sell"
    return (
        at < len(texts)
        and sentences[at] == sentence
        and texts[at].lower() not in IMPERSONAL_IT_VERBS
    )


def party_code(text: str) -> str | None:
    """A politician's party and state: "D-Mich" -> Democrat, "R-Texas" -> Republican,
    "BN-Selangor" -> BN (a coalition's letters, as written)."""
    code, dash, place = text.partition("-")
    if not dash or not place[:1].isupper() or not place[1:2].islower():
        return None
    if code in PARTY_CODES:
        return PARTY_CODES[code]
    return code if 2 <= len(code) <= 4 and code.isupper() and code.isalpha() else None
