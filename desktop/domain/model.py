"""Dataclasses for an article and the briefing extracted from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

QUOTE_KINDS = ("direct", "partial", "reported")
FIGURE_KINDS = ("money", "percent", "multiple", "rank", "duration", "count", "year")
# How the window, the terminal summary and the Word export name a quote's missing speaker.
UNKNOWN_SPEAKER = "Unknown speaker"
# Item.basis: the indirect routes by which the engine found an item (None: read directly).
BASIS_PREVIOUS_PARAGRAPH = "carried from the previous paragraph"
BASIS_NEXT_SENTENCE = "named in the next sentence"
BASIS_PRONOUN = "pronoun"
BASIS_ROLE_NOUN = "role noun"
BASIS_ELSEWHERE = "elsewhere in the article"


class _SpanFields(NamedTuple):
    start: int
    end: int


class Span(_SpanFields):
    """A half-open character range [start, end) in the article text.

    A named tuple: the engine makes thousands per article, and a tuple is made, compared
    and hashed in C (a frozen dataclass took three times as long to make).
    """

    __slots__ = ()

    def __new__(cls, start: int, end: int) -> Span:
        if start < 0 or end < start:
            raise ValueError(f"bad span {start}..{end}")
        return tuple.__new__(cls, (start, end))

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


def make_id(prefix: str, *parts: object) -> str:
    """A short id that is the same whenever the same item is found again.

    Args:
        prefix: the kind of item ("person", "quote", ...).
        parts: what identifies the item within its article (a name, a span).
    """
    # Imported here: hashlib loads OpenSSL (10 ms), and a window that opens a cached
    # briefing never makes an id.
    import hashlib

    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}-{digest}"


@dataclass(kw_only=True)
class Item:
    """What every extracted item carries: an id, its evidence, and whether an analyst edited it."""

    id: str = ""
    spans: list[Span] = field(default_factory=list)
    edited: bool = False
    # How the engine found it, where the route was indirect and an analyst should check it
    # ("carried from the previous paragraph", "pronoun", "elsewhere in the article"); None
    # when it was read directly. BASIS_* below name the routes.
    basis: str | None = None
    confirmed: bool = False  # an analyst checked an indirect finding

    @property
    def first_span(self) -> Span | None:
        return min(self.spans) if self.spans else None


@dataclass
class Heading:
    """A section heading of the article, and where it stands in the text."""

    title: str
    span: Span


@dataclass
class Article:
    """The article as read: its text (which every span refers to) and its metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD where known
    source: str | None = None  # the outlet, or the file name
    url: str | None = None
    headings: list[Heading] = field(default_factory=list)
    body_start: int = 0  # where the body begins, after title and metadata lines
    # What the user should know about how the file was read ("3 damaged characters");
    # shown once when it is opened, not saved with the briefing.
    notes: list[str] = field(default_factory=list, compare=False)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(kw_only=True)
class Person(Item):
    """A human being named in the article."""

    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    organisation: str | None = None


@dataclass(kw_only=True)
class Organisation(Item):
    """A company, government, body or outlet named in the article."""

    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "organisation"  # company, government, media, country, organisation


@dataclass(kw_only=True)
class Quote(Item):
    """Words attributed to a speaker: quoted directly, partially, or reported."""

    text: str
    speaker: str | None = None  # a Person's canonical name, never a pronoun
    kind: str = "direct"
    # When no person is named: the source as the article names it ("Ford", "officials",
    # "the report"); None when the speaker is a person.
    source: str | None = None


@dataclass(kw_only=True)
class Figure(Item):
    """A number the article reports: money, a percentage, a multiple, a rank, a duration ..."""

    text: str  # exactly as it stands in the article
    kind: str
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None  # ISO 4217 for money, "year" for durations in years
    qualifier: str | None = None  # "more than", "at least", "about" ...
    about: str | None = None  # what it measures, in a few words
    headline: bool = False  # one of the 1 to 3 figures an executive should see first
    direction: str | None = None  # "up" or "down" where the text says it moved ("fell 2%")
    period: str | None = None  # the time it is for, as written ("last month", "in 2005")
    per: str | None = None  # a rate's unit of count: "week" for "$26 a week", "share"
    unit_inferred: bool = False  # the currency was not written ("$" read as the country's)
    conversion_of: str | None = None  # id of the figure this one converts ($563m of ₹50bn)


@dataclass(kw_only=True)
class Phase(Item):
    """One phase of the company's plan: when, and what it will do."""

    title: str
    horizon: str | None = None
    actions: list[str] = field(default_factory=list)
    organisation: str | None = None  # whose plan it is
    done: bool = False  # a past stage of the plan, told beside the stages to come


@dataclass(kw_only=True)
class Relationship(Item):
    """A tie between two organisations: a partnership, an agreement, talks ..."""

    source: str  # organisation name
    target: str  # organisation name
    kind: str = "partnership"
    terms: str | None = None


@dataclass(kw_only=True)
class Takeaway(Item):
    """A short statement an executive should read first."""

    text: str


@dataclass(kw_only=True)
class WatchItem(Item):
    """Something ahead an executive should watch for, with when it is due.

    text is the line as page one prints it ("Within two to three years: supply to other
    automakers"); due is the date it is expected by, as far as the article tells
    (YYYY-MM-DD, approximate for "within two years"), used to list the nearest first.
    """

    text: str
    due: str | None = None


@dataclass
class Briefing:
    """Everything extracted from one article, plus the article itself.

    The page-one fields (title, subtitle, bottom line, key figures, watch) are what an executive
    reads first. The engine writes them; an analyst may change them, and the generated_*
    copies keep what the engine wrote, for "Reset to generated".
    """

    article: Article
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    takeaways: list[Takeaway] = field(default_factory=list)
    title: str = ""  # the article's own title, cleaned, or the news cut from its lead
    subtitle: str = ""  # one line under the title: the key number, or the deal
    bottom_line: str = ""  # who did what, the key number, the plan's first and last step
    generated_title: str = ""
    generated_subtitle: str = ""
    generated_bottom_line: str = ""
    key_figures: list[str] = field(default_factory=list)  # Figure ids, in page-one order
    watch: list[WatchItem] = field(default_factory=list)  # nearest first

    def to_dict(self) -> dict:
        """The contract object that `analyze --json` prints (see eval/CONTRACT.md)."""
        from desktop.domain.serialization import briefing_to_dict, durations_in_years

        return durations_in_years(briefing_to_dict(self))

    def person_named(self, name: str | None) -> Person | None:
        for person in self.people:
            if person.name == name:
                return person
        return None

    def quotes_by(self, name: str) -> list[Quote]:
        return [q for q in self.quotes if q.speaker == name]

    def figure_by_id(self, figure_id: str | None) -> Figure | None:
        for figure in self.figures:
            if figure.id == figure_id:
                return figure
        return None

    def pinned_figures(self) -> list[Figure]:
        """The key figures page one shows, in their order (ids of deleted figures skipped)."""
        by_id = {figure.id: figure for figure in self.figures}
        return [by_id[i] for i in self.key_figures if i in by_id]
