"""The person at this computer account: full name first, then login name, never root."""

import pytest

from desktop.account import account_name


@pytest.mark.parametrize(
    ("gecos", "login", "name"),
    [
        ("Jane Doe,Room 4,555-0100,,", "jdoe", "Jane Doe"),  # the full name, without the rest
        ("  Jane   Doe ", "jdoe", "Jane Doe"),
        ("", "jdoe", "jdoe"),  # no full name: the login name
        (",Room 4,,", "jdoe", "jdoe"),
        (None, "jdoe", "jdoe"),  # no password database (Windows)
        ("root", "root", ""),  # root is not a person
        ("Root", "ROOT", ""),
        ("root", "jdoe", "jdoe"),  # su without a login shell: the login is the person's
        ("", None, ""),  # neither known
        ("Jane Doe", None, "Jane Doe"),
    ],
)
def test_account_name(computer_account, gecos, login, name):
    computer_account(gecos, login)
    assert account_name() == name


def test_a_uid_without_an_entry_falls_back_to_the_login_name(computer_account, monkeypatch):
    import sys

    computer_account("Jane Doe", "jdoe")

    def no_entry(uid):
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    monkeypatch.setattr(sys.modules["pwd"], "getpwuid", no_entry)
    assert account_name() == "jdoe"
