"""The Source tab: the article itself, with people, quotes and figures highlighted where found."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from desktop.domain.headlines import counted, display_title
from desktop.ui.session import Session

# Okabe-Ito hues (distinct under the common colour-vision deficiencies), drawn in this order
# so that a name or a number inside a quote keeps its own colour. Each kind also has a cue
# that is not colour: people bold, figures underlined.
HIGHLIGHTS = (
    ("quotes", "Quotes", "#CC79A7"),  # reddish purple: system selections are mostly blue
    ("figures", "Figures", "#009E73"),  # bluish green
    ("people", "People", "#E69F00"),  # orange
)
MIN_CONTRAST = 4.5  # WCAG AA for body text


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def tint(base: QColor, hue: QColor, text: QColor) -> QColor:
    """The strongest mix of hue into the base colour that keeps the text readable on it."""
    for percent in range(55, 10, -5):
        f = percent / 100
        mixed = QColor.fromRgbF(
            base.redF() * (1 - f) + hue.redF() * f,
            base.greenF() * (1 - f) + hue.greenF() * f,
            base.blueF() * (1 - f) + hue.blueF() * f,
        )
        if contrast(mixed, text) >= MIN_CONTRAST:
            return mixed
    return QColor.fromRgbF(
        base.redF() * 0.9 + hue.redF() * 0.1,
        base.greenF() * 0.9 + hue.greenF() * 0.1,
        base.blueF() * 0.9 + hue.blueF() * 0.1,
    )


def utf16_offsets(text: str):
    """A function from Python string offsets to Qt's (UTF-16) document positions."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return lambda offset: offset
    positions = [0]
    for char in text:
        positions.append(positions[-1] + (2 if ord(char) >= 0x10000 else 1))
    return lambda offset: positions[max(0, min(offset, len(text)))]


class SourceTab(QWidget):
    """The article text, read-only, with every extracted item's evidence highlighted.

    Signals:
        source_requested(int, int): part of every tab's contract; this tab is the target.
    """

    TITLE = "Source"
    source_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.meta_label = QLabel(self)
        self.meta_label.setWordWrap(True)
        self.meta_label.setOpenExternalLinks(True)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.document().setUndoRedoEnabled(False)
        self.text.document().setDocumentMargin(12)
        self.text.setAccessibleName("Article text")
        text_label = QLabel("Article &text", self)
        text_label.setBuddy(self.text)

        legend_row = QHBoxLayout()
        legend_row.addWidget(text_label)
        legend_row.addStretch(1)
        legend_row.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addLayout(legend_row)
        layout.addWidget(self.text, 1)

        self._to_position = utf16_offsets("")
        self._find_spans: list[tuple[int, int]] = []
        session.briefing_replaced.connect(self.reload)
        session.items_changed.connect(self._on_items_changed)
        self.reload()

    # -- content ---------------------------------------------------------------
    def reload(self) -> None:
        """Show the open briefing's article and its metadata, highlighted."""
        briefing = self.session.briefing
        article = briefing.article if briefing is not None else None
        title, derived = display_title(briefing) if briefing is not None else ("", False)
        self.title_label.setText(title or "Untitled article")
        # Same title as the Overview; a derived one says so on hover.
        self.title_label.setToolTip("Derived from the article's first key point" if derived else "")
        self.meta_label.setText(self._metadata_html(article))
        # Only a link needs the keyboard; otherwise the byline stays out of the Tab chain.
        self.meta_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if article is not None and article.url
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        text = article.text if article else ""
        self._to_position = utf16_offsets(text)
        self._find_spans = []
        self.text.setPlainText(text)
        if article is not None:
            self._embolden_headings(article)
        self.highlight()

    def _metadata_html(self, article) -> str:
        if article is None:
            return "No article is open."
        parts = [
            html.escape(value)
            for value in (article.source, article.author, article.published)
            if value
        ]
        if article.url:
            url = html.escape(article.url, quote=True)
            parts.append(f'<a href="{url}">{url}</a>')
        parts.append(counted(article.word_count, "word"))
        return " · ".join(parts)

    def _embolden_headings(self, article) -> None:
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for heading in article.headings:
            cursor = self._cursor(heading.span.start, heading.span.end)
            cursor.mergeCharFormat(bold)

    def _on_items_changed(self, kind: str) -> None:
        if kind in {k for k, _label, _hue in HIGHLIGHTS}:
            self.highlight()

    def highlight(self) -> None:
        """Mark every span of every person, quote and figure (ExtraSelections, in draw order)."""
        palette = self.text.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        length = self.text.document().characterCount() - 1
        selections, legend = [], []
        for kind, label, hue in HIGHLIGHTS:
            color = tint(base, QColor(hue), text)
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            fmt.setForeground(text)
            if kind == "people":
                fmt.setFontWeight(QFont.Weight.Bold)
            elif kind == "figures":
                fmt.setFontUnderline(True)
            count = 0
            for item in self.session.items(kind):
                for span in item.spans:
                    if self._to_position(span.end) > length:
                        continue
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = self._cursor(span.start, span.end)
                    selection.format = fmt
                    selections.append(selection)
                    count += 1
            style = f"background-color:{color.name()};color:{text.name()};"
            style += {"people": "font-weight:bold;", "figures": "text-decoration:underline;"}.get(
                kind, ""
            )
            # People are counted by mentions here (the People tab lists each person once).
            shown = f"{count} mentions" if kind == "people" else str(count)
            legend.append(f'<span style="{style}">&nbsp;{label} ({shown})&nbsp;</span>')
        found = self._find_selections(base, text, length)
        if found:
            fmt = found[0].format
            style = (
                f"background-color:{fmt.background().color().name()};color:{text.name()};"
                "text-decoration:underline;"
            )
            legend.append(f'<span style="{style}">&nbsp;Find ({len(found)})&nbsp;</span>')
        self.text.setExtraSelections(selections + found)
        self.legend.setText("Highlighted: " + "&nbsp;&nbsp;".join(legend))

    def show_find_hits(self, spans: list[tuple[int, int]]) -> None:
        """Mark where Find's words stand in the article (an empty list clears the marks)."""
        self._find_spans = list(spans)
        self.highlight()

    def _find_selections(self, base: QColor, text: QColor, length: int) -> list:
        # In the selection's hue (blue in most palettes, unlike the three kinds above), so a
        # hit reads as "found", and the current one, selected, as the strongest of them.
        hue = self.text.palette().color(QPalette.ColorRole.Highlight)
        fmt = QTextCharFormat()
        fmt.setBackground(tint(base, hue, text))
        fmt.setForeground(text)
        fmt.setFontUnderline(True)
        out = []
        for start, end in self._find_spans:
            if self._to_position(end) <= length:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor(start, end)
                selection.format = fmt
                out.append(selection)
        return out

    def highlight_count(self) -> int:
        return len(self.text.extraSelections())

    # -- navigation ------------------------------------------------------------
    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._to_position(start))
        cursor.setPosition(self._to_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def show_span(self, start: int, end: int) -> None:
        """Select the article text from start to end and scroll it to the middle of the view."""
        length = self.text.document().characterCount() - 1
        start, end = sorted((max(0, start), max(0, end)))
        if self._to_position(start) > length:
            return
        self.text.setTextCursor(self._cursor(start, min(end, len(self._article_text()))))
        self.text.centerCursor()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_text(self) -> str:
        """The selection as plain text (Qt marks paragraph ends with U+2029)."""
        return self.text.textCursor().selectedText().replace("\u2029", "\n")

    def _article_text(self) -> str:
        briefing = self.session.briefing
        return briefing.article.text if briefing is not None else ""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Light and dark need different tints to stay readable. After this event: the
            # text box, a child, takes the new palette only once its parent has.
            QTimer.singleShot(0, self, self.highlight)
