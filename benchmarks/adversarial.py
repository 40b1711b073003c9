"""Texts built to find a step that grows faster than the text, for the bench and the tests."""

from __future__ import annotations

# Each pattern repeats a short piece that sends one kind of rule looking back over all
# that came before it: quotes with no speaker, numbers, titles, one endless sentence.
PATTERNS = {
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
}


def adversarial_text(pattern: str, length: int) -> str:
    """The piece for pattern repeated to exactly length characters."""
    piece = PATTERNS[pattern]
    return (piece * (length // len(piece) + 1))[:length]
