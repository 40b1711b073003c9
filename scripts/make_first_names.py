"""Regenerates desktop/extraction/data/first_names.tsv from Faker's person providers.

Faker (MIT) is not a dependency of the app; run this in a throwaway venv:
    python -m venv /tmp/fk && /tmp/fk/bin/pip install faker
    /tmp/fk/bin/python scripts/make_first_names.py
"""

import importlib
import os
import re
from pathlib import Path

import faker.providers.person as person_providers

OUT = Path(__file__).resolve().parent.parent / "desktop/extraction/data/first_names.tsv"
HEADER = (
    "# Given names and their usual gender (m, f, or - when either or unknown).\n"
    "# Generated from the person providers of Faker (MIT licence, https://github.com/joke2k/faker)\n"
    "# by scripts/make_first_names.py; regenerate rather than edit by hand.\n"
)


def _take(value, out: set) -> None:
    if isinstance(value, list | tuple | set):
        out.update(value)
    elif isinstance(value, dict):
        out.update(value.keys())


def main() -> None:
    base = os.path.dirname(person_providers.__file__)
    male, female, either = set(), set(), set()
    for locale in sorted(os.listdir(base)):
        if locale.startswith("_") or not os.path.isdir(os.path.join(base, locale)):
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except Exception:  # noqa: BLE001 - a broken locale is skipped, not fatal
            continue
        _take(getattr(provider, "first_names_male", None), male)
        _take(getattr(provider, "first_names_female", None), female)
        _take(getattr(provider, "first_names", None), either)
    pattern = re.compile(r"[A-Z][a-z'\-\u00E0-\u017F]+")
    rows = []
    for name in sorted(n for n in male | female | either if isinstance(n, str) and len(n) > 1):
        if not pattern.fullmatch(name):
            continue
        gender = "-"
        if name in male and name not in female:
            gender = "m"
        elif name in female and name not in male:
            gender = "f"
        rows.append(f"{name}\t{gender}")
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
