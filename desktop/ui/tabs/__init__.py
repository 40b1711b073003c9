"""The main window's tabs, one per file: each shows one part of the open briefing."""
