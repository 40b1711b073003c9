"""The analysis cache: a hit returns the same briefing without the engine; changes miss."""

import json

from desktop.analysis_cache import AnalysisCache, analyse_with_cache
from desktop.domain import Article
from desktop.ingest.plaintext import parse_plain_text


def test_second_analysis_comes_from_the_cache(tmp_path, seed_text, monkeypatch):
    cache = AnalysisCache(tmp_path / "cache")
    article = parse_plain_text(seed_text)
    first = analyse_with_cache(article, cache)
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1

    import desktop.extraction

    def engine_must_not_run(_article):
        raise AssertionError("the engine ran on a cache hit")

    monkeypatch.setattr(desktop.extraction, "analyze_article", engine_must_not_run)
    second = analyse_with_cache(parse_plain_text(seed_text), cache)
    assert second.to_dict() == first.to_dict()
    assert second.article.text == seed_text


def test_another_text_or_engine_misses(tmp_path, seed_text):
    cache = AnalysisCache(tmp_path)
    analyse_with_cache(parse_plain_text(seed_text), cache)
    assert cache.get(parse_plain_text(seed_text + " More.")) is None
    cache._fingerprint = "another engine"
    assert cache.get(parse_plain_text(seed_text)) is None


def test_a_damaged_entry_is_dropped_and_analysed_again(tmp_path):
    cache = AnalysisCache(tmp_path)
    article = Article(text="Jane Smith said the plan works.")
    analyse_with_cache(article, cache)
    (entry,) = tmp_path.glob("*.json")
    entry.write_text('{"schema": "briefing/1", "article": {', encoding="utf-8")
    assert cache.get(article) is None
    assert not entry.exists()
    briefing = analyse_with_cache(article, cache)
    assert [p.name for p in briefing.people] == ["Jane Smith"]
    assert json.loads(next(tmp_path.glob("*.json")).read_text())["schema"] == "briefing/2"


def test_an_unwritable_cache_still_analyses(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    briefing = analyse_with_cache(Article(text="Jane Smith said so."), AnalysisCache(blocker))
    assert [p.name for p in briefing.people] == ["Jane Smith"]
