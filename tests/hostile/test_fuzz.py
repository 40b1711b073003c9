"""Fuzzing: bytes and text through ingest, analysis, save, load and Word export, and back.

Whatever comes in, each step either works or refuses with its one-line error; the
saved briefing reads back the same, and python-docx re-opens every exported file.
FUZZ_EXAMPLES sets how many examples each test tries (a few dozen by default, so
that CI spends about a minute here; raise it for a longer hunt).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.serialization import BriefingFileError, load_briefing, save_briefing
from desktop.export.word import export_docx
from desktop.extraction import analyze_article
from desktop.ingest import IngestError, article_from_text, load_article
from tests.hostile.inputs import ARTICLE, docx_bytes

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces news text and broken files are made of: quotes of every kind, stops, numbers,
# names and titles, markup, entities, line breaks, and characters that break encoders.
PIECES = [
    "Anna Berg", "Mr. ", "said", "“", "”", "‘", "’", '"', "'", ".", ",", " ", "\n", "\n\n",
    "12", "$4.5 billion", "5%", "2030", "Acme Corp", "<p>", "</div>", "&amp;", "&AMP;",
    "\ud800", "\udfff", "\x00", "\x0c", "\ufeff", "\u202e", "İ", "ﬁ", "a" * 40,
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=60).map("".join)


def _bytes_of(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


file_bytes = st.one_of(
    st.binary(max_size=3000),
    st.tuples(texts, st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"])).map(
        lambda pair: _bytes_of(*pair)
    ),
    st.tuples(texts, st.binary(max_size=4)).map(lambda p: p[0].encode("utf-8", "replace") + p[1]),
    st.just(docx_bytes()).flatmap(
        lambda data: st.integers(0, len(data) - 1).map(
            lambda k: data[:k] + bytes([data[k] ^ 0x55]) + data[k + 1 :]
        )
    ),
)
suffixes = st.sampled_from([".txt", ".md", ".html", ".docx", ".briefing.json", ""])


def _round_trip(article, folder: Path) -> None:
    """Analyse, save, load (the same), export, re-open the .docx and read it as an article."""
    briefing = analyze_article(article)
    saved = folder / "fuzz.briefing.json"
    save_briefing(briefing, saved)
    loaded = load_briefing(saved)
    assert loaded.to_dict() == load_briefing(saved).to_dict()
    assert loaded.article.text == briefing.article.text.encode("utf-8", "replace").decode()
    exported = folder / "fuzz.docx"
    export_docx(loaded, exported)
    docx.Document(str(exported))  # python-docx re-opens it
    try:
        load_article(str(exported))
    except IngestError as error:
        assert "\n" not in str(error)


@FUZZ
@given(data=file_bytes, suffix=suffixes)
def test_any_file_is_read_or_refused_in_one_line(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            if suffix == ".briefing.json":
                load_briefing(path)
            else:
                article = load_article(str(path))
                analyze_article(article)
        except (IngestError, BriefingFileError) as error:
            message = str(error)
            assert message and "\n" not in message and "Traceback" not in message


@FUZZ
@given(text=texts)
def test_any_pasted_text_goes_through_analysis_save_load_and_export(text):
    try:
        article = article_from_text(text)
    except IngestError as error:
        assert not text.replace("\ufeff", "").strip() or "\n" not in str(error)
        return
    with tempfile.TemporaryDirectory() as folder:
        _round_trip(article, Path(folder))


@FUZZ
@given(text=texts)
def test_a_news_article_with_noise_goes_through_every_step(text):
    with tempfile.TemporaryDirectory() as folder:
        _round_trip(article_from_text(ARTICLE + text), Path(folder))
