"""Plan phases: in the order told, with the article's own action clauses, and none in news."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Article
from desktop.extraction import analyze_article, analyze_text
from desktop.extraction.phases import find_phases

DEV = Path(__file__).resolve().parents[2] / "eval" / "dev"
STOP = set(
    "a an the and or of to in on for with by from at as its it is be will would that this these "
    "those into over under than then more most their them they which who also".split()
)


def content_words(phase: dict) -> set[str]:
    """The scorer's view of a phase (eval/score.py phase_words)."""
    parts = [phase.get("title"), phase.get("horizon"), *phase.get("actions", [])]
    words = (w for part in parts for w in re.findall(r"\w+", str(part or "").casefold()))
    return {w for w in words if w not in STOP and len(w) > 2}


def phases_of(text: str, published: str = "2025-01-15"):
    return analyze_article(Article(text=text, published=published)).phases


def test_seed_plan_has_three_phases_in_order(seed_text):
    phases = analyze_text(seed_text).phases
    assert [(p.title, p.horizon) for p in phases] == [
        ("Importing cells from its Chinese partner", "initially"),
        ("Supply to other automakers", "within two to three years"),
        ("Design and develop lithium-ion cells in India", "at least five years"),
    ]
    assert phases[0].actions[:3] == [
        "importing cells from its Chinese partner",
        "learn the process of assembling them into packs",
        "CALB will supply cells",
    ]
    assert "make battery packs for its own vehicles" in phases[0].actions
    assert phases[1].actions[0].startswith("supply to other automakers, including two-wheelers")
    assert phases[1].actions[1].startswith("build an India-based research and development hub")
    assert phases[2].actions == [
        "invest more than 50 billion rupees ($563 million) in seven to 10 years to manufacture"
        " next-generation batteries",
        "design and develop lithium-ion cells in India",
    ]


def test_seed_phases_hold_enough_of_the_gold_words(seed_text, seed_gold):
    phases = analyze_text(seed_text).phases
    for gold, found in zip(seed_gold["phases"], phases, strict=True):
        gold_words = content_words(gold)
        found_words = content_words(
            {"title": found.title, "horizon": found.horizon, "actions": found.actions}
        )
        assert len(gold_words & found_words) / len(gold_words) >= 0.3, gold["title"]


def test_seed_phase_evidence_is_the_plan_sentences(seed_text):
    phases = analyze_text(seed_text).phases
    for phase in phases:
        assert phase.id.startswith("phase-")
        for span in phase.spans:
            assert 0 <= span.start < span.end <= len(seed_text)
    last = seed_text[phases[2].spans[-1].start : phases[2].spans[-1].end]
    assert last.startswith("The ultimate ambition is to design and develop lithium-ion cells")


def test_staging_words_and_years_order_a_generic_plan():
    text = (
        "Acme Robotics Inc. will first build a pilot plant in Texas and hire 200 engineers. "
        "Eventually, Acme Robotics aims to list its shares in New York. "
        "The company then plans to expand to Europe by 2028, a spokesperson said."
    )
    phases = phases_of(text)
    assert [(p.horizon, p.actions) for p in phases] == [
        ("initially", ["build a pilot plant in Texas", "hire 200 engineers"]),
        ("by 2028", ["expand to Europe"]),
        ("eventually", ["list its shares in New York"]),
    ]


def test_a_leading_horizon_and_months_count():
    text = (
        "Globex Corp. said on Monday it expects to open three stores in the next six months. "
        "Within five years, the firm plans to operate 100 stores across the country."
    )
    phases = phases_of(text)
    assert [(p.horizon, p.actions) for p in phases] == [
        ("in the next six months", ["open three stores"]),
        ("Within five years", ["operate 100 stores across the country"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A forecast about a market is not a company's plan.
        "The nation is expected to become the third-largest market, with demand expected to "
        "grow 19 times by 2035. Initially, demand will come from buses.",
        # People and weather have no plan here.
        "The storm will hit the coast within two days. Officials will initially evacuate the "
        "islands. Later, the army will help.",
        "",
        "\u202e\u0000“” — will initially, then within 3 years by 2099 ultimately",
    ],
)
def test_no_plan_no_phases(text):
    assert phases_of(text) == []


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_general_news_is_not_flooded_with_phases(path):
    # GUM's news, interviews and travel guides hold a plan now and then (a referendum's
    # dates), never a phase in every "will".
    phases = analyze_text(path.read_text(encoding="utf-8")).phases
    assert len(phases) <= 1
    assert all(p.horizon and p.actions for p in phases)


def test_without_organisations_or_figures_it_still_runs(seed_text):
    from desktop.domain import Briefing
    from desktop.extraction.context import Document

    article = Article(text=seed_text)
    phases = find_phases(Document(article), Briefing(article=article))
    # No organisations: only subjects such as "the company" and "the ambition" are plans.
    assert all(p.actions for p in phases)


def test_stages_named_by_headings_and_a_from_year_horizon():

    text = (
        "# Nordvik to cut jobs in three-stage turnaround\n\n"
        "*By Ingrid Halvorsen · 14 March 2025*\n\n"
        "Nordvik Wind ASA said on Thursday it would cut 1,200 jobs in a three-stage plan.\n\n"
        "## Stage one: stop the bleeding\n\n"
        "Over the next 12 months, Nordvik will close its blade factory in Aalborg.\n\n"
        "## Stage two: fix the offshore book\n\n"
        "From 2026, the company plans to renegotiate fixed-price offshore contracts.\n\n"
        "## Stage three: a smaller, profitable company\n\n"
        "By 2027, Nordvik aims to reach an operating margin of 5% on revenue.\n"
    )
    phases = analyze_text(text).phases
    assert [(p.title, p.horizon) for p in phases] == [
        ("Stop the bleeding", "Over the next 12 months"),
        ("Fix the offshore book", "From 2026"),
        ("A smaller, profitable company", "By 2027"),
    ]


@pytest.mark.parametrize(
    "before",
    [
        "The Lakeshore government says ",
        "In a note, the province on Monday said that ",
        "Acme, the toolmaker, said ",
        "Dockside; the union confirmed ",
        "Acme in a statement announced ",
        "Acme said, then ",
        "The board, which met twice, stated on Friday ",
        "a " * 60 + "said ",
        "said ",
        "",
    ],
)
def test_the_reporting_clause_is_what_the_plain_search_finds(before):
    from desktop.extraction.plan_subjects import REPORTER as _REPORTER
    from desktop.extraction.plan_subjects import reporting_clause as _reporting_clause

    plain = _REPORTER.search(before)
    fast = _reporting_clause(before)
    assert (fast and (fast.span(), fast["who"])) == (plain and (plain.span(), plain["who"]))


def test_the_signalled_sentences_are_those_finditer_finds(seed_text):
    from desktop.extraction import plans
    from desktop.extraction.context import Document
    from desktop.extraction.phases import _signalled
    from desktop.ingest.plaintext import parse_plain_text

    made_up = (
        "Acme plans to open a plant.\n\nIt announced cuts in May. The board approved\n\n"
        "will open; the firm is to hire 40 staff, and it would\nalso plan to sell. Still "
        "nothing.\n\nWill it? Mills will be sold. Reannounced: a plan to grow."
    )
    for text in [made_up, seed_text, *(p.read_text(encoding="utf-8") for p in DEV.glob("*.txt"))]:
        doc = Document(parse_plain_text(text))
        lowered, body = doc.lowered, doc.article.body_start
        plain = {doc.sentence_index(m.start()) for m in plans.SIGNAL.finditer(lowered, body)}
        plain |= {doc.sentence_index(m.start()) for m in plans.ANNOUNCED.finditer(lowered, body)}
        assert _signalled(doc) == plain


def _plain_forecast_source() -> str:
    """The forecast-source pattern as first written: a leading \\b and lookbehinds."""
    from desktop.extraction.lexicon_plans import FORECASTERS

    forecaster = "(?:" + "|".join(sorted(FORECASTERS)) + ")"
    return (
        rf"(?<!told )(?<!to )(?<!with )\b{forecaster}\b(?:\s+\S+){{0,4}}?\s+"
        r"(?:said|say|says|expect|expects|expected|predict|predicts|predicted|forecast|"
        r"forecasts|estimate|estimates|believe|believes|think|thinks|noted|warned|wrote)\b"
        rf"|\baccording to\s+(?:\S+\s+){{0,3}}?{forecaster}\b"
        r"|\b(?:forecast|predicted|projected) to\b"
    )


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(["analysts", "told", "to", "with", "said", "expect", "according", " "])
        | st.sampled_from(["estimates", "the", "xanalyst", "poll", "predicted", "forecast", ","])
        | st.sampled_from(["\n", "research", "firm", "s", "-", "é", "projected"]),
        max_size=14,
    ).map("".join),
    st.integers(min_value=0, max_value=6),
)
def test_the_forecast_source_pattern_finds_what_the_plain_one_finds(text, start):
    from desktop.extraction.phases import _FORECAST_SOURCE

    plain = re.compile(_plain_forecast_source())
    for end in (len(text), len(text) // 2):
        found = _FORECAST_SOURCE.search(text, start, end) is not None
        assert found == (plain.search(text, start, end) is not None)


@pytest.mark.parametrize(
    ("text", "horizon"),
    [
        ("Orbell Foods will merge its two loyalty schemes once the takeover closes.",
         "once the takeover closes"),
        ("Once the takeover closes, Orbell Foods will merge its two loyalty schemes.",
         "Once the takeover closes"),
        ("Orbell Foods will merge its two loyalty schemes after regulators approve the deal.",
         "after regulators approve the deal"),
    ],
)  # fmt: skip
def test_a_plan_waiting_on_an_event_is_a_phase_on_its_own(text, horizon):
    (phase,) = phases_of(text)
    assert (phase.horizon, phase.actions) == (horizon, ["merge its two loyalty schemes"])


def test_an_event_plan_after_a_dated_one_comes_after_it():
    text = (
        "Orbell Foods will close its Leeds depot by March. "
        "The company will merge its two loyalty schemes once the takeover closes."
    )
    assert [p.horizon for p in phases_of(text)] == ["by March", "once the takeover closes"]


def test_an_analysts_forecast_waiting_on_an_event_is_no_phase():
    assert phases_of("Analysts said Orbell shares would rise once the takeover closes.") == []


def test_a_goal_to_be_something_by_a_date_is_a_phase_but_a_state_is_not():
    (goal,) = phases_of("Orbell Foods aims to be carbon neutral by 2040.")
    assert (goal.horizon, goal.actions) == ("by 2040", ["be carbon neutral"])
    assert phases_of("Orbell Foods will be the first grocer to open in the town next year.") == []
    assert phases_of("Ms Reid said she would be happy to meet the union next week.") == []


@pytest.mark.parametrize(
    ("text", "horizon", "organisation"),
    [
        ("Production will begin in 2027, Orbell Foods said in a statement.",
         "in 2027", "Orbell Foods"),
        ("Trials will start in June, Orbell Foods said.", "in June", "Orbell Foods"),
    ],
)  # fmt: skip
def test_work_that_starts_is_the_plan_of_whoever_announces_it(text, horizon, organisation):
    (phase,) = phases_of(text)
    assert (phase.horizon, phase.organisation) == (horizon, organisation)


def test_an_amount_of_work_that_rises_is_a_forecast_not_a_plan():
    assert phases_of("Production will rise 5 per cent next year, Orbell Foods said.") == []


@pytest.mark.parametrize(
    ("text", "horizon", "title"),
    [
        ("Orbell Foods is targeting annual savings of $90 million by the end of 2027.",
         "by the end of 2027", "Annual savings of $90 million"),
        ("Orbell Foods targets 300 new stores by 2030.", "by 2030", "300 new stores"),
        ("Orbell Foods has set a target of 300 new stores by 2030.", "by 2030", "300 new stores"),
        ("Orbell Foods has a goal of net-zero emissions by 2040.",
         "by 2040", "Net-zero emissions"),
    ],
)  # fmt: skip
def test_a_dated_target_is_a_phase(text, horizon, title):
    (phase,) = phases_of(text)
    assert (phase.horizon, phase.title) == (horizon, title)


def test_targeting_a_market_or_missing_targets_is_no_phase():
    assert phases_of("Orbell Foods targets younger shoppers with its new range.") == []
    assert phases_of("Orbell Foods missed its targets by a wide margin last year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Orbell Foods will open 4,000 stores in 2027, up from 3,200 this year.",
        "Orbell Foods will open 4,000 stores in 2027, compared with 3,200 this year.",
    ],
)
def test_the_base_of_a_comparison_is_no_step_of_the_plan(text):
    assert [p.horizon for p in phases_of(text)] == ["in 2027"]


@pytest.mark.parametrize(
    "text",
    [
        "The company has agreed to sell its bakery unit by June.",
        "The company has committed to spending $1 billion on stores by 2030.",
    ],
)
def test_a_plan_in_the_present_perfect_is_a_phase(text):
    assert [p.organisation for p in phases_of("Orbell Foods Ltd news.\n\n" + text)] == [
        "Orbell Foods Ltd"
    ]


def test_a_results_date_is_no_phase():
    assert phases_of("Orbell Foods is due to report results on July 28.") == []


def test_a_stage_of_a_plan_with_its_date_is_a_phase():
    (phase,) = phases_of("Orbell Foods Ltd news.\n\nThe first phase will add 40 stores by 2026.")
    assert phase.horizon == "by 2026"


def test_a_pledge_not_to_act_keeps_its_not():
    (phase,) = phases_of("Orbell Foods Ltd said it would not raise prices this year.")
    assert phase.actions == ["not raise prices"]
    (renewal,) = phases_of("Orbell Foods Ltd said its franchises won't be renewed in 2026.")
    assert "won't" in renewal.actions[0]


def test_a_later_step_told_as_an_absolute_phrase_is_named_by_it():
    text = (
        "Orbell Foods Ltd news.\n\nConstruction of the bakery will begin next year, subject to "
        "financing, with first deliveries expected in 2028."
    )
    assert [p.actions[0] for p in phases_of(text)] == [
        "Construction of the bakery will begin",
        "first deliveries expected",
    ]
