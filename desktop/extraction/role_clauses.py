"""A role told by a relative clause after a name: "X, who heads the program for Acme"."""

from __future__ import annotations

from desktop.extraction.entities import is_place, is_role_word
from desktop.extraction.lexicon import NATIONALITIES
from desktop.extraction.lexicon_names import (
    APPOINTING_VERBS,
    BECOMING_VERBS,
    FOUNDED_EVENTS,
    OFFICE_VERBS,
    ORGANISATION_NOUNS,
    PEOPLE_NOUNS,
)
from desktop.extraction.mentions import Tokens
from desktop.extraction.names import is_sentence_word
from desktop.extraction.role_appositives import role_from
from desktop.extraction.roles import THE_ORGANISATION, _org_from_tokens, _phrase_ending

# Verbs of running a thing, as a relative clause writes them, and the role each makes:
# "who heads the program" -> head of the program; "who manages the fund" -> manager. Only
# the present: "who ran the firm" may say what the person no longer is.
RUNNING_VERBS = {
    "heads": "head", "leads": "head", "runs": "head", "oversees": "head",
    "manages": "manager", "directs": "director", "chairs": "chair",
}  # fmt: skip
_ORG_LINKS = frozenset({"for", "at", "of", "in"})
_CLAUSE_END = frozenset({",", ".", ";", ":", "(", ")", "—", "–", '"', "“", "”"})


def role_in_relative_clause(tokens: Tokens, last: int) -> tuple[str | None, str | None]:
    """Role and organisation of "Benoît Rochon, who heads the program for Acme Canada,":
    ("head of the program", "Acme Canada"); "X, who runs Acme Canada," -> ("head", "Acme
    Canada").

    Args:
        tokens: the document's tokens.
        last: index of the name's last token.
    """
    texts, sentences, capitalised = tokens.texts, tokens.sentences, tokens.is_capitalised
    n = len(texts)
    k = last + 3
    if k >= n or texts[last + 1] != "," or texts[last + 2] != "who":
        return None, None
    role = RUNNING_VERBS.get(texts[k])
    if role is None:
        return None, None
    k += 1
    if k + 1 < n and texts[k] == "the" and capitalised[k + 1] and not _national(tokens, k + 1):
        k += 1  # "who heads the Ontario Securities Commission"
    # "who runs Acme Canada"; not "the European unit of Vexa", a thing of the body
    if k < n and capitalised[k] and not _national(tokens, k):
        return role, _org_from_tokens(tokens, range(k, min(k + 6, n)))
    thing = []
    while k < n and sentences[k] == sentences[last] and len(thing) < 5:
        if (
            texts[k] in _CLAUSE_END
            or texts[k] in _ORG_LINKS
            or (capitalised[k] and not _national(tokens, k))
        ):
            break
        thing.append(texts[k])
        k += 1
    if not thing or thing[-1] in ("the", "a", "an"):
        return None, None
    org = None
    if k + 1 < n and texts[k] in _ORG_LINKS and sentences[k] == sentences[last]:
        start = k + 2 if texts[k + 1] == "the" else k + 1
        org = _org_from_tokens(tokens, range(start, min(start + 6, n)))
    return f"{role} of {' '.join(thing)}", org


def _national(tokens: Tokens, k: int) -> bool:
    """Token k is an adjective of nationality or a place before a lowercase noun: "European"
    of "the European unit", "Asia" of "the Asia desk"."""
    texts, bare = tokens.texts, tokens.bares[k]
    return (
        (bare in NATIONALITIES or is_place(bare)) and k + 1 < len(texts) and texts[k + 1].islower()
    )


# Words that may stand between a name and the verb of its office: "X has since resigned as".
_VERB_HELPERS = frozenset(
    "was is will would has had have been be to also later then since previously formerly "
    "recently currently now".split()
)
_JOINING = frozenset({"joined", "joins", "join", "rejoined", "rejoins"})
# Time between a verb and "as": "joined Acme in 2019 as", "stepped down last year as".
_TIME_WORDS = frozenset({"in", "last", "this", "next", "year", "month", "week", "on"})


def role_by_office_verb(tokens: Tokens, last: int) -> tuple[str | None, str | None]:
    """A role after a verb of taking or leaving office and "as": "Ben Ford resigned as chief
    executive of Talon Mining" -> ("chief executive", "Talon Mining"); "Nina Roy joined
    Acme in 2019 as head of sales" -> ("head", "Acme").

    Args:
        tokens: the document's tokens.
        last: index of the name's last token.
    """
    verb, k, joined = _verb_after_name(tokens, last)
    if verb is None or verb in BECOMING_VERBS:
        return None, None
    role, org = role_from(tokens, k + 1)
    return (role, org or joined) if role else (None, None)


def roles_by_verbs(
    tokens: Tokens, last: int
) -> tuple[tuple[str | None, str | None], tuple[str | None, str | None]]:
    """role_by_office_verb and role_by_becoming at once, the verb after the name read once.

    Returns:
        (the office taken or left with "as", the office become or given).
    """
    verb, k, joined = _verb_after_name(tokens, last)
    if verb is None:
        return (None, None), (None, None)
    if verb in BECOMING_VERBS:
        return (None, None), role_from(tokens, k + 1)
    role, org = role_from(tokens, k + 1)
    return ((role, org or joined) if role else (None, None)), (None, None)


def role_by_becoming(tokens: Tokens, last: int) -> tuple[str | None, str | None]:
    """The office a person becomes: "Jo Dunn, 56, will become its chief executive on Sept. 1"
    -> ("chief executive", the company named before); "Li Wei became chairman of Acme".

    Args:
        tokens: the document's tokens.
        last: index of the name's last token.
    """
    verb, k, _joined = _verb_after_name(tokens, last)
    if verb not in BECOMING_VERBS:
        return None, None
    return role_from(tokens, k + 1)


def _verb_after_name(tokens: Tokens, last: int) -> tuple[str | None, int, str | None]:
    """The verb of office after a name (past an appositive and helpers): the verb, the index
    of "as" (or of the verb "become"), and the body a verb of joining names; (None, 0, None)
    when there is none."""
    texts, sentences, capitalised = tokens.texts, tokens.sentences, tokens.is_capitalised
    n, sentence = len(texts), tokens.sentences[last]
    nothing = (None, 0, None)
    k = last + 1
    if k + 2 < n and texts[k] == "," and texts[k + 1] == "who":
        k += 2  # "Jo Dunn, who was named chief executive in 2019,"
    elif k + 1 < n and texts[k] == ",":  # past an appositive: "Jo Dunn, a veteran banker, will"
        close = next((j for j in range(k + 1, min(n, k + 16)) if texts[j] == ","), None)
        if close is None or texts[k + 1] in {"which", "said", "says"}:
            return nothing
        k = close + 1
    verb = None
    joined = None
    end = min(n, k + 10)
    while k < end and sentences[k] == sentence:
        word = texts[k].lower()
        if word in APPOINTED and k + 1 < n and is_role_word(texts[k + 1]):
            return "become", k, None  # "was named chief executive": what they became
        if word in OFFICE_VERBS:
            verb = word
        elif word in BECOMING_VERBS:
            return word, k, None
        elif word == "as" and verb:
            return verb, k, joined
        elif verb in _JOINING and joined is None and capitalised[k]:
            joined = _org_from_tokens(tokens, range(k, min(k + 5, n)))
            while k + 1 < n and (capitalised[k + 1] or texts[k + 1] in {"of", "&"}):
                k += 1
        elif not (word in _VERB_HELPERS or word in _TIME_WORDS or word.isdigit()):
            return nothing
        k += 1
    return nothing


# Verbs of being given an office, in the passive, before the office itself: "was named
# chief executive", "has been appointed chairman".
APPOINTED = frozenset({"named", "appointed", "elected", "promoted", "hired", "made"})


def _people_as_a_body(tokens: Tokens, k: int) -> bool:
    """Token k is a plural of people opening the sentence: "Voters", "Directors"."""
    word = tokens.texts[k]
    opens = k == 0 or tokens.sentences[k - 1] != tokens.sentences[k]
    return opens and word.endswith("s") and (is_role_word(word) or word.lower() in PEOPLE_NOUNS)


def role_by_appointment(tokens: Tokens, first: int, last: int) -> tuple[str | None, str | None]:
    """A role given by the body that appoints the person: "Acme Corp. named Jane Doe chief
    executive" -> ("chief executive", "Acme Corp"); "Orvel Bank hired Sam Ruiz as its chief
    economist" -> ("chief economist", "Orvel Bank").

    Args:
        tokens: the document's tokens.
        first: index of the name's first token.
        last: index of the name's last token.
    """
    texts, sentences, capitalised = tokens.texts, tokens.sentences, tokens.is_capitalised
    verb, owner = first - 1, first - 2
    if owner >= 1 and texts[owner] == "." and capitalised[owner - 1]:
        owner -= 1  # "Acme Corp. named"
    if owner < 0 or sentences[owner] != sentences[first]:
        return None, None
    if texts[verb].lower() not in APPOINTING_VERBS:
        return None, None
    if texts[owner] in {"it", "It"} or (
        texts[owner] in ORGANISATION_NOUNS and owner >= 1 and texts[owner - 1].lower() == "the"
    ):
        org = THE_ORGANISATION  # "It named Jo Dunn chief executive", "the company hired"
    elif not capitalised[owner] or is_sentence_word(tokens.bares[owner]):
        return None, None  # "They hired", "he named"
    elif not tokens.is_word[owner]:
        return None, None
    elif _people_as_a_body(tokens, owner):
        org = None  # "Voters elected Jane Doe mayor": an office, but no body's
    else:
        org = _phrase_ending(tokens, owner)
    k = last + 1
    if k + 1 < len(texts) and texts[k] == ",":  # "hired Ray Fox, a former Google executive, as"
        k = next((j + 1 for j in range(k + 1, min(len(texts), k + 12)) if texts[j] == ","), k)
        if texts[k] != "as":
            return None, None
    if k < len(texts) and texts[k] == "as":
        k += 1
    role, of_org = role_from(tokens, k)
    if of_org == THE_ORGANISATION and org != THE_ORGANISATION:
        of_org = None  # "Acme hired Jo Dunn as its chief executive": Acme
    return (role, of_org or org) if role else (None, None)


# Verbs of founding in the passive, and the role each gives the person after "by".
_FOUNDED = {
    "founded": "founder", "co-founded": "co-founder", "cofounded": "co-founder",
    "established": "founder", "started": "founder", "created": "creator",
}  # fmt: skip
_PASSIVE_HELPERS = frozenset({"was", "were", "is", "been", "originally", "jointly", "later"})


def role_by_passive_founding(tokens: Tokens, first: int) -> tuple[str | None, str | None]:
    """The founder of the body before "founded by": "Acme Labs, founded by Jane Doe in 1998,"
    and "The Orvel Prize was founded by Jane Doe" -> ("founder", "Acme Labs" / "Orvel
    Prize").

    Args:
        tokens: the document's tokens.
        first: index of the name's first token.
    """
    texts, sentences, capitalised = tokens.texts, tokens.sentences, tokens.is_capitalised
    k = first - 2
    if k < 1 or texts[first - 1] != "by" or texts[k].lower() not in _FOUNDED:
        return None, None
    role = _FOUNDED[texts[k].lower()]
    k -= 1
    while k >= 0 and texts[k] in _PASSIVE_HELPERS:
        k -= 1
    if k >= 0 and texts[k] == ",":
        k -= 1
    if k >= 0 and texts[k] == ")":  # "The Orvel Prize (for Young Bakers) was founded by"
        k = next((j for j in range(k - 1, max(-1, k - 15), -1) if texts[j] == "("), 0) - 1
    if k >= 1 and texts[k] in FOUNDED_EVENTS and capitalised[k - 1]:
        k -= 1  # "the Orvel Global competition": the name before the common noun
    if k < 0 or sentences[k] != sentences[first] or not capitalised[k]:
        return None, None
    if is_sentence_word(tokens.bares[k]) or tokens.bares[k] != texts[k]:
        return None, None
    return role, _phrase_ending(tokens, k)


_COPULAS = frozenset({"is", "was"})
_COPULA_ADVERBS = frozenset({"currently", "now", "also", "still", "already"})


def role_by_copula(tokens: Tokens, last: int) -> tuple[str | None, str | None]:
    """The office a sentence says a person holds: "Tom Hale, who is chief executive of Vexa
    Holdings," and "Tom Hale is chief executive of Vexa Holdings" -> ("chief executive",
    "Vexa Holdings").

    Args:
        tokens: the document's tokens.
        last: index of the name's last token.
    """
    texts, sentences = tokens.texts, tokens.sentences
    n = len(texts)
    k = last + 1
    if k + 1 < n and texts[k] == "," and texts[k + 1] == "who":
        k += 2
    if k >= n or texts[k] not in _COPULAS or sentences[k] != sentences[last]:
        return None, None
    k += 1
    while k < n and texts[k] in _COPULA_ADVERBS:
        k += 1
    return role_from(tokens, k) if k < n else (None, None)
