"""Hostile input: time per doubling of each adversarial text, and the largest article end to end.

For each pattern of benchmarks/adversarial.py, the CPU time to read and analyse 128K,
256K, 512K and 1M characters of it (the fastest run, once reproduced within 5%; the
detail shows "time/runs"), and the ratio from one size to the next: a step
whose time grows with the square of the text shows as a ratio near 4; linear is 2
(target <= 2.3). Then the largest article the app accepts (just under 10 MB), analysed
and exported to Word as `export` does, in a child process whose peak memory is its own.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from adversarial import PATTERNS, adversarial_text  # noqa: E402
from report import Result, print_table  # noqa: E402

SIZES = (128_000, 256_000, 512_000, 1_024_000)
MAX_RATIO = 2.3
LARGEST_SECONDS = 120  # the promise: analysed and exported within two minutes
MEMORY_MB = 1024  # the README's promise: under 1 GB


MIN_RUNS = 3  # each size timed at least this many times, interleaved with the others
MAX_RUNS = 5  # and at most this many (a 1M text takes 5 to 15 s a run)
AGREE = 0.05  # settled once its two fastest runs are within 5% of each other


def _seconds(text: str) -> float:
    """CPU seconds to read text as pasted and analyse it, once."""
    from desktop.extraction import analyze_article
    from desktop.ingest import article_from_text

    gc.collect()  # the last run's objects freed (analysis itself pauses the collector)
    start = time.process_time()
    analyze_article(article_from_text(text))
    return time.process_time() - start


def _settled(runs: list[float]) -> bool:
    """Enough runs, and the fastest one seen twice (within AGREE): not a lucky one-off."""
    if len(runs) < MIN_RUNS:
        return False
    first, second = sorted(runs)[:2]
    return second <= first * (1 + AGREE)


def fastest_times(texts: list[str]) -> list[list[float]]:
    """Every run of each text, timed in passes over all texts until each is settled.

    On a shared machine another process only ever adds time, so the fastest run is the
    cleanest; but a single fastest run can still be a burst of other work that slowed
    every run of one size (a 5-second run of 1M characters has fewer quiet windows than a
    half-second run of 128K). Passes go on until the fastest time of every size has been
    reproduced within 5%, so each fastest is a time the machine gives repeatedly,
    whatever the verdict: a step that grows with the square of the text
    is as slow in every run, and settles just as quickly, at its own (high) time.
    """
    runs: list[list[float]] = [[] for _ in texts]
    for _ in range(MAX_RUNS):
        if all(_settled(times) for times in runs):
            break
        # Every size once a pass, settled or not: a slow spell then hits one run of each,
        # and no size's fastest time is left from a faster spell than the others'.
        for times, text in zip(runs, texts, strict=True):
            times.append(_seconds(text))
    return runs


def linearity() -> list[Result]:
    from desktop.extraction import analyze_text

    analyze_text("Anna Berg said, “Yes.” Sales rose 5% to $3 billion.")  # compile the patterns
    results = []
    for pattern in PATTERNS:
        runs = fastest_times([adversarial_text(pattern, size) for size in SIZES])
        times = [min(r) for r in runs]
        ratios = [b / max(a, 1e-3) for a, b in zip(times, times[1:], strict=False)]
        sizes = zip(SIZES, times, runs, strict=True)
        detail = " ".join(f"{size // 1000}K {t:.2f}s/{len(r)}" for size, t, r in sizes)
        detail += "; x" + " x".join(f"{r:.2f}" for r in ratios)
        # The mean ratio a doubling from the smallest size to the largest, for reference.
        overall = (times[-1] / max(times[0], 1e-3)) ** (1 / (len(SIZES) - 1))
        detail += f" (x{overall:.2f} a doubling overall)"
        results.append(Result(pattern, max(ratios), "x", MAX_RATIO, detail=detail))
        print(f"  {pattern}: {detail}", file=sys.stderr, flush=True)  # progress, while it runs
    return results


_LARGEST = r"""
import resource, sys, time
from pathlib import Path
from desktop.export.word import export_docx
from desktop.extraction import analyze_article
from desktop.ingest import load_article
start = time.process_time()
briefing = analyze_article(load_article(sys.argv[1]))
analysed = time.process_time() - start
export_docx(briefing, sys.argv[2])
total = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(analysed, total, peak, len(briefing.figures), len(briefing.quotes))
"""


def largest_article() -> list[Result]:
    from desktop.ingest.loading import MAX_FILE_BYTES

    dev = sorted((REPO / "eval" / "dev").glob("*.txt"))
    body = "\n\n".join(path.read_text(encoding="utf-8") for path in dev)
    copies = int(MAX_FILE_BYTES * 0.99) // len(body.encode("utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "largest.txt"
        article.write_text("\n\n".join([body] * copies), encoding="utf-8")
        size = article.stat().st_size / 2**20
        done = subprocess.run(
            [sys.executable, "-c", _LARGEST, str(article), str(Path(folder) / "out.docx")],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
    analysed, total, peak, figures, quotes = done.stdout.split()
    detail = f"{size:.1f} MiB: {int(figures):,} figures, {int(quotes):,} quotes"
    return [
        Result("analysed", float(analysed), "s", LARGEST_SECONDS, detail="CPU time; " + detail),
        Result("analysed and exported", float(total), "s", LARGEST_SECONDS, detail="CPU time"),
        Result("peak memory", float(peak), "MB", MEMORY_MB, detail="max RSS of the child"),
    ]


def main() -> int:
    if hasattr(os, "sched_setaffinity"):  # one core: no run moves between caches midway
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print_table("Hostile input: time ratio per doubling of the text (CPU time)", linearity())
    print()
    print_table("Largest accepted article, analysed and exported", largest_article())
    return 0


if __name__ == "__main__":
    if sys.platform == "win32":  # resource is Unix-only
        sys.exit(0)
    sys.exit(main())
