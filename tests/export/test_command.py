"""The headless export command: one article, a saved briefing, a folder with a bad article."""

import io
import shutil

import docx
import pytest

from desktop.export import command
from desktop.export.command import output_name, progress_bar, run_export
from desktop.resources import seed_article_path


@pytest.fixture()
def seed_copy(tmp_path):
    return shutil.copy(seed_article_path(), tmp_path / "seed.txt")


def test_one_article_to_a_named_file(seed_copy, tmp_path):
    out = tmp_path / "OUT.docx"
    stream = io.StringIO()
    assert run_export(str(seed_copy), str(out), pdf=False, progress_stream=stream) == 0
    assert "wrote" in stream.getvalue()
    names = [t.rows[1].cells[0].text for t in docx.Document(str(out)).tables if len(t.rows) > 1]
    assert "Shenu Agarwal" in names


def test_without_output_the_briefing_goes_beside_the_article(seed_copy, tmp_path):
    assert run_export(str(seed_copy), None, pdf=False, progress_stream=io.StringIO()) == 0
    assert (tmp_path / "seed-briefing.docx").is_file()


def test_a_saved_briefing_exports(seed_briefing, tmp_path):
    from desktop.domain.serialization import save_briefing

    saved = tmp_path / "deal.briefing.json"
    save_briefing(seed_briefing, saved)
    assert run_export(str(saved), str(tmp_path), pdf=False, progress_stream=io.StringIO()) == 0
    assert (tmp_path / "deal-briefing.docx").is_file()


def test_a_folder_exports_every_article_and_a_failure_does_not_stop_the_rest(seed_copy, tmp_path):
    folder = seed_copy.parent
    (folder / "second.md").write_text(seed_copy.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"not a zip file at all")
    (folder / "notes.csv").write_text("ignored", encoding="utf-8")
    out = tmp_path / "out"
    stream = io.StringIO()
    assert run_export(str(folder), str(out), pdf=False, progress_stream=stream) == 1
    assert sorted(p.name for p in out.iterdir()) == ["second-briefing.docx", "seed-briefing.docx"]
    report = stream.getvalue()
    assert "[" in report and "3/3" in report
    assert "failed: broken.docx:" in report
    assert "2 of 3 exported" in report


def test_a_folder_does_not_read_its_own_briefings_back(seed_copy):
    folder = seed_copy.parent
    assert run_export(str(folder), None, pdf=False, progress_stream=io.StringIO()) == 0
    stream = io.StringIO()
    assert run_export(str(folder), None, pdf=False, progress_stream=stream) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["seed-briefing.docx", "seed.txt"]


def test_missing_source_and_missing_libreoffice_are_reported(seed_copy, tmp_path, monkeypatch):
    stream = io.StringIO()
    assert run_export(str(tmp_path / "nope.txt"), None, pdf=False, progress_stream=stream) == 2
    assert stream.getvalue() == "briefing-desk: Cannot open nope.txt: the file does not exist.\n"
    monkeypatch.setattr("desktop.export.pdf.soffice_path", lambda: None)
    stream = io.StringIO()
    assert run_export(str(seed_copy), None, pdf=True, progress_stream=stream) == 2
    assert "LibreOffice" in stream.getvalue()


def test_bad_output_names_are_refused_before_any_work(seed_copy, tmp_path):
    stream = io.StringIO()
    assert run_export(str(seed_copy), str(tmp_path / "x.txt"), False, stream) == 2
    assert "must be a .docx file" in stream.getvalue()
    stream = io.StringIO()
    assert run_export(str(seed_copy), str(tmp_path / "no" / "x.docx"), False, stream) == 2
    assert "does not exist" in stream.getvalue()


def test_standard_input_exports_like_analyze(tmp_path, monkeypatch, seed_text):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(seed_text.encode("utf-8"))))
    stream = io.StringIO()
    out = tmp_path / "stdin.docx"
    assert run_export("-", str(out), False, stream) == 0
    assert out.stat().st_size > 10_000


def test_an_empty_folder_is_reported(tmp_path):
    stream = io.StringIO()
    assert run_export(str(tmp_path), None, pdf=False, progress_stream=stream) == 1
    assert "no articles" in stream.getvalue()


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_pdf_beside_the_docx(seed_copy, tmp_path):
    out = tmp_path / "b.docx"
    assert run_export(str(seed_copy), str(out), pdf=True, progress_stream=io.StringIO()) == 0
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_names_and_bar():
    assert output_name(command.Path("a/report.txt")) == "report-briefing.docx"
    assert output_name(command.Path("deal.briefing.json")) == "deal-briefing.docx"
    assert progress_bar(1, 4, "x.txt") == "[######------------------] 1/4  x.txt"
