"""decode_bytes: every encoding round trip with non-ASCII text, BOMs stripped, LF line breaks."""

import codecs

import pytest

from desktop.ingest.decoding import decode_bytes, decode_entities, decode_text
from desktop.ingest.errors import IngestError

CAFE = "Café Müller – 50 €"
FRENCH = "Café Müller – 50 €\nLe prix est de 50 € pour « deux » cafés, dit-il."
QUOTES = "naïve façade — “quoted” text, 10 € and 5 £"
GERMAN = "Das Unternehmen meldete einen Umsatz von 5 Mio. € – mehr als erwartet, sagte Müller."


def test_utf8():
    assert decode_bytes(CAFE.encode("utf-8")) == CAFE


def test_utf8_with_bom_loses_the_bom():
    assert decode_bytes(codecs.BOM_UTF8 + CAFE.encode("utf-8")) == CAFE


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_utf16_with_bom(bom, encoding):
    assert decode_bytes(bom + FRENCH.encode(encoding)) == FRENCH


def test_utf16_le_without_bom_is_detected():
    assert decode_bytes("Plain words in a row.".encode("utf-16-le")) == "Plain words in a row."


@pytest.mark.parametrize("text", [CAFE, FRENCH, QUOTES, GERMAN])
def test_cp1252_is_detected(text):
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    "text", ["Straße in Köln, Größe 5 für Bürger", "Crème brûlée à la française"]
)
def test_latin1_is_detected(text):
    assert decode_bytes(text.encode("latin-1")) == text


def test_cyrillic_cp1251_is_detected():
    text = "Компания сообщила о росте выручки на 15 процентов, сказал директор."
    assert decode_bytes(text.encode("cp1251")) == text


def test_crlf_and_cr_become_lf():
    assert decode_bytes(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"
    assert decode_bytes(codecs.BOM_UTF16_LE + "a\r\nb".encode("utf-16-le")) == "a\nb"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt is a PNG image, not a text article."),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "photo.txt is a PDF, not a text article."),
        (b"\x00\x01\x02\x03" * 64, "photo.txt looks like a binary file, not a text article."),
        (b"abc\x00\x01\x02\x03def", "photo.txt looks like a binary file, not a text article."),
    ],
)
def test_binary_data_is_refused(data, message):
    with pytest.raises(IngestError) as caught:
        decode_bytes(data, "photo.txt")
    assert str(caught.value) == message


def test_utf8_with_a_few_bad_bytes_stays_utf8_with_a_note():
    good = "The company’s plan – café prices – rose 5%. " * 30
    data = good.encode("utf-8")
    data = data[:50] + b"\x93" + data[50:]
    text, note = decode_text(data, "notes.txt")
    assert text.count("’") == 30 and "â€" not in text
    assert text.count("\ufffd") == 1
    assert note == "notes.txt is UTF-8 with 1 damaged character, shown as \ufffd."


def test_a_legacy_file_with_no_utf8_is_still_detected():
    data = "Café owners said prices rose. ".encode("cp1252") * 20
    assert decode_text(data, "old.txt") == ("Café owners said prices rose. " * 20, None)


def test_many_bad_bytes_are_a_legacy_file_not_damaged_utf8():
    data = ("naïve café résumé " * 40).encode("cp1252") + "’".encode()
    text, note = decode_text(data, "old.txt")
    assert note is None and "naïve" in text


def test_html_entities_with_a_semicolon_are_written_out():
    assert decode_entities("AT&amp;T, &AMP; and &#8217; &#x2019; &quot;") == 'AT&T, & and ’ ’ "'
    assert decode_entities("AT&T, Q&A, R&D, &notice, & co") == "AT&T, Q&A, R&D, &notice, & co"
