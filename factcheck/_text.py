"""Small text helpers shared by several stages: unicode clean-up, folding, calendars."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

# Characters that only get in the way: zero-width marks, BOMs, soft hyphens.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = {ord(c): " " for c in "\u00a0\u2007\u202f\u2009\u200a\u3000\t"}

# Folding for comparison only: the displayed text keeps its curly quotes.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)

_FOLD_RE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")
_INVISIBLE_RE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
_SPACES_RE = re.compile("[" + re.escape("".join(map(chr, _SPACES))) + "]")


def _folded(m: re.Match[str]) -> str:
    return _FOLD[ord(m.group())]


def missing(value: object) -> bool:
    """True for the empty cells a table can hold: None, NaN, ``pd.NA``, ``NaT``.

    >>> [missing(v) for v in (None, float("nan"), pd.NA, "", 0)]
    [True, True, True, False, False]
    """
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def as_text(value: object) -> str:
    """A cell as text: "" where the table holds nothing.

    >>> as_text(float("nan")), as_text(3)
    ('', '3')
    """
    return "" if missing(value) else str(value)


def clean_unicode(text: str) -> str:
    """NFC-normalise, unify line ends and spaces, drop invisible characters.

    >>> clean_unicode("a\\u00a0b\\r\\nc\\u200b")
    'a b\\nc'
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if text.isascii():  # str.translate looks up every character in a dict: slow on long texts
        return text.replace("\t", " ") if "\t" in text else text
    text = _INVISIBLE_RE.sub("", text) if _INVISIBLE_RE.search(text) else text
    return _SPACES_RE.sub(" ", text) if _SPACES_RE.search(text) else text


def fold(text: str) -> str:
    """Straighten quotes and dashes so that typography never counts as a difference.

    >>> fold("\\u201cAmerica\\u2019s return\\u201d \\u2013 yes")
    '"America\\'s return" - yes'
    """
    if text.isascii():  # str.translate looks up every character in a dict: slow; ASCII has one to fold
        return text.replace("`", "'") if "`" in text else text
    return _FOLD_RE.sub(_folded, text)


MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH_NAMES = ("January February March April May June July August September October November December").split()
WEEKDAYS = {
    "monday": "Monday",
    "mon": "Monday",
    "tuesday": "Tuesday",
    "tue": "Tuesday",
    "tues": "Tuesday",
    "wednesday": "Wednesday",
    "wed": "Wednesday",
    "thursday": "Thursday",
    "thu": "Thursday",
    "thur": "Thursday",
    "thurs": "Thursday",
    "friday": "Friday",
    "fri": "Friday",
    "saturday": "Saturday",
    "sat": "Saturday",
    "sunday": "Sunday",
    "sun": "Sunday",
}


def month_number(name: str) -> int:
    """Month number of a month name or abbreviation (``0`` when unknown).

    >>> month_number("Sept."), month_number("February"), month_number("Mayday")
    (9, 2, 0)
    """
    return MONTHS.get(name.lower().rstrip("."), 0)


_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_PATTERN = _MONTH_RE

_DATE_FORMS = [
    # 2021-02-04 (optionally followed by a time)
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"),
    # Feb. 4, 2021 / February 4 2021
    re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"),
    # 4 February 2021 / 4 Feb. 2021
    re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"),
]


def parse_date(text: str) -> str:
    """Return the first full date in ``text`` as ISO ``YYYY-MM-DD``, or ``""``.

    >>> parse_date("Published Feb. 4, 2021 3:10 AM")
    '2021-02-04'
    >>> parse_date("Thursday")
    ''
    """
    for form in _DATE_FORMS:
        m = form.search(text)
        if not m:
            continue
        groups = m.groupdict()
        month = int(groups["m"]) if groups.get("m") else month_number(groups["mon"])
        day = int(groups["d"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{int(groups['y']):04d}-{month:02d}-{day:02d}"
    return ""
