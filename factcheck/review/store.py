"""The decisions store: an append-only JSON Lines event log that never loses a decision.

Every decision (and every undo) is one line, appended at once, flushed and
fsynced before the call returns. Lines are only ever added, never rewritten,
so a crash can at worst leave the last line half-written; reading skips such a
torn line with a warning and keeps everything before it, and the next append
starts on a fresh line. Appends take an exclusive lock, so several reviewers
(analysts, notebooks, processes) can share one store.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import warnings
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from .._text import fold
from ..errors import FactcheckWarning, StoreError

try:  # POSIX; elsewhere O_APPEND alone keeps single-line writes whole
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["DECISION_COLUMNS", "DecisionStore", "read_decisions", "text_hash"]

#: What :func:`read_decisions` returns, one row per claim and analyst.
DECISION_COLUMNS = ("claim_id", "verdict", "note", "analyst", "decided_at", "suggested", "text_hash")


def text_hash(text: str) -> str:
    """A short fingerprint of a claim's wording, to notice when it has changed.

    >>> text_hash("He said “yes”.") == text_hash('He said "yes".')
    True
    """
    return hashlib.sha256(" ".join(fold(text).split()).encode("utf-8")).hexdigest()[:16]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class DecisionStore:
    """One JSON Lines file of decision events.

    >>> import tempfile, os
    >>> store = DecisionStore(os.path.join(tempfile.mkdtemp(), "labels.jsonl"))
    >>> event = store.decide("a:001", "agreed", analyst="ana", suggested="agreed", text="The vote passed.")
    >>> [e["verdict"] for e in store.events()]
    ['agreed']
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a decisions file; pass a file name such as labels.jsonl.")

    # ------------------------------------------------------------ writing
    def append(self, event: dict[str, Any]) -> dict[str, Any]:
        """Append one event durably: written, flushed and fsynced before returning."""
        data = (json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(
                f"{self.path}: cannot open the decisions file for writing ({exc.strerror}); check the folder exists and is writable."
            ) from None
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            size = os.fstat(fd).st_size
            # A line torn by a crash must not swallow this one: start afresh.
            if size and os.pread(fd, 1, size - 1) != b"\n":
                data = b"\n" + data
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
            if size == 0:  # a new file: make its directory entry durable too
                _fsync_dir(self.path.parent)
        except OSError as exc:
            raise StoreError(
                f"{self.path}: could not save the decision ({exc.strerror}); it was not recorded."
            ) from None
        finally:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        return event

    def decide(
        self, claim_id: str, verdict: str, *, analyst: str, suggested: str = "", text: str = "", note: str = ""
    ) -> dict[str, Any]:
        """Record an analyst's verdict on a claim."""
        return self.append(
            {
                "event": "decide",
                "event_id": uuid.uuid4().hex,
                "claim_id": claim_id,
                "verdict": verdict,
                "note": note,
                "analyst": analyst,
                "time": now(),
                "suggested": suggested,
                "text_hash": text_hash(text),
            }
        )

    def undo(self, decision: dict[str, Any], *, analyst: str) -> dict[str, Any]:
        """Record that ``decision`` is withdrawn. Undo is an event too, so it survives restarts."""
        return self.append(
            {
                "event": "undo",
                "event_id": uuid.uuid4().hex,
                "undoes": decision["event_id"],
                "claim_id": decision["claim_id"],
                "analyst": analyst,
                "time": now(),
            }
        )

    # ------------------------------------------------------------ reading
    def events(self) -> list[dict[str, Any]]:
        """All readable events in file order. A torn or damaged line is skipped
        with a :class:`~factcheck.FactcheckWarning`; every other line is kept."""
        if not self.path.exists():
            return []
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read the decisions file ({exc.strerror}).") from None
        lines = raw.split(b"\n")
        events = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                event = json.loads(line.decode("utf-8"))
                if not isinstance(event, dict) or event.get("event") not in ("decide", "undo"):
                    raise ValueError("not a decision event")
            except (UnicodeDecodeError, ValueError):
                last = number == len(lines) or (number == len(lines) - 1 and not lines[-1])
                why = "is incomplete (its writer was probably stopped mid-write)" if last else "is damaged"
                warnings.warn(
                    f"{self.path} line {number} {why}; skipped it, every other line is kept.",
                    FactcheckWarning,
                    stacklevel=3,
                )
                continue
            events.append(event)
        return events

    def current(self, events: Iterable[dict[str, Any]] | None = None) -> dict[tuple[str, str], dict[str, Any]]:
        """The standing decision per (claim id, analyst): the latest one not undone."""
        events = list(self.events() if events is None else events)
        undone = {e.get("undoes") for e in events if e["event"] == "undo"}
        standing: dict[tuple[str, str], dict[str, Any]] = {}
        for e in events:
            if e["event"] == "decide" and e["event_id"] not in undone:
                standing[(e["claim_id"], e["analyst"])] = e
        return standing


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - some platforms cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def read_decisions(store: str | Path, *, analyst: str | None = None) -> pd.DataFrame:
    """The standing decision per claim and analyst, from a decisions store.

    Columns: ``claim_id``, ``verdict``, ``note``, ``analyst``, ``decided_at``,
    ``suggested`` (what the kit had suggested) and ``text_hash`` (the claim's
    wording when it was decided). Undone decisions are gone; a torn last
    line is skipped with a warning.

    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "labels.jsonl")
    >>> _ = DecisionStore(path).decide("a:001", "conflicting", analyst="ana", note="check 2019")
    >>> read_decisions(path)[["claim_id", "verdict", "note", "analyst"]].values.tolist()
    [['a:001', 'conflicting', 'check 2019', 'ana']]
    """
    target = DecisionStore(store)
    if not target.path.exists():
        raise StoreError(
            f"{target.path}: no such decisions file; check the path (decisions are saved where the Reviewer's store= points)."
        )
    standing = target.current()
    rows = [
        (
            e["claim_id"],
            e["verdict"],
            e.get("note", ""),
            e["analyst"],
            e["time"],
            e.get("suggested", ""),
            e.get("text_hash", ""),
        )
        for e in standing.values()
        if analyst is None or e["analyst"] == analyst
    ]
    frame = pd.DataFrame(rows, columns=list(DECISION_COLUMNS))
    return frame.sort_values(["claim_id", "analyst"], kind="stable").reset_index(drop=True)
