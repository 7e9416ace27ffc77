"""Stage 3: claims -> the ``matches`` table (pairs of claims that tell the same fact).

Scores are token-sort similarities (0-100) of the claims' content words after
folding benign variants (see :func:`factcheck._tokens.alignment_key`). Sorting
each claim's words once and scoring with plain ``fuzz.ratio`` gives the same
numbers as ``token_sort_ratio`` several times faster.

A pair is kept when its score reaches ``sure_score``; or when it reaches
``min_score``, each claim is the other's best match in the other's outlet
(mutual best), and the two share distinctive words: at least two words that
are not common in this corpus, and the mean of the score and 100 x their
TF-IDF cosine (``overlap``) also reaches ``min_score``. So a loose
paraphrase counts only when nothing fits better and it shares the names and
rare words of the fact, not just the topic's common vocabulary. Pairs then
form clusters, one claim per outlet at most, best pairs first.

Small corpora are scored exhaustively with ``process.cdist``. Above
``BRUTE_FORCE_LIMIT`` claims, candidates come from a TF-IDF blocking step
(sparse cosine, top neighbours) and are scored with ``process.cpdist``. Pairs
quoting one statement and pairs giving one name an age are candidates too,
however little else their wordings share.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from scipy import sparse

from ._ages import aged_names, name_pairs, share_a_name
from ._blocking import (
    MIN_COSINE,
    NEIGHBOURS,
    _distinct,
    alignment_keys,
    first_of_each,
    pair_overlap,
    short_claim_pairs,
    specific_words,
    tfidf_matrix,
    tfidf_neighbours,
)
from ._clusters import both_print_both, cluster, sort_order, strongest
from ._gc import few_collections
from ._quotes import quote_pairs, quoted_words, same_quotes
from .schema import MATCH_COLUMNS, require
from .vocab import AliasTable, load_aliases

__all__ = ["MIN_SCORE", "SURE_SCORE", "align_claims"]

MIN_SCORE = 55
SURE_SCORE = 70
#: Pairs told in other words: at least this many distinctive words in common ...
CONTENT_SHARED = 3
#: ... one of them specific (a name, number or word rarer than this Zipf frequency: not "climate") ...
SPECIFIC_ZIPF = 3.5
#: ... and at least this TF-IDF cosine (tuned on the dev read-in-full gold: 0.3 paired lone claims, 0.4 lost paraphrases).
CONTENT_COSINE = 0.35
#: A pair reaching ``MIN_SCORE`` with ``CONTENT_SHARED`` distinctive words in common, this many of them
#: specific, tells one fact at any cosine: "26 Somali pirates ... Gulf of Aden" told around other words.
ANCHORED_SPECIFIC = 2
BRUTE_FORCE_LIMIT = 4000
#: Each claim keeps its best this many matched pairs (clusters need a tree; wire copy in 200
#: outlets would otherwise keep 200 x 199 / 2 pairs per fact).
PAIRS_PER_CLAIM = 12
#: A name given an age (see ``factcheck._ages``) by more claims than this pairs none of them.
AGED_CLAIMS = 40


@dataclass(frozen=True)
class Candidates:
    """Scored cross-source pairs, each once (i < j), by row index into claims."""

    i: np.ndarray
    j: np.ndarray
    score: np.ndarray


def _sources_as_codes(sources: pd.Series) -> np.ndarray:
    return pd.factorize(sources, sort=True)[0].astype(np.int32)


def brute_force_pairs(keys: list[str], src: np.ndarray, min_score: float, *, progress: bool = False) -> Candidates:
    """Every cross-source pair scoring >= ``min_score``, by exhaustive ``cdist``.

    Rows are done in chunks so that memory stays bounded on large corpora.
    """
    n = len(keys)
    out_i, out_j, out_s = [], [], []
    chunk = max(1, min(n, 20_000_000 // max(n, 1)))
    starts = range(0, n, chunk)
    if progress:
        from tqdm.auto import tqdm

        starts = tqdm(starts, desc="scoring all pairs", unit="chunk")
    for start in starts:
        stop = min(n, start + chunk)
        block = process.cdist(
            keys[start:stop], keys[start:], scorer=fuzz.ratio, dtype=np.uint8, score_cutoff=min_score, workers=-1
        )
        rows, cols = np.nonzero(block)
        cols = cols + start
        rows = rows + start
        keep = (cols > rows) & (src[rows] != src[cols])
        out_i.append(rows[keep])
        out_j.append(cols[keep])
        out_s.append(block[rows[keep] - start, cols[keep] - start])
    if not out_i:
        return Candidates(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.uint8))
    return Candidates(np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s))


def _pair_scores(keys: list[str], lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """``fuzz.ratio`` of ``keys[lo[k]]`` and ``keys[hi[k]]``, each distinct (ordered) pair of keys scored
    once: wire copy gives many claims one key."""
    n = len(keys)
    rep = first_of_each(keys)
    distinct, back = np.unique(rep[lo] * n + rep[hi], return_inverse=True)
    karr = np.asarray(keys, dtype=object)
    scores = process.cpdist(karr[distinct // n], karr[distinct % n], scorer=fuzz.ratio, dtype=np.uint8, workers=-1)
    return scores[back.ravel()]


def _with_neighbours(cands: Candidates, keys: list[str], x: sparse.csr_matrix, src: np.ndarray) -> Candidates:
    """Brute-force pairs plus TF-IDF neighbours that score below ``min_score``: facts told in other words."""
    ni, nj = tfidf_neighbours(x, src, neighbours=NEIGHBOURS, min_cosine=CONTENT_COSINE)
    return _plus(cands, keys, _distinct(np.minimum(ni, nj) * len(keys) + np.maximum(ni, nj)))


def _with_quotes(
    cands: Candidates, keys: list[str], quotes: np.ndarray, src: np.ndarray, rank: np.ndarray
) -> Candidates:
    """Candidates plus pairs where one claim quotes part of what the other quotes, however little else they share."""
    qi, qj = quote_pairs(quotes, src, rank, PAIRS_PER_CLAIM)
    return _plus(cands, keys, _distinct(qi * len(keys) + qj))


def _plus(cands: Candidates, keys: list[str], codes: np.ndarray) -> Candidates:
    """``cands`` plus the pairs ``codes`` (``lo * n + hi``, sorted and distinct) that it lacks, scored."""
    if not len(codes):
        return cands
    n = len(keys)
    # Each candidate looked up among the (fewer) codes: ``np.isin`` would hash all the candidates.
    known = np.minimum(cands.i, cands.j).astype(np.int64) * n + np.maximum(cands.i, cands.j)
    at = np.searchsorted(codes, known).clip(max=len(codes) - 1)
    seen = np.zeros(len(codes), dtype=bool)
    seen[at[codes[at] == known]] = True
    codes = codes[~seen]
    if not len(codes):
        return cands
    lo, hi = codes // n, codes % n
    return Candidates(
        np.concatenate([cands.i.astype(np.int64), lo]),
        np.concatenate([cands.j.astype(np.int64), hi]),
        np.concatenate([cands.score, _pair_scores(keys, lo, hi)]),
    )


def blocked_pairs(
    keys: list[str],
    src: np.ndarray,
    min_score: float,
    *,
    sure_score: float = SURE_SCORE,
    x: sparse.csr_matrix | None = None,
    neighbours: int = NEIGHBOURS,
    min_cosine: float = MIN_COSINE,
    progress: bool = False,
) -> Candidates:
    """Cross-source pairs scoring >= ``min_score`` among blocked candidates.

    Candidates: each claim's ``neighbours`` nearest claims by TF-IDF cosine
    over content words (common words ignored, see :func:`tfidf_matrix`);
    plus, for claims with too few content words for TF-IDF to place, every
    claim of compatible length that reaches ``sure_score`` (a loose match must
    share distinctive words, which TF-IDF finds).

    Measured on 30,000 claims against brute force: 99.6% of the pairs
    ``align_claims`` could accept, in about 1/70 of the time.
    """
    if x is None:
        x = tfidf_matrix(keys, src)
    ci, cj = tfidf_neighbours(x, src, neighbours=neighbours, min_cosine=min_cosine, progress=progress)
    si, sj = short_claim_pairs(keys, src, sure_score, also=np.diff(x.indptr) == 0)
    i = np.concatenate([ci, si]).astype(np.int64)
    j = np.concatenate([cj, sj]).astype(np.int64)
    n = len(keys)
    # Each pair once: encode (smaller, larger) as one integer, which np.unique sorts fast.
    codes = _distinct(np.minimum(i, j) * n + np.maximum(i, j))
    if not len(codes):
        return Candidates(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.uint8))
    lo, hi = codes // n, codes % n
    scores = _pair_scores(keys, lo, hi)
    # TF-IDF neighbours stay even below min_score: they may share a fact's content in other words.
    return Candidates(lo, hi, scores)


def _accept(
    cands: Candidates,
    x: sparse.csr_matrix,
    src: np.ndarray,
    rank: np.ndarray,
    min_score: float,
    sure_score: float,
    specific: sparse.csr_matrix | None = None,
    quotes: np.ndarray | None = None,
    same_row: np.ndarray | None = None,
    aged: np.ndarray | None = None,
) -> pd.DataFrame:
    """Which scored pairs tell the same fact, and which of those may join a cluster.

    A pair is good when its score reaches ``sure_score``; or it reaches ``min_score``
    and the two share two distinctive words with enough TF-IDF overlap, or three, two of
    them specific (``ANCHORED_SPECIFIC``), at any overlap unless each quotes someone; or,
    whatever the wording, they share the content of a fact: several distinctive words,
    one of them specific (a name, number or rare word, from ``specific``), and a TF-IDF
    cosine of ``CONTENT_COSINE`` (facts told in other words); or they quote the same statement, or
    one a part of what the other quotes (``quotes``, see :func:`quoted_words`); or they give
    one name an age and share three distinctive words (``aged``, see :mod:`factcheck._ages`).
    Sure pairs, and good pairs where each claim is the other's best match in the
    other's outlet, may join a cluster. A good pair that is the best match of one side
    only (one sentence carrying two facts of another outlet) supports both claims'
    verdicts without joining (``support``). ``rank`` orders claims by id, so that
    ties go to the smaller id; ``same_row`` is :func:`pair_overlap`'s.
    """
    i, j, score = cands.i.astype(np.int64), cands.j.astype(np.int64), cands.score.astype(np.int64)
    low = score < sure_score
    cosine = np.zeros(len(i), np.float32)
    shared = np.zeros(len(i), np.int64)
    cosine[low], shared[low] = pair_overlap(x, i[low], j[low], same_row=same_row)
    loose = (score >= min_score) & (shared >= 2) & ((score + 100 * cosine) / 2 >= min_score)
    content = (shared >= CONTENT_SHARED) & (cosine >= CONTENT_COSINE)
    if specific is not None:
        anchored = (score >= min_score) & (shared >= CONTENT_SHARED) & ~loose
        if quotes is not None:
            # Two claims each quoting someone are two statements, whatever names they share, unless the
            # quotes are one statement (paired below).
            anchored &= (quotes[i] == "") | (quotes[j] == "")
        ask = content | anchored
        named = np.zeros(len(i), np.int64)
        if ask.any():
            named[ask] = pair_overlap(specific, i[ask], j[ask], same_row=same_row)[1]
        content &= named >= 1
        loose |= anchored & (named >= ANCHORED_SPECIFIC)
    if quotes is not None:
        content[low] |= same_quotes(quotes, i[low], j[low])
    if aged is not None:
        # One name given an age, and a distinctive word beside the name's (a first name and a surname count
        # two): "identified as 25-year-old Derek Hanson" / "identified the gunman as Derek Hanson, 23".
        content[low] |= (shared[low] >= 3) & share_a_name(aged, i[low], j[low])
    good = ~low | loose | content
    # Who is whose best match is judged among every pair reaching min_score, good or not, as
    # always, plus the content pairs: a closer wording elsewhere still outranks a loose pair.
    ranked = good | (score >= min_score)
    i, j, score, cosine, low, good = i[ranked], j[ranked], score[ranked], cosine[ranked], low[ranked], good[ranked]
    # Best counterpart of each claim in each other outlet, looking both ways along each pair.
    a, b, s2 = np.concatenate([i, j]), np.concatenate([j, i]), np.concatenate([score, score])
    n, n_src = len(rank), int(src.max()) + 1 if len(src) else 1
    order = sort_order([(a, n), (src[b], n_src), (100 - s2, 101), (rank[b], n)])
    a, b = a[order], b[order]
    first = np.ones(len(a), dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (src[b[1:]] != src[b[:-1]])
    # Back to the pairs' own order: the first half of the doubled list looks from i, the second from j.
    is_best = np.empty(len(a), dtype=bool)
    is_best[order] = first
    best_of_i, best_of_j = is_best[: len(i)], is_best[len(i) :]
    joins = ~low | (good & best_of_i & best_of_j)
    support = low & good & (best_of_i ^ best_of_j)
    if (~low).any():
        cosine[~low], _ = pair_overlap(x, i[~low], j[~low], same_row=same_row)
    keep = joins | support
    return pd.DataFrame(
        {"i": i[keep], "j": j[keep], "score": score[keep], "overlap": cosine[keep], "support": support[keep]}
    )


@few_collections()
def align_claims(
    claims: pd.DataFrame,
    *,
    min_score: float = MIN_SCORE,
    sure_score: float = SURE_SCORE,
    aliases: AliasTable | None = None,
    blocking: bool | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """Find the claims that tell the same fact in different outlets.

    Returns one row per matched pair (``claim_id`` < ``other_id``) with its
    ``score`` and the ``cluster_id`` both belong to. A cluster id is the
    smallest claim id in the cluster, prefixed ``c-``; unmatched claims have
    no row (their cluster is themselves). A cluster holds one claim per outlet;
    a pair that tells the same fact but cannot join (one sentence carrying two
    facts of another outlet) is kept with an empty ``cluster_id``: it supports
    both claims' verdicts and is compared like any other pair, unless both
    outlets print both claims verbatim. ``blocking`` forces or forbids the
    blocking step (default: only above ``BRUTE_FORCE_LIMIT`` claims).

    >>> from factcheck import load_articles, split_claims
    >>> m = align_claims(split_claims(load_articles("seeds")))
    >>> bool((m["source"] != m["other_source"]).all()), bool(m["score"].between(0, 100).all())
    (True, True)
    """
    require(claims, ("claim_id", "source", "text"), table="claims", made_by="factcheck.split_claims()")
    if not 0 <= min_score <= sure_score <= 100:
        raise ValueError(
            f"need 0 <= min_score <= sure_score <= 100, got min_score={min_score}, sure_score={sure_score}"
        )
    table = aliases if aliases is not None else load_aliases()
    ids = claims["claim_id"].to_numpy(dtype=object)
    rank = np.empty(len(ids), np.int64)
    rank[np.argsort(ids, kind="stable")] = np.arange(len(ids))
    if len(set(ids.tolist())) != len(ids):
        raise ValueError("claim ids are not unique: pass the table split_claims() made, without duplicated rows")
    src = _sources_as_codes(claims["source"])
    texts = claims["text"].tolist()
    keys = alignment_keys(texts, table, progress)
    vocabulary: list[str] = []
    x = tfidf_matrix(keys, src, vocabulary=vocabulary)
    use_blocking = len(keys) > BRUTE_FORCE_LIMIT if blocking is None else blocking
    if use_blocking:
        cands = blocked_pairs(keys, src, min_score, sure_score=sure_score, x=x, progress=progress)
    else:
        cands = _with_neighbours(brute_force_pairs(keys, src, min_score, progress=progress), keys, x, src)
    quote_of = {text: quoted_words(text) for text in dict.fromkeys(texts)}  # wire copy repeats wordings
    quotes = np.asarray([quote_of[text] for text in texts], dtype=object)
    cands = _with_quotes(cands, keys, quotes, src, rank)
    names_of = {text: aged_names(text) for text in dict.fromkeys(texts)}
    aged = np.asarray([names_of[text] for text in texts], dtype=object)
    ai, aj = name_pairs(aged, src, AGED_CLAIMS)
    cands = _plus(cands, keys, _distinct(ai * len(keys) + aj))
    same_row = first_of_each(keys)  # claims with one key have one TF-IDF row
    specific = specific_words(x, vocabulary, SPECIFIC_ZIPF)
    accepted = _accept(cands, x, src, rank, min_score, sure_score, specific, quotes, same_row, aged)
    accepted = strongest(accepted, rank, PAIRS_PER_CLAIM)
    roots, clustered = cluster(accepted[~accepted["support"]], src, rank)
    # Pairs that would put two claims of one outlet in a cluster still support both claims' verdicts.
    rejected = accepted.drop(index=clustered.index)
    rejected = rejected[~both_print_both(rejected, clustered, src)]
    pairs = pd.concat([clustered, rejected]).sort_index()
    in_cluster = pairs.index.isin(clustered.index)
    # A cluster is named for its smallest claim id: the first of its claims in id order.
    codes = np.unique(roots, return_inverse=True)[1].ravel()
    by_id = np.argsort(rank)
    owners = by_id[np.unique(codes[by_id], return_index=True)[1]]
    names = np.asarray(["c-" + claim for claim in ids[owners].tolist()], dtype=object)
    sources = claims["source"].to_numpy(dtype=object)
    out = pd.DataFrame(
        {
            "claim_id": ids[pairs["i"].to_numpy()],
            "other_id": ids[pairs["j"].to_numpy()],
            "source": sources[pairs["i"].to_numpy()],
            "other_source": sources[pairs["j"].to_numpy()],
            "score": pairs["score"].to_numpy(dtype=np.int64),
            "overlap": pairs["overlap"].to_numpy(dtype=np.float64).round(3),
            "cluster_id": np.where(in_cluster, names[codes[pairs["i"].to_numpy()]], ""),
        },
        columns=list(MATCH_COLUMNS),
    )
    swap = out["claim_id"] > out["other_id"]
    out.loc[swap, ["claim_id", "other_id", "source", "other_source"]] = out.loc[
        swap, ["other_id", "claim_id", "other_source", "source"]
    ].to_numpy()
    return out.sort_values(["claim_id", "other_id"], kind="stable").reset_index(drop=True)


def cluster_ids(claims: pd.DataFrame, matches: pd.DataFrame) -> pd.Series:
    """Cluster id of every claim (its own ``c-<claim_id>`` when it matched nothing)."""
    linked = matches[matches["cluster_id"] != ""]  # support pairs join no cluster
    clusters = linked["cluster_id"].tolist()
    mapping = dict(zip(linked["claim_id"].tolist(), clusters)) | dict(zip(linked["other_id"].tolist(), clusters))
    return pd.Series([mapping.get(c, f"c-{c}") for c in claims["claim_id"].tolist()], index=claims.index, dtype=object)
