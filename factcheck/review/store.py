"""The decisions store: an append-only JSON Lines event log that never loses a decision.

Every decision (and every undo) is one line, appended at once, flushed and
fsynced before the call returns. Lines are only ever added, never rewritten,
so a crash can at worst leave the last line half-written; reading skips such a
torn line with a warning and keeps everything before it, and the next append
starts on a fresh line. Appends take an exclusive lock, so several reviewers
(analysts, notebooks, processes) can share one store, or each keep their own:
:func:`~factcheck.review.decisions.load_events` merges several stores, counting an event given twice once.

A decision records its ``role`` (``analyst``, or ``adjudicator`` for a ruling
on a claim the analysts disagree on) and whether it was made ``blind`` (the
kit's suggestion and other analysts' verdicts hidden). Stores written before
these fields existed read as analysts' decisions, not blind.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import warnings
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .._text import fold
from ..errors import FactcheckWarning, StoreError
from ..schema import VERDICTS

try:  # POSIX; elsewhere O_APPEND alone keeps single-line writes whole
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "DECISION_COLUMNS",
    "ROLES",
    "DecisionStore",
    "Stores",
    "decision_event",
    "role_of",
    "standing",
    "text_hash",
    "undo_event",
]

#: What :func:`read_decisions` returns, one row per claim, analyst and role.
DECISION_COLUMNS = ("claim_id", "verdict", "note", "analyst", "decided_at", "suggested", "text_hash", "role", "blind")
#: Who made a decision: an analyst reviewing claims, or an adjudicator ruling where analysts disagree.
ROLES = ("analyst", "adjudicator")
#: One decisions store, or several (each analyst's own file).
Stores = str | Path | Sequence[str | Path]


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
        self._checked = False

    # ------------------------------------------------------------ writing
    def append(self, event: dict[str, Any]) -> dict[str, Any]:
        """Append one event durably: written, flushed and fsynced before returning."""
        return self.append_all([event])[0]

    def append_all(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Append several events durably in one write (one verdict on a whole fact): all
        are saved, flushed and fsynced together before returning, or none is recorded."""
        data = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in events).encode("utf-8")
        if not self.path.parent.is_dir():
            # A mistyped path must not silently make folders (and a store nobody finds again).
            raise StoreError(
                f"{self.path}: the folder {self.path.parent} does not exist (or is not a folder); "
                "check the path, or create the folder first."
            )
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(
                f"{self.path}: cannot open the decisions file for writing ({exc.strerror}); check the folder exists and is writable."
            ) from None
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            size = os.fstat(fd).st_size
            if not self._checked and size:
                _check_is_store(self.path, os.pread(fd, min(size, 65536), 0))
            self._checked = True
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
        return events

    def decide(self, claim_id: str, verdict: str, **fields: Any) -> dict[str, Any]:
        """Record an analyst's verdict on a claim (the fields of :func:`decision_event`)."""
        return self.append(decision_event(claim_id, verdict, **fields))

    def undo(self, decision: dict[str, Any], *, analyst: str) -> dict[str, Any]:
        """Record that ``decision`` is withdrawn. Undo is an event too, so it survives restarts."""
        return self.append(undo_event(decision, analyst=analyst))

    # ------------------------------------------------------------ reading
    def events(self) -> list[dict[str, Any]]:
        """All readable events in file order. A torn, damaged or incomplete line
        (no ``event_id``, a verdict other than the three, an unreadable time) is
        skipped with a :class:`~factcheck.FactcheckWarning` giving its line
        number; every other line is kept. A file that is not a decisions store
        at all raises :class:`~factcheck.StoreError` and is never written to."""
        if not self.path.exists():
            return []
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read the decisions file ({exc.strerror}).") from None
        _check_is_store(self.path, raw)
        lines = raw.split(b"\n")
        events = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                event = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                last = number == len(lines) or (number == len(lines) - 1 and not lines[-1])
                why = "is incomplete (its writer was probably stopped mid-write)" if last else "is damaged"
                _warn(f"{self.path} line {number} {why}; skipped it, every other line is kept.")
                continue
            problem = _invalid(event)
            if problem:
                _warn(f"{self.path} line {number} {problem}; skipped it, every other line is kept.")
                continue
            events.append(event)
        return events

    def current(
        self, events: Iterable[dict[str, Any]] | None = None, *, role: str = "analyst"
    ) -> dict[tuple[str, str], dict[str, Any]]:
        """The standing decision per (claim id, analyst) in ``role``: the latest
        one not undone and not superseded (a decision re-made on an edited
        sentence supersedes the one made on its earlier wording)."""
        events = list(self.events() if events is None else events)
        return standing(events, role=role)


def role_of(event: dict[str, Any]) -> str:
    """An event's role; stores written before roles existed hold analysts' decisions."""
    return str(event.get("role") or "analyst")


def standing(events: Iterable[dict[str, Any]], *, role: str = "analyst") -> dict[tuple[str, str], dict[str, Any]]:
    """The standing decision per (claim id, analyst) among ``events`` (in order), in ``role``."""
    events = list(events)
    undone = {e.get("undoes") for e in events if e["event"] == "undo"}
    superseded = {e.get("supersedes") for e in events if e["event"] == "decide" and e["event_id"] not in undone} - {
        None,
        "",
    }
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for e in events:
        if (
            e["event"] == "decide"
            and role_of(e) == role
            and e["event_id"] not in undone
            and e["event_id"] not in superseded
        ):
            out[(e["claim_id"], e["analyst"])] = e
    return out


def decision_event(
    claim_id: str,
    verdict: str,
    *,
    analyst: str,
    suggested: str = "",
    text: str = "",
    note: str = "",
    supersedes: str = "",
    blind: bool = False,
    role: str = "analyst",
) -> dict[str, Any]:
    """An analyst's verdict on a claim, as one store event.

    ``text`` (the claim's wording) is kept so the decision can follow its
    sentence when the outlet edits it; ``supersedes`` names the event this
    one replaces (a decision made on the sentence's earlier wording);
    ``blind`` says the suggestion and other verdicts were hidden; ``role``
    is ``analyst`` or ``adjudicator``.
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    event = {
        "event": "decide",
        "event_id": uuid.uuid4().hex,
        "claim_id": claim_id,
        "verdict": verdict,
        "note": note,
        "analyst": analyst,
        "time": now(),
        "suggested": suggested,
        "text_hash": text_hash(text),
        "text": text,
        "blind": bool(blind),
        "role": role,
    }
    if supersedes:
        event["supersedes"] = supersedes
    return event


def undo_event(decision: dict[str, Any], *, analyst: str) -> dict[str, Any]:
    """The event withdrawing ``decision``."""
    return {
        "event": "undo",
        "event_id": uuid.uuid4().hex,
        "undoes": decision["event_id"],
        "claim_id": decision["claim_id"],
        "analyst": analyst,
        "time": now(),
    }


def _warn(message: str) -> None:
    warnings.warn(message, FactcheckWarning, stacklevel=4)


def _invalid(event: Any) -> str:
    """Why a parsed line is not a usable event ('' when it is)."""
    if not isinstance(event, dict) or event.get("event") not in ("decide", "undo"):
        return "is not a decision event"
    missing = [k for k in _REQUIRED[event["event"]] if not isinstance(event.get(k), str) or not event[k]]
    if missing:
        return f"has no {', '.join(missing)}"
    if event["event"] == "decide" and event["verdict"] not in VERDICTS:
        return f"has the verdict {event['verdict']!r}, not one of {', '.join(VERDICTS)}"
    if event["event"] == "decide" and event.get("role", "analyst") not in ROLES:
        return f"has the role {event['role']!r}, not one of {', '.join(ROLES)}"
    if not isinstance(event.get("blind", False), bool):
        return f"has blind={event['blind']!r}, not true or false"
    try:
        datetime.fromisoformat(event["time"])
    except ValueError:
        return f"has an unreadable time {event['time']!r}"
    return ""


_REQUIRED = {
    "decide": ("event_id", "claim_id", "verdict", "analyst", "time"),
    "undo": ("event_id", "undoes", "analyst", "time"),
}


def _check_is_store(path: Path, raw: bytes) -> None:
    """Refuse a file that is not a decisions store (an article, a claims table)
    before anything reads it as one or appends to it: a store is empty, or one
    of its first lines is a decision event, or it is one line torn by a crash
    during its first write."""
    lines = [line for line in raw.split(b"\n") if line.strip()]
    for line in lines[:20]:
        try:
            event = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
        if isinstance(event, dict) and event.get("event") in ("decide", "undo"):
            return
    if not lines or (len(lines) == 1 and lines[0].startswith(b'{"') and not raw.endswith(b"\n")):
        return
    raise StoreError(
        f"{path}: is not a decisions store (no line in it is a decision event), so nothing was read from "
        "or written to it; pass a new file name such as labels.jsonl, or the store the Reviewer wrote."
    )


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
