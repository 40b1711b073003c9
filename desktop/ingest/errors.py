"""The one error that reading an article raises, with a message fit to show the user."""

from __future__ import annotations


class IngestError(Exception):
    """An article could not be read; str(error) is one user-facing line naming the problem."""

    def __init__(self, message: str):
        # One line, whatever the cause said: the CLI prints it and the UI shows it as is.
        super().__init__(" ".join(message.split()))
