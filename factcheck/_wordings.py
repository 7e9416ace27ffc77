"""Which comparisons a cluster needs: linear in its size, not quadratic.

A cluster is one fact told by several outlets. Wire copy repeats one agency
story, so most outlets carry the same wording: claims with the same wording
are compared once, as a *wording*. Each wording is then compared with the
cluster's reference wording (the one most outlets carry), and with the most
detailed wording (the longest), which catches two outlets that disagree on a
detail the reference leaves out: a cluster of ``k`` wordings costs ``2k - 3``
comparisons, whatever its number of outlets. A cluster of up to
:data:`ALL_PAIRS` wordings, as independent outlets give, is compared pair by
pair (28 comparisons at most): there two outlets that word a fact alike, and
differ in one detail, may both stand far from the reference.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ._text import fold

__all__ = ["ALL_PAIRS", "Task", "Wording", "plan", "same_words"]

#: Clusters of up to this many wordings are compared pair by pair. On the train events and FNC-1's tuning
#: stories, 8 found four real conflicts more (a date, a medal's name, a temperature, a misspelling) for one
#: false alarm; 16 found one more real one for six false alarms.
ALL_PAIRS = 8


@dataclass(frozen=True)
class Wording:
    """Claims of one cluster that say the same words (case, spacing and quote marks aside)."""

    key: int  # position in the plan's list of wordings
    cluster: str
    claims: tuple[str, ...]
    text: str  # the first claim's text, which stands for all


@dataclass(frozen=True)
class Task:
    """Compare wording ``a`` with wording ``b`` (indexes into the plan's wordings)."""

    a: int
    b: int


def same_words(text: str) -> str:
    return " ".join(fold(text).lower().split())


def plan(
    members: dict[str, list[str]], text_of: dict[str, str], support: Iterable[tuple[str, str]]
) -> tuple[list[Wording], list[Task], dict[str, int]]:
    """The wordings of every cluster, the comparisons they need, and each claim's wording.

    ``members`` maps a cluster id to its claims in table order; ``support`` lists pairs of claims
    that tell one fact without sharing a cluster (each compared on its own).

    >>> texts = {"a": "Rain fell.", "b": "rain  fell.", "c": "Rain fell on Monday.", "d": "Snow fell."}
    >>> wordings, tasks, of = plan({"c-a": ["a", "b", "c", "d"]}, texts, [])
    >>> [w.claims for w in wordings], [(t.a, t.b) for t in tasks]
    ([('a', 'b'), ('c',), ('d',)], [(1, 0), (2, 0), (2, 1)])
    """
    wordings: list[Wording] = []
    tasks: list[Task] = []
    wording_of: dict[str, int] = {}
    for cluster, claims in members.items():
        groups: dict[str, list[str]] = {}
        for claim in claims:
            groups.setdefault(same_words(text_of[claim]), []).append(claim)
        first = len(wordings)
        for group in groups.values():
            wordings.append(Wording(len(wordings), cluster, tuple(group), text_of[group[0]]))
            wording_of.update(dict.fromkeys(group, len(wordings) - 1))
        keys = range(first, len(wordings))
        if len(keys) < 2:
            continue
        if len(keys) <= ALL_PAIRS:
            tasks += [Task(k, j) for k in keys for j in keys if j < k]
            continue
        # Most outlets first, then the earlier claim: the reference every wording is held against.
        reference = min(keys, key=lambda k: (-len(wordings[k].claims), k))
        # The most detailed other wording: a second reference, for details the first leaves out.
        detailed = max((k for k in keys if k != reference), key=lambda k: (len(wordings[k].text), -k))
        tasks += [Task(k, reference) for k in keys if k != reference]
        tasks += [Task(k, detailed) for k in keys if k not in (reference, detailed)]
    for a, b in support:
        for claim in (a, b):
            if claim not in wording_of:  # a claim alone in its cluster is its own wording
                wordings.append(Wording(len(wordings), f"c-{claim}", (claim,), text_of[claim]))
                wording_of[claim] = len(wordings) - 1
        tasks.append(Task(wording_of[a], wording_of[b]))
    return wordings, tasks, wording_of
