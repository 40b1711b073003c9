"""Opens an article from a path, standard input or a web address, and refuses what is not one."""

from __future__ import annotations

import errno
import importlib
import re
import sys
from pathlib import Path

from desktop.domain import Article
from desktop.fileio import read_error_reason, read_regular_file, without_lone_surrogates
from desktop.ingest.decoding import (
    decode_entities,
    decode_text,
    looks_like_html,
    normalise_newlines,
)
from desktop.ingest.errors import IngestError
from desktop.ingest.plaintext import parse_plain_text

# trafilatura and python-docx are imported where first needed: together they take
# about a third of a second, which every "import desktop.ingest" would otherwise pay.

MAX_FILE_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
BRIEFING_SUFFIX = ".briefing.json"
STDIN_NAME = "standard input"
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
# "data:", "javascript:", "mailto:": a scheme of two letters or more ("C:" is a drive).
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")
_BRIEFING_JSON = re.compile(r'\s*\{[^{]{0,200}"schema"\s*:\s*"briefing/')


def load_article(source: str) -> Article:
    """Read an article from a file path, "-" (standard input) or an http(s) address.

    The format follows the file's suffix (.txt, .md, .markdown, .html, .htm, .docx);
    with any other suffix the content decides.

    Raises:
        IngestError: one user-facing line naming the file and what is wrong with it.
    """
    if source == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise IngestError(f"Cannot read {STDIN_NAME}: {_too_large()}")
        return _parse_bytes(data, STDIN_NAME, suffix="")
    if is_address(source):
        return _reader(source, "url").load_url(source)
    path = Path(source).expanduser()
    name = path.name or source
    data = _read_file(path, name)
    suffix = path.suffix.lower()
    if name.lower().endswith(BRIEFING_SUFFIX):
        raise _briefing_error(name)
    return _parse_bytes(data, name, suffix)


def is_address(source: str) -> bool:
    """Whether source is a web (or other) address rather than a file: "https://x", "data:,a".

    An existing file whose name merely looks like one ("notes:draft.txt") is a file.
    """
    if _SCHEME.match(source):
        return True
    return bool(_ADDRESS.match(source)) and not Path(source).exists()


def article_from_text(text: str, source: str | None = None) -> Article:
    """An article from pasted text: line breaks made LF, then read as plain text.

    A lone surrogate (a damaged paste) becomes U+FFFD, and HTML character references
    ("&amp;") are written out.

    Raises:
        IngestError: the text is empty or only whitespace.
    """
    text = decode_entities(normalise_newlines(without_lone_surrogates(text).removeprefix("\ufeff")))
    if not text.strip():
        raise IngestError(f"{source or 'The pasted text'} is empty: there is no article to read.")
    return parse_plain_text(text, source=source)


def _read_file(path: Path, name: str) -> bytes:
    """The file's bytes: a regular file of at most MAX_FILE_BYTES, never a device or a pipe."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except OSError as error:
        reason = read_error_reason(error)
        if error.errno == errno.EFBIG:
            reason = _too_large().rstrip(".")
        raise IngestError(f"Cannot open {name}: {reason}.") from error


def _parse_bytes(data: bytes, name: str, suffix: str) -> Article:
    """Parse a file's bytes by its suffix, or by what they look like when it tells nothing."""
    # Each reader is imported only for its own kind of file: a plain-text article (the
    # seed the window opens on) must not wait ~0.5 s for trafilatura and python-docx.
    if not data.strip():
        raise _empty_error(name)
    if suffix == ".docx" or (suffix not in TEXT_SUFFIXES + HTML_SUFFIXES and _is_docx(data)):
        return _reader(name, "docx_reader").parse_docx(data, name)
    if suffix in HTML_SUFFIXES:
        html = _reader(name, "html")
        text = html.decode_html(data, name)
        if not text.strip():
            raise _empty_error(name)
        return html.parse_html(text, name=name)
    text, note = decode_text(data, name)
    if not text.strip():
        raise _empty_error(name)
    if _BRIEFING_JSON.match(text):
        raise _briefing_error(name)
    if suffix not in TEXT_SUFFIXES:
        if looks_like_html(text):
            return _noted(_reader(name, "html").parse_html(text, name=name), note)
    return _noted(parse_plain_text(decode_entities(text), source=name), note)


def _reader(name: str, module: str):
    """desktop.ingest.<module>, or a one-line IngestError naming the missing package.

    The readers of web pages and Word files import packages (trafilatura, jusText's
    lxml_html_clean, python-docx) that an incomplete installation may lack.
    """
    try:
        return importlib.import_module(f"desktop.ingest.{module}")
    except ImportError as error:
        said = str(error)
        missing = error.name or next((p for p in _PACKAGES.values() if p in said), None)
        package = _PACKAGES.get(missing, missing)
        raise IngestError(
            f"Cannot read {name}: a part of Briefing Desk is missing (the Python package "
            f"{package}); reinstall Briefing Desk, or run `pip install {package}`."
        ) from error


# Python module -> the package that installs it, where the names differ.
_PACKAGES = {
    "docx": "python-docx",
    "lxml.html.clean": "lxml_html_clean",
    "lxml_html_clean": "lxml_html_clean",
    "trafilatura": "trafilatura",
    "justext": "jusText",
}


def _noted(article: Article, note: str | None) -> Article:
    if note:
        article.notes.append(note)
    return article


def _is_docx(data: bytes) -> bool:
    """A ZIP archive holding word/document.xml (its name is stored uncompressed)."""
    return data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]


def _too_large() -> str:
    return f"it is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, too large for an article."


def _empty_error(name: str) -> IngestError:
    return IngestError(f"{name} is empty: there is no article text in it.")


def _briefing_error(name: str) -> IngestError:
    return IngestError(
        f"{name} is a saved briefing, not an article: open it as a briefing instead."
    )
