"""Word .docx files -> Article: paragraphs, Title/Heading styles and the core properties."""

from __future__ import annotations

import zipfile
from io import BytesIO

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml.etree import LxmlError

from desktop.domain import Article, Heading, Span
from desktop.ingest.errors import IngestError

_TEMPLATE_AUTHOR = "python-docx"


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
    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError) as error:
        raise IngestError(
            f"{name} is not a readable Word document: it is damaged, or not really a .docx."
        ) from error
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
