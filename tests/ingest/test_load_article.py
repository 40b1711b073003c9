"""load_article and article_from_text: dispatch by suffix and content, and each refusal."""

import io
import os
import shutil
import sys
from pathlib import Path

import docx
import pytest

from desktop.ingest import IngestError, article_from_text, load_article, loading

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "resources" / "articles" / "ashok-leyland-calb-2025-09-25.txt"
HTML = REPO / "tests" / "fixtures" / "ingest" / "article.html"
MARKDOWN = "# Trucks go electric\n\nThe first paragraph, which is long enough.\n"


def _error(source: str) -> str:
    with pytest.raises(IngestError) as caught:
        load_article(source)
    return str(caught.value)


def test_seed_text_file():
    article = load_article(str(SEED))
    assert article.source == "ashok-leyland-calb-2025-09-25.txt"
    assert article.author == "Alisha Sachdev"
    assert article.published == "2025-09-25"
    assert [h.title for h in article.headings] == ["Deliberately cautious", "Supportive role"]
    assert article.url is None


def test_cp1252_crlf_text_file_is_decoded_and_normalised(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Café Müller – 50 €\r\n\r\nThe café raised prices.\r\n".encode("cp1252"))
    article = load_article(str(path))
    assert article.text == "Café Müller – 50 €\n\nThe café raised prices.\n"
    assert article.title == "Café Müller – 50 €"


@pytest.mark.parametrize("suffix", [".md", ".markdown"])
def test_markdown_file(tmp_path, suffix):
    path = tmp_path / f"note{suffix}"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = load_article(str(path))
    assert article.text == MARKDOWN
    assert article.title == "Trucks go electric"


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_file_takes_the_site_name_as_source(tmp_path, suffix):
    path = tmp_path / f"page{suffix}"
    shutil.copy(HTML, path)
    article = load_article(str(path))
    assert article.title == "Ashok Leyland bets on CALB for battery know-how"
    assert article.source == "Example News"


def test_docx_file(tmp_path):
    document = docx.Document()
    document.add_paragraph("Trucks go electric", style="Title")
    document.add_paragraph("Ashok Leyland will import cells from CALB.")
    path = tmp_path / "story.docx"
    document.save(path)
    article = load_article(str(path))
    assert article.title == "Trucks go electric"
    assert article.text == "Trucks go electric\n\nAshok Leyland will import cells from CALB.\n"
    assert article.source == "story.docx"


def test_unknown_suffix_is_sniffed(tmp_path):
    page = tmp_path / "saved.page"
    shutil.copy(HTML, page)
    assert load_article(str(page)).title == "Ashok Leyland bets on CALB for battery know-how"
    word = tmp_path / "download.bin"
    document = docx.Document()
    document.add_paragraph("A paragraph from Word.")
    document.save(word)
    assert load_article(str(word)).text == "A paragraph from Word.\n"
    text = tmp_path / "README"
    text.write_text("Plain words, no markup.\n", encoding="utf-8")
    assert load_article(str(text)).text == "Plain words, no markup.\n"


def test_stdin(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    article = load_article("-")
    assert article.author == "Alisha Sachdev"
    assert article.source == "standard input"


def test_article_from_pasted_text():
    article = article_from_text("\ufeffTrucks go electric\r\n\r\nBy Jane Doe\r\n\r\nBody.\r\n")
    assert article.text == "Trucks go electric\n\nBy Jane Doe\n\nBody.\n"
    assert article.title == "Trucks go electric"
    assert article.author == "Jane Doe"
    assert article.source is None


def test_pasted_whitespace_is_refused():
    with pytest.raises(IngestError) as caught:
        article_from_text(" \n\t\n")
    assert str(caught.value) == "The pasted text is empty: there is no article to read."


def test_missing_file():
    assert _error("/nowhere/at/all.txt") == "Cannot open all.txt: the file does not exist."


def test_folder(tmp_path):
    assert _error(str(tmp_path)) == f"Cannot open {tmp_path.name}: it is a folder, not a file."


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root reads any file; needs POSIX modes"
)
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Hidden words.", encoding="utf-8")
    path.chmod(0)
    try:
        assert _error(str(path)) == "Cannot open secret.txt: permission denied."
    finally:
        path.chmod(0o600)


def test_unreadable_file_reported_when_reading_fails(tmp_path, monkeypatch):
    # The same refusal whoever runs the tests (root ignores file modes).
    path = tmp_path / "secret.txt"
    path.write_text("Hidden words.", encoding="utf-8")

    def denied(path, _max_bytes):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("desktop.ingest.loading.read_regular_file", denied)
    assert _error(str(path)) == "Cannot open secret.txt: permission denied."


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t ", " \n".encode("utf-16")])
def test_empty_article(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert _error(str(path)) == "blank.txt is empty: there is no article text in it."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "chart.txt is a PNG image, not a text article."),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "chart.txt is a PDF, not a text article."),
        (
            b"\x7fELF\x02\x01\x01\x00" * 40,
            "chart.txt looks like a binary file, not a text article.",
        ),
    ],
)
def test_binary_file_renamed_txt(tmp_path, content, message):
    path = tmp_path / "chart.txt"
    path.write_bytes(content)
    assert _error(str(path)) == message


def test_file_over_10_mb_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(loading.MAX_FILE_BYTES + 1)  # sparse: no 10 MB written

    def never(self):
        raise AssertionError("read a file that is too large")

    monkeypatch.setattr(Path, "read_bytes", never)
    assert _error(str(path)) == (
        "Cannot open huge.txt: it is larger than 10 MB, too large for an article."
    )


def test_briefing_file_is_refused(tmp_path):
    path = tmp_path / "calb.briefing.json"
    path.write_text('{"schema": "briefing/1", "article": {}}', encoding="utf-8")
    assert _error(str(path)) == (
        "calb.briefing.json is a saved briefing, not an article: open it as a briefing instead."
    )


def test_briefing_renamed_txt_is_refused_too(tmp_path):
    path = tmp_path / "calb.txt"
    path.write_text('{\n  "schema": "briefing/1",\n  "article": {}\n}', encoding="utf-8")
    assert _error(str(path)) == (
        "calb.txt is a saved briefing, not an article: open it as a briefing instead."
    )


def test_other_schemes_are_refused():
    assert _error("ftp://example.com/a.txt") == (
        "Cannot open ftp://example.com/a.txt: only http:// and https:// addresses, not ftp://."
    )


def test_messages_are_one_line():
    assert str(IngestError("first line\n  second line")) == "first line second line"
