"""Organisations: found by their form, short and long forms merged, and of the right kind."""

from __future__ import annotations

from collections import defaultdict

from desktop.domain import Organisation, Span, make_id
from desktop.extraction.context import Document
from desktop.extraction.entities import is_place, is_union_name, looks_like_org, singular_role
from desktop.extraction.lexicon import ORG_PREFIXES, ORG_SUFFIXES, ROLE_WORDS
from desktop.extraction.lexicon_names import (
    GOVERNMENT_NAMES,
    GOVERNMENT_WORDS,
    LEGAL_FORMS,
    MARKET_NAME_WORDS,
    MEDIA_WORDS,
    NEWSPAPER_LEADS,
    NON_PROFIT_WORDS,
    WIRE_AGENCIES,
)
from desktop.extraction.mentions import Run, Tokens
from desktop.extraction.names import (
    in_company_context,
    is_dateline,
    is_firm_apposition,
    is_firm_named_like_people,
    is_sentence_word,
    says_it,
)

_ABBREVIATED = frozenset({"Ltd", "Co", "Inc", "Corp", "Bros", "Plc"})
# Titles written in capitals, which may end a run of an organisation's name and a title.
ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO", "CIO", "MD", "VP", "SVP", "EVP"})
# Sentence words that may begin an organisation's name: "General Motors", "New York Times".
_ORG_LEADS = frozenset({"General", "New", "First", "National", "United", "Royal", "Major"})


def _org_name(doc: Document, run: Run) -> str:
    """The organisation's name as written, with the full stop of "Ltd." or "Co."."""
    name = run.text
    written = " ".join(doc.text[run.start : run.end].split())
    if written != name and written.replace(".", "") == name.replace(".", ""):
        name = written  # "J.P. Morgan", as the article writes it
    if run.words[-1] in _ABBREVIATED and doc.text[run.end : run.end + 1] == ".":
        name += "."
    return name


def organisation_kind(words: tuple[str, ...]) -> str:
    """What an organisation is, by the words of its name.

    "Washington Post" and "Reuters" are media, "Deutsche Post" is a company; "Environmental
    Protection Agency" and "Federal Reserve" are government; "Kettering University" and
    "Unite the Union" are organisations; anything else is a company.
    """
    if " ".join(words) in GOVERNMENT_NAMES:
        return "government"
    lowered = [w.lower().rstrip(".") for w in words]
    last = lowered[-1]
    if words[-1] in WIRE_AGENCIES or (len(words) == 1 and words[0] in WIRE_AGENCIES):
        return "media"
    if last in LEGAL_FORMS:
        return "company"
    if last in MEDIA_WORDS and (
        last != "post" or (len(words) > 1 and (is_place(words[-2]) or words[-2] in NEWSPAPER_LEADS))
    ):
        return "media"
    if lowered[0] == "federal" or not GOVERNMENT_WORDS.isdisjoint(lowered):
        return "government"
    if not NON_PROFIT_WORDS.isdisjoint(lowered) or is_union_name(words):
        return "organisation"
    return "company"


def _is_currency_prefix(tokens: Tokens, run: Run) -> bool:
    """ "AU" of "AU$52.5 million", "US" of "US$40": a currency, not an organisation."""
    k = run.last + 1
    return k < len(tokens.texts) and tokens.texts[k] == "$" and tokens.starts[k] == run.end


def _org_part(run: Run) -> Run | None:
    """The run with its leading sentence words left out, if what remains looks like an
    organisation: "According to General Motors Corp." -> "General Motors Corp."."""
    words = run.words
    if len(words) == 1:  # most runs: nothing to leave out
        return run if looks_like_org(words) else None
    k = 0
    while k < len(words) - 1 and is_sentence_word(words[k]) and words[k] not in _ORG_LEADS:
        k += 1
    if _of_the_body(words[k:]):
        k += 2  # "Shares of Zentrix Corp. fell": the body is what follows "of"
    # "Institute of Baking CEO Nadia Park", "Bank of Norland Governor Ada Moss": the
    # title, and the name after it, are no part of the body's name.
    end = len(words)
    if end - k > 2:
        end = next((m for m in range(k + 1, end) if _title_before_name(words, m)), end)
    if not looks_like_org(words[k:end]):
        return None
    return run if (k, end) == (0, len(words)) else run.sub(k, end)


def _title_before_name(words: tuple[str, ...], m: int) -> bool:
    """words[m] is a title in capitals ("CEO") or a title word followed by a name of two or
    three words ("Governor Tiff Macklem"); not "Advisers" ending "Council of Economic
    Advisers"."""
    word = words[m]
    if word in ROLE_ACRONYMS:
        return True
    rest = words[m + 1 :]
    return (
        2 <= len(rest) <= 3
        and singular_role(word).lower() in ROLE_WORDS
        and word.lower() not in ORG_SUFFIXES
        and all(w[:1].isupper() for w in rest)
    )


def _of_the_body(words: tuple[str, ...]) -> bool:
    """A noun and "of" before a body's name, capitalised by the sentence or as a title:
    "Shares of Zentrix Corp.", "Chairman of Vexa Holdings"; not "Bank of Canada"."""
    return (
        len(words) > 2
        and words[1] == "of"
        and words[0].lower() not in ORG_PREFIXES | ORG_SUFFIXES
        and looks_like_org(words[2:])
    )


def _initials(name: str) -> str:
    """ "General Motors Corp." -> "GM": the capitals of the words before a legal form."""
    words = name.replace(".", "").split()
    while words and words[-1].lower() in LEGAL_FORMS:
        words.pop()
    return "".join(w[0] for w in words if w[:1].isupper())


def find_organisations(
    doc: Document, runs: list[Run], people: set[str], whole_runs: list[Run] | None = None
) -> list[Organisation]:
    """Organisations by their form; shorter mentions are aliases ("CALB" of "CALB Group Co.").

    Args:
        doc: the article.
        runs: the name parts of the runs (entities.name_runs).
        people: the names already taken for people.
        whole_runs: the runs as written (doc.runs), where an organisation's name may begin
            with a word that begins sentences too ("General Motors Corp.").
    """
    by_name: dict[str, Organisation] = {}
    tokens = doc.tokens
    covered: set[int] = set()  # first tokens of runs taken whole
    # One name with and without the full stop of "Ltd." is one organisation: the form
    # written first ("Kestrel Resources Ltd." then "Kestrel Resources Ltd said").
    first_written: dict[str, str] = {}

    def name_of(run: Run) -> str:
        name = _org_name(doc, run)
        return first_written.setdefault(name.removesuffix("."), name)

    def add(run: Run) -> None:
        name = name_of(run)
        org = by_name.get(name)
        if org is None:
            kind = organisation_kind(run.words)
            org = by_name[name] = Organisation(id=make_id("org", name), name=name, kind=kind)
        org.spans.append(run.span)

    ending_at: dict[int, str] = {}  # last token of a whole organisation's name -> its name
    spelled_out: dict[str, str] = {}  # acronym -> the name it was written out as
    # Acronyms written inside a product's name ("Mac OS X"): "the OS" is that product.
    inner = {w for run in whole_runs or [] for w in run.words[1:] if w.isupper() and len(w) > 1}
    for run in [listed for whole in whole_runs or [] for listed in _listed_bodies(whole)]:
        part = _org_part(run)
        if part is None or part.text in people or _not_an_org(tokens, part):
            continue
        if _person_of_body(part, people):
            continue
        if len(part.words) == 1 and part.text in inner:
            continue
        spelled = _spelled_out_before(tokens, part, ending_at) or spelled_out.get(part.text)
        if spelled:  # "Worldwide Developers Conference (WWDC)", and "WWDC" after it
            spelled_out[part.text] = spelled
            by_name[spelled].aliases.append(part.text)
            by_name[spelled].spans.append(part.span)
        else:
            add(part)
            name = ending_at[part.last] = name_of(part)
            acronym = _acronym_before_brackets(tokens, part)
            if acronym in by_name and acronym != name:
                # "CEI (Italian Episcopal Conference)": the acronym, and later mentions of it.
                spelled_out[acronym] = name
                by_name[name].aliases.append(acronym)
                by_name[name].spans.extend(by_name.pop(acronym).spans)
        covered.update(part.members)
        covered.add(run.first)  # "Shares" of "Shares of Zentrix Corp.": read already
    # Names an apposition calls a firm, or that stand where only a company does ("shares
    # in Johnson Matthey"), at every mention.
    person_words = {word for name in people for word in name.split()}  # "Hale said it"
    # Only where the form says nothing: a name of an organisation's form is one anyway.
    firms = {
        run.text
        for run in runs
        if run.text not in people
        and not looks_like_org(run.words)
        and (
            is_firm_apposition(tokens, run)
            or (in_company_context(tokens, run) and not _market_name(run))
            or is_firm_named_like_people(run.words)
            or (
                says_it(tokens, run)
                and run.words[-1] not in person_words
                and not is_place(run.text)
                and not is_sentence_word(run.words[0])
            )
        )
    }
    for run in runs:
        words = run.words
        if run.first in covered or run.text in people:
            continue
        if not looks_like_org(words) and run.text not in firms:
            continue
        if len(words) == 1 and run.text in inner:
            continue
        if _not_an_org(tokens, run):
            continue
        add(run)
    for run in whole_runs or []:
        number = _local_number(tokens, run)
        if number:  # "Local 514 of the International Longshore and Warehouse Union"
            name = f"{run.text} {tokens.texts[number]}"
            org = by_name.get(name)
            if org is None:
                org = by_name[name] = Organisation(
                    id=make_id("org", name), name=name, kind="organisation"
                )
            org.spans.append(Span(run.start, tokens.ends[number]))
    _merge_short_forms(by_name, runs, people)
    orgs = list(by_name.values())
    for org in orgs:
        org.spans = sorted(set(org.spans))
        org.aliases = sorted(set(org.aliases))
    orgs.sort(key=lambda o: o.spans[0].start)
    return orgs


def _acronym_before_brackets(tokens: Tokens, run: Run) -> str | None:
    """The acronym a name in brackets spells out: "CEI" of "CEI (Italian Episcopal
    Conference)"; None when the run is not so written."""
    texts, first = tokens.texts, run.first
    if first < 2 or texts[first - 1] != "(" or run.last + 1 >= len(texts):
        return None
    acronym = texts[first - 2]
    if texts[run.last + 1] != ")" or not acronym.isupper() or len(acronym) < 2:
        return None
    return acronym


def _local_number(tokens: Tokens, run: Run) -> int | None:
    """The number of a union's local, named by it: "Local 514", "UAW Local 600"; the index
    of the number's token, or None."""
    k = run.last + 1
    if run.words[-1] != "Local" or run.possessive or k >= len(tokens.texts):
        return None
    number = tokens.texts[k]
    return k if number.isdigit() and tokens.sentences[k] == run.sentence else None


def _spelled_out_before(tokens: Tokens, run: Run, ending_at: dict[int, str]) -> str | None:
    """The organisation an acronym in brackets stands for: "Worldwide Developers
    Conference (WWDC)" -> "Worldwide Developers Conference"."""
    first, texts = run.first, tokens.texts
    if len(run.words) != 1 or not run.text.isupper() or first < 2 or texts[first - 1] != "(":
        return None
    return ending_at.get(first - 2)


def _listed_bodies(run: Run) -> list[Run]:
    """Two organisations joined by "and": "Teck Resources and Sun Life Financial"; one name
    where the first part is no organisation alone ("Procter and Gamble Co.")."""
    words = run.words
    if "and" not in words:
        return [run]
    k = words.index("and")
    if 0 < k < len(words) - 1 and words[k - 1].lower().rstrip(".") in LEGAL_FORMS | ORG_SUFFIXES:
        if looks_like_org(words[k + 1 :]):
            return [run.sub(0, k), run.sub(k + 1)]
    return [run]


def _person_of_body(run: Run, people: set[str]) -> bool:
    """A person and their body in one run: "(Analyst) Chris Murtagh of Cormorant Capital"
    (the body is found by itself in the run's name parts)."""
    words = run.words
    head = words[: words.index("of")] if "of" in words else ()
    return any(" ".join(head[k:]) in people for k in range(len(head)))


def _market_name(run: Run) -> bool:
    """A place, market or share class before "shares fell": "Hong Kong shares fell",
    "Wall Street stocks rose"; no company."""
    return is_place(run.text) or any(word in MARKET_NAME_WORDS for word in run.words)


def _not_an_org(tokens: Tokens, run: Run) -> bool:
    """A dateline ("DETROIT _") or a currency's prefix ("AU$"), though capitals only."""
    return is_dateline(tokens, run) or _is_currency_prefix(tokens, run)


def _merge_short_forms(by_name: dict[str, Organisation], runs: list[Run], people: set[str]):
    """Shorter mentions of a known organisation become its aliases: "Ashok Leyland" of
    "Ashok Leyland Ltd.", "CALB" of "CALB Group Co.", "GM" of "General Motors Corp."."""
    names = sorted(by_name, key=len, reverse=True)
    by_first_word: dict[str, list[str]] = defaultdict(list)  # longest first, as names
    for name in names:
        by_first_word[name.split(" ", 1)[0].replace(".", "")].append(name)
    for run in runs:
        longer = by_first_word.get(run.words[0].replace(".", ""))
        if not longer or run.text in people or run.text in by_name or is_place(run.text):
            continue
        prefix = run.text.replace(".", "") + " "
        for name in longer:
            if name.replace(".", "").startswith(prefix):
                org = by_name[name]
                org.aliases.append(run.text)
                org.spans.append(run.span)
                break
    # One organisation written as both "CALB" and "CALB Group Co.": keep the longer.
    for name in names:
        for other in by_first_word[name.split(" ", 1)[0].replace(".", "")]:
            if (
                other != name
                and other in by_name
                and name in by_name
                and other.startswith(name + " ")
            ):
                by_name[other].aliases.append(name)
                by_name[other].spans.extend(by_name.pop(name).spans)
                break
    # An acronym of a longer name: "GM" and "General Motors Corp.".
    by_initials: dict[str, str] = {}
    for name in names:
        if name in by_name and " " in name:
            by_initials.setdefault(_initials(name), name)
    for name in names:
        if name in by_name and name.isupper() and " " not in name:
            longer_name = by_initials.get(name)
            if longer_name and longer_name in by_name:
                by_name[longer_name].aliases.append(name)
                by_name[longer_name].spans.extend(by_name.pop(name).spans)


def add_employers(
    doc: Document, orgs: list[Organisation], names: set[str], runs: list[Run], people: set[str]
) -> list[Organisation]:
    """The organisations the article names only as someone's employer ("Apple" of "Apple
    CEO Steve Jobs", "Chrysler" of "the vice chairman of Chrysler"), with each place the
    name stands alone.

    Args:
        doc: the article.
        orgs: the organisations found by their form.
        names: the employers' names, as written next to the people.
        runs: the name parts of every run.
        people: the people's names, never an organisation.
    """
    if not names:
        return orgs
    found: dict[str, Organisation] = {}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in names - people:
        words = tuple(name.split())
        by_first[words[0]].append(words)
    # The whole runs: an employer often opens one ("Zentrix CEO Ravi Bhatt").
    for run in [*runs, *doc.runs]:
        for words in by_first.get(run.words[0], ()):
            if run.words[: len(words)] != words:
                continue
            name = " ".join(words)
            org = found.get(name)
            if org is None:
                kind = organisation_kind(words)
                org = found[name] = Organisation(id=make_id("org", name), name=name, kind=kind)
            org.spans.append(
                run.span if len(words) == len(run.words) else run.sub(0, len(words)).span
            )
            break
    for org in found.values():
        org.spans = sorted(set(org.spans))
    out = orgs + list(found.values())
    out.sort(key=lambda o: o.spans[0].start)
    return out
