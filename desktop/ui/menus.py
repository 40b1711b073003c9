"""The main window's menus and actions (File, Edit, View, Help), with mnemonics and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

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
    preferences = _action(
        window,
        edit_menu,
        "&Preferences…",
        window.edit_preferences,
        QKeySequence.StandardKey.Preferences,
        "The analyst's name, paper size and classification label of the Word export",
    )
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    view_menu = bar.addMenu("&View")
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
    about = _action(window, help_menu, "&About Briefing Desk", window.show_about)
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
