"""Comparing details slot by slot: two numbers (dates, weekdays) differ only when they fill the same slot.

"killed at least five people" / "killed at least two people" is one slot (a real conflict);
"55 km from the city" / "a depth of 10 km" or "LaCalamita, 38" / "three people were shot" are not.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Protocol

from ._figures import compatible, dimension, in_base_unit, label_differences
from ._owners import SAYING, age_owner, heading, is_age, owner, part_of_count, record_since, role, stem, subject, whose
from ._partners import evidence, one_partner
from ._text import month_number
from ._tokens import STOP_WORDS, Token
from .details import Detail

__all__ = ["Side", "Slot", "detail_differences", "slots"]


# Words that qualify a figure rather than say what it counts ("at least five", "more than 100").
_QUALIFIERS = frozenset(
    "least most more less than about nearly some around over under almost approximately up only just another other "
    "total estimated roughly fewer first last".split()
)
# Words that make a figure part of a count: "three more", "two additional".
_PART_WORDS = frozenset("more additional remaining further extra".split())
# Nouns of a scale that come before the value they name: "magnitude 6.1", "stage 3", "level 4".
_SCALES = frozenset("magnitude level grade force stage phase category".split())
_SAME_WORD = {
    **{"people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child"},
    **dict.fromkeys(("house", "houses", "home", "homes"), "house"),  # "buried 10 houses" / "buried 12 homes"
}
# Pronouns the stop list keeps ("arrested him on Wednesday"): they never say what a figure is about.
_NOT_A_SLOT = STOP_WORDS | _QUALIFIERS | {"him", "us"}


def _slot_word(token: Token) -> str | None:
    return _slot_norm(token.norm) if token.kind in ("word", "alias") else None


@lru_cache(maxsize=65536)
def _slot_norm(norm: str) -> str | None:
    if norm in _NOT_A_SLOT or not norm[:1].isalpha():
        return None
    return _SAME_WORD.get(norm) or stem(norm)


# Sums of money after "including" or "such as" price one item of a list ("items including a $43,000 watch"),
# never the whole another sentence gives ("spent $750,000 on personal items").
_CURRENCIES = frozenset(("<dollars>", "<euros>", "<pounds>", "<yen>"))
_LISTED = "+listed"

#: (head, unit, words around, the word after the unit)
Slot = tuple[str | None, str | None, frozenset[str], str | None]


def slots(details: tuple[Detail, ...], tokens: tuple[Token, ...], text: str) -> tuple[Slot, ...]:
    """What each detail is about: the content word before it (``head``: "killed" in "killed at least
    five"), the word right after it (``unit``: "people", "km", "summit") and the content words
    around it (``near``: four before, three after)."""
    at = {t.start: k for k, t in enumerate(tokens)}
    listing = next(
        (
            k
            for k, t in enumerate(tokens)
            if t.norm == "including" or (t.norm == "as" and k and tokens[k - 1].norm == "such")
        ),
        len(tokens),
    )
    out: list[Slot] = []
    for d in details:
        k = at.get(d.start)
        if k is None:
            out.append((None, None, frozenset(), None))
            continue
        head = next((w for t in heading(tokens, k, d.kind) if (w := _slot_word(t))), None)
        unit = _slot_word(tokens[k + 1]) if k + 1 < len(tokens) else None
        then = _slot_word(tokens[k + 2]) if k + 2 < len(tokens) else None
        if unit is None and then and text[tokens[k + 1].end : tokens[k + 2].start] == "-":
            unit, then = then, None  # "seventh four-quarter comeback": what is counted is the quarter's noun
        if (k + 1 < len(tokens) and tokens[k + 1].norm in _PART_WORDS) or part_of_count(tokens, k):
            # "three more bodies", "the two other victims": part of a count, not the count. "Seven
            # rifles and two other rifles" lists another kind, which stays comparable.
            unit = "<part>"
        elif k and tokens[k - 1].norm in _SCALES:
            # "a magnitude 6.1 earthquake" measures what "a 6.2-magnitude quake" does: the scale is the unit.
            unit, then = tokens[k - 1].norm, unit
        elif unit is None and k + 2 < len(tokens) and tokens[k + 1].norm == "of":
            # "Four of the dead", "five of the seven members": a part of what the noun after "of" counts.
            unit = next((w for t in tokens[k + 2 : k + 5] if (w := _slot_word(t))), None)
            then = None
        elif unit in ("square", "sq") and then:
            unit, then = f"square {then}", None  # "15,800 square metres", "170,000-square-foot"
        if d.kind in ("year", "date", "month") and k and tokens[k - 1].norm == "since" and record_since(tokens, k - 1):
            unit = "<since>"  # "the highest since 1960", "the first time since May": a record's reach, no moment
        elif is_age(d, tokens, k, text) or (unit in ("year", "month", "week", "day") and then == "old"):
            unit = "<age>"  # "Marlow, 38,", "aged 38", "a 38-year-old"
            # "John Jenkin, 23" / "Katie Jenkin, 20": two people; "61-year-old Katie Jenkin": hers
            head = age_owner(tokens, k, _slot_word) or head  # or, unnamed, the person's word: "a 34-year-old woman"
        elif (
            d.key.endswith(" score")
            and k
            and tokens[k - 1].capitalised
            and text[tokens[k - 1].end : d.start].strip() in "(,"
        ):
            unit, head = "<record>", whose(tokens, k)  # "the Hawks (9-3)", "Lina Marsh, 31-2,": whose record
        elif " " in d.key and d.key.rsplit(" ", 1)[1].isalpha():
            unit = f"<{d.key.rsplit(' ', 1)[1]}>"  # a unit the figure carries itself: dollars, percent
        near = frozenset(w for t in (*tokens[max(0, k - 4) : k], *tokens[k + 1 : k + 4]) if (w := _slot_word(t)))
        if whose_figure := owner(tokens, k):
            near |= {whose_figure}
        if its_role := role(tokens, k):
            near |= {its_role}
        if its_subject := subject(tokens, k, text):
            near |= {its_subject}
        if k > listing and unit in _CURRENCIES:
            near |= {_LISTED}
        out.append((head, unit, near, then))
    # "1,200 jobs in Ohio and 800 in Texas": figures of several owners break a whole down (``=*``), and
    # a part is no other outlet's figure for the whole.
    owned = {w for s in out for w in s[2] if w[0] == "="}
    if len(owned) >= 2:
        out = [(h, u, n | {"=*"}, t) if any(w[0] == "=" for w in n) else (h, u, n, t) for h, u, n, t in out]
    return tuple(out)


def _owned_apart(a: Slot, b: Slot) -> bool:
    """Two owners' figures, one side breaking a whole down by owner (owners alone are read too loosely)."""
    owners_a, owners_b = ({w for w in s[2] if w[0] == "=" and w != "=*"} for s in (a, b))
    breakdown = "=*" in a[2] or "=*" in b[2]
    return bool(breakdown and owners_a and owners_b and not owners_a & owners_b)


def _subjects(near: frozenset[str], names: frozenset[str]) -> set[str]:
    """The subjects among a detail's words around it; a sentence's first word only if it is a known name."""
    return {w if w[1] != "?" else f"^{stem(w[2:])}" for w in near if w[0] == "^" and (w[1] != "?" or w[2:] in names)}


def _rate(roles: set[str]) -> bool:
    return any(r.startswith("~each ") for r in roles)


def same_slot(
    a: Slot, b: Slot, *, events: bool = False, names: frozenset[str] = frozenset(), alike: bool = True
) -> bool | None:
    """Whether two details fill the same slot: True when what they are about matches (the same head
    word, or one's head is the other's unit: "a 2019 summit" / "the summit in 2018"; the same unit
    with no different heads; two content words in common around them), False when the sentences
    say they are about different things (different units: "13 magazines" / "three motors", an age
    / a count; "55 km from the city" / "a depth of 10 km"), None when nothing tells either way. For days and times (``events``) the head word is
    the happening: "shot on Friday" / "charged on Saturday" are different slots. ``alike``: whether the two
    claims tell the rest alike (see :func:`_told_alike`)."""
    (ha, ua, na, ta), (hb, ub, nb, tb) = a, b
    owners_a, owners_b = {w for w in na if w[0] == "="}, {w for w in nb if w[0] == "="}
    if (owners_a and owners_b and not (owners_a - {"=*"}) & owners_b) or ("=*" in owners_a and not owners_b):
        return False  # "52 percent in Egypt" / "44% with Malaysia"; a part of a breakdown / the whole
    if "=*" in owners_b and not owners_a:
        return False
    subjects_a, subjects_b = _subjects(na, names), _subjects(nb, names)
    if subjects_a and subjects_b and not subjects_a & subjects_b:
        return False  # "Bryant scored 30" / "Gasol scored 18": two players' points
    roles_a, roles_b = {w for w in na if w[0] == "~"}, {w for w in nb if w[0] == "~"}
    if (roles_a and roles_b and not roles_a & roles_b) or _rate(roles_a) != _rate(roles_b):
        # "1 per cent of users" / "increasing by 50 per cent": a share and a change; "on each count" / a total
        return False
    if (ua == "<age>") != (ub == "<age>"):
        return False  # "the gunman, 24," / "killing five": an age is never a count
    if (_LISTED in na) != (_LISTED in nb):
        return False  # one item's price in a list / a sum not so listed
    if (ua == "<since>") != (ub == "<since>"):
        return False  # "the highest since 1960" / "58 percent in 2016": how far back a record reaches is no moment
    if (ua == "<part>") != (ub == "<part>"):
        return False  # "two other victims" counts part of what "three victims" counts
    if ua and ub and ua != ub:
        if dimension(ua) is not None and dimension(ua) == dimension(ub):
            return True  # feet / metres measure the same thing (compared after conversion)
        if ub != ta and ua != tb:
            return False  # different units: "13 magazines" / "three motors", an age / a count
        # "two speed boats" / "three boats": the unit is there, one word further
    if ua == ub and ua in ("<age>", "<record>"):
        # Two ages (records) are one slot only when they are the same person's: "Reed" is "Tom Reed".
        return ha == hb or bool(ha and hb and (ha.endswith(" " + hb) or hb.endswith(" " + ha)))
    if ua == "<score>" and ub == "<score>":
        # A game has a score at every moment and a team a record each week: the same moment or
        # team ("Klitschko (52-3)" / "Klitschko, 53-3") or the same words around make one slot.
        return True if (ha and ha == hb) or len(na & nb) >= 2 else (False if ha and hb else None)
    if ua and ua.startswith("<") and ua == ub and not events:
        # The same kind of figure: two sums of dollars, two percentages (two times of day say nothing). When
        # each side says what its figure is, differently, the words around must say it is one figure: "Acme
        # shares rose 5%" / "gained 4%", not "a budget of $5 million" / "a fine of $7 million".
        return not (ha and hb and ha != hb) or alike or len({w for w in na & nb if w[0] != "~" and w != "=*"}) >= 2
    if (ha and ha in (hb, ub)) or (hb and hb in (ha, ua)):
        return True
    if events and ha and hb and ha != hb:
        return False
    if ua and ua == ub:
        return not (ha and hb and ha != hb)
    if len(na & nb) >= 2:
        return True
    if ha and hb:
        return False  # both sides say what the detail is about, and they say different things
    return None


def _key(d: Detail) -> str:
    return d.key


def _month_of(d: Detail) -> str:
    """A month, or a full date's month, as a number: "June" -> "06", "06-04" -> "06"."""
    return d.key[:2] if d.kind == "date" else f"{month_number(d.key):02d}"


# Details compared as multisets: (reason kind, detail kinds, what is compared).
_GROUPS = (
    ("number", ("number",), _key),
    ("number", ("year",), _key),
    ("number", ("ordinal",), _key),
    ("date", ("date",), _key),
    ("date", ("month", "date"), _month_of),  # "in June" against "on July 5" differs in the month
    ("time", ("time",), _key),
    ("weekday", ("weekday",), _key),
)


class Side(Protocol):
    """One claim as the detail comparison needs it: a :class:`factcheck.compare.Prepared`."""

    @property
    def tokens(self) -> tuple[Token, ...]: ...

    @property
    def details(self) -> tuple[Detail, ...]: ...

    @property
    def slots(self) -> tuple[Slot, ...]: ...

    @property
    def stretch(self) -> frozenset[str]: ...


def detail_differences(
    pa: Side, pb: Side, aligned: set[tuple[int, int]], names: frozenset[str] = frozenset()
) -> list[tuple[str, str, str]]:
    """``(kind, this side's words, the other side's)`` for details of one kind that differ while
    filling the same slot; a detail one side lacks is an omission, never a difference. ``names``: the
    event's known names (see :func:`factcheck.compare.known_names`)."""
    out = []
    # A running total and one event's figure are different quantities, whatever they count; so are the
    # figures of two stretches of time ("this season" / "since Week 11", "during the round" / the fight's).
    skip_numbers = pa.stretch != pb.stretch
    # Figures dated to different years tell two happenings ("In 2004 a quake killed 170,000" / "In 2013 it
    # killed 24"), as do a past year and this week's day ("a quake in 2012 killed 10" / "Tuesday's quake
    # killed 22"); the years themselves are still compared, and so are ages, which are told of today.
    dated_apart = _dated_apart(pa, pb)
    for kind, kinds, key in _GROUPS:
        if skip_numbers and kind == "number":
            continue
        undated = dated_apart and kinds == ("number",)
        a, b = (
            [(key(d), d, s) for d, s in zip(p.details, p.slots) if d.kind in kinds and (not undated or s[1] == "<age>")]
            for p in (pa, pb)
        )
        if not a or not b:
            continue  # one side gives no such detail: an omission, not a conflict
        ca, cb = Counter(k for k, _, _ in a), Counter(k for k, _, _ in b)
        swaps = _unit_swaps(a, b, ca, cb, pa, pb) + _swapped(a, b, ca, cb, pa, pb) if kind == "number" else []
        out += swaps
        only_a, only_b = ca - cb, cb - ca
        if kind == "number" and not swaps:
            # A figure both sides give for two owners is two figures: "12 in Leeds and 5 in York" / "5 in Leeds".
            for key in ca.keys() & cb.keys():
                if all(_owned_apart(sx, sy) for kx, _, sx in a if kx == key for ky, _, sy in b if ky == key):
                    only_a[key], only_b[key] = ca[key], cb[key]
        if not (only_a and only_b):
            continue
        # A figure the other side writes as a label is there: "Internet Explorer 5.01, 6 and 7" / "IE 7".
        labels_a = {d.key for d in pa.details if d.kind == "label"} if kind == "number" else set()
        labels_b = {d.key for d in pb.details if d.kind == "label"} if kind == "number" else set()
        mine = [(d, s) for k, d, s in a if k in only_a and k not in labels_b]
        theirs = [(d, s) for k, d, s in b if k in only_b and k not in labels_a]
        if not (mine and theirs):
            continue
        if kind == "number" and len(mine) != len(theirs) and _digits(mine) == _digits(theirs) != "":
            continue  # "0800 555 111" / "0800 555111": one figure grouped two ways
        # Undecided by the words around them: one slot if the two stand opposite each other in
        # parallel wording, or if each side has only this one detail of the kind.
        alone = len(a) == 1 and len(b) == 1
        # A day, time or year is about an event: "On Saturday, the coach indicated ..." and "the coach said on
        # Wednesday ..." tell two moments unless the sentences tell the rest alike.
        events = kind in ("weekday", "time", "date") or kinds == ("year",)
        told_alike = _told_alike(pa.tokens, pb.tokens) if events or kind == "number" else True
        candidates = []
        for x, sx in mine:
            for y, sy in theirs:
                same = same_slot(sx, sy, events=events, names=names, alike=told_alike)
                if same or (same is None and ((alone and (told_alike or not events)) or (x.start, y.start) in aligned)):
                    candidates.append((x, y, evidence(sx, sy, (x.start, y.start) in aligned)))
        unit_of = {d: s[1] for d, s in (*mine, *theirs)}
        paired = [
            (x, y)
            for x, y in one_partner(candidates)
            if not compatible(kind, x, unit_of[x], pa.tokens, y, unit_of[y], pb.tokens)
        ]
        if paired:
            mine = ", ".join(dict.fromkeys(_measured(x, pa) for x, _ in paired))
            theirs = ", ".join(dict.fromkeys(_measured(y, pb) for _, y in paired))
            out.append((kind, mine, theirs))
    # Two full dates are compared as dates and again by their months: one difference, said once.
    return list(dict.fromkeys(out)) + label_differences(pa.details, pa.tokens, pb.details, pb.tokens, aligned)


def _unit_swaps(a: list, b: list, ca: Counter, cb: Counter, pa: Side, pb: Side) -> list[tuple[str, str, str]]:
    """One figure, once on each side, in two units of one measure: "ninety kilometres" / "90 miles". Not
    when either side also gives the other's unit ("90 km (56 miles)": a conversion)."""
    units_a, units_b = {s[1] for _, _, s in a}, {s[1] for _, _, s in b}
    theirs = {key: (y, sy) for key, y, sy in b if cb[key] == 1}
    out = []
    for key, x, sx in a:
        if ca[key] != 1 or key not in theirs:
            continue
        (y, sy), ux = theirs[key], sx[1]
        uy = sy[1]
        same_measure = ux != uy and dimension(ux) is not None and dimension(ux) == dimension(uy)
        if same_measure and ux not in units_b and uy not in units_a and in_base_unit("1", ux) != in_base_unit("1", uy):
            out.append(("number", _measured(x, pa), _measured(y, pb)))
    return out


def _swapped(a: list, b: list, ca: Counter, cb: Counter, pa: Side, pb: Side) -> list[tuple[str, str, str]]:
    """Figures both sides give, each where the other side gives another: "destroyed 12 homes and damaged
    30 others" / "destroyed 30 homes and damaged 12 others". Equal as sets, they would otherwise agree.
    Only figures that count a named thing: what a record or a score stands for is read too loosely."""
    once_a = {key: s for key, _, s in a if ca[key] == 1}
    once_b = {key: s for key, _, s in b if cb[key] == 1}
    pairs = [
        (x, y)
        for kx, x, sx in a
        for ky, y, sy in b
        if kx != ky
        and kx in once_b
        and ky in once_a
        and sx[1] is not None
        and not sx[1].startswith("<")
        and sx[1] == sy[1]  # x counts what the other side's y counts ...
        and once_b[kx][1] != sx[1]  # ... and the other side's x counts something else
        and once_a[ky][1] != sy[1]
        and same_slot(sx, sy)
    ]
    if len(pairs) < 2:
        return []  # a swap moves two figures at least
    return [("number", ", ".join(_counted(x, pa) for x, _ in pairs), ", ".join(_counted(y, pb) for _, y in pairs))]


def _counted(d: Detail, p: Side) -> str:
    """A figure with the word it counts, for a swap: "12 homes"."""
    after = next((t for t in p.tokens if t.start >= d.end), None)
    return f"{d.surface} {after.surface}" if after is not None and _slot_word(after) else d.surface


def _dated_apart(pa: Side, pb: Side) -> bool:
    """Whether two claims date what they tell apart: years that differ ("19 seasons ... in 2003" / "four seasons
    (1999-2003)"), disjoint days or dates, or a year against a weekday."""
    ya, yb = ({d.key for d in p.details if d.kind == "year"} for p in (pa, pb))
    wa, wb = ({d.key for d in p.details if d.kind in ("weekday", "date")} for p in (pa, pb))
    if (ya and yb and ya != yb) or (wa and wb and not wa & wb):
        return True
    return bool((ya and wb and not wa and not yb) or (yb and wa and not wb and not ya))


def _told_alike(ta: tuple[Token, ...], tb: tuple[Token, ...]) -> bool:
    """Most content words of the shorter claim are in the longer one."""
    wa = {w for t in ta if (w := _slot_word(t)) and t.norm not in SAYING}
    wb = {w for t in tb if (w := _slot_word(t)) and t.norm not in SAYING}
    return 2 * len(wa & wb) >= min(len(wa), len(wb)) > 0


def _digits(details: list[tuple[Detail, Slot]]) -> str:
    return "".join(ch for d, _ in details for ch in d.surface if ch.isdigit())


def _measured(d: Detail, p: Side) -> str:
    """A figure as the reader should see it: with its unit when the unit is a measure ("200 feet")."""
    unit = next((t for t in p.tokens if t.start >= d.end), None)
    if unit is not None and dimension(_slot_word(unit)) is not None and unit.start - d.end <= 1:
        return f"{d.surface} {unit.surface}"
    return d.surface
