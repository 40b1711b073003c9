"""A person's role and organisation, from the words around a mention of their name."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.extraction.entities import is_place, is_role_word, looks_like_org, singular_role
from desktop.extraction.lexicon import (
    NATIONALITIES,
    NOT_NAMES,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    ROLE_JOINERS,
    ROLE_WORDS,
)
from desktop.extraction.lexicon_names import (
    BODY_NOUNS,
    BODY_OWNERS,
    ORGANISATION_NOUNS,
    PLACE_ADJECTIVE_ENDS,
    PORTFOLIOS,
    REGION_ABBREVIATIONS,
    ROLE_FIELDS,
    TITLE_ABBREVIATIONS,
    UNION_WORDS,
)
from desktop.extraction.lexicon_plans import MONTHS
from desktop.extraction.mentions import Tokens
from desktop.extraction.names import is_sentence_word
from desktop.lazyre import lazy_compile

# The organisation a role belongs to is the one named before: "its president", "the
# company's founder". find_people puts the organisation's name in its place.
THE_ORGANISATION = "\x00the organisation named before"
# Lowercase words that are no modifier of a role: "said chief executive X".
_NOT_MODIFIERS = frozenset(
    "the a an and or of for to in on at by with from as said says told its his her their that "
    "who which was is were are be been has have had will would".split()
)
# Titles that are adjectives when written in lowercase alone: "a major exhibit".
_ADJECTIVE_TITLES = frozenset({"major", "general", "chief", "principal", "senior", "junior"})
# Adjectives between an owner and a role: "its new chief executive".
_ROLE_ADJECTIVES = frozenset({"new", "current", "incoming", "outgoing", "longtime", "next"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame"})
# Words inside one entry of a list of names: "Fernando Cheung of the Labour Party".
_LIST_INNER = frozenset({"of", "from", "the", "at", "-"})
_LIST_LEADS = frozenset({"like", "including"})


_DANGLING = lazy_compile(r"(?:\s+(?:of|for|at|the|a|an))+$")


def _role_core(words: list[str]) -> list[str]:
    """Trim a run of role-ish words to start and end on a real role word."""
    while words and singular_role(words[-1]).lower() not in ROLE_WORDS:
        words = words[:-1]
    while words and words[0].lower() in ROLE_JOINERS:
        words = words[1:]
    return words


def _org_from_tokens(tokens: Tokens, indices: Sequence[int]) -> str | None:
    """The first capitalised phrase among the tokens at indices that is not a role or a
    sentence word."""
    texts, bares, capitalised, is_word = (
        tokens.texts,
        tokens.bares,
        tokens.is_capitalised,
        tokens.is_word,
    )
    words: list[str] = []
    for k in indices:
        text, bare = texts[k], bares[k]
        is_role = text.lower().rstrip(".") in ROLE_WORDS
        # A sentence word may not open the phrase ("Rival"), but may stand inside it
        # ("Ottawa New Democrat"); "Ottawa-based" is where, not who.
        if _place_adjective(text):
            if words:
                break
        elif (
            is_word[k] and capitalised[k] and not is_role and (words or not is_sentence_word(bare))
        ):
            words.append(bare)
            if bare != text:
                break
        elif words and text in {"of", "for", "and", "-", "&"}:
            words.append(text)
        elif words and text == "." and "." in words[-1] and words[-1] == texts[k - 1]:
            words[-1] += "."  # "U.S." of "the U.S. Environmental Protection Agency"
        elif words:
            break
    while words and not words[-1][:1].isupper():
        words.pop()
    if (
        len(words) > 1
        and is_place(words[0])
        and words[1][:1].isupper()
        and not looks_like_org(tuple(words))
    ):
        words = words[1:]  # "an Ottawa New Democrat MP": the riding, then the party
    if not words:
        return None
    name = " ".join(words)
    return NATIONALITIES.get(name.removesuffix("."), name)


def _place_adjective(text: str) -> bool:
    """ "Ottawa-based", "Toronto-listed", "London-born": an adjective of a place."""
    head, dash, tail = text.rpartition("-")
    return bool(dash and head[:1].isupper() and tail in PLACE_ADJECTIVE_ENDS)


def _phrase_ending(tokens: Tokens, i: int) -> str:
    """The capitalised phrase that ends at token i, sentence words left out."""
    bares, capitalised, texts = tokens.bares, tokens.is_capitalised, tokens.texts
    j = i
    while j >= 1:
        if capitalised[j - 1] and bares[j - 1] not in NOT_NAMES:
            j -= 1
        elif j >= 2 and texts[j - 1] == "." and "." in texts[j - 2] and capitalised[j - 2]:
            j -= 2  # "J.P. Morgan analyst"
        elif (
            j >= 2
            and texts[j - 1] in {"of", "for"}
            and bares[j - 2] == texts[j - 2]
            and texts[j - 2].lower() in ORG_PREFIXES
            and capitalised[j - 2]
        ):
            j -= 2  # "Bank of America analyst", "University of Toronto economist"
        else:
            break
    return " ".join(bares[j : i + 1]).replace(" . ", ". ")


def _possessor(tokens: Tokens, i: int) -> str:
    """The capitalised name ending in the possessive token i ("Ashok Leyland's" -> ...)."""
    org = _phrase_ending(tokens, i)
    return NATIONALITIES.get(org, org)


def _body_owner(tokens: Tokens, i: int) -> bool:
    """Token i is a common noun of a body before a title: "ministry" of "a ministry
    spokesperson", "Company" of "Company spokeswoman Jo Dunn" opening a sentence."""
    text = tokens.texts[i]
    if text.islower():
        return text in BODY_OWNERS
    opens = i == 0 or tokens.sentences[i - 1] != tokens.sentences[i]
    return opens and text.lower() in BODY_OWNERS


def owner_by_noun(noun: str) -> str:
    """The organisation named before that a common noun stands for: "ministry" of "a
    ministry spokesperson". find_people puts the organisation's name in its place."""
    return f"{THE_ORGANISATION}:{noun}"


def _owner_named_before(tokens: Tokens, i: int) -> bool:
    """Token i is "its" or "the company's": the owner is an organisation named before."""
    text = tokens.texts[i]
    if text.lower() == "its":
        return True
    bare = tokens.bares[i]
    if bare == text or not (bare.lower() in ORGANISATION_NOUNS or bare.lower() in ORG_SUFFIXES):
        return False
    texts = tokens.texts
    if i >= 2 and texts[i - 1] in NATIONALITIES and bare.lower() in ORGANISATION_NOUNS:
        i -= 1  # "the Swiss bank's chief economist"; "the Afghan team's" is the team's
    return i >= 1 and texts[i - 1].lower() == "the"


def _owner_before_modifiers(tokens: Tokens, i: int, sentence: int) -> int | None:
    """Where an owner stands before one or two lowercase words of a role: "Harvard
    political scientist", "German economy minister" -> the index of "Harvard" / "German".
    None when no name stands there."""
    texts, bares, sentences = tokens.texts, tokens.bares, tokens.sentences
    k = i
    while (
        k >= 0
        and i - k < 4
        and sentences[k] == sentence
        and texts[k].isalpha()
        and texts[k].islower()
        and (
            texts[k] not in _NOT_MODIFIERS
            # "interior and overseas minister": modifiers joined by "and"
            or (texts[k] == "and" and k < i and k >= 1 and texts[k - 1].islower())
        )
    ):
        k -= 1
    if k < i and texts[k + 1] == "and":
        return None
    if k == i or k < 0 or sentences[k] != sentence or not tokens.is_capitalised[k]:
        return None
    bare = bares[k]
    if is_sentence_word(bare) or not tokens.is_word[k]:
        return None
    return k


def _skip_descriptors(tokens: Tokens, k: int) -> int:
    """Back over what describes a body before its name: "of the British union Unite" ->
    the index of "of"; "CEO of the Refugee Council" likewise."""
    texts, bares = tokens.texts, tokens.bares
    for _ in range(4):
        if k < 1 or texts[k] in {"of", "for"}:
            break
        text = texts[k]
        if text == "the" or bares[k] in NATIONALITIES or (text.isalpha() and text.islower()):
            if is_role_word(text):
                break
            k -= 1
        else:
            break
    return k


def _is_department(tokens: Tokens, j: int, i: int) -> bool:
    """The word j..i after "Minister of" names a portfolio ("Competition", "Education"),
    not a place ("Washington") or a body ("Google")."""
    return i == j and tokens.texts[j].lower() in PORTFOLIOS


def _abbreviated_title(tokens: Tokens, i: int) -> tuple[str | None, str | None]:
    """ "Sen. Debbie Stabenow" -> Senator; "U.S. Rep. X" -> Representative, United States."""
    role = TITLE_ABBREVIATIONS[tokens.texts[i]]
    k = i - 1
    if k >= 1 and tokens.texts[k] == ".":
        k -= 1  # "U.S. Rep."
    if k >= 0 and tokens.sentences[k] == tokens.sentences[i] and tokens.is_capitalised[k]:
        word = tokens.bares[k]
        if word in NATIONALITIES:
            return role, NATIONALITIES[word]
        if is_place(word):
            return role, word
    return role, None


def role_before(
    tokens: Tokens, first: int, owner_from_modifiers: bool = True
) -> tuple[str | None, str | None]:
    """Role and organisation written before a name: "Ashok Leyland's Chief Executive Officer X".

    Args:
        tokens: the document's tokens.
        first: index of the name's first token.
        owner_from_modifiers: read an owner before lowercase words of the title
            ("Harvard political scientist"); off when the name is followed by its body.
    """
    texts, bares, sentences = tokens.texts, tokens.bares, tokens.sentences
    capitalised = tokens.is_capitalised
    i = first - 1
    sentence = sentences[first]
    if i >= 1 and texts[i] == "]":
        i -= 1  # "[former Museum of Flight CEO] Bonnie Dunbar": an editor's insertion
    if i >= 1 and texts[i] == "heads" and texts[i - 1] in {"who", "which", "that", "also"}:
        return None, None  # "Tom Pell, who heads Marlow Homes": a verb, not a title
    if i >= 1 and texts[i] == "." and texts[i - 1] in TITLE_ABBREVIATIONS:
        return _abbreviated_title(tokens, i - 1)
    if i >= 1 and texts[i] == "." and texts[i - 1] in _HONORIFICS:
        i -= 2  # "Undersecretary for Education Mr. Toccafondi"
    elif i >= 0 and texts[i] in _HONORIFICS:
        i -= 1
    for _hop in range(8):
        # A list under one role: "photographers Nat Finkelstein, Christopher Makos and X",
        # "councillors Alvin Yeung from the Civic Party, Fernando Cheung of the Labour Party".
        if i >= 1 and texts[i] == "and" and texts[i - 1] == ",":
            i -= 1
        if i < 1 or texts[i] not in {",", "and"}:
            break
        j = i
        while (
            j - 1 >= 0
            and sentences[j - 1] == sentence
            and (
                (capitalised[j - 1] and bares[j - 1] == texts[j - 1]) or texts[j - 1] in _LIST_INNER
            )
        ):
            j -= 1
        if j >= i or not capitalised[j]:
            break
        if any(map(is_role_word, texts[j:i])):
            break  # "Malaysia's Prime Minister, Najib Razak": the role itself, not a list
        if j < 1:
            break
        before = texts[j - 1]
        owner = capitalised[j - 1] and bares[j - 1] != before  # "DAB's Starry Lee and Holden Chow"
        if not (before in {",", "and"} or is_role_word(before) or before in _LIST_LEADS or owner):
            break
        i = j - 1
    list_org = None  # "defectors from the organization including Tom Devocht"
    if i >= 0 and texts[i] in _LIST_LEADS:
        i -= 1  # "celebrity guests like Stan Lee", "defectors including Tom Devocht"
        i, list_org = _body_of_a_list(tokens, i, sentence)
    elif i >= 2 and texts[i] == "as" and texts[i - 1] == "such":
        i -= 2
        i, list_org = _body_of_a_list(tokens, i, sentence)
    if i >= 1 and texts[i] == "," and singular_role(texts[i - 1]).lower() in ROLE_WORDS:
        i -= 1  # "Malaysia's Prime Minister, Najib Razak"; not "Ministry of Finance, X"
    field_start = _field_of_office(tokens, i - 1 if i >= 0 and texts[i] == "," else i)
    field = " ".join(texts[field_start : i + (texts[i] != ",")]) if field_start else ""
    i = field_start - 1 if field_start else i
    owner = field.split()[1:]  # "chief executive of the company, Bo Ek": its, not a field
    of_the_owner = len(owner) == 2 and owner[0] == "the" and owner[1] in ORGANISATION_NOUNS
    field = "" if of_the_owner else field
    role_words: list[str] = []
    while i >= 0 and sentences[i] == sentence:
        text = texts[i]
        c_suite = (  # "Chief Financial Officer", "chief operating officer"
            role_words
            and role_words[0].lower() == "officer"
            and i > 0
            and texts[i - 1].lower() == "chief"
        )
        if (
            is_role_word(text)
            or c_suite
            or (
                role_words and text.lower() in ROLE_JOINERS and i > 0 and is_role_word(texts[i - 1])
            )
        ):
            role_words.insert(0, text)
            i -= 1
        elif text == "-" and role_words:
            role_words.insert(0, text)
            i -= 1
        else:
            break
    if role_words and _union_word_before(tokens, i, sentence):
        role_words.insert(0, texts[i].lower())  # "union president", "local president"
        i -= 1
    of_org = None
    department_tail = f" {field}" if field else ""
    before_comma = i
    spelled = None  # "CEI (Italian Episcopal Conference)": the body's name in brackets
    body_noun = ""  # "the Lombardy region": a common noun after the body's name
    if role_words or i < 3 or texts[i] != ",":
        pass  # "According to the Herald, Emeritus Professor X": the body is no owner
    elif capitalised[i - 1]:
        i -= 1  # "Co-founder of Google, Sergey Brin"
    elif i >= 4 and texts[i - 1] == "." and capitalised[i - 2]:
        i -= 2  # "The chief executive of Acme Corp., Bo Ek"
    else:
        i, spelled, body_noun = _body_before_comma(tokens, i)
    if not role_words and i >= 2 and capitalised[i] and sentences[i] == sentence:
        # "Governor of Washington Chris Gregoire": a role, "of", then a place or body.
        j = i
        while j - 1 >= 0 and capitalised[j - 1] and not is_role_word(texts[j - 1]):
            j -= 1
        if j >= 2 and texts[j - 1] in {"of", "for"} and texts[j - 2].lower() in ORG_PREFIXES:
            j -= 2  # "a spokesman for the Ministry of Finance, Ivo Petrov"
        k = _skip_descriptors(tokens, j - 1)
        if k >= 1 and texts[k] in {"of", "for"} and is_role_word(texts[k - 1]):
            of_org = spelled or " ".join(bares[j : i + 1]) + body_noun
            department = k == j - 1 and _is_department(tokens, j, i)
            i = k - 1
            while i >= 0 and sentences[i] == sentence and is_role_word(texts[i]):
                role_words.insert(0, texts[i])
                i -= 1
            if department:  # "Commissioner for Competition": the department is the role's
                department_tail = f" {texts[k]} {of_org}"
                of_org = None
        elif spelled or body_noun:
            i = before_comma  # no role before the body: read on as if none were there
    if len(role_words) == 1 and role_words[0] in _ADJECTIVE_TITLES and not _body_chief(tokens, i):
        role_words = []  # "a major Warhol donor program": an adjective, not the rank
    words = _role_core(role_words)
    if not words:
        # No role, but an owner: "Korea's Kim Shin-Wook", "DAB's Ben Chan".
        if (
            i >= 0
            and sentences[i] == sentence
            and capitalised[i]
            and bares[i] != texts[i]
            and not is_sentence_word(bares[i])  # "It's Warhol": "it is", not an owner
        ):
            return None, _possessor(tokens, i)
        return None, None
    words[-1] = singular_role(words[-1])
    if i >= 0 and sentences[i] == sentence and _field_of_role(tokens, i):
        words.insert(0, texts[i])
        i -= 1
    role = " ".join(words).replace(" - ", "-") + department_tail
    role = _DANGLING.sub("", role)  # "owner of the": the body was not read
    org = THE_ORGANISATION if of_the_owner else of_org or list_org
    if i >= 0 and texts[i] == "." and i - 1 >= 0 and texts[i - 1] in NATIONALITIES:
        i -= 1  # "U.S. President"
    elif i >= 1 and texts[i] == "." and texts[i - 1] in REGION_ABBREVIATIONS and org is None:
        org = REGION_ABBREVIATIONS[texts[i - 1]]  # "B.C. Premier David Eby"
        i -= 2
    while i >= 0 and texts[i].lower() in _ROLE_ADJECTIVES and sentences[i] == sentence:
        i -= 1  # "its new chief executive"
    if org is None and i >= 0 and sentences[i] == sentence and _owner_named_before(tokens, i):
        org = THE_ORGANISATION  # "the company's vice president John Smith"
    elif org is None and i >= 0 and sentences[i] == sentence and _body_owner(tokens, i):
        org = owner_by_noun(texts[i].lower())  # "a ministry spokesperson, Ivo Petrov"
        i -= 1
    if org is None and owner_from_modifiers:
        k = _owner_before_modifiers(tokens, i, sentence)
        if k is not None:  # "Harvard political scientist X": the modifiers join the role
            role = " ".join([*texts[k + 1 : i + 1], role])
            i = k
    if org is None and i >= 0 and sentences[i] == sentence:
        text, bare = texts[i], bares[i]
        if (
            bare != text
            and text[:1].islower()
            and i - 1 >= 0
            and (capitalised[i - 1] and bares[i - 1] not in NOT_NAMES)
        ):
            org = f"{bares[i - 1]} {bare}"  # "the Afghan team's coach"
        elif bare in NATIONALITIES:
            org = NATIONALITIES[bare]
        elif bare != text and capitalised[i]:  # possessive: "Ashok Leyland's"
            org = _possessor(tokens, i)
        elif capitalised[i] and is_place(text) and _phrase_ending(tokens, i) == text:
            org = text
        elif capitalised[i] and not is_sentence_word(bare) and text not in {"I"}:
            # "Facebook co-founder Mark Zuckerberg", "Civil Defense Authority director X"
            org = _phrase_ending(tokens, i)
        elif _numbered_body(tokens, i):  # "Unifor Local 4600 president Rick MacLean"
            org = f"{_phrase_ending(tokens, i - 1)} {text}"
    # Organisation written inside the role: "Secretary of State" stays a role, but
    # "Minister of Education" keeps its department in the role too.
    return role, org


def _body_of_a_list(tokens: Tokens, i: int, sentence: int) -> tuple[int, str | None]:
    """The body of a plural title before a list's lead: "defectors from the organization
    including X" and "analysts at Orvel Bank such as X" -> (the index of the title, the
    body); (i, None) when no title and body stand before token i."""
    texts, capitalised = tokens.texts, tokens.is_capitalised
    j, org = i, None
    if j >= 1 and capitalised[j] and tokens.sentences[j] == sentence:
        start = j
        while start >= 1 and capitalised[start - 1]:
            start -= 1
        org, j = " ".join(tokens.bares[start : i + 1]), start - 1
        if j >= 0 and texts[j] == "the":
            j -= 1
    elif j >= 2 and texts[j - 1] == "the" and texts[j] in ORGANISATION_NOUNS:
        org, j = THE_ORGANISATION, j - 2  # "from the organization"
    if org is None or j < 1 or texts[j] not in {"from", "of", "at", "with"}:
        return i, None
    if not texts[j - 1].endswith("s") or not is_role_word(texts[j - 1]):
        return i, None
    return j - 1, org


def _body_chief(tokens: Tokens, i: int) -> bool:
    """ "chief" is a title after a body's name: "IMF chief Kristalina Georgieva", "Acme Corp
    chief Jo Dunn"; token i is the word before "chief"."""
    texts = tokens.texts
    return (
        i >= 0
        and texts[i + 1] == "chief"
        and tokens.is_capitalised[i]
        and tokens.bares[i] == texts[i]
        and not is_sentence_word(texts[i])
    )


def _body_before_comma(tokens: Tokens, i: int) -> tuple[int, str | None, str]:
    """A body's name before the comma at token i that sets off a name, written with more
    than capitals: "of CEI (Italian Episcopal Conference), Nunzio Galantino" -> the index
    of "CEI" and the name in brackets; "of the Lombardy region, Roberto Maroni" -> the
    index of "Lombardy" and " region". (i, None, "") when there is none."""
    texts, capitalised = tokens.texts, tokens.is_capitalised
    if texts[i - 1] == ")":
        opening = next((k for k in range(i - 2, max(0, i - 9), -1) if texts[k] == "("), None)
        if opening and opening >= 1 and capitalised[opening - 1] and capitalised[opening + 1]:
            inside = tokens.bares[opening + 1 : i - 1]
            if all(w[:1].isupper() or w in {"of", "for", "and", "on", "-"} for w in inside):
                return opening - 1, " ".join(inside).replace(" - ", "-"), ""
    elif texts[i - 1] in BODY_NOUNS and capitalised[i - 2]:
        return i - 2, None, f" {texts[i - 1]}"
    elif (
        i >= 3
        and texts[i - 1] in BODY_NOUNS
        and texts[i - 2].isalpha()
        and texts[i - 2].islower()
        and capitalised[i - 3]
    ):
        return i - 3, None, f" {texts[i - 2]} {texts[i - 1]}"  # "the Northgate city council"
    return i, None, ""


def _union_word_before(tokens: Tokens, i: int, sentence: int) -> bool:
    """Token i is "union" or "local" before a title, which says whose the title is: "union
    president Tom Rusk", "Local president Jo Dunn" opening a sentence (not a name there)."""
    if i < 0 or tokens.sentences[i] != sentence or tokens.texts[i].lower() not in UNION_WORDS:
        return False
    return tokens.texts[i].islower() or i == 0 or tokens.sentences[i - 1] != sentence


def _numbered_body(tokens: Tokens, i: int) -> bool:
    """Token i is the number of a body named with one: "Local 4600" of "Unifor Local 4600
    president Rick MacLean", "Teamsters Local 987"."""
    texts, bares = tokens.texts, tokens.bares
    return (
        texts[i].isdigit()
        and i >= 1
        and tokens.sentences[i - 1] == tokens.sentences[i]
        and tokens.is_capitalised[i - 1]
        and bares[i - 1] == texts[i - 1]
        and not is_sentence_word(bares[i - 1])
        and bares[i - 1].lower() not in MONTHS
    )


def _field_of_office(tokens: Tokens, i: int) -> int | None:
    """Where "of product" starts in "head of product" ending at token i, before a name:
    "The company's head of product, Marcus de la Cruz"; None if no role and field end there."""
    texts = tokens.texts
    k = i
    while k >= 0 and i - k < 3 and texts[k].isalpha() and texts[k].islower():
        if texts[k] in ROLE_JOINERS or (k == i and is_role_word(texts[k])):
            break
        k -= 1
    if k == i or k < 1 or texts[k] not in {"of", "for"} or not is_role_word(texts[k - 1]):
        return None
    same = tokens.sentences[k - 1] == tokens.sentences[i]
    return k if same else None


def _field_of_role(tokens: Tokens, i: int) -> bool:
    """Token i names the field of the role after it, not an organisation: "Aviation" of
    "Aviation analyst Chris Murtagh", "Health" of "Britain's Health Minister Sarah Lee";
    not "Energy" of "Acme Energy analyst", part of a longer name."""
    texts, bares = tokens.texts, tokens.bares
    if bares[i] != texts[i] or texts[i].lower() not in ROLE_FIELDS:
        return False
    k = i - 1
    if k < 0 or tokens.sentences[k] != tokens.sentences[i] or not tokens.is_capitalised[k]:
        return True
    return bares[k] != texts[k] or is_place(bares[k]) or is_sentence_word(bares[k])
