"""Which figure stands for which when two claims give several: each set against one other at most, the
surest pairs first (see :func:`factcheck._slots.detail_differences`)."""

from __future__ import annotations

from collections import Counter

from ._figures import distance
from ._tokens import Token
from .details import Detail

__all__ = ["aligned_details", "evidence", "one_partner"]

#: (head, unit, words around, the word after the unit), as :data:`factcheck._slots.Slot`
Slot = tuple[str | None, str | None, frozenset[str], str | None]


def evidence(sx: Slot, sy: Slot, parallel: bool) -> int:
    """How surely two details fill one slot: parallel wording, then the same head word and unit,
    then content words in common around them."""
    (hx, ux, nx, _), (hy, uy, ny, _) = sx, sy
    # A unit that only says the kind of figure ("<percent>") tells nothing about which one it is.
    named_unit = bool(ux and ux == uy and not ux.startswith("<"))
    return 8 * parallel + 4 * bool(hx and hx == hy) + 4 * named_unit + len(nx & ny)


def one_partner(candidates: list[tuple[Detail, Detail, int]]) -> list[tuple[Detail, Detail]]:
    """Which figure stands for which, each set against one other at most, surest pairs first.

    A figure that may fill the slot of several others ("65% of traffic to India" against a list
    "59% with Singapore, 44% with Malaysia, ...") takes one of them only when the words around say
    which: otherwise the sentences list different quantities, not one quantity in conflict.
    """
    per_x = Counter(x.start for x, _, _ in candidates)
    per_y = Counter(y.start for _, y, _ in candidates)
    used_x: set[int] = set()
    used_y: set[int] = set()
    out = []
    # Between equally sure pairs, the closer figures: "$5,687.75" stands for "$5,587.75", not "$466.30".
    ranked = sorted(candidates, key=lambda c: (-c[2], distance(c[0].key, c[1].key), c[0].start, c[1].start))
    for x, y, sure in ranked:
        if x.start in used_x or y.start in used_y:
            continue
        if sure or (per_x[x.start] == 1 and per_y[y.start] == 1):
            out.append((x, y))
            used_x.add(x.start)
            used_y.add(y.start)
    return sorted(out, key=lambda p: (p[0].start, p[1].start))


_DETAIL_TOKENS = frozenset(("number", "year", "ordinal", "date", "time", "month", "weekday"))


def aligned_details(ta: tuple[Token, ...], tb: tuple[Token, ...], ops: list) -> set[tuple[int, int]]:
    """Starts of details that stand opposite each other in parallel wording: one detail replaced by
    one detail, the words around them equal ("[Five] of the seven members" / "[Four] of the seven members")."""
    out = set()
    for tag, i1, i2, j1, j2 in ops:
        if tag != "replace" or i2 - i1 > 3 or j2 - j1 > 3:
            continue  # a long rewritten stretch says nothing about which detail stands for which
        xs = [t for t in ta[i1:i2] if t.kind in _DETAIL_TOKENS]
        ys = [t for t in tb[j1:j2] if t.kind in _DETAIL_TOKENS]
        if len(xs) == 1 and len(ys) == 1:
            out.add((xs[0].start, ys[0].start))
        elif i2 - i1 == j2 - j1 == 1 and ta[i1].norm[:1].isdigit() and tb[j1].norm[:1].isdigit():
            out.add((ta[i1].start, tb[j1].start))  # a label for a label: "Category [4]" / "Category [3]"
    return out
