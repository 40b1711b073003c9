"""The Word roadmap with several organisations' plans: whose each phase is, and done stages."""

from desktop.domain import Article, Briefing, Phase
from desktop.export import sections
from desktop.export.document import new_document


def test_roadmap_names_lanes_and_marks_done_stages():
    briefing = Briefing(
        article=Article(text="x", published="2011-05-29"),
        phases=[
            Phase(title="Buy the stake", horizon="by June 10", organisation="Fiat",
                  actions=["buy the US government's 6%"]),
            Phase(title="First stake", horizon="In 2009", organisation="Fiat", done=True,
                  actions=["bought 20% of Chrysler"]),
            Phase(title="Re-open exchanges", horizon="on Friday", organisation="Russia",
                  actions=["re-open the exchanges"]),
        ],
    )  # fmt: skip
    document = new_document()
    sections.roadmap(document, briefing, None, sections.Exhibits())
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    assert [row[:2] for row in rows] == [
        ["1. Buy the stake (Fiat)", "by June 10"],
        ["2. First stake (Fiat)", "In 2009 (done)"],
        ["3. Re-open exchanges (Russia)", "on Friday"],
    ]


def test_roadmap_of_one_organisation_names_none():
    briefing = Briefing(
        article=Article(text="x"),
        phases=[Phase(title="Cut jobs", horizon="by 2008", organisation="GM")],
    )
    document = new_document()
    sections.roadmap(document, briefing, None, sections.Exhibits())
    assert document.tables[0].rows[1].cells[0].text == "1. Cut jobs"
