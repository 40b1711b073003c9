"""The engine gives the same briefing on every CPython 3.11+ this machine has.

The engine is pure standard library, so any interpreter can run it from the source
tree. Early 3.11 releases had bugs in possessive quantifiers (Debian 12's 3.11.2 used
up all memory on one of our patterns); this runs the seed and a few dev articles on
each other interpreter found and compares the JSON with this one's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.extraction import analyze_to_dict

REPO = Path(__file__).resolve().parents[2]
ARTICLES = [
    REPO / "resources" / "articles" / "ashok-leyland-calb-2025-09-25.txt",
    *sorted((REPO / "eval" / "dev").glob("*.txt"))[:6],
]
_NAMES = ["python3", "python3.11", "python3.12", "python3.13", "python3.14"]
_DIRS = ["/usr/bin", "/usr/local/bin"]
# Run in the child: analyse each article, with memory capped so a runaway pattern fails
# the test instead of the machine.
_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
sys.path.insert(0, sys.argv[1])
from desktop.extraction import analyze_to_dict
paths = sys.argv[2:]
print(json.dumps([analyze_to_dict(open(p, encoding="utf-8").read()) for p in paths]))
"""


def _identify(python: str) -> tuple[tuple[int, int], str] | None:
    """The interpreter's version and the real path of the binary it runs (shims resolved)."""
    code = "import os, sys; print(*sys.version_info[:2], os.path.realpath(sys.executable))"
    try:
        out = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    parts = out.stdout.split(maxsplit=2)
    if out.returncode != 0 or len(parts) != 3:
        return None
    return (int(parts[0]), int(parts[1])), parts[2].strip()


def _other_interpreters() -> list[str]:
    found: dict[str, str] = {}
    candidates = [shutil.which(name) for name in _NAMES]
    candidates += [os.path.join(d, name) for d in _DIRS for name in _NAMES]
    candidates += sorted(map(str, Path.home().glob(".pyenv/versions/*/bin/python3")))
    here = os.path.realpath(sys.executable)
    for path in dict.fromkeys(candidates):
        if not path or not os.access(path, os.X_OK):
            continue
        identity = _identify(path)
        if identity is None:
            continue
        version, real = identity
        if version >= (3, 11) and real != here and real not in found:
            found[real] = path
    return sorted(found.values())


OTHERS = _other_interpreters() if sys.platform.startswith("linux") else []


@pytest.mark.skipif(not OTHERS, reason="no other CPython 3.11+ on this machine")
@pytest.mark.parametrize("python", OTHERS)
def test_another_interpreter_gives_the_same_briefing(python):
    result = subprocess.run(
        [python, "-c", _CHILD, str(REPO), *map(str, ARTICLES)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    theirs = json.loads(result.stdout)
    ours = [
        json.loads(json.dumps(analyze_to_dict(p.read_text(encoding="utf-8")))) for p in ARTICLES
    ]
    for path, mine, other in zip(ARTICLES, ours, theirs, strict=True):
        assert other == mine, f"{path.name} differs on {python}"
