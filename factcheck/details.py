"""The details a fact-checker compares, pulled out of a claim and normalised.

Numbers are normalised (see :mod:`factcheck._numbers`) so that format never
counts as a difference. Each detail keeps its surface text, so a reason can
quote the words the reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd

from ._numbers import find_numbers, restated
from ._text import MONTH_PATTERN, WEEKDAYS, fold, month_number
from .schema import DETAIL_COLUMNS, require
from .vocab import is_common_word

__all__ = ["Detail", "Details", "claim_details", "extract_details"]


@dataclass(frozen=True)
class Detail:
    """One detail: ``kind`` (number, year, ordinal, date, month, time, weekday,
    negation, name or quote; label for a number that names a thing, "Route 52",
    and conversion for a quantity restated in other units, "(2,000 feet)", which
    are never compared), a normalised ``key`` and the ``surface`` text."""

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


_NEGATIONS = {
    "not": "not", "n't": "not", "cannot": "not", "never": "never", "no": "no", "none": "none",
    "nobody": "nobody", "nothing": "nothing", "neither": "neither", "nor": "nor", "without": "without",
    "nowhere": "nowhere", "no-one": "nobody",
}  # fmt: skip

_DATE_RE = re.compile(
    rf"\b(?P<mon>{MONTH_PATTERN})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d)"
    rf"|\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH_PATTERN})\b\.?"
)
_SHORT_YEAR = re.compile(r"\s+'?(\d\d)(?=[.,;:)]|$)")
_BARE_SHORT_YEAR = re.compile(r"\s+(\d\d)\b(?![.,:]\d|-|\s+[a-z]+s\b|\s+(?:people|men|women|children)\b)")
# Cheap tests that let most sentences skip the expensive patterns.
_MONTH_QUICK = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_DIGIT = re.compile(r"\d")
_MONTH_RE = re.compile(rf"\b(?P<mon>{MONTH_PATTERN})\b\.?")
# A decade: "the 1990s", "the 1990's", "the mid-1980s", "the '60s" (of the year kind; it conflicts only with
# another decade). With an apostrophe, only after "the": "1990's Total Recall" is a year's film.
_DECADE_BEFORE = re.compile(r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)
_DECADE_RE = re.compile(r"(?<![\w$.,])(?:(?P<c>1[6-9]|20)(?P<d>\d)0|'(?P<s>\d)0)(?:'|\u2019)?s\b")
_TIME_RE = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap](?:\.\s?)?m\.?)(?![a-z])|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b"
    r"|\b(?P<word>noon|midnight)\b",
    re.I,
)
_WEEKDAY_RE = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
)
# "no" as a determiner ("no evidence"), not "No. 1", "no-shows" or an interjection ("No, I ...").
# "not until" says when, not whether; "said no and" answers a question.
_NEG_RE = re.compile(
    r"\b(?:not(?!\s+(?:only|until|till)\b)|cannot|never|none|nobody|nothing|neither|nor|without|nowhere)\b(?!-)"
    r"|n't\b(?!\s+(?:until|till)\b)"
    # A contraction whose apostrophe was dropped ("cant speak", "didnt return") still negates.
    r"|\b(?:ca|do|did|does|is|was|were|are|wo|would|could|should|has|have|had)nt\b"
    r"|(?<![-\w])no(?:-one\b|\b(?![-.,]|\s+(?:and|or|but)\b))",
    re.I,
)
_QUOTE_RE = re.compile(r'"([^"]{2,}?)"|"([^"]{12,})$')
# An apostrophe followed by a letter (America's) does not close a single quote.
_INNER_QUOTE_RE = re.compile(r"(?<![\w])'((?:[^']|'(?=\w)){3,}?)'(?![\w])")
_NAME_RE = re.compile(
    r"(?:[A-Z][\w'.-]*|(?:[A-Z]\.){2,})(?:\s+(?:(?:of|the|de|van|von|al|bin|da|del|la|le)\s+)?(?:[A-Z][\w'.-]*|(?:[A-Z]\.){2,}))*"
)
#: Titles and honorifics: capitalised, but never a name by themselves.
TITLE_WORDS = frozenset(
    (
        "President Vice Prime Minister Secretary Mayor Governor Gov Senator Sen Rep Representative General Gen Lt "
        "Col Capt Sgt Adm Mr Mrs Ms Dr Prof Judge Justice Chancellor King Queen Prince Princess Pope Chairman "
        "Chairwoman Spokesman Spokeswoman Chief Director Commissioner Sheriff Deputy Detective Inspector Sergeant "
        "Constable Ambassador Sir Dame Councillor Councilor Councilman Councilwoman Alderman Alderwoman "
        "Agent Officer Trooper Coach Captain Lieutenant Colonel Corporal Cpl Commander Cmdr Marshal "
        "Professor Speaker Reverend Rev Pastor Rabbi Bishop Cardinal Superintendent Supt"
    ).split()
)
_TITLES = re.compile(r"(?:Vice President|Prime Minister|(?:" + "|".join(sorted(TITLE_WORDS)) + r")\.?)\s+")
_SENTENCE_STARTERS = frozenset(
    (
        "a an the this that these those he she it they we i you his her its their our my after before in on "
        "at for with by from as but and or so if when while although though however meanwhile also then there "
        "here during since until despite amid among according earlier later last next some many most several "
        "all both each one two three four five six seven eight nine ten what who which where why how"
    ).split()
)
_NOT_NAMES = frozenset(
    ("I A The This That It He She We They You His Her Its Their Our My Mr Mrs Ms Dr Sen Rep Gen Gov No").split()
)


def _is_name_token(token: str, at_start: bool, alone: bool) -> bool:
    """Whether a capitalised token is a name. At a sentence start capitals prove
    nothing, so a lone common word there ("Prices rose") is not taken as a name."""
    if token in _NOT_NAMES or (len(token) < 2 and not token.isupper()):
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
        before = text[max(0, start - 4) : start].rstrip()
        at_start = (
            (start < 4 and not before)
            or before[-1:] in (".", "!", "?", ":", '"', "(", "\u201c")
            or before.endswith("--")
        )
        if at_start and words and not _is_name_token(words[0].rstrip(".,'"), True, len(words) == 1):
            words = words[1:]
            if not words:
                continue
            start = text.index(words[0], start)
        title = _TITLES.match(text, start)
        while title and title.end() < end:  # "Mayor Anna Varga" -> "Anna Varga"
            start = title.end()
            title = _TITLES.match(text, start)
        surface = text[start:end].rstrip(".,'")
        if not surface or _overlaps(start, end, taken):
            continue
        if all(w.rstrip(".") in _NOT_NAMES for w in surface.split()):
            continue
        out.append(Detail("name", surface.lower().replace("'s", ""), surface, start, start + len(surface)))
    return out


# A clock time written without a.m./p.m. takes it from the words after it ("9:25 Thursday morning").
_DAY_PART = re.compile(r"(?:\s+\w+){0,2}\s+(?:in\s+the\s+)?(?P<part>morning|afternoon|evening|night|tonight)\b", re.I)


def _clock(m: re.Match[str], flat: str) -> str:
    """A time as "h:mm am" / "h:mm pm" whenever the text tells which, so that "9.25 a.m.", "9:25 Thursday
    morning" and "09:25 in the morning" agree, and "14:30" is "2:30 pm"; else as written, "09:25"."""
    if m["word"]:
        return "12:00 pm" if m["word"].lower() == "noon" else "12:00 am"
    if m["h24"] is not None:
        hour, minute = int(m["h24"]), m["m24"]
        part = _DAY_PART.match(flat, m.end())
        if hour > 12 or (part and 1 <= hour <= 12):
            said = part["part"].lower() if part else ""
            pm = hour > 12 or said in ("afternoon", "evening") or (said in ("night", "tonight") and 6 <= hour < 12)
            return f"{(hour - 1) % 12 + 1}:{minute} {'pm' if pm else 'am'}"
        return f"{hour:02d}:{minute}"
    return f"{int(m['h'])}:{m['m'] or '00'} {'am' if m['ap'].lower().startswith('a') else 'pm'}"


def _double_quoted(text: str, flat: str) -> list[tuple[int, int]]:
    """Spans of double-quoted passages. When a claim's first quotation mark closes a quotation opened in
    an earlier sentence ("...the charm," she added.), the words after it are the attribution, not a quote;
    the words before it are left uncompared too, as a quote whose start is not in the claim."""
    first = flat.index('"')
    closes = text[first] == "\u201d" or (
        text[first] == '"'
        and flat[:first].rstrip()[-1:] in tuple(",.;:!?\u2026")
        and flat[first + 1 : first + 2] in ("", " ")
    )
    return [
        (m.span(1) if m.group(1) is not None else m.span(2))
        for m in _QUOTE_RE.finditer(flat, first + 1 if closes else 0)
    ]


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


@lru_cache(maxsize=65536)
def extract_details(text: str, *, names: bool = True) -> Details:
    """Extract the normalised details of one claim.

    ``names=False`` skips name spotting, which comparisons do on tokens instead.

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

    has_month = _MONTH_QUICK.search(flat) is not None
    has_digit = _DIGIT.search(flat) is not None
    for m in _DATE_RE.finditer(flat) if has_month and has_digit else ():
        mon, day = (m["mon"], m["d"]) if m["mon"] else (m["mon2"], m["d2"])
        month = month_number(mon)
        if month and 1 <= int(day) <= 31 and not (mon == "May" and not m["mon"]):
            add("date", f"{month:02d}-{int(day):02d}", m.start(), _month_end(m, "mon2"))
            year = _SHORT_YEAR.match(flat, m.end()) if m["mon2"] else None
            if m["mon2"] and not year and re.fullmatch(r"[A-Z][a-z]{2}", m["mon2"]):
                year = _BARE_SHORT_YEAR.match(flat, m.end())  # "10 Nov 11 it rained", but "5 Dec 12 people"
            if year:  # "on 10 Nov 11": the year in two digits, not a count of 11
                short = int(year[1])
                add("year", str(short + (2000 if short < 50 else 1900)), *year.span(1))
    for m in _TIME_RE.finditer(flat) if has_digit or "noon" in flat or "midnight" in flat else ():
        if _overlaps(*m.span(), taken):
            continue
        add("time", _clock(m, flat), *m.span())
    for m in _DECADE_RE.finditer(flat) if has_digit else ():
        if m.group()[-2] != "0" and not _DECADE_BEFORE.search(flat, max(0, m.start() - 16), m.start()):
            continue  # "1990's Total Recall" is the film of 1990; "the 1990's", the decade
        century = m["c"] or ("20" if m["s"] in "01" else "19")  # "the '90s", "the '00s"
        add("year", f"{century}{m['d'] or m['s']}0s", *m.span())
    for kind, key, start, end in find_numbers(flat, taken):
        add(kind, key, start, end)
    again = restated(flat, [(d.kind, d.key, d.start, d.end) for d in items if d.kind in ("number", "time")])
    if again:  # "600 metres (2,000 feet)": the bracket restates the same quantity
        items[:] = [replace(d, kind="conversion") if d.start in again else d for d in items]
    for m in _MONTH_RE.finditer(text) if has_month else ():
        if not _overlaps(*m.span(), taken) and not (
            m["mon"] in ("May", "March") and _sentence_initial(text, m.start())
        ):
            add("month", MONTHS_CANON[month_number(m["mon"]) - 1], m.start(), _month_end(m, "mon"))
    for m in _WEEKDAY_RE.finditer(text):
        stem = m.group().rstrip(".").lower()
        stem = stem[:-1] if stem.endswith("days") else stem
        stem = stem[:-3] if stem.endswith("day") and stem not in WEEKDAYS else stem
        if stem in WEEKDAYS:
            add("weekday", WEEKDAYS[stem], *m.span())
    for m in _NEG_RE.finditer(flat):
        add("negation", _NEGATIONS.get(m.group().lower(), "not"), *m.span())
    # Double-quoted passages, then single-quoted ones (often nested inside them).
    quoted = _double_quoted(text, flat) if '"' in flat else []
    quoted += [m.span(1) for m in _INNER_QUOTE_RE.finditer(flat)] if "'" in flat else []
    for start, end in sorted(quoted):
        if len(flat[start:end].split()) >= 2:
            key = flat[start:end].strip().strip(",.;:!? ").lower()
            items.append(Detail("quote", key, text[start:end].strip().rstrip(",.;:"), start, end))
    if names:
        items.extend(_names(text, [(d.start, d.end) for d in items if d.kind in ("date", "month", "weekday", "time")]))
    return Details(tuple(sorted(items, key=lambda d: (d.start, d.kind))))


_COLUMN_KINDS = {
    "numbers": ("number", "year", "ordinal", "time"),
    "dates": ("date", "month"),
    "weekdays": ("weekday",),
    "names": ("name",),
    "quotes": ("quote",),
    "negations": ("negation",),
}


def claim_details(claims: pd.DataFrame) -> pd.DataFrame:
    """The details of each claim, one row per claim: ``claim_id`` and the
    columns ``numbers``, ``dates``, ``weekdays``, ``names``, ``quotes``,
    ``negations``, each a tuple of the words as printed.

    >>> import pandas as pd
    >>> claim_details(pd.DataFrame({"claim_id": ["a:001"], "text": ["Three ships sank on Monday, Feb. 4."]})).iloc[0, 1:4].tolist()
    [('Three',), ('Feb. 4',), ('Monday',)]
    """
    require(claims, ("claim_id", "text"), table="claims", made_by="factcheck.split_claims()")
    rows = []
    for claim_id, text in zip(claims["claim_id"].tolist(), claims["text"].tolist()):
        details = extract_details(text)
        rows.append(
            [
                claim_id,
                *(tuple(dict.fromkeys(d.surface for d in details.of(*kinds))) for kinds in _COLUMN_KINDS.values()),
            ]
        )
    return pd.DataFrame(rows, columns=["claim_id", *DETAIL_COLUMNS])


def _month_end(m: re.Match[str], group: str) -> int:
    """Where a month ends: with the dot of "Jan." or "Sept.", not with the full stop after "March"."""
    full = m[group] is not None and m[group].capitalize() in MONTHS_CANON
    return m.end() - 1 if full and m.group().endswith(".") else m.end()


MONTHS_CANON = ("January February March April May June July August September October November December").split()


def _sentence_initial(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in '.!?"'
