"""Who plans: the organisation an article is about, organisations in a subject, people who speak."""

from __future__ import annotations

import bisect
import re

from desktop.domain import Briefing, Organisation, Span
from desktop.extraction.context import Document
from desktop.extraction.lexicon_plans import ROLE_WORDS


def main_org(briefing: Briefing) -> str | None:
    """The organisation the article is about: the one its headline names, else the one named
    most often."""
    orgs = [o for o in briefing.organisations if o.kind not in {"media"}]
    if not orgs:
        return None
    title = briefing.article.title or ""
    for org in orgs:
        if any(re.search(rf"\b{re.escape(name)}\b", title) for name in [org.name, *org.aliases]):
            return org.name
    return max(orgs, key=lambda o: (len(o.spans), -o.spans[0].start if o.spans else 0)).name


def org_spans(organisations: list[Organisation]) -> list[tuple[int, int, int, str]]:
    """The sorted spans subject_org searches: (start, end, place in the list, name)."""
    return sorted(
        (span.start, span.end, place, org.name)
        for place, org in enumerate(organisations)
        for span in org.spans
    )


def subject_org(subject: Span, org_spans: list[tuple[int, int, int, str]]) -> str | None:
    """The organisation named in the subject, if any: the first in the list that is.

    By bisection rather than a look at every span of every organisation, which made a
    long article's phases take time growing with the square of its length.
    """
    best: tuple[int, str] | None = None
    k = bisect.bisect_left(org_spans, (subject.start,))
    while k < len(org_spans) and org_spans[k][0] <= subject.end:
        _start, end, place, name = org_spans[k]
        if end <= subject.end and (best is None or place < best[0]):
            best = (place, name)
        k += 1
    return best[1] if best else None


def people_mentions(doc: Document, briefing: Briefing) -> list[tuple[int, str, str | None, bool]]:
    """Every mention of a person, sorted: (start, name, organisation, speaks for one).

    A person speaks for an organisation with a role, or a title beside one of their
    mentions: "She replaces Daniel Akerson, who was appointed chief executive in 2009".
    """
    out = []
    for person in briefing.people:
        speaks = bool(person.role or person.organisation)
        for span in person.spans if not speaks else ():
            sentence = doc.sentence_at(span.start)
            if sentence is not None:
                before = doc.lowered[sentence.start : span.start].replace(",", " ").split()[-3:]
                after = doc.lowered[span.end : sentence.end].replace(",", " ").split()[:10]
                speaks = speaks or not ROLE_WORDS.isdisjoint(before + after)
        for span in person.spans:
            out.append((span.start, person.name, person.organisation, speaks))
    out.sort()
    return out
