"""Stage 4: claims + matches -> the ``verdicts`` table, each verdict with its reasons.

- ``conflicting``: a counterpart differs in a typo, number, date, time, weekday,
  name, negation or quoted words; each reason names the words on both sides
  and the outlets they come from.
- ``agreed``: at least one counterpart, and no such difference.
- ``single-sourced``: no counterpart in any other outlet.
"""

from __future__ import annotations

import pandas as pd

from .compare import compare_claims, known_names
from .matches import cluster_ids
from .schema import MATCH_COLUMNS, VERDICT_COLUMNS, require
from .vocab import AliasTable, load_aliases

__all__ = ["suggest_verdicts"]


def _counterparts(matches: pd.DataFrame) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for a, b, score in matches[["claim_id", "other_id", "score"]].itertuples(index=False):
        out.setdefault(a, []).append((b, int(score)))
        out.setdefault(b, []).append((a, int(score)))
    for pairs in out.values():
        pairs.sort(key=lambda p: (-p[1], p[0]))
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
    names = known_names(claims["text"].tolist(), table)
    partners = _counterparts(matches)
    n_sources = claims["source"].nunique()
    rows = []
    ids = claims["claim_id"].tolist()
    if progress and len(ids) >= 5000:
        from tqdm.auto import tqdm

        ids = tqdm(ids, desc="explaining", unit="claim", leave=False)
    for claim_id in ids:
        mine = partners.get(claim_id, [])
        conflicts: dict[str, list[str]] = {}
        kinds: set[str] = set()
        benign: dict[str, None] = {}
        for other, _ in mine:
            comparison = compare_claims(text_of[claim_id], text_of[other], aliases=table, names=names)
            for diff in comparison.differences:
                conflicts.setdefault(diff.reason, []).append(source_of[other])
                kinds.add(diff.kind)
            benign.update(dict.fromkeys(map(str, comparison.benign)))
        if conflicts:
            verdict = "conflicting"
            reasons = [f"{reason} [{', '.join(dict.fromkeys(srcs))}]" for reason, srcs in conflicts.items()]
        elif mine:
            verdict = "agreed"
            reasons = ["agrees with " + ", ".join(f"{source_of[o]} ({score})" for o, score in mine)]
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
                "counterparts": ";".join(o for o, _ in mine),
                "score": mine[0][1] if mine else 0,
            }
        )
    out = pd.DataFrame(rows, columns=[c for c in VERDICT_COLUMNS if c != "cluster_id"])
    out.insert(VERDICT_COLUMNS.index("cluster_id"), "cluster_id", cluster_ids(claims, matches).to_numpy())
    return out.astype({"score": "int64"})
