"""Page furniture that is not the story (wire credits, lists of linked headlines), blanked."""

from __future__ import annotations

from desktop.lazyre import lazy_compile

#: "(Reporting by Priya Natarajan in New York; Editing by Mark Ellison)": the wire's credits
#: for the story, in brackets, naming its reporters and editors rather than its people.
_WIRE_CREDIT = lazy_compile(
    r"[(\[][ \t]*(?:Additional[ \t]+)?(?i:reporting|writing|editing|compiled|"
    r"additional[ \t]+reporting)[ \t]+by\b[^()\[\]\n]*[)\]]"
)
#: "READ MORE: Plant to close | Union votes": a line of links to other stories, led by one
#: of these labels; alone on its line, the label leads the lines of links below it.
_LINK_LIST = lazy_compile(
    r"(?:READ|Read|ALSO|Also|RELATED|Related|SEE|See|MORE|More)"
    r"(?:[ \t]+(?i:more|read|also|stories|coverage))?[ \t]*:[ \t]*(?P<rest>[^\n]*)"
)
_LINK_LABELS = frozenset(
    "read more|also read|related|related stories|related coverage|see also|more".split("|")
)


def without_furniture(text: str) -> str:
    """The text with wire credits and link lists turned to spaces, offsets unchanged.

    "Prices rose. (Reporting by Ann Lee; Editing by Tom Ray)" keeps "Prices rose." and
    nothing of the credit; "READ MORE: Harlow Foods to cut 300 jobs" is blank.
    """
    cuts = [m.span() for m in _WIRE_CREDIT.finditer(text)]
    for match in _LINK_LIST.finditer(text):
        start = match.start()
        label = text[start : match.start("rest")].rstrip(" \t:").lower()
        if (start and text[start - 1] != "\n") or " ".join(label.split()) not in _LINK_LABELS:
            continue
        end = match.end()
        if not match["rest"].strip():  # the links stand on the lines below, to a blank line
            blank = text.find("\n\n", end + 1)
            end = len(text) if blank < 0 else blank
        cuts.append((start, end))
    if not cuts:
        return text
    parts, done = [], 0
    for start, end in sorted(cuts):
        start = max(start, done)
        if start < end:
            parts += [text[done:start], "".join(c if c == "\n" else " " for c in text[start:end])]
            done = end
    return "".join(parts) + text[done:]
