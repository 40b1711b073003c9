"""The briefing's domain model: plain dataclasses, no Qt."""

from desktop.domain.model import (
    Article,
    Briefing,
    Figure,
    Heading,
    Item,
    Organisation,
    Person,
    Phase,
    Quote,
    Relationship,
    Span,
    Takeaway,
    WatchItem,
    make_id,
)

__all__ = [
    "Article",
    "Briefing",
    "Figure",
    "Heading",
    "Item",
    "Organisation",
    "Person",
    "Phase",
    "Quote",
    "Relationship",
    "Span",
    "Takeaway",
    "WatchItem",
    "make_id",
]
