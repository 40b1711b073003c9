"""The Source tab: the article with its items highlighted, and jumps from other tabs to a span."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.extraction import analyze_text
from desktop.ui.commands import RemoveItems
from desktop.ui.session import Session
from desktop.ui.tabs.quotes_tab import QuotesTab
from desktop.ui.tabs.source_tab import MIN_CONTRAST, SourceTab, contrast, tint, utf16_offsets


@pytest.fixture
def session(qapp, seed_text):
    return Session(analyze_text(seed_text))


@pytest.fixture
def tab(qtbot, session):
    widget = SourceTab(session)
    qtbot.addWidget(widget)
    return widget


def spans(session, *kinds):
    return sum(len(item.spans) for kind in kinds for item in session.items(kind))


def test_shows_the_article_and_its_metadata(tab, seed_text):
    assert tab.text.toPlainText() == seed_text
    assert tab.text.isReadOnly()
    assert "Alisha Sachdev" in tab.meta_label.text() and "2025-09-25" in tab.meta_label.text()


def test_every_person_quote_and_figure_span_is_highlighted(tab, session):
    assert tab.highlight_count() == spans(session, "people", "quotes", "figures") == 37
    assert "People (11 mentions)" in tab.legend.text() and "Quotes (13)" in tab.legend.text()


def test_highlights_follow_the_items(tab, session):
    quote = session.items("quotes")[0]
    session.undo_stack.push(RemoveItems(session, "quotes", [quote.id]))
    assert tab.highlight_count() == 36
    session.undo_stack.undo()
    assert tab.highlight_count() == 37


def test_show_span_selects_exactly_the_quote(tab, session, seed_text):
    quote = session.items("quotes")[4]
    span = quote.first_span
    tab.show_span(span.start, span.end)
    assert tab.selected_text() == seed_text[span.start : span.end]
    assert quote.text in tab.selected_text()


def test_show_span_scrolls_the_span_into_view(qtbot, session, seed_text):
    tab = SourceTab(session)
    qtbot.addWidget(tab)
    tab.resize(600, 200)  # far shorter than the article
    tab.show()
    qtbot.waitExposed(tab)
    last = session.items("quotes")[-1].first_span
    tab.show_span(last.start, last.end)
    assert tab.text.verticalScrollBar().value() > 0
    assert tab.text.viewport().rect().intersects(tab.text.cursorRect())


def test_jump_from_the_quotes_tab_selects_the_quote_in_the_source(qtbot, session, seed_text):
    quotes, source = QuotesTab(session), SourceTab(session)
    qtbot.addWidget(quotes)
    qtbot.addWidget(source)
    quotes.source_requested.connect(source.show_span)
    quote = session.items("quotes")[8]
    quotes.table.select_item(quote.id)
    with qtbot.waitSignal(quotes.source_requested) as blocker:
        qtbot.mouseClick(quotes.table.source_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [quote.first_span.start, quote.first_span.end]
    assert source.selected_text() == seed_text[quote.first_span.start : quote.first_span.end]


def test_highlight_tints_stay_readable_in_light_and_dark():
    for base, text in (("#ffffff", "#000000"), ("#1e1e1e", "#e8e8e8")):
        for hue in ("#CC79A7", "#009E73", "#E69F00"):
            colour = tint(QColor(base), QColor(hue), QColor(text))
            assert contrast(colour, QColor(text)) >= MIN_CONTRAST
            assert colour != QColor(base)


def test_offsets_count_utf16_units_past_astral_characters():
    to_position = utf16_offsets("a\U0001f600b")
    assert [to_position(i) for i in range(4)] == [0, 1, 3, 4]


def test_highlights_follow_the_application_palette_into_dark(tab, qtbot, qapp):
    from PySide6.QtGui import QPalette

    light = qapp.palette()
    dark = QPalette(light)
    for role, name in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
    ):
        dark.setColor(role, QColor(name))
    tab.show()
    try:
        qapp.setPalette(dark)

        def backgrounds_are_dark() -> bool:
            selections = tab.text.extraSelections()
            return all(s.format.background().color().lightness() < 128 for s in selections)

        qtbot.waitUntil(backgrounds_are_dark)
        selections = tab.text.extraSelections()
        first = selections[0].format
        assert first.foreground().color() == QColor("#e6e6e6")
        assert contrast(first.background().color(), QColor("#e6e6e6")) >= MIN_CONTRAST
    finally:
        qapp.setPalette(light)


def test_find_hits_are_marked_over_the_other_highlights(tab, session):
    before = tab.highlight_count()
    tab.show_find_hits([(0, 4), (10, 14)])
    assert tab.highlight_count() == before + 2
    assert "Find (2)" in tab.legend.text()
    selections = tab.text.extraSelections()
    assert selections[-1].cursor.selectionStart() == 10
    tab.show_find_hits([])
    assert tab.highlight_count() == before and "Find" not in tab.legend.text()
