"""Who a paragraph is about: its sentence subjects and speakers, for a "he" or "she" to mean."""

from __future__ import annotations

import bisect
from typing import NamedTuple

from desktop.extraction.context import Document
from desktop.extraction.entities import is_role_word
from desktop.extraction.lexicon import ROLE_WORDS, word_pattern
from desktop.extraction.lexicon_speech import CLAUSE_OPENERS, GROUP_SOURCES, REPORTING_VERBS
from desktop.extraction.speakers import SpeakerResolver
from desktop.lazyre import lazy_compile

# What may stand before a sentence's subject: a linking word or a short scene-setting
# phrase and its comma ("But Lee ...", "On Monday, Lee ..."). Not a quotation mark:
# a name inside a quotation is no subject of the sentence.
_BEFORE_SUBJECT = lazy_compile(
    r"(?:(?:But|And|Yet|So|Still|Now|Then|Meanwhile|However|Instead)\b,?\s*)?"
    r"(?:(?:[\w’'.-]+\s+){0,4}[\w’'.-]+\s*,\s*)?"
)
# A reporting verb right after a name, maybe behind an adverb: "Lee said", "Lee also told".
_VERB_AFTER = lazy_compile(r"\s*(?:[a-z]+ly\s+|also\s+)?" + word_pattern(REPORTING_VERBS))
# A reporting verb right before a name: "..., said Lee."
_VERB_BEFORE = lazy_compile(word_pattern(REPORTING_VERBS) + r"\s+$")
# What opens a sentence about how someone sees a thing: "For Lee, ...", "To Lee, ...".
_TOPIC_BEFORE = lazy_compile(r"(?:For|To)\s+(?:[A-Z][\w.]*\s+){0,3}")
_PRONOUN_SUBJECT = lazy_compile(r"(?:He|She)\b")
_GENDER = {"He": "m", "She": "f", "he": "m", "she": "f"}
# The opening words of a paragraph about an unnamed person: "A senior official said".
_UNNAMED_OPENING = lazy_compile(r"(?:A|An|One|Another)(?:\s+[\w-]+){1,4}")
# How many sentences back a paragraph's subject is looked for.
_SENTENCES_BACK = 6


class ParagraphPeople(NamedTuple):
    """The people a paragraph holds before a pronoun, latest last: its sentences' subjects
    and speakers (the previous paragraph's when it has none), and everyone it names."""

    subjects: list[str]
    named: list[str]


def paragraph_subjects(
    doc: Document, res: SpeakerResolver, para_start: int, offset: int, previous: int = -1
) -> ParagraphPeople:
    """The people who are the subject or the speaker of a sentence of the paragraph
    before offset, latest last, and everyone the paragraph names before offset. When the
    paragraph has no subject before offset, the subjects of the previous paragraph (which
    starts at previous) are taken: a paragraph that opens with a quotation goes on with
    the last speaker.

    "Ann Lee, 71, founded Acme. She hired Tom Hart in 1990. “...,” Bo Kim said." ->
    subjects [Ann Lee, Ann Lee, Bo Kim]: "She" at a sentence's start is the subject
    named before it; Tom Hart, the object, is not a subject.
    """
    text = doc.text
    mentions = res.names.person_mentions
    subjects: list[tuple[int, str]] = []
    named: list[str] = []
    last = doc.sentence_index(offset)
    begin = previous if 0 <= previous < para_start else para_start
    first = max(0, doc.sentence_index(begin), last - _SENTENCES_BACK)
    for sent in doc.sentences[first : last + 1]:
        if sent.start < begin:
            continue
        if _PRONOUN_SUBJECT.match(text, sent.start) and sent.start < offset:
            word = text[sent.start : sent.start + 3].rstrip()
            last_named = res.pronoun(word, sent.start, learn=False)
            so_far = [name for _at, name in subjects]
            who = pick_for_pronoun(res, _GENDER[word], ParagraphPeople(so_far, []), last_named)
            if who:
                subjects.append((sent.start, who))
            continue
        k = bisect.bisect_left(res.starts, sent.start)
        while k < len(mentions) and mentions[k][1] <= min(sent.end, offset):
            start, end, name = mentions[k]
            if _is_subject(text, sent.start, start, end):
                subjects.append((start, name))
            if start >= para_start:
                named.append(name)
            k += 1
    here = [name for at, name in subjects if at >= para_start]
    return ParagraphPeople(here or [name for _at, name in subjects], named)


def _is_subject(text: str, sent_start: int, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is its sentence's subject or a speaker: at
    the sentence's start, maybe after a title ("Union leader Lee met Acme"), before a
    reporting verb ("Lee said"), after one ("..., said Lee"), or the one whose view the
    sentence gives ("For Lee, the plan was a mistake")."""
    lead = _BEFORE_SUBJECT.match(text, sent_start, start)
    if lead and (lead.end() == start or _is_title_before(text[lead.end() : start])):
        return True
    if _VERB_AFTER.match(text, end):
        return True
    if _TOPIC_BEFORE.fullmatch(text, sent_start, start) and text.startswith(",", end):
        return True  # "For Kevin Allton, a teacher, the show was a revelation. He said ..."
    return bool(_VERB_BEFORE.search(text, max(sent_start, start - 20), start))


def _is_title_before(words: str) -> bool:
    """Whether the words before a name at a sentence's start are only its title:
    "Union negotiator", "Former Acme chief executive" (not "After", "Unlike")."""
    toks = words.split()
    return (
        0 < len(toks) <= 5
        and toks[0].lower() not in CLAUSE_OPENERS
        and all(t[:1].isupper() or is_role_word(t) for t in toks)
    )


def pick_for_pronoun(
    res: SpeakerResolver, want: str, people: ParagraphPeople, last_named: str | None
) -> str | None:
    """The person a "he" or "she" means, given the paragraph's people and the last person
    named whose gender fits or is not known (last_named).

    News goes on about its subject and its last speaker, and a pronoun agrees in gender:
    "Ann Lee founded Acme. She hired Tom Hart. “It is time,” she said." -> Ann Lee. So:
    the latest subject whose gender is known to fit; then the latest person the
    paragraph names whose gender is known to fit; then the last person named if their
    gender is known to fit; then the latest subject whose gender is not known; then
    the last named.
    """
    for name in reversed(people.subjects):
        if res.gender(name) == want:
            return name
    for name in reversed(people.named):
        if res.gender(name) == want:
            return name
    if last_named and res.gender(last_named) == want:
        return last_named
    for name in reversed(people.subjects):
        if res.gender(name) == "-":
            return name
    return last_named


def unnamed_person_at(text: str, start: int, end: int) -> str | None:
    """The unnamed person a paragraph opens with, up to the role word: "A senior executive
    at a rival carrier said" -> "A senior executive"; "One resident" -> "One resident"."""
    m = _UNNAMED_OPENING.match(text, start, end)
    if m is None:
        return None
    words = m[0].split()
    for i, word in enumerate(words[1:], 1):
        if word in ROLE_WORDS or word in GROUP_SOURCES:
            return " ".join(words[: i + 1])
        if not word.isalpha() or not word.islower():
            return None
    return None
