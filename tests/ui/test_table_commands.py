"""The item table's commands: copy (TSV + HTML, Markdown, quotations), move, merge, confirm,
the needs-checking filter and the empty-state note."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.domain import Organisation, Person, Phase, Quote, Relationship
from desktop.domain.model import BASIS_PREVIOUS_PARAGRAPH, Article, Briefing
from desktop.domain.serialization import load_briefing, save_briefing
from desktop.extraction import analyze_text
from desktop.ui import interaction
from desktop.ui.models.base import DomainRole
from desktop.ui.models.organisations_model import OrganisationsModel
from desktop.ui.models.people_model import PeopleModel
from desktop.ui.models.phases_model import PhasesModel
from desktop.ui.models.quotes_model import QuotesModel
from desktop.ui.session import Session
from desktop.ui.widgets.check_mark import check_icon
from desktop.ui.widgets.item_table import ItemTable


def made_up() -> Briefing:
    return Briefing(
        article=Article(text="Made-up article text about GM and General Motors."),
        people=[
            Person(id="p1", name="Jane Roe", role="chief executive", organisation="GM"),
            Person(id="p2", name="Tom Poe", role="analyst"),
        ],
        organisations=[
            Organisation(id="o1", name="General Motors"),
            Organisation(id="o2", name="GM", kind="company"),
            Organisation(id="o3", name="LG", kind="company"),
        ],
        quotes=[
            Quote(id="q1", text="We will build it", speaker="Jane Roe"),
            Quote(id="q2", text="It is late", speaker="Tom Poe", basis=BASIS_PREVIOUS_PARAGRAPH),
        ],
        phases=[
            Phase(id="ph1", title="First", actions=["a"]),
            Phase(id="ph2", title="Second"),
            Phase(id="ph3", title="Third"),
        ],
        relationships=[Relationship(id="r1", source="GM", target="LG")],
    )


def make_table(qtbot, model_class, briefing=None):
    session = Session(briefing or made_up())
    table = ItemTable(model_class(session), new_item=lambda: None)
    qtbot.addWidget(table)
    table.show()
    return table


def focus(qtbot, table) -> None:
    """Keys reach a shortcut only in the active window, with the table in focus."""
    table.activateWindow()
    table.view.setFocus()
    qtbot.waitUntil(table.view.hasFocus)


def ids(table) -> list[str]:
    return [table.proxy.index(r, 0).data(DomainRole).id for r in range(table.proxy.rowCount())]


def test_ctrl_c_copies_the_selected_rows_as_tsv_and_html(qtbot):
    table = make_table(qtbot, PeopleModel)
    table.view.selectRow(0)
    focus(qtbot, table)
    qtbot.keyClick(table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].split("\t") == ["Name", "Role", "Organisation", "Quotes", "Mentions", "Aliases"]
    assert lines[1].split("\t") == ["Jane Roe", "chief executive", "GM", "1", "0", ""]
    assert len(lines) == 2  # only the selected row
    assert mime.hasHtml()
    assert "<th>Name</th>" in mime.html() and "<td>chief executive</td>" in mime.html()
    assert "Tom Poe" not in mime.html()


def test_copy_as_markdown_gives_every_row(qtbot):
    table = make_table(qtbot, OrganisationsModel)
    table.copy_markdown()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[:3] == [
        "| Name | Kind | Aliases | Mentions |",
        "| --- | --- | --- | --- |",
        "| General Motors | organisation |  | 0 |",
    ]
    assert len(text.splitlines()) == 5


def test_copy_as_quotation_names_speaker_role_and_organisation(qtbot):
    table = make_table(qtbot, QuotesModel)
    table.select_item("q1")
    focus(qtbot, table)
    qtbot.keyClick(
        table.view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == (
        "\u201cWe will build it\u201d \u2014 Jane Roe, Chief executive, GM\n"
    )


def test_alt_down_and_drag_move_a_phase_and_undo_puts_it_back(qtbot):
    table = make_table(qtbot, PhasesModel)
    stack = table.session.undo_stack
    table.select_item("ph1")
    focus(qtbot, table)
    qtbot.keyClick(table.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ids(table) == ["ph2", "ph1", "ph3"]
    assert table.current_item().id == "ph1"  # the moved row stays selected
    table.view.row_dropped.emit(2, 0)  # drag "Third" onto the first row
    assert ids(table) == ["ph3", "ph2", "ph1"]
    stack.undo()
    assert ids(table) == ["ph2", "ph1", "ph3"]
    stack.undo()
    assert ids(table) == ["ph1", "ph2", "ph3"]


def test_people_are_not_reordered_and_need_no_checking_controls(qtbot):
    table = make_table(qtbot, PeopleModel)
    # Nothing to check: the filter and Confirm give their room to the search.
    assert table.check_filter.isHidden() and table.confirm_button.isHidden()
    assert "move_up" not in table.actions_by_name
    assert not table.view.dragEnabled()


def test_merge_organisations_moves_every_reference_in_one_undo_step(qtbot, monkeypatch):
    table = make_table(qtbot, OrganisationsModel)
    session = table.session
    asked = []
    monkeypatch.setattr(
        interaction, "choose_kept_name", lambda _parent, what, names: asked.append(names) or 0
    )
    table.select_item("o1")
    index = table.proxy.mapFromSource(table.model.index(1, 0))
    table.view.selectionModel().select(
        index,
        table.view.selectionModel().SelectionFlag.Select
        | table.view.selectionModel().SelectionFlag.Rows,
    )
    focus(qtbot, table)
    qtbot.keyClick(table.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert asked == [["General Motors", "GM"]]  # the fuller name suggested first
    briefing = session.briefing
    assert [o.name for o in briefing.organisations] == ["General Motors", "LG"]
    assert briefing.organisations[0].aliases == ["GM"]
    assert briefing.people[0].organisation == "General Motors"
    assert (briefing.relationships[0].source, briefing.relationships[0].target) == (
        "General Motors",
        "LG",
    )
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert [o.name for o in briefing.organisations] == ["General Motors", "GM", "LG"]
    assert briefing.people[0].organisation == "GM"
    assert briefing.relationships[0].source == "GM"
    session.undo_stack.redo()
    assert [o.name for o in briefing.organisations] == ["General Motors", "LG"]


def test_merge_needs_two_rows(qtbot):
    table = make_table(qtbot, PeopleModel)
    refused = []
    table.session.edit_refused.connect(refused.append)
    table.select_item("p1")
    table.merge()
    assert refused and "two entries" in refused[0]
    assert len(table.session.briefing.people) == 2


def test_carried_over_speaker_is_marked_confirmed_and_kept_through_save(qtbot, tmp_path):
    table = make_table(qtbot, QuotesModel)
    session = table.session
    speaker = table.model.index(1, QuotesModel.COL_SPEAKER)
    assert speaker.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "previous paragraph" in speaker.data(Qt.ItemDataRole.ToolTipRole)
    assert (
        table.model.index(0, QuotesModel.COL_SPEAKER).data(Qt.ItemDataRole.DecorationRole) is None
    )
    assert table.check_filter.text() == "Needs chec&king (1)"
    assert table.check_filter.isVisible() and table.confirm_button.isVisible()
    table.check_filter.setChecked(True)
    assert ids(table) == ["q2"]
    table.select_item("q2")
    focus(qtbot, table)
    qtbot.keyClick(table.view, Qt.Key.Key_Space)
    quote = session.briefing.quotes[1]
    assert quote.confirmed and not quote.edited
    assert speaker.data(Qt.ItemDataRole.DecorationRole) is None
    assert table.empty_state.text() == "Nothing here needs checking."
    session.undo_stack.undo()
    assert not quote.confirmed
    assert speaker.data(Qt.ItemDataRole.DecorationRole) is not None
    session.undo_stack.redo()
    path = tmp_path / "b.briefing.json"
    save_briefing(session.briefing, path)
    reopened = load_briefing(path)
    assert (reopened.quotes[1].basis, reopened.quotes[1].confirmed) == (
        BASIS_PREVIOUS_PARAGRAPH,
        True,
    )
    reopened.quotes[1].confirmed = False
    session.set_briefing(reopened)
    assert table.model.index(1, QuotesModel.COL_SPEAKER).data(Qt.ItemDataRole.DecorationRole)


def test_check_icon_is_drawn(qtbot):
    assert not check_icon().isNull()


@pytest.mark.parametrize(
    ("model_class", "message"),
    [
        (PhasesModel, "No strategy phases: the article gives no plan with a time horizon."),
        (PeopleModel, "No people: the article names no one by their full name."),
    ],
)
def test_an_empty_table_says_what_was_looked_for_and_how_to_add(qtbot, model_class, message):
    table = make_table(qtbot, model_class, Briefing(article=Article(text="Nothing here.")))
    assert table.empty_state.text() == f"{message} Add one with Add (Insert)."
    assert table.empty_state.label.isVisible()


def test_a_search_that_finds_nothing_says_so(qtbot, seed_text):
    table = make_table(qtbot, PeopleModel, analyze_text(seed_text))
    assert table.empty_state.text() == ""
    table.search.setText("zzz")
    assert table.empty_state.text().startswith("Nothing matches \u201czzz\u201d among 6 rows")
    table.search.clear()
    assert not table.empty_state.label.isVisible()


def test_actions_move_within_and_between_phases_undoably(qtbot, monkeypatch):
    from desktop.ui.widgets.actions_panel import ActionsPanel

    briefing = made_up()
    briefing.phases[0].actions = ["Build plant", "Hire staff", "Train"]
    session = Session(briefing)
    panel = ActionsPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_phase(briefing.phases[0])
    panel.list.setCurrentRow(2)
    panel.list.setFocus()
    panel.activateWindow()
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert briefing.phases[0].actions == ["Build plant", "Train", "Hire staff"]
    assert panel.action_texts() == briefing.phases[0].actions
    assert panel.list.currentRow() == 1
    monkeypatch.setattr(interaction, "choose_phase", lambda _parent, titles, current: 2)
    qtbot.keyClick(
        panel.list,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert briefing.phases[0].actions == ["Build plant", "Hire staff"]
    assert session.briefing.phases[2].actions == ["Train"]
    # A drop: the list moves its row, then the phase follows.
    panel.list.model().moveRows(panel.list.rootIndex(), 1, 1, panel.list.rootIndex(), 0)
    qtbot.waitUntil(lambda: session.briefing.phases[0].actions == ["Hire staff", "Build plant"])
    for _ in range(3):
        session.undo_stack.undo()
    assert [p.actions for p in session.briefing.phases] == [
        ["Build plant", "Hire staff", "Train"],
        [],
        [],
    ]
    assert panel.action_texts() == ["Build plant", "Hire staff", "Train"]


CARRIED_OVER = """Jane Roe, the chief executive of Acme Corp, spoke on Monday.

"We will build the plant," she said.

"Costs will fall next year. We are ready."
"""


def test_the_engines_carried_over_speaker_is_marked_until_confirmed_and_saved(qtbot, tmp_path):
    """From the analysis to the file: the paragraph with no speaker is marked, Space clears
    the mark, and the saved briefing opens without it (and with the pronoun still marked)."""
    briefing = analyze_text(CARRIED_OVER)
    assert [(q.speaker, q.basis) for q in briefing.quotes] == [
        ("Jane Roe", "pronoun"),
        ("Jane Roe", BASIS_PREVIOUS_PARAGRAPH),
    ]
    table = make_table(qtbot, QuotesModel, briefing)
    marks = [
        table.model.index(row, QuotesModel.COL_SPEAKER).data(Qt.ItemDataRole.DecorationRole)
        for row in range(2)
    ]
    assert all(mark is not None for mark in marks)
    table.select_item(briefing.quotes[1].id)
    focus(qtbot, table)
    qtbot.keyClick(table.view, Qt.Key.Key_Space)
    path = tmp_path / "carried.briefing.json"
    save_briefing(table.session.briefing, path)
    table.session.set_briefing(load_briefing(path))
    marked = [
        table.model.index(row, QuotesModel.COL_SPEAKER).data(Qt.ItemDataRole.DecorationRole)
        is not None
        for row in range(2)
    ]
    assert marked == [True, False]
    assert table.check_filter.text() == "Needs chec&king (1)"
