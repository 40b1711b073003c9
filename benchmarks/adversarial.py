"""Texts built to find a step that grows faster than the text, for the bench and the tests."""

from __future__ import annotations

import itertools
import string
from collections.abc import Callable, Iterator


def _distinct(template: str) -> Callable[[], Iterator[str]]:
    """Pieces that each name someone new: "Xaa Yaa", "Xab Yab", ... (as many as needed)."""

    def pieces() -> Iterator[str]:
        for letters in itertools.product(string.ascii_lowercase, repeat=4):
            yield template.format("".join(letters))

    return pieces


# Each pattern repeats a short piece that sends one kind of rule looking back over all
# that came before it: quotes with no speaker, numbers, titles, one endless sentence,
# many people, many dated plans. A callable gives pieces that differ from each other.
PATTERNS: dict[str, str | Callable[[], Iterator[str]]] = {
    "curly quotes": "\u201ca\u201d ",
    "quoted sentences": "\u201cA b.\u201d ",
    '"12 "': "12 ",
    '"Yes," said Mr. Smith.': '"Yes," said Mr. Smith. ',
    '"Mr. "': "Mr. ",
    "digits": "1234567890",
    "one long line": "word ",
    "names": "Anna Berg of Acme Corp said ",
    "money": "$1.5 billion, ",
    "open quotes": "\u201c",
    "open single quotes": "\u2018a ",
    "lone brackets": "(a ",
    "distinct people": _distinct("Mr. X{0} Y{0}, chief executive of Z{0} Corp, said sales rose. "),
    "dated plans": "By 2030, the company will build a new plant in Ohio. ",
}


def adversarial_text(pattern: str, length: int) -> str:
    """The piece for pattern repeated (or its pieces joined) to exactly length characters."""
    piece = PATTERNS[pattern]
    if callable(piece):
        parts, size = [], 0
        for part in piece():
            parts.append(part)
            size += len(part)
            if size >= length:
                break
        return "".join(parts)[:length]
    return (piece * (length // len(piece) + 1))[:length]
