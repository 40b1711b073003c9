"""The packaged app (dist/BriefingDesk): first paint on first and second start, vs source."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from report import Result, byte_compile_package, print_table, scratch_environment  # noqa: E402

FROZEN = (
    REPO / "dist" / "BriefingDesk" / ("BriefingDesk.exe" if os.name == "nt" else "BriefingDesk")
)
SEED = REPO / "resources" / "articles" / "ashok-leyland-calb-2025-09-25.txt"
ROUNDS = 5
TARGET_SECONDS = 1.5
# The second start must be no slower than the first; this much is measurement noise.
TARGET_SECOND_RATIO = 1.05


def _environment(home: Path) -> dict[str, str]:
    """Offscreen, with a scratch home: every round starts as on a machine never used."""
    env = scratch_environment(home)
    for name in ("MPLCONFIGDIR", "BRIEFING_DESK_NO_CACHE"):
        env.pop(name, None)
    return env


def _painted(command: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to the first painted window showing the seed briefing."""
    env = {**env, "BRIEFING_DESK_START": repr(time.time())}
    done = subprocess.run(
        command, cwd=env["HOME"], env=env, capture_output=True, text=True, timeout=120
    )
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key == "painted":
            return float(value)
    raise RuntimeError(f"{command[0]} did not report a paint:\n{done.stderr[-2000:]}")


def _export_seconds(env: dict[str, str], out: Path) -> float:
    """Wall time of `BriefingDesk export SEED`: it draws five charts, so it loads matplotlib."""
    start = time.perf_counter()
    done = subprocess.run(
        [str(FROZEN), "export", str(SEED), "-o", str(out)],
        cwd=env["HOME"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"export failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - start


def main() -> int:
    if not FROZEN.is_file():
        print(f"Frozen app: skipped, no {FROZEN.relative_to(REPO)} (run `make dist` first)")
        return 0
    byte_compile_package()  # the frozen app has its bytecode; give the source its own too
    source = [sys.executable, "-m", "desktop"]
    times: dict[str, list[float]] = {
        key: []
        for key in (
            "frozen 1",
            "frozen 2",
            "source 1",
            "source 2",
            "export 1",
            "export 2",
            "export tmp",
        )
    }
    # Once each, untimed, so neither side pays for a cold disk cache.
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as scratch:
        _painted([str(FROZEN)], _environment(Path(scratch)))
        _painted([*source], {**_environment(Path(scratch)), "PYTHONPATH": str(REPO)})
    for _ in range(ROUNDS):
        with tempfile.TemporaryDirectory(prefix="bench-frozen-") as scratch:
            home = Path(scratch)
            frozen_env = _environment(home / "frozen")
            source_env = {**_environment(home / "source"), "PYTHONPATH": str(REPO)}
            for env in (frozen_env, source_env):
                Path(env["HOME"]).mkdir()
            times["frozen 1"].append(_painted([str(FROZEN)], frozen_env))
            times["frozen 2"].append(_painted([str(FROZEN)], frozen_env))
            times["source 1"].append(_painted(source, source_env))
            times["source 2"].append(_painted(source, source_env))
            # Charts: the first export builds matplotlib's font cache, the second reuses it;
            # "tmp" is PyInstaller's default, a new temporary config folder every launch.
            export_env = _environment(home / "export")
            Path(export_env["HOME"]).mkdir()
            times["export 1"].append(_export_seconds(export_env, home / "a.docx"))
            times["export 2"].append(_export_seconds(export_env, home / "b.docx"))
            fresh = {**export_env, "MPLCONFIGDIR": str(home / "mpl-fresh")}
            times["export tmp"].append(_export_seconds(fresh, home / "c.docx"))
    median = {key: statistics.median(values) for key, values in times.items()}
    how = f"process start to first paint of the seed, offscreen, median of {ROUNDS}"
    results = [
        Result("frozen, first launch", median["frozen 1"], "s", TARGET_SECONDS, detail=how),
        Result(
            "frozen, second launch",
            median["frozen 2"],
            "s",
            TARGET_SECONDS,
            detail="same home: the analysis and font caches are kept",
        ),
        Result(
            "frozen second / first",
            median["frozen 2"] / median["frozen 1"],
            "x",
            TARGET_SECOND_RATIO,
            detail="no cache is rebuilt on every start",
        ),
        Result("source, first launch", median["source 1"], "s", TARGET_SECONDS, detail=how),
        Result("source, second launch", median["source 2"], "s", TARGET_SECONDS),
        Result(
            "frozen / source, first launch",
            median["frozen 1"] / median["source 1"],
            "x",
            detail="same run, same machine",
        ),
        Result(
            "frozen export, first",
            median["export 1"],
            "s",
            detail="BriefingDesk export SEED: builds matplotlib's font cache",
        ),
        Result(
            "frozen export, second",
            median["export 2"],
            "s",
            detail="reuses the font cache in the app's cache folder",
        ),
        Result(
            "frozen export, temporary config",
            median["export tmp"],
            "s",
            detail="a fresh MPLCONFIGDIR each start (PyInstaller's default): the cost avoided",
        ),
    ]
    print_table("Frozen app (dist/BriefingDesk)", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
