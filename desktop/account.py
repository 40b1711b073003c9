"""Who uses this computer account: the name a briefing is prepared by when no analyst is set."""

from __future__ import annotations

import getpass
import os

# Accounts that are not a person: "Prepared by root" names nobody.
SYSTEM_ACCOUNTS = frozenset({"root"})


def _full_name() -> str:
    """The account's full name from the POSIX GECOS field ("Jane Doe,Room 4,,"), or ""."""
    try:
        import pwd
    except ImportError:  # Windows has no password database
        return ""
    try:
        gecos = pwd.getpwuid(os.getuid()).pw_gecos or ""
    except (KeyError, OSError, AttributeError):  # a uid with no entry (some containers)
        return ""
    return gecos.split(",", 1)[0]


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (some containers and services)
        return ""


def account_name() -> str:
    """The person at this account: their full name where the OS has one, else the login name.

    Returns:
        The name on one line, or "" when there is none, or only an account such as root
        that is not a person (the briefing then names nobody).
    """
    for name in (_full_name(), _login_name()):
        name = " ".join(name.split())
        if name and name.casefold() not in SYSTEM_ACCOUNTS:
            return name
    return ""
