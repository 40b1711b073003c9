"""Tests for desktop/charts."""
