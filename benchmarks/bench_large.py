"""The largest article the app accepts (just under 10 MB): words a second and peak memory.

The dev set, repeated into one text just under the file-size cap, analysed once. A
step that grows with the square of an article's length shows here and nowhere else:
the dev set's articles are a few hundred words each.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from report import Result, print_table  # noqa: E402

from desktop.extraction import analyze_text  # noqa: E402
from desktop.ingest.loading import MAX_FILE_BYTES  # noqa: E402

DEV_SET = sorted((REPO / "eval" / "dev").glob("*.txt"))


def main() -> int:
    import resource  # Unix only

    body = "\n\n".join(path.read_text(encoding="utf-8") for path in DEV_SET)
    copies = int(MAX_FILE_BYTES * 0.95) // len(body.encode("utf-8"))
    text = "\n\n".join([body] * copies)
    words = len(text.split())
    analyze_text(body)  # compile the patterns first, as any session has
    start = time.perf_counter()
    analyze_text(text)
    seconds = time.perf_counter() - start
    mebibytes = len(text.encode("utf-8")) / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    results = [
        Result(
            "largest article",
            words / seconds,
            "words/s",
            50_000,
            higher_is_better=True,
            detail=f"{mebibytes:.1f} MiB, {words:,} words, analysed in {seconds:.1f} s",
        ),
        Result("peak memory", peak, "MB", 1024, detail="max RSS of this process"),
    ]
    print_table("Largest article (desktop.extraction)", results)
    return 0


if __name__ == "__main__":
    if sys.platform == "win32":  # resource is Unix-only
        sys.exit(0)
    sys.exit(main())
