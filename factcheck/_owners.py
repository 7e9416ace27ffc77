"""Whose a figure is, and what it does: the name, model or place it belongs to ("Bryant scored 30",
"52 percent in Egypt"), a person's age ("Marlow, 38,"), a change or a share ("rose by 5%", "1 per cent of
users"). Two figures that belong to different things are different quantities (see :mod:`factcheck._slots`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from rapidfuzz.distance import OSA

from ._tokens import STOP_WORDS, Token
from .details import Detail

__all__ = [
    "DAYS",
    "SAYING",
    "age_owner",
    "described",
    "heading",
    "is_age",
    "moments_apart",
    "owner",
    "part_of_count",
    "period",
    "record_since",
    "role",
    "sentence_name",
    "stem",
    "subjects_apart",
    "whose",
]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, enough to match "passed" with "pass" and "killed" with "kill".

    >>> [stem(w) for w in ("passed", "pass", "passes", "killing", "boats", "hitting", "hit")]
    ['pass', 'pass', 'pass', 'kill', 'boat', 'hit', 'hit']
    """
    for suffix in ("ing", "ed", "es", "s", "d"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix) and not (suffix == "s" and word.endswith("ss")):
            base = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                return base[:-1]  # "hitting", "stopped": the consonant doubled before the ending
            return base
    return word


def _name_run(tokens: Iterable[Token]) -> list[str]:
    """The norms of the capitalised words at the head of ``tokens``."""
    return list(
        itertools.takewhile(
            bool, (t.norm if t.capitalised and t.kind == "word" and t.norm not in STOP_WORDS else "" for t in tokens)
        )
    )


def whose(tokens: tuple[Token, ...], k: int) -> str | None:
    """The full name right before an age ("John Jenkin, 23"), lower case."""
    return " ".join(reversed(_name_run(reversed(tokens[max(0, k - 3) : k])))) or None


def _after_old(tokens: tuple[Token, ...], k: int) -> int | None:
    """Where the words after "N-year-old" begin."""
    j = k + 1
    while j < len(tokens) and tokens[j].norm in ("year", "years", "month", "months", "week", "weeks", "day", "days"):
        j += 1
    return j + 1 if j < len(tokens) and tokens[j].norm == "old" else None


def whose_after(tokens: tuple[Token, ...], k: int) -> str | None:
    """The full name right after an age told before it ("61-year-old Jane Doe"), lower case."""
    j = _after_old(tokens, k)
    return None if j is None else " ".join(_name_run(tokens[j : j + 3])) or None


def described(tokens: tuple[Token, ...], k: int) -> Token | None:
    """The word for the person an unnamed age describes: "a 34-year-old woman", "a woman aged 43"."""
    j = _after_old(tokens, k)
    if j is not None:
        return tokens[j] if j < len(tokens) else None
    return tokens[k - 2] if k >= 2 and tokens[k - 1].norm in ("aged", "age") else None


# A figure's role: how much something changed ("rose by 5%", "increasing at a rate of 50%") or what share
# of a whole it is ("1 per cent of users"). A change and a share are different quantities.
_CHANGE_STEMS = frozenset(
    "increas ris rose fell fall drop grow grew climb jump surg soar plung declin slump slid expand shrink shrank "
    "contract".split()
)


def role(tokens: tuple[Token, ...], k: int) -> str | None:
    if k and tokens[k - 1].norm == "by":
        return "~change"
    if k > 1 and tokens[k - 1].norm == "from" and any(t.kind == "number" for t in tokens[max(0, k - 6) : k - 1]):
        # "to $2,800 from $2,500", "to 2.8% of GDP next year from 3.4%": where a change began, not the change
        return "~from"
    for t in reversed(tokens[max(0, k - 6) : k] if not k or tokens[k - 1].norm != "to" else ()):
        # "rose to 174" gives the level reached, not how much it changed
        if t.kind not in ("word", "alias"):
            break  # another figure is nearer: the verb is its own
        if stem(t.norm) in _CHANGE_STEMS:
            return "~change"
    if k + 1 < len(tokens) and tokens[k + 1].norm == "of":
        return "~share"
    return _per_item(tokens, k)


_WHEN_AFTER = frozenset("earlier ago later before after since old".split())
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten dozen hundred thousand million".split())


def _per_item(tokens: tuple[Token, ...], k: int) -> str | None:
    """What a figure told per item is told per: ``~each count`` ("10 years in prison on each count": one
    of several, never another outlet's total), ``~per barrel`` ("$500 per day", "$27.45 a barrel": compared
    only with figures per the same thing, or with a bare figure, which prices usually are)."""
    after = tokens[k + 1 : k + 7]
    for j, t in enumerate(after[:5]):
        if t.kind not in ("word", "alias"):
            return None  # another figure begins: what follows is its own
        nxt = after[j + 1].norm if j + 1 < len(after) else ""
        if not nxt.isalpha() or nxt in STOP_WORDS or nxt in _COUNT_WORDS:
            continue
        if t.norm == "each" and j and after[j - 1].norm in ("on", "for", "in"):
            return f"~each {stem(nxt)}"
        then = after[j + 2].norm if j + 2 < len(after) else ""
        if t.norm in ("per", "every") or (t.norm in ("a", "an") and j <= 1 and then not in _WHEN_AFTER):
            return f"~per {stem(nxt)}"  # not "a year earlier"
    return None


_OWNER_WORDS = frozenset("in with for from of at to".split())


def owner(tokens: tuple[Token, ...], k: int) -> str | None:
    """Whose figure it is when a name follows it: "52 percent in Egypt", "44% of calls to Peru" (as
    ``=egypt``). Two figures of different owners are different quantities, whatever their unit."""
    for j in range(k + 1, min(len(tokens) - 1, k + 5)):
        if tokens[j].kind not in ("word", "alias"):
            return None  # another figure begins: whatever follows is its own
        if tokens[j].norm in _OWNER_WORDS:
            t = tokens[j + 1]
            if t.norm == "the" and j + 2 < len(tokens):
                t = tokens[j + 2]
            if (t.capitalised or t.kind == "alias") and t.norm not in STOP_WORDS:
                return f"={t.norm}"
    return None


# "Officials said 20 people died": who said it neither heads nor owns the figure (two outlets citing two
# sources for one toll still differ about the toll).
SAYING = frozenset("said says say saying added adds".split())


# "late Friday", "the early hours of Sunday", "the morning of March 3": when in the day, not what happened.
_TIME_OF_DAY = frozenset("early late hour hours morning afternoon evening night overnight dawn midnight noon".split())


def heading(tokens: tuple[Token, ...], k: int, kind: str) -> Iterator[Token]:
    """The words before the detail at ``k`` that may say what it is about, nearest first: five at most;
    for a number none before a verb of saying (a day right after "said" dates the saying), for a day or
    time not the words of the time of day."""
    before = reversed(tokens[max(0, k - 5) : k])
    if kind == "number":
        return itertools.takewhile(lambda t: t.norm not in SAYING, before)
    if kind in ("weekday", "date", "month", "time"):
        return (t for t in before if t.norm not in _TIME_OF_DAY)
    return before


_DYING = frozenset("died dies dead".split())
_AGE_WORDS = frozenset({("of", "age"), ("was", "who"), ("is", "who")})


def age_owner(tokens: tuple[Token, ...], k: int, word: Callable[[Token], str | None]) -> str | None:
    """Whose the age at token ``k`` is: the name beside it ("John Jenkin, 23", "61-year-old Katie Jenkin"),
    the word for an unnamed person ("a 34-year-old woman", as ``word`` makes it), else the sentence's
    nearest name ("Tom Reed died on Sunday aged 86"), else the word before "aged" ("died aged 86")."""
    person = described(tokens, k)
    noun = word(person) if person and not (person.norm in _DYING or person.norm.endswith("ed")) else None
    return whose(tokens, k) or whose_after(tokens, k) or noun or sentence_name(tokens, k) or (person and word(person))


def sentence_name(tokens: tuple[Token, ...], k: int) -> str | None:
    """The name nearest before token ``k`` ("Tom Reed died on Sunday aged 86": ``tom reed``), else the
    first after it, lower case: whose an age is when the words around it name nobody."""
    for j in (*range(k - 1, -1, -1), *range(k + 1, len(tokens))):
        t = tokens[j]
        if t.kind == "word" and t.capitalised and t.norm not in STOP_WORDS:
            return whose(tokens, j + 1)
    return None


def is_age(d: Detail, tokens: tuple[Token, ...], k: int, text: str) -> bool:
    """ "Marlow, 38, was charged", "the gunman, 24, fired": a bare number set off by commas right after
    a name or a noun is an age; so is the number after "aged", "the age of", "who was" or "died at"."""
    if d.kind != "number" or not d.surface.isdigit() or k == 0:
        return False
    before = tokens[k - 1]
    two_back = tokens[k - 2].norm if k > 1 else ""
    if (
        before.norm in ("age", "aged")
        or (before.norm, two_back) in _AGE_WORDS
        or (before.norm == "at" and two_back in _DYING)
    ):
        return True  # "aged 86", "at the age of 86", "who was 86,", "died at 86"
    if before.kind != "word" or not (
        before.capitalised or (0 < int(d.surface) < 110 and before.norm not in STOP_WORDS)
    ):
        return False
    return text[before.end : d.start].strip() == "," and text[d.end : d.end + 1] in (",", ")")


_FIGURES = frozenset("number year ordinal date month weekday time".split())


def _owned(tokens: tuple[Token, ...], details: Iterable[Detail], slots: Iterable[tuple], known: frozenset[str]) -> dict:
    """Each name word -> the figures and days it owns or heads ("Warren raised $6 million": warren -> $6 million)."""
    out: dict[str, list[tuple[Detail, str | None]]] = {}
    for d, (_, unit, near, _) in zip(details, slots):
        if d.kind not in _FIGURES:
            continue
        for w in near:
            if w[0] == "=" or (w[0] == "^" and w[1] != "?"):
                out.setdefault(w[1:], []).append((d, unit))
            elif w[:2] == "^?" and w[2:] in known:
                out.setdefault(stem(w[2:]), []).append((d, unit))
    return out


def subjects_apart(
    named: list[tuple[str, str]], side_a: tuple, side_b: tuple, known: frozenset[str]
) -> list[tuple[str, str, str, str]]:
    """The name differences whose two names each own a figure (or day, date, time) of one kind and unit, and
    the figures differ: "Warren raised $6 million" / "Sanders raised $18.2 million", "killed 10 people in
    Texas" / "killed 4 people in Oklahoma", "The House voted on Tuesday" / "The Senate voted on Thursday".
    Two subjects' figures: the sentences tell two facts, and neither name is wrong.
    ``side_a``/``side_b`` are (tokens, details, slots); returns (name, name, figure, figure).

    The same figure for two names ("killed 10 people in Texas" / "in Oklahoma") stays a name conflict.
    """
    if not named:
        return []
    owned_a, owned_b = _owned(*side_a, known), _owned(*side_b, known)
    if not owned_a or not owned_b:
        return []

    def figures(owned: dict, tokens: tuple[Token, ...], names: str) -> list[tuple[Detail, str | None]]:
        words = set(names.split(", "))
        return [f for t in tokens if t.surface in words for key in {t.norm, stem(t.norm)} for f in owned.get(key, ())]

    out = []
    for m, t in named:
        if OSA.distance(m.lower(), t.lower()) <= max(1, min(len(m), len(t)) // 4):
            continue  # one name spelt two ways (Varga / Vargas): the person is the same
        mine, theirs = figures(owned_a, side_a[0], m), figures(owned_b, side_b[0], t)
        found = next(
            ((x, y) for x, ux in mine for y, uy in theirs if x.kind == y.kind and ux == uy and x.key != y.key), None
        )
        if found:
            out.append((m, t, found[0].surface, found[1].surface))
    return out


#: The kinds of detail that say when something happened (a year or a month is a period, not a day).
DAYS = frozenset("date weekday time".split())
# A period a figure is told for: "the first half", "the third quarter" (an ordinal before one of these).
_PERIOD = re.compile(r"(?:\s+|-)(?:half|quarter|week|month|year|season|term|round|period|day)\b", re.I)


def _when(d: Detail, text: str) -> bool:
    """A day, date, time, month, year, or an ordinal period ("the first half")."""
    return d.kind in DAYS or d.kind in ("month", "year") or (d.kind == "ordinal" and bool(_PERIOD.match(text, d.end)))


def _dated_counts(
    day: Detail, details: Iterable[Detail], slots: Iterable[tuple], text: str
) -> list[tuple[Detail, str | None]]:
    """The counts ``day`` dates: figures in its clause (nothing but words between them, no comma), not ages."""
    out = []
    for d, (_, unit, _, _) in zip(details, slots):
        if d.kind != "number" or unit == "<age>":
            continue
        between = text[min(d.end, day.end) : max(d.start, day.start)]
        # A day that opens the sentence dates all of it, past its comma: "As of Monday, 40 people had died".
        fronted = day.start < d.start and len(text[: day.start].split()) <= 2
        stops = ";:()\u2014" if fronted else ",;:()\u2014"
        # "a quake in 2004, when 212 people died": the clause after the comma says what befell then.
        when_clause = day.end <= d.start and _WHEN_CLAUSE.match(between)
        if len(between) > 40 or (any(ch in between for ch in stops) and not when_clause):
            continue
        # A day must date a running count, not a happening's toll: "the toll rose to 40", "40 had died", "as of
        # Monday". A period ("in 2019", "in the first half") tells a figure of its own whatever the verb.
        words = text[max(0, min(d.start, day.start) - 30) : max(d.end, day.end) + 20].lower()
        if day.kind not in DAYS or _RUNNING.search(words) or _CUT_OFF.search(text[: day.start].lower()):
            out.append((d, unit))
    return out


_RUNNING = re.compile(
    r"\b(?:toll|tally|total|count|ris(?:e|es|en|ing)|rose|climb\w*|reach\w*|stood|stands|so far|had|has|have)\b"
)
_WHEN_CLAUSE = re.compile(r",\s*when\b[^,;:()\u2014]*$")
_CUT_OFF = re.compile(r"\b(?:by|as of|through|until)\s+$")  # "by Monday", "as of Friday"


def moments_apart(days: list[tuple[str, str]], side_a: tuple, side_b: tuple) -> list[tuple[str, str, str, str]]:
    """The differing days (weekdays, dates, times: ``(this side's, the other's)``) that each date a count of
    one unit, where the counts differ too: "The death toll rose to 40 on Monday" / "... to 52 on Tuesday".
    Two counts at two moments, both true. ``side_a``/``side_b`` are (details, slots, text); returns (day,
    day, count, count). A day and a count in two clauses ("struck on Monday, killing 40") stay apart: the
    day is the happening's, which still conflicts."""
    out = []
    for mine, theirs in days:
        day_a = next((d for d in side_a[0] if d.surface == mine and _when(d, side_a[2])), None)
        day_b = next((d for d in side_b[0] if d.surface == theirs and _when(d, side_b[2])), None)
        if day_a is None or day_b is None or (day_a.kind in DAYS) != (day_b.kind in DAYS):
            continue
        counts_a, counts_b = _dated_counts(day_a, *side_a), _dated_counts(day_b, *side_b)
        found = next(((x, y) for x, ux in counts_a for y, uy in counts_b if ux == uy and x.key != y.key), None)
        if found:
            out.append((mine, theirs, found[0].surface, found[1].surface))
    return out


def period(d: Detail, text: str) -> str:
    """A day or period as the reader should see it: "Monday", "2019", "first half"."""
    found = _PERIOD.match(text, d.end) if d.kind == "ordinal" else None
    return d.surface + (found.group() if found else "")


def part_of_count(tokens: tuple[Token, ...], k: int) -> bool:
    """ "the two other victims", "the other two unions", "another 12 people": a part of a count."""
    after = k + 1 < len(tokens) and tokens[k + 1].norm == "other" and k and tokens[k - 1].norm == "the"
    before = k and (
        tokens[k - 1].norm == "another" or (tokens[k - 1].norm == "other" and k > 1 and tokens[k - 2].norm == "the")
    )
    return bool(after or before)


def record_since(tokens: tuple[Token, ...], k: int) -> bool:
    """A superlative or "first" after "the" shortly before ``tokens[k]``: "the highest level since", "its first
    win since" (not "protests since")."""
    near = tokens[max(0, k - 5) : k]
    return any(
        w.norm in ("the", "its", "their", "his", "her")
        and (t.norm in ("first", "most", "least") or t.norm.endswith("est"))
        for w, t in itertools.pairwise(near)
    )
