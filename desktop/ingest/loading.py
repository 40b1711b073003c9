"""Opens an article from a path, standard input or a web address, and refuses what is not one."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from desktop.domain import Article
from desktop.ingest.decoding import decode_bytes, normalise_newlines
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
    if _SCHEME.match(source):
        from desktop.ingest.url import load_url

        return load_url(source)
    path = Path(source).expanduser()
    name = path.name or source
    data = _read_file(path, name)
    suffix = path.suffix.lower()
    if name.lower().endswith(BRIEFING_SUFFIX):
        raise _briefing_error(name)
    return _parse_bytes(data, name, suffix)


def article_from_text(text: str, source: str | None = None) -> Article:
    """An article from pasted text: line breaks made LF, then read as plain text.

    Raises:
        IngestError: the text is empty or only whitespace.
    """
    text = normalise_newlines(text.removeprefix("\ufeff"))
    if not text.strip():
        raise IngestError(f"{source or 'The pasted text'} is empty: there is no article to read.")
    return parse_plain_text(text, source=source)


def _read_file(path: Path, name: str) -> bytes:
    """The file's bytes, after checking it exists, is a file and is not too large."""
    try:
        if not path.exists():
            raise IngestError(f"Cannot open {name}: the file does not exist.")
        if path.is_dir():
            raise IngestError(f"Cannot open {name}: it is a folder, not a file.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise IngestError(f"Cannot open {name}: {_too_large()}")
        return path.read_bytes()
    except PermissionError as error:
        raise IngestError(f"Cannot open {name}: permission denied.") from error
    except IsADirectoryError as error:
        raise IngestError(f"Cannot open {name}: it is a folder, not a file.") from error
    except OSError as error:
        raise IngestError(f"Cannot open {name}: {error.strerror or error}.") from error


def _parse_bytes(data: bytes, name: str, suffix: str) -> Article:
    """Parse a file's bytes by its suffix, or by what they look like when it tells nothing."""
    # Each reader is imported only for its own kind of file: a plain-text article (the
    # seed the window opens on) must not wait ~0.5 s for trafilatura and python-docx.
    if not data.strip():
        raise _empty_error(name)
    if suffix == ".docx" or (suffix not in TEXT_SUFFIXES + HTML_SUFFIXES and _is_docx(data)):
        from desktop.ingest.docx_reader import parse_docx

        return parse_docx(data, name)
    if suffix in HTML_SUFFIXES:
        from desktop.ingest.html import decode_html, parse_html

        text = decode_html(data, name)
        if not text.strip():
            raise _empty_error(name)
        return parse_html(text, name=name)
    text = decode_bytes(data, name)
    if not text.strip():
        raise _empty_error(name)
    if _BRIEFING_JSON.match(text):
        raise _briefing_error(name)
    if suffix not in TEXT_SUFFIXES:
        from desktop.ingest.html import looks_like_html, parse_html

        if looks_like_html(text):
            return parse_html(text, name=name)
    return parse_plain_text(text, source=name)


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
