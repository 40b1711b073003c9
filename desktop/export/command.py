"""`export ARTICLE_OR_BRIEFING|FOLDER [-o OUT] [--pdf]`: Word briefings without the window."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from desktop.domain.model import Briefing

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")
BRIEFING_SUFFIX = ".briefing.json"
OUTPUT_SUFFIX = "-briefing.docx"  # never mistaken for an article when the folder is read again
BAR_WIDTH = 24
EXIT_OK = 0
EXIT_FAILED = 1  # a folder in which some articles failed
EXIT_USAGE = 2  # as `analyze`: the input or the command line needs fixing
PROGRAM = "briefing-desk"


class ExportFailed(Exception):
    """One article could not be exported; the message is one line for the user."""


@dataclass
class Job:
    """One article or saved briefing and the file its briefing goes to."""

    source: Path
    output: Path


def is_exportable(path: Path) -> bool:
    """An article or saved briefing file, and not a briefing this command wrote itself."""
    name = path.name.lower()
    if not path.is_file() or name.startswith((".", "~$")) or name.endswith(OUTPUT_SUFFIX):
        return False
    return name.endswith(BRIEFING_SUFFIX) or path.suffix.lower() in ARTICLE_SUFFIXES


def output_name(source: Path) -> str:
    """ "report.txt" -> "report-briefing.docx"; "deal.briefing.json" -> "deal-briefing.docx"."""
    name = source.name
    stem = name[: -len(BRIEFING_SUFFIX)] if name.lower().endswith(BRIEFING_SUFFIX) else source.stem
    return stem + OUTPUT_SUFFIX


def plan_jobs(source: Path, output: str | None) -> list[Job]:
    """The files to export and where each goes.

    A folder gives one job per article in it, written into output (a folder, made if
    needed) or beside the articles. A file goes to output, into output when that is a
    folder, or beside the file.
    """
    if source.is_dir():
        folder = Path(output) if output else source
        files = sorted(p for p in source.iterdir() if is_exportable(p))
        return [Job(path, folder / output_name(path)) for path in files]
    if output is None:
        return [Job(source, source.with_name(output_name(source)))]
    target = Path(output)
    if target.is_dir():
        target = target / output_name(source)
    return [Job(source, target)]


def open_briefing(source: Path | str) -> Briefing:
    """A saved briefing, or the briefing of an article.

    Raises:
        ExportFailed: the file cannot be read or is not an article.
    """
    from desktop.domain.serialization import BriefingFileError, load_briefing
    from desktop.fileio import describe_os_error

    try:
        if str(source).lower().endswith(BRIEFING_SUFFIX):
            return load_briefing(source)
        from desktop.extraction import analyze_article
        from desktop.ingest import IngestError, load_article

        try:
            article = load_article(str(source))
        except IngestError as error:
            raise ExportFailed(str(error)) from error
        from desktop.cli import report_notes

        report_notes(article.notes)
        return analyze_article(article)
    except BriefingFileError as error:
        raise ExportFailed(" ".join(str(error).split())) from error
    except OSError as error:
        raise ExportFailed(describe_os_error(error, source)) from error


def export_one(job: Job, pdf: bool) -> None:
    """Write one briefing (and its PDF when asked).

    Raises:
        ExportFailed: with a one-line reason.
    """
    from desktop.export.pdf import PdfExportError, export_pdf
    from desktop.export.word import export_docx
    from desktop.fileio import describe_os_error

    briefing = open_briefing(job.source)
    try:
        export_docx(briefing, job.output)
    except OSError as error:
        raise ExportFailed(describe_os_error(error, job.output)) from error
    if pdf:
        try:
            export_pdf(job.output, job.output.with_suffix(".pdf"))
        except PdfExportError as error:
            raise ExportFailed(str(error)) from error


def progress_bar(done: int, total: int, label: str) -> str:
    """ "[############------------]  3/6  article.txt"."""
    filled = BAR_WIDTH * done // max(total, 1)
    width = len(str(total))
    return f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {done:>{width}}/{total}  {label}"


def run_export(
    source: str, output: str | None, pdf: bool, progress_stream: TextIO | None = None
) -> int:
    """Export one article or briefing, or every article in a folder, to Word (and PDF).

    A failure on one article is reported and the others still go ahead.

    Args:
        source: an article, a .briefing.json, or a folder of them.
        output: the .docx to write (for a folder: the folder to write into); None writes
            "NAME-briefing.docx" beside each source.
        pdf: also make a PDF beside each .docx through LibreOffice.
        progress_stream: where progress and errors go (standard error by default).

    Returns:
        0 when every export succeeded, 1 when any failed.
    """
    stream = progress_stream or sys.stderr
    from desktop.export.pdf import soffice_path

    def refuse(message: str) -> int:
        stream.write(f"{PROGRAM}: {message}\n")
        return EXIT_USAGE

    if pdf and soffice_path() is None:
        return refuse("--pdf needs LibreOffice, which is not installed (no 'soffice' command).")
    if output and not Path(source).is_dir():
        if not output.lower().endswith(".docx") and not Path(output).is_dir():
            return refuse(f"the output must be a .docx file or a folder, not {output}.")
        if output.lower().endswith(".docx") and not Path(output).parent.is_dir():
            return refuse(
                f"cannot write {output}: the folder {Path(output).parent} does not exist."
            )
    from desktop.ingest.loading import is_address

    if source == "-" or is_address(source):
        # Standard input or a web page, as `analyze` takes them: one job, to -o.
        if not output:
            return refuse(f"give the file to write with -o OUT.docx when exporting {source}.")
        target = Path(output)
        if target.is_dir():
            target = target / "article-briefing.docx"
        return _run_single(Job(source, target), pdf, stream)  # type: ignore[arg-type]
    path = Path(source).expanduser()
    try:
        path.stat()
    except OSError as error:  # missing, a loop of links, a folder it may not enter
        from desktop.fileio import read_error_reason

        return refuse(f"Cannot open {Path(source).name}: {read_error_reason(error)}.")
    jobs = plan_jobs(path, output)
    if not path.is_dir():
        return _run_single(jobs[0], pdf, stream)
    if path.is_dir():
        if not jobs:
            stream.write(f"error: no articles in {source} ({', '.join(ARTICLE_SUFFIXES)}, "
                         f"{BRIEFING_SUFFIX})\n")  # fmt: skip
            return EXIT_FAILED
        try:
            os.makedirs(jobs[0].output.parent, exist_ok=True)
        except OSError as error:
            from desktop.fileio import describe_os_error

            stream.write(f"error: {describe_os_error(error, jobs[0].output.parent)}\n")
            return EXIT_FAILED
    failures: list[tuple[Job, str]] = []
    many = len(jobs) > 1
    for number, job in enumerate(jobs):
        if many:
            stream.write(progress_bar(number, len(jobs), job.source.name) + "\n")
            stream.flush()
        try:
            export_one(job, pdf)
        except ExportFailed as error:
            failures.append((job, str(error)))
        except Exception as error:  # noqa: BLE001 - one odd article must not stop the rest
            failures.append((job, f"unexpected error: {type(error).__name__}: {error}"))
    if many:
        stream.write(progress_bar(len(jobs), len(jobs), "done") + "\n")
    written = len(jobs) - len(failures)
    for job, reason in failures:
        stream.write(f"failed: {job.source.name}: {' '.join(reason.split())}\n")
    stream.write(f"{written} of {len(jobs)} exported\n")
    stream.flush()
    return EXIT_FAILED if failures else EXIT_OK


def _run_single(job: Job, pdf: bool, stream: TextIO) -> int:
    """One article: like `analyze`, a bad input is one line and exit status 2."""
    try:
        export_one(job, pdf)
    except ExportFailed as error:
        stream.write(f"{PROGRAM}: {' '.join(str(error).split())}\n")
        return EXIT_USAGE
    stream.write(f"wrote {job.output}\n")
    if pdf:
        stream.write(f"wrote {job.output.with_suffix('.pdf')}\n")
    stream.flush()
    return EXIT_OK
