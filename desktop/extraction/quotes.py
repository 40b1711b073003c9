"""Quotes and reported speech, each attributed to a person's full name (never a pronoun)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from desktop.domain import Quote, Span, make_id
from desktop.extraction.context import Document
from desktop.extraction.entities import is_role_word
from desktop.extraction.lexicon import SPEECH_VERBS, first_names, whole_words, word_pattern
from desktop.extraction.people import NameIndex
from desktop.extraction.quotations import Quotation, find_quotations
from desktop.extraction.tails import adverbs_start, and_start, pronoun_at_end
from desktop.lazyre import lazy_compile

_VERB = lazy_compile(word_pattern(SPEECH_VERBS))
_LABEL_VERBS = lazy_compile(
    r"\b(called|calls|described|describes|termed|dubbed|labelled|labeled|"
    r"branded|referred|refers|named|urged|asked|promised|vowed)\b"
)
_PRONOUN_START = lazy_compile(r"^\s*,?\s*(he|she)\b")
_ADDING = lazy_compile(
    whole_words(["adding", "added", "and added", "noting", "explaining", "saying"]) + r"\s+that\s+"
)
_THAT_WORD = frozenset({"that"})  # every _ADDING match holds it, as a token of its own
_VERBS_AND_THAT = SPEECH_VERBS | _THAT_WORD
# Run on the lowercased text. The literal comes first so that re finds it by a fast
# substring search; the lookbehind then checks that it starts a word.
_ACCORDING = lazy_compile(r"according to(?<!\waccording to)\b")
_CLAUSE_END = lazy_compile(
    r",\s*(?:adding|noting|explaining|saying|according to|he said|she said)\b"
    r"|,\s*(?:he|she)\s+(?:said|added|says)\b|;"
)
_TOLD_LIKE = {
    "told",
    "tells",
    "asked",
    "asks",
    "informed",
    "assured",
    "reminded",
    "warned",
    "urged",
}
_THAT = lazy_compile(r"\bthat\s+")
_TITLE_BEFORE = lazy_compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_DASH_NAME = lazy_compile(r"\s*[-–—]\s*")
# Who was told: "CBC News", "reporters", "the BBC", "him" (then the statement follows).
_LISTENER = lazy_compile(
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}|(?:reporters|journalists|him|her|them|us|"
    r"me|the\s+press|the\s+court|the\s+audience|parliament|lawmakers)\s+)(?!to\b)"
)
_QUOTE_MARK = lazy_compile('[“”"]')
# Words that may stand between a comma and the speaker: "..., Ashok Leyland's Chief X said".
_NOUN_PHRASE = lazy_compile(r"^[\s\w’'.&-]*$")


class _Resolver:
    """Turns mentions and pronouns before an offset into a person's canonical name."""

    def __init__(self, names: NameIndex, text: str = ""):
        self.names = names
        self.titled: dict[str, str] = {}  # person -> "m"/"f" from "Mr."/"Ms." before a mention
        for start, _end, name in names.person_mentions:
            title = _TITLE_BEFORE.search(text, max(0, start - 8), start)
            if title and name not in self.titled:
                self.titled[name] = "m" if title[1] == "Mr" else "f"
        self.starts = [s for s, _, _ in names.person_mentions]
        self.genders = first_names()
        self.by_end: dict[int, tuple[int, str]] = {}
        for s, e, name in names.person_mentions:
            self.by_end.setdefault(e, (s, name))
        self.org_ends = {e for _s, e, _n in names.org_mentions}

    def _gender(self, name: str) -> str:
        # "Mr. Tan" says more than a list of given names, which may not know the name
        # or may read a family name written first as a given name.
        return self.titled.get(name) or self.genders.get(name.split()[0], "-")

    def pronoun(self, word: str, offset: int) -> str | None:
        """The person a "he" or "she" at offset refers to: the last one named before it."""
        want = "m" if word.lower() == "he" else "f"
        k = bisect.bisect_left(self.starts, offset)
        recent: list[str] = []
        for _s, _e, name in _latest_first(self.names.person_mentions, k):
            if name not in recent:
                recent.append(name)
            if len(recent) == 4:
                break
        # The last person named whose given name fits the pronoun; the list of given
        # names is not every culture's, so with no fit the last person named is taken.
        for name in recent:
            if self._gender(name) in (want, "-"):
                return name
        return recent[0] if recent else None

    def person_ending_at(self, end: int) -> tuple[int, str] | None:
        return self.by_end.get(end)

    def org_ending_at(self, end: int) -> bool:
        return end in self.org_ends

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


def _latest_first(mentions: list[tuple[int, int, str]], k: int) -> Iterator[tuple[int, int, str]]:
    """mentions[k-1], mentions[k-2], ...: reversed(mentions[:k]) without copying the list,
    which in a long article made each lookup cost as much as the mentions before it."""
    return map(mentions.__getitem__, range(k - 1, -1, -1))


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:"):
        b -= 1
    return a, b


class _Attributor:
    def __init__(self, doc: Document, names: NameIndex):
        self.doc = doc
        self.text = doc.text
        self.res = _Resolver(names, doc.text)
        # paragraph_speaker's place: (paragraph start, offset, next sentence, speaker).
        self._paragraph_state: tuple[int, int, int, str | None] | None = None
        self._verbs: list[re.Match] | None = None
        self._verb_starts: list[int] = []
        self._line_breaks: list[int] | None = None

    def last_verb_between(self, start: int, end: int) -> re.Match | None:
        """The last reporting verb in text[start:end], found by bisection.

        What the last of _VERB.finditer(text, start, end) is when end is not inside a
        word (an opening quote mark), from one scan of the whole text: each quote
        asking for it scanned its sentence up to the quote, as long as the sentence.
        """
        if self._verbs is None:
            self._verbs = list(_VERB.finditer(self.text))
            self._verb_starts = [m.start() for m in self._verbs]
        k = bisect.bisect_left(self._verb_starts, end) - 1
        while k >= 0 and self._verbs[k].end() > end:
            k -= 1
        if k >= 0 and self._verbs[k].start() >= start:
            return self._verbs[k]
        return None

    def paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding offset starts: just after the line break before it."""
        if self._line_breaks is None:
            self._line_breaks = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect.bisect_left(self._line_breaks, offset)
        return self._line_breaks[k - 1] + 1 if k else 0

    def subject_before(
        self, sent_start: int, verb_start: int
    ) -> tuple[int, str | None, bool] | None:
        """Who speaks in "... NAME said" / "... he said": (start, name, is_org)."""
        end = adverbs_start(self.text, sent_start, verb_start)  # "Lee also said"
        conj = and_start(self.text, sent_start, end)
        if conj is not None:
            # "X said her party ... and said it was ...": the subject of the first verb.
            for m in _VERB.finditer(self.text, sent_start, conj):
                found = self.subject_before(sent_start, m.start())
                if found:
                    return found
            return None
        pronoun = pronoun_at_end(self.text, sent_start, end)
        if pronoun is not None:
            start, word = pronoun
            return start, self.res.pronoun(word, start), False
        hit = self.res.person_ending_at(end)
        if hit:
            return hit[0], hit[1], False
        if self.res.org_ending_at(end):
            return end, None, True
        # "Fuad Basya, spokesman for the Indonesian military, said ..." (the closing comma
        # of the appositive is sometimes missing).
        k = bisect.bisect_left(self.res.starts, end)
        for s, e, name in _latest_first(self.res.names.person_mentions, k):
            if e >= end:
                continue
            if s < sent_start:
                break
            between = self.text[e:end]
            words = len(between.split())
            # A long appositive is fine when it describes the speaker's roles:
            # "Cres Eastman, Director of the ... study, and Chairman of the ..., says".
            long_ok = words <= 30 and any(is_role_word(w.strip(",")) for w in between.split())
            if between.startswith(",") and not _VERB.search(between) and (words <= 12 or long_ok):
                if between.count(",") <= 4 and not _QUOTE_MARK.search(between):
                    return s, name, False
            break
        return None

    def subject_after(self, verb_end: int, limit: int) -> tuple[int, str | None, bool] | None:
        """Who speaks in "..., said Mauer" or "“...,” said he"."""
        m = _PRONOUN_START.match(self.text, verb_end, limit)
        if m:
            return m.start(1), self.res.pronoun(m.group(1), m.start(1)), False
        hit = self.res.first_person_in(verb_end, min(limit, verb_end + 60))
        if hit:
            between = self.text[verb_end : hit[0]].strip(" ,")
            if not between or _is_speaker_phrase(between):  # "said Ambassador Mohib"
                return hit[0], hit[1], False
        return None

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
            if sent.start < para_start:
                continue
            for m in _VERB.finditer(self.text, sent.start, sent.end):
                subj = self.subject_before(sent.start, m.start()) or self.subject_after(
                    m.end(), sent.end
                )
                if subj and subj[1]:
                    best = subj[1]
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
            if sent.start < para_start:
                continue
            for m in _VERB.finditer(self.text, sent.start, sent.end):
                subj = self.subject_before(sent.start, m.start()) or self.subject_after(
                    m.end(), sent.end
                )
                if subj and subj[1]:
                    best = subj[1]
        return best


def find_quotes(doc: Document, names: NameIndex) -> list[Quote]:
    """Direct, partial and reported quotes with resolved speakers, in text order."""
    att = _Attributor(doc, names)
    text = doc.text
    quotations = find_quotations(text, doc.article.body_start)
    quotes: list[Quote] = []
    covered: list[Span] = [q.outer for q in quotations]
    last_speaker: str | None = None
    last_paragraph_end = -1
    verbs: dict[int, bool] = {}
    for q in quotations:
        kind = _kind(text, doc, q)
        inner = text[q.inner.start : q.inner.end]
        speaker, found = _quote_speaker(att, doc, q)
        if not found and q.continues:
            speaker, found = last_speaker, True
        same_paragraph = "\n" not in text[last_paragraph_end : q.outer.start]
        if not found and last_paragraph_end >= 0 and same_paragraph and last_speaker:
            speaker, found = last_speaker, True  # "“Q1,” said X. “Q2.”"
        if not found:
            speaker = att.paragraph_speaker(doc, q.outer.start)
            found = speaker is not None
        if kind == "partial" and not _is_reported_term(text, doc, q, inner, found, verbs):
            continue
        quotes.append(
            Quote(
                id=make_id("quote", q.inner.start),
                text=inner,
                speaker=speaker,
                kind=kind,
                spans=[q.inner],
            )
        )
        last_speaker = speaker if found else last_speaker
        last_paragraph_end = q.outer.end
    quotes.extend(_reported(att, doc, covered))
    quotes.sort(key=lambda x: x.spans[0].start)
    return quotes


def _kind(text: str, doc: Document, q: Quotation) -> str:
    sent = doc.sentence_at(q.outer.start)
    start = sent.start if sent else q.outer.start
    before = text[start : q.outer.start].rstrip()
    if not before or before.endswith(":") or q.continues:
        return "direct"
    if _VERB.search(before[-25:]) and before.endswith((",", "said", "says")):
        return "direct"
    if before.endswith(","):
        return "direct" if _VERB.search(before[-25:]) else "partial"
    return "partial"


def _is_reported_term(
    text: str, doc: Document, q: Quotation, inner: str, found: bool, verbs: dict[int, bool]
) -> bool:
    """A partial quotation is someone's words, not a name or a scare-quoted term.

    verbs: _has_verb's answers so far, by sentence start.
    """
    words = inner.split()
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "vs."}
    if (
        words
        and len(words) <= 6
        and words[0][:1].isupper()
        and all(w[:1].isupper() or not w[:1].isalpha() or w in small for w in words)
    ):
        return False  # a title or a name: "Better Idea of Afghan Girls"
    if len(words) >= 4:
        return True
    sent = doc.sentence_at(q.outer.start)
    if sent is None:
        return False
    return bool(found and _has_verb(text, sent, verbs))


def _has_verb(text: str, sent: Span, verbs: dict[int, bool]) -> bool:
    """Whether the sentence has a reporting or labelling verb, read once per sentence.

    verbs remembers the answer by sentence start: a sentence holding many short
    quotations was otherwise read again for each.
    """
    if sent.start not in verbs:
        context = text[sent.start : sent.end]
        verbs[sent.start] = bool(_LABEL_VERBS.search(context) or _VERB.search(context))
    return verbs[sent.start]


def _quote_speaker(att: _Attributor, doc: Document, q: Quotation) -> tuple[str | None, bool]:
    """The speaker of a quotation from the words around it; found=False if none."""
    text = att.text
    first = doc.sentence_at(q.outer.start)
    last = doc.sentence_at(max(q.outer.start, q.outer.end - 1)) or first
    if first is None:
        return None, False
    # After the quote: "”, Agarwal said" / "” said Gustafon" / "”, he added".
    after_end = last.end
    nxt = text.find("“", q.outer.end, after_end)
    if nxt > 0:
        after_end = nxt
    m = _VERB.search(text, q.outer.end, min(after_end, q.outer.end + 80))
    if m:
        subj = att.subject_before(q.outer.end, m.start()) or att.subject_after(m.end(), after_end)
        if subj:
            return subj[1], True
    # Before it: "Jeff Rathke, the spokesperson, said, “".
    m = att.last_verb_between(first.start, q.outer.start)
    if m:
        subj = att.subject_before(first.start, m.start()) or att.subject_after(
            m.end(), q.outer.start
        )
        if subj:
            return subj[1], True
    # Introduced by a colon or comma in a sentence about one person: "Sunak defended the
    # record: “...”", "in the words of the prosecutor, Mark Tedeschi, QC, “...”".
    lead = text[first.start : q.outer.start].rstrip()
    if lead.endswith((":", ",")):
        people = att.res.people_within(first.start, q.outer.start)
        if len(people) == 1:
            return people.pop(), True
    # A dash and a name: "“...” - Matthew Ingram".
    dash = _DASH_NAME.match(text, q.outer.end)
    if dash:
        hit = att.res.first_person_in(dash.end(), dash.end() + 60)
        if hit and hit[0] == dash.end():
            return hit[1], True
    return None, False


class _VerbHit:
    """A reporting verb found among the tokens, with the match methods the rules use."""

    __slots__ = ("_token",)

    def __init__(self, token):
        self._token = token

    def start(self) -> int:
        return self._token.start

    def end(self) -> int:
        return self._token.end

    def group(self, _index: int = 0) -> str:
        return self._token.text


def _reported(att: _Attributor, doc: Document, covered: list[Span]) -> list[Quote]:
    """Reported speech: "CLAUSE, NAME said", "NAME said (that) CLAUSE", "adding that CLAUSE"."""
    text = att.text
    out: list[Quote] = []

    covered = sorted(covered)
    ends = [c.end for c in covered]

    def inside_quote(a: int, b: int) -> bool:
        k = bisect.bisect_right(ends, a)  # quotations that end after a
        return k < len(covered) and covered[k].start < b

    def add(a: int, b: int, speaker: str | None) -> None:
        a, b = _strip(text, a, b)
        if speaker is None or b - a < 12 or len(text[a:b].split()) < 3 or inside_quote(a, b):
            return
        if any(q.spans[0].start < b and a < q.spans[0].end for q in out[-3:]):
            return  # "He added that ..." is found by two rules; keep the first
        out.append(
            Quote(
                id=make_id("quote", a),
                text=text[a:b],
                speaker=speaker,
                kind="reported",
                spans=[Span(a, b)],
            )
        )

    verbs_by_sentence: dict[int, list[_VerbHit]] = {}
    # The tokens are already there: a set lookup per word beats a regex scan of the text.
    that_sentences: set[int] = set()
    for token in doc.tokens_among(_VERBS_AND_THAT):  # one pass over the tokens for both
        if token.text in SPEECH_VERBS:
            verbs_by_sentence.setdefault(token.sentence, []).append(_VerbHit(token))
        if token.text in _THAT_WORD:
            that_sentences.add(token.sentence)
    # "..., adding that ...": only sentences with the word "that" can hold one.
    adding: dict[int, list[re.Match]] = {}
    for number in that_sentences:
        sent = doc.sentences[number]
        if found := list(_ADDING.finditer(text, sent.start, sent.end)):
            adding[number] = found
            verbs_by_sentence.setdefault(number, [])
    for m in _ACCORDING.finditer(doc.lowered, doc.article.body_start):
        verbs_by_sentence.setdefault(doc.sentence_index(m.start()), [])
    for number in sorted(verbs_by_sentence):
        if number < 0:
            continue
        sent = doc.sentences[number]
        s, e = sent.start, sent.end
        main_speaker = None
        for m in verbs_by_sentence[number]:
            if m.end() > e:
                continue
            if inside_quote(m.start(), m.end()):
                continue
            subj = att.subject_before(s, m.start())
            if subj is not None:
                start, speaker, is_org = subj
                if is_org or speaker is None:
                    continue
                main_speaker = speaker
                lead = text[s:start].rstrip()
                comma = lead.rfind(",")
                if (
                    comma >= 0
                    and _is_reported_lead(lead[:comma])
                    and _is_speaker_phrase(lead[comma + 1 :])
                ):
                    if not inside_quote(s, s + comma):
                        add(s, s + comma, speaker)  # "CLAUSE, Agarwal said"
                    continue
                if text[m.end() : m.end() + 1] == ",":
                    continue  # "“...,” Agarwal said, adding ...": the clause was a quote
                add(*_clause_after(text, m, e), speaker)  # "Agarwal said (that) CLAUSE"
                continue
            subj = att.subject_after(m.end(), e)
            if subj is not None and subj[1] and text[s : m.start()].rstrip().endswith(","):
                main_speaker = subj[1]
                if not inside_quote(s, m.start()):
                    add(s, e, subj[1])  # "CLAUSE, said Mauer, CLAUSE"
        for m in adding.get(number, ()):
            speaker = main_speaker or att.res.names.last_person_before(m.start())
            if main_speaker or _VERB.search(text, s, m.start()):
                add(m.end(), _clause_end(text, m.end(), e), speaker)
        for m in _ACCORDING.finditer(doc.lowered, s, e):
            hit = att.res.first_person_in(m.end(), min(e, m.end() + 90))
            between = text[m.end() : hit[0]].strip() if hit else ""
            # "according to Afghan Ambassador to the United States Hamdullah Mohib, ..."
            if hit and (not between or _is_title_phrase(between)):
                if m.start() - s > 20:
                    add(s, m.start(), hit[1])
                else:
                    comma = text.find(",", m.end(), e)
                    if comma > 0:
                        add(comma + 1, e, hit[1])
    return out


_ADJUNCT_STARTS = frozenset(
    "in on at during after before with from for to via by through while".split()
)
_LEAD_IN = frozenset(
    "in at on after before during according speaking discussing following of for with as when "
    "while under from since by upon asked addressing writing".split()
)


def _is_reported_lead(lead: str) -> bool:
    """Whether the words before ", NAME said" are what was said, not a lead-in.

    "The approach is cautious, Agarwal said" reports a clause; "In a statement, X said"
    and "After the match, X said" only set the scene for what follows the verb.
    """
    words = lead.split()
    if len(words) < 3:
        return False
    if len(words) <= 6 and any(is_role_word(w.strip(",.’'s")) for w in words):
        return False  # "Norway's industry minister, Kari Nordahl, said": who, not what
    return words[0].lower().strip("“\"'") not in _LEAD_IN or len(words) > 12


def _is_title_phrase(words: str) -> bool:
    """Words that only give a title before a name: "Afghan Ambassador to the United States"."""
    toks = words.split()
    return (
        len(toks) <= 10
        and any(is_role_word(t) for t in toks)
        and all(
            t[:1].isupper() or t.lower() in {"of", "to", "the", "for", "and"} or is_role_word(t)
            for t in toks
        )
    )


def _is_speaker_phrase(words: str) -> bool:
    """Whether the words between a comma and a speaker's name only describe the speaker."""
    toks = words.split()
    if len(toks) > 8 or not _NOUN_PHRASE.match(words):
        return False
    return all(
        t[:1].isupper() or t.lower() in {"a", "an", "the", "of", "and"} or is_role_word(t)
        for t in toks
    )


def _clause_after(text: str, verb: re.Match, end: int) -> tuple[int, int]:
    """The finite clause after a reporting verb, without "that" and the listener."""
    a = verb.end()
    window = text[a : min(end, a + 60)]
    that = _THAT.search(window)
    between = window[: that.start()].split() if that else []
    adjunct = not between or between[0].lower() in {
        "in",
        "on",
        "at",
        "during",
        "last",
        "this",
        "earlier",
        "later",
        "also",
        "again",
    }
    if that and len(between) <= 6 and (verb.group(1) in _TOLD_LIKE or adjunct):
        a += that.end()
    elif verb.group(1) in _TOLD_LIKE:
        # "told CBC News the department will ...": skip the listener; "asked X to ..."
        # is a request, not a statement.
        listener = _LISTENER.match(text, a, end)
        if verb.group(1) not in {"told", "tells"} or listener is None:
            return a, a
        a = listener.end()
    rest = text[a:end].lstrip(" ,:")
    if rest.startswith(("“", '"', "to ")):
        return a, a
    first = rest.split(maxsplit=1)[0].lower() if rest else ""
    if first in _ADJUNCT_STARTS:
        # "said in an interview", "said on a call with analysts": where it was said,
        # not what.
        return a, a
    return a, _clause_end(text, a, end)


def _clause_end(text: str, a: int, end: int) -> int:
    m = _CLAUSE_END.search(text, a, end)
    return m.start() if m else end
