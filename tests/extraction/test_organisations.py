"""Organisations: whole names, short and long forms merged, and their kinds."""

import pytest

from desktop.domain import Article, Span
from desktop.extraction import analyze_text
from desktop.extraction.context import Document, _join_initials
from desktop.extraction.organisations import organisation_kind
from desktop.extraction.people import find_people


def organisations_of(text: str) -> dict[str, list[str]]:
    index = find_people(Document(Article(text=text)))
    return {o.name: o.aliases for o in index.organisations}


def test_name_that_begins_with_a_sentence_word_is_whole_and_its_acronym_merged():
    text = (
        "General Motors Corp. said it would cut 5,000 jobs. "
        "GM has cut jobs before, its chief executive said."
    )
    assert organisations_of(text) == {"General Motors Corp.": ["GM"]}


def test_dateline_and_currency_prefixes_are_not_organisations():
    text = (
        "DETROIT _ Acme Holdings Inc. set aside AU$52.5 million (US$40.4 million). "
        "DEARBORN, Mich. — The plan was approved."
    )
    assert organisations_of(text) == {"Acme Holdings Inc.": []}


def test_acronym_in_brackets_is_the_name_before_it():
    text = "The Worldwide Developers Conference (WWDC) opened on Monday. WWDC runs all week."
    assert organisations_of(text) == {"Worldwide Developers Conference": ["WWDC"]}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Environmental Protection Agency", "government"),
        ("Federal Reserve", "government"),
        ("Washington Post", "media"),
        ("Deutsche Post", "company"),
        ("Reuters", "media"),
        ("Kettering University", "organisation"),
        ("General Motors Corp.", "company"),
        ("News Corp", "company"),
    ],
)
def test_kind_by_the_words_of_the_name(name, kind):
    assert organisation_kind(tuple(name.split())) == kind


def test_acronym_inside_a_product_name_is_not_an_organisation():
    text = "Zentrix updated Mac OS X on Monday. It adds 250 features to the OS."
    assert "OS" not in organisations_of(text)


@pytest.mark.parametrize("name", ["House", "White House", "Senate"])
def test_bodies_of_government_named_alone(name):
    assert organisation_kind(tuple(name.split())) == "government"


def test_initials_that_begin_a_name_are_not_a_sentence_of_their_own():
    text = (
        "J.P. Morgan Chase & Co. said profits rose. The economy grew, J.P. Morgan analyst "
        "Carla Reyes said."
    )
    index = find_people(Document(Article(text=text)))
    assert [o.name for o in index.organisations] == ["J.P. Morgan Chase & Co."]
    assert [(p.name, p.role, p.organisation) for p in index.people] == [
        ("Carla Reyes", "analyst", "J.P. Morgan")
    ]


def test_initials_after_the_may_end_a_sentence():
    text = "Sales rose in the U.S. Prices fell. Shares of J.P. Morgan rose."
    spans = [Span(0, 22), Span(23, 35), Span(36, 50), Span(51, 63)]
    joined = [text[s.start : s.end] for s in _join_initials(text, spans)]
    assert joined == ["Sales rose in the U.S.", "Prices fell.", "Shares of J.P. Morgan rose."]


def test_weeklies_and_dailies_are_media():
    assert organisations_of("LA Weekly reported it. China Daily said so.") == {
        "LA Weekly": [],
        "China Daily": [],
    }


def test_a_name_an_apposition_calls_a_firm_is_an_organisation_not_a_person():
    text = (
        "Marlow Homes, the country's third-largest housebuilder, said profit rose. "
        "Analysts at Peel Hunt, the broker, said the results were strong. "
        '"It is a solid set of numbers," said Alan McBride, an analyst at Peel Hunt. '
        "Hugo Brassard, a senior economist at Tarrow Bank, said prices would rise."
    )
    briefing = analyze_text(text)
    assert {"Marlow Homes", "Peel Hunt"} <= {o.name for o in briefing.organisations}
    assert {p.name for p in briefing.people} == {"Alan McBride", "Hugo Brassard"}
