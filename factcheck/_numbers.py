"""Numbers in news text, normalised so that format never counts as a difference.

"three" and "3", "52.3%" and "52.3 percent", "$2.5 million" and "2.5 million
dollars", "1,200" and "1200" all give the same key. Years, ordinals and plain
quantities are kept apart, so "the first summit in 2018" compares 2018 with
other years and "first" with other ordinals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

__all__ = ["find_numbers"]

_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "one": 1,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 10**9, "b": 10**9, "tn": 10**12}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "fiftieth": 50, "hundredth": 100,
}  # fmt: skip
_CURRENCY = {"$": "dollars", "us$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
_UNIT_WORDS = {
    "dollar": "dollars", "dollars": "dollars", "usd": "dollars", "euro": "euros", "euros": "euros",
    "eur": "euros", "pound": "pounds", "pounds": "pounds", "sterling": "pounds", "gbp": "pounds",
    "yen": "yen", "percent": "percent", "per cent": "percent", "%": "percent", "pct": "percent",
    "percentage point": "points", "percentage points": "points",
}  # fmt: skip
_ORDINAL_RE = re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\b|\b(?P<w>" + "|".join(_ORDINALS) + r")\b", re.I)
_NUMBER_RE = re.compile(
    r"(?<![\w.,])(?<![A-Za-z]-)(?P<cur>US\$|[$€£¥])?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|mln|mn|bn|tn|[kmb])\b)?"
    r"(?:\s?(?P<unit>%|percent\b|per cent\b|pct\b|percentage points?\b|dollars?\b|euros?\b|pounds?\b|yen\b|usd\b|eur\b|gbp\b))?"
    r"(?![\w-]*[A-Za-z])",
    re.I,
)
_WORD_NUMBER_RE = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r"|"
    + "|".join(_SCALES)
    + r")\b(?:[\s-]+(?:and\s+)?)?)+",
    re.I,
)


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex only passes digits
        return Decimal(0)


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _words_value(phrase: str) -> int | None:
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word in ("", "and"):
            continue
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
    return total + current if seen else None


_DIGIT = re.compile(r"\d")
# Sentences with no number word skip the (slow) number-word patterns.
_LOWER_WORD = re.compile(r"[a-z]+")
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_SCALES) | frozenset(_ORDINALS)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def find_numbers(flat: str, taken: list[tuple[int, int]]) -> Iterator[tuple[str, str, int, int]]:
    """Yield ``(kind, key, start, end)`` for the ordinals, numbers and years in
    ``flat`` (quote-folded text), skipping spans already ``taken`` by dates or
    times. ``taken`` grows as numbers are found.

    >>> [k for _, k, _, _ in find_numbers("$2.5 million, three, 52.3% in 2019, the first", [])]
    ['1', '2500000 dollars', '52.3 percent', '2019', '3']
    """

    def claim(kind: str, key: str, start: int, end: int) -> tuple[str, str, int, int]:
        taken.append((start, end))
        return kind, key, start, end

    digits = _DIGIT.search(flat) is not None
    words = not _NUMBER_WORDS.isdisjoint(_LOWER_WORD.findall(flat.lower()))
    for m in _ORDINAL_RE.finditer(flat) if digits or words else ():
        if not _overlaps(*m.span(), taken):
            yield claim("ordinal", str(int(m["n"]) if m["n"] else _ORDINALS[m["w"].lower()]), *m.span())
    for m in _NUMBER_RE.finditer(flat) if digits else ():
        if _overlaps(*m.span("num"), taken):
            continue
        value = _decimal(m["num"])
        scale = (m["scale"] or "").lower()
        value *= _SCALES.get(scale) or _SHORT_SCALES.get(scale, 1)
        unit_text = (m["unit"] or "").lower()
        unit = (
            _UNIT_WORDS.get(unit_text)
            or _UNIT_WORDS.get(unit_text.rstrip("s"))
            or _CURRENCY.get((m["cur"] or "").lower(), "")
        )
        start, end = m.span()
        if flat[start].isspace():
            start += 1
        is_year = not (m["cur"] or scale or unit) and re.fullmatch(r"(?:1[89]|20)\d\d", m["num"]) is not None
        yield claim("year" if is_year else "number", _fmt(value) + (f" {unit}" if unit else ""), start, end)
    for m in _WORD_NUMBER_RE.finditer(flat) if words else ():
        phrase = m.group().strip(" -")
        start = m.start()
        end = start + len(phrase)
        # A lone "one" is nearly always a pronoun ("one of the", "no one").
        if not phrase or phrase.lower() in ("one", "and") or _overlaps(start, end, taken):
            continue
        value = _words_value(phrase)
        if value is None:
            continue
        tail = re.match(r"\s*(%|percent\b|per cent\b|dollars?\b|euros?\b|pounds?\b)", flat[end:], re.I)
        unit = _UNIT_WORDS.get(tail[1].lower(), "") if tail else ""
        if tail:
            end += tail.end()
        yield claim("number", str(value) + (f" {unit}" if unit else ""), start, end)
