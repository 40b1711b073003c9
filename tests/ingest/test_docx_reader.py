"""parse_docx: paragraphs, Title and Heading styles, core properties; damaged files refused."""

import datetime as dt
import io
import zipfile

import docx
import pytest

from desktop.ingest.docx_reader import parse_docx
from desktop.ingest.errors import IngestError


def _docx_bytes(document: docx.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def word_file() -> bytes:
    document = docx.Document()
    document.core_properties.author = "Alisha Sachdev"
    document.core_properties.created = dt.datetime(2025, 9, 25, 8, 30)
    document.core_properties.title = "Core title"
    document.add_paragraph("Ashok Leyland bets on CALB", style="Title")
    document.add_paragraph("Ashok Leyland signed a 20-year agreement with CALB.")
    document.add_paragraph("   ")
    document.add_heading("Deliberately cautious", level=2)
    document.add_paragraph("Initially, CALB will supply cells.")
    return _docx_bytes(document)


def test_text_is_paragraphs_joined_by_blank_lines(word_file):
    article = parse_docx(word_file, "calb.docx")
    assert article.text == (
        "Ashok Leyland bets on CALB\n\n"
        "Ashok Leyland signed a 20-year agreement with CALB.\n\n"
        "Deliberately cautious\n\n"
        "Initially, CALB will supply cells.\n"
    )
    assert article.body_start == article.text.index("Ashok Leyland signed")


def test_title_style_heading_styles_and_core_properties(word_file):
    article = parse_docx(word_file, "calb.docx")
    assert article.title == "Ashok Leyland bets on CALB"
    assert article.author == "Alisha Sachdev"
    assert article.published == "2025-09-25"
    assert article.source == "calb.docx"
    assert [h.title for h in article.headings] == ["Deliberately cautious"]
    span = article.headings[0].span
    assert article.text[span.start : span.end] == "Deliberately cautious"


def test_core_title_when_no_paragraph_is_styled_title():
    document = docx.Document()
    document.core_properties.title = "Core title"
    document.add_paragraph("Only a body paragraph.")
    article = parse_docx(_docx_bytes(document), "plain.docx")
    assert article.title == "Core title"
    assert article.body_start == 0


def test_blank_template_author_and_date_are_not_metadata():
    document = docx.Document()  # python-docx's template: author "python-docx", 2013-12-23
    document.add_paragraph("Only a body paragraph.")
    article = parse_docx(_docx_bytes(document), "plain.docx")
    assert article.author is None
    assert article.published is None


def _zip_without_word_parts() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [b"this is not a zip at all", b"PK\x03\x04truncated", _zip_without_word_parts()],
    ids=["text", "truncated", "zip-without-word-parts"],
)
def test_corrupt_docx_is_refused_with_a_clear_message(data):
    with pytest.raises(IngestError) as caught:
        parse_docx(data, "report.docx")
    assert str(caught.value) == (
        "report.docx is not a readable Word document: it is damaged, or not really a .docx."
    )


def test_document_without_text_is_refused():
    with pytest.raises(IngestError) as caught:
        parse_docx(_docx_bytes(docx.Document()), "blank.docx")
    assert str(caught.value) == "blank.docx is empty: there is no article text in it."
