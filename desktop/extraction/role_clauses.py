"""A role told by a relative clause after a name: "X, who heads the program for Acme"."""

from __future__ import annotations

from desktop.extraction.mentions import Tokens
from desktop.extraction.roles import _org_from_tokens

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
    if k + 1 < n and texts[k] == "the" and capitalised[k + 1]:
        k += 1  # "who heads the Ontario Securities Commission"
    if k < n and capitalised[k]:  # "who runs Acme Canada"
        return role, _org_from_tokens(tokens, range(k, min(k + 6, n)))
    thing = []
    while k < n and sentences[k] == sentences[last] and len(thing) < 5:
        if texts[k] in _CLAUSE_END or texts[k] in _ORG_LINKS or capitalised[k]:
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
