"""The analysis engine: article text in, a structured briefing out (pure Python, no Qt)."""

from desktop.extraction.pipeline import analyze_article, analyze_text, analyze_to_dict

__all__ = ["analyze_article", "analyze_text", "analyze_to_dict"]
