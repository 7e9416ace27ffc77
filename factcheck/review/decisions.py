"""The standing decisions, from one decisions store or several.

Each analyst may keep their own store and hand it in: :func:`load_events`
merges several files into one event log, counting an event once however often
it is given (the same file twice, or a copy of a store), and
:func:`read_decisions` gives the standing decision per claim, analyst and role.
"""

from __future__ import annotations

import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import FactcheckWarning, StoreError
from .store import DECISION_COLUMNS, ROLES, DecisionStore, Stores, standing

__all__ = ["load_events", "read_decisions", "store_paths"]


def _warn(message: str) -> None:
    warnings.warn(message, FactcheckWarning, stacklevel=3)


def store_paths(stores: Stores) -> list[Path]:
    """One path per distinct store file (the same file given twice is read once)."""
    given = [stores] if isinstance(stores, str | Path) else list(stores)
    if not given:
        raise StoreError("no decisions store given; pass a file such as labels.jsonl, or a list of them.")
    paths: dict[Path, Path] = {}
    for item in given:
        if not isinstance(item, str | Path):
            raise TypeError(f"a decisions store is a path, not {type(item).__name__}")
        path = DecisionStore(item).path
        if not path.exists():
            raise StoreError(
                f"{path}: no such decisions file; check the path (decisions are saved where the Reviewer's store= points)."
            )
        paths.setdefault(path.resolve(), path)
    return list(paths.values())


def _moment(event: dict[str, Any]) -> datetime:
    moment = datetime.fromisoformat(event["time"])
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def load_events(stores: Stores) -> list[dict[str, Any]]:
    """Every event of one store, or of several merged: each event once (by
    ``event_id``, so a file given twice, or a copy of a store, counts once),
    one file in its own order, several in time order. A missing file is an error.

    >>> import tempfile, os
    >>> from factcheck.review.store import DecisionStore
    >>> folder = tempfile.mkdtemp()
    >>> ana, ben = os.path.join(folder, "ana.jsonl"), os.path.join(folder, "ben.jsonl")
    >>> _ = DecisionStore(ana).decide("a:001", "agreed", analyst="ana")
    >>> _ = DecisionStore(ben).decide("a:001", "conflicting", analyst="ben")
    >>> [e["analyst"] for e in load_events([ana, ben, ana])]
    ['ana', 'ben']
    """
    paths = store_paths(stores)
    seen: dict[str, dict[str, Any]] = {}
    merged: list[tuple[datetime, int, int, dict[str, Any]]] = []
    for k, path in enumerate(paths):
        for n, event in enumerate(DecisionStore(path).events()):
            first = seen.setdefault(event["event_id"], event)
            if first is not event:
                if first != event:
                    _warn(
                        f"{path}: event {event['event_id']} differs from the event with the same id in another "
                        "store; kept the first one read. Check whether one of the files was edited by hand."
                    )
                continue
            merged.append((_moment(event), k, n, event))
    if len(paths) > 1:
        merged.sort(key=lambda item: item[:3])
    return [item[3] for item in merged]


def read_decisions(stores: Stores, *, analyst: str | None = None) -> pd.DataFrame:
    """The standing decision per claim, analyst and role, from one decisions
    store or several (each analyst's own file; an event given twice counts once).

    Columns: ``claim_id``, ``verdict``, ``note``, ``analyst``, ``decided_at``,
    ``suggested`` (what the kit had suggested), ``text_hash`` (the claim's
    wording when it was decided), ``role`` (``analyst``, or ``adjudicator``
    for a ruling where analysts disagree) and ``blind`` (the suggestion and
    other verdicts were hidden). Undone decisions are gone; a torn last line
    is skipped with a warning.

    >>> import tempfile, os
    >>> from factcheck.review.store import DecisionStore
    >>> path = os.path.join(tempfile.mkdtemp(), "labels.jsonl")
    >>> _ = DecisionStore(path).decide("a:001", "conflicting", analyst="ana", note="check 2019", blind=True)
    >>> read_decisions([path, path])[["claim_id", "verdict", "note", "analyst", "role", "blind"]].values.tolist()
    [['a:001', 'conflicting', 'check 2019', 'ana', 'analyst', True]]
    """
    events = load_events(stores)
    rows = [
        (
            e["claim_id"],
            e["verdict"],
            e.get("note", ""),
            e["analyst"],
            e["time"],
            e.get("suggested", ""),
            e.get("text_hash", ""),
            role,
            bool(e.get("blind", False)),
        )
        for role in ROLES
        for e in standing(events, role=role).values()
        if analyst is None or e["analyst"] == analyst
    ]
    frame = pd.DataFrame(rows, columns=list(DECISION_COLUMNS)).astype({"blind": bool})
    return frame.sort_values(["claim_id", "role", "analyst"], kind="stable").reset_index(drop=True)
