"""The Overview tab on the seed: page one shown in order, each part edited with undo."""

import pytest
from PySide6.QtCore import Qt

from desktop.extraction import analyze_text
from desktop.ui.session import Session
from desktop.ui.tabs.overview_tab import OverviewTab


@pytest.fixture
def tab(qtbot, seed_text):
    widget = OverviewTab(Session(analyze_text(seed_text)))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def test_title_author_and_date_are_shown(tab):
    assert tab.title_label.text().startswith("Ashok Leyland is banking on China’s")
    assert "Alisha Sachdev" in tab.meta_label.text()
    assert "25 September 2025" in tab.meta_label.text()


def test_key_figure_cards_lead_with_the_money(tab):
    texts = [card.text() for card in tab.cards]
    assert 3 <= len(texts) <= 4
    assert any("20-year" in text for text in texts)
    assert any("50 billion" in text and "$563 million" in text for text in texts)
    assert "50 billion" in texts[0]  # money first


def test_clicking_a_card_shows_its_figure_in_the_source(tab, qtbot, seed_text):
    card = next(card for card in tab.cards if "20-year" in card.text())
    with qtbot.waitSignal(tab.source_requested) as blocker:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    start, end = blocker.args
    assert seed_text[start:end] == "20-year"
    with qtbot.waitSignal(tab.source_requested):
        card.setFocus()
        qtbot.keyClick(card, Qt.Key.Key_Return)


def test_takeaways_are_listed_and_lead_to_the_source(tab, qtbot, seed_text):
    texts = tab.takeaway_texts()
    assert 3 <= len(texts) <= 5
    row = next(n for n, t in enumerate(texts) if "19 times by 2035" in t)
    with qtbot.waitSignal(tab.source_requested) as blocker:
        tab.takeaways.itemActivated.emit(tab.takeaways.item(row))
    start, end = blocker.args
    assert "19 times by 2035" in seed_text[start:end]


def test_page_one_is_shown_in_the_order_it_prints(tab):
    briefing = tab.session.briefing
    assert tab.texts["subtitle"].text() == briefing.subtitle
    assert tab.texts["bottom_line"].text() == briefing.bottom_line
    assert tab.list_texts("watch")[0] == "Within two to three years: supply to other automakers"
    widgets = [tab.texts["title"], tab.texts["subtitle"], tab.texts["bottom_line"],
               tab.cards_box, tab.takeaways, tab.watch]  # fmt: skip
    tops = [w.mapTo(tab.page, w.rect().topLeft()).y() for w in widgets]
    assert tops == sorted(tops)


def test_no_takeaway_repeats_the_bottom_line(tab):
    assert tab.session.briefing.bottom_line not in tab.takeaway_texts()


def test_takeaway_edit_is_undoable(tab):
    session = tab.session
    first = tab.takeaway_texts()[0]
    tab.edit_takeaway(session.items("takeaways")[0].id, "CALB helps Ashok Leyland with cells.")
    assert tab.takeaway_texts()[0] == "CALB helps Ashok Leyland with cells."
    session.undo_stack.undo()
    assert tab.takeaway_texts()[0] == first


def test_bottom_line_edit_and_reset_to_generated_are_undoable(tab, qtbot):
    session, briefing = tab.session, tab.session.briefing
    generated = briefing.bottom_line
    edit = tab.texts["bottom_line"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Ashok Leyland bets on CALB.")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert briefing.bottom_line == "Ashok Leyland bets on CALB."
    assert tab.reset_buttons["bottom_line"].isEnabled()
    tab.reset_buttons["bottom_line"].click()
    assert briefing.bottom_line == generated
    assert edit.text() == generated
    session.undo_stack.undo()  # the reset
    assert briefing.bottom_line == "Ashok Leyland bets on CALB."
    session.undo_stack.undo()  # the edit
    assert briefing.bottom_line == generated


def test_title_and_subtitle_edits_are_undoable(tab):
    session, briefing = tab.session, tab.session.briefing
    for field in ("title", "subtitle"):
        before = getattr(briefing, field)
        tab.set_text(field, f"A new {field}")
        assert tab.texts[field].text() == f"A new {field}" == getattr(briefing, field)
        session.undo_stack.undo()
        assert tab.texts[field].text() == before


def test_key_figures_reorder_and_unpin_with_undo(tab):
    session, briefing = tab.session, tab.session.briefing
    ids = list(briefing.key_figures)
    assert len(tab.cards) == len(ids) >= 2
    tab.move_key_figure(ids[0], 1)
    assert briefing.key_figures[:2] == [ids[1], ids[0]]
    assert tab.cards[1].headline.figure.id == ids[0]
    session.undo_stack.undo()
    assert briefing.key_figures == ids
    tab.unpin_figure(ids[0])
    assert ids[0] not in [card.headline.figure.id for card in tab.cards]
    assert not briefing.figure_by_id(ids[0]).headline
    session.undo_stack.undo()
    assert briefing.key_figures == ids and len(tab.cards) == len(ids)


def test_takeaways_add_delete_and_move_with_undo(tab):
    session = tab.session
    before = tab.takeaway_texts()
    tab.add_item("takeaways")
    assert tab.takeaway_texts() == [*before, "New takeaway."]
    session.undo_stack.undo()
    assert tab.takeaway_texts() == before
    tab.takeaways.setCurrentRow(0)
    tab.move_current("takeaways", 1)
    assert tab.takeaway_texts()[:2] == [before[1], before[0]]
    session.undo_stack.undo()
    tab.takeaways.setCurrentRow(0)
    tab.delete_current("takeaways")
    assert tab.takeaway_texts() == before[1:]
    session.undo_stack.undo()
    assert tab.takeaway_texts() == before


def test_watch_items_edit_add_and_delete_with_undo(tab):
    session = tab.session
    before = tab.list_texts("watch")
    first = session.items("watch")[0]
    tab.edit_item("watch", first.id, "By 2027: CALB supplies other automakers")
    assert tab.list_texts("watch")[0] == "By 2027: CALB supplies other automakers"
    session.undo_stack.undo()
    assert tab.list_texts("watch") == before
    tab.add_item("watch")
    assert len(tab.list_texts("watch")) == len(before) + 1
    session.undo_stack.undo()
    tab.watch.setCurrentRow(0)
    tab.delete_current("watch")
    assert tab.list_texts("watch") == before[1:]
    session.undo_stack.undo()
    assert tab.list_texts("watch") == before


def test_the_export_prints_what_the_overview_shows(tab, tmp_path):
    import docx

    from desktop.export import export_docx

    tab.set_text("bottom_line", "Ashok Leyland bets on CALB for its cells.")
    tab.edit_takeaway(tab.session.items("takeaways")[0].id, "An edited takeaway.")
    tab.unpin_figure(tab.session.briefing.key_figures[-1])
    path = tmp_path / "overview.docx"
    export_docx(tab.session.briefing, path, analyst="Jane Analyst")
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == tab.texts["title"].text()
    assert texts[1] == tab.texts["subtitle"].text()
    assert "Ashok Leyland bets on CALB for its cells." in texts
    start = texts.index("Key takeaways")
    shown = tab.takeaway_texts()
    assert texts[start + 1 : start + 1 + len(shown)] == shown
    start = texts.index("What to watch")
    watch = tab.list_texts("watch")
    assert texts[start + 1 : start + 1 + len(watch)] == watch
    strip = document.tables[0]
    assert len(strip.columns) == len(tab.cards)


def test_figure_edits_refresh_the_cards(tab):
    session = tab.session
    rupees = next(f for f in session.items("figures") if f.unit == "INR")
    from desktop.ui.commands import EditField

    session.undo_stack.push(EditField(session, "figures", rupees.id, "value", 60e9))
    assert "₹60 bn" in tab.cards[0].text()
