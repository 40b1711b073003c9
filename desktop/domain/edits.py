"""Edits an analyst makes across a briefing: merge two people or organisations, move items."""

from __future__ import annotations

import re

from desktop.domain.model import Briefing, Organisation, Person

_ITEM_KINDS = (
    "people",
    "organisations",
    "quotes",
    "figures",
    "phases",
    "relationships",
    "takeaways",
)


class EditError(ValueError):
    """An edit that cannot be made; the message says why, in one line."""


def _by_id(items: list, item_id: str, what: str):
    for item in items:
        if item.id == item_id:
            return item
    raise EditError(f"no {what} with id {item_id}")


def _absorb(kept: Person | Organisation, merged: Person | Organisation) -> None:
    """kept takes merged's name as an alias, its aliases, its evidence and its unset fields."""
    for alias in [merged.name, *merged.aliases]:
        if alias != kept.name and alias not in kept.aliases:
            kept.aliases.append(alias)
    kept.spans = sorted(set(kept.spans) | set(merged.spans))
    kept.edited = True
    # One of them read directly is enough for the merged entry to stand unchecked.
    if kept.basis is not None and (merged.basis is None or merged.confirmed):
        kept.basis = merged.basis
        kept.confirmed = merged.confirmed


def merge_people(briefing: Briefing, keep_id: str, merge_id: str) -> Person:
    """Make two entries for one person one: the first keeps its name, the other's becomes an alias.

    Every quote the merged name spoke is now the kept name's, and relationships that
    name the merged person as a party name the kept one. The kept person takes the other's
    role and organisation where it has none.

    Example: "Jane Roe" (chief executive) and "J. Roe" (quoted twice) merged into the
    first give one Jane Roe, alias "J. Roe", with both quotes.

    Returns:
        The kept person.
    """
    if keep_id == merge_id:
        raise EditError("choose two different people to merge")
    kept = _by_id(briefing.people, keep_id, "person")
    merged = _by_id(briefing.people, merge_id, "person")
    old, new = merged.name, kept.name
    _absorb(kept, merged)
    kept.role = kept.role or merged.role
    kept.organisation = kept.organisation or merged.organisation
    briefing.people.remove(merged)
    for quote in briefing.quotes:
        if quote.speaker == old:
            quote.speaker = new
    _rename_parties(briefing, old, new)
    _rename_in_subjects(briefing, old, new)
    return kept


def merge_organisations(briefing: Briefing, keep_id: str, merge_id: str) -> Organisation:
    """Make two entries for one organisation one: "GM" merged into "General Motors".

    The merged name becomes an alias, and every reference follows: relationships'
    parties, people's organisation, quotes' named sources and phases' organisation.
    A relationship that the merge turns into a tie of the organisation with itself is dropped.

    Example: "GM" (a partner of "LG") merged into "General Motors" gives one General Motors,
    alias "GM", in a partnership with LG; a person "of GM" is now "of General Motors".

    Returns:
        The kept organisation.
    """
    if keep_id == merge_id:
        raise EditError("choose two different organisations to merge")
    kept = _by_id(briefing.organisations, keep_id, "organisation")
    merged = _by_id(briefing.organisations, merge_id, "organisation")
    old, new = merged.name, kept.name
    _absorb(kept, merged)
    if kept.kind == "organisation":
        kept.kind = merged.kind  # the generic kind gives way to a known one
    briefing.organisations.remove(merged)
    for person in briefing.people:
        if person.organisation == old:
            person.organisation = new
    for quote in briefing.quotes:
        if quote.source == old:
            quote.source = new
    for phase in briefing.phases:
        if phase.organisation == old:
            phase.organisation = new
    _rename_parties(briefing, old, new)
    _rename_in_subjects(briefing, old, new)
    return kept


def _rename_in_subjects(briefing: Briefing, old: str, new: str) -> None:
    """What figures measure names new where it named old, as a whole word.

    Example: a figure about "GM's quarterly revenue", after GM is merged into General
    Motors, is about "General Motors's quarterly revenue"; one about "GMC trucks" is not.
    """
    pattern = re.compile(rf"(?<!\w){re.escape(old)}(?!\w)")
    for figure in briefing.figures:
        if figure.about and old in figure.about:
            figure.about = pattern.sub(lambda _match: new, figure.about)


def _rename_parties(briefing: Briefing, old: str, new: str) -> None:
    """Relationships naming old name new; ties of a party with itself go."""
    kept = []
    for tie in briefing.relationships:
        if tie.source == old:
            tie.source = new
        if tie.target == old:
            tie.target = new
        if tie.source != tie.target:
            kept.append(tie)
    briefing.relationships[:] = kept


def move_item(items: list, item_id: str, to_row: int) -> int:
    """Move the item with item_id to position to_row of its list (clamped to the list).

    Example: takeaways [a, b, c], move c to 0 -> [c, a, b].

    Returns:
        The row it was at before.
    """
    item = _by_id(items, item_id, "item")
    row = items.index(item)
    items.pop(row)
    items.insert(max(0, min(to_row, len(items))), item)
    return row


def move_action(
    briefing: Briefing, phase_id: str, index: int, to_phase_id: str, to_index: int
) -> None:
    """Move one action within its phase, or to another phase.

    Example: phase 1 ["Build plant", "Hire staff"], phase 2 ["Export"]; moving action 1 of
    phase 1 to 0 of phase 2 gives ["Build plant"] and ["Hire staff", "Export"].
    """
    source = _by_id(briefing.phases, phase_id, "phase")
    target = _by_id(briefing.phases, to_phase_id, "phase")
    if not 0 <= index < len(source.actions):
        raise EditError(f"phase {source.title!r} has no action {index + 1}")
    action = source.actions.pop(index)
    target.actions.insert(max(0, min(to_index, len(target.actions))), action)
    source.edited = target.edited = True


def needs_check(item) -> bool:
    """Whether the engine found item by an indirect route and no analyst has confirmed it."""
    return getattr(item, "basis", None) is not None and not getattr(item, "confirmed", False)


def review_counts(briefing: Briefing) -> dict[str, int]:
    """How many items an analyst confirmed, edited, or left unchecked (found indirectly).

    An edited item counts as edited even if it was also confirmed: the analyst's hand is on it.
    Example: one quote whose speaker was carried over and confirmed, one person renamed, one
    pronoun-resolved quote untouched -> {"confirmed": 1, "edited": 1, "unchecked": 1}.
    """
    counts = {"confirmed": 0, "edited": 0, "unchecked": 0}
    for kind in _ITEM_KINDS:
        for item in getattr(briefing, kind):
            if item.edited:
                counts["edited"] += 1
            elif item.confirmed:
                counts["confirmed"] += 1
            elif item.basis is not None:
                counts["unchecked"] += 1
    return counts
