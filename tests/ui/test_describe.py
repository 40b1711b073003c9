"""What the window says about a briefing: the status summary and the Save As file name."""

from desktop.extraction import analyze_text
from desktop.ui.describe import (
    analysed_message,
    default_file_name,
    export_file_name,
    with_briefing_suffix,
    with_word_suffix,
)


def test_status_summary_of_the_seed(seed_text):
    assert analysed_message(analyze_text(seed_text)) == (
        "Analysed 677 words: 6 people, 13 quotes, 13 figures, 3 phases, 9 organisations"
    )


def test_file_names_for_save_as(seed_text):
    briefing = analyze_text(seed_text)
    briefing.article.title = "Ashok Leyland bets on China’s CALB: a 20-year deal"
    briefing.article.published = "2025-09-25"
    assert default_file_name(briefing) == (
        "2025-09-25 ashok-leyland-bets-on-china-s-calb-a-20-year-deal.briefing.json"
    )
    briefing.article.title = None
    briefing.article.source = None
    assert default_file_name(briefing) == "2025-09-25 briefing.briefing.json"
    assert with_briefing_suffix("/a/b").name == "b.briefing.json"
    assert with_briefing_suffix("/a/b.json").name == "b.briefing.json"
    assert with_briefing_suffix("/a/b.BRIEFING.JSON").name == "b.BRIEFING.JSON"


def test_file_names_for_export_word(seed_text):
    briefing = analyze_text(seed_text)
    briefing.article.source = "/articles/ashok-leyland-calb-2025-09-25.txt"
    assert export_file_name(briefing) == "ashok-leyland-calb-2025-09-25.docx"
    briefing.article.title = "Ashok Leyland bets on China’s CALB"
    briefing.article.published = "2025-09-25"
    assert export_file_name(briefing) == "2025-09-25 ashok-leyland-bets-on-china-s-calb.docx"
    assert with_word_suffix("/a/for the board").name == "for the board.docx"
    assert with_word_suffix("/a/b.DOCX").name == "b.DOCX"
    assert with_word_suffix("/a/b.v2").name == "b.v2.docx"
