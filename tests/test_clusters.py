import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck._clusters import cluster, components, sort_order, strongest


def _greedy(pairs: pd.DataFrame, src: np.ndarray, rank: np.ndarray) -> tuple[list[set[int]], list[int]]:
    """The plain greedy clustering, pair by pair over every pair: what ``cluster`` must give."""
    n = len(src)
    parent = list(range(n))
    outlets = {k: {int(src[k])} for k in range(n)}

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    rows = sorted(
        range(len(pairs)), key=lambda r: (-pairs["score"].iat[r], rank[pairs["i"].iat[r]], rank[pairs["j"].iat[r]])
    )
    kept = []
    for r in rows:
        a, b = root(int(pairs["i"].iat[r])), root(int(pairs["j"].iat[r]))
        if a != b:
            if outlets[a] & outlets[b]:
                continue
            parent[b] = a
            outlets[a] |= outlets.pop(b)
        kept.append(pairs.index[r])
    groups: dict[int, set[int]] = {}
    for k in range(n):
        groups.setdefault(root(k), set()).add(k)
    return sorted(groups.values(), key=min), sorted(kept)


def _groups(labels: np.ndarray) -> list[set[int]]:
    groups: dict[int, set[int]] = {}
    for k, label in enumerate(labels.tolist()):
        groups.setdefault(label, set()).add(k)
    return sorted(groups.values(), key=min)


@st.composite
def _pair_tables(draw):
    n = draw(st.integers(2, 14))
    src = np.array(draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)))
    cross = [(i, j) for i in range(n) for j in range(i + 1, n) if src[i] != src[j]]
    chosen = draw(st.lists(st.sampled_from(cross), unique=True, max_size=25)) if cross else []
    scores = draw(st.lists(st.integers(55, 100), min_size=len(chosen), max_size=len(chosen)))
    rank = np.array(draw(st.permutations(range(n))))
    index = draw(st.lists(st.integers(0, 10_000), min_size=len(chosen), max_size=len(chosen), unique=True))
    pairs = pd.DataFrame(
        {"i": [i for i, _ in chosen], "j": [j for _, j in chosen], "score": scores}, index=index, dtype=np.int64
    )
    return pairs, src, rank


@settings(max_examples=300, deadline=None)
@given(_pair_tables())
def test_cluster_is_the_greedy_clustering(table):
    pairs, src, rank = table
    groups, kept_rows = _greedy(pairs, src, rank)
    for grouped_from in (0, 10**9):  # from connected groups, and pair by pair throughout
        labels, kept = cluster(pairs, src, rank, grouped_from=grouped_from)
        assert _groups(labels) == groups
        assert kept.index.tolist() == kept_rows
    for group in groups:  # never two claims of one outlet in a cluster
        assert len({int(src[k]) for k in group}) == len(group)


def test_cluster_of_no_pairs_leaves_each_claim_alone():
    labels, kept = cluster(
        pd.DataFrame({"i": [], "j": [], "score": []}, dtype=np.int64), np.array([0, 1, 0]), np.arange(3)
    )
    assert kept.empty and len(set(labels.tolist())) == 3


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 30).flatmap(
        lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=60))
    )
)
def test_components_are_scipys_connected_components(graph):
    from scipy.sparse import coo_matrix, csgraph

    n, edges = graph
    i, j = (np.array([e[k] for e in edges], dtype=np.int64) for k in (0, 1))
    matrix = coo_matrix((np.ones(len(i), np.int8), (i, j)), shape=(n, n))
    assert components(n, i, j).tolist() == csgraph.connected_components(matrix, directed=False)[1].tolist()


def test_components_of_a_long_chain_listed_backwards():
    # A chain of 100,000 links: a few passes, not one per link.
    i = np.arange(99_999)[::-1]
    assert set(components(100_000, i, i + 1).tolist()) == {0}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 100), st.integers(0, 6)), min_size=1, max_size=40, unique=True)
)
def test_sort_order_is_lexsort(rows):
    a, b, c = (np.array(col) for col in zip(*rows))
    assert sort_order([(a, 5), (b, 101), (c, 7)]).tolist() == np.lexsort((c, b, a)).tolist()


def test_sort_order_falls_back_to_lexsort_where_the_key_would_overflow():
    big = 2**31
    a, b = np.array([3, 1, 3]), np.array([big - 1, 0, 0])
    assert sort_order([(a, big), (b, big)]).tolist() == [1, 2, 0]


@pytest.mark.parametrize(
    ("per_claim", "kept"),
    [
        (1, [0, 2]),  # 0 and 1 keep their best (95), 2 and 3 theirs (90); 80 is nobody's best
        (2, [0, 1, 2]),
    ],
)
def test_strongest_keeps_each_claims_best_pairs(per_claim, kept):
    pairs = pd.DataFrame({"i": [0, 0, 3], "j": [1, 2, 2], "score": [95, 80, 90]})
    assert strongest(pairs, np.arange(4), per_claim).index.tolist() == kept
