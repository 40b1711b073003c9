"""Speakers: across paragraphs, in the next sentence, by role noun, by pronoun, or a source."""

from desktop.domain import Article
from desktop.domain.model import (
    BASIS_NEXT_SENTENCE,
    BASIS_PREVIOUS_PARAGRAPH,
    BASIS_PRONOUN,
    BASIS_ROLE_NOUN,
)
from desktop.extraction import analyze_text
from desktop.extraction.context import Document
from desktop.extraction.people import find_people
from desktop.extraction.quotes import find_quotes


def quotes_of(text: str):
    doc = Document(Article(text=text))
    return find_quotes(doc, find_people(doc))


def said(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.speaker, q.source, q.basis, q.text) for q in quotes_of(text)]


def test_a_quotation_alone_in_its_paragraph_continues_the_last_speaker():
    text = (
        "“We have cut costs for two years,” said Dana Whitfield, the chief executive.\n\n"
        "“We will not wait for the market to turn.”\n\n"
        "Shares of the group fell on Monday."
    )
    assert said(text) == [
        ("Dana Whitfield", None, None, "We have cut costs for two years"),
        (
            "Dana Whitfield",
            None,
            BASIS_PREVIOUS_PARAGRAPH,
            "We will not wait for the market to turn.",
        ),
    ]


def test_a_quotation_after_a_paragraph_without_quotes_is_not_carried():
    text = (
        "“We have cut costs,” said Dana Whitfield.\n\n"
        "The company employs 4,000 people in three plants.\n\n"
        "“Nobody expected the vote to pass.”"
    )
    assert [(q.speaker, q.text) for q in quotes_of(text)][-1] == (
        None,
        "Nobody expected the vote to pass.",
    )


def test_speaker_named_in_the_sentence_after_the_quotation():
    text = (
        "Ruth Okafor runs the union. Tom Bell leads the rival union.\n\n"
        "“The offer is an insult to every worker on the line.”\n\n"
        "Ms. Okafor said.\n\n"
        "Talks resume on Monday."
    )
    assert said(text) == [
        (
            "Ruth Okafor",
            None,
            BASIS_NEXT_SENTENCE,
            "The offer is an insult to every worker on the line.",
        ),
    ]


def test_a_role_noun_is_the_person_last_named_with_that_role():
    text = (
        "Dr. Helen Marsh, a professor of economics at Lakeview University, studied the plan. "
        "The professor said the plan would raise prices for two years."
    )
    assert said(text) == [
        ("Helen Marsh", None, BASIS_ROLE_NOUN, "the plan would raise prices for two years"),
    ]


def test_a_pronoun_follows_the_gender_the_text_gives():
    text = (
        "Mr. Peter Lindqvist, the chairman, spoke first. Ms. Maria Lindgren, the finance "
        "director, followed. "
        "She said the merger would close in June. "
        "He said the talks had been difficult."
    )
    assert said(text) == [
        ("Maria Lindgren", None, BASIS_PRONOUN, "the merger would close in June"),
        ("Peter Lindqvist", None, BASIS_PRONOUN, "the talks had been difficult"),
    ]


def test_an_earlier_pronoun_gives_an_unknown_name_its_gender():
    text = (
        "Mx. Sam Pellow founded the firm. She said sales had doubled. "
        "Mr. Daniel Tolk joined later. "
        "She said the firm would hire 40 engineers."
    )
    speakers = [q.speaker for q in quotes_of(text)]
    assert speakers == ["Sam Pellow", "Sam Pellow"]


def test_a_pronoun_is_never_an_organisation_or_a_place():
    text = "Laura Pellow spoke in Toronto. Acme Holdings Ltd. rose. She said the deal was done."
    assert [q.speaker for q in quotes_of(text)] == ["Laura Pellow"]


def test_an_organisation_is_the_source_of_its_quotation_not_a_speaker():
    text = "“We expect to return to profit next year,” Acme Holdings Ltd. said on Monday."
    assert said(text) == [
        (None, "Acme Holdings Ltd.", None, "We expect to return to profit next year"),
    ]


def test_the_company_is_resolved_to_the_organisation_last_named():
    text = (
        "Acme Holdings Ltd. cut its forecast. “Demand in Europe has collapsed,” the company said."
    )
    assert said(text) == [(None, "Acme Holdings Ltd.", None, "Demand in Europe has collapsed")]


def test_unnamed_groups_and_documents_are_sources():
    text = (
        "“The plant will close by March,” officials said. "
        "“Costs rose faster than sales,” the report said."
    )
    assert [(q.speaker, q.source) for q in quotes_of(text)] == [
        (None, "officials"),
        (None, "the report"),
    ]


def test_a_persons_statement_is_that_persons_words():
    text = "Senator Ola Brandt criticised the plan. Brandt's statement added, “This is a mistake.”"
    assert [q.speaker for q in quotes_of(text)] == ["Ola Brandt"]


def test_joint_speakers_go_to_the_first_named():
    text = (
        "Prime Minister Ola Brandt and trade minister Pia Lund announced that the state would "
        "lend the carmaker 40 million dollars."
    )
    assert said(text) == [
        ("Ola Brandt", None, None, "the state would lend the carmaker 40 million dollars"),
    ]


def test_reported_statements_of_sources_are_kept_when_asked_for():
    text = (
        "Acme Holdings Ltd. cut its forecast. The company said it would close two plants. "
        "Officials warned the closures would cost 900 jobs. "
        "According to the report, sales fell for a third year."
    )
    doc = Document(Article(text=text))
    quotes = find_quotes(doc, find_people(doc), sources=True)
    assert [(q.speaker, q.source, q.text) for q in quotes] == [
        (None, "Acme Holdings Ltd.", "it would close two plants"),
        (None, "Officials", "the closures would cost 900 jobs"),
        (None, "the report", "sales fell for a third year"),
    ]
    assert quotes_of(text) == []  # the default: statements of sources only in quotation marks


def test_a_quotation_after_a_person_issued_a_statement_is_theirs():
    text = (
        "Governor Laura Bennett issued a statement on the closure. "
        "“This is a sad day for every family in the valley.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Laura Bennett"]


def test_a_quotation_after_a_colon_belongs_to_the_sentence_subject():
    text = (
        "Laura Bennett defended the plan while promising an update from Marcus Hale: "
        "“We are working as quickly as we can.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Laura Bennett"]


def test_a_phrase_about_the_occasion_between_the_name_and_the_verb():
    text = (
        "Fire chief Daniel Reyes, in remarks to a local radio station, said "
        "“Everyone has been taken to hospital.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Daniel Reyes"]


def test_inversion_with_a_title_abbreviation():
    text = (
        "Laura Bennett runs the plant. “Yes,” said Ms. Bennett. “No,” said U.S. Sen. Marcus Hale."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Laura Bennett", "Marcus Hale"]


def test_a_cited_title_with_its_outlet_and_date_is_not_a_quote():
    text = "Sources\n\n“Plant to close in spring” — Valley Herald, March 3, 2024\n"
    assert quotes_of(text) == []


def test_a_role_noun_with_an_organisation_is_that_organisations_person():
    text = (
        "Acme Holdings Ltd. hired a new chief. Laura Bennett, the founder of Acme Holdings "
        "Ltd., stayed on. Marcus Hale, the founder of Northwind Tools Inc., left. "
        "Acme Holdings Ltd. said little. The company's founder said the plan would take years."
    )
    said_by = {q.text: (q.speaker, q.basis) for q in quotes_of(text)}
    assert said_by["the plan would take years"] == ("Laura Bennett", BASIS_ROLE_NOUN)


def test_a_pronoun_the_text_contradicts_has_no_speaker():
    text = "Mr. Peter Lindqvist, the chairman, spoke first. She said the vote would be close."
    assert said(text) == []


def test_it_is_the_organisation_last_named():
    text = "Acme Holdings Ltd. lost the case. “We will appeal,” it said."
    assert said(text) == [(None, "Acme Holdings Ltd.", BASIS_PRONOUN, "We will appeal")]


def test_an_unnamed_role_is_the_source():
    text = "“The numbers do not add up,” the chief engineer said."
    assert said(text) == [(None, "the chief engineer", None, "The numbers do not add up")]


def test_a_pronoun_is_the_paragraphs_subject_not_a_man_named_as_an_object():
    text = (
        "Peter Bennett, 71, founded the bakery in 1988. He hired his nephew, Tom Ward, "
        "in 1990 and made him a partner. “It is time to hand over,” he said."
    )
    assert said(text) == [("Peter Bennett", None, BASIS_PRONOUN, "It is time to hand over")]


def test_a_pronoun_after_two_speakers_is_the_one_whose_gender_fits():
    text = (
        "Mary Hill, a trader in Leeds, was cautious about the merger. Robert Ross said "
        "the deal was dead. Asked about it later, she said “anything can happen”."
    )
    assert said(text) == [
        ("Robert Ross", None, None, "the deal was dead"),
        ("Mary Hill", None, BASIS_PRONOUN, "anything can happen"),
    ]


def test_a_pronoun_follows_the_last_speaker_before_a_man_named_in_passing():
    text = (
        "“We will build the new line in Ohio,” Carl Dunn said on Monday. The line was "
        "designed by engineer Victor Hale. “It will be ready by June,” he said."
    )
    assert [q[0] for q in said(text)] == ["Carl Dunn", "Carl Dunn"]


def test_people_in_an_apposition_to_a_document_are_not_its_speaker():
    text = (
        "Acme Holdings Ltd. makes tools. The report, written by economists Ann Lee and Bob "
        "Stone, says the country is on track. The company, led by Carl Dunn since 2010, "
        "said it would close the plant."
    )
    doc = Document(Article(text=text))
    quotes = find_quotes(doc, find_people(doc), sources=True)
    assert [(q.speaker, q.source, q.text) for q in quotes] == [
        (None, "The report", "the country is on track"),
        (None, "Acme Holdings Ltd.", "it would close the plant"),
    ]
    assert quotes_of(text) == []


def test_a_pronoun_agrees_in_gender_before_a_nearer_speaker_of_unknown_gender():
    text = (
        "The fund hired Mary Hill, a trader in Leeds, last year. Dana Ross said the merger "
        "was unlikely. Asked about a deal, she said “it is possible”."
    )
    assert said(text) == [
        ("Dana Ross", None, None, "the merger was unlikely"),
        ("Mary Hill", None, BASIS_PRONOUN, "it is possible"),
    ]


def test_a_paragraph_that_opens_with_a_quote_goes_on_with_the_last_speaker():
    text = (
        "Zora Okafor, a nurse, said the ward was full.\n\n"
        "Union spokeswoman Tamsin Quell told the board the shifts were too long.\n\n"
        "“We cannot go on like this,” she said."
    )
    assert [q[0] for q in said(text)] == ["Zora Okafor", "Tamsin Quell", "Tamsin Quell"]


def test_a_name_after_its_title_at_a_sentence_start_is_the_subject():
    text = (
        "Union leader Frank Dell met Mark Bryce, the company's lawyer, on Monday. "
        "“We made progress,” he said."
    )
    assert said(text) == [("Frank Dell", None, BASIS_PRONOUN, "We made progress")]


def test_a_role_noun_stands_for_another_title_of_the_organisation_it_names():
    text = (
        "Castle Steel chief executive George Lambert spoke on Monday. Ironvale Industries "
        "president Bruce Whitman spoke too.\n\n"
        "“We're not betting on anything,” the Castle Steel boss said. “We have a plan,” the "
        "Ironvale boss said.\n\n"
        "Local 9 president Carla Diaz said little. “We've been burned before,” the union "
        "leader said."
    )
    assert [(q.speaker, q.basis) for q in quotes_of(text)] == [
        ("George Lambert", BASIS_ROLE_NOUN),
        ("Bruce Whitman", BASIS_ROLE_NOUN),
        ("Carla Diaz", BASIS_ROLE_NOUN),
    ]


def test_a_paragraph_ending_with_a_colon_introduces_the_quotation_after_it():
    text = (
        "Trade minister Olga Brandt was blunt when asked about the tariffs:\n\n"
        "“We will respond in kind. Nobody should doubt that.”\n\n"
        "Commerce Secretary Paul Novak was calmer. In remarks to reporters, Novak said:\n\n"
        "“We want a deal.”\n\n"
        "“He likes to make deals,” one aide said of Novak."
    )
    assert [(q.speaker, q.source) for q in quotes_of(text)] == [
        ("Olga Brandt", None),
        ("Paul Novak", None),
        (None, "one aide"),
    ]


def test_the_person_whose_view_a_sentence_gives_is_who_he_means():
    text = (
        "Mark Rossi painted the mural in 1990.\n\n"
        "For Daniel Price, a teacher at the school, Rossi was a hero. He said, “Mark Rossi "
        "changed this town.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Daniel Price"]


def test_he_after_an_unnamed_person_opens_the_paragraph_is_not_a_man_named_before():
    text = (
        "“Rates could double,” said Nils Andersen, head of research at Baltic Freight.\n\n"
        "A senior executive at a rival carrier, speaking on condition of anonymity, said "
        "his firm had diverted its ships. “We have no choice,” he said.\n\n"
        "“It will get worse,” he added.\n\n"
        "One analyst, Tom Reyes, disagreed. “It will pass,” he said."
    )
    assert [(q.speaker, q.source) for q in quotes_of(text)] == [
        ("Nils Andersen", None),
        (None, "A senior executive"),
        (None, "A senior executive"),
        ("Tom Reyes", None),
    ]


def test_an_epithet_describes_the_person_just_named_unless_it_is_another_job():
    text = (
        "Tech entrepreneur Maya Lindqvist is returning to the firm.\n\n"
        "“I never really left,” the 41-year-old said. The billionaire said she would "
        "focus on the product.\n\n"
        "Chief executive Omar Haddad will stay on. The former banker added that the board "
        "backed the move. “It is the right moment,” the founder said."
    )
    assert [(q.speaker, q.source) for q in quotes_of(text)] == [
        ("Maya Lindqvist", None),
        ("Maya Lindqvist", None),
        ("Omar Haddad", None),
        (None, "the founder"),
    ]


def test_two_people_joined_by_and_are_two_mentions_for_a_later_pronoun():
    text = (
        "Attorney General Karen Blake sued the firm. Its counsel, Michael Tan, called the "
        "suit flawed. Senator James Cole praised it.\n\n"
        "Tan and Blake will meet next month. He said he was open to talks."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Michael Tan"]


def test_the_first_mention_gives_the_title_a_later_description_does_not():
    from desktop.extraction.people import find_people

    text = (
        "Ridgeline finance chief Carl Mendes Jr. said costs had peaked. Mendes, Ridgeline's "
        "longest-serving executive, told analysts the plant would close."
    )
    people = find_people(Document(Article(text=text))).people
    assert [(p.name, p.role, p.organisation) for p in people] == [
        ("Carl Mendes Jr.", "finance chief", "Ridgeline")
    ]


def test_the_statement_said_is_the_person_who_issued_it():
    text = (
        "Senator Jo Whitfield issued a statement on Tuesday. “I will not resign,” the "
        "statement said.\n\nThe reporter Al Funk asked. “Costs rose,” the report said."
    )
    assert [(q.speaker, q.source) for q in quotes_of(text)] == [
        ("Jo Whitfield", None),
        (None, "the report"),
    ]


def test_a_quotation_alone_after_a_paragraph_of_reported_speech_is_that_speakers():
    text = (
        "“We are ready,” said union leader Dan Kruger.\n\n"
        "Plant manager Jo Lee said the plant would close in May.\n\n"
        "“We had no choice. The numbers never worked.”\n\n"
        "Analyst Ann Boyd agreed.\n\n"
        "Shares fell."
    )
    assert [(q.kind, q.speaker) for q in quotes_of(text)] == [
        ("direct", "Dan Kruger"),
        ("reported", "Jo Lee"),
        ("direct", "Jo Lee"),
    ]


def test_an_unnamed_official_is_not_the_minister_named_before():
    text = (
        "Finance Minister Jo Dunn unveiled the budget on Tuesday. A senior official, who "
        'asked not to be named, spoke after her. "It will hurt," the official said.'
    )
    (quote,) = analyze_text(text).quotes
    assert quote.speaker is None


def test_a_head_of_sales_is_not_the_boss():
    text = (
        "Acme Corp hired Tim Cole as head of sales on Monday. "
        '"It is a great fit," the Acme boss said.'
    )
    (quote,) = analyze_text(text).quotes
    assert quote.speaker is None


def test_the_n_year_old_is_not_someone_named_with_another_age():
    said = '"I was lucky," the 19-year-old said.'
    assert [q.speaker for q in analyze_text(f"Tom Reyes, 52, drove. {said}").quotes] == [None]
    assert [q.speaker for q in analyze_text(f"Tom Reyes, 19, drove. {said}").quotes] == [
        "Tom Reyes"
    ]
