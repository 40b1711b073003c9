"""Who a speaker is: a name, a pronoun, a role noun or an organisation, resolved to a person."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.extraction.entities import is_role_word, singular_role
from desktop.extraction.lexicon import ROLE_WORDS, first_names
from desktop.extraction.lexicon_speech import ROLE_NOUN_STANDS_FOR
from desktop.extraction.people import NameIndex
from desktop.lazyre import lazy_compile

_TITLE_BEFORE = lazy_compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@dataclass(frozen=True)
class Subject:
    """Who speaks, as found before or after a reporting verb.

    start is where the words naming them begin; speaker is a person's canonical name;
    source, when no person is named, is who the statement is from as the article names
    it ("GM", "officials", "the report"); basis says how an indirect speaker was found
    (a BASIS_* of the domain model), None when the sentence names them.
    """

    start: int
    speaker: str | None = None
    source: str | None = None
    basis: str | None = None

    @property
    def found(self) -> bool:
        return self.speaker is not None or self.source is not None


def _latest_first(mentions: list[tuple[int, int, str]], k: int) -> Iterator[tuple[int, int, str]]:
    """mentions[k-1], mentions[k-2], ...: reversed(mentions[:k]) without copying the list,
    which in a long article made each lookup cost as much as the mentions before it."""
    return map(mentions.__getitem__, range(k - 1, -1, -1))


def _same_organisation(theirs: str | None, named: str) -> bool:
    """Whether a person's organisation is the one named: "Acme" and "Acme Ltd." agree."""
    if not theirs:
        return False
    a, b = set(theirs.lower().split()), set(named.lower().split())
    return bool(a & b)


class SpeakerResolver:
    """Turns mentions, pronouns and role nouns before an offset into a person's name."""

    def __init__(self, names: NameIndex, text: str = ""):
        self.names = names
        self.text = text
        self.titled: dict[str, str] = {}  # person -> "m"/"f" from "Mr."/"Ms." before a mention
        for start, _end, name in names.person_mentions:
            title = _TITLE_BEFORE.search(text, max(0, start - 8), start)
            if title and name not in self.titled:
                self.titled[name] = "m" if title[1] == "Mr" else "f"
        self.learned: dict[str, str] = {}  # person -> gender an earlier he/she gave them
        self.starts = [s for s, _, _ in names.person_mentions]
        self.genders = first_names()
        self.ends_by_start = {s: e for s, e, _ in names.person_mentions}
        self.by_end: dict[int, tuple[int, str]] = {}
        for s, e, name in names.person_mentions:
            self.by_end.setdefault(e, (s, name))
        self.org_ends = {e: name for _s, e, name in names.org_mentions}
        self.org_start_by_end = {e: s for s, e, _name in names.org_mentions}
        self.org_starts = [s for s, _e, _n in names.org_mentions]
        self._by_role = self._mentions_by_role()
        self.organisation = {p.name: p.organisation for p in names.people}
        self.roles = {p.name: p.role for p in names.people}

    def _mentions_by_role(self) -> dict[str, list[tuple[int, str]]]:
        """Role word -> (mention start, person) of every mention of a person with that role."""
        roles: dict[str, set[str]] = {}
        for person in self.names.people:
            words = (person.role or "").lower().replace("-", " ").split()
            roles[person.name] = {singular_role(w) for w in words if w in ROLE_WORDS}
        by_role: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for start, _end, name in self.names.person_mentions:  # in text order
            for word in roles.get(name, ()):
                by_role[word].append((start, name))
        return by_role

    def gender(self, name: str) -> str:
        """ "m", "f" or "-": from "Mr."/"Ms.", an earlier he/she, or the given name."""
        # "Mr. Tan" says more than a list of given names, which may not know the name
        # or may read a family name written first as a given name.
        return (
            self.titled.get(name)
            or self.learned.get(name)
            or self.genders.get(name.split()[0], "-")
        )

    def pronoun(self, word: str, offset: int, learn: bool = True) -> str | None:
        """The person a "he" or "she" at offset refers to: the last one named before it
        whose gender fits; "Ann Lee met Tom Hart. She said ..." -> Ann Lee.

        Only people are candidates: a place, organisation or group is never one. With
        learn, a person whose gender was not known takes the pronoun's from then on.
        """
        want = _PRONOUN_GENDER.get(word.lower(), "-")
        k = bisect.bisect_left(self.starts, offset)
        recent: list[str] = []
        paragraph = self.text.rfind("\n", 0, offset)
        subjects: list[str] = []  # people the paragraph names as a sentence's subject
        for start, _e, name in _latest_first(self.names.person_mentions, k):
            if start > paragraph and name not in subjects and self._opens_sentence(start):
                subjects.append(name)
            if name not in recent:
                recent.append(name)
            if len(recent) == 4:
                break
        # "Tom Breyer ... He hired Mike Dunn last year. 'We had no choice,' he said": the
        # paragraph's subject before a man named since as an object.
        recent.sort(key=lambda name: name not in subjects)
        # The last person named whose gender fits the pronoun. The list of given names is
        # not every culture's, so with no fit the last person named is taken, unless the
        # text itself ("Mr.", an earlier "he") says otherwise.
        for name in recent:
            gender = self.gender(name)
            if gender == want:
                return name
            if gender == "-":
                if learn:
                    self.learned[name] = want  # "she" for this person later agrees
                return name
        for name in recent:
            if (self.titled.get(name) or self.learned.get(name)) is None:
                return name
        return None

    def _opens_sentence(self, start: int) -> bool:
        """Whether a mention stands first in its sentence, after its title at most: "Tom
        Breyer has run ...", "Chief executive Tom Breyer met ..."; not "He hired Tom"."""
        words = self.text[max(0, start - 60) : start].split()
        for word in reversed(words):
            if word[-1:] in '.!?"“”' or word == "—":
                return True
            if not (is_role_word(word) or word.istitle()) or word.lower() in _PRONOUN_GENDER:
                return False
        return start < 60

    def person_with_role(self, role: str, offset: int, org: str | None = None) -> str | None:
        """The person last named before offset whose role holds the word role, and who
        is of org where it is given (else the last with the role):
        "Dr. Ann Lee, a professor of law, ... the professor said" -> Ann Lee;
        "Acme's founder said" -> the founder of Acme, not a founder of another firm."""
        role = singular_role(role.lower())
        mentions = self._by_role.get(role)
        if not mentions or mentions[0][0] >= offset:
            mentions = self._stood_for(role)
        if not mentions:
            return None
        k = bisect.bisect_left(mentions, (offset,))
        if org:
            # A few people at most share a role word: look back over them only.
            for _start, name in map(mentions.__getitem__, range(k - 1, max(-1, k - 9), -1)):
                if _same_organisation(self.organisation.get(name), org):
                    return name
        return mentions[k - 1][1] if k else None

    def _stood_for(self, role: str) -> list[tuple[int, str]]:
        """The mentions of people whose role a role noun may stand for, in text order:
        "boss" -> the chief executives, presidents, founders ... (ROLE_NOUN_STANDS_FOR)."""
        words = ROLE_NOUN_STANDS_FOR.get(role, ())
        return sorted(m for word in words for m in self._by_role.get(word, ()))

    def org_before(self, offset: int) -> str | None:
        """The organisation last named before offset: "the company" -> "Ford"."""
        k = bisect.bisect_left(self.org_starts, offset)
        return self.names.org_mentions[k - 1][2] if k else None

    def person_end(self, start: int) -> int | None:
        """Where the person mention that starts at start ends."""
        return self.ends_by_start.get(start)

    def person_ending_at(self, end: int) -> tuple[int, str] | None:
        return self.by_end.get(end)

    def org_ending_at(self, end: int) -> str | None:
        return self.org_ends.get(end)

    def people_within(self, start: int, end: int) -> set[str]:
        """The people named wholly inside text[start:end]."""
        mentions = self.names.person_mentions
        k = bisect.bisect_left(self.starts, start)
        found = set()
        while k < len(mentions) and mentions[k][0] < end:
            if mentions[k][1] <= end:
                found.add(mentions[k][2])
            k += 1
        return found

    def first_person_in(self, start: int, end: int) -> tuple[int, str] | None:
        k = bisect.bisect_left(self.starts, start)
        if k < len(self.starts):
            s, e, name = self.names.person_mentions[k]
            if e <= end:
                return s, name
        return None

    def first_org_in(self, start: int, end: int) -> tuple[int, str] | None:
        k = bisect.bisect_left(self.org_starts, start)
        if k < len(self.org_starts):
            s, e, name = self.names.org_mentions[k]
            if e <= end:
                return s, name
        return None
