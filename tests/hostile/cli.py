"""Run the command line as a user does, in a child process with its memory and time capped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MEMORY_CAP_MB = 1024  # what the README promises an analysis stays under


def _cap_memory(megabytes: int):
    def apply() -> None:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def run_cli(
    *args: str, memory_mb: int = MEMORY_CAP_MB, timeout: float = 60, stdin: bytes = b""
) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `python -m desktop ARGS` with memory_mb of address space.

    Raises:
        subprocess.TimeoutExpired: it ran longer than timeout seconds (a hang).
    """
    env = dict(os.environ, PYTHONPATH=str(REPO), BRIEFING_DESK_NO_CACHE="1")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        cwd=REPO,
        env=env,
        preexec_fn=_cap_memory(memory_mb) if sys.platform != "win32" else None,
    )
    return (
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )
