"""Names as news writes them, and the names that only look like people's."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import Article
from desktop.extraction.context import Document
from desktop.extraction.people import _group_people, _group_people_plain, find_people


def people_in(text: str) -> set[str]:
    return {p.name for p in find_people(Document(Article(text=text))).people}


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Sales rose in North Carolina, Priya Nandakumar said.", "North Carolina"),
        ("The keynote was held in San Francisco, Priya Nandakumar said.", "San Francisco"),
        ("The company's North American output fell, Priya Nandakumar said.", "North American"),
        ("Output stopped at the River Rouge Plant on Monday.", "River Rouge Plant"),
        ("Traffic was heavy near Union Station and in Orange County.", "Union Station"),
        ("Traffic was heavy near Union Station and in Orange County.", "Orange County"),
        ("Mac OS X will ship in July.", "Mac OS X"),
        ("Players wear a headset in Arkham VR to play.", "Arkham VR"),
        ("Merrill Lynch said profits fell.", "Merrill Lynch"),
        ("El Nino hit crops across the region, Priya Nandakumar said.", "El Nino"),
        ("It sells through the Mac App Store for $29.", "Mac App Store"),
        ("Viewers of CNBC's Mad Money heard the warning.", "Mad Money"),
    ],
)
def test_places_products_firms_and_weather_are_not_people(text, not_a_person):
    assert not_a_person not in people_in(text)


def test_a_brands_model_is_not_a_person():
    text = (
        "The plan will secure Ford Australia for years. "
        "The iconic Ford Falcon has been built since 1960. "
        "It will face the completely new Holden Commodore this year."
    )
    found = people_in(text)
    assert "Ford Falcon" not in found and "Holden Commodore" not in found


def test_a_person_next_to_those_is_still_a_person():
    text = "Valeska Paris said she left. Holden Chow said he stayed. Eden Hazard scored."
    assert {"Valeska Paris", "Holden Chow", "Eden Hazard"} <= people_in(text)


def test_surname_with_capitals_inside_is_a_person_not_an_organisation():
    text = "Mr MacFarlane said the plant was exciting. Later Mr MacFarlane said more."
    index = find_people(Document(Article(text=text)))
    assert [p.name for p in index.people] == ["MacFarlane"]
    assert "MacFarlane" not in {o.name for o in index.organisations}


def test_title_for_a_department_before_a_name():
    text = "European Commissioner for Competition Neelie Kroes said the deal was fair."
    assert "Neelie Kroes" in people_in(text)


def test_given_name_and_a_surname_that_ends_organisations():
    text = "Jim Press, the vice chairman of the company, said the day was hard."
    assert "Jim Press" in people_in(text)


def test_wire_dateline_is_not_glued_to_a_name():
    text = "DETROIT _ Rick Wagoner said Tuesday the cuts were painful. Wagoner left."
    assert people_in(text) == {"Rick Wagoner"}


@pytest.mark.parametrize("lead", ["Unlike", "Echoing", "Then", "Hence"])
def test_sentence_words_are_not_part_of_a_name(lead):
    text = f"{lead} Ravi Bhatt, the union agreed. Bhatt said so."
    assert people_in(text) == {"Ravi Bhatt"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("John F. Kennedy said the plan was bold.", "John F. Kennedy"),
        ("Martin Luther King Jr. said the march would go on.", "Martin Luther King Jr."),
        ("Robert van der Berg said the port would grow.", "Robert van der Berg"),
        ("Maria de la Cruz said the port would grow.", "Maria de la Cruz"),
        ("Daniel arap Moi said the port would grow.", "Daniel arap Moi"),
        ("Jean-Luc Picard, the captain, said it.", "Jean-Luc Picard"),
        ("Theresa May said Britain would leave.", "Theresa May"),
        ("Michael Jordan said he would play.", "Michael Jordan"),
        ("Stephen King wrote a new book.", "Stephen King"),
        ("John Major said the talks were over.", "John Major"),
        ("Howard Dean, the party chairman, said it.", "Howard Dean"),
        ("Zorbat Quell said the plan would work. Mr. Quell is an engineer.", "Zorbat Quell"),
        ("Sen. Debbie Stabenow said the bill was dead.", "Debbie Stabenow"),
    ],
)
def test_names_as_news_writes_them(text, name):
    assert name in people_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The photo shows the new plant. (Carla Reyes / Reuters)",
        "Sales fell. READ MORE: Carla Reyes to lead the union",
        "Sales fell in May. With files from Carla Reyes",
        "Sales fell in May. Carla Reyes is a Toronto-based reporter.",
        "By Carla Reyes\n\nSales fell in May.",
        "By Carla Reyes, The Canadian Press. Sales fell in May.",
        "Sales fell in May. Photo: Carla Reyes / Reuters",
    ],
)
def test_credits_and_author_notes_are_not_people_in_the_story(text):
    assert "Carla Reyes" not in people_in(text)


def test_a_reporter_in_the_story_is_a_person():
    text = "Carla Reyes is a reporter who was held for a week. Reyes said she was fine. It ended."
    assert "Carla Reyes" in people_in(text + " Talks went on. Nothing changed. More came.")


def test_a_works_title_is_not_a_person():
    text = 'Critics loved the film "Jerry Maguire". The movie Tom Jones won an award.'
    assert people_in(text) == set()


def test_dateline_with_an_agency_is_not_glued_to_a_name():
    text = "NEW YORK (AP) — Carla Reyes said the deal was done. Reyes left."
    index = find_people(Document(Article(text=text)))
    assert [p.name for p in index.people] == ["Carla Reyes"]
    assert [(o.name, o.kind) for o in index.organisations] == [("AP", "media")]


def test_a_name_listed_with_people_is_a_person():
    text = "Belgium attacked with Zorbat Quell, Yannick Carrasco, and Dries Mertens early on."
    assert {"Zorbat Quell", "Yannick Carrasco"} <= people_in(text)


def test_an_adjective_opening_the_sentence_is_not_part_of_the_name():
    text = "Nonpartisan Paul Tse was re-elected. Tse said he was pleased."
    assert people_in(text) == {"Paul Tse"}


def test_a_sentence_opening_with_by_is_no_byline():
    assert "Carla Reyes" in people_in("By Friday, Carla Reyes said, sales had fallen. Reyes left.")


_NAME_WORDS = ["Pieter", "van", "Van", "der", "Walt", "Mark", "Houten", "de", "la", "Cruz"]


@settings(max_examples=300)
@given(st.lists(st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=4), max_size=8))
def test_grouping_by_lookup_is_the_plain_search(names):
    candidates = list(dict.fromkeys(" ".join(words) for words in names))
    assert _group_people(candidates) == _group_people_plain(candidates)
