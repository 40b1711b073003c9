"""A role written after a name: in an appositive ("X, an Acme analyst,") or after "as"."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.extraction.entities import is_place, is_role_word
from desktop.extraction.lexicon import NATIONALITIES, ROLE_JOINERS, ROLE_WORDS
from desktop.extraction.lexicon_names import BODY_OWNERS
from desktop.extraction.mentions import Tokens
from desktop.extraction.names import party_code
from desktop.extraction.roles import (
    _ROLE_ADJECTIVES,
    THE_ORGANISATION,
    _org_from_tokens,
    _owner_named_before,
    _role_core,
    owner_by_noun,
)

_ARTICLES = frozenset({"a", "an", "the"})
# Verbs of a relative clause that say a person's role in the body named after them:
# "Jane Doe, who founded Acme Corp.".
# Founding and owning only: verbs of running a thing ("who heads the program for Acme")
# are role_clauses.RUNNING_VERBS, which keep what is run in the role.
_HEADING_VERBS = {
    "founded": "founder",
    "co-founded": "co-founder",
    "owns": "owner",
}
_ORG_LINKS = frozenset({"of", "for", "at", "from", "with", "to"})
_APPOSITIVE_STOP = frozenset({",", ".", ";", ":", "(", ")", "—", "–", "“", "”", '"'})


def role_after(tokens: Tokens, last: int) -> tuple[str | None, str | None]:
    """Role and organisation in an appositive: "Komal Kareer, an BloombergNEF analyst,"."""
    texts, bares, sentences = tokens.texts, tokens.bares, tokens.sentences
    i = last + 1
    n = len(texts)
    if i + 2 < n and texts[i] == "(" and texts[i + 2] == ")":
        return None, party_code(texts[i + 1])  # "Sen. Ted Cruz (R-Texas)", "(BN-Selangor)"
    if i >= n or texts[i] != ",":
        return None, None
    sentence = sentences[last]
    if i + 2 < n and texts[i + 1].isdigit() and texts[i + 2] == ",":
        i += 2  # "Daniel Montalvo, 19, a member of Scientology"
    party = party_code(texts[i + 1]) if i + 1 < n else None
    if party:
        return None, party  # "Sen. Debbie Stabenow, D-Mich., said"
    if i + 1 < n and texts[i + 1] == "of":
        # "Mu Li, of the University of NSW's school of public health, said"
        rest = range(i + 2, min(i + 12, n))
        if rest and texts[rest[0]].lower() == "the":
            rest = rest[1:]
        return None, _org_from_tokens(tokens, rest)
    i += 1
    begin = i
    while (
        i < n
        and sentences[i] == sentence
        and (texts[i] not in _APPOSITIVE_STOP or _initials_stop(texts, i))
    ):
        i += 1
        if i - begin > 14:
            return None, None
    body = range(begin, i)  # the appositive's tokens
    if body and texts[body[0]].lower() in _ARTICLES:
        body = body[1:]
    if len(body) >= 3 and texts[body[0]] == "who" and texts[body[1]] in _HEADING_VERBS:
        # "Jane Doe, who founded Acme Corp., said", "X, who heads the program for Acme
        # Canada,": the verb says the role, and the body is the one named in the clause.
        org = _org_from_tokens(tokens, body[2:8])
        return (_HEADING_VERBS[texts[body[1]]], org) if org else (None, None)
    if body and texts[body[0]].lower() in {"who", "which", "whose", "said", "says", "and", "or"}:
        return None, None
    lowered = [texts[k].lower() for k in body]
    roles = [word.rstrip(".") in ROLE_WORDS for word in lowered]
    if True not in roles:
        return None, None
    # The role is the first run of role words (with joiners) in the appositive.
    start = roles.index(True)
    while (
        start > 0
        and is_role_word(texts[body[start - 1]])
        and not tokens.is_capitalised[body[start - 1]]
    ):
        start -= 1  # "senior researcher", but not "State" of "State Department Spokesperson"
    end = start
    if lowered[start] == "chief" and start + 2 < len(body):
        if lowered[start + 2] == "officer":
            end = start + 2  # "chief financial officer"
    while end < len(body) and (
        is_role_word(texts[body[end]])
        or (
            lowered[end] in ROLE_JOINERS
            and end + 1 < len(body)
            and is_role_word(texts[body[end + 1]])
        )
        or texts[body[end]] == "-"
    ):
        end += 1
    words = _role_core([texts[k] for k in body[start:end]])
    if not words:
        return None, None
    role = " ".join(words).replace(" - ", "-")
    # Organisation: a capitalised phrase before the role ("an BloombergNEF analyst") or
    # after a linking word ("spokesman for the Indonesian military", "CEO of Acme").
    org = _org_from_tokens(tokens, body[:start])
    if org is None and any(_owner_named_before(tokens, k) for k in body[:start]):
        org = THE_ORGANISATION  # "Jane Doe, the company's founder,"
    elif org is None and start and texts[body[start - 1]] in BODY_OWNERS:
        org = owner_by_noun(texts[body[start - 1]])  # "Bo Ek, an agency spokesman,"
    if org is None:
        rest = body[end:]
        if rest and texts[rest[0]].lower() in _ORG_LINKS:
            rest = rest[1:]
            if rest and texts[rest[0]].lower() in _ARTICLES:
                rest = rest[1:]
            org = _org_from_tokens(tokens, rest)
            if org is None:
                role += _common_owner(tokens, body[end], rest)
            # "the Indonesian military": an adjective of nationality and a noun; but the
            # name after "German carmaker" or "the Canadian unit of" is the body.
            if rest and len(rest) > 1 and bares[rest[0]] in NATIONALITIES:
                if texts[rest[1]].islower():
                    org = _named_after_descriptor(tokens, rest) or (
                        f"{bares[rest[0]]} {texts[rest[1]]}"
                    )
            if org is None or _is_field(tokens, org, rest):
                org = _org_after_second_link(tokens, rest) or org
        elif rest and texts[rest[0]] == "and":
            # A second title with its organisation: "787 project manager and Boeing vice
            # president".
            second = [k for k in rest[1:] if not is_role_word(texts[k])]
            if second and len(second) < len(rest) - 1:
                org = _org_from_tokens(tokens, second[:3])
    return role, org


def _named_after_descriptor(tokens: Tokens, rest: Sequence[int]) -> str | None:
    """The body named after a nationality and common nouns that describe it: "Volkswagen"
    of "German carmaker Volkswagen", "Vexa Holdings" of "the Canadian unit of Vexa
    Holdings"; None when no name follows ("the Indonesian military")."""
    texts = tokens.texts
    m = 1
    while m < min(len(rest), 4) and texts[rest[m]].isalpha() and texts[rest[m]].islower():
        if texts[rest[m]] in {"of", "at", "for"}:
            after = rest[m + 1 :]
            if after and texts[after[0]] == "the":
                after = after[1:]
            return _org_from_tokens(tokens, after[:6]) if after else None
        m += 1
    if m < len(rest) and tokens.is_capitalised[rest[m]]:
        return _org_from_tokens(tokens, rest[m : m + 6])
    return None


def _initials_stop(texts: list[str], i: int) -> bool:
    """The full stop at i closes initials inside a name: "U.S." of "a spokeswoman for the
    U.S. Environmental Protection Agency"."""
    return texts[i] == "." and i >= 1 and "." in texts[i - 1] and texts[i - 1][:1].isupper()


def _is_field(tokens: Tokens, org: str, rest: Sequence[int]) -> bool:
    """The place after "head of" is a field of the work, a lowercase noun after it: "Asia"
    of "head of Asia equities at Fenwick"."""
    k = rest[0] + len(org.split()) if rest else 0
    return is_place(org) and k < len(tokens.texts) and tokens.texts[k].islower()


def _org_after_second_link(tokens: Tokens, rest: Sequence[int]) -> str | None:
    """The body after a second "at" or "with" in an appositive: "curator of the exhibition
    at the University of Southern Indiana", "head of Asia equities at Fenwick Securities"."""
    texts = tokens.texts
    for m, k in enumerate(rest):
        if texts[k] in {"at", "with"}:
            after = rest[m + 1 :]
            if after and texts[after[0]] == "the":
                after = after[1:]
            org = _org_from_tokens(tokens, after[:8])
            if org and not is_place(org):
                return org
    return None


def _as_in_relative_clause(tokens: Tokens, k: int) -> int:
    """Where "as" stands in a relative clause: "Daniel Akerson, who was appointed by the
    government as chief executive" -> the index of "as" (or one past the clause)."""
    texts, sentences = tokens.texts, tokens.sentences
    end = min(len(texts), k + 12)
    while k < end and sentences[k] == sentences[k - 1] and texts[k] not in _APPOSITIVE_STOP:
        if texts[k] == "as":
            return k
        k += 1
    return end


def _common_owner(tokens: Tokens, link: int, rest: Sequence[int]) -> str:
    """The body a role belongs to, named by a common noun: "director of the gallery" ->
    " of the gallery". Empty when it is not "the" and one or two lowercase words."""
    texts = tokens.texts
    if not (rest and texts[rest[0] - 1] == "the"):
        return ""
    words = []
    for k in rest[:2]:
        if not (texts[k].isalpha() and texts[k].islower()):
            break
        words.append(texts[k])
    return f" {texts[link]} the {' '.join(words)}" if words else ""


def role_as(tokens: Tokens, last: int) -> tuple[str | None, str | None]:
    """A role given with "as" after the name: "named Mary Barra as its new chief executive",
    "hired Jane Doe as chief financial officer of Acme"."""
    texts, sentences = tokens.texts, tokens.sentences
    n = len(texts)
    k = last + 1
    if k + 1 < n and texts[k] == "," and texts[k + 1] == "who":
        k = _as_in_relative_clause(tokens, k + 2)
    if k >= n or texts[k] != "as" or sentences[k] != sentences[last]:
        return None, None
    return role_from(tokens, k + 1)


def role_from(tokens: Tokens, k: int) -> tuple[str | None, str | None]:
    """The role (and its organisation) that begins at token k, after "as" or "become": "its
    new chief executive", "chief financial officer of Acme", "both CEO and chairman"."""
    texts, sentences = tokens.texts, tokens.sentences
    n = len(texts)
    sentence = sentences[k - 1]
    if k < n and texts[k] == "both":
        k += 1  # "as both chief executive and chairman"
    org = None
    if k < n and (texts[k].lower() in _ARTICLES or texts[k].lower() in {"its", "their"}):
        if _owner_named_before(tokens, k) or (k + 1 < n and _owner_named_before(tokens, k + 1)):
            org = THE_ORGANISATION
        k += 2 if k + 1 < n and tokens.bares[k + 1] != texts[k + 1] else 1
    while k < n and texts[k].lower() in _ROLE_ADJECTIVES:
        k += 1
    start = k
    while (
        k < n
        and sentences[k] == sentence
        and (
            is_role_word(texts[k])
            or (texts[k].lower() in ROLE_JOINERS and k + 1 < n and is_role_word(texts[k + 1]))
            # "chief operating officer": a word of the trade between "chief" and "officer"
            or (k > start and texts[k - 1].lower() == "chief" and _officer_after(texts, k))
        )
    ):
        k += 1
    words = _role_core(list(texts[start:k]))
    if not words:
        return None, None
    if org is None and k + 1 < n and texts[k] in {"of", "at"}:
        rest = range(k + 1, min(k + 8, n))
        if texts[rest[0]].lower() == "the":
            rest = rest[1:]
        org = _org_from_tokens(tokens, rest)
    return " ".join(words), org


def _officer_after(texts: list[str], k: int) -> bool:
    """Token k + 1 is "officer": "operating" of "chief operating officer"."""
    return k + 1 < len(texts) and texts[k + 1].lower() == "officer"
