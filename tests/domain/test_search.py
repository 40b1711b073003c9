"""Finding words in a briefing's lists and in its article text."""

from desktop.domain.model import Article, Briefing, Person, Quote, Relationship, Takeaway
from desktop.domain.search import SOURCE, Hit, find_everywhere, find_in_items, find_in_text


def made_up() -> Briefing:
    return Briefing(
        article=Article(text="Cells and a cell plant.\nMaria Ortiz runs the CELL unit."),
        people=[
            Person(id="p1", name="Maria Ortiz", role="head of cells"),
            Person(id="p2", name="Bo"),
        ],
        quotes=[Quote(id="q1", text="We are ready", speaker="Maria Ortiz")],
        relationships=[Relationship(id="r1", source="Acme", target="Cellco", kind="deal")],
        takeaways=[Takeaway(id="t1", text="A new cell plant")],
    )


def test_items_are_found_by_any_searched_field_ignoring_case():
    hits = find_in_items(made_up(), "  CELL ")
    assert [(h.kind, h.item_id, h.label) for h in hits] == [
        ("takeaways", "t1", "A new cell plant"),
        ("people", "p1", "Maria Ortiz"),
        ("relationships", "r1", "Acme – Cellco (deal)"),
    ]
    assert [h.item_id for h in find_in_items(made_up(), "ortiz")] == ["p1", "q1"]


def test_text_hits_are_spans_with_their_line_as_label():
    text = made_up().article.text
    hits = find_in_text(text, "cell")
    assert [(h.start, h.end) for h in hits] == [(0, 4), (12, 16), (45, 49)]
    assert all(text[h.start : h.end].lower() == "cell" for h in hits)
    assert hits[2] == Hit(SOURCE, None, "Maria Ortiz runs the CELL unit.", 45, 49)
    assert len(find_in_text(text, "e", limit=3)) == 3


def test_blank_finds_nothing_and_everywhere_lists_items_first():
    assert find_everywhere(made_up(), " ") == []
    kinds = [h.kind for h in find_everywhere(made_up(), "plant")]
    assert kinds == ["takeaways", SOURCE]


def test_watch_items_are_searched_after_the_takeaways():
    from desktop.domain.model import WatchItem

    briefing = made_up()
    briefing.watch = [WatchItem(id="w1", text="By 2028: open a cell plant in Ohio")]
    kinds = [(h.kind, h.item_id) for h in find_in_items(briefing, "cell plant")]
    assert kinds == [("takeaways", "t1"), ("watch", "w1")]
