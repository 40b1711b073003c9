"""Tests for desktop.domain."""
