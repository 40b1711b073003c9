"""Briefing Desk: turns a business news article into an executive briefing."""

__version__ = "0.1.0"
