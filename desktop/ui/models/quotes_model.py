"""The Quotes table: what was said, who said it, and how (direct, partial or reported)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.domain.model import QUOTE_KINDS, UNKNOWN_SPEAKER
from desktop.ui.models.base import Column, Index, ItemTableModel


def quoted(quote) -> str:
    """The quote's words as a reader sees them: in quotation marks unless reported."""
    return quote.text if quote.kind == "reported" else f"\u201c{quote.text}\u201d"


def _parse_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("a quote needs words")
    return text


def _parse_speaker(text: str) -> str | None:
    # Choosing "Unknown speaker" is how the analyst says nobody is named for a quote.
    text = text.strip()
    return None if text in ("", UNKNOWN_SPEAKER) else text


def _parse_kind(text: str) -> str:
    kind = text.strip().lower()
    if kind not in QUOTE_KINDS:
        raise ValueError(f"a quote is {', '.join(QUOTE_KINDS)}")
    return kind


class QuotesModel(ItemTableModel):
    KIND = "quotes"
    COL_TEXT, COL_SPEAKER, COL_KIND = range(3)
    CHECK_COLUMN, CHECK_WHAT = COL_SPEAKER, "the speaker"
    COLUMNS = (
        Column("Quote", lambda q: q.text, "text", parse=_parse_text),
        Column(
            "Speaker",
            # With no person named, the source the article gives ("Acme Ltd.", "officials").
            lambda q: q.speaker or q.source or UNKNOWN_SPEAKER,
            "speaker",
            parse=_parse_speaker,
            tooltip="Who said it (chosen from the people), or the organisation or document "
            "it is from",
        ),
        Column(
            "Kind",
            lambda q: q.kind,
            "kind",
            parse=_parse_kind,
            tooltip="direct: quoted word for word; partial: a fragment in quotation marks; "
            "reported: paraphrased",
        ),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        quote = self._rows[index.row()]
        if role == Qt.ItemDataRole.FontRole:
            return self._font(quote, index.column())
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.COL_TEXT:
            return quoted(quote)
        return super().data(index, role)

    def _font(self, quote, column: int) -> QFont | None:
        # Direct quotes stand out from reported speech; the analyst's edits are italic.
        bold = quote.kind == "direct" and column in (self.COL_TEXT, self.COL_KIND)
        italic = quote.edited and column == self.COL_TEXT
        if not (bold or italic):
            return None
        font = QFont()
        font.setBold(bold)
        font.setItalic(italic)
        return font
