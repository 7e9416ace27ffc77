"""The final verdict per claim when one or several analysts decided it.

The rule, in this order:

- ``adjudicated``: an adjudicator ruled on the claim; the ruling stands;
- ``unanimous``: two or more analysts decided it and all gave the same verdict;
- ``majority``: more analysts gave one verdict than any other;
- ``single``: one analyst decided it;
- ``tied``: analysts disagree and no verdict has more votes than every other.
  A tie is never broken silently: the claim has no final verdict until an
  adjudicator rules (see :mod:`factcheck.review.adjudication`).

A decision made on the claim's earlier wording (``stale``) counts only when
nobody has decided the current wording.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, Literal

import pandas as pd

from ..schema import require
from .attach import Attached, attach_decisions
from .decisions import load_events
from .store import Stores, standing

__all__ = ["RESOLUTIONS", "final_verdict", "reviewed"]

Resolution = Literal["adjudicated", "unanimous", "majority", "single", "tied"]
#: How a claim's final verdict was reached, strongest first.
RESOLUTIONS: tuple[Resolution, ...] = ("adjudicated", "unanimous", "majority", "single", "tied")
#: One claim's ruling: final_verdict, resolution, analyst, note, decided_at, verdicts (all text).
Ruling = dict[str, str]


def final_verdict(decisions: Sequence[dict[str, Any]], adjudications: Sequence[dict[str, Any]] = ()) -> Ruling:
    """The final verdict of one claim from its analysts' standing decisions
    (``verdict``, ``analyst``, ``note``, ``time`` each) and any adjudications
    (the latest ruling stands, whoever made it).

    >>> ana = {"verdict": "agreed", "analyst": "ana", "note": "", "time": "2024-05-01T10:00:00+00:00"}
    >>> ben = dict(ana, verdict="conflicting", analyst="ben")
    >>> final_verdict([ana, ben])["resolution"], final_verdict([ana, ben])["final_verdict"]
    ('tied', '')
    >>> cy = dict(ana, analyst="cy", time="2024-05-01T11:00:00+00:00")
    >>> r = final_verdict([ana, ben, cy]); r["final_verdict"], r["resolution"], r["analyst"]
    ('agreed', 'majority', 'ana; cy')
    >>> final_verdict([ana, ben], [dict(ben, analyst="dee")])["resolution"]
    'adjudicated'
    """
    decisions = sorted(decisions, key=lambda e: (e["time"], e["analyst"]))
    verdicts = "; ".join(f"{e['analyst']}: {e['verdict']}" for e in decisions)
    if adjudications:
        ruling = max(adjudications, key=lambda e: e["time"])
        return _ruling(ruling["verdict"], "adjudicated", [ruling], verdicts)
    if not decisions:
        return _ruling("", "", [], "")
    votes = Counter(e["verdict"] for e in decisions).most_common()
    top, count = votes[0]
    if len(votes) > 1 and votes[1][1] == count:
        return _ruling("", "tied", decisions, verdicts)
    how: Resolution = "single" if len(decisions) == 1 else "unanimous" if len(votes) == 1 else "majority"
    return _ruling(top, how, [e for e in decisions if e["verdict"] == top], verdicts)


def _ruling(verdict: str, how: str, behind: list[dict[str, Any]], verdicts: str) -> Ruling:
    return dict(
        final_verdict=verdict,
        resolution=how,
        analyst="; ".join(dict.fromkeys(str(e["analyst"]) for e in behind)),
        note=" | ".join(dict.fromkeys(str(e.get("note") or "") for e in behind if e.get("note"))),
        decided_at=max((str(e["time"]) for e in behind), default=""),
        verdicts=verdicts,
    )


def _attached(events: list[dict[str, Any]], role: str, table: pd.DataFrame, analyst: str | None) -> list[Attached]:
    made = [e for e in standing(events, role=role).values() if analyst is None or e["analyst"] == analyst]
    return attach_decisions(
        sorted(made, key=lambda e: e["time"]),
        table["claim_id"].astype(str).tolist(),
        table["text"].astype(str).tolist(),
    )


def reviewed(table: pd.DataFrame, store: Stores, *, analyst: str | None = None) -> pd.DataFrame:
    """The checked-claim table merged with the analysts' decisions.

    ``store`` is the decisions file, or several (each analyst's own; an event
    given twice counts once). Adds ``final_verdict`` and ``resolution`` (how
    it was reached: ``adjudicated``, ``unanimous``, ``majority``, ``single``,
    or ``tied``, which has no final verdict), ``analyst`` (who stands behind
    the final verdict, ``; ``-separated), ``note``, ``decided_at``,
    ``verdicts`` (every analyst's verdict, ``ana: agreed; ben: conflicting``)
    and ``status``: ``decided``, ``stale`` (decided, but the outlet has edited
    the sentence since: the decision stays with its sentence and needs another
    look), ``undecided``, or ``orphaned`` (a decision whose sentence is no
    longer in the table: kept, at the end, so nothing decided is lost).
    ``analyst`` picks one person's decisions. A store path that does not
    exist is an error, as in :func:`~factcheck.read_decisions`.

    >>> import tempfile, os, factcheck
    >>> table = factcheck.check("seeds")
    >>> store = os.path.join(tempfile.mkdtemp(), "labels.jsonl")
    >>> for who, verdict in [("ana", "agreed"), ("ben", "agreed")]:
    ...     _ = factcheck.ReviewSession(table, store, analyst=who).decide(verdict)
    >>> reviewed(table, store).loc[0, ["final_verdict", "resolution", "analyst", "status"]].tolist()
    ['agreed', 'unanimous', 'ana; ben', 'decided']
    """
    require(table, ("claim_id", "text"), table="checked-claim", made_by="factcheck.check()")
    events = load_events(store)
    per_claim: dict[str, dict[str, list[Attached]]] = {}
    orphans: list[dict[str, Any]] = []
    for role in ("analyst", "adjudicator"):
        for a in _attached(events, role, table, analyst):
            if a.claim_id is None:
                orphans.append(a.event)
            else:
                per_claim.setdefault(a.claim_id, {"analyst": [], "adjudicator": []})[role].append(a)
    rulings: dict[str, Ruling] = {}
    for cid, made in per_claim.items():
        everything = made["analyst"] + made["adjudicator"]
        fresh = any(a.status == "decided" for a in everything)
        # Decisions on the earlier wording count only when nobody has decided the current one.
        use = {role: [a.event for a in got if (a.status == "decided") == fresh] for role, got in made.items()}
        rulings[cid] = final_verdict(use["analyst"], use["adjudicator"])
        rulings[cid]["status"] = "decided" if fresh else "stale"
    ids = table["claim_id"].astype(str)
    out = table.copy()
    for column in ("final_verdict", "resolution", "note", "analyst", "decided_at", "verdicts"):
        out[column] = ids.map(lambda c, column=column: rulings[c][column] if c in rulings else "")
    out["status"] = ids.map(lambda c: rulings[c]["status"] if c in rulings else "undecided")
    if orphans:
        orphans.sort(key=lambda e: e["time"])
        extra = pd.DataFrame(
            {
                "claim_id": [e["claim_id"] for e in orphans],
                "final_verdict": [e["verdict"] for e in orphans],
                "resolution": ["adjudicated" if e.get("role") == "adjudicator" else "single" for e in orphans],
                "note": [e.get("note", "") for e in orphans],
                "analyst": [e["analyst"] for e in orphans],
                "decided_at": [e["time"] for e in orphans],
                "verdicts": [f"{e['analyst']}: {e['verdict']}" for e in orphans],
                "status": "orphaned",
            }
        )
        out = pd.concat([out, extra], ignore_index=True)
    return out
