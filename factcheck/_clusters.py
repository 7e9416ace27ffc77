"""Accepted pairs -> clusters: each claim's strongest pairs, then one claim per outlet per cluster.

Wire copy gives a fact hundreds of thousands of accepted pairs, so the orders here are one
``argsort`` of a packed integer key, and the greedy clustering runs pair by pair only inside
the connected groups where an outlet occurs twice (elsewhere it would keep every pair).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["both_print_both", "cluster", "components", "sort_order", "strongest"]

#: From this many pairs on, clusters start from connected groups (a sparse graph's components).
GROUPED_FROM = 20_000


def sort_order(columns: list[tuple[np.ndarray, int]]) -> np.ndarray:
    """The order ``np.lexsort`` gives, most significant column first; each column's values lie in
    ``[0, size)`` and no two rows are equal in every column.

    One packed int64 key sorts several times faster than ``lexsort`` over several keys.

    >>> sort_order([(np.array([1, 0, 1]), 2), (np.array([0, 5, 3]), 6)]).tolist()
    [1, 0, 2]
    """
    bound = 1
    for _, size in columns:
        bound *= max(int(size), 1)
    if bound >= 2**62:  # would overflow: lexsort takes its keys least significant first
        return np.lexsort([np.asarray(values) for values, _ in reversed(columns)])
    key = np.zeros(len(columns[0][0]), np.int64)
    for values, size in columns:
        key = key * max(int(size), 1) + np.asarray(values, dtype=np.int64)
    return np.argsort(key)


def components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Each of ``n`` nodes' connected component in the graph of edges ``(i[k], j[k])``, numbered in the order
    of the components' smallest nodes (as ``scipy.sparse.csgraph.connected_components`` numbers them).

    Roots hook onto the smallest root they meet, then paths are halved to their roots, until no edge joins
    two roots: a few numpy passes, and no import of ``scipy.sparse.csgraph`` (a quarter of a second).

    >>> components(5, np.array([3, 1]), np.array([4, 0])).tolist()
    [0, 0, 1, 2, 2]
    """
    parent = np.arange(n, dtype=np.int64)
    while True:
        pi, pj = parent[i], parent[j]
        apart = pi != pj
        if not apart.any():
            return np.unique(parent, return_inverse=True)[1].astype(np.int32)
        # Each root joins the smallest root an edge gives it: labels only fall, so no cycle forms.
        np.minimum.at(parent, np.maximum(pi, pj)[apart], np.minimum(pi, pj)[apart])
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up


def strongest(pairs: pd.DataFrame, rank: np.ndarray, per_claim: int) -> pd.DataFrame:
    """The pairs among the ``per_claim`` best of either of their claims (best score, then smaller id).

    A fact told by 200 outlets matches about 200 x 199 / 2 pairs; its cluster needs only a tree of
    them, and an analyst a handful of counterparts per claim. Keeping each claim's best pairs keeps
    the clusters (built best pairs first) while the rows, and all the work on them, grow linearly.
    """
    if len(pairs) <= per_claim:
        return pairs
    i, j, score = (pairs[c].to_numpy(dtype=np.int64) for c in ("i", "j", "score"))
    row = np.arange(len(pairs))
    a, b, r, s2 = np.r_[i, j], np.r_[j, i], np.r_[row, row], np.r_[score, score]
    n = len(rank)
    order = sort_order([(a, n), (100 - s2, 101), (rank[b], n)])
    a, r = a[order], r[order]
    first = np.r_[0, np.flatnonzero(np.diff(a)) + 1]
    place = np.arange(len(a)) - np.repeat(first, np.diff(np.r_[first, len(a)]))
    keep = np.zeros(len(pairs), dtype=bool)
    keep[r[place < per_claim]] = True
    return pairs[keep]


def both_print_both(pairs: pd.DataFrame, clustered: pd.DataFrame, src: np.ndarray) -> np.ndarray:
    """Pairs whose two claims each sit in a cluster with a verbatim copy from the other's outlet: both
    outlets print both lines ("I'm not going to say that I'm not going to finish it" / "I'm not saying that
    I am going to finish it"), so whatever differs between the lines, no outlet differs from another."""
    n_src = int(src.max()) + 1 if len(src) else 1
    ci, cj, cs = (clustered[c].to_numpy(dtype=np.int64) for c in ("i", "j", "score"))
    best = pd.Series(np.r_[cs, cs]).groupby(np.r_[ci * n_src + src[cj], cj * n_src + src[ci]]).max()
    i, j = (pairs[c].to_numpy(dtype=np.int64) for c in ("i", "j"))
    copied = lambda keys: best.reindex(keys).fillna(0).to_numpy() >= 100  # noqa: E731
    return copied(i * n_src + src[j]) & copied(j * n_src + src[i])


def cluster(
    pairs: pd.DataFrame, src: np.ndarray, rank: np.ndarray, *, grouped_from: int = GROUPED_FROM
) -> tuple[np.ndarray, pd.DataFrame]:
    """Greedy clustering, best pairs first (then by the claims' ``rank``), never two claims of one
    outlet in a cluster: each claim's group label, and the pairs the clusters kept. From
    ``grouped_from`` pairs on, only the connected groups where an outlet occurs twice go pair by pair.

    >>> pairs = pd.DataFrame({"i": [0, 1], "j": [1, 2], "score": [90, 80]})
    >>> labels, kept = cluster(pairs, np.array([0, 1, 0]), np.arange(3))
    >>> kept.index.tolist(), bool(labels[0] == labels[1] != labels[2])
    ([0], True)
    """
    n = len(src)
    i, j, score = (pairs[c].to_numpy(dtype=np.int64) for c in ("i", "j", "score"))
    labels = np.arange(n, dtype=np.int64)
    loop, looped = np.ones(len(i), bool), labels
    if len(i) and len(i) >= grouped_from:
        group = components(n, i, j)
        # A group where no outlet occurs twice keeps every pair, as the greedy loop would: no join
        # there can ever put two claims of one outlet together.
        n_src = int(src.max()) + 1
        outlets = np.bincount(np.unique(group.astype(np.int64) * n_src + src) // n_src)
        clash = outlets != np.bincount(group, minlength=len(outlets))
        labels = group.astype(np.int64) + n  # apart from the claim indices the loop labels by
        loop, looped = clash[group[i]], np.flatnonzero(clash[group])
    kept = np.flatnonzero(~loop).tolist()
    rows = np.flatnonzero(loop)
    order = rows[sort_order([(100 - score[rows], 101), (rank[i[rows]], n), (rank[j[rows]], n)])]
    parent = list(range(n))
    members_src: dict[int, set[int]] = {}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for row, a, b in zip(order.tolist(), i[order].tolist(), j[order].tolist()):
        ra, rb = root(a), root(b)
        if ra == rb:
            kept.append(row)
            continue
        sa = members_src.setdefault(ra, {int(src[ra])})
        sb = members_src.setdefault(rb, {int(src[rb])})
        if sa & sb:
            continue  # would put two claims of one outlet in one cluster
        if len(sa) < len(sb):
            ra, rb, sa, sb = rb, ra, sb, sa  # the smaller cluster joins the larger: outlets are copied few times
        parent[rb] = ra
        sa |= members_src.pop(rb)
        kept.append(row)
    labels[looped] = [root(k) for k in looped.tolist()]
    return labels, pairs.iloc[np.asarray(kept, dtype=np.int64)].sort_index()
