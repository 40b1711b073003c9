"""The headline, deck and bottom line are derived from the briefing, not written for the seed."""

from desktop.domain.model import Article, Briefing, Figure, Organisation, Phase, Span, Takeaway
from desktop.export.headline import key_takeaways, money_phrase, opening, short_names


def test_seed_headline_is_the_lead_clause_with_short_names(seed_briefing):
    start = opening(seed_briefing)
    assert start.headline == "Ashok Leyland is banking on China’s third-largest battery maker CALB"
    assert start.deck == (
        "Planned investment: more than 50 billion rupees ($563 million) in seven to 10 years"
    )


def test_seed_bottom_line_is_lead_then_plan(seed_briefing):
    start = opening(seed_briefing)
    assert len(start.bottom_line) == 2
    assert start.bottom_line[0].startswith("Ashok Leyland is banking on China’s")
    assert start.bottom_line[1] == (
        "The plan runs in three steps: importing cells from its Chinese partner (initially), "
        "supply to other automakers (within two to three years), then design and develop "
        "lithium-ion cells in India (at least five years)."
    )


def test_seed_takeaways_leave_out_what_the_bottom_line_says(seed_briefing):
    chosen = key_takeaways(seed_briefing, opening(seed_briefing))
    assert len(chosen) == 3
    assert chosen[0].text.startswith("India’s second-biggest maker")
    assert not any(t.text.startswith("Phased plan") for t in chosen)


def test_a_title_is_the_headline():
    article = Article(text="Acme buys Widget. It pays $5 million.", title="Acme buys Widget Co.")
    briefing = Briefing(article=article, takeaways=[Takeaway(text="Acme buys Widget.")])
    start = opening(briefing)
    assert start.headline == "Acme buys Widget Co."
    assert len(start.bottom_line) == 1


def test_no_takeaways_and_no_title_uses_the_first_sentence():
    article = Article(text="Acme raised prices. Buyers complained.")
    assert opening(Briefing(article=article)).headline == "Acme raised prices"


def test_long_leads_are_cut_at_a_clause():
    lead = (
        "Globex Corporation said on Tuesday that it would close three plants in Ohio, "
        "which employ 2,000 people, as demand for its appliances falls."
    )
    briefing = Briefing(article=Article(text=lead), takeaways=[Takeaway(text=lead)])
    assert opening(briefing).headline == (
        "Globex Corporation said on Tuesday that it would close three plants in Ohio"
    )


def test_short_names_use_the_alias_inside_the_name():
    briefing = Briefing(
        article=Article(text=""),
        organisations=[Organisation(name="Globex Corporation Ltd.", aliases=["Globex", "GX"])],
    )
    assert short_names("Globex Corporation Ltd. grew.", briefing) == "Globex grew."


def test_money_phrase_adds_conversion_and_time():
    text = "It will spend 10 billion yen ($67 million) over five years on plants."
    amount = Figure(id="a", text="10 billion yen", kind="money", value=1e10, unit="JPY",
                    spans=[Span(14, 28)])  # fmt: skip
    converted = Figure(id="b", text="$67 million", kind="money", value=67e6, unit="USD",
                       conversion_of="a", spans=[Span(30, 41)])  # fmt: skip
    years = Figure(id="c", text="five years", kind="duration", value=5, unit="year",
                   spans=[Span(48, 58)])  # fmt: skip
    briefing = Briefing(article=Article(text=text), figures=[amount, converted, years])
    assert money_phrase(amount, briefing) == "10 billion yen ($67 million) over five years"


def test_plan_sentence_needs_two_phases():
    briefing = Briefing(
        article=Article(text="x"),
        takeaways=[Takeaway(text="Acme will grow."), Takeaway(text="Acme will hire.")],
        phases=[Phase(title="Hire", horizon="this year")],
    )
    assert opening(briefing).bottom_line == ["Acme will grow.", "Acme will hire."]
