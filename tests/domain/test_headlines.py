"""Headline cards and the derived title: which figures a reader sees first, in what words."""

from desktop.domain.headlines import display_title, headline_figures
from desktop.domain.numbers import compact_value, headline_number
from desktop.extraction import analyze_text


def test_seed_cards_are_money_the_lead_figures_and_growth(seed_text):
    cards = headline_figures(analyze_text(seed_text))
    # "70 per cent" stands in a quote paragraphs below the lead: not a lead figure
    assert [(c.qualifier, c.number) for c in cards] == [
        ("more than", "₹50 bn"),
        ("", "20 years"),
        ("", "19×"),
    ]
    assert cards[0].phrase == "more than 50 billion rupees / $563 million in seven to 10 years"
    assert cards[1].about == "agreement with CALB earlier this month"
    assert cards[2].phrase == "19 times by 2035"


def test_cards_take_the_lead_figures_before_larger_ones_later():
    text = (
        "Harlow Foods to cut 300 jobs\n\n"
        "Harlow Foods said on Monday it would cut 300 jobs, or 4 percent of its staff. "
        "The grocer spent $900 million on a new warehouse in 2019, and $2 billion on stores. "
        "It sold 12,000 tonnes of flour and 40,000 tonnes of sugar last year."
    )
    numbers = [c.number for c in headline_figures(analyze_text(text))]
    assert any("300" in n for n in numbers) and "4%" in numbers  # the lead's figures
    assert not any("40,000" in n or "40k" in n.lower() for n in numbers)


def test_seed_title_comes_from_the_first_takeaway(seed_text):
    title, derived = display_title(analyze_text(seed_text))
    assert derived
    assert title == "Ashok Leyland is banking on China’s third-largest battery maker CALB"


def test_one_title_for_the_window_the_terminal_and_the_word_headline(seed_text):
    from desktop.cli import format_summary
    from desktop.domain.page_one import page_one

    briefing = analyze_text(seed_text)
    title, _ = display_title(briefing)
    assert page_one(briefing).title == title
    assert format_summary(briefing).splitlines()[0] == title


def test_without_money_percentages_and_counts_fill_the_cards():
    text = (
        "Voters turned out in record numbers. Turnout was 58%, with around 2 million voters "
        "casting 491,667 votes in one district."
    )
    cards = headline_figures(analyze_text(text))
    assert 1 <= len(cards) <= 4
    assert cards[0].number == "58%"


def test_numbers_for_cards():
    assert compact_value(563_000_000) == "563 mn"
    assert headline_number("duration", 7, 10, "year") == "7–10 years"
    assert headline_number("money", 2.5e9, None, "CHF") == "2.5 bn CHF"
    assert headline_number("rank", 3, None, None) == "No. 3"


def test_counted_uses_the_singular_for_one():
    from desktop.domain.headlines import counted

    assert counted(1, "word") == "1 word"
    assert counted(0, "quote") == "0 quotes"
    assert counted(1200, "word") == "1,200 words"
    assert counted(1, "person", "people") == "1 person"
    assert counted(3, "person", "people") == "3 people"


def test_a_card_takes_its_conversion_and_the_first_listed_time_right_after_it():
    from desktop.domain import Article, Briefing, Figure, Span
    from desktop.domain.headlines import headline_for

    text = "Acme will invest €10 billion ($11 billion) by 2030 or 2031, it said in 2024."

    def figure(id_: str, written: str, kind: str, **fields) -> Figure:
        start = text.find(written)
        return Figure(id=id_, text=written, kind=kind, spans=[Span(start, start + len(written))],
                      **fields)  # fmt: skip

    money = figure("m", "€10 billion", "money", value=1e10, unit="EUR")
    dollars = figure("d", "$11 billion", "money", value=1.1e10, unit="USD", conversion_of="m")
    year = figure("y", "2030", "year", value=2030)
    span = figure("s", "2030 or 2031", "duration", value=1)  # the same start as the year
    late = figure("l", "2024", "year", value=2024)  # too far after the amount
    for first, second in ((year, span), (span, year)):
        briefing = Briefing(
            article=Article(text=text), figures=[late, money, dollars, first, second]
        )
        card = headline_for(money, briefing)
        assert card.phrase == f"€10 billion / $11 billion by {first.text}"
        assert [f.id for f in card.related] == ["d", first.id]
    assert headline_for(dollars, briefing).phrase == "$11 billion by 2030 or 2031"
