"""The details a fact-checker compares, pulled out of a claim and normalised.

Numbers are normalised so that format never counts as a difference: "three"
and "3", "52.3%" and "52.3 percent", "$2.5 million" and "2.5 million dollars"
all give the same key. Each detail keeps its surface text, so a reason can
quote the words the reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ._text import MONTH_PATTERN, WEEKDAYS, fold, month_number
from .vocab import is_common_word

__all__ = ["Detail", "Details", "extract_details"]


@dataclass(frozen=True)
class Detail:
    """One detail: ``kind`` (number, year, ordinal, date, month, time, weekday,
    negation, name or quote), a normalised ``key`` and the ``surface`` text."""

    kind: str
    key: str
    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class Details:
    items: tuple[Detail, ...]

    def of(self, *kinds: str) -> tuple[Detail, ...]:
        return tuple(d for d in self.items if d.kind in kinds)

    def keys(self, *kinds: str) -> tuple[str, ...]:
        return tuple(d.key for d in self.of(*kinds))


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
_NEGATIONS = {
    "not": "not", "n't": "not", "cannot": "not", "never": "never", "no": "no", "none": "none",
    "nobody": "nobody", "nothing": "nothing", "neither": "neither", "nor": "nor", "without": "without",
    "nowhere": "nowhere",
}  # fmt: skip

_DATE_RE = re.compile(
    rf"\b(?P<mon>{MONTH_PATTERN})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d)"
    rf"|\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH_PATTERN})\b\.?"
)
_MONTH_RE = re.compile(rf"\b(?P<mon>{MONTH_PATTERN})\b\.?")
_TIME_RE = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?![a-z])|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b"
    r"|\b(?P<word>noon|midnight)\b",
    re.I,
)
_WEEKDAY_RE = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)")
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
    r"\b(?:(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|" + "|".join(_SCALES) + r")(?:[\s-]+(?:and\s+)?)?)+",
    re.I,
)
_NEG_RE = re.compile(r"\b(?:not|cannot|never|none|nobody|nothing|neither|nor|without|nowhere)\b|n't\b|\bno\b(?!\.\s?\d)", re.I)
_QUOTE_RE = re.compile(r'"([^"]{2,}?)"|"([^"]{12,})$|(?<![\w])\'([^\']{3,}?)\'(?![\w])')
_NAME_RE = re.compile(r"(?:[A-Z][\w'.-]*|(?:[A-Z]\.){2,})(?:\s+(?:(?:of|the|de|van|von|al|bin|da|del|la|le)\s+)?(?:[A-Z][\w'.-]*|(?:[A-Z]\.){2,}))*")
_SENTENCE_STARTERS = frozenset(
    "a an the this that these those he she it they we i you his her its their our my after before in on at "
    "for with by from as but and or so if when while although though however meanwhile also then there here "
    "during since until despite amid among according earlier later last next some many most several all both "
    "each one two three four five six seven eight nine ten what who which where why how".split()
)
_NOT_NAMES = frozenset(
    "I A The This That It He She We They You His Her Its Their Our My Mr Mrs Ms Dr Sen Rep Gen Gov No".split()
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


def _is_name_token(token: str, at_start: bool, alone: bool) -> bool:
    """Whether a capitalised token is a name. At a sentence start capitals prove
    nothing, so a lone common word there ("Prices rose") is not taken as a name."""
    if token in _NOT_NAMES or len(token) < 2 and not token.isupper():
        return False
    if at_start:
        if token.lower() in _SENTENCE_STARTERS:
            return False
        return not (alone and is_common_word(token.lower()))
    return True


def _names(text: str, taken: list[tuple[int, int]]) -> list[Detail]:
    out = []
    for m in _NAME_RE.finditer(text):
        start, end = m.span()
        words = m.group().split()
        before = text[:start].rstrip()
        at_start = not before or before[-1] in '.!?:"(' or before.endswith("--")
        if at_start and words and not _is_name_token(words[0].rstrip(".,'"), True, len(words) == 1):
            words = words[1:]
            if not words:
                continue
            start = text.index(words[0], start)
        surface = text[start:end].rstrip(".,'")
        if not surface or _overlaps(start, end, taken):
            continue
        if all(w.rstrip(".") in _NOT_NAMES for w in surface.split()):
            continue
        out.append(Detail("name", surface.lower().replace("'s", ""), surface, start, start + len(surface)))
    return out


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


@lru_cache(maxsize=65536)
def extract_details(text: str) -> Details:
    """Extract the normalised details of one claim.

    >>> d = extract_details("Three meetings cost $2.5 million, 52.3% more, on Thursday, Feb. 4, 2021.")
    >>> d.keys("number"), d.keys("date"), d.keys("weekday"), d.keys("year")
    (('3', '2500000 dollars', '52.3 percent'), ('02-04',), ('Thursday',), ('2021',))
    """
    flat = fold(text)
    items: list[Detail] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, key: str, start: int, end: int) -> None:
        items.append(Detail(kind, key, text[start:end].strip(), start, end))
        taken.append((start, end))

    for m in _DATE_RE.finditer(flat):
        mon, day = (m["mon"], m["d"]) if m["mon"] else (m["mon2"], m["d2"])
        month = month_number(mon)
        if month and 1 <= int(day) <= 31 and not (mon == "May" and not m["mon"]):
            add("date", f"{month:02d}-{int(day):02d}", *m.span())
    for m in _TIME_RE.finditer(flat):
        if _overlaps(*m.span(), taken):
            continue
        if m["word"]:
            key = "12:00 pm" if m["word"].lower() == "noon" else "12:00 am"
        elif m["h24"] is not None:
            key = f"{int(m['h24']):02d}:{m['m24']}"
        else:
            key = f"{int(m['h'])}:{m['m'] or '00'} {'am' if m['ap'].lower().startswith('a') else 'pm'}"
        add("time", key, *m.span())
    for m in _ORDINAL_RE.finditer(flat):
        if not _overlaps(*m.span(), taken):
            add("ordinal", str(int(m["n"]) if m["n"] else _ORDINALS[m["w"].lower()]), *m.span())
    for m in _NUMBER_RE.finditer(flat):
        if _overlaps(*m.span("num"), taken):
            continue
        value = _decimal(m["num"])
        scale = (m["scale"] or "").lower()
        value *= _SCALES.get(scale) or _SHORT_SCALES.get(scale, 1)
        unit_text = (m["unit"] or "").lower()
        unit = _UNIT_WORDS.get(unit_text) or _UNIT_WORDS.get(unit_text.rstrip("s")) or _CURRENCY.get((m["cur"] or "").lower(), "")
        start, end = m.span()
        if flat[start].isspace():
            start += 1
        is_year = not (m["cur"] or scale or unit) and re.fullmatch(r"(?:1[89]|20)\d\d", m["num"]) is not None
        add("year" if is_year else "number", _fmt(value) + (f" {unit}" if unit else ""), start, end)
    for m in _WORD_NUMBER_RE.finditer(flat):
        phrase = m.group().strip(" -")
        start = m.start()
        end = start + len(phrase)
        if _overlaps(start, end, taken) or phrase.lower() in ("one", "and") or not phrase:
            continue
        value = _words_value(phrase)
        if value is None:
            continue
        tail = re.match(r"\s*(%|percent\b|per cent\b|dollars?\b|euros?\b|pounds?\b)", flat[end:], re.I)
        unit = _UNIT_WORDS.get(tail[1].lower(), "") if tail else ""
        if tail:
            end += tail.end()
        add("number", str(value) + (f" {unit}" if unit else ""), start, end)
    for m in _MONTH_RE.finditer(text):
        if not _overlaps(*m.span(), taken) and not (m["mon"] in ("May", "March") and _sentence_initial(text, m.start())):
            add("month", MONTHS_CANON[month_number(m["mon"]) - 1], *m.span())
    for m in _WEEKDAY_RE.finditer(text):
        stem = m.group().rstrip(".").lower()
        stem = stem[:-1] if stem.endswith("days") else stem
        stem = stem[:-3] if stem.endswith("day") and stem not in WEEKDAYS else stem
        if stem in WEEKDAYS:
            add("weekday", WEEKDAYS[stem], *m.span())
    for m in _NEG_RE.finditer(flat):
        add("negation", _NEGATIONS.get(m.group().lower(), "not"), *m.span())
    for m in _QUOTE_RE.finditer(flat):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        start, end = m.span(group)
        if len(m.group(group).split()) >= 2:
            key = m.group(group).strip().strip(",.;:!? ").lower()
            items.append(Detail("quote", key, text[start:end].strip(), start, end))
    items.extend(_names(text, [(d.start, d.end) for d in items if d.kind in ("date", "month", "weekday", "time")]))
    return Details(tuple(sorted(items, key=lambda d: (d.start, d.kind))))


MONTHS_CANON = ("January February March April May June July August September October November December").split()


def _sentence_initial(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in '.!?"'
