"""A person's role and organisation in more constructions of news, on made-up sentences."""

import pytest

from desktop.domain import Article
from desktop.extraction.context import Document
from desktop.extraction.entities import looks_like_org
from desktop.extraction.people import find_people
from desktop.ingest.plaintext import parse_plain_text


def index_of(text: str):
    """People of a text; one with a title line and a date line is read as an article."""
    article = parse_plain_text(text) if "\n\n" in text else Article(text=text)
    return find_people(Document(article))


def people_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.organisation) for p in index_of(text).people}


def orgs_of(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in index_of(text).organisations}


def test_one_name_with_and_without_the_full_stop_of_ltd_is_one_organisation():
    text = (
        "Kestrel Resources Ltd. said it would buy the mine. Kestrel Resources Ltd said the "
        "deal would close in May."
    )
    assert orgs_of(text) == {"Kestrel Resources Ltd.": []}


@pytest.mark.parametrize(
    ("words", "union"),
    [
        (("United", "Paperworkers"), True),
        (("Canadian", "Autoworkers"), True),
        (("United", "Auto", "Workers"), True),
        (("Teamsters",), False),  # one word alone: members as often as the union
        (("Ford", "Workers"), False),  # a headline in capitals
    ],
)
def test_a_union_named_for_its_members(words, union):
    assert looks_like_org(words) is union


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Acme Paper Corp. will close its mill. The United Paperworkers said it would "
            "fight. Union president Tom Rusk said the workers were shocked.",
            "Tom Rusk",
            "union president",
            "United Paperworkers",
        ),
        (
            "Acme Paper Corp. will close its mill. The United Steelworkers said it would "
            "fight the closing, and Acme said it regretted it, according to union leader "
            "Ann Marsh.",
            "Ann Marsh",
            "union leader",
            "United Steelworkers",
        ),
        (
            "Local 212 of the Harbour Workers Union said it would strike. The Port Employers "
            'Association said talks had failed. "We are ready," local president Jim Boyle said.',
            "Jim Boyle",
            "local president",
            "Local 212",
        ),
    ],
)
def test_a_union_official_serves_the_union_named_before_not_the_company(
    text, name, role, organisation
):
    assert people_of(text)[name] == (role, organisation)


def test_a_stock_exchange_is_nobodys_company():
    text = (
        "Hartwell Industries Inc. cut its forecast. Its shares fell 8 percent on the New York "
        'Stock Exchange.\n\n"We will not wait," Chief Executive Officer Rob Kaminski said.'
    )
    assert people_of(text)["Rob Kaminski"] == (
        "Chief Executive Officer",
        "Hartwell Industries Inc.",
    )


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Letters came from the Municipality of Alden, near the coast. The first was from "
            "the mayor Carla Venturi, who was refused twice.",
            "Carla Venturi",
            "mayor",
            "Municipality of Alden",
        ),
        (
            "Harbour lights open\n\nMonday, March 5, 2007\n\nPortvale, Taiwan — Crowds "
            "gathered on Saturday to watch city mayor Ho Wen-li open the festival.",
            "Ho Wen-li",
            "mayor",
            "Portvale",
        ),
    ],
)
def test_a_mayor_serves_the_town_named_before_or_the_dateline_town(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_a_minister_of_a_provincial_government_serves_the_province():
    text = (
        "HALIFAX — Nova Scotia's government tabled a budget Tuesday that freezes the "
        "provincial portion of the gasoline tax.\n\nFinance Minister Jane Roe told the "
        "legislature the province's finances were sound."
    )
    assert people_of(text)["Jane Roe"] == ("Finance Minister", "Nova Scotia")


def test_a_minister_of_a_national_government_serves_the_country():
    text = (
        "Canada's government tabled a budget Tuesday. Finance Minister Jane Roe said Canada "
        "would balance its books, and the province of Nova Scotia said it welcomed that."
    )
    assert people_of(text)["Jane Roe"] == ("Finance Minister", "Canada")


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Ben Ford resigned as chief executive of Talon Mining last year.",
            "Ben Ford",
            "chief executive",
            "Talon Mining",
        ),
        (
            "Nina Roy joined Acme Foods in 2019 as head of sales.",
            "Nina Roy",
            "head",
            "Acme Foods",
        ),
        (
            "Tom Hale will step down as chairman of Hale Foods in June.",
            "Tom Hale",
            "chairman",
            "Hale Foods",
        ),
        (
            "Li Wei became chairman of Vexa Holdings in 2010.",
            "Li Wei",
            "chairman",
            "Vexa Holdings",
        ),
        (
            "Acme Corp. named Jane Doe chief executive on Monday.",
            "Jane Doe",
            "chief executive",
            "Acme Corp.",
        ),
        (
            "Orvel Bank hired Sam Ruiz as its chief economist.",
            "Sam Ruiz",
            "chief economist",
            "Orvel Bank",
        ),
        (
            "Orvel Bank hired Sam Ruiz as chief operating officer.",
            "Sam Ruiz",
            "chief operating officer",
            "Orvel Bank",
        ),
    ],
)
def test_roles_by_verbs_of_office_and_appointment(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_the_office_a_person_is_to_take_outweighs_the_post_they_hold():
    text = (
        "Goldcrest Mining Corp. said Tuesday that Pieter van der Walt, a veteran of the "
        "mining industry, will become its chief executive on Sept. 1.\n\nVan der Walt, 56, "
        "is currently chief operating officer at Kestrel Resources Ltd., where he built "
        "two mines."
    )
    found = people_of(text)
    assert found["Pieter van der Walt"] == ("chief executive", "Goldcrest Mining Corp.")
    assert orgs_of(text) == {"Goldcrest Mining Corp.": [], "Kestrel Resources Ltd.": []}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale said the deal would close as planned.",
        "Tom Hale left the meeting as the vote began.",
        "Tom Hale stepped into the room as the vote began.",
    ],
)
def test_no_role_without_a_verb_of_office_before_as(text):
    assert people_of(text)["Tom Hale"] == (None, None)


def test_initials_opening_a_paragraph_begin_the_name():
    text = (
        "Tom Pell said so.\n\nK.C. Maurer, chief financial officer at the Ansel Foundation, "
        "said 500 schools replied. Maurer said more."
    )
    assert people_of(text) == {
        "Tom Pell": (None, None),
        "K.C. Maurer": ("chief financial officer", "Ansel Foundation"),
    }


def test_the_body_a_person_heads_is_no_person():
    text = "Tom Pell, who heads Marlow Homes, said prices rose."
    assert people_of(text) == {"Tom Pell": ("head", "Marlow Homes")}
    assert "Marlow Homes" in orgs_of(text)


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "The president of the Norland region, Carlo Benni, proposed new measures.",
            "Carlo Benni",
            "president",
            "Norland region",
        ),
        (
            "The secretary general of FNB (Federation of Norland Bakers), Ada Ricci, called "
            "the ruling dangerous.",
            "Ada Ricci",
            "secretary general",
            "Federation of Norland Bakers",
        ),
        (
            "Bank of Norland analyst Jane Doe said the stock was cheap.",
            "Jane Doe",
            "analyst",
            "Bank of Norland",
        ),
        (
            "Bank of America analyst Jane Doe said the stock was cheap.",
            "Jane Doe",
            "analyst",
            "Bank of America",
        ),
        (
            "Every pilot including [former Museum of Flight CEO] Rita Dunn trained on it.",
            "Rita Dunn",
            "CEO",
            "Museum of Flight",
        ),
        (
            "Emeritus Professor John Burrows said the flag was open to choice.",
            "John Burrows",
            "Emeritus Professor",
            None,
        ),
        (
            "According to the Norland Herald, Emeritus Professor John Burrows said so.",
            "John Burrows",
            "Emeritus Professor",
            None,
        ),
    ],
)
def test_bodies_named_around_a_title(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_an_acronym_and_its_name_in_brackets_are_one_organisation():
    text = "The head of FNB (Federation of Norland Bakers), Ada Ricci, spoke. FNB said more."
    assert orgs_of(text) == {"Federation of Norland Bakers": ["FNB"]}


def test_a_title_in_capitals_is_no_part_of_the_organisations_name():
    assert orgs_of("Museum of Flight CEO Rita Dunn spoke.") == {"Museum of Flight": []}


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Carl Voss, who leads the European unit of Vexa Holdings, said so.",
            "Carl Voss",
            "head of the European unit",
            "Vexa Holdings",
        ),
        (
            "Paul Kim, head of Asia equities at Fenwick Securities in Hong Kong, agreed.",
            "Paul Kim",
            "head",
            "Fenwick Securities",
        ),
        (
            "Kim Lee, curator of the exhibition at the University of Northgate, said so.",
            "Kim Lee",
            "curator",
            "University of Northgate",
        ),
        (
            "Tim Lu, a partner at law firm Hale & Dorr, said the case was weak.",
            "Tim Lu",
            "partner",
            "Hale & Dorr",
        ),
    ],
)
def test_the_body_past_a_field_or_a_thing_of_it(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_partners_joined_by_an_ampersand_are_a_firm_not_a_person():
    text = "Tim Lu, a partner at law firm Hale & Dorr, said the case was weak."
    assert set(people_of(text)) == {"Tim Lu"}
    assert orgs_of(text) == {"Hale & Dorr": []}


def test_a_noun_and_of_before_a_body_are_no_part_of_its_name():
    text = "Shares of Zentrix Corp. fell. Bank of Norland held its rate."
    assert orgs_of(text) == {"Zentrix Corp.": [], "Bank of Norland": []}


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "A spokesman for the Ministry of Finance, Ivo Petrov, said so.",
            "Ivo Petrov",
            "spokesman",
            "Ministry of Finance",
        ),
        (
            "The chief executive of Acme Corp., Bo Ek, left on Friday.",
            "Bo Ek",
            "chief executive",
            "Acme Corp.",
        ),
        (
            "IMF chief Kristalina Georgieva warned of risks.",
            "Kristalina Georgieva",
            "chief",
            "IMF",
        ),
    ],
)
def test_a_title_and_its_body_before_a_name(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Acme Labs, founded by Jane Doe in 1998, makes robots.",
            "Jane Doe",
            "founder",
            "Acme Labs",
        ),
        (
            "The Orvel Global contest (For Young Bakers) was founded by Tom Hale to "
            "encourage bakers.",
            "Tom Hale",
            "founder",
            "Orvel Global",
        ),
        ("It was started by Bob Ray in a garage.", "Bob Ray", None, None),
    ],
)
def test_the_founder_of_the_body_before_founded_by(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_a_name_the_lists_do_not_know_before_of_and_a_bodys_acronym():
    text = "Other winners were Leung Kwok-hung of LSD and Wanjiru Kamau of KANU."
    assert people_of(text) == {"Leung Kwok-hung": (None, "LSD"), "Wanjiru Kamau": (None, "KANU")}


def test_a_body_of_an_acronym_is_no_person():
    assert people_of("The Bank of ABC and the Union of ABC rose.") == {}


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Pace Galleries shows 100 prints. Kathy Waters, director of the gallery, wants more.",
            "Kathy Waters",
            "director of the gallery",
            "Pace Galleries",
        ),
        (
            "The Orvel Museum drew crowds. Rita Lane, curator of the museum, said so.",
            "Rita Lane",
            "curator of the museum",
            "Orvel Museum",
        ),
        (
            "The Orvel Museum drew crowds. Tom Hale, director of the program, said so.",
            "Tom Hale",
            "director of the program",
            None,
        ),
    ],
)
def test_the_body_a_common_noun_stands_for_is_the_one_named_before_with_that_noun(
    text, name, role, organisation
):
    assert people_of(text)[name] == (role, organisation)


def test_the_museums_curator_is_the_museum_named_before_not_the_last_body():
    text = (
        "The Orvel Museum drew crowds, said Acme Corp. The museum's curator Rita Lane said "
        "so. The team's coach Al Fry agreed."
    )
    found = people_of(text)
    assert found["Rita Lane"] == ("curator", "Orvel Museum")
    assert found["Al Fry"] == ("coach", None)  # no team named: nobody's


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Tom Hale, who is chief executive of Vexa Holdings, said so.",
            "Tom Hale",
            "chief executive",
            "Vexa Holdings",
        ),
        ("Ann Lee is the chairman of Orvel Bank.", "Ann Lee", "chairman", "Orvel Bank"),
        ("Bo Ek was a student in Paris.", "Bo Ek", "student", None),
        ("Jo Dunn is expected to resign.", "Jo Dunn", None, None),
    ],
)
def test_the_office_a_sentence_says_a_person_holds(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_a_firm_named_like_a_person_where_only_a_company_stands():
    text = (
        "Shares in Johnson Matthey rose. Sales at Harvey Norman rose. Harvey Norman's "
        "shares fell. Tom Hale shares the view of Ann Lee, the chair, and Jo Dunn said so."
    )
    assert set(people_of(text)) == {"Tom Hale", "Ann Lee", "Jo Dunn"}
    assert set(orgs_of(text)) == {"Johnson Matthey", "Harvey Norman"}


def test_firms_named_after_their_founders_are_organisations_with_or_without_an_initial():
    text = (
        "Raymond James analyst Jane Doe said so. Wood Mackenzie said oil would rise. "
        "Sanford C. Bernstein cut its target."
    )
    assert people_of(text) == {"Jane Doe": ("analyst", "Raymond James")}
    assert set(orgs_of(text)) == {"Raymond James", "Wood Mackenzie", "Sanford C. Bernstein"}


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Ann Lee, a spokeswoman for the U.S. Environmental Protection Agency, said so.",
            "Ann Lee",
            "spokeswoman",
            "U.S. Environmental Protection Agency",
        ),
        ("Bo Ek, a U.S. senator, spoke.", "Bo Ek", "senator", "United States"),
        (
            "Bank of Norland Governor Tiff Macklem said so.",
            "Tiff Macklem",
            "Governor",
            "Bank of Norland",
        ),
    ],
)
def test_a_body_written_with_initials_or_before_a_title_and_name(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_a_title_and_name_are_no_part_of_the_body_before_them():
    text = "Bank of Norland Governor Tiff Macklem spoke. The Council of Economic Advisers met."
    assert set(orgs_of(text)) == {"Bank of Norland", "Council of Economic Advisers"}


def test_a_title_that_is_also_a_given_name():
    text = (
        "The Orvel contest was founded by Dean Kamen to encourage bakers. Dean Alan Smith "
        "of Northgate University said so."
    )
    assert people_of(text) == {
        "Dean Kamen": ("founder", "Orvel"),
        "Alan Smith": ("Dean", "Northgate University"),
    }


def test_a_body_that_speaks_of_itself_as_it_is_an_organisation():
    text = (
        "JOHANNESBURG — Sibanye Stillwater said on Monday it would cut 4,000 jobs. Neal "
        "Froneman, chief executive, said the company had no choice. Froneman said it would "
        "take years. Canada said it would help. Boeing says its deliveries rose. Tom Hale "
        "said it was hard."
    )
    assert set(orgs_of(text)) == {"Sibanye Stillwater", "Boeing"}
    found = people_of(text)
    assert found["Neal Froneman"] == ("chief executive", "Sibanye Stillwater")
    assert found["Tom Hale"] == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ravi Pichai said it would take years to build the chips.",
        "Lagarde said it would make sense to wait.",
        "Kessler reported a quarterly loss at her bakery.",
        "Hong Kong shares fell 2% on Monday, while Wall Street stocks rose.",
        "Alphabet Class C shares gained 3% after the results.",
    ],
)
def test_a_person_an_impersonal_it_or_a_market_makes_no_organisation(text):
    assert orgs_of(text) == {}


def test_a_body_that_reports_its_results_is_an_organisation():
    text = "Boeing reported a quarterly loss on Tuesday. Tom Hale reported a theft."
    assert set(orgs_of(text)) == {"Boeing"}
    assert set(people_of(text)) == {"Tom Hale"}


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            '"It is hard," said Ann Lee, who runs the Asia desk at Orvel Bank.',
            "Ann Lee",
            "head of the Asia desk",
            "Orvel Bank",
        ),
        (
            "Acme Corp. hired Ray Fox, a former Google executive, as its head of AI.",
            "Ray Fox",
            "head",
            "Acme Corp.",
        ),
        (
            "Li Wei, an Ottawa-based analyst with Desjardins Securities, said so.",
            "Li Wei",
            "analyst",
            "Desjardins Securities",
        ),
    ],
)
def test_places_that_describe_and_the_body_that_hires(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_a_spokesman_for_the_company_or_the_union_named_before():
    text = (
        "Acme Corp. said profit rose. The Orvel Museum agreed. The Orvel Workers Union "
        'struck. "Good," said Tom Hale, a spokesman for the company. Ann Lee, a spokeswoman '
        "for the union, declined to comment. Bo Ek, president of the university, said so."
    )
    found = people_of(text)
    assert found["Tom Hale"] == ("spokesman for the company", "Acme Corp.")
    assert found["Ann Lee"] == ("spokeswoman for the union", "Orvel Workers Union")
    assert found["Bo Ek"] == ("president of the university", None)  # no university named


def test_a_name_after_a_noun_of_kin_is_a_persons():
    text = "Thomas Sam, 42, and his wife Manju Sam, 36, are on trial in Sydney."
    assert set(people_of(text)) == {"Thomas Sam", "Manju Sam"}


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "The paper attacked analysts at Orvel Bank including Ann Lee and Bo Ek.",
            "Bo Ek",
            "analyst",
            "Orvel Bank",
        ),
        (
            "Orvel Bank cut jobs. It named senior managers from the bank such as Ann Lee.",
            "Ann Lee",
            "senior manager",
            "Orvel Bank",
        ),
    ],
)
def test_a_plural_title_and_its_body_before_a_list(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "The Ministry of Finance said the deficit grew. A ministry spokesperson, Ivo "
            "Petrov, said so.",
            "Ivo Petrov",
            "spokesperson",
            "Ministry of Finance",
        ),
        (
            "The Environmental Protection Agency proposed a rule. Bo Ek, an agency "
            "spokesman, agreed.",
            "Bo Ek",
            "spokesman",
            "Environmental Protection Agency",
        ),
        (
            "Acme Corp. grew. Company spokeswoman Jo Dunn said so.",
            "Jo Dunn",
            "spokeswoman",
            "Acme Corp.",
        ),
        ("A ministry spokesperson, Ivo Petrov, said so.", "Ivo Petrov", "spokesperson", None),
    ],
)
def test_a_common_noun_of_a_body_before_a_title(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_a_chief_executive_with_no_company_written_serves_the_company_the_story_is_about():
    text = (
        "TORONTO — Acme Corp. agreed on Monday to buy Zentrix Inc. for $2 billion. Shares "
        'of Zentrix Inc. rose 20 per cent. "This is great," Chief Executive Jo Dunn said.'
    )
    assert people_of(text)["Jo Dunn"] == ("Chief Executive", "Acme Corp.")


def test_a_persons_own_shares_leave_them_a_person():
    text = "Tom Hale's shares rose in value. Zentrix Vale's sales fell 4 per cent."
    assert set(people_of(text)) == {"Tom Hale"}
    assert set(orgs_of(text)) == {"Zentrix Vale"}


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Bo Ek, chief executive of German carmaker Volkswagen, said so.",
            "Bo Ek",
            "chief executive",
            "Volkswagen",
        ),
        ("Ann Lee, an analyst at Swiss bank UBS, said so.", "Ann Lee", "analyst", "UBS"),
        (
            "Jo Dunn, head of the Canadian unit of Vexa Holdings, said so.",
            "Jo Dunn",
            "head",
            "Vexa Holdings",
        ),
        (
            "Tom Hale, a spokesman for the Indonesian military, said so.",
            "Tom Hale",
            "spokesman",
            "Indonesian military",
        ),
    ],
)
def test_the_body_named_after_a_nationality_and_what_it_is(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


def test_the_body_after_of_or_at_past_a_nationality_and_what_it_is():
    text = (
        "Jo Dunn of German carmaker Volkswagen agreed. Tom Hale at Swiss bank UBS said so. "
        "Ann Lee of Germany said so."
    )
    assert people_of(text) == {
        "Jo Dunn": (None, "Volkswagen"),
        "Tom Hale": (None, "UBS"),
        "Ann Lee": (None, "Germany"),
    }


def test_the_swiss_banks_chief_economist_is_the_bank_named_before():
    text = (
        "UBS AG cut jobs. The Swiss bank's chief economist Paul Donovan expects more. The "
        "Afghan team's coach Ali Rezai was proud."
    )
    found = people_of(text)
    assert found["Paul Donovan"] == ("chief economist", "UBS AG")
    assert found["Ali Rezai"] == ("coach", "Afghan team")


def test_companies_named_for_their_trade():
    text = (
        "Ivanhoe Mines said it would expand. Texas Instruments rose. Bridgewater Associates "
        "bought shares. Marlow Homes built 400 houses. Tom Hale said so."
    )
    assert set(people_of(text)) == {"Tom Hale"}
    assert set(orgs_of(text)) == {
        "Ivanhoe Mines",
        "Texas Instruments",
        "Bridgewater Associates",
        "Marlow Homes",
    }


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        ("Voters elected Jane Doe mayor in 2019.", "Jane Doe", "mayor", None),
        ("Shareholders elected Tom Hale chairman.", "Tom Hale", "chairman", None),
        (
            "Acme Corp. cut jobs. It named Jo Dunn chief financial officer.",
            "Jo Dunn",
            "chief financial officer",
            "Acme Corp.",
        ),
        ("Siemens named Al Fry chief executive.", "Al Fry", "chief executive", "Siemens"),
    ],
)
def test_who_appoints_is_a_body_not_people_acting_together(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)
    assert "Voters" not in orgs_of(text) and "Shareholders" not in orgs_of(text)


def test_a_stake_in_a_persons_company_leaves_them_a_person():
    text = (
        "Acme Corp. bought a stake in Tom Hale's company. Tom Hale returned as the crowd cheered."
    )
    assert people_of(text) == {"Tom Hale": (None, None)}


def test_a_province_abbreviated_before_a_title():
    text = "B.C. Premier David Eby said so. N.Y. Governor Kathy Hochul agreed."
    assert people_of(text) == {
        "David Eby": ("Premier", "British Columbia"),
        "Kathy Hochul": ("Governor", "New York"),
    }


@pytest.mark.parametrize(
    ("text", "name", "role", "organisation"),
    [
        (
            "Jo Dunn, who was named chief executive of Vexa Holdings in 2019, said so.",
            "Jo Dunn",
            "chief executive",
            "Vexa Holdings",
        ),
        (
            "Tom Hale was appointed chairman of Orvel Bank last year.",
            "Tom Hale",
            "chairman",
            "Orvel Bank",
        ),
        ("Al Fry was made redundant in May.", "Al Fry", None, None),
    ],
)
def test_the_office_a_person_was_given(text, name, role, organisation):
    assert people_of(text)[name] == (role, organisation)


@pytest.mark.parametrize(
    "text",
    [
        "The London office was founded by Jo Lee in 1990.",
        "The Harlow bakery was founded by Jo Lee.",
    ],
)
def test_a_place_or_shop_before_a_common_noun_is_no_body_someone_founded(text):
    assert people_of(text) == {"Jo Lee": (None, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chair of the Northgate city council, Ann Bell, said the plan was sound.",
            ("chair", "Northgate city council"),
        ),
        (
            "The head of the Ferris Valley water board, Tom Dale, said rates would rise.",
            ("head", "Ferris Valley water board"),
        ),
        ("The owner of the Dale family farm, Tom Dale, said rates would rise.", ("owner", None)),
    ],
)
def test_a_role_of_a_body_written_with_common_nouns_before_the_name(text, expected):
    (found,) = people_of(text).values()
    assert found == expected


def test_a_body_after_a_wire_dateline_that_speaks_of_itself_as_it_is_an_organisation():
    text = "OSLO, May 2 (Reuters) - Fjordline Cargo said on Friday it would cut 300 jobs."
    assert set(orgs_of(text)) == {"Fjordline Cargo"}
