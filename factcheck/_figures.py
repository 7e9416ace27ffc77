"""Two differing figures of one slot that can both be true: one length in two units, an estimate
and an exact figure, a bound and a figure inside it, one moment in two time zones."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ._tokens import Token
from .details import Detail

__all__ = ["compatible", "dimension", "distance", "label_differences", "zone_words"]


# Units of one dimension, as factors to a base unit: a figure in feet and one in metres can be compared.
_UNITS = {
    "length": {"foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "meter": 1, "metre": 1, "m": 1, "kilometer": 1000,
               "kilometre": 1000, "km": 1000, "mile": 1609.344, "mil": 1609.344, "yard": 0.9144, "inch": 0.0254, "inche": 0.0254,
               "cm": 0.01, "centimeter": 0.01, "centimetre": 0.01, "mm": 0.001},
    "mass": {"kg": 1, "kilogram": 1, "pound": 0.4536, "lb": 0.4536, "ton": 1000, "tonne": 1000, "gram": 0.001},
    "area": {"hectare": 10_000, "acre": 4046.86, "square meter": 1, "square metre": 1, "square m": 1,
             "square foot": 0.092903, "square feet": 0.092903, "square ft": 0.092903, "square kilometer": 1e6,
             "square kilometre": 1e6, "square km": 1e6, "square mile": 2.59e6},
}  # fmt: skip
# Units are looked up as slot words, crudely stemmed: "miles" -> "mil", "inches" -> "inche".
_DIMENSION = {unit: dim for dim, units in _UNITS.items() for unit in units}


def dimension(unit: str | None) -> str | None:
    """What a unit measures ("meter" -> "length"), or None for a thing counted ("boat")."""
    return _DIMENSION.get(unit or "")


def in_base_unit(value: str, unit: str | None) -> float | None:
    """``value`` in the base unit of its dimension (feet -> metres), or None when it cannot be converted."""
    dim = dimension(unit)
    factor = _UNITS[dim].get(unit or "") if dim else None
    try:
        return float(value) * factor if factor else None
    except ValueError:
        return None


def _converted(x: Detail, ux: str | None, y: Detail, uy: str | None) -> bool:
    """The same measure in two units (within 10%, for rounding): "three metres (10 feet)"."""
    if ux == uy or dimension(ux) is None:
        return False
    vx, vy = in_base_unit(x.key, ux), in_base_unit(y.key, uy)
    return vx is not None and vy is not None and abs(vx - vy) <= 0.1 * max(vx, vy)


_APPROXIMATE = frozenset("about around approximately nearly roughly some almost shortly just circa estimated".split())


def _approximate(d: Detail, tokens: tuple[Token, ...]) -> bool:
    """The figure is an estimate: "about 7 p.m.", "around 150", "shortly after 2 a.m."."""
    before = [t for t in tokens if t.end <= d.start][-3:]
    return any(t.norm in _APPROXIMATE for t in before)


_LOWER_BOUND = (("more", "than"), ("at", "least"), ("over",), ("above",), ("exceeding",), ("upwards", "of"))
_UPPER_BOUND = (("up", "to"), ("less", "than"), ("fewer", "than"), ("under",), ("at", "most"), ("below",))


def _bound(d: Detail, tokens: tuple[Token, ...]) -> int:
    """+1 for a lower bound ("more than 100"), -1 for an upper one ("up to 120"), 0 for a figure."""
    before = tuple(t.norm for t in tokens if t.end <= d.start)[-2:]
    for sign, phrases in ((1, _LOWER_BOUND), (-1, _UPPER_BOUND)):
        if any(before[-len(p) :] == p for p in phrases):
            return sign
    return 0


def _within_bounds(x: Detail, tx: tuple[Token, ...], y: Detail, ty: tuple[Token, ...]) -> bool:
    """Two figures that can both be true: a bound and a figure inside it, or a lower and an upper bound
    that overlap. Two bounds of one direction that differ ("at least five" / "at least one") still conflict."""
    bx, by = _bound(x, tx), _bound(y, ty)
    if bx == by:
        return False
    vx, vy = _value(x.key), _value(y.key)
    if vx is None or vy is None:
        return False
    (lx, hx), (ly, hy) = _interval(bx, vx), _interval(by, vy)
    return max(lx, ly) <= min(hx, hy)


def _interval(bound: int, value: float) -> tuple[float, float]:
    return (value, math.inf) if bound > 0 else (-math.inf, value) if bound < 0 else (value, value)


# Hours from UTC of each named time zone: (in winter, in summer). "ET" is either; "EST" is often written
# all year round for Eastern time, so it is taken at its word in neither season.
_ZONES = {
    "et": (-5, -4), "est": (-5, -5), "edt": (-4, -4), "ct": (-6, -5), "cst": (-6, -6), "cdt": (-5, -5),
    "mt": (-7, -6), "mst": (-7, -7), "mdt": (-6, -6), "pt": (-8, -7), "pst": (-8, -8), "pdt": (-7, -7),
    "gmt": (0, 0), "utc": (0, 0), "bst": (1, 1), "cet": (1, 1), "cest": (2, 2),
}  # fmt: skip


def _zone(d: Detail, tokens: tuple[Token, ...]) -> str:
    after = next((t for t in tokens if t.start >= d.end), None)
    return after.norm if after is not None and after.norm in _ZONES else ""


def zone_words(details: tuple[Detail, ...], tokens: tuple[Token, ...]) -> set[str]:
    """The time zones named right after a clock time ("10 a.m. ET"): a zone, not a name that differs."""
    return {zone for d in details if d.kind == "time" and (zone := _zone(d, tokens))}


def _other_zone(x: Detail, tx: tuple[Token, ...], y: Detail, ty: tuple[Token, ...]) -> bool:
    """One moment told in two time zones ("10 a.m. ET" / "7 a.m. PT"); or two clock times a whole number
    of hours apart, only one of them in a named zone ("3:30 p.m." local / "4:30 p.m. ET")."""
    mx, my = _minutes(x.key), _minutes(y.key)
    zx, zy = _zone(x, tx), _zone(y, ty)
    if mx is None or my is None or zx == zy:
        return False
    if zx and zy:
        day = 24 * 60
        return any((mx - 60 * ox) % day == (my - 60 * oy) % day for ox, oy in zip(_ZONES[zx], _ZONES[zy]))
    return (mx - my) % 60 == 0 and abs(mx - my) <= 12 * 60


def _minutes(key: str) -> int | None:
    """ "7:01 pm" -> minutes after midnight."""
    try:
        clock, half = key.split()
        hours, minutes = (int(part) for part in clock.split(":"))
    except ValueError:
        return None
    return (hours % 12 + (12 if half == "pm" else 0)) * 60 + minutes


def _close(a: str, b: str) -> bool:
    """Within what an estimate allows: half an hour for clock times, a tenth for figures."""
    ma, mb = _minutes(a), _minutes(b)
    if ma is not None and mb is not None:
        return abs(ma - mb) <= 30
    va, vb = _value(a), _value(b)
    if va is None or vb is None:
        return False
    return abs(va - vb) <= 0.1 * max(abs(va), abs(vb))


# A vulgar fraction whose fraction slash was lost in encoding: "4½" -> "4 1⁄2" -> "412".
_FRACTION_DIGITS = {0.5: "12", 0.25: "14", 0.75: "34"}


def _slash_lost(x: Detail, y: Detail) -> bool:
    """One figure is the other's fraction with its slash lost: "41/2 months" / "412 months"."""
    for a, b in ((x, y), (y, x)):
        va, vb = _value(a.key), _value(b.key)
        if va is None or vb is None or va < 1 or not vb.is_integer():
            continue
        digits = _FRACTION_DIGITS.get(va - math.floor(va))
        if digits and f"{math.floor(va)}{digits}" == f"{vb:.0f}":
            return True
    return False


def _figure_at(tokens: tuple[Token, ...], k: int) -> float | None:
    """The value of token ``k`` if it is a figure ("<140000000 dollars>" -> 140000000.0)."""
    if not 0 <= k < len(tokens) or tokens[k].kind != "number":
        return None
    return _value(tokens[k].norm.strip("<>"))


def _range(d: Detail, tokens: tuple[Token, ...]) -> tuple[float, float] | None:
    """The range ``d`` is an end of, as two values: "between $140 and $150 million", "in the $140 million
    to $160 million range". Not "from 10 to 30": after "rose" that is a change, not an estimate."""
    k = next((i for i, t in enumerate(tokens) if t.start == d.start), None)
    if k is None:
        return None
    norm = lambda i: tokens[i].norm if 0 <= i < len(tokens) else ""  # noqa: E731
    for lo in (k, k - 2):  # d is the low end, or the high end
        joint, a, b = norm(lo + 1), _figure_at(tokens, lo), _figure_at(tokens, lo + 2)
        if a is None or b is None or a > b:
            continue
        if (joint == "and" and norm(lo - 1) == "between") or (joint == "to" and norm(lo + 3) == "range"):
            return a, b
    return None


def _in_ranges(x: Detail, tx: tuple[Token, ...], y: Detail, ty: tuple[Token, ...]) -> bool:
    """Two ranges that overlap, or a figure inside the other's range: both can be true ("offers in the
    $140 million to $160 million range" / "an offer between $140 and $150 million")."""
    rx, ry = _range(x, tx), _range(y, ty)
    if rx is None and ry is None:
        return False
    vx, vy = _value(x.key), _value(y.key)
    (lx, hx), (ly, hy) = rx or (vx, vx), ry or (vy, vy)
    return None not in (lx, hx, ly, hy) and max(lx, ly) <= min(hx, hy)


def compatible(
    kind: str, x: Detail, ux: str | None, tx: tuple[Token, ...], y: Detail, uy: str | None, ty: tuple[Token, ...]
) -> bool:
    """Whether two differently written figures of one slot can both be true (``ux``, ``uy``: their
    units, ``tx``, ``ty``: their claims' tokens). A decade and a year never conflict: the year lies in
    it ("the 1990s" / "1995"), or they are two moments told at two scales ("In 1992, she left the
    hospital" / "Beginning in the 1970s, she battled illness")."""
    return (
        _converted(x, ux, y, uy)  # "600 m" / "2,000 feet": one length in two units
        or x.key.split()[0] == y.key.split()[0]  # "0.41%" / "0.41"
        # "about 7 p.m." / "7:01 p.m.": an estimate is no contradiction
        or ((_approximate(x, tx) or _approximate(y, ty)) and _close(x.key, y.key))
        or _within_bounds(x, tx, y, ty)  # "more than 100 mph" / "up to 120 mph"
        or _slash_lost(x, y)  # "4½ months" / "412 months": the same figure, garbled in encoding
        or _in_ranges(x, tx, y, ty)  # "$140 to $160 million range" / "between $140 and $150 million"
        or _share_as_fraction(x, y)  # "75 percent" / "three quarters"
        or (kind == "number" and _rounded(x, y))  # "2.04 percent" / "2 percent"
        or bool(_DECADE.fullmatch(x.key)) != bool(_DECADE.fullmatch(y.key))  # a decade and a year (above)
        # "3:30 p.m." (local) / "4:30 p.m. ET": one moment in two time zones
        or (kind == "time" and _other_zone(x, tx, y, ty))
    )


def _share_as_fraction(x: Detail, y: Detail) -> bool:
    """One share as a percentage and as a fraction: "75 percent" / "three quarters", "67%" / "two-thirds"."""
    for share, part in ((x, y), (y, x)):
        words = share.key.split()
        if words[1:] == ["percent"] and " " not in part.key:
            try:
                percent, fraction = float(words[0]), float(part.key)
            except ValueError:
                continue
            if 0 < fraction < 1 and abs(percent - 100 * fraction) < 1:
                return True
    return False


_DECADE = re.compile(r"\d{3}0s")  # a decade's key ("1990s", see details)
_DECIMALS = re.compile(r"\d\.(\d+)")
_WRITTEN = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _rounded(x: Detail, y: Detail) -> bool:
    """One figure is the other, written with two or more decimals, rounded half up to fewer: "2.04
    percent" / "2 percent", "1.39" / "1.4". Not "4 1/2" / "4" or "3.7" / "4": a half and a tenth are told
    on purpose."""
    if x.key.split()[1:] != y.key.split()[1:]:
        return False
    places = lambda d: len(m[1]) if (m := _DECIMALS.search(d.surface)) else 0  # noqa: E731
    short, long_ = sorted((x, y), key=places)
    if places(long_) < 2 or places(short) >= places(long_):
        return False
    try:
        exact, rounded = Decimal(long_.key.split()[0]), Decimal(short.key.split()[0])
        # One scale word on both ("$6.32 billion" / "$6.3 billion"): the rounding is of the figures as written.
        written = [Decimal(m[0].replace(",", "")) if (m := _WRITTEN.search(d.surface)) else 0 for d in (long_, short)]
    except InvalidOperation:
        return False
    if all(written) and exact / written[0] == rounded / written[1] != 1:
        exact, rounded = written
    return exact.quantize(Decimal(1).scaleb(-places(short)), rounding=ROUND_HALF_UP) == rounded


def distance(a: str, b: str) -> float:
    """How far apart two figures are, relative to the larger (1 when either is not a figure)."""
    va, vb = _value(a), _value(b)
    if va is None or vb is None:
        return 1.0
    return abs(va - vb) / max(abs(va), abs(vb), 1e-9)


def _value(key: str) -> float | None:
    """A detail key's figure ("2500000 dollars" -> 2500000.0); None for a score ("31-24 score") or a clock time."""
    try:
        return float(key.split()[0])
    except ValueError:
        return None


def label_differences(
    da: tuple[Detail, ...],
    ta: tuple[Token, ...],
    db: tuple[Detail, ...],
    tb: tuple[Token, ...],
    aligned: set[tuple[int, int]],
) -> list[tuple[str, str, str]]:
    """One label each side after the same word, differing, in parallel wording (``aligned``: starts of
    details standing opposite each other): "a Category 4 storm" / "a Category 3 storm", "Route 9" /
    "Route 19", "a Boeing 737" / "a Boeing 747". Not in loosely paired sentences: "smaller than the
    iPhone 6" / "the size of the iPhone 5" compare two models with a third."""

    def named(details: tuple[Detail, ...], tokens: tuple[Token, ...]) -> dict[str, list[tuple[Token, Detail]]]:
        out: dict[str, list[tuple[Token, Detail]]] = {}
        for d in details:
            before = [t for t in tokens if t.end <= d.start][-1:] if d.kind == "label" else []
            for t in before:
                out.setdefault(t.norm, []).append((t, d))
        return out

    la, lb = named(da, ta), named(db, tb)
    found = [(la[w][0], lb[w][0]) for w in la.keys() & lb.keys() if len(la[w]) == len(lb[w]) == 1]
    # A figure the other side also gives, as a label or a count, is moved, not changed: "Firefox 4 and
    # Firefox 3.6" / "Firefox 3.6 and 4".
    figures_a, figures_b = ({d.key for d in ds if d.kind in ("label", "number")} for ds in (da, db))
    return [
        ("number", f"{tx.surface} {x.surface}", f"{ty.surface} {y.surface}")
        for (tx, x), (ty, y) in sorted(found, key=lambda f: f[0][1].start)
        if x.key != y.key and x.key not in figures_b and y.key not in figures_a and (x.start, y.start) in aligned
    ]
