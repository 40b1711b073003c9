"""A person's role and organisation, over all their mentions, as the article ties them."""

from __future__ import annotations

from typing import NamedTuple

from desktop.domain import Organisation
from desktop.extraction.context import Document
from desktop.extraction.entities import is_place, looks_like_org
from desktop.extraction.lexicon import COUNTRIES, NATIONALITIES
from desktop.extraction.lexicon_names import (
    CORPORATE_ROLES,
    ORGANISATION_NOUNS,
    OTHER_OWNER_WORDS,
    PARTY_CODES,
    UNION_WORDS,
)
from desktop.extraction.mentions import PERSON_PARTICLES, Run, Tokens
from desktop.extraction.names import is_place_name
from desktop.extraction.organisations import add_employers
from desktop.extraction.organisations_before import OrganisationsBefore
from desktop.extraction.role_appositives import role_after, role_as
from desktop.extraction.role_clauses import (
    role_by_appointment,
    role_by_becoming,
    role_by_copula,
    role_by_office_verb,
    role_by_passive_founding,
    role_in_relative_clause,
)
from desktop.extraction.roles import THE_ORGANISATION, role_before
from desktop.extraction.sources import data_sources
from desktop.extraction.story_places import (
    dateline_town,
    home_country,
    home_region,
    sentence_subjects,
)
from desktop.lazyre import lazy_compile

# Roles of government: with no organisation written, the country the story is about.
_GOVERNMENT_ROLES = frozenset(
    {
        "minister",
        "senator",
        "governor",
        "ambassador",
        "chancellor",
        "premier",
        "mp",
        "congressman",
    }
)
# Titles of government only when written as a title ("President Joe Biden"); "union
# president" and "the club's secretary" serve their organisation, not the state.
_TITLED_GOVERNMENT_ROLES = frozenset({"president", "secretary"})
# Roles of a town's government: with no body written, the town of the dateline.
_TOWN_ROLES = frozenset({"mayor", "councillor", "councilor", "alderman", "alderwoman", "reeve"})
_LINKS = frozenset({"of", "from", "for", "with", "at"})  # "Jane Doe of Acme Corp."
_NOT_EMPLOYERS = frozenset(PARTY_CODES.values()) | frozenset(NATIONALITIES.values())


class Tie(NamedTuple):
    """A role or organisation read next to one mention, and how much it counts."""

    weight: float
    role: str | None
    organisation: str | None  # THE_ORGANISATION until resolved
    run: Run


def gather_ties(doc: Document, runs: list[Run], org_names: set[str]) -> list[Tie]:
    """Every role and organisation written next to a person's mentions, weighted: an
    appositive with both counts most ("X, an Acme analyst,"), a bare owner least."""
    found: list[Tie] = []
    tokens = doc.tokens
    texts, bares, capitalised = tokens.texts, tokens.bares, tokens.is_capitalised
    n = len(texts)

    def add(weight: float, role: str | None, org: str | None, run: Run) -> None:
        if role or org:
            found.append(Tie(weight, role, org, run))

    for run in runs:
        first, last = run.first, run.last
        role, org = role_after(tokens, last)
        add(3 if role and org else 1 if role else 0.6, role, org, run)
        after = texts[last + 1].lower() if last + 1 < n else None
        # "Pan-democracy camp councillor Wu Chi-wai of the Democratic Party": the body
        # named after the name is the one, not a word before the title.
        k = last + 3 if last + 2 < n and texts[last + 2] == "the" else last + 2
        named_after = after in _LINKS and k < n and capitalised[k]
        role, org = role_before(tokens, first, owner_from_modifiers=not named_after)
        add(2 if role and org else 1.5 if role else 0.7, role, org, run)
        role, org = role_as(tokens, last)
        add(1.4 if role and org else 1, role, org, run)
        role, org = role_in_relative_clause(tokens, last)
        add(1.4 if role and org else 0.9, role, org, run)
        role, org = role_by_office_verb(tokens, last)
        add(1.4 if role and org else 1, role, org, run)
        # The office the story gives someone, by the body's act or as what they become,
        # is its news: it outweighs the post they hold now ("X, 56, is chief operating
        # officer at Kestrel").
        role, org = role_by_becoming(tokens, last)
        add(3.2 if role and org else 1, role, org, run)
        role, org = role_by_appointment(tokens, first, last)
        add(3.2 if role and org else 1, role, org, run)
        role, org = role_by_passive_founding(tokens, first)
        add(1.4, role, org, run)
        role, org = role_by_copula(tokens, last)
        add(1.4 if role and org else 1, role, org, run)
        if run.possessive or after in _LINKS:
            # "Sajjan Jindal's JSW Group", "Lee Cheuk-yan of the Labour Party"
            k = last + 1 if run.possessive else last + 2
            if k < n and texts[k].lower() == "the":
                k += 1
            words = _capitalised_phrase(tokens, k, run.sentence)
            if not run.possessive and words and is_place(" ".join(words)):
                # "Carlo De Benedetti of Italy's la Repubblica": the paper, not the country.
                k += len(words)
                if k < n and bares[k - 1] != texts[k - 1]:
                    words = _capitalised_phrase(tokens, k, run.sentence, particles=True) or words
                else:  # "Jo Dunn of German carmaker Volkswagen": the name after what it is
                    j = k
                    while j < min(n, k + 3) and texts[j].isalpha() and texts[j].islower():
                        j += 1
                    if j > k:
                        words = _capitalised_phrase(tokens, j, run.sentence) or words
            if not words:
                continue
            name = " ".join(words)
            if after in {"with", "at"}:
                # "Jane Doe with Acme Corp.", "John Roe at Kettering University": a
                # body, not a place or an event.
                if looks_like_org(tuple(words)) or name in org_names:
                    add(0.5, None, name, run)
            elif looks_like_org(tuple(words)) or not run.possessive:
                add(0.5, None, name, run)
    return found


def _capitalised_phrase(
    tokens: Tokens, k: int, sentence: int, particles: bool = False
) -> list[str]:
    """The capitalised words from token k, up to a possessive: "Acme Corp" of "of Acme
    Corp. said"; with particles, a lowercase article first ("la Repubblica")."""
    texts, bares, capitalised = tokens.texts, tokens.bares, tokens.is_capitalised
    n = len(texts)
    words: list[str] = []
    if particles and k + 1 < n and texts[k] in PERSON_PARTICLES and capitalised[k + 1]:
        words.append(texts[k])
        k += 1
    while k < n and capitalised[k] and tokens.sentences[k] == sentence:
        words.append(bares[k])
        if bares[k] != texts[k]:
            break
        k += 1
    return words if any(w[:1].isupper() for w in words) else []


def employer_names(ties: list[Tie], people: set[str]) -> set[str]:
    """Names the article gives as someone's organisation: "Apple" of "Apple CEO Steve Jobs".
    Places, countries, parties and people are not organisations."""
    out = set()
    for tie in ties:
        name = tie.organisation
        if (
            name
            and name != THE_ORGANISATION
            and name not in people
            and name not in _NOT_EMPLOYERS
            and not is_place(name)
            and not is_place_name(tuple(name.split()))
            and name not in COUNTRIES
            and name[:1].isupper()
            and all(w[:1].isupper() or w in {"of", "for", "and", "&"} for w in name.split())
        ):
            out.add(name)
    return out


def _resolve(tie: Tie, orgs_before: OrganisationsBefore) -> tuple[str | None, bool]:
    """The tie's organisation, with "its" / "the company's" resolved; and whether it was
    taken from another sentence."""
    if tie.organisation and tie.organisation.startswith(f"{THE_ORGANISATION}:"):
        # "a ministry spokesperson": the ministry named before, else a body of its kind.
        noun, start = tie.organisation.rpartition(":")[2], tie.run.start
        named = orgs_before.with_head(start, noun)
        if not named and _OWNER_KINDS.get(noun, "organisation") != "organisation":
            named = orgs_before.before(start, _OWNER_KINDS[noun])
        return (named[0], named[1] != tie.run.sentence) if named else (None, False)
    if tie.organisation != THE_ORGANISATION:
        return tie.organisation, False
    noun = _owner_noun(orgs_before.doc, tie.run)
    kind = _OWNER_KINDS.get(noun)
    # "the museum's curator": the museum named last ("Orvel Museum"); "the company's
    # president": the company named last, not a union or a ministry named after it; any
    # organisation when none of that kind was named.
    start = tie.run.start
    named = noun and orgs_before.with_head(start, noun)
    if not named and (kind or noun is None or noun in ORGANISATION_NOUNS):
        # "the museum's curator" with no museum named is nobody's.
        named = (kind and orgs_before.before(start, kind)) or orgs_before.before(start)
    if named is None:
        return None, False
    return named[0], named[1] != tie.run.sentence


# What kind of organisation "the company's", "the union's", "the ministry's" points back to.
_OWNER_KINDS = {
    **dict.fromkeys(
        "company firm group automaker carmaker maker manufacturer bank lender airline "
        "retailer insurer miner chain business corporation".split(),
        "company",
    ),
    "union": "union",
    **dict.fromkeys("party university federation association charity".split(),
                    "organisation"),
    **dict.fromkeys("ministry government department agency council city province".split(),
                    "government"),
}  # fmt: skip
# "the company's", "the Swiss bank's": the noun, after a word of nationality or none.
_OWNER_NOUN = lazy_compile(r"\b(?:the|its|their)\s+([a-z]+)['’]s\b")


def _owner_noun(doc: Document, run: Run) -> str | None:
    """The noun of "the company's" nearest a person's mention, in its sentence."""
    sentence = doc.sentences[run.sentence]
    start, end = max(sentence.start, run.start - 60), min(sentence.end, run.end + 60)
    nearest, best = None, None
    for match in _OWNER_NOUN.finditer(doc.lowered, start, end):
        gap = abs(match.start() - run.start)
        if best is None or gap < best:
            nearest, best = match.group(1), gap
    return nearest


def best_affiliation(
    ties: list[Tie], orgs_before: OrganisationsBefore
) -> tuple[str | None, str | None, bool]:
    """The best role, and the organisation of that role (else any organisation given).

    Returns:
        role, organisation, and whether the organisation came from another sentence.
    """
    resolved = []
    first = min((t.run.start for t in ties), default=0)
    # The first mention gives the full title; later ones describe: "chief operating
    # officer Jo Lee ... Lee, the firm's second-in-command," -> chief operating officer.
    for tie in sorted(ties, key=lambda t: -t.weight - (1.5 if t.run.start == first else 0)):
        org, elsewhere = _resolve(tie, orgs_before)
        if tie.role or org:
            resolved.append((tie.role, org, elsewhere))
    role = next((r for r, _, _ in resolved if r), None)
    pick = next((f for f in resolved if f[1] and f[0] in (role, None)), None) or next(
        (f for f in resolved if f[1]), None
    )
    if pick is None:
        return role, None, False
    return role, pick[1], pick[2]


def _is_corporate(role: str) -> bool:
    """A role inside a company ("chief executive", "vice president", "employee"), not the
    head of a state ("President")."""
    if role[:1].isupper() and role.lower() in {"president", "vice president"}:
        return False
    if " the " in role:
        return False  # "director of the gallery": the article says whose, not by name
    return not CORPORATE_ROLES.isdisjoint(role.lower().split())


def _serves_the_state(role: str) -> bool:
    """Whether a role is one of government: "Finance Minister", "President", "senator";
    not "president" of "union president Tom Rusk", whose organisation is not the country."""
    words = role.split()
    if not _GOVERNMENT_ROLES.isdisjoint(w.lower() for w in words):
        return True
    return not _TITLED_GOVERNMENT_ROLES.isdisjoint(w.lower() for w in words if w[:1].isupper())


def _other_owner(doc: Document, runs: list[Run]) -> bool:
    """A role said to be another's: "rival automaker chief executive Tom Brandt"."""
    texts, sentences = doc.tokens.texts, doc.tokens.sentences
    for run in runs:
        for k in range(max(0, run.first - 5), run.first):
            if sentences[k] == run.sentence and texts[k].lower() in OTHER_OWNER_WORDS:
                return True
    return False


def affiliate(
    doc: Document, mentions: dict[str, list[Run]], orgs: list[Organisation], runs: list[Run]
) -> tuple[dict[str, tuple[str | None, str | None, bool]], list[Organisation]]:
    """Every person's role and organisation, and the organisations with those that the
    article names only as someone's employer ("Apple" of "Apple CEO Steve Jobs").

    Args:
        doc: the article.
        mentions: each person's mentions, in text order.
        orgs: the organisations found by their form.
        runs: the name parts of every run, for the employers' other mentions.

    Returns:
        {person: (role, organisation, taken from another sentence)}, and the organisations.
    """
    org_names = {o.name for o in orgs} | {a for o in orgs for a in o.aliases}
    ties_of = {name: gather_ties(doc, runs_of, org_names) for name, runs_of in mentions.items()}
    employers = set()
    people = set(mentions)  # made once: made for each person, it cost their square
    for ties in ties_of.values():
        employers |= employer_names(ties, people)
    # "Kestrel Resources Ltd" of "at Kestrel Resources Ltd., where" is the one found.
    dotted = {name.removesuffix("."): name for name in org_names if name.endswith(".")}
    employers = {dotted.get(name, name) for name in employers}
    orgs = add_employers(doc, orgs, employers - org_names, runs, people)
    orgs_before = OrganisationsBefore(doc, orgs, data_sources(doc.lowered, orgs))
    home, home_count = home_country(doc)
    region = home_region(doc, home_count)
    town = dateline_town(doc)
    acronyms = _acronyms(runs)
    subjects = sentence_subjects(doc)
    out = {}
    for name, runs_of in mentions.items():
        role, org, elsewhere = best_affiliation(ties_of[name], orgs_before)
        if org is None and role and " the " in role:
            # "director of the gallery": the gallery named before ("Pace Galleries");
            # "a spokesman for the company": the company named before.
            noun = role.rsplit(" ", 1)[-1].lower()
            named = orgs_before.with_head(runs_of[0].start, noun)
            if not named and _OWNER_KINDS.get(noun, "organisation") != "organisation":
                named = orgs_before.before(runs_of[0].start, _OWNER_KINDS[noun])
            if named:
                org, elsewhere = named[0], named[1] != runs_of[0].sentence
        if org is None and role and not UNION_WORDS.isdisjoint(role.lower().split()):
            # "local president Jo Dunn": the union's local (or the union) named before.
            kinds = ("local", "union") if "local" in role.lower().split() else ("union", "local")
            named = orgs_before.before(runs_of[0].start, kinds[0]) or orgs_before.before(
                runs_of[0].start, kinds[1]
            )
            if named:
                org, elsewhere = named[0], named[1] != runs_of[0].sentence
        if org is None and role and _is_corporate(role) and not _other_owner(doc, runs_of):
            # "Employee Phil Schiller", "the chief executive": the company named before.
            named = orgs_before.subject_before(runs_of[0].start, "company")
            if named:
                org, elsewhere = named[0], named[1] != runs_of[0].sentence
        if org is None and role and not _TOWN_ROLES.isdisjoint(role.lower().split()):
            # "the mayor Jo Dunn" after "the Municipality of Alden"; else "Mayor Linda
            # Okafor" in a story from her town.
            named = orgs_before.before(runs_of[0].start, "town")
            if named:
                org, elsewhere = named[0], named[1] != runs_of[0].sentence
            elif town:
                org, elsewhere = town, True
        if org is None and role and (region or home) and _serves_the_state(role):
            # A minister serves the story's province (its "provincial" budget) or country.
            org, elsewhere = region or home, True
        if org is None:
            # "Belgium started the game with ... Yannick Carrasco": the country the
            # sentence is about.
            org = next((subjects[r.sentence] for r in runs_of if r.sentence in subjects), None)
        org = acronyms.get(org, org)  # "USI" -> "University of Southern Indiana"
        org = dotted.get(org, org) if org else org
        out[name] = (role, org, elsewhere and org is not None)
    return out, orgs


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
