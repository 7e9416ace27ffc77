"""What a detail is about, so that two numbers (dates, weekdays) are compared only when they fill the same slot.

"killed at least five people" / "killed at least two people" is one slot (a real conflict);
"55 km from the city" / "a depth of 10 km" or "LaCalamita, 38" / "three people were shot" are not.
"""

from __future__ import annotations

from ._tokens import STOP_WORDS, Token
from .details import Detail

__all__ = ["Slot", "aligned_details", "same_slot", "slots", "stem"]


def stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "d"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# Words that qualify a figure rather than say what it counts ("at least five", "more than 100").
_QUALIFIERS = frozenset(
    "least most more less than about nearly some around over under almost approximately up only just another other "
    "total estimated roughly some fewer first last".split()
)
_SAME_WORD = {"people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child"}
_NOT_A_SLOT = STOP_WORDS | _QUALIFIERS


def _slot_word(token: Token) -> str | None:
    if token.kind not in ("word", "alias") or token.norm in _NOT_A_SLOT or not token.norm[:1].isalpha():
        return None
    return _SAME_WORD.get(token.norm) or stem(token.norm)


Slot = tuple[str | None, str | None, frozenset[str]]


def slots(details: tuple[Detail, ...], tokens: tuple[Token, ...], text: str) -> tuple[Slot, ...]:
    """What each detail is about: the content word before it (``head``: "killed" in "killed at least
    five"), the word right after it (``unit``: "people", "km", "summit") and the content words
    around it (``near``: four before, three after)."""
    at = {t.start: k for k, t in enumerate(tokens)}
    out: list[Slot] = []
    for d in details:
        k = at.get(d.start)
        if k is None:
            out.append((None, None, frozenset()))
            continue
        head = next((w for t in reversed(tokens[max(0, k - 5) : k]) if (w := _slot_word(t))), None)
        unit = _slot_word(tokens[k + 1]) if k + 1 < len(tokens) else None
        if _is_age(d, tokens, k, text):
            unit = "<age>"
        near = frozenset(w for t in (*tokens[max(0, k - 4) : k], *tokens[k + 1 : k + 4]) if (w := _slot_word(t)))
        out.append((head, unit, near))
    return tuple(out)


def _is_age(d: Detail, tokens: tuple[Token, ...], k: int, text: str) -> bool:
    """ "Marlow, 38, was charged": a bare number set off by commas right after a name is an age."""
    if d.kind != "number" or not d.surface.isdigit() or k == 0:
        return False
    before = tokens[k - 1]
    return before.capitalised and text[before.end : d.start].strip() == "," and text[d.end : d.end + 1] in (",", ")")


def same_slot(a: Slot, b: Slot, *, events: bool = False) -> bool | None:
    """Whether two details fill the same slot: True when what they are about matches (the same head
    word, or one's head is the other's unit: "a 2019 summit" / "the summit in 2018"; the same unit
    with no different heads; two content words in common around them), False when the sentences
    say they are about different things ("55 km from the city" / "a depth of 10 km", an age / a
    count), None when nothing tells either way. For days and times (``events``) the head word is
    the happening: "shot on Friday" / "charged on Saturday" are different slots."""
    (ha, ua, na), (hb, ub, nb) = a, b
    if ua and ub and ua != ub and ha != hb:
        return False  # different units, different heads: "five people" / "38 years"
    if (ha and ha in (hb, ub)) or (hb and hb in (ha, ua)):
        return True
    if events and ha and hb and ha != hb:
        return False
    if ua and ua == ub:
        return not (ha and hb and ha != hb)
    if len(na & nb) >= 2:
        return True
    if (ha and hb) or (ua and ub):
        return False  # both sides say what the detail is about, and they say different things
    return None


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
    return out
