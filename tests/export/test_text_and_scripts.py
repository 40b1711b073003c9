"""Pasted control characters, non-Latin names, edited items and sections with nothing to say."""

import docx
import pytest

from desktop.domain.model import Article, Briefing, Person, Quote, Takeaway
from desktop.export import export_docx
from desktop.export.xml_text import one_line, xml_safe


def test_xml_safe_drops_what_xml_cannot_hold_and_keeps_the_rest():
    assert xml_safe("a\x00b\x07c\x0bd\x0ce\x1bf\ufffeg") == "abcdefg"
    assert xml_safe("tab\tnew\nline\r") == "tab\tnew\nline\r"
    assert xml_safe("习近平 Нарендра “quoted” ₹50") == "习近平 Нарендра “quoted” ₹50"
    assert xml_safe(None) == ""
    assert one_line("  two\n\nlines\x00 ") == "two lines"


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_a_pasted_article_with_control_characters_exports(seed_text, tmp_path):
    from desktop.extraction import analyze_article
    from desktop.ingest import article_from_text

    dirty = seed_text.replace("Ashok Leyland Ltd.,", "Ashok\x00 Leyland\x07 Ltd.,\x0c", 1)
    dirty = dirty.replace("Komal Kareer", "Komal\x1b Kareer\x08")
    briefing = analyze_article(article_from_text(dirty, source="pasted\x01 text"))
    path = tmp_path / "dirty.docx"
    export_docx(briefing, path)
    text = _all_text(docx.Document(str(path)))
    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in text)
    assert "pasted text" in text


@pytest.fixture()
def world_briefing():
    text = "习近平 met Нарендра Моди. “Мы готовы,” said Нарендра Моди. 习近平 said “合作共赢”."
    article = Article(text=text, title="习近平 and Нарендра Моди meet", source="Синьхуа")
    return Briefing(
        article=article,
        people=[
            Person(name="习近平", role="主席", organisation="中华人民共和国"),
            Person(name="Нарендра Моди", role="Премьер-министр", organisation="Индия"),
        ],
        quotes=[
            Quote(text="Мы готовы", speaker="Нарендра Моди", kind="direct"),
            Quote(text="合作共赢", speaker="习近平", kind="direct"),
        ],
        takeaways=[Takeaway(text="习近平 met Нарендра Моди.")],
    )


def test_non_latin_names_and_quotes_survive(world_briefing, tmp_path):
    path = tmp_path / "world.docx"
    export_docx(world_briefing, path)
    document = docx.Document(str(path))
    text = _all_text(document)
    assert "习近平" in text and "Нарендра Моди" in text and "Синьхуа" in text
    # Two words are no pull quote: they are listed, with their speakers, in the appendix.
    statements = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "Нарендра Моди: “Мы готовы”" in statements
    assert "习近平: “合作共赢”" in statements
    assert document.core_properties.title == "习近平 and Нарендра Моди meet"


def test_sections_with_nothing_to_say_are_left_out(world_briefing, tmp_path):
    path = tmp_path / "world.docx"
    export_docx(world_briefing, path)
    document = docx.Document(str(path))
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [h.text for h in headings] == [
        "Key takeaways",
        "People",
        "Appendix",
        "Sources and method",
    ]
    # Page one is short: the next section follows on it rather than leave it half blank.
    assert not any(h.paragraph_format.page_break_before for h in headings)
    assert not document.inline_shapes


def test_edited_items_are_named_in_sources_and_method(seed_briefing, tmp_path):
    import copy

    briefing = copy.deepcopy(seed_briefing)
    briefing.people[1].edited = True
    briefing.figures[0].edited = True
    path = tmp_path / "edited.docx"
    export_docx(briefing, path)
    text = _all_text(docx.Document(str(path)))
    assert "These items were changed or added by hand" in text
    assert "People: Komal Kareer" in text
    assert "Figures: third-largest" in text


def test_a_quote_without_a_speaker_is_by_unknown_speaker_everywhere(tmp_path):
    briefing = Briefing(
        article=Article(text="“We will build it,” a spokesperson said. Costs will fall."),
        quotes=[
            Quote(text="We will build it", kind="direct", edited=True),
            Quote(text="costs will fall", kind="reported"),
        ],
    )
    path = tmp_path / "unattributed.docx"
    export_docx(briefing, path)
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Unknown speaker: “We will build it”" in paragraphs  # too short to pull out
    assert "Unknown speaker: Costs will fall" in paragraphs  # a reported statement
    assert "Quotes: Unknown speaker: “We will build it…”" in paragraphs
    assert "Unknown:" not in _all_text(document)


def test_a_quote_from_an_organisation_is_attributed_to_it(tmp_path):
    briefing = Briefing(
        article=Article(
            text="“We will build it,” Acme Ltd. said. Costs will fall, officials said."
        ),
        quotes=[
            Quote(text="We will build it", kind="direct", source="Acme Ltd."),
            Quote(text="costs will fall", kind="reported", source="officials"),
        ],
    )
    path = tmp_path / "sourced.docx"
    export_docx(briefing, path)
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Acme Ltd.: “We will build it”" in paragraphs  # too short to pull out
    assert "officials: Costs will fall" in paragraphs
    assert not any("Unknown speaker" in p for p in paragraphs)


def test_unedited_briefing_says_so(seed_document):
    assert "None: every item is as the analysis found it." in _all_text(seed_document)


def test_a_failed_export_keeps_the_old_file(seed_briefing, tmp_path, monkeypatch):
    from desktop.export import sections

    target = tmp_path / "old.docx"
    target.write_bytes(b"the old briefing")

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(sections, "people", broken)
    with pytest.raises(RuntimeError):
        export_docx(seed_briefing, target)
    assert target.read_bytes() == b"the old briefing"
    assert [p.name for p in tmp_path.iterdir()] == ["old.docx"]


def test_an_unwritable_place_raises_oserror(seed_briefing, tmp_path):
    with pytest.raises(OSError):
        export_docx(seed_briefing, tmp_path / "missing-folder" / "b.docx")


def test_long_properties_are_cut_to_what_word_accepts(tmp_path):
    from desktop.domain.model import Organisation

    names = [f"Organisation Number {n} of a Very Long List Incorporated" for n in range(12)]
    briefing = Briefing(
        article=Article(text="x", title="A headline " * 40),
        organisations=[Organisation(name=name) for name in names],
    )
    path = tmp_path / "long.docx"
    export_docx(briefing, path, analyst="N" * 300)
    props = docx.Document(str(path)).core_properties
    assert len(props.title) <= 255 and props.title.endswith("…")
    assert len(props.keywords) <= 255 and props.keywords.startswith(names[0])
    assert len(props.author) <= 255


def test_sources_and_method_counts_confirmed_edited_and_unchecked_items(seed_briefing, tmp_path):
    import copy

    from desktop.domain.model import BASIS_PREVIOUS_PARAGRAPH, BASIS_PRONOUN

    briefing = copy.deepcopy(seed_briefing)
    for kind in ("people", "organisations", "quotes", "figures", "phases", "relationships"):
        for item in getattr(briefing, kind):  # as if read directly, whatever the engine says
            item.basis, item.confirmed, item.edited = None, False, False
    for item in briefing.takeaways:
        item.basis, item.confirmed, item.edited = None, False, False
    briefing.quotes[0].basis, briefing.quotes[0].confirmed = BASIS_PREVIOUS_PARAGRAPH, True
    briefing.quotes[1].basis = BASIS_PRONOUN
    briefing.quotes[2].basis = BASIS_PRONOUN
    briefing.people[1].edited = True
    path = tmp_path / "checked.docx"
    export_docx(briefing, path)
    text = _all_text(docx.Document(str(path)))
    assert "Checking. 1 item confirmed by the analyst, 1 edited, 2 unchecked: found by an " in text
