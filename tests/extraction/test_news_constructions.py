"""General constructions of English news, each pinned on a made-up sentence."""

from __future__ import annotations

import re

from desktop.domain import Article, Organisation, Span
from desktop.extraction import analyze_text
from desktop.extraction.context import Document
from desktop.extraction.figures import find_figures
from desktop.extraction.furniture import without_furniture
from desktop.extraction.sources import data_sources
from desktop.ingest.plaintext import parse_plain_text


def figures_in(text: str) -> list[tuple]:
    """(text, kind, value, value_max, unit, per) of every figure, in text order."""
    found = find_figures(Document(Article(text=text)))
    return [(f.text, f.kind, f.value, f.value_max, f.unit, f.per) for f in found]


def test_a_range_of_amounts_is_one_figure():
    text = (
        "Harlow Foods expects earnings of $7.40 to $7.80 per share. It will spend "
        "$150 million to $175 million on plants and between $20 million and $30 million on "
        "software."
    )
    assert figures_in(text) == [
        ("$7.40 to $7.80", "money", 7.4, 7.8, "USD", "share"),
        ("$150 million to $175 million", "money", 150_000_000, 175_000_000, "USD", None),
        ("$20 million and $30 million", "money", 20_000_000, 30_000_000, "USD", None),
    ]


def test_a_change_to_an_amount_is_two_figures():
    text = "Sales rose $2 million to $9 million. Costs went from $1 million to $4 million."
    assert [f[0] for f in figures_in(text)] == [
        "$2 million",
        "$9 million",
        "$1 million",
        "$4 million",
    ]


def test_wire_credits_and_link_lists_are_not_the_story():
    text = (
        "Harlow Mills Ltd. will close two plants, cutting 400 jobs.\n\n"
        '"We had no choice," said chief executive Tom Breyer.\n\n'
        "READ MORE: Oak Bank to cut 300 jobs | Ann Smith says Sobeys will grow 20%\n\n"
        "Related:\nDan Ross named CEO of Pine Mills\n\n"
        "The plants will shut in 2025.\n\n"
        "(Reporting by Priya Natarajan in New York; Editing by Mark Ellison)\n"
    )
    briefing = analyze_text(text)
    assert [p.name for p in briefing.people] == ["Tom Breyer"]
    assert [f.text for f in briefing.figures] == ["400 jobs"]
    assert [(q.text, q.speaker) for q in briefing.quotes] == [("We had no choice", "Tom Breyer")]
    assert without_furniture(text)[: text.index("READ")] == text[: text.index("READ")]
    assert len(without_furniture(text)) == len(text)


def test_a_heading_that_merely_starts_like_a_label_stays():
    text = "Read the fine print: Oak Bank fees rose 20%.\nMore or less: 30 stores close."
    assert without_furniture(text) == text


def people_in(text: str) -> list[tuple]:
    """(name, role, organisation) of every person, in the order found."""
    return [(p.name, p.role, p.organisation) for p in analyze_text(text).people]


def test_a_president_of_a_union_does_not_serve_the_country():
    text = (
        "OTTAWA — Canada will raise tariffs on steel. Canada and Mexico are in talks.\n\n"
        "Local 1870 president Dana Whitaker said the members would strike.\n\n"
        "Finance Minister Chrystia Lang said Canada had no choice.\n\n"
        "The club secretary, Joan Pike, declined to comment."
    )
    assert people_in(text) == [
        ("Dana Whitaker", "president", "Local 1870"),
        ("Chrystia Lang", "Finance Minister", "Canada"),
        ("Joan Pike", "secretary", None),
    ]


def test_a_data_source_or_broker_is_not_the_executives_company():
    text = (
        "Harlow Mills Ltd. shares fell 8% on Tuesday, according to Refinitiv data. Analysts "
        "at Oak Bank had expected a profit. Data from FactSet showed the stock has lost 20% "
        "this year.\n\nChief financial officer Ann Cole said costs rose.\n\n"
        '"The quarter was weak," said Mike Dunn, an analyst at Pine Securities. Chief '
        "operating officer Liz Hart said two plants would close."
    )
    assert people_in(text) == [
        ("Ann Cole", "Chief financial officer", "Harlow Mills Ltd."),
        ("Mike Dunn", "analyst", "Pine Securities"),
        ("Liz Hart", "Chief operating officer", "Harlow Mills Ltd."),
    ]


def test_data_sources_are_the_organisations_named_only_as_sources():
    text = "Oak Bank analysts cut their target. Pine Ltd. data showed it. Pine Ltd. hired 10."
    doc = Document(Article(text=text))
    orgs = [
        Organisation(name=name, spans=[Span(m.start(), m.end())])
        for name in ("Oak Bank", "Pine Ltd.")
        for m in [re.search(re.escape(name), text)]
    ]
    orgs[1].spans.append(Span(text.rindex("Pine"), text.rindex("Pine") + 9))
    assert data_sources(doc.lowered, orgs) == {"Oak Bank"}


def test_a_field_before_a_role_is_part_of_the_role_not_an_organisation():
    text = (
        "Aviation analyst Chris Murtagh of Cormorant Capital said the deal was good. "
        "Britain's Health Minister Sarah Lee welcomed it. Acme Energy analyst Bo Park did not."
    )
    assert people_in(text) == [
        ("Chris Murtagh", "Aviation analyst", "Cormorant Capital"),
        ("Sarah Lee", "Health Minister", "Britain"),
        ("Bo Park", "analyst", "Acme Energy"),
    ]
    assert people_in("Transit director Raj Patel said ridership rose.") == [
        ("Raj Patel", "Transit director", None)
    ]


def test_a_person_of_a_body_is_not_an_organisation():
    briefing = analyze_text("Analyst Chris Murtagh of Cormorant Capital said the deal was good.")
    assert [o.name for o in briefing.organisations] == ["Cormorant Capital"]


def test_a_year_earlier_is_a_time_not_a_rate():
    text = "Net income fell to $318 million from $476 million a year earlier. Rent is $900 a month."
    assert [(f[0], f[5]) for f in figures_in(text)] == [
        ("$318 million", None),
        ("$476 million", None),
        ("$900", "month"),
    ]


def test_a_rate_is_said_once_at_the_end_of_the_label():
    found = find_figures(Document(Article(text="Rent is $900 a month. Workers earn $26 a week.")))
    assert [(f.text, f.about) for f in found] == [
        ("$900", "Rent per month"),
        ("$26", "earnings per week"),
    ]


def test_a_label_takes_no_words_from_the_next_sentence():
    text = "The company will cut costs over the next 18 months. Profit rose 5 per cent."
    found = find_figures(Document(parse_plain_text(text)))
    assert [(f.text, f.about) for f in found] == [
        ("18 months", "costs cut"),
        ("5 per cent", "Profit rise"),
    ]


def test_a_canadian_province_makes_a_bare_dollar_canadian():
    units = [
        [f.unit for f in find_figures(Document(parse_plain_text(text)))]
        for text in (
            "HALIFAX, N.S. — Emera Inc. will spend $500 million on wind farms.",
            "Red Deer, Alberta — The plant cost $40 million to build.",
            "Nova Scotia Power will spend $500 million on wind farms, the utility said.",
            "DETROIT — Ford Motor Co. will spend $500 million on a plant.",
        )
    ]
    assert units == [["CAD"], ["CAD"], ["CAD"], ["USD"]]


def test_a_hyphenated_vice_president_is_a_role():
    text = (
        "Acme Canada Inc. will expand its loyalty program.\n\n"
        "Al Fry, the company's vice-president, said it would. Senior vice-president Jo Lim "
        "agreed."
    )
    assert people_in(text) == [
        ("Al Fry", "vice-president", "Acme Canada Inc."),
        ("Jo Lim", "Senior vice-president", "Acme Canada Inc."),
    ]


def test_a_role_with_its_field_before_the_name():
    text = (
        "Acme Canada Inc. will expand its loyalty program.\n\n"
        "The company's head of product, Marcus de la Cruz, said the app would launch in May. "
        "The chief executive of the company, Bo Ek, will retire. He met director of investor "
        "relations Jo Lim."
    )
    assert people_in(text) == [
        ("Marcus de la Cruz", "head of product", "Acme Canada Inc."),
        ("Bo Ek", "chief executive", "Acme Canada Inc."),
        ("Jo Lim", "director of investor relations", "Acme Canada Inc."),
    ]


def test_a_role_told_by_a_relative_clause():
    text = (
        "Acme Canada Inc. will expand its loyalty program.\n\n"
        "Benoît Rochon, who heads the program for Acme Canada, said sales rose. Jane Ko, "
        "who runs marketing at Acme Canada, agreed. Ann Lee, who ran the talks, declined."
    )
    assert people_in(text) == [
        ("Benoît Rochon", "head of the program", "Acme Canada"),
        ("Jane Ko", "head of marketing", "Acme Canada"),
        ("Ann Lee", None, None),
    ]


def test_a_surname_with_its_particle_at_a_sentence_start_is_the_same_person():
    text = (
        "Pieter van der Walt, the mine's owner, said gold rose.\n\n"
        'Van der Walt, 56, said the shaft would reopen. "We are ready," Van der Walt said.\n\n'
        "Coun. Mark Van Houten voted no. Van Houten said the tax was too high."
    )
    briefing = analyze_text(text)
    assert [p.name for p in briefing.people] == ["Pieter van der Walt", "Mark Van Houten"]
    assert [q.speaker for q in briefing.quotes] == [
        "Pieter van der Walt",
        "Pieter van der Walt",
        "Mark Van Houten",
    ]


def test_a_middle_initial_and_a_hyphenated_given_name_make_people():
    text = (
        "The Bank of Canada held rates.\n\n"
        "Senior deputy governor Carolyn A. Pritchard said inflation was easing. "
        '"Rates are high," said Jean-Luc Ferreira of National Bank Financial.'
    )
    assert people_in(text) == [
        ("Carolyn A. Pritchard", "Senior deputy governor", None),
        ("Jean-Luc Ferreira", None, "National Bank Financial"),
    ]


def test_a_count_of_a_named_model_is_a_count():
    text = (
        "The airline ordered 42 Dash 8 aircraft and 30 Airbus A220 jets. Samsung sold fewer "
        "than 200,000 Fold Pro units. Sales rose 10-fold."
    )
    assert [f[:3] for f in figures_in(text)] == [
        ("42 Dash 8 aircraft", "count", 42),
        ("30 Airbus A220 jets", "count", 30),
        ("fewer than 200,000 Fold Pro units", "count", 200_000),
        ("10-fold", "multiple", 10),
    ]


def test_he_said_is_the_paragraphs_subject_before_a_man_named_as_object():
    text = (
        "Harlow Mills Ltd. is cutting jobs.\n\n"
        "Tom Breyer has run the company since 2019. He hired Mike Dunn, a former banker, "
        'last year. "We had no choice," he said.\n\n'
        'Mike Dunn met Tom Breyer on Monday. "It was hard," he said.'
    )
    assert [(q.text, q.speaker) for q in analyze_text(text).quotes] == [
        ("We had no choice", "Tom Breyer"),
        ("It was hard", "Mike Dunn"),
    ]


def test_a_statement_told_to_council_or_a_committee_is_reported():
    text = (
        "Harlow Mills Ltd. is cutting jobs.\n\n"
        "Harlow's plant manager, Dan Ross, told council the company would keep the plant "
        "open. Ann Lee told the committee the budget was too small. Al Fry told members to "
        "vote no."
    )
    assert [(q.text, q.speaker, q.kind) for q in analyze_text(text).quotes] == [
        ("the company would keep the plant open", "Dan Ross", "reported"),
        ("the budget was too small", "Ann Lee", "reported"),
    ]


def test_a_second_in_command_is_a_role():
    text = (
        "Harlow Mills Ltd. is cutting jobs.\n\n"
        "Jane Ko, Harlow's second-in-command, told investors in February that margins would "
        "improve."
    )
    assert people_in(text) == [("Jane Ko", "second-in-command", "Harlow")]


def test_a_lone_verb_is_no_label():
    text = "Analysts expect prices to fall for three years. Shares could fall 10 per cent."
    found = find_figures(Document(parse_plain_text(text)))
    assert [(f.text, f.about) for f in found] == [
        ("three years", None),
        ("10 per cent", "Shares fall"),
    ]


def test_an_industry_plural_ends_a_company_name():
    text = "Harlow Foods said on Tuesday it would close two plants. Tom Breyer agreed."
    briefing = analyze_text(text)
    assert [p.name for p in briefing.people] == ["Tom Breyer"]
    assert [o.name for o in briefing.organisations] == ["Harlow Foods"]


def test_two_companies_joined_by_and_are_two():
    text = "Teck Resources and Sun Life Financial agreed. Procter and Gamble Co. did not."
    names = [o.name for o in analyze_text(text).organisations]
    assert names == ["Teck Resources", "Sun Life Financial", "Procter and Gamble Co."]


def test_the_amount_compared_with_takes_the_same_label():
    text = (
        "Harlow Mills Ltd. earned $12.4 million in the quarter, down from $19.8 million a year "
        "earlier. Revenue rose to $141 million from $130 million."
    )
    found = find_figures(Document(parse_plain_text(text)))
    assert [f.about for f in found] == [
        "Harlow Mills Ltd. earnings in quarter",
        "Harlow Mills Ltd. earnings in quarter a year earlier",
        "Revenue",
        "Revenue",
    ]


def test_a_body_named_with_a_number_owns_the_role():
    text = (
        "Irving Oil Ltd. will close a depot.\n\n"
        "Unifor Local 4600 president Rick MacLean said the union would fight the cuts. "
        "In May 2019 president Ann Lee had agreed."
    )
    assert people_in(text) == [
        ("Rick MacLean", "president", "Unifor Local 4600"),
        ("Ann Lee", "president", "Irving Oil Ltd."),  # the company's, not "May 2019"
    ]


def test_a_duration_label_takes_no_other_figure():
    text = "Harlow Mills Ltd. will cut 120 jobs and retire two mills over the next 18 months."
    found = find_figures(Document(parse_plain_text(text)))
    assert [(f.text, f.about) for f in found] == [
        ("120 jobs", "jobs Harlow Mills Ltd. will cut"),
        ("18 months", "Harlow Mills Ltd. cut"),
    ]


def test_a_mayor_with_no_body_named_serves_the_dateline_town():
    text = (
        "GLENFIELD, Ont. — City council approved a transit plan on Tuesday.\n\n"
        "Mayor Linda Okafor called it overdue. Coun. Steve Van Buren voted against it."
    )
    assert people_in(text) == [
        ("Linda Okafor", "Mayor", "Glenfield"),
        ("Steve Van Buren", "Councillor", "Glenfield"),
    ]
