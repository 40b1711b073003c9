"""Merging people and organisations moves every reference; moving items and actions."""

import pytest

from desktop.domain.edits import (
    EditError,
    merge_organisations,
    merge_people,
    move_action,
    move_item,
)
from desktop.domain.model import (
    BASIS_ELSEWHERE,
    Article,
    Briefing,
    Figure,
    Organisation,
    Person,
    Phase,
    Quote,
    Relationship,
    Span,
    Takeaway,
)


def made_up() -> Briefing:
    text = "GM and General Motors. Jane Roe said so. J. Roe agreed."
    return Briefing(
        article=Article(text=text),
        people=[
            Person(id="p1", name="Jane Roe", role="chief executive", spans=[Span(23, 31)]),
            Person(
                id="p2",
                name="J. Roe",
                organisation="GM",
                spans=[Span(41, 47)],
                basis=BASIS_ELSEWHERE,
            ),
            Person(id="p3", name="Ann Lee", organisation="GM"),
        ],
        organisations=[
            Organisation(id="o1", name="General Motors", spans=[Span(7, 21)]),
            Organisation(id="o2", name="GM", kind="company", aliases=["G.M."], spans=[Span(0, 2)]),
            Organisation(id="o3", name="LG", kind="company"),
        ],
        quotes=[
            Quote(id="q1", text="so", speaker="Jane Roe"),
            Quote(id="q2", text="agreed", speaker="J. Roe"),
            Quote(id="q3", text="we will", source="GM"),
        ],
        phases=[
            Phase(
                id="ph1", title="First", actions=["Build plant", "Hire staff"], organisation="GM"
            ),
            Phase(id="ph2", title="Then", actions=["Export"]),
        ],
        relationships=[
            Relationship(id="r1", source="GM", target="LG"),
            Relationship(id="r2", source="General Motors", target="GM", kind="talks"),
            Relationship(id="r3", source="J. Roe", target="LG", kind="talks"),
        ],
        figures=[
            Figure(id="f1", text="$3bn", kind="money", about="GM's quarterly revenue"),
            Figure(id="f2", text="40%", kind="percent", about="GMC trucks sold"),
        ],
        takeaways=[Takeaway(id=f"t{n}", text=f"Point {n}") for n in range(3)],
    )


def test_merge_people_moves_quotes_and_parties_and_keeps_the_name():
    briefing = made_up()
    kept = merge_people(briefing, "p1", "p2")
    assert [p.name for p in briefing.people] == ["Jane Roe", "Ann Lee"]
    assert kept.aliases == ["J. Roe"]
    assert kept.role == "chief executive"  # its own
    assert kept.organisation == "GM"  # taken from the other, which had one
    assert kept.spans == [Span(23, 31), Span(41, 47)]
    assert kept.edited and kept.basis is None  # the kept entry was read directly
    assert [q.speaker for q in briefing.quotes] == ["Jane Roe", "Jane Roe", None]
    assert briefing.relationships[2].source == "Jane Roe"


def test_merge_organisations_moves_every_reference_and_drops_self_ties():
    briefing = made_up()
    kept = merge_organisations(briefing, "o1", "o2")
    assert [o.name for o in briefing.organisations] == ["General Motors", "LG"]
    assert kept.aliases == ["GM", "G.M."]
    assert kept.kind == "company"
    assert [p.organisation for p in briefing.people] == [None, "General Motors", "General Motors"]
    assert briefing.quotes[2].source == "General Motors"
    assert briefing.phases[0].organisation == "General Motors"
    # What a figure measures follows where it names GM as a word, not inside "GMC".
    assert [f.about for f in briefing.figures] == [
        "General Motors's quarterly revenue",
        "GMC trucks sold",
    ]
    # GM-LG follows; General Motors-GM would be a tie with itself and goes.
    assert [(r.id, r.source, r.target) for r in briefing.relationships] == [
        ("r1", "General Motors", "LG"),
        ("r3", "J. Roe", "LG"),
    ]


def test_merge_refuses_one_item_with_itself_and_unknown_ids():
    briefing = made_up()
    with pytest.raises(EditError, match="two different"):
        merge_people(briefing, "p1", "p1")
    with pytest.raises(EditError, match="no organisation"):
        merge_organisations(briefing, "o1", "o9")


def test_move_item_reorders_and_clamps():
    items = made_up().takeaways
    assert move_item(items, "t2", 0) == 2
    assert [t.id for t in items] == ["t2", "t0", "t1"]
    move_item(items, "t2", 99)
    assert [t.id for t in items] == ["t0", "t1", "t2"]


def test_move_action_within_and_between_phases():
    briefing = made_up()
    move_action(briefing, "ph1", 1, "ph1", 0)
    assert briefing.phases[0].actions == ["Hire staff", "Build plant"]
    move_action(briefing, "ph1", 0, "ph2", 1)
    assert briefing.phases[0].actions == ["Build plant"]
    assert briefing.phases[1].actions == ["Export", "Hire staff"]
    assert briefing.phases[0].edited and briefing.phases[1].edited
    with pytest.raises(EditError, match="no action 5"):
        move_action(briefing, "ph1", 4, "ph2", 0)


def test_needs_check_and_review_counts():
    from desktop.domain.edits import needs_check, review_counts
    from desktop.domain.model import BASIS_PREVIOUS_PARAGRAPH, BASIS_PRONOUN

    briefing = made_up()
    assert review_counts(briefing) == {"confirmed": 0, "edited": 0, "unchecked": 1}
    briefing.quotes[0].basis = BASIS_PREVIOUS_PARAGRAPH
    briefing.quotes[1].basis = BASIS_PRONOUN
    assert needs_check(briefing.quotes[0])
    briefing.quotes[0].confirmed = True
    assert not needs_check(briefing.quotes[0])
    briefing.people[2].edited = True
    assert review_counts(briefing) == {"confirmed": 1, "edited": 1, "unchecked": 2}
