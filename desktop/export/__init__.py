"""The Word briefing (and a PDF of it through LibreOffice), Qt-free so it runs headless too."""

from desktop.export.pdf import PdfExportError, export_pdf, soffice_path
from desktop.export.word import build_docx, export_docx

__all__ = ["PdfExportError", "build_docx", "export_docx", "export_pdf", "soffice_path"]
