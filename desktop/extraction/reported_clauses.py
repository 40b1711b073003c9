"""Where a reported clause begins and ends around its reporting verb, and what it holds."""

from __future__ import annotations

from desktop.extraction.entities import is_role_word
from desktop.extraction.lexicon import word_pattern
from desktop.extraction.lexicon_speech import (
    CLAUSE_VERBS,
    LISTENER_NOUNS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    TOLD_LIKE,
)
from desktop.lazyre import lazy_compile

# A reported question after the verb and at most a short listener: "asked the staff how".
_QUESTION = lazy_compile(
    r"\s+(?:(?:the\s+)?[\w’'.-]+\s+){0,3}?(how|whether|why|what|when|where|if)\s+(?=\w)"
    r"(?!(?:asked|pressed|questioned|contacted|reached|approached|interviewed)\b)"
)
# A subordinate clause of a participle after the verb: "said when asked", "if pressed".
_WHEN_ASKED = lazy_compile(r"(?:when|if|while|after|before|once|as)\s+[a-z]+(?:ed|ing)\b")
_THAT = lazy_compile(r"\bthat\b[\s,]+")
# A sentence adverb between commas right after a reporting verb: "insisted, however, that".
_SENTENCE_ADVERB = lazy_compile(
    r",\s*(?:however|though|too|also|again|meanwhile|nonetheless|nevertheless|moreover|"
    r"in turn|for (?:his|her|its|their) part|in (?:a|an|the) [\w ]{3,30}?)\s*,\s*"
)
# Where a reported clause stops: a participle that starts the next statement, "he said",
# a semicolon, or a second "that"-clause of the same verb ("..., and that ...").
_CLAUSE_END = lazy_compile(
    r",\s*(?:adding|noting|explaining|saying|arguing|according to|he said|she said)\b"
    r"|,\s*(?:he|she)\s+(?:said|added|says)\b|;|,?\s+(?:and|but)\s+that\s+"
    r"|,?\s+(?:and|but)\s+(?:also\s+)?" + word_pattern(REPORTING_VERBS)
)
# _CLAUSE_END in parts, for clause_end: where to try it, and what follows a comma or a
# conjunction there.
_CLAUSE_CUE = lazy_compile(r"[,;]|\b(?:and|but)\b")
_AFTER_COMMA = lazy_compile(
    r",\s*(?:adding|noting|explaining|saying|arguing|according to|he said|she said)\b"
    r"|,\s*(?:he|she)\s+(?:said|added|says)\b"
    r"|,\s*(?:allowing|enabling|letting|making|sending|bringing|leaving|giving)\b"
)
_CONJUNCTION_CLAUSE = lazy_compile(
    r"(?:and|but)\s+that\s+|(?:and|but)\s+(?:also\s+)?" + word_pattern(REPORTING_VERBS)
)
# How far ahead clause_end looks for a mark that ends a clause: news clauses are shorter.
MAX_CLAUSE_CHARS = 600
_AND_THAT = lazy_compile(r",?\s+(?:and|but)\s+that\s+")
# Who was told: "CBC News", "reporters", "the BBC", "him" (then the statement follows).
_LISTENER = lazy_compile(
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}|(?:him|her|them|us|me|"
    r"(?:(?:the|a|both|all|city|town|state|its|his|her|their|news)\s+){0,2}(?:"
    + "|".join(sorted(LISTENER_NOUNS))
    + r"))\s+)(?!to\b)"
)
# Verbs of telling whose listener may come before the statement: "told reporters the ...".
_TELLING = frozenset("told tells warned warns reminded reminds assured assures".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_WHEN = lazy_compile(
    r"\s*(?:(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|last\s+(?:week|month|year|night))"
    r"|in\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?:\s+\d{4})?)(?=\s)"
)
_NAME_JOINERS = frozenset({"the", "and", "of", "&"})
_ADJUNCT_STARTS = frozenset(
    "in on at during after before with from for to via by through while of about outside inside "
    "near behind beside across".split()
)
_LEAD_IN = frozenset(
    "in at on after before during according speaking discussing following of for with as when "
    "while under from since by upon asked addressing writing".split()
)
_AFTER_VERB_ADJUNCTS = frozenset(
    "in on at during last this earlier later also again yesterday today afterwards afterward "
    "then once".split()
)
# Words that show a clause has a finite verb of its own, when "that" is left out:
# "X warned the market was overheated" (not "X announced a new plan").
_FINITE = frozenset(
    """is was were are will would could can should may might must has have had did does do
    isn't wasn't won't wouldn't can't couldn't didn't doesn't don't hasn't haven't""".split()
)
_WORD = lazy_compile(r"\S+")
# How many words clause_after_occasion reads: a short phrase and the clause's opening.
_OCCASION_WORDS = 8
# Words that open a clause after "said in a statement": "the company was ...", "it will".
_CLAUSE_OPENINGS = frozenset(
    "the its his her their our this these those he she it they we there".split()
)
# Words after which a determiner is still inside the phrase: "in an interview with the BBC".
_GOVERNING = _ADJUNCT_STARTS | {"a", "an", "the", "and", "or"}
_RELATIVE = frozenset("that which who whom whose where when whether how why what".split())
# Common past tenses without "-ed": "X explained the trend began in May".
_IRREGULAR_PAST = frozenset(
    """began became brought built bought came fell felt found gave got grew held kept knew
    led left lost made meant met paid put ran rose said saw sent sold spent stood took
    thought told went won wrote""".split()
)
_DETERMINERS = frozenset("the a an his her its their our my your this these those".split())
# ", saying (that)", '“...,” adding that' and "was quoted as saying (that)".
_PARTICIPLE = lazy_compile(
    r"(?:,[”\"’]?\s*|\s+as\s+)(?:" + "|".join(sorted(REPORTING_PARTICIPLES)) + r")\b(?:\s+that\b)?"
)


def past_sentence_adverb(text: str, verb_end: int, end: int) -> int:
    """Where the words after a reporting verb go on past a sentence adverb set off by
    commas: "Lee insisted, however, that the cuts were temporary" -> at "that"."""
    m = _SENTENCE_ADVERB.match(text, verb_end, end)
    return m.end() if m else verb_end


def _is_adjunct_word(word: str) -> bool:
    """A word that may stand between a reporting verb and "that": "said on Friday that",
    "said repeatedly that", "said Tuesday that", "stated to reporters that"."""
    word = word.lower().rstrip(",")
    return (
        word in _AFTER_VERB_ADJUNCTS
        or word in _MONTHS
        or word == "to"
        or word.endswith("day")  # "said Tuesday that", "said yesterday that"
        or (word.endswith("ly") and len(word) > 4)
    )


def _is_listener_and_occasion(words: list[str]) -> bool:
    """Whether the words between "told" and "that" are only whom and where it was told:
    "told analysts on a conference call in February that" (no verb, no comma)."""
    return (
        len(words) <= 10
        and not any(w.endswith(",") for w in words)
        and not has_finite_verb(" ".join(words))
    )


def has_finite_verb(clause: str) -> bool:
    """Whether a clause reads as a statement: an auxiliary or a past-tense verb of its own,
    not one inside a relative clause or an adjective after a determiner.

    "the market was overheated" -> True; "a new plan for the region" -> False;
    "the sites that were chosen" -> False; "his proposed plan" -> False;
    "how the plan began" -> True (a question reported).
    """
    words = clause.lower().replace(",", " ").split()
    for i, w in enumerate(words):
        if i > 0 and w in _RELATIVE:
            return False  # "the locations where ...": a noun phrase, not a clause
        if w in _FINITE or w in _IRREGULAR_PAST:
            return True
        before = words[i - 1] if i else ""
        if i and w.endswith("ed") and len(w) > 4 and before not in _DETERMINERS:
            if not before.endswith(("'s", "’s")):
                return True
    return False


def clause_after(text: str, verb_start: int, verb_end: int, end: int) -> tuple[int, int]:
    """The finite clause after a reporting verb, without "that" and the listener.

    "Lee said on Friday that the plant will close" -> "the plant will close";
    "Lee told reporters the plant will close" -> "the plant will close";
    "Lee warned the market was overheated" -> "the market was overheated".
    An empty span where the verb reports no clause ("said in an interview").
    """
    verb = text[verb_start:verb_end]
    a = past_sentence_adverb(text, verb_end, end)
    told = False  # a listener was skipped: "told reporters outside the plant" says nothing
    window = text[a : min(end, a + (90 if verb in TOLD_LIKE else 60))]
    question = _QUESTION.match(window)
    if question:
        # "asked officials how the papers got out": a question reported, from its wh-word.
        a += question.start(1)
        return a, clause_end(text, a, end)
    that = _THAT.search(window)
    between = window[: that.start()].split() if that else []
    # "said on Friday that", "stated to reporters that": where, when or to whom.
    adjunct = not between or _is_adjunct_word(between[0])
    had_that = False
    if that and (
        (len(between) <= 6 and (verb in TOLD_LIKE or adjunct))
        or (verb in TOLD_LIKE and _is_listener_and_occasion(between))
    ):
        a += that.end()
        had_that = True
    elif verb in TOLD_LIKE:
        # "told CBC News the department will ...": skip the listener; "asked X to ..."
        # is a request, not a statement; "warned the market was ..." has no listener.
        listener = _LISTENER.match(text, a, end)
        if listener and verb in _TELLING:
            a = listener.end()
            told = True
        elif verb not in _TELLING - {"told", "tells"}:
            return a, a
    if not had_that:
        when = _WHEN.match(text, a, end)  # "said Tuesday the plant ...": when, not what
        a = when.end() if when else a
    rest = text[a:end].lstrip(" ,:")
    if rest.startswith(("“", '"', "to ")):
        return a, a
    first = rest.split(maxsplit=1)[0].lower() if rest else ""
    if _WHEN_ASKED.match(rest):
        # "she said when asked about it": when it was said, not what; unless a "that"
        # clause follows ("said when asked about the layoffs that no decision was made").
        that = _THAT.search(text, a, min(end, a + 90))
        if that is None or not has_finite_verb(
            text[that.end() : clause_end(text, that.end(), end)]
        ):
            return a, a
        return that.end(), clause_end(text, that.end(), end)
    if not had_that and first in _ADJUNCT_STARTS:
        # "said in an interview", "said on a call with analysts": where it was said,
        # not what, unless a clause follows it.
        after = clause_after_occasion(text, a, end) if verb in CLAUSE_VERBS else None
        if after is None:
            return a, a
        return after, clause_end(text, after, end)
    b = clause_end(text, a, end)
    if not had_that and (verb not in CLAUSE_VERBS or told) and not has_finite_verb(text[a:b]):
        return a, a
    return a, b


def clause_after_occasion(text: str, a: int, end: int) -> int | None:
    """Where the clause starts after a short phrase of where it was said, "that" left out:
    "said on LinkedIn the company was hiring" -> at "the company"; "said in a note to
    clients the outlook was poor" -> at "the outlook". None if no clause follows.

    The clause opens with a determiner or a pronoun that no preposition governs, and has
    a verb of its own.
    """
    words = list(_WORD.finditer(text, a, min(end, a + 80)))[:_OCCASION_WORDS]
    for k in range(2, len(words)):
        word, before = words[k][0], words[k - 1][0]
        if before.endswith((",", ".", ";", ":")):
            return None
        if word.lower() not in _CLAUSE_OPENINGS or before.lower() in _GOVERNING:
            continue
        start = words[k].start()
        clause = text[start : min(end, start + 60)]
        return start if has_finite_verb(" ".join(clause.split()[:8])) else None
    return None


def ends_statement(text: str, verb_end: int, end: int) -> bool:
    """Whether a reporting verb closes the sentence's statement rather than opening one:
    "Sales rose, Lee said on Friday." (True) or "..., Lee announced a new plan" (False).

    Only where, when and to whom it was said may follow the verb.
    """
    rest = text[verb_end:end].strip()
    if not rest or rest[0] in ",.;:!?)":
        return True
    words = rest.split()
    first = words[0].lower().strip(".,")
    if first in _ADJUNCT_STARTS or first in _AFTER_VERB_ADJUNCTS or first.endswith("day"):
        return True
    listener = _LISTENER.match(" " + rest.rstrip(" .,;") + " ")
    if listener and not rest[listener.end() - 1 :].strip(" .,;"):
        return True  # "told reporters."
    # Whom it was told, by name: "told the Globe and Mail."
    return len(words) <= 6 and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)


def clause_end(text: str, a: int, end: int) -> int:
    """Where the reported clause that starts at a ends: at the first mark that starts
    another statement (", adding", "; ", "and said"), else at end.

    As _CLAUSE_END.search(text, a, min(end, a + MAX_CLAUSE_CHARS)). The search looks at
    most MAX_CLAUSE_CHARS ahead (in a run-on sentence of many reporting verbs, each
    reading to the sentence's end grew with the square of its length), and tries the
    pattern only where a comma, a semicolon, "and" or "but" stands: the pattern's
    leading ",?\\s+" made re try it at every space.
    """
    limit = min(end, a + MAX_CLAUSE_CHARS)
    for cue in _CLAUSE_CUE.finditer(text, a, limit):
        at = cue.start()
        mark = text[at]
        if mark == ";":
            return at
        if mark == ",":
            if _AFTER_COMMA.match(text, at, limit):
                return at
            continue
        back = at  # "and" or "but": the pattern starts at the spaces (and comma) before it
        while back > a and text[back - 1].isspace():
            back -= 1
        if back < at and _CONJUNCTION_CLAUSE.match(text, at, limit):
            return back - 1 if back > a and text[back - 1] == "," else back
    return end


def and_that_clauses(text: str, a: int, end: int) -> list[tuple[int, int]]:
    """The further "that"-clauses of one reporting verb after the first one ends at a:
    "X said that sales rose, and that costs fell" -> [("costs fell")]; so too "but that"."""
    out = []
    while (m := _AND_THAT.match(text, a, end)) is not None:
        b = clause_end(text, m.end(), end)
        out.append((m.end(), b))
        a = b
    return out


def participle_clause(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(participle start, clause start, clause end) of ", saying (that) CLAUSE" phrases:
    "Lee left, saying the plant would close" -> "the plant would close"."""
    out = []
    for m in _PARTICIPLE.finditer(text, start, end):
        a = m.end()
        if "telling" in text[m.start() : a]:
            listener = _LISTENER.match(text, a, end)
            if listener is None:
                continue
            a = listener.end()
            that = _THAT.match(text, a, end)
            if that:
                a = that.end()
        rest = text[a:end].lstrip()
        if rest.startswith(("“", '"')) or rest.split(maxsplit=1)[:1] == ["to"]:
            continue
        first = rest.split(maxsplit=1)[0].lower() if rest else ""
        if first in _ADJUNCT_STARTS:
            continue
        b = clause_end(text, a, end)
        if text[m.start() : m.end()].rstrip().endswith("that") or has_finite_verb(text[a:b]):
            out.append((m.start(), a, b))
    return out


def is_reported_lead(lead: str) -> bool:
    """Whether the words before ", NAME said" are what was said, not a lead-in.

    "The approach is cautious, Agarwal said" reports a clause; "In a statement, X said"
    and "After the match, X said" only set the scene for what follows the verb.
    """
    words = lead.split()
    if len(words) < 3:
        return False
    if len(words) <= 6 and any(is_role_word(w.strip(",.’'s")) for w in words):
        return False  # "Norway's industry minister, Kari Nordahl, said": who, not what
    if len(words) <= 4 and not has_finite_verb(lead):
        return False  # "Alongside the results, X announced ...": a phrase, not a statement
    return not is_lead_in(lead)


def statement_after_lead_in(lead: str) -> int:
    """Where the statement starts in words before ", NAME said" that open with a lead-in
    phrase and its comma: "In her view, the worst is over" -> at "the worst"; 0 if the
    words hold no such statement."""
    comma = lead.find(",")
    if comma < 0 or not is_lead_in(lead[:comma]) or len(lead[:comma].split()) > 8:
        return 0
    rest = lead[comma + 1 :]
    if len(rest.split()) < 3 or not has_finite_verb(rest) or is_lead_in(rest):
        return 0
    return comma + 1 + len(rest) - len(rest.lstrip())


def is_lead_in(lead: str) -> bool:
    """Whether words before a comma only set the scene: "In a statement", "On Friday"."""
    words = lead.split()
    return bool(words) and words[0].lower().strip("“\"'") in _LEAD_IN and len(words) <= 12
