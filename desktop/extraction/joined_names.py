"""Two people named in one run of capitalised words: "Tan and Blake met on Monday"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from desktop.extraction.mentions import Run


def split_joined_people(
    runs: Iterable[Run], canonical: dict[str, str], surnames: dict[str, set[str]]
) -> Iterator[Run]:
    """The runs, with each "X and Y" whose two halves name known people split in two.

    The run finder joins "Tan and Blake" as it joins "Procter and Gamble"; when each half
    is a person's name or the surname of one person only, they are two mentions:
    "Karen Blake met Michael Tan. Tan and Blake spoke." -> ..., "Tan", "Blake".

    Args:
        runs: the article's runs of capitalised words, in text order.
        canonical: name as written -> a person's canonical name.
        surnames: surname -> the people who bear it.
    """
    for run in runs:
        words = run.words
        if "and" not in words or len(words) < 3:
            yield run
            continue
        k = words.index("and")
        halves = (run.sub(0, k), run.sub(k + 1))
        if all(_is_person(half.text, canonical, surnames) for half in halves):
            yield from halves
        else:
            yield run


def _is_person(text: str, canonical: dict[str, str], surnames: dict[str, set[str]]) -> bool:
    return text in canonical or len(surnames.get(text, ())) == 1
