"""Dialogs the window opens through ui/interaction.py (pasted text, preferences)."""
