"""Tests for desktop.extraction."""
