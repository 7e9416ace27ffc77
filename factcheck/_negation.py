"""Negation: one outlet negates what another affirms ("passed" / "had not passed")."""

from __future__ import annotations

from ._slots import stem
from ._tokens import Token
from .details import Detail

__all__ = ["negation_differences"]


_AUXILIARIES = frozenset(
    ("had has have did does do was were is are will would could should can may might must been be").split()
)


# Words between a negation and the word it negates ("had not yet been consulted", "none of them fatal").
_NEGATION_SKIP = frozenset(
    "been be yet even ever to a an the any have has had of them it us these those its their".split()
)


def _negated(text: str, details: tuple[Detail, ...], tokens: tuple[Token, ...]) -> list[tuple[Detail, str, str]]:
    """``(cue, phrase, negated word)`` per negation: "had not passed" negates "passed".

    "nor" after another negation continues it ("not found X, nor Y") rather
    than adding one.
    """
    out: list[tuple[Detail, str, str]] = []
    for cue in (d for d in details if d.kind == "negation"):
        if cue.key == "nor" and out:
            continue
        before = [t for t in tokens if t.end <= cue.start][-1:]
        before = [t for t in before if t.norm in _AUXILIARIES]
        after = [t for t in tokens if t.start >= cue.end][:4]
        after = [t for t in after if t.norm not in _NEGATION_SKIP][:1]
        start = before[0].start if before else cue.start
        end = after[0].end if after else cue.end
        out.append((cue, text[start:end], after[0].norm if after else ""))
    return out


def negation_differences(
    a: str, b: str, da: tuple[Detail, ...], db: tuple[Detail, ...], ta: tuple[Token, ...], tb: tuple[Token, ...]
) -> list[tuple[str, str, str]]:
    """One side negates what the other affirms: "passed" / "had not passed".

    Both sides negating as often is agreement, whatever the words ("had no
    jurisdiction" / "did not have jurisdiction"). An extra negation counts only
    when the word it negates appears, not negated, on the other side;
    otherwise it sits in a clause the other outlet simply left out.
    """
    neg_a, neg_b = _negated(a, da, ta), _negated(b, db, tb)
    if len(neg_a) == len(neg_b):
        return []
    more_a = len(neg_a) > len(neg_b)
    extra, fewer, other = (neg_a, neg_b, tb) if more_a else (neg_b, neg_a, ta)
    negated_there = {stem(word) for _, _, word in fewer}
    for cue, phrase, word in extra:
        if not word or stem(word) in negated_there:
            continue
        plain = next((t.surface for t in other if stem(t.norm) == stem(word)), None)
        if plain is not None:
            mine, theirs = (phrase, plain) if more_a else (plain, phrase)
            return [(mine, theirs, cue.surface.lower().replace("n't", "not"))]
    return []
