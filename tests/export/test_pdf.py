"""PDF through LibreOffice: page count and text of the seed, and clear errors without it."""

import shutil
import subprocess

import pytest

from desktop.export import pdf
from desktop.export.pdf import PdfExportError, export_pdf

needs_libreoffice = pytest.mark.skipif(
    pdf.soffice_path() is None or shutil.which("pdfinfo") is None,
    reason="LibreOffice (soffice) and poppler-utils (pdfinfo, pdftotext) are not installed; "
    ".ci/run installs libreoffice-writer-nogui and poppler-utils",
)


@pytest.fixture(scope="module")
def seed_pdf(seed_docx, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "seed-briefing.pdf"
    export_pdf(seed_docx, path)
    return path


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def _text(path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


@needs_libreoffice
def test_the_seed_fits_two_to_five_a4_pages(seed_pdf):
    assert 2 <= _pages(seed_pdf) <= 5


@needs_libreoffice
def test_the_pdf_counts_its_pages_in_the_footer(seed_pdf):
    text = _text(seed_pdf)
    pages = _pages(seed_pdf)
    assert "Page 1 of" in text
    assert f"Page {pages} of {pages}" in text


@needs_libreoffice
def test_page_one_stands_alone(seed_pdf):
    first_page = _text(seed_pdf).split("\f")[0]
    assert "Bottom line".upper() in first_page
    assert "Key takeaways" in first_page
    assert "Strategy roadmap" not in first_page


@needs_libreoffice
def test_an_existing_pdf_is_replaced(seed_docx, tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    export_pdf(seed_docx, target)
    assert target.read_bytes().startswith(b"%PDF")


def test_missing_libreoffice_is_a_clear_one_line_error(seed_docx, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "soffice_path", lambda: None)
    with pytest.raises(PdfExportError) as caught:
        export_pdf(seed_docx, tmp_path / "x.pdf")
    message = str(caught.value)
    assert "LibreOffice is not installed" in message and "\n" not in message


def test_a_conversion_that_hangs_times_out(seed_docx, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "soffice_path", lambda: "/usr/bin/soffice")

    def hang(command, **kwargs):
        raise subprocess.TimeoutExpired(command, kwargs.get("timeout"))

    monkeypatch.setattr(pdf.subprocess, "run", hang)
    with pytest.raises(PdfExportError, match="did not finish"):
        export_pdf(seed_docx, tmp_path / "x.pdf", timeout=5)
    assert not (tmp_path / "x.pdf").exists()


def test_a_failed_conversion_says_so(seed_docx, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "soffice_path", lambda: "/usr/bin/soffice")
    failed = subprocess.CompletedProcess(
        [], 1, stdout="", stderr="Error: source file could not be loaded\n"
    )
    monkeypatch.setattr(pdf.subprocess, "run", lambda command, **kwargs: failed)
    with pytest.raises(PdfExportError, match="could not convert seed-briefing.docx"):
        export_pdf(seed_docx, tmp_path / "x.pdf")


@needs_libreoffice
def test_a_short_article_fills_page_one_and_puts_its_evidence_on_page_two(tmp_path):
    from pathlib import Path

    from desktop.export import command, export_docx

    article = Path(__file__).parent.parent / "fixtures" / "export" / "short-plant-article.txt"
    docx_path = tmp_path / "short.docx"
    export_docx(command.open_briefing(article), docx_path, analyst="Jane Analyst")
    pdf_path = tmp_path / "short.pdf"
    export_pdf(docx_path, pdf_path)
    pages = [page for page in _text(pdf_path).split("\f") if page.strip()]
    assert len(pages) == _pages(pdf_path) <= 3
    assert "Key takeaways" in pages[0] and "Strategy roadmap" in pages[0]  # page one is full
    for heading in ("Market figures", "People", "What they said"):
        assert heading in pages[1], heading
    for page in pages:  # no heading left alone at the foot of a page
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("Briefing Desk")]
        assert body[-1] not in ("What they said", "People", "Market figures", "Appendix")


def _pages_before_appendix(pages: list[str]) -> int:
    """How many pages the briefing takes before its appendix starts."""
    for number, page in enumerate(pages):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if "Appendix" in lines:
            return number if lines.index("Appendix") <= 1 else number + 1  # under the header
    return len(pages)


@needs_libreoffice
def test_a_short_article_makes_two_pages_before_its_appendix(tmp_path):
    from pathlib import Path

    from desktop.export import command, export_docx

    article = Path(__file__).parent.parent / "fixtures" / "export" / "short-deal-article.txt"
    briefing = command.open_briefing(article)
    assert briefing.article.word_count < 600
    docx_path = tmp_path / "deal.docx"
    export_docx(briefing, docx_path, analyst="Jane Analyst")
    pdf_path = tmp_path / "deal.pdf"
    export_pdf(docx_path, pdf_path)
    pages = [page for page in _text(pdf_path).split("\f") if page.strip()]
    assert _pages_before_appendix(pages) == 2
    assert "Strategy roadmap" in pages[0]  # page one is full before page two starts
    assert "Sources and method" in pages[-1]  # reference closes the document, after the appendix
