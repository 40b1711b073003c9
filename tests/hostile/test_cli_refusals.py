"""Bad inputs through `analyze` and `export`: one line on stderr, exit status 2, in bounded time.

The inputs that once hung or ate all memory run in a child process with its address
space capped (tests/hostile/cli.py); the rest run in this process, through main().
"""

from __future__ import annotations

import json
import os
import sys

import pytest

from desktop.__main__ import main
from tests.hostile import inputs
from tests.hostile.cli import run_cli

PROGRAM = "briefing-desk: "
unix_only = pytest.mark.skipif(sys.platform == "win32", reason="devices, pipes and rlimits")


def _refusal(capsys, *args: str) -> str:
    """main(args)'s one stderr line, after checking it exited with status 2."""
    status = main(list(args))
    err = capsys.readouterr().err
    assert status == 2, err
    assert err.count("\n") == 1 and err.startswith(PROGRAM), err
    return err.removeprefix(PROGRAM).rstrip("\n")


@unix_only
@pytest.mark.parametrize("command", ["analyze", "export"])
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_before_a_byte_is_read(command, device, tmp_path):
    # Before: /dev/zero grew to 24 GB before the kernel killed the process.
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    extra = ["-o", str(tmp_path / "out.docx")] if command == "export" else []
    status, _out, err = run_cli(command, device, *extra, timeout=60)
    name = device.rsplit("/", 1)[1]
    assert (status, err) == (2, f"{PROGRAM}Cannot open {name}: it is a device, not a file.\n")


@unix_only
@pytest.mark.parametrize("command", ["analyze", "export"])
def test_a_pipe_is_refused_without_waiting_for_a_writer(command, tmp_path):
    # Before: the process blocked forever on open().
    pipe = inputs.fifo(tmp_path)
    extra = ["-o", str(tmp_path / "out.docx")] if command == "export" else []
    status, _out, err = run_cli(command, str(pipe), *extra, timeout=60)
    assert (status, err) == (
        2,
        f"{PROGRAM}Cannot open pipe.txt: it is a pipe (FIFO), not a file.\n",
    )


@unix_only
def test_a_word_bomb_is_refused_from_the_zip_directory_within_the_memory_cap(tmp_path):
    # Before: a 1 MB file whose document.xml expands to 1.2 GB used 2.3 GB.
    bomb = inputs.docx_bomb(tmp_path, inflated_mb=300)
    status, _out, err = run_cli("analyze", str(bomb), memory_mb=700, timeout=60)
    assert (status, err) == (
        2,
        f"{PROGRAM}bomb.docx is not a readable Word document: its part word/document.xml "
        "would expand to 300 MB when opened, far more than an article.\n",
    )


DAMAGED_DOCX = "is not a readable Word document: it is damaged, or not really a .docx."


@pytest.mark.parametrize(
    ("make", "name"),
    [(inputs.docx_bad_deflate, "damaged.docx"), (inputs.docx_no_namespace, "nonamespace.docx")],
)
def test_a_damaged_word_file_is_one_line(make, name, tmp_path, capsys):
    # Before: a zlib.error and an AttributeError traceback.
    path = make(tmp_path)
    assert _refusal(capsys, "analyze", str(path)) == f"{name} {DAMAGED_DOCX}"
    out = str(tmp_path / "out.docx")
    assert _refusal(capsys, "export", str(path), "-o", out) == f"{name} {DAMAGED_DOCX}"


@unix_only
def test_a_symbolic_link_loop_is_named_as_one(tmp_path, capsys):
    # Before: "the file does not exist".
    loop = inputs.symlink_loop(tmp_path)
    message = "Cannot open loop.txt: it is a symbolic link that loops back on itself."
    assert _refusal(capsys, "analyze", str(loop)) == message
    assert _refusal(capsys, "export", str(loop), "-o", str(tmp_path / "o.docx")) == message


@pytest.mark.parametrize(
    ("address", "scheme"),
    [
        ("file:///etc/hostname", "file://"),
        ("data:text/plain,Sales rose 5%.", "data:"),
        ("javascript:alert(1)", "javascript:"),
    ],
)
def test_other_addresses_are_refused_alike_by_analyze_and_export(address, scheme, tmp_path, capsys):
    # Before: export said "the file does not exist"; data: and javascript: were file names.
    message = f"Cannot open {address}: only http:// and https:// addresses, not {scheme}."
    assert _refusal(capsys, "analyze", address) == message
    assert _refusal(capsys, "export", address, "-o", str(tmp_path / "o.docx")) == message


def test_json_nested_200000_deep_is_one_line(tmp_path, capsys):
    # Before: RecursionError.
    path = inputs.deep_json(tmp_path)
    message = "deep.briefing.json is nested too deep for a briefing file."
    assert _refusal(capsys, "analyze", str(path)) == message
    assert _refusal(capsys, "export", str(path), "-o", str(tmp_path / "o.docx")) == message


def _item(items: str, **fields) -> dict:
    return {items: [{"id": "x", "spans": [], **fields}]}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (
            _item("figures", text="12%", kind="percent", value="12"),
            "figures[0].value is text, not a number",
        ),
        (_item("people", name=42), "people[0].name is a number, not text"),
        (_item("quotes", text="Yes", speaker=["A"]), "quotes[0].speaker is a list, not text"),
        (
            _item("figures", text="x", kind="count", value=1e400),
            "figures[0].value is inf, not a number",
        ),
        (
            _item("takeaways", text="x", edited="yes"),
            "takeaways[0].edited is text, not true or false",
        ),
    ],
)
def test_a_briefing_field_of_the_wrong_type_is_named(changes, field, tmp_path, capsys):
    # Before: ValueError in analyze and export; TypeError in a tab.
    path = inputs.write_briefing(tmp_path, "typed.briefing.json", inputs.briefing_dict(**changes))
    message = f"This briefing file is damaged ({field})."
    assert _refusal(capsys, "analyze", str(path)) == message
    assert _refusal(capsys, "export", str(path), "-o", str(tmp_path / "o.docx")) == message


def test_a_version_in_other_digits_is_not_a_briefing(tmp_path, capsys):
    # Before: "briefing/١" (an Arabic-Indic one) was read as version 1.
    path = inputs.write_briefing(
        tmp_path, "arabic.briefing.json", inputs.briefing_dict(schema="briefing/\u0661")
    )
    assert _refusal(capsys, "analyze", str(path)) == "This file is not a Briefing Desk briefing."


def test_a_lone_surrogate_in_a_briefing_is_replaced_not_a_traceback(tmp_path, capsys):
    # Before: analyze printed a UnicodeEncodeError traceback.
    data = inputs.briefing_dict(people=[{"id": "p", "name": "Anna \ud800Berg", "spans": []}])
    path = tmp_path / "surrogate.briefing.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # ASCII JSON: "\\ud800"
    assert main(["analyze", str(path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in printed["people"]] == ["Anna \ufffdBerg"]


def test_utf8_with_three_bad_bytes_stays_utf8_and_says_so(tmp_path, capsys):
    # Before: read as cp1252, every ’ became "â€™", without a word.
    path = inputs.damaged_utf8(tmp_path)
    assert main(["analyze", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"{PROGRAM}note: damaged.txt is UTF-8 with 3 damaged characters, shown as \ufffd.\n"
    )
    article = json.loads(captured.out)
    assert "company’s plan" in json.dumps(article, ensure_ascii=False)
    assert "â€™" not in captured.out


def test_a_paragraph_inside_10000_divs_is_read(tmp_path, capsys):
    # Before: "no article text found in the page".
    path = inputs.deep_html(tmp_path)
    assert main(["analyze", str(path), "--json"]) == 0
    people = [p["name"] for p in json.loads(capsys.readouterr().out)["people"]]
    assert people == ["Anna Berg"]


def test_html_entities_in_a_text_article_are_written_out(tmp_path, capsys):
    path = tmp_path / "entities.txt"
    path.write_text("Shares of AT&AMP;T rose 5% and R&D &amp; Q&A grew.\n", encoding="utf-8")
    assert main(["analyze", str(path), "--json"]) == 0
    assert "Shares of AT&T rose 5% and R&D & Q&A grew." in capsys.readouterr().out


def test_a_missing_html_cleaner_is_named_not_an_import_error(tmp_path, capsys, monkeypatch):
    # Before: pip 23.2 left out lxml_html_clean and every HTML article raised ImportError.
    for module in [m for m in sys.modules if m.startswith(("trafilatura", "justext", "lxml"))]:
        monkeypatch.delitem(sys.modules, module)
    monkeypatch.delitem(sys.modules, "desktop.ingest.html", raising=False)
    monkeypatch.setitem(sys.modules, "lxml_html_clean", None)
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><p>{inputs.ARTICLE}</p></body></html>", encoding="utf-8")
    assert _refusal(capsys, "analyze", str(page)) == (
        "Cannot read page.html: a part of Briefing Desk is missing (the Python package "
        "lxml_html_clean); reinstall Briefing Desk, or run `pip install lxml_html_clean`."
    )
