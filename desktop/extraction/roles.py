"""A person's role and organisation, from the words around a mention of their name."""

from __future__ import annotations

from desktop.extraction.entities import is_place, is_role_word, singular_role
from desktop.extraction.lexicon import NATIONALITIES, NOT_NAMES, ROLE_JOINERS, ROLE_WORDS
from desktop.extraction.mentions import Token

_ARTICLES = frozenset({"a", "an", "the"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame"})
# Words inside one entry of a list of names: "Fernando Cheung of the Labour Party".
_LIST_INNER = frozenset({"of", "from", "the", "at", "-"})
_LIST_LEADS = frozenset({"like", "including"})
_ORG_LINKS = frozenset({"of", "for", "at", "from", "with", "to"})
_APPOSITIVE_STOP = frozenset({",", ".", ";", ":", "(", ")", "—", "–", "“", "”", '"'})


def _role_core(words: list[str]) -> list[str]:
    """Trim a run of role-ish words to start and end on a real role word."""
    while words and singular_role(words[-1]).lower() not in ROLE_WORDS:
        words = words[:-1]
    while words and words[0].lower() in ROLE_JOINERS:
        words = words[1:]
    return words


def _org_from_tokens(tokens: list[Token]) -> str | None:
    """The first capitalised phrase in tokens that is not a role or a sentence word."""
    words: list[str] = []
    for tok in tokens:
        is_role = tok.text.lower().rstrip(".") in ROLE_WORDS
        if tok.is_word and tok.is_capitalised and not is_role and tok.bare not in NOT_NAMES:
            words.append(tok.bare)
            if tok.bare != tok.text:
                break
        elif words and tok.text in {"of", "for", "and", "-", "&"}:
            words.append(tok.text)
        elif words:
            break
    while words and not words[-1][:1].isupper():
        words.pop()
    if not words:
        return None
    name = " ".join(words)
    return NATIONALITIES.get(name, name)


def _possessor(tokens: list[Token], i: int) -> str:
    """The capitalised name ending in the possessive token i ("Ashok Leyland's" -> ...)."""
    j = i
    while j - 1 >= 0 and tokens[j - 1].is_capitalised and tokens[j - 1].bare not in NOT_NAMES:
        j -= 1
    org = " ".join(tok.bare for tok in tokens[j : i + 1])
    return NATIONALITIES.get(org, org)


def role_before(tokens: list[Token], first: int) -> tuple[str | None, str | None]:
    """Role and organisation written before a name: "Ashok Leyland's Chief Executive Officer X".

    Args:
        tokens: the document's tokens.
        first: index of the name's first token.
    """
    i = first - 1
    sentence = tokens[first].sentence
    if i >= 1 and tokens[i].text == "." and tokens[i - 1].text in _HONORIFICS:
        i -= 2  # "Undersecretary for Education Mr. Toccafondi"
    elif i >= 0 and tokens[i].text in _HONORIFICS:
        i -= 1
    for _hop in range(8):
        # A list under one role: "photographers Nat Finkelstein, Christopher Makos and X",
        # "councillors Alvin Yeung from the Civic Party, Fernando Cheung of the Labour Party".
        if i >= 1 and tokens[i].text == "and" and tokens[i - 1].text == ",":
            i -= 1
        if i < 1 or tokens[i].text not in {",", "and"}:
            break
        j = i
        while (
            j - 1 >= 0
            and tokens[j - 1].sentence == sentence
            and (
                (tokens[j - 1].is_capitalised and tokens[j - 1].bare == tokens[j - 1].text)
                or tokens[j - 1].text in _LIST_INNER
            )
        ):
            j -= 1
        segment = tokens[j:i]
        if not segment or not segment[0].is_capitalised:
            break
        if any(is_role_word(t.text) for t in segment):
            break  # "Malaysia's Prime Minister, Najib Razak": the role itself, not a list
        before = tokens[j - 1] if j >= 1 else None
        owner = before is not None and before.is_capitalised and before.bare != before.text
        if before is None or not (
            before.text in {",", "and"}
            or is_role_word(before.text)
            or before.text in _LIST_LEADS
            or owner  # "DAB's Starry Lee and Holden Chow"
        ):
            break
        i = j - 1
    if i >= 0 and tokens[i].text in _LIST_LEADS:
        i -= 1  # "celebrity guests like Stan Lee", "defectors including Tom Devocht"
    elif i >= 2 and tokens[i].text == "as" and tokens[i - 1].text == "such":
        i -= 2
    if i >= 0 and tokens[i].text == "," and i - 1 >= 0 and is_role_word(tokens[i - 1].text):
        i -= 1  # "Malaysia's Prime Minister, Najib Razak"
    role_toks: list[Token] = []
    while i >= 0 and tokens[i].sentence == sentence:
        t = tokens[i]
        c_suite = (  # "Chief Financial Officer", "chief operating officer"
            role_toks
            and role_toks[0].text.lower() == "officer"
            and i > 0
            and tokens[i - 1].text.lower() == "chief"
        )
        if (
            is_role_word(t.text)
            or c_suite
            or (
                role_toks
                and t.text.lower() in ROLE_JOINERS
                and i > 0
                and is_role_word(tokens[i - 1].text)
            )
        ):
            role_toks.insert(0, t)
            i -= 1
        elif t.text in {"-"} and role_toks:
            role_toks.insert(0, t)
            i -= 1
        else:
            break
    of_org = None
    if i >= 3 and tokens[i].text == "," and tokens[i - 1].is_capitalised:
        i -= 1  # "Co-founder of Google, Sergey Brin"
    if not role_toks and i >= 2 and tokens[i].is_capitalised and tokens[i].sentence == sentence:
        # "Governor of Washington Chris Gregoire": a role, "of", then a place or body.
        j = i
        while j - 1 >= 0 and tokens[j - 1].is_capitalised and not is_role_word(tokens[j - 1].text):
            j -= 1
        k = j - 1
        if k >= 1 and tokens[k].text == "the":
            k -= 1  # "CEO of the Refugee Council Enver Solomon"
        if k >= 1 and tokens[k].text in {"of", "for"} and is_role_word(tokens[k - 1].text):
            of_org = " ".join(t.bare for t in tokens[j : i + 1])
            i = k - 1
            while i >= 0 and tokens[i].sentence == sentence and is_role_word(tokens[i].text):
                role_toks.insert(0, tokens[i])
                i -= 1
    words = _role_core([t.text for t in role_toks])
    if not words:
        # No role, but an owner: "Korea's Kim Shin-Wook", "DAB's Ben Chan".
        t = tokens[i] if i >= 0 else None
        if t is not None and t.sentence == sentence and t.is_capitalised and t.bare != t.text:
            return None, _possessor(tokens, i)
        return None, None
    words[-1] = singular_role(words[-1])
    role = " ".join(words).replace(" - ", "-")
    org = of_org
    if i >= 0 and tokens[i].text == "." and i - 1 >= 0 and tokens[i - 1].text in NATIONALITIES:
        i -= 1  # "U.S. President"
    if org is None and i >= 0 and tokens[i].sentence == sentence:
        t = tokens[i]
        if (
            t.bare != t.text
            and t.text[:1].islower()
            and i - 1 >= 0
            and (tokens[i - 1].is_capitalised and tokens[i - 1].bare not in NOT_NAMES)
        ):
            org = f"{tokens[i - 1].bare} {t.bare}"  # "the Afghan team's coach"
        elif t.bare in NATIONALITIES:
            org = NATIONALITIES[t.bare]
        elif t.bare != t.text and t.is_capitalised:  # possessive: "Ashok Leyland's"
            org = _possessor(tokens, i)
        elif t.is_capitalised and is_place(t.text):
            org = t.text
        elif t.is_capitalised and t.bare not in NOT_NAMES and t.text not in {"I"}:
            # "Facebook co-founder Mark Zuckerberg", "Civil Defense Authority director X"
            j = i
            while (
                j - 1 >= 0 and tokens[j - 1].is_capitalised and tokens[j - 1].bare not in NOT_NAMES
            ):
                j -= 1
            org = " ".join(tok.bare for tok in tokens[j : i + 1])
    # Organisation written inside the role: "Secretary of State" stays a role, but
    # "Minister of Education" keeps its department in the role too.
    return role, org


def role_after(tokens: list[Token], last: int) -> tuple[str | None, str | None]:
    """Role and organisation in an appositive: "Komal Kareer, an BloombergNEF analyst,"."""
    i = last + 1
    n = len(tokens)
    if i >= n or tokens[i].text != ",":
        return None, None
    sentence = tokens[last].sentence
    if i + 2 < n and tokens[i + 1].text.isdigit() and tokens[i + 2].text == ",":
        i += 2  # "Daniel Montalvo, 19, a member of Scientology"
    if i + 1 < n and tokens[i + 1].text == "of":
        # "Mu Li, of the University of NSW's school of public health, said"
        rest = tokens[i + 2 : i + 12]
        if rest and rest[0].text.lower() == "the":
            rest = rest[1:]
        return None, _org_from_tokens(rest)
    body: list[Token] = []
    i += 1
    while i < n and tokens[i].sentence == sentence and tokens[i].text not in _APPOSITIVE_STOP:
        body.append(tokens[i])
        i += 1
        if len(body) > 14:
            return None, None
    if body and body[0].text.lower() in _ARTICLES:
        body = body[1:]
    if body and body[0].text.lower() in {"who", "which", "whose", "said", "says", "and", "or"}:
        return None, None
    if not body or not any(t.text.lower().rstrip(".") in ROLE_WORDS for t in body):
        return None, None
    # The role is the first run of role words (with joiners) in the appositive.
    start = next(k for k, t in enumerate(body) if t.text.lower().rstrip(".") in ROLE_WORDS)
    while start > 0 and is_role_word(body[start - 1].text) and not body[start - 1].is_capitalised:
        start -= 1  # "senior researcher", but not "State" of "State Department Spokesperson"
    end = start
    if body[start].text.lower() == "chief" and start + 2 < len(body):
        if body[start + 2].text.lower() == "officer":
            end = start + 2  # "chief financial officer"
    while end < len(body) and (
        is_role_word(body[end].text)
        or (
            body[end].text.lower() in ROLE_JOINERS
            and end + 1 < len(body)
            and is_role_word(body[end + 1].text)
        )
        or body[end].text == "-"
    ):
        end += 1
    words = _role_core([t.text for t in body[start:end]])
    if not words:
        return None, None
    role = " ".join(words).replace(" - ", "-")
    # Organisation: a capitalised phrase before the role ("an BloombergNEF analyst") or
    # after a linking word ("spokesman for the Indonesian military", "CEO of Acme").
    org = _org_from_tokens(body[:start])
    if org is None:
        rest = body[end:]
        if rest and rest[0].text.lower() in _ORG_LINKS:
            rest = rest[1:]
            if rest and rest[0].text.lower() in _ARTICLES:
                rest = rest[1:]
            org = _org_from_tokens(rest)
            if org is None and rest:
                # "the Indonesian military": an adjective of nationality and a noun.
                if rest[0].bare in NATIONALITIES and len(rest) > 1 and rest[1].text.islower():
                    org = f"{rest[0].bare} {rest[1].text}"
            elif org is not None and rest and rest[0].bare in NATIONALITIES and len(rest) > 1:
                if rest[1].text.islower():
                    org = f"{rest[0].bare} {rest[1].text}"
    return role, org
