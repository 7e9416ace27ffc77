"""Which details of two claims differ, slot by slot: two numbers (dates, weekdays) differ only when
they fill the same slot (see :mod:`factcheck._slots`); a detail one side lacks is an omission."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache, partial
from typing import Protocol

from ._figures import compatible, dimension, in_base_unit, label_differences
from ._owners import DAYS, SAYING
from ._partners import evidence, one_partner
from ._slots import Slot, owned_apart, same_slot, slot_word
from ._text import month_number
from ._tokens import Token
from .details import Detail

__all__ = ["Side", "detail_differences", "told_alike"]


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
    pa: Side,
    pb: Side,
    aligned: set[tuple[int, int]],
    names: frozenset[str] = frozenset(),
    alike: Callable[[], bool] | None = None,
) -> list[tuple[str, str, str]]:
    """``(kind, this side's words, the other side's)`` for details of one kind that differ while
    filling the same slot; a detail one side lacks is an omission, never a difference. ``names``: the
    event's known names (see :func:`factcheck.compare.known_names`); ``alike``: whether the claims tell the
    rest alike (:func:`told_alike`), asked only where needed."""
    if alike is None:
        alike = cache(partial(told_alike, pa.tokens, pb.tokens))
    out = []
    # A running total and one event's figure are different quantities, whatever they count; so are the
    # figures of two stretches of time ("this season" / "since Week 11", "during the round" / the fight's).
    skip_numbers = pa.stretch != pb.stretch
    # Figures dated to different years tell two happenings ("In 2004 a quake killed 170,000" / "In 2013 it
    # killed 24"), as do a past year and this week's day ("a quake in 2012 killed 10" / "Tuesday's quake
    # killed 22"); the years themselves are still compared, and so are ages, which are told of today.
    dated_apart = _dated_apart(pa, pb)
    for kind, kinds, key in _GROUPS:
        # A year dates the happening whatever stretch the figures cover ("homes by 2030" / "by 2032, backed by 9.5
        # billion crowns over the period").
        if skip_numbers and kind == "number" and kinds != ("year",):
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
                if all(owned_apart(sx, sy) for kx, _, sx in a if kx == key for ky, _, sy in b if ky == key):
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
        events = kind in DAYS or kinds == ("year",)
        candidates = []
        for x, sx in mine:
            for y, sy in theirs:
                same = same_slot(sx, sy, events=events, names=names, alike=alike())
                if same or (same is None and ((alone and alike()) or (x.start, y.start) in aligned)):
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
    return f"{d.surface} {after.surface}" if after is not None and slot_word(after) else d.surface


def _dated_apart(pa: Side, pb: Side) -> bool:
    """Whether two claims date what they tell apart: years that differ ("19 seasons ... in 2003" / "four seasons
    (1999-2003)"), disjoint days or dates, or a year against a weekday."""
    ya, yb = ({d.key for d in p.details if d.kind == "year"} for p in (pa, pb))
    wa, wb = ({d.key for d in p.details if d.kind in ("weekday", "date")} for p in (pa, pb))
    if (ya and yb and ya != yb) or (wa and wb and not wa & wb):
        return True
    return bool((ya and wb and not wa and not yb) or (yb and wa and not wb and not ya))


def told_alike(ta: tuple[Token, ...], tb: tuple[Token, ...]) -> bool:
    """Most content words of the shorter claim are in the longer one."""
    wa = {w for t in ta if (w := slot_word(t)) and t.norm not in SAYING}
    wb = {w for t in tb if (w := slot_word(t)) and t.norm not in SAYING}
    return 2 * len(wa & wb) >= min(len(wa), len(wb)) > 0


def _digits(details: list[tuple[Detail, Slot]]) -> str:
    return "".join(ch for d, _ in details for ch in d.surface if ch.isdigit())


def _measured(d: Detail, p: Side) -> str:
    """A figure as the reader should see it: with its unit when the unit is a measure ("200 feet")."""
    unit = next((t for t in p.tokens if t.start >= d.end), None)
    if unit is not None and dimension(slot_word(unit)) is not None and unit.start - d.end <= 1:
        return f"{d.surface} {unit.surface}"
    return d.surface
