"""Everything Qt: the main window, its tabs, table models, dialogs and settings."""
