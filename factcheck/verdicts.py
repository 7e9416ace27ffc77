"""Stage 4: claims + matches -> the ``verdicts`` table, each verdict with its reasons.

- ``conflicting``: a counterpart differs in a typo, number, date, time, weekday,
  name, negation or quoted words; each reason names the words on both sides
  and the outlets they come from.
- ``agreed``: at least one counterpart, and no such difference.
- ``single-sourced``: no counterpart in any other outlet.
"""

from __future__ import annotations

import pandas as pd

from . import _parallel
from .compare import Comparison, Prepared, compare_prepared, known_names, prepare
from .matches import cluster_ids
from .schema import MATCH_COLUMNS, VERDICT_COLUMNS, require
from .vocab import AliasTable, load_aliases

__all__ = ["suggest_verdicts"]


#: Above this many pairs, comparisons run on all cores (see :mod:`factcheck._parallel`).
PARALLEL_PAIRS = 20_000


def _compare_batch(
    batch: list[int], shared: tuple[list[tuple[str, str]], AliasTable, frozenset[str]]
) -> list[Comparison]:
    """Compare the pairs ``batch`` indexes into, preparing each distinct text once."""
    texts, table, names = shared
    prepared: dict[str, Prepared] = {}
    out = []
    for k in batch:
        a, b = texts[k]
        for text in (a, b):
            if text not in prepared:
                prepared[text] = prepare(text, table)
        out.append(compare_prepared(prepared[a], prepared[b], names=names))
    return out


def _batches(pairs: list[tuple[str, str, int, str]], n: int) -> list[list[int]]:
    """Split pair indices into ``n`` batches of whole clusters (so no claim is
    prepared twice), balanced by pair count."""
    by_cluster: dict[str, list[int]] = {}
    for k, (_, _, _, cluster) in enumerate(pairs):
        by_cluster.setdefault(cluster, []).append(k)
    batches: list[list[int]] = [[] for _ in range(n)]
    for members in sorted(by_cluster.values(), key=len, reverse=True):
        min(batches, key=len).extend(members)
    return [b for b in batches if b]


def _compare_all(
    pairs: list[tuple[str, str, int, str]],
    text_of: dict[str, str],
    table: AliasTable,
    names: frozenset[str],
    progress: bool,
) -> list[Comparison]:
    texts = [(text_of[a], text_of[b]) for a, b, _, _ in pairs]
    parallel = len(pairs) >= PARALLEL_PAIRS and _parallel.workers() > 1
    # Several batches per worker balance the load; serial runs batch only for the progress bar.
    batches = _batches(pairs, _parallel.workers() * 4 if parallel else max(1, len(pairs) // 2000))
    label = "comparing" if progress and len(pairs) >= 5000 else ""
    results: list[Comparison | None] = [None] * len(pairs)
    found_all = _parallel.map_batches(_compare_batch, batches, (texts, table, names), parallel=parallel, progress=label)
    for batch, found in zip(batches, found_all):
        for k, comparison in zip(batch, found):
            results[k] = comparison
    return results  # type: ignore[return-value]


def _compare_pairs(
    matches: pd.DataFrame, text_of: dict[str, str], table: AliasTable, names: frozenset[str], progress: bool
) -> dict[str, list[tuple[str, int, Comparison]]]:
    """Each matched pair compared once; both claims get the result, worded from their side."""
    pairs = list(matches[["claim_id", "other_id", "score", "cluster_id"]].itertuples(index=False, name=None))
    out: dict[str, list[tuple[str, int, Comparison]]] = {}
    for (a, b, score, _), comparison in zip(pairs, _compare_all(pairs, text_of, table, names, progress)):
        out.setdefault(a, []).append((b, int(score), comparison))
        out.setdefault(b, []).append((a, int(score), comparison.flipped()))
    for found in out.values():
        found.sort(key=lambda p: (-p[1], p[0]))
    return out


def suggest_verdicts(
    claims: pd.DataFrame, matches: pd.DataFrame, *, aliases: AliasTable | None = None, progress: bool = False
) -> pd.DataFrame:
    """Suggest a verdict for every claim and spell out why.

    ``progress`` shows a progress bar (on stderr) on large tables.

    >>> from factcheck import load_articles, split_claims, align_claims
    >>> claims = split_claims(load_articles("seeds"))
    >>> v = suggest_verdicts(claims, align_claims(claims))
    >>> v.loc[v["reasons"].str.contains("demacracy"), "verdict"].tolist()
    ['conflicting', 'conflicting']
    """
    require(claims, ("claim_id", "source", "text"), table="claims", made_by="factcheck.split_claims()")
    require(matches, MATCH_COLUMNS, table="matches", made_by="factcheck.align_claims()")
    table = aliases if aliases is not None else load_aliases()
    text_of = dict(zip(claims["claim_id"], claims["text"]))
    source_of = dict(zip(claims["claim_id"], claims["source"]))
    unknown = sorted(set(matches["claim_id"]).union(matches["other_id"]) - set(text_of))
    if unknown:
        raise ValueError(
            f"matches name claim ids that are not in the claims table (e.g. {unknown[0]!r}): pass the claims the matches were made from"
        )
    names = known_names(claims["text"].tolist())
    compared = _compare_pairs(matches, text_of, table, names, progress)
    n_sources = claims["source"].nunique()
    rows = []
    for claim_id in claims["claim_id"].tolist():
        mine = compared.get(claim_id, [])
        conflicts: dict[str, list[str]] = {}
        kinds: set[str] = set()
        benign: dict[str, None] = {}
        for other, _, comparison in mine:
            for diff in comparison.differences:
                conflicts.setdefault(diff.reason, []).append(source_of[other])
                kinds.add(diff.kind)
            benign.update(dict.fromkeys(map(str, comparison.benign)))
        if conflicts:
            verdict = "conflicting"
            reasons = [f"{reason} [{', '.join(dict.fromkeys(srcs))}]" for reason, srcs in conflicts.items()]
        elif mine:
            verdict = "agreed"
            reasons = ["agrees with " + ", ".join(f"{source_of[o]} ({score})" for o, score, _ in mine)]
        else:
            verdict = "single-sourced"
            others = n_sources - 1
            reasons = [
                f"no counterpart in the other {others} outlet{'s' if others != 1 else ''}"
                if others
                else "only one outlet was loaded"
            ]
        if benign and mine:
            reasons.append("benign: " + ", ".join(benign))
        rows.append(
            {
                "claim_id": claim_id,
                "verdict": verdict,
                "reasons": "; ".join(reasons),
                "conflict_types": ";".join(sorted(kinds)),
                "counterparts": ";".join(o for o, _, _ in mine),
                "score": mine[0][1] if mine else 0,
            }
        )
    out = pd.DataFrame(rows, columns=[c for c in VERDICT_COLUMNS if c != "cluster_id"])
    out.insert(VERDICT_COLUMNS.index("cluster_id"), "cluster_id", cluster_ids(claims, matches).to_numpy())
    return out.astype({"score": "int64"})
