"""The .briefing.json format: round trip, atomic save, and a clear message for every bad file."""

import json
import os

import pytest

from desktop.domain import (
    Article,
    Briefing,
    Figure,
    Heading,
    Organisation,
    Person,
    Phase,
    Quote,
    Relationship,
    Span,
    Takeaway,
)
from desktop.domain.serialization import (
    SCHEMA,
    BriefingFileError,
    briefing_from_dict,
    briefing_to_dict,
    load_briefing,
    save_briefing,
)

TEXT = (
    "Acme Ltd. signs deal\n"
    "By Jane Roe\n"
    "Acme Ltd. will invest ₹50 billion ($563 million) over seven to 10 years, "
    "CEO Zoë Okafor said. “We start small,” she said.\n"
)


def _span_of(needle: str) -> list[Span]:
    start = TEXT.index(needle)
    return [Span(start, start + len(needle))]


def full_briefing() -> Briefing:
    """A briefing with one of every kind of item, every optional field set."""
    article = Article(
        text=TEXT,
        title="Acme Ltd. signs deal",
        author="Jane Roe",
        published="2025-09-25",
        source="Example News",
        url="https://example.com/acme",
        headings=[Heading("Acme Ltd. signs deal", Span(0, 20))],
        body_start=33,
    )
    rupees = Figure(
        id="figure-1",
        spans=_span_of("₹50 billion"),
        text="₹50 billion",
        kind="money",
        value=50e9,
        unit="INR",
        qualifier="about",
        about="investment",
    )
    return Briefing(
        article=article,
        people=[
            Person(
                id="person-1",
                spans=_span_of("Zoë Okafor"),
                name="Zoë Okafor",
                aliases=["Okafor", "she"],
                role="Chief Executive Officer",
                organisation="Acme Ltd.",
                edited=True,
            )
        ],
        organisations=[
            Organisation(
                id="org-1",
                spans=_span_of("Acme Ltd.") * 2,
                name="Acme Ltd.",
                aliases=["Acme"],
                kind="company",
            )
        ],
        quotes=[
            Quote(
                id="quote-1",
                spans=_span_of("We start small"),
                text="We start small",
                speaker="Zoë Okafor",
                kind="direct",
            )
        ],
        figures=[
            rupees,
            Figure(
                id="figure-2",
                spans=_span_of("$563 million"),
                text="$563 million",
                kind="money",
                value=563e6,
                unit="USD",
                conversion_of="figure-1",
            ),
            Figure(
                id="figure-3",
                spans=_span_of("seven to 10 years"),
                text="seven to 10 years",
                kind="duration",
                value=7.0,
                value_max=10.0,
                unit="year",
            ),
        ],
        phases=[
            Phase(
                id="phase-1",
                spans=_span_of("over seven to 10 years"),
                title="Build",
                horizon="seven to 10 years",
                actions=["invest ₹50 billion", "start small"],
            )
        ],
        relationships=[
            Relationship(
                id="rel-1",
                source="Acme Ltd.",
                target="Beta Co.",
                kind="agreement",
                terms="20-year supply",
            )
        ],
        takeaways=[Takeaway(id="takeaway-1", text="Acme commits ₹50 billion.")],
    )


def test_round_trip_keeps_every_value(tmp_path):
    original = full_briefing()
    path = tmp_path / "acme.briefing.json"
    save_briefing(original, path)
    assert load_briefing(path) == original


def test_saved_file_is_readable_utf8_json_with_the_text(tmp_path):
    path = tmp_path / "acme.briefing.json"
    save_briefing(full_briefing(), path)
    raw = path.read_text(encoding="utf-8")
    assert "Zoë Okafor" in raw and "₹50 billion" in raw  # not \u-escaped
    data = json.loads(raw)
    assert data["schema"] == SCHEMA == "briefing/2"
    assert data["article"]["text"] == TEXT
    assert data["figures"][2]["spans"] == [[TEXT.index("seven to"), TEXT.index(" years,") + 6]]


def test_contract_dict_leaves_the_text_out():
    data = briefing_to_dict(full_briefing())
    assert "text" not in data["article"]
    assert data["people"][0]["name"] == "Zoë Okafor"
    assert data["figures"][0]["value"] == 50e9


def test_failed_save_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "acme.briefing.json"
    save_briefing(full_briefing(), path)
    before = path.read_bytes()

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    changed = full_briefing()
    changed.takeaways[0].text = "Changed."
    with pytest.raises(OSError):
        save_briefing(changed, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme.briefing.json"]


def _write(tmp_path, content: bytes, name="x.briefing.json"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _message(path) -> str:
    with pytest.raises(BriefingFileError) as caught:
        load_briefing(path)
    return str(caught.value)


def _saved_bytes(tmp_path) -> bytes:
    path = tmp_path / "good.briefing.json"
    save_briefing(full_briefing(), path)
    return path.read_bytes()


@pytest.mark.parametrize("where", ["in-a-string", "mid-character", "between-items", "last-byte"])
def test_truncated_file(tmp_path, where):
    raw = _saved_bytes(tmp_path)
    cut = {
        "in-a-string": raw.index(b"Acme Ltd. will") + 5,
        "mid-character": raw.index("₹".encode()) + 1,
        "between-items": raw.index(b'"quotes"'),
        "last-byte": len(raw.rstrip()) - 1,
    }[where]
    path = _write(tmp_path, raw[:cut])
    assert _message(path) == "x.briefing.json is truncated: the file ends early."


def test_not_json(tmp_path):
    path = _write(tmp_path, b"Acme Ltd. signs deal\nBy Jane Roe\n")
    assert _message(path) == "x.briefing.json is not a valid briefing file (Expecting value)."


def test_not_utf8(tmp_path):
    path = _write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    assert _message(path) == "x.briefing.json is not a briefing file (not UTF-8 text)."


@pytest.mark.parametrize(
    "data",
    [[1, 2, 3], {"name": "something else"}, {"schema": "invoice/1", "article": {"text": ""}}],
    ids=["list", "other-object", "other-schema"],
)
def test_json_but_not_a_briefing(tmp_path, data):
    path = _write(tmp_path, json.dumps(data).encode())
    assert _message(path) == "This file is not a Briefing Desk briefing."


def test_newer_schema_version(tmp_path):
    data = json.loads(_saved_bytes(tmp_path))
    data["schema"] = "briefing/3"
    path = _write(tmp_path, json.dumps(data).encode())
    assert _message(path) == (
        "This briefing was saved by a newer Briefing Desk (format version 3; "
        "this version reads up to 2). Please update the app."
    )


def test_span_outside_the_text(tmp_path):
    data = json.loads(_saved_bytes(tmp_path))
    data["quotes"][0]["spans"] = [[0, len(TEXT) + 1]]
    path = _write(tmp_path, json.dumps(data).encode())
    assert _message(path) == (
        "This briefing file is damaged (an evidence span lies outside the article text)."
    )


def test_missing_text_is_damage_not_a_crash():
    data = briefing_to_dict(full_briefing())  # the contract dict has no article text
    with pytest.raises(BriefingFileError) as caught:
        briefing_from_dict(data)
    assert str(caught.value) == "This briefing file is damaged ('text')."


def test_missing_file(tmp_path):
    assert _message(tmp_path / "gone.briefing.json") == "Not found: gone.briefing.json."


def _with_page_one() -> Briefing:
    from desktop.domain import WatchItem

    briefing = full_briefing()
    briefing.title = "Acme bets ₹50 billion on batteries"
    briefing.generated_title = "Acme Ltd. signs deal"
    briefing.subtitle = "A seven-to-10-year plan"
    briefing.generated_subtitle = "Acme will invest"
    briefing.bottom_line = "Acme will invest ₹50 billion over seven to 10 years."
    briefing.generated_bottom_line = "Acme invests."
    briefing.key_figures = ["figure-1"]
    briefing.watch = [
        WatchItem(id="watch-1", text="By 2030: cells made at home", due="2030-12-31",
                  spans=_span_of("We start small"), edited=True),
    ]  # fmt: skip
    return briefing


def test_page_one_round_trips_through_the_file(tmp_path):
    path = tmp_path / "acme.briefing.json"
    briefing = _with_page_one()
    save_briefing(briefing, path)
    loaded = load_briefing(path)
    for name in ("title", "subtitle", "bottom_line", "generated_title", "generated_subtitle",
                 "generated_bottom_line", "key_figures", "watch", "takeaways"):  # fmt: skip
        assert getattr(loaded, name) == getattr(briefing, name), name
    assert loaded.pinned_figures() == [briefing.figures[0]]


def test_a_briefing_1_file_is_upgraded_with_a_page_one(tmp_path):
    data = briefing_to_dict(full_briefing(), include_text=True)
    data["schema"] = "briefing/1"
    del data["page_one"], data["watch"]
    path = _write(tmp_path, json.dumps(data).encode())
    loaded = load_briefing(path)
    assert loaded.title == "Acme Ltd. signs deal"
    assert "₹50 billion" in loaded.bottom_line
    assert loaded.generated_bottom_line == loaded.bottom_line
    assert loaded.key_figures and loaded.key_figures[0] == "figure-1"


def test_page_one_of_the_wrong_type_is_a_damaged_file(tmp_path):
    data = briefing_to_dict(_with_page_one(), include_text=True)
    data["page_one"]["bottom_line"] = ["not", "text"]
    path = _write(tmp_path, json.dumps(data).encode())
    assert _message(path).startswith("This briefing file is damaged")


def test_the_contract_gives_durations_in_years_and_the_briefing_keeps_the_written_unit():
    from desktop.domain.model import Briefing, Figure
    from desktop.domain.serialization import briefing_to_dict

    briefing = Briefing(article=Article(text="The strike lasted 18 months, up to two weeks."))
    briefing.figures = [
        Figure(text="18 months", kind="duration", value=18, unit="month"),
        Figure(text="72-hour", kind="duration", value=72, unit="hour"),
        Figure(text="two to three weeks", kind="duration", value=2, value_max=3, unit="week"),
        Figure(text="$5", kind="money", value=5, unit="USD"),
    ]
    contract = briefing.to_dict()["figures"]
    assert [(f["value"], f["value_max"], f["unit"]) for f in contract] == [
        (1.5, None, "year"),
        (0.008219, None, "year"),
        (0.038356, 0.057534, "year"),
        (5, None, "USD"),
    ]
    saved = briefing_to_dict(briefing, include_text=True)["figures"]
    assert (saved[0]["value"], saved[0]["unit"]) == (18, "month")  # the file keeps "months"
