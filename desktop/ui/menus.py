"""The main window's menus and actions (File, Edit, View, Help), with mnemonics and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass
class Actions:
    """The window's actions, so tests and the features behind them (the export) can reach them."""

    new_from_text: QAction
    open_article: QAction
    open_url: QAction
    open_briefing: QAction
    save: QAction
    save_as: QAction
    export_word: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    preferences: QAction
    about: QAction
    recent_menu: QMenu
    show_tab: list[QAction] = field(default_factory=list)
    copy: QAction | None = None
    find: QAction | None = None
    find_next: QAction | None = None
    find_previous: QAction | None = None
    next_tab: QAction | None = None
    previous_tab: QAction | None = None
    # The table commands by name (ItemTable.actions_by_name): their keys belong to the table
    # in focus, so the menu shows the keys in its text and runs the command on that table.
    table_commands: dict[str, QAction] = field(default_factory=dict)


def _action(
    window: QMainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    # A lambda drops the `checked` argument that triggered() passes.
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(window, tab_titles: list[str]) -> Actions:
    """Create the menu bar of window (a MainWindow) and return its actions.

    Args:
        window: the MainWindow; its methods are the actions' slots.
        tab_titles: the tabs in order, for View > (title) with Ctrl+1 ... Ctrl+9.
    """
    bar = window.menuBar()

    file_menu = bar.addMenu("&File")
    file_menu.setToolTipsVisible(True)
    new_from_text = _action(
        window,
        file_menu,
        "&New from Pasted Text…",
        window.new_from_pasted_text,
        "Ctrl+N",
        "Analyse an article you paste in",
    )
    file_menu.addSeparator()
    open_article = _action(
        window,
        file_menu,
        "&Open Article…",
        window.choose_article,
        "Ctrl+O",
        "Open and analyse an article (text, Markdown, HTML or Word)",
    )
    open_url = _action(
        window,
        file_menu,
        "Open &URL…",
        window.choose_url,
        "Ctrl+L",
        "Fetch and analyse an article from the web",
    )
    open_briefing = _action(
        window,
        file_menu,
        "Open &Briefing…",
        window.choose_briefing,
        "Ctrl+Shift+O",
        "Open a saved .briefing.json",
    )
    recent_menu = file_menu.addMenu("Open &Recent")
    file_menu.addSeparator()
    save = _action(
        window,
        file_menu,
        "&Save",
        window.save,
        "Ctrl+S",
        "Save the briefing",
    )
    save_as = _action(
        window,
        file_menu,
        "Save &As…",
        window.save_as,
        "Ctrl+Shift+S",
        "Save the briefing to a new .briefing.json file",
    )
    file_menu.addSeparator()
    export_word = _action(
        window,
        file_menu,
        "&Export Word…",
        window.export_requested.emit,
        "Ctrl+E",
    )
    export_word.setEnabled(False)  # until a briefing is open; WordExport keeps it up to date
    file_menu.addSeparator()
    quit_action = _action(window, file_menu, "&Quit", window.close, "Ctrl+Q", "Quit Briefing Desk")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    edit_menu = bar.addMenu("&Edit")
    undo = window.session.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = window.session.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    copy = _action(
        window,
        edit_menu,
        "&Copy",
        window.desk.copy,
        # The text boxes and the tables answer Ctrl+C themselves; the menu runs it for them.
        None,
        "Copy the selected rows (as a table) or the selected text",
    )
    copy.setText("&Copy\t" + QKeySequence(QKeySequence.StandardKey.Copy).toString())
    table_commands = {}
    for name, text, keys, tip in (
        (
            "copy_quotation",
            "Copy as &Quotation",
            "Ctrl+Shift+C",
            "The selected quotes as \u201ctext\u201d \u2014 Speaker, Role, Organisation",
        ),
        (
            "copy_markdown",
            "Copy Table as &Markdown",
            "Ctrl+Shift+M",
            "Every row shown, in Markdown",
        ),
    ):
        table_commands[name] = _table_command(window, edit_menu, name, text, keys, tip)
    edit_menu.addSeparator()
    find = _action(
        window,
        edit_menu,
        "&Find…",
        lambda: window.find_bar.open_bar(),
        QKeySequence.StandardKey.Find,
        "Find words in every tab and in the article",
    )
    find_next = _action(
        window, edit_menu, "Find &Next", lambda: window.find_bar.next(), "F3", "Go to the next hit"
    )
    find_previous = _action(
        window,
        edit_menu,
        "Find Pre&vious",
        lambda: window.find_bar.previous(),
        "Shift+F3",
        "Go to the previous hit",
    )
    edit_menu.addSeparator()
    # The platform's key where it has one (Ctrl+, on macOS); Linux and Windows have none.
    preferences_keys = QKeySequence.StandardKey.Preferences
    if not QKeySequence.keyBindings(preferences_keys):
        preferences_keys = "Ctrl+,"
    preferences = _action(
        window,
        edit_menu,
        "&Preferences…",
        window.edit_preferences,
        preferences_keys,
        "The analyst's name, paper size and classification label of the Word export",
    )
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    item_menu = bar.addMenu("&Item")
    item_menu.setToolTipsVisible(True)
    for entry in (
        ("add", "&Add Row", "Ins", "Add a row to the table"),
        ("delete", "&Delete Rows", "Del", "Delete the selected rows"),
        None,
        ("move_up", "Move &Up", "Alt+Up", "Move the phase or takeaway up the list"),
        ("move_down", "Move Do&wn", "Alt+Down", "Move the phase or takeaway down the list"),
        (
            "move_action",
            "Move Action to &Phase…",
            "Ctrl+Shift+P",
            "Move an action to another phase",
        ),
        ("merge", "&Merge Two Entries…", "Ctrl+M", "Make two people or organisations one"),
        None,
        ("confirm", "&Confirm Checked Item", "Space", "Clear the check mark of what you checked"),
        (
            "check_only",
            "Show Only What Needs Chec&king",
            "Alt+K",
            "Show only what the analysis found by an indirect route",
        ),
        None,
        ("show_source", "Show in &Source", "Ctrl+G", "Show the selected item in the article"),
    ):
        if entry is None:
            item_menu.addSeparator()
        else:
            name, text, keys, tip = entry
            table_commands[name] = _table_command(window, item_menu, name, text, keys, tip)

    # Not a table's own command: it finds the table, so the window holds its key.
    go_to_check = _action(
        window,
        item_menu,
        "&Go to What Needs Checking",
        lambda: window.desk.show_what_needs_checking(),
        "Ctrl+Shift+K",
        "Show the first table with items found by an indirect route, only those items",
    )
    table_commands["to_check"] = go_to_check

    view_menu = bar.addMenu("&View")
    next_tab = _action(
        window,
        view_menu,
        "Ne&xt Tab",
        lambda: window.step_tab(+1),
        "Ctrl+PgDown",
        "Show the tab to the right (also Ctrl+Tab)",
    )
    next_tab.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+Tab")])
    previous_tab = _action(
        window,
        view_menu,
        "Pre&vious Tab",
        lambda: window.step_tab(-1),
        "Ctrl+PgUp",
        "Show the tab to the left (also Ctrl+Shift+Tab)",
    )
    previous_tab.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Ctrl+Shift+Tab")])
    for action in (next_tab, previous_tab):
        # Wherever the focus is, a table or the article text included.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    view_menu.addSeparator()
    show_tab = []
    for number, title in enumerate(tab_titles, 1):
        shortcut = f"Ctrl+{number}" if number <= 9 else None
        show_tab.append(
            _action(
                window,
                view_menu,
                f"&{number} {title}" if number <= 9 else title,
                lambda index=number - 1: window.tabs.setCurrentIndex(index),
                shortcut,
                f"Show the {title} tab",
            )
        )

    help_menu = bar.addMenu("&Help")
    about = _action(window, help_menu, "&About Briefing Desk", window.show_about, "F1")
    about.setMenuRole(QAction.MenuRole.AboutRole)

    return Actions(
        new_from_text=new_from_text,
        open_article=open_article,
        open_url=open_url,
        open_briefing=open_briefing,
        save=save,
        save_as=save_as,
        export_word=export_word,
        quit=quit_action,
        undo=undo,
        redo=redo,
        preferences=preferences,
        about=about,
        recent_menu=recent_menu,
        show_tab=show_tab,
        copy=copy,
        find=find,
        find_next=find_next,
        find_previous=find_previous,
        next_tab=next_tab,
        previous_tab=previous_tab,
        table_commands=table_commands,
    )


def _table_command(window, menu: QMenu, name: str, text: str, keys: str, tip: str) -> QAction:
    """A menu entry for a command of the table in focus, its keys shown after a tab.

    The keys are not set as the action's shortcut: the table (and the takeaways list) has
    its own, and one key bound twice would do nothing in Qt.
    """
    shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys
    return _action(
        window, menu, f"{text}\t{shown}", lambda: window.desk.run_table_command(name), None, tip
    )


def fill_recent_menu(
    menu: QMenu, files: list[str], open_file: Callable[[str], object], clear: Callable[[], object]
) -> None:
    """Rebuild File > Open Recent: "&1 name" entries (full path as tip), then Clear."""
    menu.clear()
    menu.setToolTipsVisible(True)
    for number, path in enumerate(files, 1):
        name = Path(path).name.replace("&", "&&")
        label = f"&{number % 10} {name}" if number <= 10 else name
        action = menu.addAction(label)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _checked=False, path=path: open_file(path))
    if files:
        menu.addSeparator()
    clear_action = menu.addAction("&Clear Recent Files")
    clear_action.setEnabled(bool(files))
    clear_action.triggered.connect(lambda _checked=False: clear())
    menu.menuAction().setEnabled(bool(files))
