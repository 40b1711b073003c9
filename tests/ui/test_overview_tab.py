"""The Overview tab on the seed: title and byline, headline cards that jump to source, takeaways."""

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


def test_headline_cards_show_the_biggest_figures(tab):
    texts = [card.text() for card in tab.cards]
    assert 3 <= len(texts) <= 4
    assert any("20-year" in text for text in texts)
    assert any("50 billion" in text and "$563 million" in text for text in texts)
    assert any("19" in text for text in texts)
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
    assert len(texts) == 5
    assert texts[-1].endswith("according to estimates from BloombergNEF.")
    with qtbot.waitSignal(tab.source_requested) as blocker:
        tab.takeaways.itemActivated.emit(tab.takeaways.item(4))
    start, end = blocker.args
    assert "19 times by 2035" in seed_text[start:end]


def test_takeaway_edit_is_undoable(tab):
    session = tab.session
    tab.edit_takeaway(session.items("takeaways")[0].id, "CALB helps Ashok Leyland with cells.")
    assert tab.takeaway_texts()[0] == "CALB helps Ashok Leyland with cells."
    assert tab.title_label.text() == "CALB helps Ashok Leyland with cells"
    session.undo_stack.undo()
    assert tab.takeaway_texts()[0].startswith("Ashok Leyland Ltd. is banking")


def test_figure_edits_refresh_the_cards(tab):
    session = tab.session
    rupees = next(f for f in session.items("figures") if f.unit == "INR")
    from desktop.ui.commands import EditField

    session.undo_stack.push(EditField(session, "figures", rupees.id, "value", 60e9))
    assert "₹60 bn" in tab.cards[0].text()
