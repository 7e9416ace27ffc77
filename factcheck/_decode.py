"""Bytes to text: BOMs, UTF-8, the Windows code pages news desks still emit, and refusals.

English news that is not UTF-8 is nearly always cp1252 (or its subset latin-1),
so cp1252 is preferred whenever it decodes cleanly and reads as text. Other
legacy encodings go to charset-normalizer.
"""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

from .errors import InputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Signatures of formats people drop into article folders by mistake.
_BINARY_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP/Office document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed",
    b"{\\rtf": "an RTF document",
    b"\xd0\xcf\x11\xe0": "an old Word/Excel document",
}
_LATIN_FAMILY = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "mac_roman", "cp850"}


def _bad_char_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0 or ch == "\ufffd")
    return bad / len(text)


def _foreign_letter_share(text: str) -> float:
    """Share of letters outside ASCII: a few percent in Western text, most of it in mojibake."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if ord(ch) > 127) / len(letters) if letters else 0.0


def decode_bytes(data: bytes, path: str | Path) -> tuple[str, str]:
    """Decode an article file's bytes; return ``(text, encoding)``.

    Raises :class:`InputError` for empty, binary or undecodable files.

    >>> decode_bytes("caf\\u00e9 \\u201cok\\u201d".encode("cp1252"), "a.txt")
    ('café “ok”', 'cp1252')
    """
    if not data.strip():
        raise InputError(path, "the file is empty.", "Remove it from the folder or paste the article text into it.")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    path,
                    f"the file starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason} at byte {exc.start}).",
                    "Re-save it as UTF-8.",
                ) from None
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(
                path,
                f"this is {what}, not article text.",
                "Export or copy the article as .txt, .html, .md, .json, .jsonl or .csv.",
            )
    if b"\x00" in data[:4096]:
        raise InputError(
            path,
            "the file is binary (it contains NUL bytes), not article text.",
            "Export or copy the article as .txt, .html, .md, .json, .jsonl or .csv.",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    latin: str | None = None
    with contextlib.suppress(UnicodeDecodeError):
        latin = data.decode("cp1252")
    if latin is not None and _bad_char_share(latin) < 0.001 and _foreign_letter_share(latin) < 0.3:
        return latin, "cp1252"
    from charset_normalizer import from_bytes  # only for the rare non-cp1252 legacy file

    best = from_bytes(data).best()
    if best is not None and best.encoding not in _LATIN_FAMILY:
        text = str(best)
        if _bad_char_share(text) < 0.001:
            return text, best.encoding
    if latin is not None and _bad_char_share(latin) < 0.001:
        return latin, "cp1252"
    raise InputError(
        path,
        "the text cannot be decoded: it is not UTF-8, not cp1252/latin-1 and no other encoding fits.",
        "Open it in an editor and re-save it as UTF-8 (or check that it is really a text file).",
    )
