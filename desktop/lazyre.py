"""Regular expressions compiled on first use, so importing the engine stays fast."""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands in for re.compile(pattern, flags) and compiles on first use.

    The engine has a few hundred patterns; compiling them all at import took most of
    the 150 ms import budget. Compiled once, on the first analysis, they cost nothing
    afterwards.
    """

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern:
        compiled = re.compile(self.pattern, self.flags)
        # From now on the bound methods are plain instance attributes: no Python-level
        # indirection on the engine's hot paths.
        for name in self._METHODS:
            setattr(self, name, getattr(compiled, name))
        self.groupindex = compiled.groupindex
        self.groups = compiled.groups
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Only reached before the first compile (or for a rarely used attribute).
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """Like re.compile, but the work happens the first time the pattern is used."""
    return LazyPattern(pattern, flags)
