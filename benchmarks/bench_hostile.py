"""Hostile input: time per doubling of each adversarial text, and the largest article end to end.

For each pattern of benchmarks/adversarial.py, the CPU time to read and analyse 128K,
256K, 512K and 1M characters of it, and the ratio from one size to the next: a step
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


RUNS = 3  # each size timed this many times, taking the fastest
SHORT_RUNS = 5  # runs in all for a size analysed in under SHORT_SECONDS
SHORT_SECONDS = 1.0


def _seconds(text: str) -> float:
    """CPU seconds to read text as pasted and analyse it, once."""
    from desktop.extraction import analyze_article
    from desktop.ingest import article_from_text

    gc.collect()  # the last run's objects freed (analysis itself pauses the collector)
    start = time.process_time()
    analyze_article(article_from_text(text))
    return time.process_time() - start


def linearity() -> list[Result]:
    from desktop.extraction import analyze_text

    analyze_text("Anna Berg said, “Yes.” Sales rose 5% to $3 billion.")  # compile the patterns
    results = []
    for pattern in PATTERNS:
        texts = [adversarial_text(pattern, size) for size in SIZES]
        # The fastest of RUNS passes over all sizes (SHORT_RUNS for a size analysed in
        # under SHORT_SECONDS), every size once a pass: on a shared machine another
        # process only ever adds time, and a burst of it then slows one run of a size
        # rather than all. Even so, a plainly linear Python loop (lists and a dict of 100K
        # to 1.6M items, fastest of three) measured x2.0 to x2.6 a doubling on this
        # machine while others ran: the limit, x2.3, is near the noise.
        times = [float("inf")] * len(SIZES)
        for run in range(SHORT_RUNS):
            # Short runs vary most, as a share of their time: only they get the extra runs.
            times = [
                min(t, _seconds(text)) if run < RUNS or t < SHORT_SECONDS else t
                for t, text in zip(times, texts, strict=True)
            ]
        ratios = [b / max(a, 1e-3) for a, b in zip(times, times[1:], strict=False)]
        detail = " ".join(f"{size // 1000}K {t:.2f}s" for size, t in zip(SIZES, times, strict=True))
        detail += "; x" + " x".join(f"{r:.2f}" for r in ratios)
        # Noise shows as one doubling high and the next low; growth faster than the text
        # raises this too: the mean ratio a doubling from the smallest size to the largest.
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
