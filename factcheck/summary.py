"""Summaries of a checked-claim table: one row per claim cluster, and the headline counts.

A *cluster* is one fact as several outlets tell it (the ``cluster_id`` that
:func:`factcheck.check` gives every claim). Spreadsheets, ClaimReview and the
report all speak of clusters, so their rules live here once:

- the suggested verdict of a cluster is ``conflicting`` if any of its claims
  conflicts, else ``agreed`` if any agrees, else ``single-sourced``;
- the analysts' verdict of a cluster is ``conflicting`` if any decision in it
  says so (a conflict one analyst saw is not outvoted), else the latest decision.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pandas as pd

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


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def substantive(reasons: str) -> str:
    """The reasons without the benign differences ("benign: alias: ...").

    >>> substantive("number: 2019 ≠ 2018 [Reuters]; benign: alias: Burma = Myanmar")
    'number: 2019 ≠ 2018 [Reuters]'
    """
    return "; ".join(r for r in _text(reasons).split("; ") if r and not r.startswith("benign:"))


def claims_only(table: pd.DataFrame) -> pd.DataFrame:
    """The rows that are claims: without decisions whose claim is gone ("orphaned")."""
    if "status" in table.columns:
        return table[table["status"].astype(str) != "orphaned"]
    return table


def _cluster_verdict(verdicts: list[str]) -> str:
    for verdict in ("conflicting", "agreed"):
        if verdict in verdicts:
            return verdict
    return "single-sourced"


def _decision(group: pd.DataFrame) -> dict[str, Any]:
    if "final_verdict" not in group.columns:
        return {"final_verdict": "", "decided": 0, "analyst": "", "decided_at": "", "note": ""}
    decided = group[group["final_verdict"].map(_text) != ""].sort_values("decided_at", kind="stable")
    finals = decided["final_verdict"].map(_text).tolist()
    final = "conflicting" if "conflicting" in finals else (finals[-1] if finals else "")
    notes = dict.fromkeys(n for n in decided["note"].map(_text) if n)
    return {
        "final_verdict": final,
        "decided": len(decided),
        "analyst": "; ".join(dict.fromkeys(decided["analyst"].map(_text))),
        "decided_at": _text(decided["decided_at"].iloc[-1]) if len(decided) else "",
        "note": " | ".join(notes),
    }


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
    sources = sorted(claims["source"].map(_text).unique())
    headers = {s: s if s not in CLUSTER_COLUMNS else f"{s} (outlet)" for s in sources}
    rows = []
    for cluster, group in claims.groupby("cluster_id", sort=False):
        verdicts = group["verdict"].map(_text).tolist()
        verdict = _cluster_verdict(verdicts)
        anchor = group[group["verdict"] == verdict].iloc[0]
        types = set(";".join(group.get("conflict_types", pd.Series(dtype=str)).map(_text)).split(";"))
        wording = {headers[s]: "\n".join(g["text"].map(_text)) for s, g in group.groupby("source", sort=False)}
        rows.append(
            {
                "cluster_id": cluster,
                "outlets": group["source"].nunique(),
                "claims": len(group),
                "verdict": verdict,
                "conflict_types": ";".join(t for t in CONFLICT_TYPES if t in types),
                "reasons": substantive(anchor["reasons"]),
                **_decision(group),
                **{headers[s]: wording.get(headers[s], "") for s in sources},
            }
        )
    return pd.DataFrame(rows, columns=[*CLUSTER_COLUMNS, *headers.values()])


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
        ("outlets", ", ".join(sorted(claims["source"].map(_text).unique()))),
        ("facts (claim clusters)", claims["cluster_id"].nunique()),
    ]
    suggested = claims["verdict"].value_counts()
    items += [(f"suggested: {v}", int(suggested.get(v, 0))) for v in VERDICTS]
    if "final_verdict" in table.columns:
        final = claims["final_verdict"].map(_text)
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
    kinds = conflicting.map(_text).str.split(";").explode()
    items += [(f"conflicts: {t}", int((kinds == t).sum())) for t in CONFLICT_TYPES if (kinds == t).any()]
    used = dict(table.attrs.get("settings", {})) | dict(settings or {})
    items += [(f"setting: {k}", v) for k, v in used.items() if k not in ("sources", "articles")]
    items.append(("generated", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")))
    return pd.DataFrame({"item": [k for k, _ in items], "value": [_text(v) for _, v in items]})
