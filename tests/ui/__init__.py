"""Tests of the Qt layer (offscreen)."""
