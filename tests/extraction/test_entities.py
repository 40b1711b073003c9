"""Where a name starts in a run of capitalised words: the shortcuts against the plain loop."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extraction import entities
from desktop.extraction.entities import (
    HONORIFICS,
    TWO_WORD_PLACES,
    _and_parts,
    _name_after_department,
    _name_slices,
    _org_and_person_parts,
    _trim_start,
    is_place,
    is_role_word,
    singular_role,
)
from desktop.extraction.lexicon import COUNTRIES, NATIONALITIES, ROLE_WORDS, first_names
from desktop.extraction.lexicon_names import SURNAME_WORDS
from desktop.extraction.names import is_sentence_word

# Words of every kind the rules tell apart: names, titles and their modifiers, plurals,
# sentence words, honorifics, nationalities, countries, places and connectors.
_WORDS = [
    "Shenu", "Agarwal", "Lee", "Ron", "Minister", "Ministers", "Chief", "Executive",
    "Officer", "President", "Senior", "National", "photographers", "The", "But", "Mr",
    "Mr.", "Dr", "Indian", "Chinese", "India", "Malaysia", "Singapore", "United",
    "States", "Kingdom", "New", "York", "of", "for", "and", "on", "&", "-", "the",
    "University", "Bank", "Group", "Co.", "Ltd", "Stephen", "King", "Jr", "Then", "Unlike",
]  # fmt: skip


def _plain_trim_start(words: tuple[str, ...]) -> int | None:
    """_trim_start as first written, with no shortcut and no cached word tests."""
    titles = [singular_role(w).lower() in ROLE_WORDS for w in words]
    titles = [
        t and not (k and w in SURNAME_WORDS and words[k - 1] in first_names())
        for k, (t, w) in enumerate(zip(titles, words, strict=True))
    ]
    k = 0
    while k < len(words):
        w = words[k]
        if (
            is_role_word(w)
            and not titles[k]
            and not any(titles[k + 1 :])
            and not is_sentence_word(w)
        ):
            break
        if (
            is_sentence_word(w)
            or w.rstrip(".") in HONORIFICS
            or is_role_word(w)
            or w in NATIONALITIES
        ):
            k += 1
        elif w in COUNTRIES and k + 1 < len(words) and is_role_word(words[k + 1]):
            k += 1
        elif w in {"of", "for", "and", "on", "&", "-"}:
            k += 1
        else:
            break
    if k >= len(words):
        return None
    last_role = len(titles) - 1 - titles[::-1].index(True) if True in titles else -1
    j = max(k, last_role + 1)
    while j < len(words):
        if words[j] in {"of", "for", "and", "-", "the"} or is_place(words[j]):
            j += 1
        elif " ".join(words[j : j + 2]) in TWO_WORD_PLACES:
            j += 2
        else:
            break
    if len(words) - j >= 2 or (j < len(words) and last_role >= 0):
        k = j
        if 0 <= last_role < j - 1 and words[last_role + 1] in {"of", "for"}:
            k = _name_after_department(words, j)
    return k


def _plain_name_slices(words: tuple[str, ...]) -> list[tuple[int, int]]:
    out = []
    for a, b in _org_and_person_parts(words):
        for c, d in _and_parts(words[a:b]):
            for e, f in _org_and_person_parts(words[a + c : a + d]):
                k = _plain_trim_start(words[a + c + e : a + c + f])
                if k is not None:
                    out.append((a + c + e + k, a + c + f))
    return out


_RUNS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(tuple)


@settings(max_examples=500)
@given(_RUNS)
def test_trim_start_is_the_plain_loop(words):
    assert _trim_start(words) == _plain_trim_start(words)
    assert _name_slices(words) == _plain_name_slices(words)


def test_every_single_word_takes_the_plain_path():
    for word in _WORDS:
        assert _trim_start((word,)) == _plain_trim_start((word,)), word


def test_titles_and_sentence_words_are_trimmed():
    assert _trim_start(("Chief", "Executive", "Officer", "Shenu", "Agarwal")) == 3
    assert _trim_start(("Indian", "Prime", "Minister", "Narendra", "Modi")) == 3
    assert _trim_start(("The",)) is None and _trim_start(("Minister",)) is None
    assert _trim_start(("National",)) == 0  # an adjective of a name, not a title
    assert _name_slices(("Narendra", "Modi", "and", "President", "Xi", "Jinping")) == [
        (0, 2),
        (4, 6),
    ]
    assert entities._is_title("photographers") and not entities._is_title("Senior")


def test_places_are_what_any_of_the_lists_knows():
    from desktop.extraction.lexicon import CITIES_AND_REGIONS
    from desktop.extraction.lexicon_names import CITIES, REGIONS

    lists = (TWO_WORD_PLACES, COUNTRIES, CITIES_AND_REGIONS, NATIONALITIES, CITIES, REGIONS)
    for name in [*_WORDS, "Hong Kong", "Ohio", "Detroit", "German", "Zorbat Quell", "Acme"]:
        assert is_place(name) == any(name in known for known in lists), name
    assert is_place("Hong Kong") and is_place("German") and not is_place("Acme")
