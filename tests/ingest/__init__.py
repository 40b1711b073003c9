"""Tests for desktop.ingest."""
