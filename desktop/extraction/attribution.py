"""Who speaks by a reporting verb: the subject before it or after it, a person or a source."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from desktop.domain import Span
from desktop.domain.model import BASIS_PRONOUN
from desktop.extraction.context import Document
from desktop.extraction.entities import is_role_word
from desktop.extraction.lexicon import (
    after_non_letter,
    matches_after_non_letters,
    word_pattern,
)
from desktop.extraction.lexicon_speech import (
    CLAUSE_OPENERS,
    GROUP_SOURCES,
    LABEL_VERBS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    SOURCE_DETERMINERS,
    TOLD_LIKE,
)
from desktop.extraction.nominal import NOT_IN_PHRASE, NounPhraseSpeakers
from desktop.extraction.paragraph_subjects import (
    paragraph_subjects,
    pick_for_pronoun,
    unnamed_person_at,
)
from desktop.extraction.people import NameIndex
from desktop.extraction.speakers import SpeakerResolver, Subject, _latest_first
from desktop.extraction.tails import (
    adverbs_start,
    before_aside,
    conjunction_start,
    pronoun_at_end,
)
from desktop.lazyre import lazy_compile

VERB = lazy_compile(word_pattern(REPORTING_VERBS))
# VERB at every place, found by a scan that skips the letters inside words.
_VERB_AFTER_NON_LETTER = lazy_compile(after_non_letter(VERB.pattern))
QUOTE_WORDS = REPORTING_VERBS | LABEL_VERBS | REPORTING_PARTICIPLES
# Reporting verbs, their participles and verbs that put words in quotation marks: who a
# quotation is from.
QUOTE_VERB = lazy_compile(word_pattern(QUOTE_WORDS))
_QUOTE_MARK = lazy_compile('[“”"]')
_PRONOUN_START = lazy_compile(r"\s*,?\s*(he|she|He|She)\b")
# A short scene-setting phrase and its comma at a sentence's start: "Last Friday, ".
_LEAD_IN_COMMA = lazy_compile(r"(?:[\w’'.-]+\s+){0,5}[\w’'.-]+\s*,\s*")
# A finite reporting verb: in an apposition it would start a statement of its own
# (a noun such as "in remarks to" does not).
# Words that put a reporting verb in the infinitive, its subject theirs: "Lee went on to
# say", "Lee was quick to add".
_TO_SPEAK = lazy_compile(
    r"\b(?:went on|(?:was|were) (?:quick|careful|keen|eager|at pains)|took (?:pains|care)"
    r"|continued|hastened|went so far as|wanted|sought|moved|rushed)\s+to\s*$"
)
_SAID = lazy_compile(r"\b(?:said|says|told|tells|added|adds|stated|states)\b")
# Nouns for an occasion of speaking: "X issued a statement", "X gave an interview".
_STATEMENT_NOUN = lazy_compile(
    r"\b(?:statement|remarks|speech|interview|letter|press conference|news conference)\b"
)
_ABBREVIATION = lazy_compile(r"[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+")
# The words of a short noun phrase, up to a mark: "chief of staff" in "'s chief of staff,".
_PHRASE_AFTER = lazy_compile(r"(?:\s*[\w’'-]+){1,5}")
_LEADING_WORDS = lazy_compile(r"\s*,?\s*((?:[\w’'.&-]+\s+){0,9}[\w’'.&-]+)")
# A comma-enclosed sentence adverb before the verb: "Executives, however, said".
_COMMA_ADVERB = lazy_compile(
    r",\s*(?:however|meanwhile|though|too|in turn|for (?:its|his|her|their) part)\s*,\s*$"
)
# "Jo Lee for the Food Agency, says": a name and whom the person speaks for.
_OF_ORGANISATION = lazy_compile(r"\s+(?:of|for|at|from|with)\s+(?:the\s+)?[A-Z][^,]*,\s*$")
# The preposition between a person and the organisation they speak for: "Lee of Acme".
_PERSON_OF = lazy_compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?$")
_RELATIVE_APPOSITION = lazy_compile(r",\s*(?:who|whose)\b.*,\s*$")
# An apposition that opens as a noun phrase: "Ann Hill, a cardiologist at Lakeview Clinic
# who was not involved in the trial, said".
_NOUN_APPOSITION = lazy_compile(r",\s*(?:a|an|the)\s")
_NOT_DESCRIPTOR = NOT_IN_PHRASE - {"and"} | {"on", "by", "after", "before", "during"}
# Words that show a sentence's opening is no title before a name: "After", "told".
_NOT_TITLE = _NOT_DESCRIPTOR | CLAUSE_OPENERS | {"he", "she", "they", "it", "we"}


class VerbHit:
    """A reporting verb found among the tokens, with the match methods the rules use."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, _index: int = 0) -> str:
        return self._text


def reporting_verbs(text: str, start: int, end: int) -> list[re.Match]:
    """VERB.finditer(text, start, end), by a scan that looks for a verb only after a space
    or a mark (lexicon.after_non_letter)."""
    return matches_after_non_letters(VERB, _VERB_AFTER_NON_LETTER, text, start, end)


class Attributor(NounPhraseSpeakers):
    """Finds the subject of reporting verbs in one article."""

    def __init__(self, doc: Document, names: NameIndex):
        self.doc = doc
        self.text = doc.text
        self.res = SpeakerResolver(names, doc.text)
        # paragraph_speaker's place: (paragraph start, offset, next sentence, speaker).
        self._paragraph_state: tuple[int, int, int, str | None] | None = None
        self._verbs: list[VerbHit] | None = None
        self._verb_starts: list[int] = []
        self._line_breaks: list[int] | None = None

    def pronoun(self, word: str, offset: int) -> str | None:
        """The person a "he" or "she" at offset means: the paragraph's subject or last
        speaker whose gender fits, before the last person named (see pick_for_pronoun)."""
        want = "m" if word.lower() == "he" else "f"
        para_start = self.paragraph_start(offset)
        people = paragraph_subjects(
            self.doc, self.res, para_start, offset, self.previous_paragraph_start(para_start)
        )
        last_named = self.res.pronoun(word, offset, learn=False)
        who = pick_for_pronoun(self.res, want, people, last_named)
        if who and self.res.gender(who) == "-":
            self.res.learned[who] = want  # "she" for this person later agrees
        return who

    def pronoun_subject(self, word: str, offset: int) -> Subject:
        """Who a "he" or "she" at offset is: a person (see pronoun), or the unnamed person
        the paragraph opened with: "A senior official at the ministry, speaking on
        condition of anonymity, said ... “We had no choice,” he said." -> the source
        "A senior official", not a man named in an earlier paragraph."""
        unnamed = self.unnamed_opener(offset)
        if unnamed:
            return Subject(offset, source=unnamed, basis=BASIS_PRONOUN)
        return Subject(offset, self.pronoun(word, offset), basis=BASIS_PRONOUN)

    def unnamed_opener(self, offset: int) -> str | None:
        """The unnamed person ("A senior official", "One resident") who opens offset's
        paragraph, or the paragraph before when this one names nobody before offset;
        None where a person is named between that opening and offset."""
        start = self.paragraph_start(offset)
        opener = unnamed_person_at(self.text, start, offset)
        if opener is None and self.res.first_person_in(start, offset) is None:
            previous = self.previous_paragraph_start(start)
            if previous >= 0:
                start, opener = previous, unnamed_person_at(self.text, previous, start)
        if opener is None or self.res.first_person_in(start, offset) is not None:
            return None
        return opener

    def subject_before(self, sent_start: int, verb_start: int) -> Subject | None:
        """Who speaks in "... NAME said", "... he said", "the company said".

        "Jo Lee on Friday said" -> Jo Lee; "the professor said" -> the person last
        named as a professor; "officials said" -> source "officials".
        """
        end = adverbs_start(self.text, sent_start, verb_start)  # "Lee also said"
        comma_adverb = _COMMA_ADVERB.search(self.text, max(sent_start, end - 30), end)
        if comma_adverb:
            end = comma_adverb.start()
        end = before_aside(self.text, sent_start, end)  # "Lewis (pictured) said"
        lead = _TO_SPEAK.search(self.text, max(sent_start, end - 30), end)
        if lead:  # "Lowell went on to say": the subject of "went on"
            return self.subject_before(sent_start, lead.start()) or self.sentence_subject(
                sent_start, lead.start()
            )
        conj = conjunction_start(self.text, sent_start, end)
        if conj is not None:
            return self.coordinated_subject(sent_start, conj)
        pronoun = pronoun_at_end(self.text, sent_start, end)
        if pronoun is not None:
            start, word = pronoun
            return self.pronoun_subject(word, start)
        if self.text[max(sent_start, end - 3) : end] in (" it", " It") or (
            end - sent_start == 2 and self.text[sent_start:end] in ("it", "It")
        ):
            # "“We will appeal,” it said": the organisation last named.
            org = self.res.org_before(end - 2)
            return Subject(end - 2, source=org, basis=BASIS_PRONOUN) if org else None
        hit = self.res.person_ending_at(end)
        if hit is None and self.text[end - 1 : end] == ".":
            hit = self.res.person_ending_at(end - 1)  # "Gregory Stamos Jr. has said"
        if hit:
            return self.first_of_joint_subject(sent_start, hit[0]) or Subject(hit[0], hit[1])
        found = self.source_before_apposition(sent_start, end) or self.speaker_in_apposition(
            sent_start, end
        )
        if found:
            return found  # "Jo Lee, chair of the Iodine Council, says"
        org = self.res.org_ending_at(end)
        if org is None and self.text[end - 1 : end] == ".":
            end -= 1
            org = self.res.org_ending_at(end)  # "Acme Ltd. said"
        if org:
            return self.person_of_organisation(sent_start, end) or Subject(end, source=org)
        return self.nominal_before(sent_start, end)

    def person_of_organisation(self, sent_start: int, org_end: int) -> Subject | None:
        """The person named before the organisation they speak for, with no comma:
        "Analyst Chris Murtagh of Cormorant Capital said" -> Chris Murtagh, not the firm."""
        org_start = self.res.org_start_by_end[org_end]
        m = _PERSON_OF.search(self.text, max(sent_start, org_start - 12), org_start)
        hit = self.res.person_ending_at(m.start()) if m else None
        return Subject(hit[0], hit[1]) if hit and hit[0] >= sent_start else None

    def first_of_joint_subject(self, sent_start: int, start: int) -> Subject | None:
        """The first of two people who speak together: "Prime Minister Jo Lee and industry
        minister Al Roy announced ..." -> Jo Lee, the first named."""
        k = bisect.bisect_left(self.res.starts, start)
        if k == 0:
            return None
        s, e, name = self.res.names.person_mentions[k - 1]
        between = self.text[e:start].split()
        if s < sent_start or not between or between[0] != "and":
            return None
        if len(between) == 1 or is_descriptor(" ".join(between[1:])):
            return Subject(s, name)
        return None

    def coordinated_subject(self, sent_start: int, conj: int) -> Subject | None:
        """The subject of the first verb in "X denied the claim and said ...", or the
        person who opens the sentence: "Jo Lee praised the deal but added ..." -> Jo Lee."""
        for m in reporting_verbs(self.text, sent_start, conj):
            found = self.subject_before(sent_start, m.start())
            if found:
                return found
        pronoun = _PRONOUN_START.match(self.text, sent_start, conj)
        if pronoun:
            start = pronoun.start(1)
            return self.pronoun_subject(pronoun[1], start)
        hit = self.res.first_person_in(sent_start, conj)
        if hit and is_title(self.text[sent_start : hit[0]]):  # "Union head Jo Lee praised"
            return Subject(hit[0], hit[1])
        return None

    def sentence_subject(self, sent_start: int, limit: int) -> Subject | None:
        """The person who opens a sentence, after a short lead-in: "Last Friday, Lee went
        on a tirade, saying ..." -> Lee; "She left, adding ..." -> the woman last named."""
        starts = [sent_start]
        lead = _LEAD_IN_COMMA.match(self.text, sent_start, limit)
        if lead:
            starts.append(lead.end())
        for start in starts:
            pronoun = _PRONOUN_START.match(self.text, start, limit)
            if pronoun:
                at = pronoun.start(1)
                return self.pronoun_subject(pronoun[1], at)
            hit = self.res.first_person_in(start, limit)
            if hit and is_title(self.text[start : hit[0]]):
                return Subject(hit[0], hit[1])
        return None

    def speaker_in_apposition(self, sent_start: int, end: int) -> Subject | None:
        """ "Fuad Basya, spokesman for the Indonesian military, said": the name before a
        comma-enclosed description (whose closing comma is sometimes missing)."""
        k = bisect.bisect_left(self.res.starts, end)
        for s, e, name in _latest_first(self.res.names.person_mentions, k):
            if e >= end:
                continue
            if s < sent_start:
                break
            between = self.text[e:end]
            if between.startswith(("'s ", "’s ")) and between.rstrip().endswith(","):
                continue  # "Tom Ward, Bennett's deputy, said": the possessor describes Ward
            words = len(between.split())
            # A long appositive is fine when it describes the speaker's roles:
            # "Cres Eastman, Director of the ... study, and Chairman of the ..., says".
            long_ok = words <= 30 and (
                any(is_role_word(w.strip(",")) for w in between.split())
                or _RELATIVE_APPOSITION.match(between)  # "X, who ran the firm for years, said"
                or _NOUN_APPOSITION.match(between)
            )
            described = between.startswith(",") or _OF_ORGANISATION.match(between)
            if described and not _SAID.search(between) and (words <= 12 or long_ok):
                if between.count(",") <= 4 and not _QUOTE_MARK.search(between):
                    return Subject(s, name)
            break
        return None

    def subject_after(
        self, verb_end: int, limit: int, verb: str = "", inverted: bool = False
    ) -> Subject | None:
        """Who speaks in "..., said Mauer", "“...,” said he", "said auto worker Jo Lee",
        "said the vice president of the union, Jo Lee", "said the company".

        With inverted (the verb comes right after what was said and its comma), a verb
        of telling names its speaker too: "“Why now?” asked Jo Lee", "Prices will rise,
        warned Jo Lee"; elsewhere its object is the listener ("told the police").
        """
        if verb in REPORTING_PARTICIPLES or (verb in TOLD_LIKE and not inverted):
            return None  # "told the police", "promising an update from X": whom, not who
        m = _PRONOUN_START.match(self.text, verb_end, limit)
        if m:
            start = m.start(1)
            return self.pronoun_subject(m.group(1), start)
        hit = self.res.first_person_in(verb_end, min(limit, verb_end + 100))
        if hit:
            between = self.text[verb_end : hit[0]].strip(" ,")
            if not between or is_descriptor(between):
                return self.person_or_theirs(hit, limit)
        org = self.res.first_org_in(verb_end, min(limit, verb_end + 40))
        if org and not self.text[verb_end : org[0]].strip(" ,").lower().removeprefix("the"):
            return Subject(org[0], source=org[1])
        words = _LEADING_WORDS.match(self.text, verb_end, limit)
        if words and words[1].split()[0].lower() in SOURCE_DETERMINERS | GROUP_SOURCES:
            # "said the company", "said officials": the phrase up to a clause word.
            phrase = []
            for w in words[1].split():
                if w.lower() in NOT_IN_PHRASE or not w[:1].isalnum():
                    break
                phrase.append(w.rstrip(".,"))
                if w.endswith((",", ".")):
                    break
            if phrase:
                return self.nominal(phrase, words.start(1))
        return None

    def person_or_theirs(self, hit: tuple[int, str], limit: int) -> Subject:
        """The person named after a reporting verb, or whoever speaks for them when the
        name is a possessor: "said Ortiz's chief of staff, Maria Santos" -> Maria Santos;
        "said Ortiz's spokesman" -> the source "Ortiz's spokesman", not Ortiz."""
        end = self.res.person_end(hit[0]) or hit[0]
        if self.text[end : end + 2] not in ("'s", "’s"):
            return Subject(hit[0], hit[1])
        theirs = self.res.first_person_in(end + 2, min(limit, end + 100))
        if theirs and is_descriptor(self.text[end + 2 : theirs[0]].strip(" ,")):
            return Subject(theirs[0], theirs[1])
        phrase = _PHRASE_AFTER.match(self.text, end + 2, limit)
        return Subject(hit[0], source=self.text[hit[0] : phrase.end()].strip())

    def verbs_before(self, start: int, end: int) -> Iterator[VerbHit]:
        """The reporting and labelling verbs in text[start:end], last first, found by
        bisection in one scan of the whole text (end is not inside a word).

        Each quote asking for the verbs before it scanned its sentence up to the quote,
        which in a sentence of many quotes grew with the square of its length.
        """
        if self._verbs is None:
            # The tokens are already there: a set lookup per word beats a regex scan.
            self._verbs = [
                VerbHit(t.start, t.end, t.text) for t in self.doc.tokens_among(QUOTE_WORDS)
            ]
            self._verb_starts = [m.start() for m in self._verbs]
        k = bisect.bisect_left(self._verb_starts, end) - 1
        while k >= 0 and self._verbs[k].end() > end:
            k -= 1
        while k >= 0 and self._verbs[k].start() >= start:
            yield self._verbs[k]
            k -= 1

    def last_verb_between(self, start: int, end: int) -> VerbHit | None:
        """The last of QUOTE_VERB.finditer(text, start, end), found by bisection."""
        return next(self.verbs_before(start, end), None)

    def paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding offset starts: just after the line break before it."""
        if self._line_breaks is None:
            self._line_breaks = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect.bisect_left(self._line_breaks, offset)
        return self._line_breaks[k - 1] + 1 if k else 0

    def previous_paragraph_start(self, para_start: int) -> int:
        """Where the paragraph before the one that starts at para_start starts, over blank
        lines; -1 if there is none."""
        start = para_start
        while start > 0:
            before = self.paragraph_start(start - 1)
            if self.text[before : start - 1].strip():
                return before
            start = before
        return -1

    def paragraph_speaker(self, doc: Document, offset: int) -> str | None:
        """The person who last spoke, by a reporting verb, earlier in offset's paragraph.

        Asked in text order (as find_quotes does), it goes on from the sentence where
        the last question stopped, so a paragraph of many quotes is read once, not once
        per quote; asked out of order, it starts again from the paragraph's start.
        """
        para_start = self.paragraph_start(offset)
        state = self._paragraph_state
        if state is None or state[0] != para_start or offset < state[1]:
            state = (para_start, offset, max(0, doc.sentence_index(para_start)), None)
        _start, _offset, k, best = state
        last = doc.sentence_index(offset)
        while k <= last:
            sent = doc.sentences[k]
            if sent.end > offset:
                break
            k += 1
            if sent.start >= para_start:
                best = self._sentence_speaker(sent) or best
        self._paragraph_state = (para_start, offset, k, best)
        return best

    def paragraph_speaker_plain(self, doc: Document, offset: int) -> str | None:
        """paragraph_speaker read from the paragraph's start each time (what tests compare)."""
        para_start = self.text.rfind("\n", 0, offset) + 1
        best = None
        first = max(0, doc.sentence_index(para_start))
        for sent in doc.sentences[first : doc.sentence_index(offset) + 1]:
            if sent.end > offset:
                break
            if sent.start >= para_start:
                best = self._sentence_speaker(sent) or best
        return best

    def _sentence_speaker(self, sent: Span) -> str | None:
        """The last person a sentence has speak: by a reporting verb, or as the subject of
        a sentence about a statement ("Senator Jo Lee issued a statement. “...”")."""
        best = None
        for m in reporting_verbs(self.text, sent.start, sent.end):
            subj = self.subject_before(sent.start, m.start()) or self.subject_after(
                m.end(), sent.end, m.group(1)
            )
            if subj and subj.speaker:
                best = subj.speaker
        if _STATEMENT_NOUN.search(self.text, sent.start, sent.end):
            subj = self.sentence_subject(sent.start, sent.end)
            if subj and subj.speaker:
                best = subj.speaker
        return best


def is_title(words: str) -> bool:
    """Whether words before a name are only a title: "", "Governor", "Chief executive",
    or a role with the field it is in: "Steelworkers union representative"."""
    toks = words.split()
    if len(toks) <= 4 and all(t[:1].isupper() or is_role_word(t) for t in toks):
        return True
    return (
        len(toks) <= 5
        and is_role_word(toks[-1])
        and all(t.isalpha() and t.lower() not in _NOT_TITLE for t in toks)
    )


def is_descriptor(words: str) -> bool:
    """Whether the words between a reporting verb and a name only describe the speaker:
    "auto worker", "the vice president and chairman of Chrysler LLC", "Ambassador"."""
    toks = words.replace(",", " ").split()
    if len(toks) > 12 or _QUOTE_MARK.search(words) or any(c in words for c in ";:!?()"):
        return False
    if any("." in t and not _ABBREVIATION.fullmatch(t) for t in toks):
        return False  # a full stop ends a sentence, except in "Mr.", "Sen.", "U.S."
    if any(t.lower() in _NOT_DESCRIPTOR for t in toks):
        return False
    return not VERB.search(words) and all(t[:1].isalpha() for t in toks)
