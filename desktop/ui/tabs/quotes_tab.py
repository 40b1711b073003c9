"""The Quotes tab: every quote with its speaker and kind, filtered by speaker, kind and text."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain import Quote
from desktop.domain.headlines import counted
from desktop.domain.model import QUOTE_KINDS, UNKNOWN_SPEAKER
from desktop.ui.models.quotes_model import QuotesModel
from desktop.ui.session import Session
from desktop.ui.widgets.column_layout import fit_columns
from desktop.ui.widgets.delegates import ChoiceDelegate
from desktop.ui.widgets.item_table import ItemTable, new_item_id

ALL = "All"


class QuotesTab(QWidget):
    """The quotes table with speaker and kind filters; a speaker is chosen from the people.

    Signals:
        source_requested(int, int): show this span of the article in the Source tab.
    """

    TITLE = "Quotes"
    source_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = QuotesModel(session, self)
        # The filters come first in the focus chain, as they stand above the table.
        self.speaker_filter = QComboBox(self)
        self.speaker_filter.setToolTip("Show only the quotes of one speaker")
        self.speaker_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setToolTip("Show only direct, partial or reported quotes")
        self.kind_filter.addItems([ALL, *QUOTE_KINDS])
        self.table = ItemTable(
            self.model,
            new_item=self._new_quote,
            search_placeholder="Search quotes",
            parent=self,
        )
        view = self.table.view
        fit_columns(
            view,
            stretch=QuotesModel.COL_TEXT,
            widths={QuotesModel.COL_SPEAKER: 180, QuotesModel.COL_KIND: 100},
        )
        self.speaker_delegate = ChoiceDelegate(self.speaker_choices, parent=self)
        self.kind_delegate = ChoiceDelegate(lambda: QUOTE_KINDS, parent=self)
        view.setItemDelegateForColumn(QuotesModel.COL_SPEAKER, self.speaker_delegate)
        view.setItemDelegateForColumn(QuotesModel.COL_KIND, self.kind_delegate)
        self.table.source_requested.connect(self.source_requested)

        speaker_label = QLabel("S&peaker:", self)
        speaker_label.setBuddy(self.speaker_filter)
        kind_label = QLabel("&Kind:", self)
        kind_label.setBuddy(self.kind_filter)
        self.count_label = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(speaker_label)
        filters.addWidget(self.speaker_filter)
        filters.addSpacing(12)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        # The person the speaker filter is on, by id, so that it follows them when renamed.
        self._filtered_person_id: str | None = None
        self.speaker_filter.currentIndexChanged.connect(self._remember_filtered_person)
        self.speaker_filter.currentIndexChanged.connect(self._apply_filters)
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        self.table.proxy.rowsInserted.connect(self._update_count)
        self.table.proxy.rowsRemoved.connect(self._update_count)
        self.table.proxy.modelReset.connect(self._update_count)
        self.table.proxy.layoutChanged.connect(self._update_count)
        session.items_changed.connect(self._on_items_changed)
        session.briefing_replaced.connect(self._fill_speaker_filter)
        self._fill_speaker_filter()
        self._update_count()

    def speaker_choices(self) -> list[tuple[str, str | None]]:
        """The people's names, and UNKNOWN_SPEAKER (value None) for a quote nobody is named for."""
        return [(UNKNOWN_SPEAKER, None)] + [(p.name, p.name) for p in self.session.items("people")]

    def _new_quote(self) -> Quote:
        # A quote added while filtering should show up under the filter it was added in.
        who = self.speaker_filter.currentData()
        kind = self.kind_filter.currentText()
        chosen = who if who not in (None, ALL, UNKNOWN_SPEAKER) else None
        source = chosen if chosen in self._sources() else None
        return Quote(
            id=new_item_id("quote"),
            text="New quote",
            speaker=None if source else chosen,
            source=source,
            kind=kind if kind in QUOTE_KINDS else "direct",
        )

    def _sources(self) -> set[str]:
        """The sources of the quotes no person is named for ("Acme Ltd.", "officials")."""
        return {q.source for q in self.session.items("quotes") if q.source and not q.speaker}

    def _on_items_changed(self, kind: str) -> None:
        if kind in ("people", "quotes"):
            self._fill_speaker_filter()

    def _fill_speaker_filter(self) -> None:
        """The filter offers every person, any other speaker a quote names, and the
        sources of the quotes no person is named for."""
        chosen = self.speaker_filter.currentData()
        names = [p.name for p in self.session.items("people")]
        names += sorted({q.speaker for q in self.session.items("quotes") if q.speaker} - set(names))
        # A quote from an organisation, a group or a document is listed under its source.
        names += sorted(self._sources() - set(names))
        self.speaker_filter.blockSignals(True)
        self.speaker_filter.clear()
        self.speaker_filter.addItem(ALL, ALL)
        for name in names:
            self.speaker_filter.addItem(name, name)
        self.speaker_filter.addItem(UNKNOWN_SPEAKER, UNKNOWN_SPEAKER)
        row = self.speaker_filter.findData(chosen) if chosen is not None else 0
        if row < 0:  # the name is gone: the person who had it may have been renamed
            renamed = self._filtered_person_name()
            row = self.speaker_filter.findData(renamed) if renamed is not None else -1
        self.speaker_filter.setCurrentIndex(max(row, 0))
        self.speaker_filter.blockSignals(False)
        self._remember_filtered_person()
        self._apply_filters()

    def _remember_filtered_person(self) -> None:
        name = self.speaker_filter.currentData()
        people = self.session.items("people")
        self._filtered_person_id = next((p.id for p in people if p.name == name), None)

    def _filtered_person_name(self) -> str | None:
        """The name now of the person the speaker filter was on, if they are still there."""
        if self._filtered_person_id is None:
            return None
        person = self.session.item_by_id("people", self._filtered_person_id)
        return person.name if person is not None else None

    def set_speaker_filter(self, name: str | None) -> None:
        """Show only the quotes of name (None: everyone)."""
        row = self.speaker_filter.findData(name if name is not None else ALL)
        self.speaker_filter.setCurrentIndex(max(row, 0))

    def set_kind_filter(self, kind: str | None) -> None:
        """Show only quotes of this kind (None: every kind)."""
        row = self.kind_filter.findText(kind or ALL)
        self.kind_filter.setCurrentIndex(max(row, 0))

    def _apply_filters(self) -> None:
        speaker = self.speaker_filter.currentData()
        kind = self.kind_filter.currentText()
        if speaker in (None, ALL) and kind == ALL:
            self.table.proxy.set_extra_filter(None)
        else:

            def accepts(quote: Quote) -> bool:
                who = quote.speaker or quote.source or UNKNOWN_SPEAKER
                if speaker not in (None, ALL) and who != speaker:
                    return False
                return kind == ALL or quote.kind == kind

            self.table.proxy.set_extra_filter(accepts)
        self.table.view.resizeRowsToContents()
        self._update_count()

    def _update_count(self, *_args) -> None:
        shown, total = self.table.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            counted(total, "quote") if shown == total else f"{shown} of {counted(total, 'quote')}"
        )
