"""Reusable widgets: the item table, the chart view."""
