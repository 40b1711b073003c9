"""Tests of the Word and PDF export."""
