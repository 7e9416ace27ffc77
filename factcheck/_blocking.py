"""Blocking for large corpora: which pairs are worth scoring at all.

TF-IDF over content words with a sparse dot product finds each claim's nearest
claims in other outlets without scoring all n^2 pairs. Measured on this kind
of machine (../shared/docs/performance-notes.md): top-100 neighbours at cosine
>= 0.3 kept 99.6-99.8% of the pairs brute force finds; most of the rest are
claims with three content words or fewer, which are brute-forced here against
every claim whose length could still reach the score threshold.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from . import _parallel

#: Candidate neighbours per claim, and the lowest TF-IDF cosine worth scoring.
NEIGHBOURS = 100
MIN_COSINE = 0.25
#: Claims with this many content words or fewer are brute-forced instead.
SHORT_WORDS = 3
#: Above this many claims, blocking runs on all cores.
PARALLEL_CLAIMS = 50_000


def tfidf_matrix(keys: list[str], *, outlets: int = 1) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows over the words of ``keys`` (binary term counts).

    A word in one claim only cannot link two claims, so it is dropped (it
    would only dilute the cosine). Very common words link too many claims to
    be informative, and their cost grows with the square of their frequency:
    words in more than 2% of the claims (at most 1,000) are dropped, but never
    words in fewer than twice the number of ``outlets`` claims, since a fact's
    own words recur about once per outlet that tells it.
    """
    vocab: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for key in keys:
        cols = {vocab.setdefault(w, len(vocab)) for w in key.split()}
        indices.extend(sorted(cols))
        indptr.append(len(indices))
    n = len(keys)
    x = sparse.csr_matrix((np.ones(len(indices), np.float32), indices, indptr), shape=(n, max(len(vocab), 1)))
    df = np.diff(x.tocsc().indptr)
    # A word in one claim only cannot link two claims (it would just dilute the
    # cosine); very common words link too many claims to be informative.
    cap = max(2 * outlets, min(0.02 * n, 1000))
    useful = np.flatnonzero((df >= 2) & (df <= cap))
    idf = (np.log((1 + n) / (1 + df[useful])) + 1).astype(np.float32)
    x = sparse.csr_matrix(x[:, useful] @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.csr_matrix(sparse.diags((1 / norms).astype(np.float32)) @ x)


def _neighbours_of_rows(
    rows_range: range, shared: tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray, int, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Top neighbours (other outlets, cosine >= min) of the claims in ``rows_range``."""
    x, xt, src, neighbours, min_cosine = shared
    start = rows_range.start
    sims = x[start : rows_range.stop] @ xt
    sims.data[sims.data < min_cosine] = 0
    sims.eliminate_zeros()
    rows = np.repeat(np.arange(start, start + sims.shape[0], dtype=np.int64), np.diff(sims.indptr))
    cols = sims.indices
    keep = src[rows] != src[cols]
    rows, cols, vals = rows[keep], cols[keep], sims.data[keep]
    # Only rows with more than ``neighbours`` candidates need ranking.
    counts = np.bincount(rows - start, minlength=sims.shape[0])
    crowded = counts[rows - start] > neighbours
    if crowded.any():
        r, c, v = rows[crowded], cols[crowded], vals[crowded]
        order = np.lexsort((-v, r))
        r, c = r[order], c[order]
        first = np.r_[0, np.flatnonzero(np.diff(r)) + 1]
        rank = np.arange(len(r)) - np.repeat(first, np.diff(np.r_[first, len(r)]))
        rows = np.concatenate([rows[~crowded], r[rank < neighbours]])
        cols = np.concatenate([cols[~crowded], c[rank < neighbours]])
    return rows, cols.astype(np.int64)


def tfidf_neighbours(
    x: sparse.csr_matrix,
    src: np.ndarray,
    *,
    neighbours: int,
    min_cosine: float,
    chunk: int = 2000,
    progress: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    """Each claim's top ``neighbours`` claims of other outlets by TF-IDF cosine (rows of ``x``).

    Rows go in chunks (bounded memory), on all cores above ``PARALLEL_CLAIMS`` claims.
    """
    n = x.shape[0]
    chunks = [range(s, min(n, s + chunk)) for s in range(0, n, chunk)]
    shared = (x, x.T.tocsr(), src, neighbours, min_cosine)
    if n < PARALLEL_CLAIMS:
        found = [_neighbours_of_rows(c, shared) for c in chunks]
    else:
        found = _parallel.map_batches(_neighbours_of_rows, chunks, shared, progress="blocking" if progress else "")
    if not found:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])


def short_claim_pairs(
    keys: list[str], src: np.ndarray, min_score: float, max_words: int = SHORT_WORDS
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs for claims with few content words, against every length-compatible claim.

    ``fuzz.ratio`` cannot reach ``min_score`` when one string is more than
    ``200 / min_score - 1`` times longer than the other, so only that length
    window needs scoring.
    """
    lengths = np.fromiter((len(k) for k in keys), np.int64, len(keys))
    short = np.flatnonzero([len(k.split()) <= max_words for k in keys])
    if not len(short) or min_score <= 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    by_length = np.argsort(lengths, kind="stable")
    sorted_lengths = lengths[by_length]
    factor = 200 / min_score - 1
    karr = np.asarray(keys, dtype=object)
    out_i, out_j = [], []
    # Group short claims by length so each group shares one candidate window.
    for length in np.unique(lengths[short]):
        queries = short[lengths[short] == length]
        hi = np.searchsorted(sorted_lengths, int(np.floor(length * factor)), side="right")
        lo = np.searchsorted(sorted_lengths, int(np.ceil(length / factor)), side="left")
        window = by_length[lo:hi]
        if not len(window):
            continue
        scores = process.cdist(
            karr[queries], karr[window], scorer=fuzz.ratio, dtype=np.uint8, score_cutoff=min_score, workers=-1
        )
        qi, wj = np.nonzero(scores)
        i, j = queries[qi], window[wj]
        keep = (i != j) & (src[i] != src[j])
        out_i.append(i[keep])
        out_j.append(j[keep])
    if not out_i:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(out_i), np.concatenate(out_j)
