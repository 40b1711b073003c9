"""How fast the window shows the seed briefing, against a bare Qt window; and its memory."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from report import Result, byte_compile_package, print_table, scratch_environment  # noqa: E402

RUNS = 5
TARGET_SECONDS = 1.5
TARGET_RATIO = 2.5
TARGET_MB = 250

# The floor: a fresh interpreter that imports Qt and paints an empty main window.
BARE_WINDOW = """
import os, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    reported = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.reported:
            self.reported = True
            QTimer.singleShot(0, self.report)

    def report(self):
        start = float(os.environ["BRIEFING_DESK_START"])
        print(f"painted {time.time() - start:.4f}", flush=True)
        QApplication.instance().quit()

app = QApplication([])
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""


def _environment(home: Path) -> dict[str, str]:
    """Offscreen, with settings and recovery copies in a scratch home (no restore prompt)."""
    env = scratch_environment(home)
    # matplotlib keeps its font cache here; the user's own copy keeps runs comparable.
    env.setdefault("MPLCONFIGDIR", str(Path.home() / ".config" / "matplotlib"))
    return env


def _launch(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run command with the start time in its environment; returns what it reported."""
    env = {**env, "BRIEFING_DESK_START": repr(time.time())}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    values = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("painted", "maxrss_kb"):
            values[key] = float(value)
    if done.returncode != 0 or "painted" not in values:
        raise RuntimeError(f"{command[-1]} did not report a paint:\n{done.stderr[-2000:]}")
    return values


def main() -> int:
    compiled = byte_compile_package()
    warm, cold, floor, memory = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-launch-") as scratch:
        env = _environment(Path(scratch))
        cold_env = {**env, "BRIEFING_DESK_NO_CACHE": "1"}
        # Warm the disk cache once for each (this also fills the analysis cache), then
        # alternate so all three see the same machine.
        _launch([sys.executable, "-c", BARE_WINDOW], env)
        _launch([sys.executable, "-m", "desktop"], env)
        for _ in range(RUNS):
            floor.append(_launch([sys.executable, "-c", BARE_WINDOW], env)["painted"])
            run = _launch([sys.executable, "-m", "desktop"], env)
            warm.append(run["painted"])
            memory.append(run.get("maxrss_kb", float("nan")) / 1024)
            cold.append(_launch([sys.executable, "-m", "desktop"], cold_env)["painted"])
    warm_s, cold_s, floor_s = (statistics.median(x) for x in (warm, cold, floor))
    how = f"process start to first paint, offscreen, median of {RUNS}, {compiled}"
    results = [
        Result("seed window (analysis cached)", warm_s, "s", TARGET_SECONDS, detail=how),
        Result("seed window (analysed afresh)", cold_s, "s", TARGET_SECONDS, detail=how),
        Result("bare QMainWindow (the floor)", floor_s, "s", detail=how),
        Result(
            "cached seed window / floor",
            warm_s / floor_s,
            "x",
            TARGET_RATIO,
            detail=f"{warm_s:.2f} s / {floor_s:.2f} s; every launch after the first",
        ),
        Result(
            "fresh seed window / floor",
            cold_s / floor_s,
            "x",
            TARGET_RATIO,
            detail=f"{cold_s:.2f} s / {floor_s:.2f} s; the very first launch",
        ),
        Result(
            "peak memory, seed open",
            statistics.median(memory),
            "MB",
            TARGET_MB,
            detail="max RSS of the app at that first paint, median",
        ),
    ]
    print_table("Launch (python -m desktop)", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
