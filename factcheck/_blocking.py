"""Blocking for large corpora: which pairs are worth scoring at all.

TF-IDF over content words with a sparse dot product finds each claim's nearest
claims in other outlets without scoring all n^2 pairs. Measured on this kind
of machine (../shared/docs/performance-notes.md): top-100 neighbours at cosine
>= 0.3 kept 99.6-99.8% of the pairs brute force finds; most of the rest are
claims with three content words or fewer, which are brute-forced here against
every claim whose length could still reach the score threshold.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from scipy import sparse

from . import _parallel
from ._tokens import alignment_key
from .vocab import AliasTable

#: Candidate neighbours per claim, and the lowest TF-IDF cosine worth scoring.
NEIGHBOURS = 100
MIN_COSINE = 0.25
#: The common-word cap (:func:`common_word_cap`) is never below this: in two or three short articles
#: the 90th percentile is two outlets, and a cap of four claims drops a fact's own words as soon as two facts share them ("the two leaders").
CAP_FLOOR = 6
#: Claims with this many content words or fewer are brute-forced instead.
SHORT_WORDS = 3
#: Above this many claims, blocking runs on all cores.
PARALLEL_CLAIMS = 50_000
#: Above this many distinct wordings, their alignment keys are made on all cores: a key costs about 50 µs
#: of Python, forking the workers tens of milliseconds.
PARALLEL_KEYS = 5_000


def _distinct(codes: np.ndarray) -> np.ndarray:
    """Sorted distinct values; on large int arrays several times faster than
    np.unique, which picks a hash-based method there."""
    codes = np.sort(codes)
    return codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A verb's forms as one word ("released", "releasing", "release" -> "releas"), so that
    facts told in other tenses share their words. Names (aliases) and numbers stay as written.

    >>> [stem(w) for w in ("released", "releasing", "arrested", "stopped", "@texas", "2:30")]
    ['releas', 'releas', 'arrest', 'stop', '@texas', '2:30']
    """
    if len(word) < 5 or not word.isalpha():
        return word
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]  # stopped -> stop
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def common_word_cap(n: int, outlets_per_word: np.ndarray, upper: int = 1000) -> float:
    """How many claims a word may appear in and still help tell facts apart.

    A fact's own words recur about once per outlet that tells it, so the cap
    is at least twice the number of outlets that typically share a word (the
    90th percentile over the corpus's repeated words: about the outlet count in
    one event's coverage, a few dozen in a corpus of many events). Otherwise
    1% of the claims, and never more than ``upper``: a word's cost in the
    similarity product grows with the square of its frequency.
    """
    typical = float(np.quantile(outlets_per_word, 0.9)) if len(outlets_per_word) else 1.0
    return min(upper, max(0.01 * n, 2 * typical, CAP_FLOOR))


def tfidf_matrix(
    keys: list[str], src: np.ndarray, *, cap: float | None = None, vocabulary: list[str] | None = None
) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows over the words of ``keys`` (binary term counts).

    ``src`` holds each claim's outlet code. A word in one claim only cannot link
    two claims, so it is dropped (it would only dilute the cosine); so are the
    words in more claims than ``cap`` (default: :func:`common_word_cap`).
    ``vocabulary``, if given, is filled with the word of each column.
    """
    n = len(keys)
    # Each distinct key is looked up once (wire copy repeats wordings); taking them in order of first
    # appearance numbers the columns exactly as a pass over every claim would.
    key_of = {key: k for k, key in enumerate(dict.fromkeys(keys))}
    words_of = [key.split() for key in key_of]
    # Words, then their stems, numbered in order of first appearance: each distinct word is stemmed once.
    word_code: dict[str, int] = {}
    flat_words = np.fromiter((word_code.setdefault(w, len(word_code)) for words in words_of for w in words), np.int64)
    distinct = list(word_code)
    stem_codes, _ = pd.factorize(np.asarray([stem(w) for w in distinct], dtype=object))
    flat = stem_codes.astype(np.int64)[flat_words] if len(flat_words) else flat_words
    if vocabulary is not None:
        # The first word seen of each stem, for its English frequency.
        firsts = np.unique(stem_codes, return_index=True)[1] if len(stem_codes) else np.zeros(0, np.int64)
        vocabulary[:] = [distinct[k] for k in firsts]
    lengths = np.fromiter(map(len, words_of), np.int64, len(words_of))
    starts = np.cumsum(lengths) - lengths
    which = np.fromiter((key_of[key] for key in keys), np.int64, n)
    per_claim = lengths[which]
    rows = np.repeat(np.arange(n, dtype=np.int64), per_claim)
    # The claim's columns are its key's run in ``flat``: run start + place within the run.
    cols = flat[
        np.repeat(starts[which], per_claim)
        + np.arange(len(rows))
        - np.repeat(np.cumsum(per_claim) - per_claim, per_claim)
    ]
    width = max(int(stem_codes.max()) + 1 if len(stem_codes) else 0, 1)
    cells = _distinct(rows * width + cols)  # each word once per claim
    rows, cols = cells // width, cells % width
    df = np.bincount(cols, minlength=width)
    if cap is None:
        n_src = int(src.max()) + 1 if len(src) else 1
        outlets_per_word = np.bincount(_distinct(cols * n_src + src[rows]) // n_src, minlength=width)
        cap = common_word_cap(n, outlets_per_word[df >= 2])
    useful = (df >= 2) & (df <= cap)
    weight = np.where(useful, np.log((1 + n) / (1 + df)) + 1, 0).astype(np.float32)[cols]
    keep = weight > 0
    x = sparse.csr_matrix((weight[keep], (rows[keep], cols[keep])), shape=(n, width))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.csr_matrix(sparse.diags((1 / norms).astype(np.float32)) @ x)


def specific_words(x: sparse.csr_matrix, vocabulary: list[str], max_zipf: float) -> sparse.csr_matrix:
    """``x`` with only the words that name something specific: aliases (``@north_korea``), numbers,
    and words rarer than ``max_zipf`` in English (names, rare terms), not topic words like "climate"."""
    from .vocab import zipf

    used = np.flatnonzero(np.bincount(x.indices, minlength=x.shape[1]))
    keep = np.zeros(x.shape[1], dtype=np.float32)
    for col in used.tolist():
        word = vocabulary[col]
        keep[col] = word.startswith("@") or any(ch.isdigit() for ch in word) or zipf(word) < max_zipf
    return sparse.csr_matrix(x @ sparse.diags(keep))


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
    keys: list[str], src: np.ndarray, min_score: float, *, also: np.ndarray | None = None, max_words: int = SHORT_WORDS
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs for the claims blocking cannot place, against every length-compatible claim.

    Those are claims with ``max_words`` content words or fewer, and the claims
    flagged in ``also`` (those with no distinctive word at all, whose TF-IDF
    vector is empty). ``fuzz.ratio`` cannot reach ``min_score`` when one string
    is more than ``200 / min_score - 1`` times longer than the other, so only
    that length window needs scoring.
    """
    lengths = np.fromiter((len(k) for k in keys), np.int64, len(keys))
    wanted = np.fromiter((len(k.split()) <= max_words for k in keys), bool, len(keys))
    if also is not None:
        wanted |= also
    short = np.flatnonzero(wanted)
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


def _keys_of(rows: range, shared: tuple[list[str], AliasTable]) -> list[str]:
    texts, table = shared
    return [alignment_key(texts[k], table) for k in rows]


def alignment_keys(texts: list[str], table: AliasTable, progress: bool) -> list[str]:
    """Alignment keys of all claims, each distinct wording once (wire copy repeats them across
    outlets), on all cores for very large corpora."""
    distinct = list(dict.fromkeys(texts))
    if len(distinct) < PARALLEL_KEYS or _parallel.workers() < 2:
        found = [alignment_key(t, table) for t in distinct]
    else:
        batches = _parallel.split(len(distinct), _parallel.workers() * 4)
        parts = _parallel.map_batches(_keys_of, batches, (distinct, table), progress="keys" if progress else "")
        found = [key for part in parts for key in part]
    key_of = dict(zip(distinct, found))
    return [key_of[t] for t in texts]


def first_of_each(keys: list[str]) -> np.ndarray:
    """For each claim, the first claim with its key: wire copy gives many claims one key, and what
    depends only on the key is worked out once, for that first claim."""
    first: dict[str, int] = {}
    return np.fromiter((first.setdefault(key, k) for k, key in enumerate(keys)), np.int64, len(keys))


def pair_overlap(
    x: sparse.csr_matrix, i: np.ndarray, j: np.ndarray, *, same_row: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """TF-IDF cosine (0-1) of claims ``i[k]`` and ``j[k]``, and how many
    distinctive words (in this corpus's TF-IDF vocabulary) they share.

    ``same_row[k]`` names a claim whose row of ``x`` is claim ``k``'s (its first claim with the same
    alignment key): each distinct pair of rows is then multiplied once, as wire copy repeats wordings.
    """
    if not len(i):
        return np.empty(0, np.float32), np.empty(0, np.int64)
    if same_row is not None:
        n = x.shape[0]
        codes, back = np.unique(same_row[i].astype(np.int64) * n + same_row[j], return_inverse=True)
        if len(codes) < len(i):
            cosine, shared = pair_overlap(x, codes // n, codes % n)
            return cosine[back.ravel()], shared[back.ravel()]
    both = x[i].multiply(x[j])  # once for both figures: the product is most of the cost
    cosine = np.asarray(both.sum(axis=1), dtype=np.float32).ravel()
    shared = np.asarray((both > 0).sum(axis=1)).ravel().astype(np.int64)
    return cosine, shared
