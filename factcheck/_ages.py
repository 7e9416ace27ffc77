"""Whose age a claim gives: "Derek Hanson, 23," and "25-year-old Derek Hanson" both give Hanson's.

Outlets that tell one fact about a person in their own words may share little but the name and an age
("The suspect, identified as 25-year-old Derek Hanson, was shot" / "Police identified the gunman as Derek
Hanson, 23"): too little for a lexical match, and an age that differs is a real conflict. Claims of two
outlets that give one name an age become candidates the aligner would not otherwise score (see
:func:`factcheck.matches.align_claims`); the comparison then decides whether the ages are one person's.
Only ages: tried on the train events, the words beside counts, sums and shares ("killed", "offer", "poll")
paired many sentences that tell different things.
"""

from __future__ import annotations

import re

import numpy as np

__all__ = ["aged_names", "name_pairs", "share_a_name"]

_NAME = r"[A-Z][a-zA-Z'’-]+"
# "Derek Hanson, 23," / "Anthony LaCalamita III, 38, had"; not "On Monday, 40 people" nor "Acme, 12 percent".
_AFTER_NAME = re.compile(
    rf"\b({_NAME})(?:\s(?:Jr\.?|Sr\.?|II|III|IV))?,\s(\d{{1,3}})(?=[,;)]|\.(?!\d)|\s(?:who|of|and|was|is|from|had|has)\b)"
)
# "25-year-old Derek Hanson", "a 38-year-old Troy resident": the last capitalised word of the run after it.
_BEFORE_NAME = re.compile(rf"\b\d{{1,3}}-year-old\s+((?:{_NAME}\s+){{0,3}}{_NAME})")
_COMMA_FIGURE = re.compile(r",\s\d")
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december the a an he she his her their its in on at".split()
)


def aged_names(text: str) -> str:
    """The names the claim gives an age, lower case, space-separated and sorted; "" for none.

    >>> aged_names("Police identified the gunman as Derek Hanson, 23, of Granby Ridge.")
    'hanson'
    >>> aged_names("The suspect, identified as 25-year-old Derek Hanson, was shot.")
    'hanson'
    >>> aged_names("On Monday, 40 people were hurt.")
    ''
    """
    if "year-old" not in text and not _COMMA_FIGURE.search(text):
        return ""  # most claims: a search for what both patterns need is a fraction of running them
    found = {m[1] for m in _AFTER_NAME.finditer(text)}
    found.update(m[1].split()[-1] for m in _BEFORE_NAME.finditer(text))
    return " ".join(sorted({name.lower() for name in found} - _NOT_NAMES))


def name_pairs(names: np.ndarray, src: np.ndarray, most: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, of claims from two outlets that give one name an age; a name more than
    ``most`` claims give an age (wire copy) pairs none: lexical matching finds those copies."""
    holders: dict[str, list[int]] = {}
    for k, line in enumerate(names.tolist()):
        for name in line.split():
            holders.setdefault(name, []).append(k)
    pi: list[int] = []
    pj: list[int] = []
    for members in holders.values():
        if 2 <= len(members) <= most:
            for x, a in enumerate(members):
                for b in members[x + 1 :]:
                    if src[a] != src[b]:
                        pi.append(a)
                        pj.append(b)
    return np.asarray(pi, dtype=np.int64), np.asarray(pj, dtype=np.int64)


def share_a_name(names: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Which pairs ``(i[k], j[k])`` give one name an age."""
    out = np.zeros(len(i), dtype=bool)
    both = np.flatnonzero((names[i] != "") & (names[j] != ""))
    for k, a, b in zip(both.tolist(), names[i[both]].tolist(), names[j[both]].tolist()):
        out[k] = not set(a.split()).isdisjoint(b.split())
    return out
