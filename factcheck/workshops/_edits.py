"""The small edits :func:`~factcheck.workshops.plant_errors` can make to one sentence, by kind.

Each finder returns every edit of its kind the sentence allows, in text order;
the planter picks one with its seeded random generator and keeps it only if
the kit's own comparison names exactly that kind (see ``plant.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .._text import MONTHS, WEEKDAYS
from ..vocab import is_typo, load_aliases, zipf

__all__ = ["FINDERS", "Edit"]


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` (``old``) with ``new``."""

    start: int
    end: int
    old: str
    new: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.new + text[self.end :]


_QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")


def _quoted(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _QUOTED.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e for s, e in spans)


# ---------------------------------------------------------------- conflicts
def _typos(word: str) -> list[str]:
    out = []
    for i in range(1, len(word) - 1):
        if word[i] == word[i + 1]:  # a doubled letter written once: traffic -> trafic
            out.append(word[:i] + word[i + 1 :])
    for i in range(2, len(word) - 1):  # a vowel dropped: goverment
        if word[i] in "aeiou" and word[i - 1] not in "aeiou":
            out.append(word[:i] + word[i + 1 :])
    for i in range(2, len(word) - 2):  # two letters swapped: recieve
        if word[i] != word[i + 1]:
            out.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return list(dict.fromkeys(t for t in out if is_typo(t, word) and zipf(t) == 0))


def spelling(text: str) -> list[Edit]:
    quotes = _quoted(text)
    edits = []
    for m in re.finditer(r"(?<![\w'-])[a-z]{6,}(?![\w'-])", text):
        if _inside(quotes, m.start()) or zipf(m.group()) < 3.5:
            continue
        edits += [Edit(m.start(), m.end(), m.group(), typo) for typo in _typos(m.group())[:3]]
    return edits


_NUMBER = re.compile(r"(?<![\w.,:$/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w:/-]|[.,]\d)")
_MONTH_WORDS = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_CLOCK = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)", re.I)


def _renumber(value: str) -> list[str]:
    digits = value.replace(",", "")
    n = int(digits)
    options = []
    for i in range(len(digits) - 1):  # two digits swapped: 120 -> 210
        if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0"):
            options.append(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :])
            break
    options.append(str(n + max(1, round(n * 0.2)) if n >= 5 else n + 2))
    return [f"{int(o):,}" if "," in value else o for o in dict.fromkeys(options) if o != digits]


def number(text: str) -> list[Edit]:
    edits = []
    for m in _NUMBER.finditer(text):
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() :]
        if (
            _CLOCK.match(after)
            or re.search(rf"(?:{_MONTH_WORDS})\.?\s*$", before)
            or re.match(rf"\s+(?:{_MONTH_WORDS})\b", after)
        ):
            continue  # a time or a day of the month: planted as those kinds
        edits += [Edit(m.start(), m.end(), m.group(), new) for new in _renumber(m.group())]
    return edits


_DATE = re.compile(rf"\b(?:(?:{_MONTH_WORDS})\.?\s+(\d{{1,2}})\b|(\d{{1,2}})\s+(?:{_MONTH_WORDS})\b)")


def date(text: str) -> list[Edit]:
    edits = []
    for m in _DATE.finditer(text):
        group = 1 if m.group(1) else 2
        day = int(m.group(group))
        new = day + 10 if day + 10 <= 28 else day - 10 if day > 10 else day + 1
        edits.append(Edit(m.start(group), m.end(group), m.group(group), str(new)))
    return edits


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday(text: str) -> list[Edit]:
    return [
        Edit(m.start(), m.end(), m.group(), _DAYS[(_DAYS.index(m.group()) + 1) % 7])
        for m in re.finditer(r"\b(?:" + "|".join(_DAYS) + r")\b", text)
    ]


_TIME = re.compile(r"\b(\d{1,2})(?::(\d{2}))?(?=\s*(?:a\.m\.|p\.m\.|am\b|pm\b))|\b(\d{1,2}):(\d{2})\b")


def time(text: str) -> list[Edit]:
    edits = []
    for m in _TIME.finditer(text):
        if m.group(2) or m.group(4):  # change the minutes: 6:40 -> 6:10
            group = 2 if m.group(2) else 4
            minutes = (int(m.group(group)) + 30) % 60
            edits.append(Edit(m.start(group), m.end(group), m.group(group), f"{minutes:02d}"))
        else:
            hour = int(m.group(1))
            edits.append(Edit(m.start(1), m.end(1), m.group(1), str(hour % 12 + 1)))
    return edits


_VOWEL_SWAP = {"a": "o", "o": "a", "e": "i", "i": "e", "u": "o"}
_NOT_NAMES = {w.capitalize() for w in (*MONTHS, *WEEKDAYS)}


def _renamed(word: str) -> list[str]:
    out = []
    for i in range(len(word) - 1, 0, -1):  # a vowel near the end: Halloran -> Halloron
        if word[i] in _VOWEL_SWAP:
            out.append(word[:i] + _VOWEL_SWAP[word[i]] + word[i + 1 :])
            break
    for i in range(1, len(word) - 1):  # a doubled letter written once: Marquardt -> Marquart
        if word[i] == word[i + 1]:
            out.append(word[:i] + word[i + 1 :])
    for i in range(2, len(word) - 1):  # a letter doubled: Biden -> Bidden
        if word[i] not in "aeiouy" and word[i] != word[i - 1] and word[i] != word[i + 1]:
            out.append(word[: i + 1] + word[i:])
            break
    return out


def name(text: str) -> list[Edit]:
    edits = []
    for m in re.finditer(r"(?<![\w'-])[A-Z][a-z]{3,}(?![\w'-])", text):
        word = m.group()
        if m.start() == 0 or re.search(r"[.!?\"“]\s*$", text[: m.start()]) or word in _NOT_NAMES:
            continue
        if zipf(word.lower()) >= 4.2:  # an everyday word with a capital (Moon), not a name
            continue
        edits += [Edit(m.start(), m.end(), word, new) for new in _renamed(word)]
    return edits


_AUX = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|could|can|should|did|does|must)\b(?!\s+(?:not|never|no)\b)"
)


def negation(text: str) -> list[Edit]:
    edits = [
        Edit(m.start(), m.end(), m.group(), "cannot" if m.group() == "can" else f"{m.group()} not")
        for m in _AUX.finditer(text)
    ]
    edits += [Edit(m.start(), m.end(), m.group(), m.group(1)) for m in re.finditer(r"\b(\w+) not\b", text)]
    return edits


_SYNONYMS = dict(
    pair
    for a, b in [
        ("important", "vital"),
        ("difficult", "hard"),
        ("proud", "pleased"),
        ("happy", "glad"),
        ("work", "job"),
        ("country", "nation"),
        ("city", "town"),
        ("big", "large"),
        ("small", "little"),
        ("worried", "concerned"),
        ("problem", "issue"),
        ("priority", "concern"),
        ("best", "finest"),
        ("great", "huge"),
        ("people", "residents"),
        ("families", "visitors"),
        ("safe", "secure"),
        ("quickly", "swiftly"),
        ("need", "want"),
        ("help", "support"),
        ("plan", "scheme"),
        ("future", "years"),
        ("together", "united"),
        ("serious", "grave"),
        ("clear", "plain"),
        ("strong", "solid"),
        ("sad", "sorry"),
        ("shocked", "stunned"),
        ("remarkable", "extraordinary"),
        ("wonderful", "fantastic"),
        ("terrible", "awful"),
        ("money", "funds"),
        ("building", "site"),
        ("today", "now"),
        ("everyone", "everybody"),
        ("children", "pupils"),
        ("friends", "partners"),
        ("talks", "discussions"),
        ("agreement", "deal"),
        ("change", "shift"),
        ("return", "comeback"),
        ("peace", "calm"),
        ("hope", "expect"),
        ("believe", "think"),
        ("committed", "dedicated"),
        ("support", "backing"),
        ("challenge", "test"),
    ]
    for pair in ((a, b), (b, a))
)


def quote(text: str) -> list[Edit]:
    edits = []
    for start, end in _quoted(text):
        for m in re.finditer(r"(?<![\w'-])[a-z]+(?![\w'-])", text[start:end]):
            if m.group() in _SYNONYMS:
                edits.append(Edit(start + m.start(), start + m.end(), m.group(), _SYNONYMS[m.group()]))
    return edits


# ---------------------------------------------------------------- harmless differences
_UK_US = dict(
    pair
    for uk in (
        "centre centres theatre colour colours colourful harbour harbours labour favour honour neighbour neighbours "
        "neighbourhood behaviour organise organised organisation organisations organisers recognise recognised "
        "realise realised defence licence travelled travelling cancelled jewellery grey catalogue ageing analyse "
        "kilometres kilometre metres litres modelling fuelled labelled favourite rumour armour apologise criticise "
        "criticised emphasise prioritise summarise"
    ).split()
    for us in [
        {
            "defence": "defense",
            "licence": "license",
            "jewellery": "jewelry",
            "grey": "gray",
            "catalogue": "catalog",
            "ageing": "aging",
            "analyse": "analyze",
        }.get(uk)
        or re.sub(
            r"tre(s?)$",
            r"ter\1",
            re.sub(r"our", "or", re.sub(r"is(e|ed|ation|ations|ers)$", r"iz\1", re.sub(r"ll(ed|ing)$", r"l\1", uk))),
        )
    ]
    for pair in ((uk, us), (us, uk))
)


def spelling_variant(text: str) -> list[Edit]:
    edits = []
    for m in re.finditer(r"(?<![\w'-])[A-Za-z][a-z]{3,}(?![\w'-])", text):
        word = m.group()
        other = _UK_US.get(word.lower())
        if other:
            edits.append(Edit(m.start(), m.end(), word, other.capitalize() if word[0].isupper() else other))
    return edits


_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def number_format(text: str) -> list[Edit]:
    edits = []
    for m in re.finditer(r"(?<![\w.,:$-])(\d{1,2})(?![\w.,:%/-])", text):
        n = int(m.group(1))
        after = text[m.end() : m.end() + 6]
        if 2 <= n <= 12 and not _CLOCK.match(after) and not re.match(rf"\s+(?:{_MONTH_WORDS})\b", after):
            if not re.search(rf"(?:{_MONTH_WORDS})\.?\s*$", text[max(0, m.start() - 12) : m.start()]):
                edits.append(Edit(m.start(), m.end(), m.group(), _WORDS[n]))
    for m in re.finditer(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", text, re.I):
        edits.append(Edit(m.start(), m.end(), m.group(), str(_WORDS.index(m.group().lower()))))
    for m in re.finditer(r"(\d+(?:\.\d+)?)(%| percent\b)", text):
        edits.append(Edit(m.start(2), m.end(2), m.group(2), " percent" if m.group(2) == "%" else "%"))
    return edits


def alias(text: str) -> list[Edit]:
    groups: dict[str, list[str]] = {}
    for canonical, other in load_aliases().pairs:
        groups.setdefault(canonical, [canonical]).append(other)
    edits = []
    for names in groups.values():
        for phrase in names:
            flags = 0 if len(phrase) <= 4 else re.I
            for m in re.finditer(rf"(?<![\w.]){re.escape(phrase)}(?![\w])", text, flags):
                edits += [Edit(m.start(), m.end(), m.group(), n) for n in names if n.lower() != phrase.lower()][:2]
    return sorted(edits, key=lambda e: (e.start, e.new))


#: The edit finder of each kind plant_errors can plant (``single-sourced`` is a deletion, made by the planter).
FINDERS: dict[str, Callable[[str], list[Edit]]] = {
    "spelling": spelling,
    "number": number,
    "date": date,
    "time": time,
    "weekday": weekday,
    "name": name,
    "negation": negation,
    "quote": quote,
    "spelling variant": spelling_variant,
    "number format": number_format,
    "alias": alias,
}
