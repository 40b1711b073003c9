"""Who a noun phrase names as a speaker: a source ("officials", "the report") or a
person by role ("the company's founder")."""

from __future__ import annotations

import bisect

from desktop.domain.model import BASIS_ROLE_NOUN
from desktop.extraction.context import Document
from desktop.extraction.lexicon import ROLE_WORDS
from desktop.extraction.lexicon_speech import (
    DOCUMENT_SOURCES,
    EPITHET_NOUNS,
    GROUP_SOURCES,
    ORG_NOUNS,
    SOURCE_DETERMINERS,
)
from desktop.extraction.speakers import SpeakerResolver, Subject
from desktop.lazyre import lazy_compile

# Marks that end a noun phrase read backwards from a reporting verb.
_PHRASE_BREAKS = tuple(',;:()“”"—–')
_WORD = lazy_compile(r"\S+")
# Words that end a source's noun phrase when read backwards: clause words and verbs.
NOT_IN_PHRASE = frozenset(
    """that which who whom whose when while as and but or if because is was were are be been
    being has have had will would could should may might can not to said says""".split()
)
_PREPOSITIONS = frozenset({"of", "for", "from", "at", "with", "in"})
# An age used as a person's description: "the 41-year-old".
_AGED = lazy_compile(r"\d{1,3}-year-old")
_AGE_AFTER = lazy_compile(r",\s*(\d{1,3})\s*,")  # "Tom Reyes, 52, said"
_AGE_MENTIONS = 30  # how far back an age given with a name is looked for
# How far back (in characters) "the statement" looks for the sentence that issued it.
_DOCUMENT_REACH = 500
# How far back (in characters) the person an epithet describes was last named.
_EPITHET_REACH = 1200


class NounPhraseSpeakers:
    """The noun-phrase rules of attribution.Attributor, which gives them text and res."""

    text: str
    res: SpeakerResolver
    doc: Document

    def source_before_apposition(self, sent_start: int, end: int) -> Subject | None:
        """ "The report, written by economists Ann Lee and Bo Kim, says": a document or an
        organisation opens the sentence and the apposition describes it, so the people
        named in the apposition are not who speaks; the source is "the report"."""
        text = self.text
        comma = text.find(",", sent_start, end)
        if comma < 0 or not text[sent_start:end].rstrip().endswith(","):
            return None
        words = text[sent_start:comma].split()
        if not 1 < len(words) <= 5 or words[0].lower() not in {"the", "a", "an", "its"}:
            return None
        head = words[-1].lower()
        if head not in DOCUMENT_SOURCES and head not in ORG_NOUNS:
            return None
        subj = self.nominal(words, sent_start)
        return subj if subj is not None and subj.speaker is None else None

    def nominal_before(self, sent_start: int, end: int) -> Subject | None:
        """A noun phrase that ends at end and names a source or a role:
        "the company's founder" -> the founder last named; "officials" -> "officials"."""
        segment = self.text[max(sent_start, end - 90) : end]
        # The phrase starts after the last mark that no noun phrase holds.
        cut = max(map(segment.rfind, _PHRASE_BREAKS)) + 1
        tokens = list(_WORD.finditer(segment, cut))[-10:]
        words = [t[0] for t in tokens]
        skip = max((i + 1 for i, w in enumerate(words) if w.lower() in NOT_IN_PHRASE), default=0)
        if skip >= len(words):
            return None
        start = end - len(segment) + tokens[skip].start()
        words = words[skip:]
        return self.nominal(words, start)

    def nominal(self, words: list[str], start: int) -> Subject | None:
        """Resolve a noun phrase that names who speaks ("the company", "a spokesman for
        the bank", "analysts", "the report", "Boeing's chief executive")."""
        head_part = words
        for i, w in enumerate(words):
            if w.lower() in _PREPOSITIONS and i > 0:
                head_part = words[:i]
                break
        head = head_part[-1].lower().rstrip(".,")
        first = words[0]
        definite = first.lower() in {"the", "its", "their", "his", "her"} or first.endswith(
            ("'s", "’s")
        )
        phrase = " ".join(words).rstrip(",")
        if head in ROLE_WORDS and head not in GROUP_SOURCES - ROLE_WORDS:
            if definite:
                org = self.owner(head_part, start)
                person = self.res.person_with_role(head, start, org)
                if person is None and first.lower() == "the" and head not in GROUP_SOURCES:
                    person = self.person_by_epithet(start, head, words)  # "The billionaire"
                if person:
                    return Subject(start, person, basis=BASIS_ROLE_NOUN)
            if _opens_phrase(first) and (head in GROUP_SOURCES or first[:1].islower() or definite):
                return Subject(start, source=phrase)  # "a senior official", "the professor"
            return None
        if first.lower() == "the" and _AGED.fullmatch(head):
            person = self.person_by_epithet(start, head, words)  # "the 41-year-old said"
            return Subject(start, person, basis=BASIS_ROLE_NOUN) if person else None
        if head in DOCUMENT_SOURCES and first.endswith(("'s", "’s")):
            # "Lee's statement said": the person whose words the document holds.
            hit = self.res.person_ending_at(start + len(first) - 2)
            if hit:
                return Subject(start, hit[1])
        if head in DOCUMENT_SOURCES and first.lower() == "the" and len(head_part) == 2:
            author = self.document_author(head, start)
            if author:  # "Jo Lee issued a statement. “...,” the statement said."
                return Subject(start, author, basis=BASIS_ROLE_NOUN)
        if head in GROUP_SOURCES or head in DOCUMENT_SOURCES:
            if _opens_phrase(first) or len(words) == 1:
                return Subject(start, source=phrase)
            return None
        if head in ORG_NOUNS and first.lower() in {"the", "its"} and len(head_part) <= 3:
            return Subject(start, source=self.res.org_before(start) or phrase)
        return None

    def person_by_epithet(self, offset: int, head: str, words: list[str]) -> str | None:
        """The person "the billionaire", "the former banker" or "the 41-year-old" refers
        to when no one named holds that role: news gives such a description of someone
        it has just named, so the last person named, if close before offset. A job
        title that person does not hold ("the founder" after a chief executive) is
        someone else's.

        "Investor Greg Poole welcomed it. “He is a shrewd one,” the tycoon said." ->
        Greg Poole.
        """
        k = bisect.bisect_left(self.res.starts, offset)
        if k == 0 or self.res.starts[k - 1] < offset - _EPITHET_REACH:
            return None
        person = self.res.names.person_mentions[k - 1][2]
        if _AGED.fullmatch(head) and not self._aged(person, int(head.split("-")[0]), k):
            return None  # "Tom Reyes, 52, ... the 19-year-old said": someone else
        role = (self.res.roles.get(person) or "").lower()
        described = (
            not role
            or head in role
            or head in EPITHET_NOUNS
            or _AGED.fullmatch(head)
            or any(w.lower() == "former" for w in words)
        )
        return person if described else None

    def _aged(self, person: str, age: int, k: int) -> bool:
        """Whether person may be age: no other age is given after their name ("Tom
        Reyes, 52,") in the last _AGE_MENTIONS mentions before the k-th."""
        mentions = self.res.names.person_mentions
        for _s, e, name in reversed(mentions[max(0, k - _AGE_MENTIONS) : k]):
            if name == person and (given := _AGE_AFTER.match(self.text, e)):
                return int(given[1]) == age
        return True

    def document_author(self, head: str, start: int) -> str | None:
        """The one person named in a sentence shortly before that mentions the same
        document: "Senator Jo Lee issued a statement. “...,” the statement said." -> Jo
        Lee. The two latest mentions of the word are tried."""
        end = start
        for _ in range(2):
            k = self.text.rfind(head, max(0, start - _DOCUMENT_REACH), end)
            if k < 0:
                return None
            whole = not self.text[k - 1 : k].isalnum() and not (
                self.text[k + len(head) : k + len(head) + 1].isalnum()
            )
            sentence = self.doc.sentence_at(k)
            if whole and sentence is not None:
                people = self.res.people_within(sentence.start, k)
                if len(people) == 1:
                    return people.pop()
            end = k
        return None

    def owner(self, words: list[str], start: int) -> str | None:
        """The organisation a role belongs to in "its founder", "the company's chairman",
        "Acme's chief executive", "the Acme boss": the one named, or the one last named
        before start."""
        for i, w in enumerate(words[:-1]):
            bare = w.removesuffix("'s").removesuffix("’s")
            if w.lower() == "its" or (bare != w and bare.lower() in ORG_NOUNS):
                return self.res.org_before(start)
            if bare != w:
                offset = start + len(" ".join(words[:i])) + (1 if i else 0) + len(bare)
                return self.res.org_ending_at(offset)
        # An organisation named before the role: "the Acme boss", "the Castle Steel chief".
        org = self.res.first_org_in(start, start + len(" ".join(words)))
        return org[1] if org else None


def _opens_phrase(word: str) -> bool:
    """Whether a noun phrase may start with word: a determiner, a capital or a number."""
    return word.lower() in SOURCE_DETERMINERS or word[:1].isupper() or word[:1].isdigit()
