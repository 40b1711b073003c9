"""File > Export Word in the window: where to, progress in the status bar, then open or explain."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar

from desktop.ui import interaction, settings
from desktop.ui.describe import export_file_name, with_word_suffix
from desktop.ui.exporter import Exporter, ExportRequest

WORD_FILTERS = "Word documents (*.docx);;All files (*)"
EXPORT_TIP = "Export the briefing as currently edited to a Word document"
BUSY_TIP = "An export is running; it can be exported again when it is done"
FAILED_TITLE = "Could not export the briefing"


class WordExport(QObject):
    """The window's side of the export: asks, starts the Exporter, shows how it went.

    Args:
        window: the MainWindow (its session, actions.export_word, status bar, report_error).
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = window.actions.export_word
        self.exporter = Exporter(self)
        self.exporter.busy_changed.connect(self._on_busy_changed)
        self.exporter.progress.connect(self._on_progress)
        self.exporter.finished.connect(self._on_finished)
        self.exporter.failed.connect(self._on_failed)
        window.session.briefing_replaced.connect(self._update_action)

        self.label = QLabel(window)
        self.bar = QProgressBar(window)
        self.bar.setRange(0, 100)
        self.bar.setFormat("%p%")
        self.bar.setMaximumWidth(140)
        bar = window.statusBar()
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.bar)
        self.label.hide()
        self.bar.hide()
        self._update_action()

    @property
    def busy(self) -> bool:
        return self.exporter.busy

    def export(self) -> bool:
        """Ask where, then export there in the background; False if nothing was started."""
        briefing = self.window.session.briefing
        if briefing is None:
            return False
        if self.exporter.busy:
            self.window.show_status(
                f"Already exporting {self.exporter.current.name}: "
                "wait for it to finish, then export again."
            )
            return False
        headless = self.window.headless
        folder = str(Path.home()) if headless else settings.last_folder()
        chosen = interaction.choose_save_file(
            self.window, "Export Word", str(Path(folder) / export_file_name(briefing)), WORD_FILTERS
        )
        if not chosen:
            return False
        return self.export_to(with_word_suffix(chosen))

    def export_to(self, path: Path) -> bool:
        """Export the briefing as it is now to path (no dialog); False if refused while busy."""
        briefing = self.window.session.briefing
        if briefing is None:
            return False
        preferences = (
            settings.ExportPreferences() if self.window.headless else settings.export_preferences()
        )
        request = ExportRequest(
            path=Path(path),
            analyst=preferences.analyst_name,
            paper=preferences.paper_size,
            classification=preferences.classification,
        )
        if not self.exporter.start(request, briefing):
            return False
        self.label.setText(f"Exporting {request.name}…")
        self.bar.setValue(0)
        return True

    def edit_preferences(self) -> None:
        """Edit > Preferences: the analyst's name, paper size and label of the export."""
        if self.window.headless:
            return  # a --screenshots run reads and writes no settings
        chosen = interaction.edit_preferences(self.window, settings.export_preferences())
        if chosen is not None:
            settings.set_export_preferences(chosen)
            self.window.apply_autosave_interval()
            self.window.show_status("Preferences saved; the next export uses them.")

    def wait(self, msecs: int = -1) -> bool:
        """Wait for an export still running (at exit); True if none is left."""
        return self.exporter.wait(msecs)

    # -- what the exporter says --------------------------------------------------
    def _update_action(self, *_args) -> None:
        self.action.setEnabled(self.window.session.briefing is not None and not self.busy)
        tip = BUSY_TIP if self.busy else EXPORT_TIP
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def _on_busy_changed(self, busy: bool) -> None:
        self.label.setVisible(busy)
        self.bar.setVisible(busy)
        self._update_action()

    def _on_progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(round(100 * min(max(fraction, 0.0), 1.0)))
        request = self.exporter.current
        if request is not None:
            self.label.setText(f"Exporting {request.name}: {message.lower()}…")

    def _on_finished(self, request: ExportRequest) -> None:
        self.window.show_status(f"Exported {request.name}")
        if self.window.headless:
            print(f"Exported {request.path}", file=sys.stderr)
            return
        settings.set_last_folder(request.path.parent)
        if not self.window.isVisible():
            return  # the window closed while it finished: no one is there to answer
        answer = interaction.offer_to_open(self.window, request.path)
        if answer == interaction.CLOSE:
            return
        target = request.path if answer == interaction.OPEN_FILE else request.path.parent
        if not interaction.open_local_path(target):
            self.window.show_status(f"No application on this system could open {target}.")

    def _on_failed(self, request: ExportRequest, message: str) -> None:
        self.window.report_error(FAILED_TITLE, message)
