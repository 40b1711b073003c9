"""Bytes -> text: BOMs, UTF-8 and UTF-16, legacy code pages detected, line breaks made LF."""

from __future__ import annotations

import codecs
import html
import re
from typing import NamedTuple

from desktop.ingest.errors import IngestError

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# File signatures of formats people rename or pick by mistake, named in the message.
_SIGNATURES = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Office file)"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc)"),
    (b"{\\rtf", "an RTF document"),
)
# For a short text many single-byte code pages decode to clean-looking characters
# equally well ("Café" is the same in cp1250 and cp1252). Among the candidates that
# charset-normalizer finds equally plausible, prefer the most common ones for news text.
_PREFERRED = ("cp1252", "iso8859_15", "latin_1", "cp1250", "cp1251", "iso8859_2", "mac_roman")
_CHAOS_TOLERANCE = 0.05
# A character reference with its closing semicolon: "&amp;", "&AMP;", "&#8217;", "&#x2019;".
# Without the semicolon ("AT&T", "R&D", "&notice") it is text, whatever html.unescape thinks.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# UTF-8 with at most this share of bad bytes is UTF-8 with a few damaged characters, not
# a legacy code page (whose every accented letter is a bad byte for UTF-8).
_DAMAGED_UTF8_SHARE = 0.01
_FEW_BAD_BYTES = 8  # so many are few in any file, however short


class Decoded(NamedTuple):
    """Decoded text, and one line the user should read about how (None if nothing to say)."""

    text: str
    note: str | None = None


def decode_entities(text: str) -> str:
    """HTML character references in a text article, written out: "AT&amp;T" -> "AT&T".

    Text copied from a web page's source keeps them; a reference without its semicolon
    ("AT&T", "Q&A") is left as written. "&AMP;" -> "&", "&#8217;" -> "’".
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def looks_like_html(text: str) -> bool:
    """Whether text is markup rather than prose: it opens with a doctype or an HTML tag."""
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or any(
        tag in head for tag in ("<html", "<head>", "<body")
    )


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR line breaks as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str = "The file") -> str:
    """decode_text's text alone."""
    return decode_text(data, name).text


def decode_text(data: bytes, name: str = "The file") -> Decoded:
    """Decode an article file's bytes to text, without BOM and with LF line breaks.

    UTF-8 and BOM-marked UTF-16/32 are read directly; anything else is handed to
    charset-normalizer, which detects legacy encodings such as cp1252 or latin-1.

    Args:
        data: the raw bytes.
        name: the file name, for the error message.

    Raises:
        IngestError: the bytes are binary (a PDF, an image, NUL bytes) or no text
            encoding fits them.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(normalise_newlines(data[len(bom) :].decode(encoding)))
            except UnicodeDecodeError as error:
                raise IngestError(f"{name} is not valid {encoding.upper()} text.") from error
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise IngestError(f"{name} is {kind}, not a text article.")
    if b"\x00" not in data:  # NUL is valid UTF-8, but no text file has one
        try:
            return Decoded(normalise_newlines(data.decode("utf-8")))
        except UnicodeDecodeError:
            pass
        damaged = _damaged_utf8(data, name)
        if damaged is not None:
            return damaged
    return Decoded(normalise_newlines(_decode_detected(data, name)))


def _damaged_utf8(data: bytes, name: str) -> Decoded | None:
    """UTF-8 with a few bad bytes, decoded with each replaced by U+FFFD, and a note saying so.

    A file whose other non-ASCII characters are valid UTF-8 ("’", "é" as two bytes) is
    UTF-8 damaged in a few places; reading it all as cp1252 would turn every "’" into
    "â€™". None when the bad bytes are too many, or nothing else is UTF-8: a legacy file.
    """
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = sum(1 for ch in text if ch > "\x7f") - bad
    if (
        bad <= 0
        or valid_multibyte <= bad
        or bad > max(_FEW_BAD_BYTES, len(data) * _DAMAGED_UTF8_SHARE)
    ):
        return None
    characters = "character" if bad == 1 else "characters"
    note = f"{name} is UTF-8 with {bad} damaged {characters}, shown as \ufffd."
    return Decoded(normalise_newlines(text), note)


def _decode_detected(data: bytes, name: str) -> str:
    """Decode with the encoding charset-normalizer finds most plausible."""
    from charset_normalizer import from_bytes  # only legacy files need it; it loads slowly

    matches = list(from_bytes(data))
    if b"\x00" in data:
        # NUL bytes: either UTF-16/32 without a BOM, or not text at all.
        matches = [m for m in matches if m.encoding.startswith(("utf_16", "utf_32"))]
    text = None
    if matches:
        least_chaos = min(match.chaos for match in matches)
        plausible = [m for m in matches if m.chaos <= least_chaos + _CHAOS_TOLERANCE]
        text = next(
            (
                data.decode(encoding)
                for encoding in _PREFERRED
                for match in plausible
                if encoding in match.could_be_from_charset
            ),
            str(plausible[0]),
        )
    if text is None or not _looks_like_text(text):
        raise IngestError(f"{name} looks like a binary file, not a text article.")
    return text


def _looks_like_text(text: str) -> bool:
    """No control characters but line breaks and tabs, and words separated by spaces.

    A detector will always find some encoding that maps binary bytes to characters;
    real prose, in any script an article is written in, has no control codes and has
    spaces or line breaks every so often.
    """
    if any((ord(c) < 32 and c not in "\t\n\r\f") or 0x7F <= ord(c) < 0xA0 for c in text):
        return False
    return sum(c.isspace() for c in text) * 50 >= len(text)
