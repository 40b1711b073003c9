"""Ties between organisations: agreements, partnerships, talks, acquisitions, stakes, supply."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from desktop.domain import Relationship, Span, make_id
from desktop.extraction.context import Document
from desktop.extraction.people import NameIndex
from desktop.lazyre import lazy_compile

# The noun of a tie, and the kind it is filed under.
_TIE_KINDS = {
    "agreement": "agreement",
    "agreements": "agreement",
    "pact": "agreement",
    "contract": "agreement",
    "memorandum of understanding": "agreement",
    "mou": "agreement",
    "partnership": "partnership",
    "partnerships": "partnership",
    "alliance": "partnership",
    "joint venture": "joint venture",
    "jv": "joint venture",
    "deal": "deal",
    "collaboration": "collaboration",
    "tie-up": "tie-up",
    "tie-ups": "tie-up",
    "talks": "talks",
    "negotiations": "talks",
    "merger": "merger",
}
# Found from "with": the noun just before it says which tie it is.
_WITH = lazy_compile(r"\s(?:with|between)\s+")
_TIE_NOUN = lazy_compile(
    r"\b(?P<noun>" + "|".join(sorted(map(re.escape, _TIE_KINDS), key=len, reverse=True)) + r")"
    r"\s*$",
    re.IGNORECASE,
)
# Cheap tests that spare a sentence the patterns it cannot match.
_ACQUISITION_CUES = ("acqui", "takeover", "purchase", "take", "took", "bought", "buy")
_SUPPLY_CUES = ("suppl", "sell", "sold", "export")
# "exploring a potential tie-up with": not yet a tie, only talks.
_TENTATIVE = lazy_compile(
    r"\b(?:explor\w*|consider\w*|discuss\w*|negotiat\w*|in talks|pursu\w*|seek\w*|"
    r"potential|possible|proposed|mull\w*|weigh\w*)\b[^,.;]{0,40}$",
    re.IGNORECASE,
)
_ACQUISITION = lazy_compile(
    r"\b(?:acquisition\s+of|takeover\s+of|purchase\s+of|acquir(?:e|es|ed|ing)|"
    r"(?:took|take|takes|taking)\s+over|(?:bought|buys|buying)(?=\s+(?:the\s+)?[A-Z]))\s+"
    r"(?:the\s+|rival\s+|its\s+)?",
)
_STAKE = lazy_compile(
    r"(?P<terms>\b\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+|\b(?:majority|minority|controlling)\s+)?"
    r"stake\s+in\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "importing battery packs from CALB": the one named after "from" supplies.
_BUYS_FROM = lazy_compile(
    r"\b(?:import\w*|buy(?:s|ing)?|bought|sourc(?:e|es|ed|ing)|procur\w*|purchas\w*)\b"
    r"[^,.;:]{0,60}?\bfrom\s+(?:the\s+)?",
    re.IGNORECASE,
)
_SUPPLIES_TO = lazy_compile(
    r"\b(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|export\w*)\b[^,.;:]{0,60}?\bto\s+(?:the\s+)?",
    re.IGNORECASE,
)
# Terms written before the tie: "a 20-year agreement", "a $2 billion deal".
_TERMS = lazy_compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|fifty)"
    r"-(?:year|month)\b|[$€£₹¥]\s?\d[\d.,]*(?:\s*(?:billion|million|bn|mn|m|crore)\b)?"
    r"|\b\d[\d.,]*\s*(?:billion|million|crore)\s+\w+|\b\d[\d.,]*\s*(?:%|per\s?cent|percent)",
    re.IGNORECASE,
)
_PURPOSE = lazy_compile(r"\.?\s*((?:for|to)\s+[^,.;:—–()]{3,80})")
# A subject that stands for the company already named: "which", "the firm", "its".
_ANAPHOR = lazy_compile(
    r"\b(?:which|it|its|the (?:company|firm|group|automaker|carmaker|maker|manufacturer|"
    r"business|bank|lender|conglomerate))\b",
    re.IGNORECASE,
)
_NOT_A_PURPOSE = frozenset({"be", "the", "a", "an", "date", "its", "their"})
_REPORTING = lazy_compile(r"\b(?:said|says|reported|reports|according|told)\b", re.IGNORECASE)
_TARGET_REACH = 40  # characters between "with" and the organisation: "with EV giant BYD"
_GENERIC_KINDS = frozenset({"tie-up", "collaboration", "partnership"})
_FIRM_KINDS = frozenset({"agreement", "joint venture", "deal"})


class _Resolver:
    """Finds the organisations and people around a position in the text."""

    def __init__(self, names: NameIndex):
        self.names = names
        media = {o.name for o in names.organisations if o.kind == "media"}
        self.orgs = [m for m in names.org_mentions if m[2] not in media]
        self.org_starts = [m[0] for m in self.orgs]
        self.people = names.person_mentions  # in text order
        self.people_starts = [m[0] for m in self.people]
        counts = Counter(m[2] for m in self.orgs)
        first: dict[str, int] = {}  # where each is first named, found in one pass
        for start, _end, name in self.orgs:
            first.setdefault(name, start)
        self.main = max(counts, key=lambda n: (counts[n], -first[n])) if counts else None
        self.person_org = {
            p.name: p.organisation
            for p in names.people
            if p.organisation and p.organisation in counts
        }

    def org_after(self, offset: int, limit: int) -> tuple[int, int, str] | None:
        """The first organisation mention that starts in [offset, limit)."""
        i = bisect_left(self.org_starts, offset)
        if i < len(self.orgs) and self.orgs[i][0] < limit:
            return self.orgs[i]
        return None

    def subject_before(self, doc: Document, sentence: Span, offset: int, target: str) -> str | None:
        """Who holds the tie: the nearest organisation before it in the sentence, else a
        person, else the article's main organisation when a pronoun stands for it.

        Args:
            doc: the article.
            sentence: the sentence of the tie.
            offset: where the tie's words start.
            target: the organisation on the other side, never its own partner.
        """
        best = None
        i = bisect_left(self.org_starts, sentence.start)
        while i < len(self.orgs) and self.orgs[i][1] <= offset:
            start, end, name = self.orgs[i]
            if name != target and not _REPORTING.search(doc.text, end, offset):
                best = name
            i += 1
        if best:
            return best
        # The people named in the sentence before offset, found by bisection: a scan of
        # every mention for every tie took their product.
        k = bisect_left(self.people_starts, sentence.start)
        while k < len(self.people) and self.people[k][0] < offset:
            _start, end, name = self.people[k]
            if end <= offset and not _REPORTING.search(doc.text, end, offset):
                best = self.person_org.get(name, name)
            k += 1
        if best and best != target:
            return best
        if _ANAPHOR.search(doc.text, sentence.start, offset) and self.main:
            if self.main != target:
                return self.main
            # The main organisation is the partner: the holder is the one named before it.
            before = [n for s, _e, n in self.orgs if s < sentence.start and n != target]
            return before[-1] if before else None
        return None


def _terms(doc: Document, sentence: Span, tie_start: int, target_end: int) -> str | None:
    """Terms of a tie: figures just before it ("20-year") and its purpose ("for EV parts")."""
    window_start = max(sentence.start, tie_start - 40)
    clause_start = max(
        doc.text.rfind(",", window_start, tie_start), doc.text.rfind(";", window_start, tie_start)
    )
    parts = [
        m.group() for m in _TERMS.finditer(doc.text, max(window_start, clause_start), tie_start)
    ]
    purpose = _PURPOSE.match(doc.text, target_end, sentence.end)
    if purpose and purpose.group(1).split()[1].lower() not in _NOT_A_PURPOSE:
        parts.append(purpose.group(1).strip())
    return "; ".join(parts) if parts else None


def find_relationships(doc: Document, names: NameIndex) -> list[Relationship]:
    """Ties between organisations, each with the sentence that states it as evidence.

    Args:
        doc: the article.
        names: the people and organisations already found, with every mention.

    Returns:
        Relationships in the order the article states them; one per pair and kind.
    """
    if not names.org_mentions:
        return []
    resolver = _Resolver(names)
    found: list[Relationship] = []
    text = doc.text
    for sentence in doc.sentences:
        if resolver.org_after(sentence.start, sentence.end) is None:
            continue  # every tie has an organisation on its far side
        lower = text[sentence.start : sentence.end].lower()
        for cue in _WITH.finditer(text, sentence.start, sentence.end):
            noun = _TIE_NOUN.search(text, max(sentence.start, cue.start() - 30), cue.start())
            if noun is None:
                continue
            target = resolver.org_after(cue.end(), min(sentence.end, cue.end() + _TARGET_REACH))
            if target is None or "," in text[cue.end() : target[0]]:
                continue
            kind = _TIE_KINDS[noun["noun"].lower()]
            line_start = max(sentence.start, noun.start() - 60)
            if kind != "talks" and _TENTATIVE.search(text, line_start, noun.start()):
                kind = "talks"
            source = resolver.subject_before(doc, sentence, noun.start(), target[2])
            if source:
                terms = _terms(doc, sentence, noun.start(), target[1])
                found.append(_make(source, target[2], kind, terms, sentence))
        for pattern, kind, cues in (
            (_ACQUISITION, "acquisition", _ACQUISITION_CUES),
            (_STAKE, "stake", ("stake",)),
        ):
            if not any(c in lower for c in cues):
                continue
            for match in pattern.finditer(text, sentence.start, sentence.end):
                target = resolver.org_after(match.end(), match.end() + 2)
                if target is None:
                    continue
                source = resolver.subject_before(doc, sentence, match.start(), target[2])
                if source:
                    lead = match.groupdict().get("terms")
                    after = _terms(doc, sentence, match.start(), target[1])
                    terms = "; ".join(t for t in (lead and lead.strip(), after) if t) or None
                    found.append(_make(source, target[2], kind, terms, sentence))
        for pattern, buyer_is_subject, cues in (
            (_BUYS_FROM, True, (" from ",)),
            (_SUPPLIES_TO, False, _SUPPLY_CUES),
        ):
            if not any(c in lower for c in cues):
                continue
            for match in pattern.finditer(text, sentence.start, sentence.end):
                other = resolver.org_after(match.end(), match.end() + 2)
                if other is None:
                    continue
                subject = resolver.subject_before(doc, sentence, match.start(), other[2])
                if subject:
                    supplier, customer = (
                        (other[2], subject)
                        if buyer_is_subject
                        else (
                            subject,
                            other[2],
                        )
                    )
                    found.append(_make(supplier, customer, "supply", None, sentence))
    return _dedupe(found)


def _make(source: str, target: str, kind: str, terms: str | None, sentence: Span) -> Relationship:
    return Relationship(
        id=make_id("relationship", source, target, kind),
        source=source,
        target=target,
        kind=kind,
        terms=terms,
        spans=[sentence],
    )


def _dedupe(found: list[Relationship]) -> list[Relationship]:
    """One relationship per pair and kind; a loose "tie-up" joins a firm agreement of the pair."""
    kept: list[Relationship] = []
    for rel in found:
        pair = {rel.source, rel.target}
        same = next(
            (
                k
                for k in kept
                if {k.source, k.target} == pair
                and (k.kind == rel.kind or (rel.kind in _GENERIC_KINDS and k.kind in _FIRM_KINDS))
            ),
            None,
        )
        if same is None:
            kept.append(rel)
            continue
        same.spans = sorted(set(same.spans) | set(rel.spans))
        if same.terms is None:
            same.terms = rel.terms
    return kept
