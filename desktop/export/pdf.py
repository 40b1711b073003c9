"""PDF from the Word briefing through LibreOffice (`soffice --headless --convert-to pdf`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from desktop.fileio import atomic_write_bytes, describe_os_error

TIMEOUT_SECONDS = 120
# Where installers put soffice when it is not on PATH.
KNOWN_PLACES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


class PdfExportError(Exception):
    """The PDF could not be made; the message says why in one line, for the user."""


def soffice_path() -> str | None:
    """The LibreOffice command, or None when LibreOffice is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((place for place in KNOWN_PLACES if Path(place).is_file()), None)


def export_pdf(
    docx_path: str | os.PathLike, pdf_path: str | os.PathLike, timeout: float = TIMEOUT_SECONDS
) -> None:
    """Convert a .docx to PDF with LibreOffice; an existing PDF is replaced only on success.

    LibreOffice runs with a profile of its own in a temporary folder, so a copy the user
    has open does not swallow the request and two conversions can run at once.

    Raises:
        PdfExportError: LibreOffice is missing, fails, or takes longer than timeout seconds;
            or the PDF cannot be written.
    """
    soffice = soffice_path()
    if soffice is None:
        raise PdfExportError(
            "LibreOffice is not installed (no 'soffice' command): install it to export PDF."
        )
    source = Path(docx_path)
    if not source.is_file():
        raise PdfExportError(f"Cannot make a PDF: {source.name} does not exist.")
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as work:
        profile = Path(work, "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            str(source),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired as error:
            raise PdfExportError(
                f"LibreOffice did not finish converting {source.name} within {timeout:.0f} s."
            ) from error
        except OSError as error:
            raise PdfExportError(
                f"Could not run LibreOffice: {describe_os_error(error)}"
            ) from error
        made = Path(work, source.stem + ".pdf")
        if done.returncode != 0 or not made.is_file():
            detail = " ".join((done.stderr or done.stdout or "").split())[:200]
            raise PdfExportError(
                f"LibreOffice could not convert {source.name} to PDF"
                + (f": {detail}" if detail else ".")
            )
        try:
            atomic_write_bytes(pdf_path, made.read_bytes())
        except OSError as error:
            raise PdfExportError(describe_os_error(error, pdf_path)) from error
