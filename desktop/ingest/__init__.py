"""Reading articles: files, URLs and pasted text -> Article."""

from desktop.ingest.errors import IngestError
from desktop.ingest.loading import article_from_text, load_article

__all__ = ["IngestError", "article_from_text", "load_article"]
