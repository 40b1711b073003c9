"""The organisation named before a place in the text: what "its", "the company's" and a
chief executive with no company written stand for."""

from __future__ import annotations

import bisect

from desktop.domain import Organisation
from desktop.extraction.context import Document
from desktop.extraction.entities import is_union_name
from desktop.extraction.lexicon_names import MARKET_WORDS

# Words of a town's government in its name: "the Municipality of Alden", "Alden City Council".
_TOWN_WORDS = frozenset({"Municipality", "City", "Town", "Township", "Borough", "Village"})


def _opens_sentence(doc: Document, start: int) -> bool:
    """A mention at start is its sentence's subject: it opens the sentence, after "The"
    or a dateline ("TORONTO — Acme Corp. said")."""
    k = doc.sentence_index(start)
    if k < 0:
        return False
    gap = doc.text[doc.sentences[k].start : start].strip()
    return gap in {"", "The"} or (len(gap) < 40 and gap.endswith(("—", "–")))


class OrganisationsBefore:
    """The organisation named last before an offset, found by bisection: what "its" and
    "the company's" stand for. Those named only as a source ("according to Refinitiv
    data", skip) stand for nobody's employer."""

    def __init__(self, doc: Document, orgs: list[Organisation], skip: set[str] = frozenset()):
        # Unions and markets are kinds of their own here: "the union's president" is the
        # union's; "the company's" and "Chief Executive X" never point to an exchange.
        kinds = {org.name: _lookup_kind(org) for org in orgs}
        mentions = sorted(
            (span.start, org.name, kinds[org.name])
            for org in orgs
            if org.kind != "media" and org.name not in skip
            for span in org.spans
        )
        self.starts = [start for start, _name, _kind in mentions]
        self.names = [name for _start, name, _kind in mentions]
        self.kinds = [kind for _start, _name, kind in mentions]
        self.doc = doc
        self.opens = [_opens_sentence(doc, start) for start in self.starts]

    def subject_before(self, offset: int, kind: str) -> tuple[str, int] | None:
        """(name, sentence number) of the organisation of kind that last opened a sentence
        before offset ("Acme Corp. agreed to buy Zentrix Inc."), else the one named last."""
        k = bisect.bisect_left(self.starts, offset)
        for j in range(k - 1, max(-1, k - 21), -1):
            if self.opens[j] and self.kinds[j] == kind:
                return self.names[j], self.doc.sentence_index(self.starts[j])
        return self.before(offset, kind)

    def before(self, offset: int, kind: str | None = None) -> tuple[str, int] | None:
        """(name, sentence number) of the organisation named last before offset.

        Args:
            offset: where the person is named.
            kind: only an organisation of this kind ("company"); looks back at most
                twenty mentions, so the lookup stays short on a long article.
        """
        k = bisect.bisect_left(self.starts, offset)
        for j in range(k - 1, max(-1, k - 21), -1):
            if kind is None or self.kinds[j] == kind:
                return self.names[j], self.doc.sentence_index(self.starts[j])
            if kind is None:
                break
        return None

    def with_head(self, offset: int, noun: str) -> tuple[str, int] | None:
        """(name, sentence number) of the organisation named last before offset whose name
        ends in noun: "Pace Galleries" for "the gallery"; looks back at most twenty
        mentions."""
        noun = singular(noun)
        k = bisect.bisect_left(self.starts, offset)
        for j in range(k - 1, max(-1, k - 21), -1):
            if singular(self.names[j].rsplit(" ", 1)[-1]) == noun:
                return self.names[j], self.doc.sentence_index(self.starts[j])
        return None


def _lookup_kind(org: Organisation) -> str:
    """The kind an organisation is looked back for by: "market" for a stock exchange
    ("the New York Stock Exchange", "Nasdaq"), "local" or "union" for a union, else its
    kind ("company", "government" ...)."""
    words = tuple(org.name.split())
    if words[-1] in MARKET_WORDS or org.name in MARKET_WORDS:
        return "market"
    if org.kind == "government" and not _TOWN_WORDS.isdisjoint(words):
        return "town"  # "the Municipality of Alden", "Alden Town Council"
    return _union_kind(org) or org.kind


def _union_kind(org: Organisation) -> str | None:
    """ "local" for a union's numbered local ("Local 514"), "union" for a union by its name
    ("Unite the Union", "United Steelworkers"), else None."""
    words = tuple(org.name.split())
    if "Local" in words:
        return "local"
    return "union" if "Union" in words or is_union_name(words) else None


def singular(noun: str) -> str:
    """ "galleries" -> "gallery", "museums" -> "museum": enough to match a head noun."""
    noun = noun.lower()
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
