"""Who reviews what: the claims split among analysts, each claim seen by ``overlap`` of them.

Whole clusters go together: whoever sees a claim also sees its counterparts
in the other outlets, so the comparison the analyst makes is the same for
everyone. Clusters are dealt largest first to whoever has the fewest claims so
far, preferring analysts who have shared the fewest claims with those already
chosen (so every pair of analysts shares claims for Cohen's κ); ties are broken
by ``seed``, so the same call always gives the same split.
"""

from __future__ import annotations

import random
import warnings
from collections.abc import Sequence
from itertools import combinations

import pandas as pd

from ..errors import FactcheckWarning
from ..schema import require

__all__ = ["ASSIGNMENT_COLUMNS", "assign", "claims_for"]

#: One row per claim and analyst who is to review it.
ASSIGNMENT_COLUMNS = ("claim_id", "cluster_id", "analyst")


def _names(analysts: Sequence[str]) -> list[str]:
    if isinstance(analysts, str) or not isinstance(analysts, Sequence | set | frozenset):
        raise TypeError(f'analysts is a list of names such as ["ana", "ben"], not {analysts!r}')
    names = [str(a).strip() for a in analysts]
    if not names or any(not n for n in names):
        raise ValueError('analysts needs at least one non-empty name, e.g. analysts=["ana", "ben"]')
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ValueError(f"analysts names {', '.join(map(repr, repeated))} more than once; name each analyst once")
    return names


def assign(table: pd.DataFrame, analysts: Sequence[str], *, overlap: int = 2, seed: int = 0) -> pd.DataFrame:
    """Split the claims of ``table`` so that each is reviewed by exactly ``overlap`` analysts.

    Returns one row per claim and analyst (``claim_id``, ``cluster_id``,
    ``analyst``), in table order. A claim's whole cluster goes to the same
    analysts. Pass it to ``Reviewer(..., assignment=...)`` or
    ``ReviewSession(..., assignment=...)`` to open on one analyst's claims.

    >>> import factcheck
    >>> table = factcheck.check("seeds")
    >>> split = assign(table, ["ana", "ben", "cy"], overlap=2, seed=1)
    >>> split.groupby("claim_id")["analyst"].size().eq(2).all()
    np.True_
    >>> split["analyst"].value_counts().sort_index().tolist()
    [18, 18, 18]
    """
    require(table, ("claim_id", "cluster_id"), table="checked-claim", made_by="factcheck.check()")
    names = _names(analysts)
    if isinstance(overlap, bool) or not isinstance(overlap, int):
        raise TypeError(f"overlap is a whole number of analysts per claim, not {overlap!r}")
    if not 1 <= overlap <= len(names):
        raise ValueError(
            f"overlap={overlap} asks for {overlap} analysts per claim, but {len(names)} "
            f"{'is' if len(names) == 1 else 'are'} named "
            f"({', '.join(names)}); use an overlap from 1 to {len(names)}, or name more analysts"
        )
    ids = table["claim_id"].astype(str).tolist()
    if len(set(ids)) != len(ids):
        raise ValueError("the table has duplicated claim ids; pass the table factcheck.check() made")
    # A claim without a cluster is a cluster of its own.
    clusters = [str(c) if pd.notna(c) else f"claim {i}" for c, i in zip(table["cluster_id"], ids)]
    members: dict[str, list[int]] = {}
    for k, cluster in enumerate(clusters):
        members.setdefault(cluster, []).append(k)
    rng = random.Random(seed)
    order = list(members)
    rng.shuffle(order)
    order.sort(key=lambda c: -len(members[c]))  # stable: the shuffle breaks ties between equal sizes
    load = dict.fromkeys(names, 0)
    shared = {pair: 0 for pair in combinations(sorted(names), 2)}
    chosen_for: dict[str, list[str]] = {}
    for cluster in order:
        tiebreak = {n: rng.random() for n in names}
        chosen: list[str] = []
        for _ in range(overlap):
            pick = min(
                (n for n in names if n not in chosen),
                key=lambda n: (load[n], sum(shared[tuple(sorted((n, c)))] for c in chosen), tiebreak[n]),
            )
            chosen.append(pick)
            load[pick] += len(members[cluster])
        for pair in combinations(sorted(chosen), 2):
            shared[pair] += len(members[cluster])
        chosen_for[cluster] = chosen
    rank = {n: k for k, n in enumerate(names)}
    rows = [
        (ids[k], table["cluster_id"].iloc[k], analyst)
        for k, cluster in enumerate(clusters)
        for analyst in sorted(chosen_for[cluster], key=rank.__getitem__)
    ]
    return pd.DataFrame(rows, columns=list(ASSIGNMENT_COLUMNS))


def claims_for(assignment: pd.DataFrame, analyst: str, claim_ids: Sequence[str]) -> list[str]:
    """The claims of ``claim_ids`` (in that order) assigned to ``analyst``.

    >>> split = pd.DataFrame({"claim_id": ["a:1", "a:2"], "cluster_id": ["c1", "c2"], "analyst": ["ana", "ben"]})
    >>> claims_for(split, "ben", ["a:1", "a:2"])
    ['a:2']
    """
    require(assignment, ("claim_id", "analyst"), table="assignment", made_by="factcheck.assign(table, analysts=[...])")
    names = list(dict.fromkeys(assignment["analyst"].astype(str)))
    if analyst not in names:
        raise ValueError(
            f"analyst {analyst!r} has no claims in this assignment (it names {', '.join(names) or 'nobody'}); "
            f"open the review as one of them, or assign again with {analyst!r} among the analysts"
        )
    mine = set(assignment.loc[assignment["analyst"].astype(str) == analyst, "claim_id"].astype(str))
    found = [c for c in claim_ids if c in mine]
    if not found:
        raise ValueError(
            f"none of the {len(mine)} claims assigned to {analyst!r} is in this table: the assignment was made "
            "for other articles; assign again with factcheck.assign(table, analysts=[...])"
        )
    if len(found) < len(mine):
        warnings.warn(
            f"{len(mine) - len(found)} of the {len(mine)} claims assigned to {analyst!r} are not in this table "
            "(the articles changed since the assignment was made); reviewing the other ones.",
            FactcheckWarning,
            stacklevel=3,
        )
    return found
