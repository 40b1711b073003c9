"""A measured number against its target, and the table the benchmarks print."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    """One measurement: higher_is_better decides which side of the target passes."""

    name: str
    value: float
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    detail: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        met = self.value >= self.target if self.higher_is_better else self.value < self.target
        return "PASS" if met else "FAIL"

    @property
    def target_text(self) -> str:
        if self.target is None:
            return "-"
        return f"{'>=' if self.higher_is_better else '<'} {_number(self.target)} {self.unit}"


def _number(value: float) -> str:
    if abs(value) >= 100 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:.2f}"


def byte_compile_package() -> str:
    """Write desktop/'s bytecode (__pycache__), as an installed app has it; returns a note.

    pip compiles a package when it installs it, PyInstaller bundles bytecode, and Python
    writes it on a module's first import. Where PYTHONDONTWRITEBYTECODE is set (this
    machine sets it), every start would compile every source file again: over 100 ms
    that no user pays. Timed starts must measure the app, not that.
    """
    import compileall
    from pathlib import Path

    compileall.compile_dir(Path(__file__).resolve().parent.parent / "desktop", quiet=1)
    return "bytecode compiled"


def median_seconds(run: Callable[[], object], repeat: int, warmup: int = 0) -> float:
    """The median wall time of run() over repeat calls, after warmup calls."""
    for _ in range(warmup):
        run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def print_table(title: str, results: list[Result]) -> None:
    rows = [
        (r.name, f"{_number(r.value)} {r.unit}", r.target_text, r.verdict, r.detail)
        for r in results
    ]
    header = ("measure", "value", "target", "", "how")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    print(title)
    for row in [header, *rows]:
        print(
            "  "
            + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def scratch_environment(home) -> dict[str, str]:
    """The app's environment for a timed launch: offscreen, settings and caches in home,
    and the first paint reported (BRIEFING_DESK_REPORT_PAINT)."""
    import os
    from pathlib import Path

    home = Path(home)
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "BRIEFING_DESK_REPORT_PAINT": "1",
    }
