"""Word .docx files -> Article: paragraphs, Title/Heading styles and the core properties."""

from __future__ import annotations

import zipfile
import zlib
from io import BytesIO

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml.etree import LxmlError

from desktop.domain import Article, Heading, Span
from desktop.ingest.errors import IngestError

_TEMPLATE_AUTHOR = "python-docx"
# What a Word document may hold once inflated. A news article's document.xml is well
# under a megabyte; a "zip bomb" inflates a 1 MB file to gigabytes.
MAX_INFLATED_BYTES = 200 * 1024 * 1024
MAX_MEMBER_RATIO = 200  # inflated size / compressed size of one member
_MEMBER_FLOOR = 1024 * 1024
MAX_TEXT_CHARS = (
    10 * 1024 * 1024
)  # as a text file's size limit  # small members may compress better than that (runs of spaces)


def parse_docx(data: bytes, name: str = "The document") -> Article:
    """Read a Word document's text and metadata.

    Paragraphs are joined with blank lines. A paragraph in the Title style (or, failing
    that, the core property title) is the title; Heading-styled paragraphs are headings.
    The core properties give author and creation date.

    Args:
        data: the .docx file's bytes.
        name: the file name, for error messages and as the source.

    Raises:
        IngestError: the file is not a readable .docx.
    """
    check_inflated_size(data, name)
    try:
        document = docx.Document(BytesIO(data))
        return _article(document, name)
    except IngestError:
        raise
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,  # a member cut short
        KeyError,
        ValueError,
        AttributeError,  # a part without its namespace: python-docx finds no element
        TypeError,
        IndexError,
        LxmlError,
        RecursionError,
    ) as error:
        raise IngestError(
            f"{name} is not a readable Word document: it is damaged, or not really a .docx."
        ) from error


def check_inflated_size(data: bytes, name: str) -> None:
    """Refuse a .docx whose members would inflate past what an article needs.

    The sizes come from the zip's central directory, before anything is inflated; a
    member that lies about its size fails its CRC check later, when python-docx reads it.

    Raises:
        IngestError: the archive would inflate past MAX_INFLATED_BYTES, or one member
            past MAX_MEMBER_RATIO times its compressed size.
    """
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise IngestError(
            f"{name} is not a readable Word document: it is damaged, or not really a .docx."
        ) from error
    total = sum(member.file_size for member in members)
    largest = max(members, key=lambda member: member.file_size, default=None)
    bomb = largest is not None and largest.file_size > max(
        _MEMBER_FLOOR, MAX_MEMBER_RATIO * largest.compress_size
    )
    if total > MAX_INFLATED_BYTES or bomb:
        raise IngestError(
            f"{name} is not a readable Word document: its part {largest.filename} would "
            f"expand to {largest.file_size / (1024 * 1024):,.0f} MB when opened, far more "
            "than an article."
        )


def _article(document, name: str) -> Article:
    """The Article in an opened python-docx document."""
    properties = document.core_properties
    title: str | None = None
    parts: list[str] = []
    headings: list[Heading] = []
    offset = 0
    body_start = 0
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if not parts and style == "Title":
            title = text
            body_start = len(text) + 2
        elif style.startswith(("Heading", "Title")):
            headings.append(Heading(text, Span(offset, offset + len(text))))
        parts.append(text)
        offset += len(text) + 2
    if not parts:
        raise IngestError(f"{name} is empty: there is no article text in it.")
    if offset > MAX_TEXT_CHARS:
        raise IngestError(
            f"Cannot open {name}: its text is longer than "
            f"{MAX_TEXT_CHARS // (1024 * 1024)} million characters, too long for an article."
        )
    author = (properties.author or "").strip() or None
    created = properties.created
    if author == _TEMPLATE_AUTHOR:
        # python-docx's blank template: its author and date say nothing about the article.
        author = created = None
    return Article(
        text="\n\n".join(parts) + "\n",
        title=title or (properties.title or "").strip() or None,
        author=author,
        published=created.date().isoformat() if created else None,
        source=name,
        headings=headings,
        body_start=body_start,
    )
