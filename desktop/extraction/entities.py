"""Tell people from organisations and places among the capitalised runs of an article."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from desktop.extraction.lexicon import (
    CITIES_AND_REGIONS,
    COUNTRIES,
    FAMILY_WORDS,
    NATIONALITIES,
    NOT_NAMES,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SPEECH_VERBS,
    first_names,
)
from desktop.extraction.lexicon_names import (
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    EPONYM_SUFFIXES,
    GIVEN_NAME_TITLES,
    KIN_NOUNS,
    REGIONS,
    SOFT_ORG_SUFFIXES,
    SURNAME_WORDS,
    TITLE_ABBREVIATIONS,
    UNION_LEADS,
    UNION_MEMBERS,
    WORK_NOUNS,
)
from desktop.extraction.mentions import PERSON_PARTICLES, Run, Tokens
from desktop.extraction.names import (
    has_acronym_inside,
    has_name_capitals,
    in_company_context,
    is_firm_apposition,
    is_named_thing,
    is_place_name,
    is_sentence_word,
    opens_with_participle,
    party_code,
)
from desktop.lazyre import lazy_compile

TWO_WORD_PLACES = frozenset(
    {
        "United States",
        "United Kingdom",
        "New Zealand",
        "Hong Kong",
        "South Korea",
        "North Korea",
        "South Africa",
        "Saudi Arabia",
        "New York",
        "New Delhi",
        "Sri Lanka",
        "Costa Rica",
        "El Salvador",
        "Puerto Rico",
        "Czech Republic",
        "United Nations",
        "European Union",
    }
)
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Mx"})
# Acronyms that are words of the trade, not organisations.
# Currency codes look like acronyms but name no organisation.
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY INR CNY RMB SGD HKD AUD NZD CAD CHF NOK SEK DKK KRW TWD THB MYR IDR PHP "
    "VND BRL MXN ZAR RUB TRY AED SAR QAR PLN CZK HUF ILS".split()
)
COMMON_ACRONYMS = frozenset(
    """
    EV EVs CEO CFO COO CTO GDP IPO AI IT TV PC SUV ESG R&D US UK EU UN USA UAE OK PM AM
    MP MPs LNG LPG CNG GPS HIV AIDS COVID NGO NGOs ID PDF PS FAQ VAT GST II III IV
    """.split()
)
_EAST_ASIAN = lazy_compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
_DOTTED_INITIALS = lazy_compile(r"^[A-Z](?:\.[A-Z])+$")  # "K.C" of "K.C. Maurer"


@cache
def is_role_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    if w in ROLE_WORDS or w in ROLE_MODIFIERS:
        return True
    return w.endswith("s") and w[:-1] in ROLE_WORDS  # "photographers Nat Finkelstein"


@cache
def singular_role(word: str) -> str:
    w = word.rstrip(".")
    return w[:-1] if w.lower() not in ROLE_WORDS and w.lower()[:-1] in ROLE_WORDS else w


# Every name is_place knows, in one set: one lookup for the six lists.
_PLACE_NAMES = (
    TWO_WORD_PLACES | COUNTRIES | CITIES_AND_REGIONS | frozenset(NATIONALITIES) | CITIES | REGIONS
)


def is_place(name: str) -> bool:
    """A country, city, region or nationality the lists know: "Hong Kong", "Ohio", "German"."""
    return name in _PLACE_NAMES


@cache
def looks_like_org(words: tuple[str, ...]) -> bool:
    """Organisation by its form: a company suffix, "Bank of ...", an acronym, CamelCase."""
    last = words[-1].lower().rstrip(".")
    if last in ORG_SUFFIXES and (len(words) > 1 or last in {"reuters", "bloomberg"}):
        return True
    if len(words) > 2 and words[0].lower() in ORG_PREFIXES and words[1] in {"of", "for"}:
        return True
    if len(words) > 1 and is_union_name(words):
        return True
    if "&" in words[1:-1]:
        return True  # "Hale & Dorr", "Marks & Spencer": partners joined by "&" make a firm
    for k in range(1, len(words) - 1):
        # "National University of Singapore", "Reserve Bank of India"
        if words[k] in {"of", "for", "on"} and words[k - 1].lower() in ORG_SUFFIXES:
            return True
    if len(words) == 1:
        w = words[0]
        if w in COMMON_ACRONYMS or w in CURRENCY_CODES:
            return False
        if w.isupper() and (w.capitalize() in CITIES_AND_REGIONS or w.capitalize() in COUNTRIES):
            return False  # a dateline: "PARIS —", "SINGAPORE —"
        if len(w) >= 2 and w.replace("&", "").isupper() and w.isalpha() is not False:
            return True
        if re.search(r"[a-z][A-Z]", w) and not has_name_capitals(w):
            return True  # CamelCase: BloombergNEF, YouTube (not "MacFarlane")
    return False


def is_union_name(words: tuple[str, ...]) -> bool:
    """A union named for its members, with no "Union" in the name: "United Paperworkers",
    "Canadian Autoworkers", "United Auto Workers"; not "Ford Workers" of a headline."""
    last = words[-1].lower()
    if last in UNION_MEMBERS or (last.endswith("workers") and len(last) > len("workers")):
        return True
    return last == "workers" and len(words) > 2 and words[0] in UNION_LEADS


@cache
def _is_title(word: str) -> bool:
    """A real title ("Minister", "photographers"), not only a modifier of one ("Senior")."""
    return singular_role(word).lower() in ROLE_WORDS


@cache
def _never_starts_a_name(word: str) -> bool:
    """A sentence word, an honorific, a role word, a nationality or a connector."""
    return (
        is_sentence_word(word)
        or word.rstrip(".") in HONORIFICS
        or is_role_word(word)
        or word in NATIONALITIES
        or word in {"of", "for", "and", "on", "&", "-"}
    )


def _surnames_are_not_titles(words: tuple[str, ...], titles: list[bool]) -> None:
    """A title word after a given name is a surname: "Stephen King", "Martin Luther King Jr."."""
    names = first_names()
    for k in range(1, len(words)):
        if titles[k] and words[k] in SURNAME_WORDS and words[k - 1] in names:
            titles[k] = False


def _trim_start(words: tuple[str, ...]) -> int | None:
    """Where the name starts after leading sentence words, titles, roles and nationalities.

    None when nothing of the words is a name.
    """
    if len(words) == 1:  # most runs; what the loops below come to for one word
        w = words[0]
        if is_role_word(w) and not _is_title(w) and not is_sentence_word(w):
            return 0  # a modifier, "National": an adjective of a name, not a title
        return None if _never_starts_a_name(w) else 0
    if len(words) == 2 and words[0] in GIVEN_NAME_TITLES and words[1] not in first_names():
        return 0  # "Dean Kamen": a given name; "Dean Alan Smith" has the title
    titles = list(map(_is_title, words))  # real titles, not modifiers
    if not SURNAME_WORDS.isdisjoint(words):
        _surnames_are_not_titles(words, titles)
    k = 0
    while k < len(words):
        w = words[k]
        if (
            is_role_word(w)
            and not titles[k]
            and True not in titles[k + 1 :]
            and not is_sentence_word(w)  # "Then Ravi Bhatt": "then" of "then-president"
        ):
            break  # "National University of Singapore": an adjective of the name, no title
        if _never_starts_a_name(w) or (
            # "Malaysia Prime Minister X" without a possessive
            w in COUNTRIES and k + 1 < len(words) and is_role_word(words[k + 1])
        ):
            k += 1
        else:
            break
    if k >= len(words):
        return None
    # A title inside the run: "Environment Minister John Baird", "Governor of Washington
    # Chris Gregoire". The name is what follows the last role word (and any place).
    last_role = len(titles) - 1 - titles[::-1].index(True) if True in titles else -1
    j = max(k, last_role + 1)
    while j < len(words):
        if words[j] in {"of", "for", "and", "-", "the"} or is_place(words[j]):
            j += 1
        elif " ".join(words[j : j + 2]) in TWO_WORD_PLACES:
            j += 2  # "United States Hamdullah Mohib"
        else:
            break
    if len(words) - j >= 2 or (j < len(words) and last_role >= 0):
        k = j
        if 0 <= last_role < j - 1 and words[last_role + 1] in {"of", "for"}:
            k = _name_after_department(words, j)
    return k


def _name_after_department(words: tuple[str, ...], j: int) -> int:
    """Where the name starts after "Title for Department": "Commissioner for Competition
    Neelie Kroes", "Minister of Education Stefania Giannini".

    At a given name the list knows; else a name of two words ends the run.
    """
    names = first_names()
    for k in range(j, len(words) - 1):
        if words[k] in names:
            return k
    return max(j, len(words) - 2)


def _and_parts(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Split "Narendra Modi and Chinese President Xi Jinping" into its names."""
    whole = [(0, len(words))]
    if "and" not in words or looks_like_org(words):
        return whole
    k = words.index("and")
    if k == 1 and len(words) == 3:
        return whole  # "Johnson and Johnson"
    return [(0, k), (k + 1, len(words))] if k > 0 and k + 1 < len(words) else whole


def _is_given(word: str, names) -> bool:
    """A given name the list knows, or two of them joined by a hyphen: "Jean-Luc"."""
    if word in names:
        return True
    first, hyphen, second = word.partition("-")
    return bool(hyphen) and first in names and second in names


def _name_of_acronym(head: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Two or three words of a name before "of" and a body's acronym: "Tsang Mei-ling of
    HKPA", "Ama Mensah of NDC"; not "Bank of ABC" or "Minister of FTA"."""
    if len(tail) != 1 or not (2 <= len(head) <= 3) or not looks_like_org(tail):
        return False
    return all(
        w[:1].isupper()
        and w.lower() not in ORG_SUFFIXES
        and w.lower() not in ORG_PREFIXES
        and not is_role_word(w)
        and not is_place(w)
        for w in head
    )


def _org_and_person_parts(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Split "Lydia Buchtmann for Food Standards" and "Refugee Council Enver Solomon"."""
    names = first_names()
    for k in range(1, len(words) - 1):
        if words[k] in {"of", "for", "from", "at"} and (
            (k >= 2 and _is_given(words[k - 2], names))
            or (k >= 3 and _is_given(words[k - 3], names))
        ):
            return [(0, k), (k + 1, len(words))]  # "President Carla Reyes of Freedonia"
        if words[k] in {"of", "from"} and _name_of_acronym(words[:k], words[k + 1 :]):
            return [(0, k), (k + 1, len(words))]  # "Tsang Mei-ling of HKPA"
        low = words[k].lower().rstrip(".")
        if low in ORG_SUFFIXES and words[k + 1] in names and 2 <= len(words) - k - 1 <= 3:
            return [(0, k + 1), (k + 1, len(words))]
    return [(0, len(words))]


def _name_slices(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The (first, last) token slices of a run that are names, titles stripped."""
    if len(words) == 1:  # one word: nothing to split
        return [] if _trim_start(words) is None else [(0, 1)]
    out = []
    for a, b in _org_and_person_parts(words):
        for c, d in _and_parts(words[a:b]):
            # "Gary Chan of DAB and Eunice Yung of NPP": each coordinated part may hold
            # a name and its body again.
            for e, f in _org_and_person_parts(words[a + c : a + d]):
                start = a + c + e
                k = _trim_start(words[start : a + c + f])
                if k is not None:
                    out.append((start + k, a + c + f))
    return out


def name_runs(runs: list[Run]) -> list[Run]:
    """The name part of every run: titles stripped, coordinated names split."""
    # An article repeats its names; each distinct run of words is worked out once.
    slices_of: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    out = []
    for run in runs:
        if len(run.words) >= 3 and opens_with_participle(run.tokens, run):
            run = run.sub(1)  # noqa: PLW2901 - "Echoing Ravi Bhatt," -> "Ravi Bhatt"
        words = run.words
        slices = slices_of.get(words)
        if slices is None:
            slices = slices_of[words] = _name_slices(words)
        whole = len(words)
        for first, last in slices:
            out.append(run if first == 0 and last == whole else run.sub(first, last))
    return out


class Classifier:
    """Decides, for each distinct name in an article, whether it is a person."""

    def __init__(self, tokens: Tokens, runs: list[Run]):
        self.tokens = tokens
        self.runs = runs
        self.names = first_names()
        self.by_text: dict[str, list[Run]] = defaultdict(list)
        for run in runs:
            self.by_text[run.text].append(run)
        self.org_forms = {text for text, rs in self.by_text.items() if looks_like_org(rs[0].words)}
        # A name that also appears with a company suffix is that company ("Ashok Leyland").
        self.org_stems = set()
        for org in self.org_forms:
            words = org.split()
            if words[-1].lower() in EPONYM_SUFFIXES:
                continue  # "Andy Warhol Foundation": named after a person, not a firm
            for k in range(1, len(words)):
                self.org_stems.add(" ".join(words[:k]))
        self.company_words = self._company_words()

    def _company_words(self) -> set[str]:
        """Single words the article uses as a company's name: an acronym or CamelCase name
        ("BMW"), or the brand of a national arm ("Ford" of "Ford Australia")."""
        out = {text for text in self.org_forms if " " not in text}
        for runs in self.by_text.values():
            words = runs[0].words
            if (
                len(words) == 2
                and words[1] in COUNTRIES
                and not is_place(words[0])
                and words[0] not in NOT_NAMES
                and words[0] not in NATIONALITIES
                and (words[0] not in self.names or words[0] in AMBIGUOUS_GIVEN_NAMES)
            ):
                out.add(words[0])  # not "Michael Jordan"
        return out

    def _not_a_person(self, text: str, words: tuple[str, ...]) -> bool:
        """Reads like a name but is a place, product, firm or model: "San Francisco",
        "Mac OS X", "Merrill Lynch", "Ford Falcon" (a brand's model)."""
        return (
            is_place_name(words)
            or has_acronym_inside(words)
            or is_named_thing(text, words)
            or (len(words) > 1 and words[0] in self.company_words)
        )

    def _soft_org_form(self, words: tuple[str, ...]) -> bool:
        """A given name and a word that ends organisations but is also a surname: "Jim Press"."""
        return (
            len(words) == 2
            and words[1].lower() in SOFT_ORG_SUFFIXES
            and words[0] in self.names
            and words[0] not in AMBIGUOUS_GIVEN_NAMES
        )

    def _honorific_before(self, run: Run) -> bool:
        """ "Mr. Quell", "Ms Quell", "Sen. Quell": a title of a person just before."""
        texts, i = self.tokens.texts, run.first - 1
        if i >= 1 and texts[i] == ".":
            i -= 1
        return i >= 0 and (texts[i] in HONORIFICS or texts[i] in TITLE_ABBREVIATIONS)

    def _work_before(self, run: Run) -> bool:
        """A noun of a work just before the name: "the film Jerry Maguire", "the novel
        \"Anna Karenina\"" (a quotation mark may stand between)."""
        texts, sentences = self.tokens.texts, self.tokens.sentences
        i = run.first - 1
        if i >= 0 and texts[i] in {'"', "“", "‘", "'"}:
            i -= 1
        return i >= 0 and sentences[i] == run.sentence and texts[i].lower() in WORK_NOUNS

    def _determiner_before(self, run: Run) -> bool:
        """A determiner and adjectives before the name: "the completely new Holden
        Commodore", "the \"iconic\" Ford Falcon". People are seldom written so."""
        texts, sentences = self.tokens.texts, self.tokens.sentences
        i = run.first - 1
        for _ in range(4):
            if i < 0 or sentences[i] != run.sentence:
                return False
            word = texts[i]
            if word in {"the", "The"}:
                return True
            if not (word.islower() or word in {'"', "“", "”"}) or is_role_word(word):
                return False
            i -= 1
        return False

    def _running_verb(self, run: Run, before: str) -> bool:
        """ "heads" of "Tom Pell, who heads Marlow Homes": a verb, not a title of the name."""
        return before == "heads" and self._before(run, 2) in {"who", "which", "that", "also"}

    def _before(self, run: Run, k: int = 1) -> str | None:
        """The text of the k-th token before the run, in its sentence."""
        i = run.first - k
        tokens = self.tokens
        return tokens.texts[i] if i >= 0 and tokens.sentences[i] == run.sentence else None

    def _after(self, run: Run, k: int = 1) -> str | None:
        """The text of the k-th token after the run, in its sentence."""
        i = run.last + k
        tokens = self.tokens
        if i < len(tokens.texts) and tokens.sentences[i] == run.sentence:
            return tokens.texts[i]
        return None

    def person_score(self, text: str) -> float:
        """Evidence that a name is a person's; 2 or more means a person."""
        runs = self.by_text[text]
        words = runs[0].words
        given = len(words) > 1 and _is_given(words[0], self.names)
        # "Theresa May", "Stephen King": a word that is also a surname, after a given name.
        surname_word = given and words[-1] in SURNAME_WORDS and words[0] not in SURNAME_WORDS
        penalty = 0.0
        if text in self.org_forms:
            if not self._soft_org_form(words):
                return -10
            penalty = 2  # "Jim Press": a given name and a suffix that is also a surname
        if text in self.org_stems or is_place(text) or self._not_a_person(text, words):
            return -10
        if party_code(words[0]):
            return -10  # "D-Port Alden" of "Sen. Mary Okafor, D-Port Alden,": a party and place
        if any(is_firm_apposition(self.tokens, run) for run in runs):
            return -10  # "Peel Hunt, the broker, said": a firm named like a person
        if any(in_company_context(self.tokens, run) for run in runs):
            return -10  # "shares in Johnson Matthey": a firm named like a person
        # Set operations rather than any(...) over the words: in C, and this runs for
        # every distinct name of every article.
        inner = words[:-1] if surname_word else words
        inner = inner[:1] + tuple(w for w in inner[1:] if len(w) > 1)  # "Carolyn A. Pritchard"
        if not NOT_NAMES.isdisjoint(inner) or not COUNTRIES.isdisjoint(inner):
            return -10
        if len(words) > 4:
            return -10
        for w in words:
            if (len(w) > 2 and w.isupper() and not _DOTTED_INITIALS.match(w)) or (
                w.islower() and w not in PERSON_PARTICLES
            ):
                return -10  # "NASA Chief", "of"
        if (is_role_word(words[-1]) and not surname_word) or (
            not penalty and not ORG_SUFFIXES.isdisjoint(map(str.lower, words))
        ):
            return -10  # "Department Spokesperson", "Office"
        score = -penalty
        if given:
            score += 1 if words[0] in AMBIGUOUS_GIVEN_NAMES else 2
        if _EAST_ASIAN.match(text):
            score += 2
        texts, sentences = self.tokens.texts, self.tokens.sentences
        count = len(texts)
        for run in runs:
            # self._before(run) and self._after(run), written out: this loop is hot.
            i, j, sentence = run.first - 1, run.last + 1, run.sentence
            before = texts[i] if i >= 0 and sentences[i] == sentence else None
            after = texts[j] if j < count and sentences[j] == sentence else None
            if after is not None:
                after_word = after.lower()
                if after_word in FAMILY_WORDS:
                    return -10
                if after == ",":
                    nxt = [self._after(run, k) for k in (2, 3, 4)]
                    if any(t is not None and is_role_word(t) for t in nxt):
                        score += 2
                if after_word in SPEECH_VERBS:
                    score += 1
            if before is None:
                continue
            before_word = before.lower()
            if self._work_before(run):
                score -= 3  # "the film Jerry Maguire": a title, not a person
            if not run.possessive and (before_word == "the" or self._determiner_before(run)):
                score -= 1  # "the completely new Holden Commodore"
            if before in (".", ","):
                prev2 = self._before(run, 2)
                if prev2 is not None:
                    if before == "." and (prev2 in HONORIFICS or prev2 in TITLE_ABBREVIATIONS):
                        score += 4  # "Mr. Lee", "Sen. Stabenow"
                    elif before == "," and is_role_word(prev2):
                        score += 2  # "the company's chairman, Lee"
            elif before in HONORIFICS:
                score += 4
            if is_role_word(before) and not self._running_verb(run, before):
                score += 2
            elif before_word in KIN_NOUNS:
                score += 2  # "her daughter Ada Okoro", "their son Tom"
            if before_word in SPEECH_VERBS:
                score += 1
        if (
            len(words) > 1
            and words[-1] in self.by_text
            and self.by_text[words[-1]][0].words == (words[-1],)
        ):
            score += 1  # the surname alone elsewhere: "Mohib said"
            if any(self._honorific_before(r) for r in self.by_text[words[-1]]):
                score += 2  # "Zorbat Quell ... Mr. Quell said": an unknown given name
        if len(words) == 1:
            score -= 1.5
            if words[0] not in self.names:
                score -= 1
        return score
