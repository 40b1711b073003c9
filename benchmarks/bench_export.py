"""How long the Word export of the seed briefing takes, beside a plain python-docx document."""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from report import Result, median_seconds, print_table  # noqa: E402

SEED = REPO / "resources" / "articles" / "ashok-leyland-calb-2025-09-25.txt"
REPEAT = 5


def seed_briefing():
    from desktop.extraction import analyze_text

    return analyze_text(SEED.read_text(encoding="utf-8"))


def plain_docx(briefing) -> bytes:
    """The same words in a default python-docx document: no styles set, no charts, no tables."""
    import docx

    document = docx.Document()
    for takeaway in briefing.takeaways:
        document.add_paragraph(takeaway.text)
    for phase in briefing.phases:
        document.add_paragraph(f"{phase.title} ({phase.horizon}): " + "; ".join(phase.actions))
    for figure in briefing.figures:
        document.add_paragraph(f"{figure.text}: {figure.value} {figure.unit or ''} {figure.about}")
    for person in briefing.people:
        document.add_paragraph(f"{person.name}, {person.role}, {person.organisation}")
    for quote in briefing.quotes:
        document.add_paragraph(f"{quote.speaker}: {quote.text}")
    for tie in briefing.relationships:
        document.add_paragraph(f"{tie.source} – {tie.target}: {tie.kind}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> int:
    briefing = seed_briefing()
    from desktop.export import export_docx

    # The first export pays for importing python-docx and matplotlib and for font caches;
    # the app pays that once per session, so it is reported apart.
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "seed-briefing.docx"
        start = time.perf_counter()
        export_docx(briefing, target)
        first = time.perf_counter() - start
        export = median_seconds(lambda: export_docx(briefing, target), repeat=REPEAT)
        size_kb = target.stat().st_size / 1024
    plain = median_seconds(lambda: plain_docx(briefing), repeat=REPEAT, warmup=1)
    results = [
        Result(
            "seed export (charts)",
            export * 1000,
            "ms",
            1500,
            detail=f"export_docx to a file, median of {REPEAT}; {size_kb:,.0f} KB",
        ),
        Result("first export", first * 1000, "ms", detail="cold: imports and font cache"),
        Result(
            "plain python-docx",
            plain * 1000,
            "ms",
            detail=f"same text, default styles, no charts, median of {REPEAT}",
        ),
    ]
    print_table("Word export (desktop.export)", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
