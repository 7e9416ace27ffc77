"""Summaries of a checked-claim table: one row per claim cluster, and the headline counts.

A *cluster* is one fact as several outlets tell it (the ``cluster_id`` that
:func:`factcheck.check` gives every claim). Spreadsheets, ClaimReview and the
report all speak of clusters, so their rules live here once:

- the suggested verdict of a cluster is ``conflicting`` if any of its claims
  conflicts, else ``agreed`` if any agrees, else ``single-sourced``;
- the analysts' verdict of a cluster is ``conflicting`` if any of its claims'
  final verdicts says so (a conflict seen on one claim is not outvoted), else
  the latest final verdict; a claim's own final verdict follows
  :func:`factcheck.reviewed` (adjudicated > unanimous > majority > single).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pandas as pd

from ._text import as_text
from .schema import CONFLICT_TYPES, VERDICTS, require

__all__ = ["CLUSTER_COLUMNS", "summarize", "summarize_clusters"]

CLUSTER_COLUMNS = (
    "cluster_id",
    "outlets",
    "claims",
    "verdict",
    "conflict_types",
    "reasons",
    "final_verdict",
    "decided",
    "analyst",
    "decided_at",
    "note",
)
_NEEDS = ("claim_id", "cluster_id", "source", "text", "verdict", "reasons")


def substantive(reasons: str) -> str:
    """The reasons without the benign differences ("benign: alias: ...").

    >>> substantive("number: 2019 ≠ 2018 [Reuters]; benign: alias: Burma = Myanmar")
    'number: 2019 ≠ 2018 [Reuters]'
    """
    return "; ".join(r for r in as_text(reasons).split("; ") if r and not r.startswith("benign:"))


def claims_only(table: pd.DataFrame) -> pd.DataFrame:
    """The rows that are claims: without decisions whose claim is gone ("orphaned")."""
    if "status" in table.columns:
        return table[table["status"].astype(str) != "orphaned"]
    return table


#: How strongly a verdict speaks for a cluster: a conflict outweighs agreement.
VERDICT_RANK = {"single-sourced": 0, "agreed": 1, "conflicting": 2}


def _decisions(claims: pd.DataFrame) -> pd.DataFrame:
    """Per cluster with any decision: final_verdict, decided, analyst, decided_at, note."""
    columns = ["final_verdict", "decided", "analyst", "decided_at", "note"]
    if "final_verdict" not in claims.columns:
        return pd.DataFrame(columns=columns)
    decided = claims[claims["final_verdict"].map(as_text) != ""]
    decided = decided.assign(**{c: decided[c].map(as_text) for c in ("final_verdict", "analyst", "decided_at", "note")})
    decided = decided.sort_values("decided_at", kind="stable")
    # A claim's analysts are "; "-joined (several stand behind a unanimous verdict), its notes " | "-joined.
    unique = lambda values, sep: list(dict.fromkeys(p for v in values for p in v.split(sep) if p))  # noqa: E731
    return decided.groupby("cluster_id", sort=False).agg(
        final_verdict=("final_verdict", lambda v: "conflicting" if (v == "conflicting").any() else v.iloc[-1]),
        decided=("final_verdict", "size"),
        analyst=("analyst", lambda v: "; ".join(unique(v, "; "))),
        decided_at=("decided_at", "last"),
        note=("note", lambda v: " | ".join(unique(v, " | "))),
    )[columns]


def _kinds(claims: pd.DataFrame) -> pd.Series:
    """Per cluster: the kinds of difference any of its claims shows, ``;``-joined in a fixed order."""
    if "conflict_types" not in claims.columns:
        return pd.Series(dtype=str)
    kinds = claims.assign(kind=claims["conflict_types"].map(as_text).str.split(";"))[["cluster_id", "kind"]]
    kinds = kinds.explode("kind")
    kinds = kinds[kinds["kind"].isin(CONFLICT_TYPES)]
    order = {t: i for i, t in enumerate(CONFLICT_TYPES)}
    kinds = kinds.assign(order=kinds["kind"].map(order)).drop_duplicates(["cluster_id", "kind"]).sort_values("order")
    return kinds.groupby("cluster_id")["kind"].agg(";".join)


def summarize_clusters(table: pd.DataFrame) -> pd.DataFrame:
    """One row per claim cluster: its verdicts, decisions, and one column per
    outlet holding that outlet's wording (empty where the outlet is silent).

    >>> import factcheck
    >>> clusters = summarize_clusters(factcheck.check("seeds"))
    >>> clusters[clusters["verdict"] == "conflicting"][["outlets", "conflict_types"]].values.tolist()
    [[2, 'number'], [2, 'spelling']]
    >>> list(clusters.columns[-2:])
    ['Reuters', 'UPI']
    """
    require(table, _NEEDS, table="checked-claim", made_by="factcheck.check()")
    claims = claims_only(table)
    claims = claims.assign(
        source=claims["source"].map(as_text),
        text=claims["text"].map(as_text),
        _rank=claims["verdict"].map(VERDICT_RANK).fillna(0),
    )
    sources = sorted(claims["source"].unique())
    headers = {s: s if s not in CLUSTER_COLUMNS else f"{s} (outlet)" for s in sources}
    groups = claims.groupby("cluster_id", sort=False)
    # The cluster speaks with its strongest verdict; its reasons are those of the first claim holding it.
    anchors = claims[claims["_rank"] == groups["_rank"].transform("max")].drop_duplicates("cluster_id")
    out = anchors[["cluster_id"]].assign(
        outlets=anchors["cluster_id"].map(groups["source"].nunique()),
        claims=anchors["cluster_id"].map(groups.size()),
        verdict=anchors["verdict"].map(as_text),
        conflict_types=anchors["cluster_id"].map(_kinds(claims)).map(as_text),
        reasons=anchors["reasons"].map(substantive),
    )
    out = out.set_index("cluster_id")
    decisions = _decisions(claims).reindex(out.index)
    for column in ("final_verdict", "analyst", "decided_at", "note"):
        out[column] = decisions[column].map(as_text)
    out["decided"] = decisions["decided"].fillna(0).astype(int)
    wording = claims.groupby(["cluster_id", "source"], sort=False)["text"].agg("\n".join).unstack(fill_value="")
    wording = wording.reindex(index=out.index, columns=sources, fill_value="").fillna("").rename(columns=headers)
    out = out.join(wording).reset_index()
    return out[[*CLUSTER_COLUMNS, *headers.values()]]


def summarize(table: pd.DataFrame, settings: dict[str, Any] | None = None) -> pd.DataFrame:
    """The headline figures as ``item``/``value`` rows: claims, articles,
    outlets, claims per verdict (suggested and decided), conflicts by kind, and
    the settings used (``settings``, by default the table's ``attrs["settings"]``).

    >>> import factcheck
    >>> facts = summarize(factcheck.check("seeds")).set_index("item")["value"]
    >>> facts["claims"], facts["suggested: conflicting"], facts["conflicts: spelling"]
    ('27', '4', '2')
    """
    require(table, _NEEDS, table="checked-claim", made_by="factcheck.check()")
    claims = claims_only(table)
    items: list[tuple[str, object]] = [
        ("claims", len(claims)),
        ("articles", claims["article_id"].nunique() if "article_id" in claims.columns else ""),
        ("outlets", ", ".join(sorted(claims["source"].map(as_text).unique()))),
        ("facts (claim clusters)", claims["cluster_id"].nunique()),
    ]
    suggested = claims["verdict"].value_counts()
    items += [(f"suggested: {v}", int(suggested.get(v, 0))) for v in VERDICTS]
    if "final_verdict" in table.columns:
        final = claims["final_verdict"].map(as_text)
        items += [(f"decided: {v}", int((final == v).sum())) for v in VERDICTS]
        items.append(("undecided", int((final == "").sum())))
        if "status" in table.columns:
            items.append(("stale decisions (wording changed since)", int((claims["status"] == "stale").sum())))
            items.append(("orphaned decisions (claim no longer found)", int((table["status"] == "orphaned").sum())))
    conflicting = (
        claims.loc[claims["verdict"] == "conflicting", "conflict_types"]
        if "conflict_types" in claims.columns
        else pd.Series(dtype=str)
    )
    kinds = conflicting.map(as_text).str.split(";").explode()
    items += [(f"conflicts: {t}", int((kinds == t).sum())) for t in CONFLICT_TYPES if (kinds == t).any()]
    used = dict(table.attrs.get("settings", {})) | dict(settings or {})
    items += [(f"setting: {k}", v) for k, v in used.items() if k != "articles"]
    items.append(("generated", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")))
    return pd.DataFrame({"item": [k for k, _ in items], "value": [as_text(v) for _, v in items]})
