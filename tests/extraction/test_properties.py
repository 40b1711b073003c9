"""Properties of the engine on any text: it never raises, and every span lies inside the text."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import Briefing
from desktop.extraction import analyze_text

NEWS_TOKENS = [
    "Ashok Leyland Ltd.",
    "CALB Group Co.",
    "Shenu Agarwal",
    "Mr.",
    "Dr.",
    "U.S.",
    "Aug.",
    "said",
    "he said",
    "she added",
    "according to",
    "Chief Executive Officer",
    "analyst",
    "billion",
    "million",
    "crore",
    "lakh",
    "per cent",
    "percent",
    "%",
    "rupees",
    "dollars",
    "$",
    "₹",
    "€",
    "£",
    "¥",
    "Rs.",
    "bn",
    "m",
    "years",
    "two to three years",
    "by 2035",
    "first",
    "third-largest",
    "19 times",
    "Phase 1",
    "Initially,",
    "will",
    "plans to",
    "the",
    "a",
    "and",
    "of",
    "in",
    "with",
    ",",
    ".",
    "?",
    "!",
    ";",
    ":",
    "—",
    "-",
    "–",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "date 2025-09-25 By Alisha Sachdev",
    "0",
    "1",
    "50",
    "563",
    "70",
    "2.5",
    "1,000",
    "10.",
]


def _join(parts: list[str]) -> str:
    return " ".join(parts)


news_like = st.lists(
    st.one_of(
        st.sampled_from(NEWS_TOKENS),
        st.integers(min_value=-10, max_value=10**13).map(str),
        st.decimals(min_value=0, max_value=10**6, places=2).map(str),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=6),
    ),
    max_size=120,
).map(_join)

# The news-like text reaches deeper into the extractors than arbitrary Unicode;
# together the two properties stay well under 20 s.
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(briefing: Briefing, text: str) -> None:
    assert briefing.article.text == text
    for name in (
        "people",
        "organisations",
        "quotes",
        "figures",
        "phases",
        "relationships",
        "takeaways",
    ):
        for item in getattr(briefing, name):
            for span in item.spans:
                assert 0 <= span.start <= span.end <= len(text), (name, item, span)
    for heading in briefing.article.headings:
        assert 0 <= heading.span.start <= heading.span.end <= len(text)
    assert 0 <= briefing.article.body_start <= len(text)
    data = briefing.to_dict()
    # allow_nan=False: NaN or infinity would not be valid JSON for the contract.
    assert json.loads(json.dumps(data, ensure_ascii=False, allow_nan=False)) == data


@settings(max_examples=200, **SETTINGS)
@given(st.text())
def test_any_unicode_text(text):
    _check(analyze_text(text), text)


@settings(max_examples=200, **SETTINGS)
@given(news_like)
def test_news_like_text(text):
    _check(analyze_text(text), text)


def test_seed_article_spans(seed_text):
    _check(analyze_text(seed_text), seed_text)
