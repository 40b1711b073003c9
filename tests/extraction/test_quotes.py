"""Quotes: the seed's direct, partial and reported quotes with speakers; attribution patterns."""

import pytest

from desktop.domain import Article
from desktop.extraction import analyze_text
from desktop.extraction.context import Document
from desktop.extraction.people import find_people
from desktop.extraction.quotes import find_quotes


def quotes_of(text: str) -> list[tuple[str, str | None, str]]:
    doc = Document(Article(text=text))
    return [(q.kind, q.speaker, q.text) for q in find_quotes(doc, find_people(doc))]


@pytest.fixture(scope="module")
def seed_quotes(seed_text):
    return analyze_text(seed_text).quotes


def test_seed_direct_and_partial_quotes_exactly(seed_quotes, seed_gold):
    wanted = [
        (q["kind"], q["speaker"], q["text"]) for q in seed_gold["quotes"] if q["kind"] != "reported"
    ]
    found = [(q.kind, q.speaker, q.text) for q in seed_quotes if q.kind != "reported"]
    assert found == wanted


def test_seed_reported_statements_hold_the_gold_clause_with_the_right_speaker(
    seed_quotes, seed_gold
):
    reported = [q for q in seed_quotes if q.kind == "reported"]
    right = 0
    for gold in (q for q in seed_gold["quotes"] if q["kind"] == "reported"):
        if any(gold["text"] in q.text and q.speaker == gold["speaker"] for q in reported):
            right += 1
    assert right >= 8
    assert len(reported) <= 10  # nothing reported twice


def test_seed_no_pronoun_is_ever_a_speaker(seed_quotes, seed_text):
    assert {q.speaker for q in seed_quotes} == {"Shenu Agarwal", "Komal Kareer"}
    for q in seed_quotes:
        assert seed_text[q.spans[0].start : q.spans[0].end] == q.text


def test_quote_split_by_its_attribution_keeps_the_speaker_for_both_halves():
    text = (
        "Kathryn Waters is the director of the gallery. "
        "“It was magical,” Waters said. “I smacked them around.”"
    )
    assert quotes_of(text) == [
        ("direct", "Kathryn Waters", "It was magical"),
        ("direct", "Kathryn Waters", "I smacked them around."),
    ]


def test_said_before_the_quote_and_inverted_attribution():
    text = (
        "Jeff Rathke, the State Department spokesman, said, “We urge the governments to act.” "
        '"Seventeen years ago, this was impossible," said Ambassador Hamdullah Mohib.'
    )
    assert [(k, s) for k, s, _ in quotes_of(text)] == [
        ("direct", "Jeff Rathke"),
        ("direct", "Hamdullah Mohib"),
    ]


def test_reported_speech_after_the_verb_and_pronoun_resolution():
    text = (
        "Professor Cres Eastman says it is crucial that children get enough iodine. "
        "He says authorities are reacting slowly to his calls."
    )
    assert quotes_of(text) == [
        ("reported", "Cres Eastman", "it is crucial that children get enough iodine"),
        ("reported", "Cres Eastman", "authorities are reacting slowly to his calls"),
    ]


def test_organisation_speaker_is_null_not_a_person():
    text = "“The site was attacked,” Microsoft Corp. said on Monday."
    assert quotes_of(text) == [("direct", None, "The site was attacked")]


def test_scare_quotes_and_titles_are_not_quotes():
    text = 'The robot, named "Better Idea of Afghan Girls," won a "courageous" award.'
    assert quotes_of(text) == []


def test_unbalanced_quotation_runs_to_the_end_of_the_paragraph():
    text = "Jane Smith said: “We will not stop\n\nNext paragraph here."
    assert quotes_of(text) == [("direct", "Jane Smith", "We will not stop")]


def test_a_lead_in_phrase_is_not_what_was_said():
    text = (
        "Major general Fuad Basya, a spokesman, spoke on Friday. According to ABC News, "
        "Basya also believes the asylum seekers may have left the boat on purpose."
    )
    assert quotes_of(text) == [
        ("reported", "Fuad Basya", "the asylum seekers may have left the boat on purpose"),
    ]


def test_told_a_listener_then_the_statement():
    text = (
        "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will "
        "look into the incident. Sujata Raisinghani asked reporters to wait."
    )
    assert quotes_of(text) == [
        ("reported", "Sujata Raisinghani", "the department will look into the incident"),
    ]


def test_according_to_a_titled_person():
    text = (
        "According to Afghan Ambassador to the United States Hamdullah Mohib, the team's "
        "participation shows progress in the country. The girls are brave, Mohib said."
    )
    assert quotes_of(text) == [
        ("reported", "Hamdullah Mohib", "the team's participation shows progress in the country"),
        ("reported", "Hamdullah Mohib", "The girls are brave"),
    ]


def test_where_something_was_said_is_not_what_was_said():
    text = (
        "Amelie Roux, the chief executive, said in an interview. "
        "Roux added that sales rose by a tenth last year."
    )
    assert quotes_of(text) == [("reported", "Amelie Roux", "sales rose by a tenth last year")]


def test_pronoun_falls_back_to_the_last_person_named():
    text = "Mr. Tan Wei Ming spoke on Monday. “We would rather have a good partner,” he said."
    assert quotes_of(text) == [("direct", "Tan Wei Ming", "We would rather have a good partner")]


def test_an_honorific_decides_who_he_is():
    text = (
        "Mr. Tan Wei Ming runs the company. Dr. Suresh Rajan, an economist, praised the plan. "
        "Mr. Tan acknowledged that power prices were a risk. He said the new sites would use "
        "rooftop solar panels."
    )
    spoken = [(speaker, said) for kind, speaker, said in quotes_of(text) if kind == "reported"]
    assert ("Tan Wei Ming", "the new sites would use rooftop solar panels") in spoken


def test_quotation_marks_close_past_apostrophes_and_unclosed_openings():
    from desktop.extraction.quotations import find_quotations

    text = "He said ‘don’t go’ and “it’s fine, ” then “left open\n\n“New one” here."
    found = [(text[q.inner.start : q.inner.end], q.open_ended) for q in find_quotations(text)]
    assert found == [
        ("don’t go", False),
        ("it’s fine", False),
        ("left open", True),
        ("New one", False),
    ]


def test_a_quote_over_paragraphs_named_only_where_it_closes_is_all_that_speakers():
    text = (
        "A fire destroyed the Delta Plastics plant on Sunday.\n\n"
        "“We lost everything in there. Forty years of work, gone in a night.\n\n"
        "“We had it insured, mostly.\n\n"
        "“But we will rebuild,” said owner Frank Morales.\n\n"
        "“It spread fast.”\n\nNo one was hurt."
    )
    assert [(s, t[:14]) for _k, s, t in quotes_of(text)] == [
        ("Frank Morales", "We lost everyt"),
        ("Frank Morales", "We had it insu"),
        ("Frank Morales", "But we will re"),
        ("Frank Morales", "It spread fast"),
    ]


def test_a_verb_of_telling_right_after_the_quote_names_its_speaker():
    text = (
        "Shipper Jo Lee spoke first. “Will the port reopen?” asked Jo Lee. "
        "“Shelves will be empty by December,” warned Kevin Marsh, head of the Eastbay "
        "Retail Association. Marsh told the police the port was closed."
    )
    assert quotes_of(text) == [
        ("direct", "Jo Lee", "Will the port reopen?"),
        ("direct", "Kevin Marsh", "Shelves will be empty by December"),
        ("reported", "Kevin Marsh", "the port was closed"),
    ]


def test_a_possessor_after_the_verb_is_not_who_speaks():
    text = (
        "Mayor Linda Ortiz praised the vote. “It is the best deal the city ever signed,” said "
        "Ortiz’s chief of staff, Maria Santos. “We will watch the costs,” said Ortiz's spokesman."
    )
    found = [(q.speaker, q.source) for q in find_quotes(*_doc_and_names(text))]
    assert found == [("Maria Santos", None), (None, "Ortiz's spokesman")]


def _doc_and_names(text: str):
    doc = Document(Article(text=text))
    return doc, find_people(doc)


def test_straight_single_quotation_marks_in_an_article_without_double_ones():
    text = (
        "Finance director Helen Marsh spoke on Thursday.\n\n"
        "'We are not immune,' said Helen Marsh. 'Costs have gone up sharply.'\n\n"
        "The workers' union called the cuts 'a disgrace'. Marsh's 'Plan B' was dropped.\n\n"
        "Marsh told staff the plant's future was safe."
    )
    assert quotes_of(text) == [
        ("direct", "Helen Marsh", "We are not immune"),
        ("direct", "Helen Marsh", "Costs have gone up sharply."),
        ("partial", None, "a disgrace"),
        ("reported", "Helen Marsh", "the plant's future was safe"),
    ]


def test_straight_single_marks_are_apostrophes_where_double_marks_quote():
    text = "“It works,” said Jo Lee of the workers' union. Lee's 'plan' won't last 'til May."
    assert quotes_of(text) == [("direct", "Jo Lee", "It works")]


def test_a_person_of_an_organisation_speaks_not_the_organisation():
    text = (
        "Retail analyst Omar Haddad of Linwood Securities said the merger looked “late but "
        "sensible.” “We see little upside,” Linwood Securities said."
    )
    found = [(q.kind, q.speaker, q.source) for q in find_quotes(*_doc_and_names(text))]
    assert found == [
        ("reported", "Omar Haddad", None),
        ("direct", None, "Linwood Securities"),
    ]


def test_a_name_after_the_quote_with_the_verb_left_out():
    text = (
        "“Buyers are scarce and dealers are desperate,” Rita Okonjo, an analyst for Carwise.\n\n"
        "“Slow Lane,” Rita Okonjo’s first book, sold well."
    )
    assert [(k, s) for k, s, _ in quotes_of(text)] == [("direct", "Rita Okonjo")]


def test_a_title_nobody_speaks_is_no_quote_but_a_short_answer_is():
    text = "“Slow Lane,” her first book, sold well. “No Comment.” “Yes,” she said."
    assert [t for _k, _s, t in quotes_of(text)] == ["No Comment.", "Yes"]


def test_according_to_after_the_quote():
    text = (
        "“We don't have the students to fill these buildings,” according to board chair "
        "Denise Walters. “Costs rose,” according to the report."
    )
    found = [(q.speaker, q.source) for q in find_quotes(*_doc_and_names(text))]
    assert found == [("Denise Walters", None), (None, "the report")]


def test_a_straight_mark_typed_after_its_space_opens_a_sentence_of_its_own():
    text = (
        'Dr. Lena Fischer said grants would go to villages," In some cases, villages may hire '
        'their own engineers". She called it "overdue."'
    )
    assert quotes_of(text) == [
        ("reported", "Lena Fischer", "grants would go to villages"),
        ("direct", "Lena Fischer", "In some cases, villages may hire their own engineers"),
        ("partial", "Lena Fischer", "overdue"),
    ]


def test_a_quotation_completing_a_that_clause_after_an_aside_is_partial():
    text = (
        "Inspector Mia Grant told the inquiry that, in the weeks before the fire, "
        '"Nobody checked the alarms and the exits were locked."'
    )
    assert [k for k, _s, _t in quotes_of(text)] == ["reported"]


def test_a_short_quotation_of_an_unnamed_source_is_kept_a_named_term_is_not():
    text = (
        "Bank officials said demand stayed “firm” through the summer. The new logo drops the "
        "word “Limited” from the name. A third of the faults are graded “severe”, the "
        "inspectors said. The “green” bonds sold out."
    )
    assert quotes_of(text) == [("partial", None, "firm")]


def test_a_quotation_that_names_a_plan_is_no_ones_words():
    text = (
        "Chief executive Helen Brooks defended the bank's new “pay for performance” bonus "
        "plan, calling criticism of it “misguided.” The “zero tolerance” policy stays."
    )
    assert quotes_of(text) == [("partial", "Helen Brooks", "misguided")]


def test_a_long_title_in_quotation_marks_is_no_quote():
    text = (
        'Librarian Joe Park, whose show "Maps of the Old Coast: Charts, Logs and Sketches of '
        'Early Sailors" opens Friday, called it "years in the making."'
    )
    assert quotes_of(text) == [("partial", "Joe Park", "years in the making")]


def test_a_backtick_opens_a_quotation_a_straight_mark_closes():
    text = (
        "Designer Sam Ito announced that the printers would no longer need ink cartridges, "
        "letting owners ` refill at home' instead. Dealers don`t like it."
    )
    assert quotes_of(text) == [
        ("reported", "Sam Ito", "the printers would no longer need ink cartridges"),
        ("partial", "Sam Ito", "refill at home"),
    ]


def test_according_to_earlier_in_the_sentence_names_a_partial_quote():
    text = (
        "Mayor Tom Reyes spoke first. According to Reyes, the deal “was never in the "
        "city's interest.” “Ask him,” councillor Ann Boyd said when asked about Reyes."
    )
    assert quotes_of(text) == [
        ("partial", "Tom Reyes", "was never in the city's interest"),
        ("direct", "Ann Boyd", "Ask him"),
    ]
