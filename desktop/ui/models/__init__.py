"""Table models: one per kind of item, each adapting a list of the briefing to Qt."""
