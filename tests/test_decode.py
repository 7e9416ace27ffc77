import codecs

import pytest

from factcheck._decode import decode_bytes
from factcheck.errors import InputError

TEXT = "Zoë Müller said “the budget passed” – José agreed…"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
        ("José Müller sagte ça".encode("latin-1"), "cp1252"),
    ],
)
def test_decodes_common_encodings(data, encoding):
    text, found = decode_bytes(data, "a.txt")
    assert found == encoding
    assert "Zoë" in text or "José" in text
    assert "\ufeff" not in text


def test_cp1252_curly_quotes_become_real_quotes():
    text, _ = decode_bytes(TEXT.encode("cp1252"), "a.txt")
    assert text == TEXT


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\r\n\t ", "the file is empty"),
        (b"%PDF-1.7 binary stuff", "this is a PDF"),
        (b"\x89PNG\r\n\x1a\n....", "this is a PNG image"),
        (b"PK\x03\x04zipzip", "ZIP/Office"),
        (b"text with a \x00 NUL byte", "binary"),
        (bytes(range(128, 256)) * 20, "cannot be decoded"),
    ],
)
def test_refuses_what_is_not_text(data, message):
    with pytest.raises(InputError, match=message) as info:
        decode_bytes(data, "bad.txt")
    assert "bad.txt" in str(info.value)
    assert info.value.path.name == "bad.txt"
