"""Runs every benchmarks/bench_*.py in its own process and prints their tables (`make bench`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Misses against a target are reported, not fatal; only a benchmark that crashes fails."""
    crashed = []
    for script in sorted(HERE.glob("bench_*.py")):
        # A fresh process each: import times and peak memory must not include the others.
        done = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        if done.returncode != 0:
            crashed.append(script.name)
        print()
    if crashed:
        print(f"crashed: {', '.join(crashed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
