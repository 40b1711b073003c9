"""People and organisations: who is named, by which aliases, in which role, for whom."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from desktop.domain import Organisation, Person, make_id
from desktop.extraction.context import Document
from desktop.extraction.entities import Classifier, looks_like_org, name_runs
from desktop.extraction.lexicon import COUNTRIES, NATIONALITIES
from desktop.extraction.mentions import Run
from desktop.extraction.names import is_credit
from desktop.extraction.organisations import find_organisations
from desktop.extraction.roles import role_after, role_before

_GOVERNMENT_ROLES = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "senator",
        "governor",
        "ambassador",
        "chancellor",
        "premier",
        "mp",
        "congressman",
    }
)
_GENERATIONS = frozenset({"Jr", "Sr"})
_NOT_SUBJECT_COUNTRIES = frozenset({"US", "UK", "EU"})


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
    for name in multi:
        words = name.split()
        for other in canonical.values():
            ow = other.split()
            if ow[0] == words[0] and ow[-1] == words[-1]:
                canonical[name] = other
                break
        else:
            canonical[name] = name
    return canonical


def find_people(doc: Document, author: str | None = None) -> NameIndex:
    """Find the people and organisations of an article, with roles and aliases."""
    tokens = doc.tokens
    runs = [run for run in name_runs(doc.runs) if not is_credit(tokens, run)]
    classifier = Classifier(doc.tokens, runs)
    candidates = []
    for text, runs_of in classifier.by_text.items():
        score = classifier.person_score(text)
        if score >= 2 or (0 <= score and " " in text and _titled(doc, runs_of)):
            candidates.append(text)
    canonical = _group_people(candidates)
    surnames: dict[str, set[str]] = defaultdict(set)
    firsts: dict[str, set[str]] = defaultdict(set)
    for name in set(canonical.values()):
        surnames[name.split()[-1]].add(name)
        firsts[name.split()[0]].add(name)
    for single in (c for c in candidates if " " not in c):
        if single not in surnames and single not in firsts:
            canonical.setdefault(single, single)

    index = NameIndex()
    mentions: dict[str, list[Run]] = defaultdict(list)
    last_named: dict[str, int] = {}  # person -> start of their latest mention so far
    for run in runs:  # in text order
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
    home = _home_country(doc)
    acronyms = _acronyms(runs)
    subjects = _sentence_subjects(doc)
    display: dict[str, str] = {}  # "John F Kennedy" -> "John F. Kennedy"
    for name, runs_of in mentions.items():
        role, org = _role_and_org(doc, runs_of)
        if org is None and role and home and set(role.lower().split()) & _GOVERNMENT_ROLES:
            org = home  # a head of government or minister serves the country the story is about
        if org is None:
            # "Belgium started the game with ... Yannick Carrasco": the country the
            # sentence is about.
            org = next((subjects[r.sentence] for r in runs_of if r.sentence in subjects), None)
        org = acronyms.get(org, org)  # "USI" -> "University of Southern Indiana"
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
    if written.replace(".", "") != name:
        return name
    if run.words[-1] in _GENERATIONS and text[run.end : run.end + 1] == ".":
        written += "."
    return written


def _titled(doc: Document, runs: list[Run]) -> bool:
    """A name written with a title: "Commissioner for Competition Neelie Kroes", "the
    chairman of Chrysler LLC Jim Press". The title makes a person of a name whose words
    alone do not."""
    return any(role_before(doc.tokens, run.first)[0] for run in runs)


def _acronyms(runs: list[Run]) -> dict[str, str]:
    """Acronyms the article spells out: {"USI": "University of Southern Indiana"}."""
    used = {r.text for r in runs if len(r.words) == 1 and r.text.isupper() and len(r.text) >= 2}
    out: dict[str, str] = {}
    if not used:
        return out  # no acronym stands alone in the article
    for run in runs:
        if len(run.words) < 2:
            continue  # one word spells no acronym of two letters or more
        initials = ""
        for k, word in enumerate(run.words):
            if not word[:1].isupper():
                continue
            initials += word[0]
            # Every prefix: "University of Southern Indiana on Monday" spells "USI" too.
            if len(initials) >= 2 and initials in used and initials not in out:
                out[initials] = " ".join(run.words[: k + 1])
    return out


def _sentence_subjects(doc: Document) -> dict[int, str]:
    """Sentences whose subject is a country: {sentence number: country}."""
    out: dict[int, str] = {}
    starts = {s.start for s in doc.sentences}
    for run in doc.runs:
        if run.start in starts and not run.possessive and len(run.words) == 1:
            word = run.words[0]
            if word in COUNTRIES and word not in _NOT_SUBJECT_COUNTRIES:
                out[run.sentence] = NATIONALITIES.get(word, word)
    return out


def _home_country(doc: Document) -> str | None:
    """The country an article speaks of most, by names and adjectives of nationality."""
    counts: Counter[str] = Counter()
    for run in doc.runs:  # country names and adjectives are capitalised: runs hold them all
        for word in run.words:
            if word in COUNTRIES:
                counts[NATIONALITIES.get(word, word)] += 1
            elif word in NATIONALITIES:
                counts[NATIONALITIES[word]] += 1
    if not counts:
        return None
    (country, n), *rest = counts.most_common(2)
    return country if n >= 2 and (not rest or n > rest[0][1]) else None


def _role_and_org(doc: Document, runs: list[Run]) -> tuple[str | None, str | None]:
    """The best role and organisation over all of a person's mentions."""
    found: list[tuple[int, str | None, str | None]] = []
    tokens = doc.tokens
    texts, bares, sentences, capitalised = (
        tokens.texts,
        tokens.bares,
        tokens.sentences,
        tokens.is_capitalised,
    )
    n = len(texts)
    for run in runs:
        first, last = run.first, run.last
        role, org = role_after(tokens, last)
        if role or org:
            found.append((3 if role and org else 1 if role else 0.6, role, org))
        role, org = role_before(tokens, first)
        if role or org:
            found.append((2 if role and org else 1.5 if role else 0.7, role, org))
        after = texts[last + 1].lower() if last + 1 < n else None
        if run.possessive or after in {"of", "from", "for"}:
            # "Sajjan Jindal's JSW Group", "Lee Cheuk-yan of the Labour Party"
            k = last + 1 if run.possessive else last + 2
            if k < n and texts[k].lower() == "the":
                k += 1
            words = []
            while k < n and capitalised[k] and sentences[k] == run.sentence:
                words.append(bares[k])
                if bares[k] != texts[k]:
                    break
                k += 1
            if words and (looks_like_org(tuple(words)) or not run.possessive):
                found.append((0.5, None, " ".join(words)))
    if not found:
        return None, None
    found.sort(key=lambda f: -f[0])
    role = next((r for _, r, _ in found if r), None)
    org = next((o for _, r, o in found if o and r == role), None) or next(
        (o for _, _, o in found if o), None
    )
    return role, org
