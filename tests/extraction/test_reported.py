"""Reported speech: the ways news reports a statement, and partial quotations inside one."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Article
from desktop.extraction.context import Document
from desktop.extraction.people import find_people
from desktop.extraction.quotes import find_quotes
from desktop.extraction.reported_clauses import ends_statement, has_finite_verb


def quotes_of(text: str) -> list[tuple[str, str | None, str]]:
    doc = Document(Article(text=text))
    return [(q.kind, q.speaker, q.text) for q in find_quotes(doc, find_people(doc))]


PERSON = "Laura Bennett, the chief executive of Northwind Tools, spoke on Monday. "


@pytest.mark.parametrize(
    "verb", ["vowed", "pledged", "promised", "insisted", "warned", "argued", "conceded"]
)
def test_more_reporting_verbs_without_that(verb):
    text = PERSON + f"Bennett {verb} the plant would stay open until 2030."
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "the plant would stay open until 2030"),
    ]


def test_a_verb_that_takes_a_thing_reports_no_clause():
    text = PERSON + "Bennett announced a new range of cordless drills for builders."
    assert quotes_of(text) == []


def test_an_object_with_a_relative_clause_is_not_a_statement():
    text = PERSON + "Bennett explained the reasons that were given to the staff."
    assert quotes_of(text) == []


def test_participle_saying_and_telling_reporters():
    text = PERSON + (
        "Bennett left the meeting early, saying the plant would close in May. "
        "She spoke for an hour, telling reporters the company had no debt."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "the plant would close in May"),
        ("reported", "Laura Bennett", "the company had no debt"),
    ]


def test_coordinated_verbs_share_the_subject_and_end_the_first_clause():
    text = PERSON + (
        "Bennett praised the workers but added that the plant was losing money. "
        "Bennett said costs had doubled and said the union had refused every offer."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "the plant was losing money"),
        ("reported", "Laura Bennett", "costs had doubled"),
        ("reported", "Laura Bennett", "the union had refused every offer"),
    ]


def test_an_adjunct_between_the_subject_and_the_verb():
    text = PERSON + "Bennett last week said the plant would close."
    assert quotes_of(text) == [("reported", "Laura Bennett", "the plant would close")]


def test_attribution_in_the_middle_of_the_statement():
    text = PERSON + "The plant, Bennett says, will close in the spring."
    assert quotes_of(text) == [("reported", "Laura Bennett", "The plant will close in the spring")]


def test_inverted_attribution_in_the_middle_of_the_statement():
    text = PERSON + "Older machines, said Bennett, will be sold to a dealer in Ohio."
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "Older machines will be sold to a dealer in Ohio"),
    ]


def test_a_long_apposition_between_the_name_and_the_verb():
    text = (
        "Marcus Hale, who ran the company's European plants for a decade before joining the "
        "board, said the cuts would fall on the older factories."
    )
    assert quotes_of(text) == [
        ("reported", "Marcus Hale", "the cuts would fall on the older factories"),
    ]


def test_inversion_with_a_descriptor_before_the_name():
    text = "“Nobody told us anything,” said auto worker Daniel Reyes."
    assert quotes_of(text) == [("direct", "Daniel Reyes", "Nobody told us anything")]


def test_that_after_a_comma_keeps_the_clause():
    text = PERSON + "Bennett said that, as prices rose, the firm would raise wages."
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "as prices rose, the firm would raise wages"),
    ]


def test_coordinated_that_clauses_are_one_statement_unless_one_quotes_the_speaker():
    text = PERSON + (
        "Bennett said that sales rose in May, and that costs fell by a fifth. "
        "Bennett said that the drills were “the best we ever made” and that prices would rise."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "sales rose in May, and that costs fell by a fifth"),
        ("reported", "Laura Bennett", "the drills were “the best we ever made”"),
        ("reported", "Laura Bennett", "prices would rise"),
    ]


def test_according_to_a_name_without_a_comma():
    text = "According to Laura Bennett the tools were returned by mail in June."
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "the tools were returned by mail in June"),
    ]


def test_a_scene_setting_lead_is_not_what_was_said():
    text = PERSON + "Alongside the results, Bennett announced a new chief financial officer."
    assert quotes_of(text) == []


def test_a_reported_clause_holding_a_partial_quotation_is_one_statement():
    doc = Document(
        Article(text=PERSON + "Bennett said the deal was “a turning point” for the firm.")
    )
    quotes = find_quotes(doc, find_people(doc))
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("reported", "Laura Bennett", "the deal was “a turning point” for the firm"),
    ]
    clause, partial = quotes[0].spans
    assert doc.text[partial.start : partial.end] == "a turning point"
    assert clause.start < partial.start < partial.end < clause.end


def test_quoted_terms_in_a_narrators_sentence_are_not_statements():
    text = (
        "The carmaker, which calls itself the “New Northwind”, worried about the “optics” "
        "of the sale."
    )
    assert quotes_of(text) == []


def test_a_label_verb_gives_a_partial_quotation_its_speaker():
    text = PERSON + "Bennett called the offer “an insult to every worker”."
    assert quotes_of(text) == [("partial", "Laura Bennett", "an insult to every worker")]


def test_a_verb_in_parentheses_does_not_introduce_the_quotation():
    text = (
        "Laura Bennett spoke last. She ended with the old motto (which Marcus Hale once "
        "testified to) that “a good tool outlives its maker.”"
    )
    assert [q.speaker for q in find_quotes(*_doc_and_names(text))] == ["Laura Bennett"]


def _doc_and_names(text):
    doc = Document(Article(text=text))
    return doc, find_people(doc)


@pytest.mark.parametrize(
    ("clause", "finite"),
    [
        ("the market was overheated", True),
        ("how the plan began", True),
        ("a new plan for the region", False),
        ("the sites that were chosen", False),
        ("his proposed plan", False),
        ("sales collapsed in May", True),
    ],
)
def test_has_finite_verb(clause, finite):
    assert has_finite_verb(clause) is finite


@pytest.mark.parametrize(
    ("after", "ends"),
    [
        (".", True),
        (" on Friday.", True),
        (" in a statement.", True),
        (" reporters.", True),
        (" the Globe and Mail.", True),
        (" a plan.", False),
        (" a new plan.", False),
        (" that sales rose.", False),
    ],
)
def test_ends_statement(after, ends):
    text = "Sales rose, Lee said" + after
    assert ends_statement(text, len("Sales rose, Lee said"), len(text)) is ends


def test_stated_to_a_listener_that():
    text = PERSON + "Bennett stated to the local paper that the drills were safe to use."
    assert quotes_of(text) == [("reported", "Laura Bennett", "the drills were safe to use")]


CLAUSE_PIECES = st.sampled_from(
    ["the", "plant", "and", "but", "also", "said", "that", "adding", "he", "said", "band"]
    + [",", ";", " ", "  ", ", ", "\n", "x"]
)


@settings(max_examples=300)
@given(st.lists(CLAUSE_PIECES, max_size=14).map(" ".join), st.integers(0, 5))
def test_clause_end_is_the_pattern_search(text, a):
    from desktop.extraction.reported_clauses import _CLAUSE_END, MAX_CLAUSE_CHARS, clause_end

    a = min(a, len(text))
    for end in range(a, len(text) + 1):
        plain = _CLAUSE_END.search(text, a, min(end, a + MAX_CLAUSE_CHARS))
        assert clause_end(text, a, end) == (plain.start() if plain else end)


def test_a_reported_question_runs_from_its_wh_word():
    text = (
        PERSON + "Bennett asked the inspectors how papers that were kept in locked cabinets "
        "ended up in a skip."
    )
    assert quotes_of(text) == [
        (
            "reported",
            "Laura Bennett",
            "how papers that were kept in locked cabinets ended up in a skip",
        ),
    ]


def test_a_partial_quotation_after_a_participle_is_the_subjects():
    text = (
        "At the hearing on Monday, Laura Bennett defended the plan while promising a "
        "“full review” by the board."
    )
    assert quotes_of(text) == [("partial", "Laura Bennett", "full review")]


def test_quoted_as_saying():
    text = PERSON + "The local paper quoted Bennett as saying the plant would close in May."
    assert quotes_of(text) == [("reported", "Laura Bennett", "the plant would close in May")]


def test_a_statement_told_to_a_named_outlet():
    text = PERSON + "The plant will stay open, Bennett told the Valley Times and Herald."
    assert quotes_of(text) == [("reported", "Laura Bennett", "The plant will stay open")]


def test_a_dateline_is_not_part_of_the_statement():
    text = (
        "TORONTO — The province will fund a new plant, Industry Minister Laura Bennett "
        "announced Thursday."
    )
    assert quotes_of(text) == [("reported", "Laura Bennett", "The province will fund a new plant")]


def test_a_titled_subject_is_shared_by_a_coordinated_verb():
    text = "Union president Laura Bennett welcomed the plan but warned that jobs must stay local."
    assert quotes_of(text) == [("reported", "Laura Bennett", "jobs must stay local")]


def test_a_labelling_participle_gives_the_partial_quotation_its_speaker():
    text = "Opposition leader Marcus Hale criticized the deal, calling it “a giveaway to insiders.”"
    assert quotes_of(text) == [("partial", "Marcus Hale", "a giveaway to insiders")]


def test_an_adverb_between_the_verb_and_that():
    text = PERSON + "Bennett has said repeatedly that the plant will not close."
    assert quotes_of(text) == [("reported", "Laura Bennett", "the plant will not close")]


@pytest.mark.parametrize("refusal", ["declined to say", "would not say", "did not say"])
def test_a_refusal_to_say_is_no_statement(refusal):
    text = PERSON + f"Bennett {refusal} how many stores would close."
    assert quotes_of(text) == []


def test_what_a_quotation_was_said_of_is_not_a_statement():
    text = "“It was the hardest decision of my career,” Laura Bennett said of the closure."
    assert quotes_of(text) == [
        ("direct", "Laura Bennett", "It was the hardest decision of my career"),
    ]


def test_scare_quoted_terms_stay_inside_their_statement():
    text = PERSON + "Bennett said the “smart” drills and the “green” saws would sell well."
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "the “smart” drills and the “green” saws would sell well"),
    ]


def test_one_word_after_a_determiner_is_a_quoted_term_not_a_statement():
    text = PERSON + "The firm sold the “smart” drills at a loss, Bennett said, and quit."
    assert [kind for kind, _, _ in quotes_of(text)] == ["reported"]


def test_a_day_between_the_verb_and_that():
    text = PERSON + (
        "Bennett, 62, said Tuesday that talks could resume in June. "
        "Bennett said Wednesday the union had agreed."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "talks could resume in June"),
        ("reported", "Laura Bennett", "the union had agreed"),
    ]


def test_a_day_after_on_ends_the_name_and_the_statement_is_reported():
    text = "Janet Roe on Tuesday said the bakery would hire forty people by June."
    assert quotes_of(text) == [
        ("reported", "Janet Roe", "the bakery would hire forty people by June"),
    ]


def test_told_a_listener_and_a_time_then_the_statement():
    text = (
        "Laura Bennett runs Northwind Tools. Tom Ward, Bennett's second-in-command, told "
        "investors in February that the plant would close. Northwind's plant manager, Dana "
        "Fox, told council the company would hire forty people."
    )
    assert quotes_of(text) == [
        ("reported", "Tom Ward", "the plant would close"),
        ("reported", "Dana Fox", "the company would hire forty people"),
    ]


def test_told_reporters_and_a_place_is_no_statement():
    text = PERSON + "Bennett told reporters outside the plant in Monroe."
    assert quotes_of(text) == []


def test_a_label_in_quotes_and_a_coordinated_reported_clause():
    text = PERSON + (
        "Bennett called the budget “a wish list” and said the deficit target was out of reach."
    )
    assert quotes_of(text) == [
        ("partial", "Laura Bennett", "a wish list"),
        ("reported", "Laura Bennett", "the deficit target was out of reach"),
    ]


def test_a_partial_quotation_drops_the_closing_full_stop_but_not_an_abbreviation():
    text = PERSON + (
        "Bennett called the budget “a wish list.” She described the drills as “made in the U.S.”"
    )
    assert quotes_of(text) == [
        ("partial", "Laura Bennett", "a wish list"),
        ("partial", "Laura Bennett", "made in the U.S."),
    ]


def test_told_a_listener_on_a_long_occasion_then_that():
    text = PERSON + (
        "Bennett told analysts on a conference call in February that the drills sold out."
    )
    assert quotes_of(text) == [("reported", "Laura Bennett", "the drills sold out")]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["said", "says", "Said", "unsaid", "told", "added", "adds", " ", "\n"])
        | st.sampled_from(["Lee", ",", "—", "“", "_", "é", "5", "-", "warned", "s", "ing"]),
        max_size=14,
    ).map("".join),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=0, max_value=40),
)
def test_reporting_verbs_are_what_the_verb_pattern_finds(text, start, end):
    from desktop.extraction.attribution import VERB, reporting_verbs

    plain = [(m.start(), m.end(), m.group(1)) for m in VERB.finditer(text, start, end)]
    found = [(m.start(), m.end(), m.group(1)) for m in reporting_verbs(text, start, end)]
    assert found == plain


def test_a_verb_of_telling_after_the_statement_and_its_comma_names_the_speaker():
    text = PERSON + "Prices will rise again this winter, warned Bennett."
    assert quotes_of(text) == [("reported", "Laura Bennett", "Prices will rise again this winter")]


def test_a_long_noun_phrase_apposition_with_a_relative_clause():
    text = (
        "Dr. Susan Hill, a cardiologist at Lakeview Clinic who was not involved in the "
        "trial, said longer studies were needed."
    )
    assert quotes_of(text) == [("reported", "Susan Hill", "longer studies were needed")]


def test_a_title_with_its_field_before_the_name_of_coordinated_verbs():
    text = (
        "Steelworkers union representative Carlos Mendez welcomed the deal but said the "
        "union wanted guarantees on pensions."
    )
    assert quotes_of(text) == [
        ("reported", "Carlos Mendez", "the union wanted guarantees on pensions"),
    ]


def test_a_sentence_adverb_between_commas_after_the_verb():
    text = PERSON + (
        "Bennett insisted, however, that the cuts were temporary. She said, in a letter to "
        "staff, that no jobs would go."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "the cuts were temporary"),
        ("reported", "Laura Bennett", "no jobs would go"),
    ]


def test_pointed_out_assured_and_reckons_report_a_statement():
    text = PERSON + (
        "Bennett pointed out that fuel costs had doubled since January. She assured "
        "investors that the balance sheet was strong. Bennett reckons the plant will turn a "
        "profit in 2026. She pointed to the table."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "fuel costs had doubled since January"),
        ("reported", "Laura Bennett", "the balance sheet was strong"),
        ("reported", "Laura Bennett", "the plant will turn a profit in 2026"),
    ]


def test_a_generation_suffix_is_no_surname_and_its_stop_ends_the_name():
    text = (
        "Finance director Carl Mendes Jr. told the board that costs had peaked. Mendes, the "
        "group's longest-serving executive, said in March that it would sell its trucking arm."
    )
    assert quotes_of(text) == [
        ("reported", "Carl Mendes Jr.", "costs had peaked"),
        ("reported", "Carl Mendes Jr.", "it would sell its trucking arm"),
    ]


def test_a_participle_right_after_a_closing_quotation_mark():
    text = PERSON + "Asked about June, she said “it is possible,” adding that the board would act."
    assert quotes_of(text) == [
        ("direct", "Laura Bennett", "it is possible"),
        ("reported", "Laura Bennett", "the board would act"),
    ]


def test_but_that_starts_a_second_statement_of_the_same_verb():
    text = PERSON + (
        "In a letter to staff, she said she was proud of the firm but that “a firm at this "
        "stage needs new blood.” Bennett said sales fell but that costs fell faster."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "she was proud of the firm"),
        ("partial", "Laura Bennett", "a firm at this stage needs new blood"),
        ("reported", "Laura Bennett", "sales fell but that costs fell faster"),
    ]


def test_a_clause_after_where_it_was_said_without_that():
    text = PERSON + (
        "Bennett said on LinkedIn the company was hiring 500 engineers. She told the Daily "
        "Courier in an interview with the BBC the plant would stay open. She said in an "
        "interview with the local paper."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "the company was hiring 500 engineers"),
        ("reported", "Laura Bennett", "the plant would stay open"),
    ]


def test_an_aside_in_brackets_between_the_name_and_the_verb():
    text = (
        "Consumer champion Martin Lewis (pictured) said the rise was grim news for families. "
        "Senator Ann Ruiz (D-Calif.) said the bill would pass."
    )
    assert quotes_of(text) == [
        ("reported", "Martin Lewis", "the rise was grim news for families"),
        ("reported", "Ann Ruiz", "the bill would pass"),
    ]


def test_a_reported_clause_ends_where_the_direct_quotation_it_opens_begins():
    text = PERSON + "Bennett said the town would survive the closure: “We always do.”"
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "the town would survive the closure"),
        ("direct", "Laura Bennett", "We always do."),
    ]


def test_a_reporting_verb_in_the_infinitive_takes_the_main_subject():
    text = PERSON + (
        "Bennett went on to say that the plant had never been safer. She was quick to add "
        "that no jobs would go. Bennett declined to say whether prices would rise."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "the plant had never been safer"),
        ("reported", "Laura Bennett", "no jobs would go"),
    ]


def test_a_lead_in_phrase_before_the_statement_and_its_attribution():
    text = PERSON + (
        "In her view, the worst of inflation is over, Bennett said. After the meeting, "
        "Bennett said."
    )
    assert quotes_of(text) == [("reported", "Laura Bennett", "the worst of inflation is over")]


def test_said_name_after_a_quote_then_adding_that():
    text = "“We are confident,” said prosecutor Amy Chen, adding that the trial would start in May."
    assert quotes_of(text) == [
        ("direct", "Amy Chen", "We are confident"),
        ("reported", "Amy Chen", "the trial would start in May"),
    ]


def test_a_relative_apposition_with_commas_and_a_reporting_noun_inside_it():
    text = (
        "Defense lawyer Bob Ruiz, who has represented the firm since 2015, when the first "
        "claims were filed, said the charges were baseless."
    )
    assert quotes_of(text) == [("reported", "Bob Ruiz", "the charges were baseless")]


def test_afterwards_before_that_and_both_sides_as_listeners():
    text = PERSON + (
        "She said afterwards that a deal was unlikely. The judge, Margaret Osei, told both "
        "sides she wanted the case resolved quickly."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "a deal was unlikely"),
        ("reported", "Margaret Osei", "she wanted the case resolved quickly"),
    ]


def test_made_clear_and_shot_back_report_a_statement():
    text = PERSON + (
        "Bennett made it clear that prices would not rise. She shot back that the union had "
        "no plan. Bennett hit back with a new offer."
    )
    assert quotes_of(text) == [
        ("reported", "Laura Bennett", "prices would not rise"),
        ("reported", "Laura Bennett", "the union had no plan"),
    ]


def test_a_that_clause_after_when_asked_is_what_was_said():
    from desktop.extraction import analyze_text

    text = "Finance chief Ola Berg said when asked about the cuts that no decision had been made."
    assert [(q.kind, q.speaker, q.text) for q in analyze_text(text).quotes] == [
        ("reported", "Ola Berg", "no decision had been made")
    ]


def test_a_closing_mark_before_an_attribution_opens_nothing():
    from desktop.extraction import analyze_text

    text = 'Ola Berg wants a raise," Berg said at the meeting. "We will not wait."'
    assert [(q.kind, q.text) for q in analyze_text(text).quotes] == [
        ("direct", "We will not wait.")
    ]
