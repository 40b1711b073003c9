"""People and organisations: who is named, by which aliases, in which role, for whom."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from desktop.domain import Organisation, Person, make_id
from desktop.domain.model import BASIS_ELSEWHERE
from desktop.extraction.affiliations import affiliate
from desktop.extraction.context import Document
from desktop.extraction.entities import Classifier, name_runs
from desktop.extraction.joined_names import split_joined_people
from desktop.extraction.mentions import PERSON_PARTICLES, Run
from desktop.extraction.names import credit_sentences, is_credit
from desktop.extraction.organisations import find_organisations
from desktop.extraction.roles import role_before

_GENERATIONS = frozenset({"Jr", "Sr"})


@dataclass
class NameIndex:
    """Who is who: people and organisations with every mention, for the other extractors."""

    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    # (start, end, canonical person name), in text order: for pronouns and speakers.
    person_mentions: list[tuple[int, int, str]] = field(default_factory=list)
    org_mentions: list[tuple[int, int, str]] = field(default_factory=list)

    def last_person_before(self, offset: int) -> str | None:
        """The person last named before offset (person_mentions is in text order)."""
        k = bisect.bisect_left(self.person_mentions, offset, key=itemgetter(0))
        return self.person_mentions[k - 1][2] if k else None


def _group_people(candidates: list[str]) -> dict[str, str]:
    """Map each person name to its canonical (longest) form: "Agarwal" -> "Shenu Agarwal"."""
    multi = sorted((c for c in candidates if " " in c), key=lambda c: -len(c.split()))
    canonical: dict[str, str] = {}
    # The first (longest) name with each first and last word, or whose surname with its
    # particle this is ("Van der Walt" of "Pieter van der Walt"), looked up rather than
    # searched for among all names so far: an article of many people took their square.
    heads: list[str] = []
    by_ends: dict[tuple[str, str], int] = {}
    by_tail: dict[tuple[str, ...], int] = {}
    for name in multi:
        words = name.split()
        found = [by_ends.get((words[0], words[-1]))]
        if words[0].lower() in PERSON_PARTICLES:
            found.append(by_tail.get(tuple(w.lower() for w in words)))
        earliest = min((k for k in found if k is not None), default=None)
        if earliest is not None:
            canonical[name] = heads[earliest]
            continue
        canonical[name] = name
        by_ends.setdefault((words[0], words[-1]), len(heads))
        for size in range(2, len(words)):
            tail = tuple(w.lower() for w in words[-size:])
            if tail[0] in PERSON_PARTICLES:
                by_tail.setdefault(tail, len(heads))
        heads.append(name)
    return canonical


def _group_people_plain(candidates: list[str]) -> dict[str, str]:
    """_group_people as a search among the names so far (what its test compares it with)."""
    multi = sorted((c for c in candidates if " " in c), key=lambda c: -len(c.split()))
    canonical: dict[str, str] = {}
    for name in multi:
        words = name.split()
        for other in canonical.values():
            ow = other.split()
            if (ow[0] == words[0] and ow[-1] == words[-1]) or _particle_surname(words, ow):
                canonical[name] = other
                break
        else:
            canonical[name] = name
    return canonical


def _particle_surname(words: list[str], full: list[str]) -> bool:
    """A surname with its particle, capitalised at a sentence start or by the family: "Van
    der Walt" of "Pieter van der Walt", "Van Houten" of "Mark Van Houten"."""
    size = len(words)
    return (
        words[0].lower() in PERSON_PARTICLES
        and len(full) > size
        and [w.lower() for w in full[-size:]] == [w.lower() for w in words]
    )


def find_people(doc: Document, author: str | None = None) -> NameIndex:
    """Find the people and organisations of an article, with roles and aliases."""
    tokens = doc.tokens
    credits = credit_sentences(doc.lowered, doc.sentences)
    runs = [run for run in name_runs(doc.runs) if not is_credit(tokens, run, credits)]
    classifier = Classifier(doc.tokens, runs)
    candidates = []
    maybe = []  # names with some evidence, short of enough
    for text, runs_of in classifier.by_text.items():
        score = classifier.person_score(text)
        if score >= 2 or (0 <= score and " " in text and _titled(doc, runs_of)):
            candidates.append(text)
        elif 0 <= score and " " in text:
            maybe.append(text)
    if maybe and candidates:
        candidates += _listed_with_people(tokens, classifier.by_text, candidates, maybe)
    canonical = _group_people(candidates)
    surnames: dict[str, set[str]] = defaultdict(set)
    firsts: dict[str, set[str]] = defaultdict(set)
    for name in set(canonical.values()):
        words = name.split()
        if len(words) > 2 and words[-1] in _GENERATIONS:
            words.pop()  # "Stamos" is Gregory Stamos Jr's surname, not "Jr"
        surnames[words[-1]].add(name)
        firsts[name.split()[0]].add(name)
    for single in (c for c in candidates if " " not in c):
        if single not in surnames and single not in firsts:
            canonical.setdefault(single, single)

    index = NameIndex()
    mentions: dict[str, list[Run]] = defaultdict(list)
    last_named: dict[str, int] = {}  # person -> start of their latest mention so far
    for run in split_joined_people(runs, canonical, surnames):  # in text order
        text = run.text
        target = canonical.get(text)
        if target is None and " " not in text:
            owners = surnames.get(text) or firsts.get(text)
            if owners and len(owners) == 1:
                target = next(iter(owners))
            elif owners:
                # Two people share the name: the one named most recently before.
                before = [(last_named[n], n) for n in owners if n in last_named]
                target = max(before)[1] if before else sorted(owners)[0]
        if target is not None:
            mentions[target].append(run)
            index.person_mentions.append((run.start, run.end, target))
            last_named[target] = run.start
    index.person_mentions.sort()

    # The byline's author is the article's author, not a person in it, unless the text
    # speaks of them too.
    for name in list(mentions):
        if (
            author
            and name == author
            and all(r.start < doc.article.body_start for r in mentions[name])
        ):
            del mentions[name]

    orgs = find_organisations(doc, runs, set(mentions), doc.runs)
    affiliations, orgs = affiliate(doc, mentions, orgs, runs)
    display: dict[str, str] = {}  # "John F Kennedy" -> "John F. Kennedy"
    for name, runs_of in mentions.items():
        role, org, elsewhere = affiliations[name]
        aliases = sorted({r.text for r in runs_of} - {name})
        written = _as_written(doc, name, runs_of)
        if written != name:
            display[name] = written
        index.people.append(
            Person(
                id=make_id("person", written),
                name=written,
                aliases=aliases,
                role=role,
                organisation=org,
                spans=[r.span for r in runs_of],
                basis=BASIS_ELSEWHERE if elsewhere and org else None,
            )
        )
    index.people.sort(key=lambda p: p.spans[0].start)
    if display:
        index.person_mentions = [(a, b, display.get(n, n)) for a, b, n in index.person_mentions]
    index.organisations = orgs
    for org in orgs:
        for span in org.spans:
            index.org_mentions.append((span.start, span.end, org.name))
    index.org_mentions.sort()
    return index


def _as_written(doc: Document, name: str, runs: list[Run]) -> str:
    """The name with the full stops the article writes: "John F. Kennedy", "Martin Luther
    King Jr."; the run's words leave them out."""
    run = next((r for r in runs if r.text == name), None)
    if run is None:
        return name
    text = doc.text
    written = " ".join(text[run.start : run.end].split())
    if written.replace(".", "") != name.replace(".", ""):
        return name
    if run.words[-1] in _GENERATIONS and text[run.end : run.end + 1] == ".":
        written += "."
    return written


def _listed_with_people(
    tokens, by_text: dict[str, list[Run]], people: list[str], maybe: list[str]
) -> list[str]:
    """Names listed with a person's name: "with Ana Ruiz, Carl Voss, and Mei
    Tan", "KPA's Mei Tan and Jo Wong". A list holds one kind of thing."""
    texts = tokens.texts
    starts: set[int] = set()
    ends: set[int] = set()
    for name in people:
        for run in by_text[name]:
            starts.add(run.first)
            ends.add(run.last)
    out = []
    for name in maybe:
        for run in by_text[name]:
            first, last = run.first, run.last
            after = texts[last + 1 : last + 3]
            before = texts[max(0, first - 2) : first]
            if (
                (after[:1] in ([","], ["and"]) and last + 2 in starts)
                or (after == [",", "and"] and last + 3 in starts)
                or (before[-1:] in ([","], ["and"]) and first - 2 in ends)
                or (before == [",", "and"] and first - 3 in ends)
            ):
                out.append(name)
                break
    return out


def _titled(doc: Document, runs: list[Run]) -> bool:
    """A name written with a title: "Commissioner for Competition Neelie Kroes", "the
    chairman of Chrysler LLC Jim Press". The title makes a person of a name whose words
    alone do not."""
    return any(role_before(doc.tokens, run.first)[0] for run in runs)
