"""Briefings already analysed, kept by article, so reopening an article skips the engine."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import sys
from pathlib import Path

import desktop
from desktop.domain import Article, Briefing
from desktop.domain.serialization import BriefingFileError, briefing_from_dict, briefing_to_dict
from desktop.fileio import atomic_write_text

log = logging.getLogger(__name__)

# The engine's code: from source its files' sizes and times, so that a changed rule
# never serves a stale analysis; frozen, the app's version.
_ENGINE_PACKAGES = ("extraction", "ingest", "domain")
MAX_ENTRIES = 200


def engine_fingerprint() -> str:
    """What the analysis depends on besides the article (the engine's version or code)."""
    if getattr(sys, "frozen", False):
        return desktop.__version__
    root = Path(desktop.__file__).resolve().parent
    digest = hashlib.sha1(desktop.__version__.encode())
    for package in _ENGINE_PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in (".py", ".tsv"):
                stat = path.stat()
                digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def article_key(article: Article, fingerprint: str) -> str:
    """A key for the article as read (text and metadata) under one version of the engine."""
    fields = dataclasses.asdict(article)
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256((fingerprint + "\0" + payload).encode("utf-8")).hexdigest()


class AnalysisCache:
    """A folder of analysed briefings, one JSON file per article and engine version."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self._fingerprint: str | None = None

    @property
    def fingerprint(self) -> str:
        if self._fingerprint is None:
            self._fingerprint = engine_fingerprint()
        return self._fingerprint

    def _path(self, article: Article) -> Path:
        return self.folder / f"{article_key(article, self.fingerprint)}.json"

    def get(self, article: Article) -> Briefing | None:
        """The cached briefing of this article, or None (a damaged entry is dropped)."""
        path = self._path(article)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return briefing_from_dict(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, BriefingFileError) as error:
            log.info("dropping a damaged cache entry %s: %s", path.name, error)
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass  # an unusable cache folder: analyse without it
            return None

    def put(self, article: Article, briefing: Briefing) -> None:
        """Keep a freshly analysed briefing; a cache that cannot be written is not an error."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            payload = json.dumps(briefing_to_dict(briefing, include_text=True), ensure_ascii=False)
            atomic_write_text(self._path(article), payload)
            self._trim()
        except OSError as error:
            log.info("cannot write the analysis cache: %s", error)

    def _trim(self) -> None:
        entries = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for path in entries[:-MAX_ENTRIES]:
            path.unlink(missing_ok=True)


def analyse_with_cache(article: Article, cache: AnalysisCache | None) -> Briefing:
    """The briefing of an article: from the cache when it is there, else from the engine.

    The engine is imported only on a miss: that import and the first analysis are most
    of the time the window takes to show a briefing.
    """
    if cache is not None:
        cached = cache.get(article)
        if cached is not None:
            return cached
    from desktop.extraction import analyze_article

    briefing = analyze_article(article)
    if cache is not None:
        cache.put(article, briefing)
    return briefing
