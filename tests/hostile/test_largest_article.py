"""The largest article accepted is analysed and exported within two minutes and under 1 GB."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ingest.loading import MAX_FILE_BYTES
from tests.hostile.cli import REPO

# In a child, so that its peak memory is its own: CPU seconds to analyse, to analyse and
# export, peak RSS in MB, and the number of figures (the table that once took minutes).
_RUN = r"""
import resource, sys, time
from desktop.export.word import export_docx
from desktop.extraction import analyze_article
from desktop.ingest import load_article
start = time.process_time()
briefing = analyze_article(load_article(sys.argv[1]))
analysed = time.process_time() - start
export_docx(briefing, sys.argv[2])
print(analysed, time.process_time() - start,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(briefing.figures))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="resource is Unix-only")
def test_the_largest_article_is_analysed_and_exported_in_time_and_memory(tmp_path):
    # Before: 45-87 s and up to 1.37 GB to analyse; the export had not finished in 5 min.
    dev = sorted((REPO / "eval" / "dev").glob("*.txt"))
    body = "\n\n".join(path.read_text(encoding="utf-8") for path in dev)
    copies = int(MAX_FILE_BYTES * 0.99) // len(body.encode("utf-8"))
    article = tmp_path / "largest.txt"
    article.write_text("\n\n".join([body] * copies), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(article), str(tmp_path / "largest.docx")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    analysed, total, peak_mb, figures = (float(v) for v in done.stdout.split())
    assert figures > 1000  # the long table is there to be summarised
    assert total < 120, f"analysed in {analysed:.0f} s, exported by {total:.0f} s (CPU)"
    assert peak_mb < 1024
    assert Path(tmp_path / "largest.docx").stat().st_size > 10_000
