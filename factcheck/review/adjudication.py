"""The adjudication queue: claims the analysts disagree on, and the adjudicator's rulings.

:func:`adjudication_queue` lists the claims two or more analysts decided
differently (and, with ``overruled=True``, those on which every analyst who
decided overruled the kit's suggestion), with each analyst's verdict and note.
:class:`AdjudicationSession` walks that queue: the adjudicator sees every
verdict side by side and rules; a ruling is stored as its own event with
``"role": "adjudicator"``, and undo withdraws it like any other decision.
The ruling is the claim's final verdict (``resolution`` ``adjudicated`` in
:func:`~factcheck.reviewed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..schema import require
from .attach import attach_decisions
from .decisions import load_events
from .session import ReviewSession
from .store import DecisionStore, Stores, standing

__all__ = ["QUEUE_COLUMNS", "AdjudicationSession", "adjudication_queue"]

#: One row per claim to adjudicate.
QUEUE_COLUMNS = (
    "claim_id",
    "cluster_id",
    "source",
    "text",
    "suggested",
    "why",
    "verdicts",
    "notes",
    "ruling",
    "adjudicator",
)


def _attached(
    events: list[dict[str, Any]], role: str, ids: list[str], texts: list[str]
) -> dict[str, list[dict[str, Any]]]:
    made = sorted(standing(events, role=role).values(), key=lambda e: e["time"])
    out: dict[str, list[dict[str, Any]]] = {}
    for a in attach_decisions(made, ids, texts):
        if a.claim_id is not None and a.status == "decided":
            out.setdefault(a.claim_id, []).append(a.event)
    return out


def adjudication_queue(store: Stores, table: pd.DataFrame, *, overruled: bool = False) -> pd.DataFrame:
    """The claims to adjudicate, in table order: where analysts disagree, and
    (``overruled=True``) where every analyst who decided overruled the kit.

    ``store`` is one decisions file or several. Columns: ``claim_id``,
    ``cluster_id``, ``source``, ``text``, ``suggested``, ``why`` (``analysts
    disagree`` or ``analysts overrule the kit``), ``verdicts`` (``ana:
    agreed; ben: conflicting``), ``notes``, and the standing ``ruling`` and
    its ``adjudicator`` ("" until someone rules). A claim stays in the queue
    after the ruling, so the ruling can be seen and undone.

    >>> import tempfile, os, factcheck
    >>> table = factcheck.check("seeds")
    >>> store = os.path.join(tempfile.mkdtemp(), "labels.jsonl")
    >>> _ = factcheck.ReviewSession(table, store, analyst="ana").decide("agreed")
    >>> _ = factcheck.ReviewSession(table, store, analyst="ben").decide("conflicting", note="2019?")
    >>> adjudication_queue(store, table)[["why", "verdicts", "notes"]].values.tolist()
    [['analysts disagree', 'ana: agreed; ben: conflicting', 'ben: 2019?']]
    """
    if isinstance(store, pd.DataFrame) or not isinstance(table, pd.DataFrame):
        raise TypeError("adjudication_queue(store, table): pass the decisions store first, then the claim table")
    require(table, ("claim_id", "text", "verdict"), table="checked-claim", made_by="factcheck.check()")
    events = load_events(store)
    ids, texts = table["claim_id"].astype(str).tolist(), table["text"].astype(str).tolist()
    decided = _attached(events, "analyst", ids, texts)
    rulings = _attached(events, "adjudicator", ids, texts)
    rows = []
    for row in table.to_dict("records"):
        cid = str(row["claim_id"])
        made = sorted(decided.get(cid, []), key=lambda e: (e["analyst"], e["time"]))
        verdicts = {e["verdict"] for e in made}
        if len(verdicts) > 1:
            why = "analysts disagree"
        elif overruled and made and verdicts != {str(row["verdict"])}:
            why = "analysts overrule the kit"
        else:
            continue
        ruling = max(rulings.get(cid, []), key=lambda e: e["time"], default=None)
        rows.append(
            (
                cid,
                row.get("cluster_id", ""),
                row.get("source", ""),
                row["text"],
                row["verdict"],
                why,
                "; ".join(f"{e['analyst']}: {e['verdict']}" for e in made),
                "; ".join(f"{e['analyst']}: {e['note']}" for e in made if e.get("note")),
                ruling["verdict"] if ruling else "",
                ruling["analyst"] if ruling else "",
            )
        )
    return pd.DataFrame(rows, columns=list(QUEUE_COLUMNS))


class AdjudicationSession(ReviewSession):
    """Rule on the claims the analysts disagree on; a plain-Python :class:`ReviewSession`.

    ``store`` is where the rulings are written (and analysts' decisions are
    read from); ``read_from`` names the analysts' own stores, if they kept
    their own. :meth:`others` gives every analyst's decision on the claim;
    :meth:`decide` records the ruling (``role`` ``adjudicator``), and
    :meth:`undo` withdraws the latest ruling.

    >>> import tempfile, os, factcheck
    >>> table = factcheck.check("seeds")
    >>> store = os.path.join(tempfile.mkdtemp(), "labels.jsonl")
    >>> _ = factcheck.ReviewSession(table, store, analyst="ana").decide("agreed")
    >>> _ = factcheck.ReviewSession(table, store, analyst="ben").decide("conflicting")
    >>> judge = AdjudicationSession(table, store, adjudicator="cy")
    >>> [e["analyst"] for e in judge.others()], judge.progress().total
    (['ana', 'ben'], 1)
    >>> _ = judge.decide("conflicting", note="UPI is right")
    >>> factcheck.reviewed(table, store).loc[0, ["final_verdict", "resolution", "analyst"]].tolist()
    ['conflicting', 'adjudicated', 'cy']
    """

    role = "adjudicator"

    def __init__(
        self,
        table: pd.DataFrame,
        store: str | Path = "labels.jsonl",
        adjudicator: str | None = None,
        *,
        read_from: Sequence[str | Path] = (),
        overruled: bool = False,
    ) -> None:
        extra = [read_from] if isinstance(read_from, str | Path) else list(read_from)
        sources = [p for p in (DecisionStore(store).path,) if p.exists()] + extra
        if not sources:
            raise ValueError(
                f"{store}: no decisions to adjudicate yet; pass the store the analysts wrote (or their own "
                "stores as read_from=[...])"
            )
        require(table, ("claim_id", "text", "verdict"), table="checked-claim", made_by="factcheck.check()")
        self.overruled = overruled
        self._disputed = adjudication_queue(sources, table, overruled=overruled)["claim_id"].tolist()
        super().__init__(table, store, adjudicator, read_from=extra)

    def _scope(self, assignment: pd.DataFrame | None) -> list[str]:
        self.scope = "the claims the analysts disagree on" + (" or overrule the kit on" if self.overruled else "")
        return list(self._disputed)
