"""Finds section headings in plain text: Markdown "## X", short lines, and glued-on headings."""

from __future__ import annotations

from desktop.domain import Heading, Span
from desktop.domain.text import paragraph_spans
from desktop.lazyre import lazy_compile

# Hand-written: no library recognises the headings a scraper glued onto the start of
# a paragraph ("Supportive role Ashok Leyland will ..."), and a wrong heading cuts a
# sentence in two, so every rule below errs towards "not a heading".

_MARKDOWN_HEADING = lazy_compile(r"(#{2,6})[ \t]+(?P<title>.*?)[ \t]*#*[ \t]*\r?")
# A capitalised word, one to three lowercase words, then the capitalised word that
# starts the real sentence.
_GLUED = lazy_compile(
    r"(?P<heading>[A-Z][a-z]+(?:-[a-z]+)?(?P<rest>(?: [a-z]+(?:-[a-z]+)?){1,3}))"
    r" (?P<next>[A-Z][A-Za-z]*)\b"
)
_SENTENCE_END = lazy_compile(r"""[.!?…]["'”’)\]]*$""")
_WORD = lazy_compile(r"\w")

MAX_HEADING_WORDS = 8
MIN_BODY_WORDS = 8
# A standalone heading must be followed by at least this much prose (not a caption).
MIN_SECTION_WORDS = 10

# Words that continue a sentence rather than end a heading ("Paris was born ...").
FUNCTION_WORDS = frozenset(
    """a about above after against all also an and any are as at be been before being
    below between both but by can could did do does during each either for from had has
    have he her here him his how if in into is it its may might more most must my no nor
    not now of off on once only or other our out over own same she should so some such
    than that the their them then there these they this those through to too under until
    up very was we were what when where which while who whom whose why will with would
    yet you your said says say told tells tell added adds according""".split()
)
# Titles, roles and descriptions that stand before a name ("Major general Fuad Basya",
# "Swedish captain Andreas Granqvist", "Volunteer organization Comic Corps").
ROLE_WORDS = frozenset(
    """general minister president secretary director chairman chairwoman chair chief
    officer executive captain spokesman spokeswoman spokesperson manager ambassador
    governor senator mayor leader head founder researcher professor scientist analyst
    reporter correspondent editor commander judge prosecutor lawyer attorney coach
    player star singer actor actress artist author writer student major member
    councillor councilor deputy vice chancellor king queen prince princess pope bishop
    cardinal colonel lieutenant sergeant admiral official officials undersecretary
    curator treasurer organization organisation group company firm team band club party
    agency giant maker partner rival carmaker automaker billionaire tycoon investor
    founder owner candidate champion winner striker goalkeeper defender midfielder""".split()
)
# Capitalised words that begin a sentence and cannot continue a name or a heading.
SENTENCE_STARTERS = frozenset(
    """The A An It Its He She They We I This That These Those In On At But And So Yet
    While When After Before As If There His Her Their Our For Meanwhile However Also
    Since Although Though With Initially Now Today Yesterday Last Earlier Already Still
    Instead Despite According Under Over From Some Many Most Such Until Unlike Like
    Analysts Officials Executives Shares Investors""".split()
)

IRREGULAR_PAST = frozenset(
    "gave made took went came saw got began won lost met sent left held led ran rose fell".split()
)


def find_headings(text: str, body_start: int) -> list[Heading]:
    """The section headings of the body, in order of position.

    Args:
        text: the whole article text.
        body_start: where the body begins (after title, date and byline lines).

    Returns:
        Headings whose spans cover just the heading words: the "X" of "## X", a whole
        short standalone line, or the words glued before a paragraph's first sentence.
    """
    paragraphs = list(paragraph_spans(text, body_start))
    headings: list[Heading] = []
    for index, para in enumerate(paragraphs):
        line = text[para.start : para.end]
        if line.startswith("##"):
            match = _MARKDOWN_HEADING.fullmatch(line)
            if match and match.group("title"):
                start = para.start + match.start("title")
                headings.append(
                    Heading(match.group("title"), Span(start, start + len(match.group("title"))))
                )
            continue
        if index == 0:
            continue  # the lede: a short first line is more often a photo caption
        previous = paragraphs[index - 1]
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if following and _is_standalone_heading(text, line, previous, following):
            headings.append(Heading(line, para))
        elif span := _glued_heading(text, para, following):
            headings.append(Heading(text[span.start : span.end], span))
    return headings


def _is_prose(text: str, para: Span, min_words: int = 1) -> bool:
    """Whether a paragraph is prose (ends like a sentence, or is long), not a label."""
    line = text[para.start : para.end]
    words = len(line.split())
    return words > 20 or (words >= min_words and bool(_SENTENCE_END.search(line)))


def _is_standalone_heading(text: str, line: str, previous: Span, following: Span) -> bool:
    """A short line without final punctuation, with prose on both sides of it.

    Requiring prose before and a real paragraph after keeps out runs of photo
    captions and lists of sources, which are short lines too.
    """
    if (
        len(line) > 80
        or line[-1] in ".!?…,;:\"'”’)"
        or not (line[0].isupper() or line[0].isdigit())
    ):
        return False
    words = [w for w in line.split() if _WORD.search(w)]
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    if line.lower().startswith(("by ", "image:", "photo:")):
        return False
    return _is_prose(text, previous) and _is_prose(text, following, MIN_SECTION_WORDS)


def _glued_heading(text: str, para: Span, following: Span | None) -> Span | None:
    """The span of a heading glued to the start of a paragraph, if there is one.

    A candidate ("Supportive role" + "Ashok Leyland will ...") must also show that a
    new sentence starts after it: either its next word is one that only starts
    sentences ("Initially", "The"), or the section repeats the heading's words
    ("... a limited but supportive role"), as subheads lifted from the text do.
    """
    match = _GLUED.match(text, para.start, para.end)
    if not match:
        return None
    rest = match.group("rest").split()
    if any(w in FUNCTION_WORDS or w in ROLE_WORDS or _looks_like_verb(w) for w in rest):
        return None
    if match.group("heading").split()[0].lower() in FUNCTION_WORDS:
        return None
    if len(text[match.start("next") : para.end].split()) < MIN_BODY_WORDS:
        return None
    heading = match.group("heading")
    section_end = following.end if following else para.end
    echoed = heading.lower() in text[match.end("heading") : section_end].lower()
    if not (echoed or match.group("next") in SENTENCE_STARTERS):
        return None
    return Span(match.start("heading"), match.end("heading"))


def _looks_like_verb(word: str) -> bool:
    """Past tenses ("gave", "explained") show the words run on into a sentence."""
    if word.endswith("ed") and not word.endswith("eed") and len(word) > 4:
        return True
    return word in IRREGULAR_PAST
