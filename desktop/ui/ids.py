"""Ids for the items an analyst adds by hand (a module of its own: the first tab needs it early)."""

from __future__ import annotations

import os


def new_item_id(kind: str) -> str:
    """An id for an item the analyst adds by hand: "person-user-3f9a1c2e"."""
    # os.urandom rather than uuid: importing uuid costs a window's first paint 15 ms.
    return f"{kind}-user-{os.urandom(4).hex()}"
