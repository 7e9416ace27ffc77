"""Numbers in news text, normalised so that format never counts as a difference.

"three" and "3", "52.3%" and "52.3 percent", "$2.5 million" and "2.5 million
dollars", "1,200" and "1200" all give the same key. Years, ordinals and plain
quantities are kept apart, so "the first summit in 2018" compares 2018 with
other years and "first" with other ordinals. A number that names a thing
("Route 52", "a Boeing 737") is a ``label``, not a quantity, and a quantity
restated in other units ("600 metres (2,000 feet)") is a ``conversion``: neither
is compared with other numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from ._text import MONTHS, WEEKDAYS

__all__ = ["find_numbers", "is_label", "restated"]

_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "one": 1,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 10**9, "b": 10**9,
                 "tn": 10**12}  # fmt: skip
_FRACTIONS = {
    "half": "0.5",
    "quarter": "0.25",
    "\u00bd": "0.5",
    "\u00bc": "0.25",
    "\u00be": "0.75",
    "1/2": "0.5",
    "1/4": "0.25",
    "3/4": "0.75",
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "fiftieth": 50, "hundredth": 100,
}  # fmt: skip
# Every kind of dollar is "dollars": two outlets converting one sum give it in brackets ("$US1 million ($1.52 million)").
_CURRENCY = {"$": "dollars", "us$": "dollars", "$us": "dollars", "a$": "dollars", "au$": "dollars", "c$": "dollars",
             "s$": "dollars", "nz$": "dollars", "hk$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}  # fmt: skip
_MONEY = frozenset(_CURRENCY.values())
_UNIT_WORDS = {
    "dollar": "dollars", "dollars": "dollars", "usd": "dollars", "euro": "euros", "euros": "euros",
    "eur": "euros", "pound": "pounds", "pounds": "pounds", "sterling": "pounds", "gbp": "pounds",
    "yen": "yen", "percent": "percent", "per cent": "percent", "%": "percent", "pct": "percent",
    "percentage point": "points", "percentage points": "points",
}  # fmt: skip
_ORDINAL_RE = re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\b|\b(?P<w>" + "|".join(_ORDINALS) + r")\b", re.I)
_NUMBER_RE = re.compile(
    r"(?<![\w.,])(?:(?<![A-Za-z]-)|(?<=\d-of-))(?P<cur>US\$|\$US|(?:AU|NZ|HK|[ACS])\$|[$€£¥])?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    # "4½", "4 1/2", "2-1/2" (the detokenised "41/2" is read by _GLUED_FRACTION)
    r"(?P<frac>\s?[\u00bd\u00bc\u00be]|(?<=\d)[\s-](?:1/[24]|3/4)(?![\d/]))?"
    r"(?:(?:\s?|-(?=[a-z]{7}))(?P<scale>thousand|million|billion|trillion|mln|mn|bn|tn|mm|[kmb])\b)?"
    r"(?:\s?(?P<unit>%|percent\b|per cent\b|pct\b|percentage points?\b|dollars?\b|euros?\b|pounds?\b|yen\b|usd\b|eur\b|gbp\b))?"
    # Never part of a longer number ("7" of "7.2", "15" of "15,800"), never glued to letters ("3D", "1980s",
    # and "58km": read, it would set kilometres against miles); "7.2-magnitude", "a 10-day trip" and an
    # age ("a 61-year-old": compared only with the same person's age, see _slots) are numbers.
    # A figure with a character lost in encoding ("4\ufffd months") cannot be read.
    r"(?!\d|[.,]\d|[A-Za-z_\ufffd])",
    re.I,
)
# Short scales only count with money ("$5m", "5m euros"); otherwise "600 m" is 600 metres.
_MONEY_SCALES = frozenset(("k", "m", "mm", "b"))  # "$160MM" is money; "155mm" is a calibre
_WORD_NUMBER_RE = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r"|"
    + "|".join(_SCALES)
    # "and" joins only after a scale: "two hundred and fifty" is one number, "four and five" two.
    + r")\b(?:[\s-]+(?:(?:(?<=hundred )|(?<=thousand )|(?<=million )|(?<=billion ))and\s+)?)?)+",
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


# Words before a number that make it a name, not a count, even at a sentence start or before a plural
# ("Route 52", "a Boeing 737 jet", "Interstate 805", "Chapter 11").
_LABEL_WORDS = frozenset(
    (
        "route highway interstate freeway exit flight boeing airbus apollo model version series type class "
        "chapter section article amendment proposition prop act title channel room gate terminal platform "
        "pier berth lot unit apartment suite floor building block ward district precinct school division page "
        "track level stage phase game week round generation windows"
    ).split()
)
# Capitalised words that only qualify or introduce a count ("About 50 people", "Some 20"), and titles.
_NOT_LABELS = frozenset(
    (
        "about around nearly over some only just almost approximately roughly under more less than at in on by to "
        "of for from with and or but the a an all top up no nos no. nos. number mr mrs ms dr sen rep gov "
        "aged age ages"
    ).split()
)
_WORD_BEFORE = re.compile(r"(?:(?<=\s)|^)(?P<word>[^\W\d_]*[A-Z][\w.&'\u2019-]*?)\.? $")
_SCORE_AFTER = re.compile(r"\s*[-\u2013]\s*\d|,\s+(?:[A-Z][\w.'-]*\s+)+\d")  # "Lakers 102-98", "Lions 21, Bears 17"
_TALLY_BEFORE = re.compile(r"\d[,;]\s+(?:[A-Z][\w.'-]*\s+)*$")  # "Ortega 52, Lind 48"
_COUNTED_AFTER = re.compile(r"\s+(?P<w>[a-z]{2,}(?<!ss)(?<!us)(?<!is)s|people|men|women|children|percent|per cent)\b")
_NOT_PLURALS = frozenset(
    "was has his its this thus does plus always perhaps whereas besides towards afterwards".split()
)
_TIME_UNITS_AFTER = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|percent|points?)\b")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


def is_label(flat: str, start: int, end: int, *, year: bool = False) -> bool:
    """Whether the bare number at ``flat[start:end]`` names a thing ("Route 52") rather than counts one.

    A number right after a capitalised product, road or model word is a label; so is one after an
    acronym ("IE 7"), unless a unit of time or a counted plural follows ("told Congress 60 days ago").
    Sentence-initial words, months, possessives and score lines ("Lakers 102-98") are not.

    >>> [is_label(t, t.index("5"), t.index("5") + 2) for t in ("He took Route 52 home.", "About 52 came.",
    ...  "He gave Congress 52 days.", "The Lakers 52-48 win.", "A fleet of 52 ships.", "The IE 52 users.")]
    [True, False, False, False, False, True]
    """
    m = _WORD_BEFORE.search(flat, max(0, start - 40), start)
    if not m:
        return False
    word = m["word"]
    bare = word.lower().rstrip(".")
    after = flat[end:]
    if bare in _LABEL_WORDS:
        return not _SCORE_AFTER.match(after)
    if word.isupper() and not any(c.islower() for c in flat):
        return False  # "EARTHQUAKE OF MAGNITUDE 6.4 STRIKES": in a sentence set in capitals they prove nothing
    initial = not flat[: m.start()].strip() or flat[: m.start()].rstrip()[-1] in ".!?\"'"
    if (
        initial
        or year
        or bare in _NOT_LABELS
        or bare in _CALENDAR
        or word.endswith(("'s", "'", "\u2019s", "\u2019"))
        or _SCORE_AFTER.match(after)
        or _TALLY_BEFORE.search(flat, 0, m.start())
        or _TIME_UNITS_AFTER.match(after)
    ):
        return False
    acronym = sum(c.isupper() for c in word) >= 2
    counted = _COUNTED_AFTER.match(after)
    return acronym or not counted or counted["w"] in _NOT_PLURALS


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


# "served 41/2 months": a one-digit whole number glued to its fraction when the space was lost.
_GLUED_FRACTION = re.compile(
    r"(?<![\w.,/])(?P<whole>\d)(?P<frac>1/[24]|3/4)(?![\d/])"
    r"(?=[\s-]+(?:[a-z]{2,}s|feet|foot|inch|mile|percent|per cent|pound|ton|year|month|week|day|hour|minute)\b)"
)
# "the Colts (11-4)", "a 31-24 win", "(45-7-2, 36 KOs)": a score or a record is one figure. Ascending
# pairs stay two numbers, the ends of a range ("10-15 people").
_SCORE = re.compile(
    r"(?<![\w.,$\u20ac\u00a3\u00a5/-])(?P<a>\d{1,3})[-\u2013](?P<b>\d{1,3})(?:[-\u2013](?P<c>\d{1,3}))?"
    r"(?![\w/%]|[.,]\d|[-\u2013]\d|\s?(?:[ap]\.?m\b|percent|per cent))"
)
# A fraction is one figure: "two-thirds", "a quarter of", "3/4 of", "1/2 percent", "a 1/4-mile loop", "\u00be percent"
# (not "4\u00bd" or "4 1/2", read with the whole number). "a third" alone is an ordinal ("a third term"); "half"
# alone is too many other things; "3/4" alone may be a date.
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8,
                 "tenth": 10}  # fmt: skip
_VULGAR = {"\u00bd": "1/2", "\u2153": "1/3", "\u2154": "2/3", "\u00bc": "1/4", "\u00be": "3/4", "\u2155": "1/5",
           "\u215b": "1/8"}  # fmt: skip
_FRACTION = re.compile(
    r"\b(?P<wn>an?|one|two|three|four|five|seven|nine)(?P<sep>-|\s+)(?P<wd>halves|half|(?:third|quarter|fourth|fifth"
    r"|sixth|eighth|tenth)s?)\b(?P<of>(?=\s+of\b))?"
    r"|(?<![\w/.,])(?<!\d[\s-])(?P<dn>[1-9])/(?P<dd>[2-9]|10)(?=\s+of\b|[\s-]?(?:%|(?:percent|per cent|percentage"
    r"|points?|miles?|inch(?:es)?|hours?|cups?|pounds?|tons?|acres?|gallons?|lit(?:er|re)s?|yards?|foot|feet"
    r"|met(?:er|re)s?)\b))"
    r"|(?<!\d)(?<!\d\s)(?P<v>[\u00bd\u2153\u2154\u00bc\u00be\u2155\u215b])",
    re.I,
)
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b|(?P<points>percentage points?\b))", re.I)


def _fraction(m: re.Match[str]) -> str | None:
    """The value of a :data:`_FRACTION` match, three decimals at most; None where the words are no fraction."""
    if m["v"]:
        num, den = _VULGAR[m["v"]].split("/")
    elif m["dn"]:
        num, den = m["dn"], m["dd"]
    else:
        first = m["wn"].lower()
        if m["of"] is None and (m["sep"] != "-" or first in ("a", "an")):
            return None  # "a third term", "three quarters" of a game
        num = "1" if first in ("a", "an") else str(_UNITS[first])
        if num != "1" and not m["wd"].lower().endswith("s"):
            return None  # "a four-quarter comeback": a count of quarters, not a fraction
        den = str(_DENOMINATORS[m["wd"].lower().rstrip("s") if m["wd"].lower() != "halves" else "half"])
    return _fmt(round(Decimal(num) / Decimal(den), 3))


_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+an?[\s-]+(?P<frac>half|quarter)\b", re.I)
_HALF_A = re.compile(r"\bhalf[\s-]an?[\s-]$", re.I)
# A lone "one" that counts: after a word that bounds a count ("at least one", "only one"), or before a
# person counted ("one man", "one soldier"); otherwise it is a pronoun ("one of the", "no one said").
_ONE_BOUNDED = re.compile(r"\b(?:at (?:least|most)|(?:more|fewer|less) than|only|just|exactly)\s+$", re.I)
_ONE_PERSON = re.compile(
    r"\s+(?:person|man|woman|child|boy|girl|soldier|officer|civilian|student|worker|passenger|victim)\b", re.I
)
# "$140-150MM": the second end of a range has the first end's currency.
_CURRENCY_RANGE = re.compile(r"(?P<cur>[$\u20ac\u00a3\u00a5])\s?\d[\d.,]*\s?(?:-|\u2013|to)\s?$")
# The second end of a range that carries the scale for both ("between $140 and $150 million", "10-20 billion").
_RANGE_SCALE = re.compile(
    r"\s*(?:-|\u2013|to|and)\s*[$\u20ac\u00a3]?\s*\d[\d.,]*\s?(?P<scale>thousand|million|billion|trillion|mm|mn|bn|[mbk])\b",
    re.I,
)


def find_numbers(flat: str, taken: list[tuple[int, int]]) -> Iterator[tuple[str, str, int, int]]:
    """Yield ``(kind, key, start, end)`` for the ordinals, numbers, years and labels
    (see :func:`is_label`) in ``flat`` (quote-folded text), skipping spans already
    ``taken`` by dates or times. ``taken`` grows as numbers are found.

    >>> [k for _, k, _, _ in find_numbers("$2.5 million, three, 52.3% in 2019, the first", [])]
    ['1', '2500000 dollars', '52.3 percent', '2019', '3']
    """

    def claim(kind: str, key: str, start: int, end: int) -> tuple[str, str, int, int]:
        taken.append((start, end))
        return kind, key, start, end

    digits = _DIGIT.search(flat) is not None
    lowered = set(_LOWER_WORD.findall(flat.lower()))
    words = not _NUMBER_WORDS.isdisjoint(lowered)
    for m in _FRACTION.finditer(flat) if words or "quarter" in lowered or "/" in flat or not flat.isascii() else ():
        value = _fraction(m)
        if value is None or _overlaps(*m.span(), taken):
            continue
        tail = _PERCENT_AFTER.match(flat, m.end())
        unit = (" points" if tail["points"] else " percent") if tail else ""
        yield claim("number", value + unit, m.start(), tail.end() if tail else m.end())
    for m in _ORDINAL_RE.finditer(flat) if digits or words else ():
        if not _overlaps(*m.span(), taken):
            yield claim("ordinal", str(int(m["n"]) if m["n"] else _ORDINALS[m["w"].lower()]), *m.span())
    for m in _SCORE.finditer(flat) if digits and ("-" in flat or "\u2013" in flat) else ():
        if (m["c"] or int(m["a"]) >= int(m["b"])) and not _overlaps(*m.span(), taken):
            yield claim("number", f"{m.group().replace(chr(0x2013), '-')} score", *m.span())
    for m in _GLUED_FRACTION.finditer(flat) if digits and "/" in flat else ():
        if not _overlaps(*m.span(), taken):
            yield claim("number", _fmt(_decimal(m["whole"]) + _decimal(_FRACTIONS[m["frac"]])), *m.span())
    for m in _NUMBER_RE.finditer(flat) if digits else ():
        if _overlaps(*m.span("num"), taken):
            continue
        value = _decimal(m["num"])
        if m["frac"]:
            value += _decimal(_FRACTIONS[m["frac"].strip().lstrip("-")])
        scale = (m["scale"] or "").lower()
        if not scale and not m["unit"] and (shared := _RANGE_SCALE.match(flat, m.end())):
            # "$140 and $150 million": both ends are millions; "26 percent to $817 million" is no range
            scale = shared["scale"].lower()
        unit_text = (m["unit"] or "").lower()
        start, end = m.span()
        cur = m["cur"] or ((r := _CURRENCY_RANGE.search(flat, max(0, start - 20), start)) and r["cur"]) or ""
        unit = _UNIT_WORDS.get(unit_text) or _UNIT_WORDS.get(unit_text.rstrip("s")) or _CURRENCY.get(cur.lower(), "")
        if scale in _MONEY_SCALES and unit not in _MONEY:
            if m.end("num") == m.start("scale"):
                continue  # "1B", "200m": a code or a glued unit, not a count of millions
            scale, end = "", m.end("num")  # "600 m": the letter stays a word, the unit of the number
        value *= _SCALES.get(scale) or _SHORT_SCALES.get(scale, 1)
        if flat[start].isspace():
            start += 1
        is_year = not (m["cur"] or scale or unit) and re.fullmatch(r"(?:1[89]|20)\d\d", m["num"]) is not None
        if not (m["cur"] or scale or unit) and is_label(flat, start, end, year=is_year):
            yield claim("label", m["num"], start, end)
            continue
        yield claim("year" if is_year else "number", _fmt(value) + (f" {unit}" if unit else ""), start, end)
    for m in _WORD_NUMBER_RE.finditer(flat) if words else ():
        phrase = re.sub(r"[\s-]+and$", "", m.group().strip(" -"), flags=re.I)
        start = m.start()
        end = start + len(phrase)
        half = _AND_A_HALF.match(flat, end)
        lone = phrase.lower() == "and" or (phrase.lower() == "one" and not _counts_one(flat, start, end))
        if not phrase or (lone and not half) or _overlaps(start, end, taken):
            continue
        value = _words_value(phrase)
        if value is None:
            continue
        if half:  # "four and a half months"
            value, end = _decimal(str(value)) + _decimal(_FRACTIONS[half["frac"].lower()]), half.end()
        elif phrase.lower() == "dozen" and (halved := _HALF_A.search(flat, max(0, start - 8), start)):
            value, start = 6, halved.start()  # "half a dozen"
        tail = re.match(r"\s*(%|percent\b|per cent\b|dollars?\b|euros?\b|pounds?\b)", flat[end:], re.I)
        unit = _UNIT_WORDS.get(tail[1].lower(), "") if tail else ""
        if tail:
            end += tail.end()
        yield claim("number", _fmt(_decimal(str(value))) + (f" {unit}" if unit else ""), start, end)


def _counts_one(flat: str, start: int, end: int) -> bool:
    return _ONE_BOUNDED.search(flat, max(0, start - 20), start) is not None or _ONE_PERSON.match(flat, end) is not None


_MEASURE = (
    r"(?:(?<=\d)|\b)(?:(?:sq(?:uare)?\.?\s*|cubic\s+)?(?:km|kilomet(?:er|re)s?|m|met(?:er|re)s?|cm|centimet(?:er|re)s?|"
    r"mm|millimet(?:er|re)s?|mi|miles?|ft|feet|foot|inch(?:es)?|yds?|yards?)|kg|kilos?|kilograms?|g|grams?|lbs?|"
    r"pounds?|tonnes?|tons?|oz|ounces?|mph|kph|km/h|knots?|acres?|hectares?|ha|litres?|liters?|gallons?|"
    r"degrees?(?:\s+(?:C|F|Celsius|Fahrenheit))?|°\s*[CF]?|[CF]|dollars?|euros?|yen)(?![\w/])"
)
_OPENED = re.compile(r"\(\s*(?:about|around|some|roughly|approx\.?|nearly)?\s*$", re.I)
# What stands before the bracket: a unit ("600 metres (", "58km (", "2m euros ("), or a clock time and
# its day or zone ("9:40 p.m. Friday (1:40 a.m. ET Saturday)").
_UNIT_BEFORE = re.compile(rf"{_MEASURE}\s*-?\s*$", re.I)
_AFTER_TIME = re.compile(r"(?:\s+(?:[A-Z]{2,4}|local time|[A-Z][a-z]+day|today|tonight)){0,3}\s*$")
_UNIT_AFTER = re.compile(rf"\s*-?\s*{_MEASURE}", re.I)
_JOINER = re.compile(r"\s*(?:;|,|/|or|and)\s*", re.I)


def _has_unit(flat: str, kind: str, key: str, end: int) -> bool:
    return kind == "time" or " " in key or _UNIT_AFTER.match(flat, end) is not None


def restated(flat: str, found: list[tuple[str, str, int, int]]) -> set[int]:
    """Starts of the quantities in ``found`` that only restate, in brackets, the quantity before them in
    other units: "three metres (10 feet)", "2,000 feet (600 m)", "58km (36 miles)", "2m euros (£1.7m;
    $2.6m)". Both sides carry a unit, so "20 people (five of them children)" restates nothing.

    >>> t = "It fell 600 metres (2,000 feet), then 3m (10 ft; 120 inches) onto 20 rocks (five wet)."
    >>> found = list(find_numbers(t, []))
    >>> [t[s:e] for _, _, s, e in sorted(found, key=lambda f: f[2]) if s in restated(t, found)]
    ['2,000', '10', '120']
    """
    found = sorted(found, key=lambda f: f[2])
    out: set[int] = set()
    for i, (kind, key, start, end) in enumerate(found):
        bracket = _OPENED.search(flat, 0, start)
        if kind not in ("number", "time") or not bracket or not _has_unit(flat, kind, key, end):
            continue
        before = [f for f in found[:i] if f[3] <= bracket.start()]
        if kind == "time":
            head = (
                bool(before) and before[-1][0] == "time" and _AFTER_TIME.fullmatch(flat, before[-1][3], bracket.start())
            )
        else:
            money = bool(before) and " " in before[-1][1] and not flat[before[-1][3] : bracket.start()].strip()
            head = money or _UNIT_BEFORE.search(flat, 0, bracket.start()) is not None
        if not head:
            continue
        out.add(start)
        for later in found[i + 1 :]:  # "(10 ft; 120 inches)": every restatement in the bracket
            gap = _UNIT_AFTER.sub("", flat[end : later[2]], count=1)
            if not _JOINER.fullmatch(gap) or not _has_unit(flat, *later[:2], later[3]):
                break
            out.add(later[2])
            end = later[3]
    return out
