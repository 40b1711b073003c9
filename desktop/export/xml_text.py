"""Text made safe for Word: characters XML 1.0 cannot hold are dropped, whitespace tidied."""

from __future__ import annotations

import re

from desktop.export.limits import cut_text

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up, except
# surrogates and U+FFFE/U+FFFF. A pasted article can carry the rest (form feeds, NULs,
# stray escape codes); lxml refuses them, so they are dropped rather than failing the export.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")


def xml_safe(text: object) -> str:
    """The text with every character XML cannot hold removed; None becomes ""."""
    if text is None:
        return ""
    return _NOT_XML.sub("", str(text))


def one_line(text: object) -> str:
    """XML-safe text on one line: runs of whitespace (newlines, tabs) become one space.

    Absurdly long text is cut with an ellipsis and a note (limits.cut_text).
    """
    return cut_text(_SPACES.sub(" ", xml_safe(text)).strip())
