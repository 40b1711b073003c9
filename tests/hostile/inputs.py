"""Bad inputs made by code, nothing large checked in: each writes one file and says what it is."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

ARTICLE = (
    "Anna Berg, the chief executive of Acme, said the plan would take three years. "
    "“We will build two plants,” Berg said. Sales rose 12% to $4.5 billion.\n"
)


def docx_bytes(text: str = ARTICLE) -> bytes:
    """A small real Word document (python-docx's template) holding text."""
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The same archive with some members' contents replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = replace.get(info.filename, source.read(info.filename))
            target.writestr(info.filename, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_bomb(folder: Path, inflated_mb: int = 64) -> Path:
    """A .docx whose document.xml inflates to inflated_mb megabytes of spaces."""
    xml = b"<?xml version='1.0'?>" + b" " * (inflated_mb * 1024 * 1024)
    path = folder / "bomb.docx"
    path.write_bytes(_rezip(docx_bytes(), {"word/document.xml": xml}))
    return path


def docx_bad_deflate(folder: Path) -> Path:
    """A .docx whose document.xml has its compressed bytes overwritten (CRC and zlib fail)."""
    data = bytearray(docx_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    # The local header is 30 bytes plus the name and extra field; the data follows.
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start + 2, start + min(info.compress_size, 200) - 2):
        data[k] = 0xFF
    path = folder / "damaged.docx"
    path.write_bytes(bytes(data))
    return path


def docx_no_namespace(folder: Path) -> Path:
    """A .docx whose [Content_Types].xml lacks its namespace."""
    data = docx_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml")
    stripped = types.replace(
        b' xmlns="http://schemas.openxmlformats.org/package/2006/content-types"', b""
    )
    path = folder / "nonamespace.docx"
    path.write_bytes(_rezip(data, {"[Content_Types].xml": stripped}))
    return path


def briefing_dict(**changes) -> dict:
    """A small valid saved briefing, with some top-level keys replaced."""
    text = ARTICLE
    data = {
        "schema": "briefing/1",
        "article": {"text": text, "title": None, "headings": [], "body_start": 0},
        "people": [{"id": "person-1", "name": "Anna Berg", "spans": [[0, 9]]}],
        "figures": [
            {"id": "figure-1", "text": "12%", "kind": "percent", "value": 12.0, "spans": []}
        ],
    }
    data.update(changes)
    return data


def write_briefing(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def deep_json(folder: Path, depth: int = 200_000) -> Path:
    """A .briefing.json of arrays nested depth deep."""
    path = folder / "deep.briefing.json"
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    return path


def fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def symlink_loop(folder: Path) -> Path:
    first, second = folder / "loop.txt", folder / "other.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    return first


def damaged_utf8(folder: Path) -> Path:
    """UTF-8 with curly apostrophes, and three bytes that are not UTF-8."""
    text = ARTICLE.replace("plan", "company’s plan") * 20
    data = text.encode("utf-8")
    data = data[:100] + b"\x93" + data[100:200] + b"\xff" + data[200:300] + b"\xfe" + data[300:]
    path = folder / "damaged.txt"
    path.write_bytes(data)
    return path


def deep_html(folder: Path, depth: int = 10_000) -> Path:
    path = folder / "deep.html"
    path.write_text(
        "<html><body>"
        + "<div>" * depth
        + f"<p>{ARTICLE}</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    return path
