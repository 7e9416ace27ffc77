"""The review state: which claim is shown, what the analyst decided. Plain Python.

:class:`ReviewSession` is what the :class:`~factcheck.Reviewer` widget shows and
what tests drive. Every decision goes straight to the store (see
:mod:`factcheck.review.store`); the session only remembers where the analyst is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..schema import VERDICTS, require
from .assign import claims_for
from .attach import attach_decisions
from .decisions import load_events
from .final import reviewed
from .state import Filters, Progress, default_analyst
from .store import DecisionStore, decision_event, role_of, standing, text_hash, undo_event

__all__ = ["REVIEW_COLUMNS", "Filters", "Progress", "ReviewSession"]

#: Columns of the checked-claim table the review needs (as ``factcheck.check`` makes).
REVIEW_COLUMNS = ("claim_id", "source", "text", "verdict", "reasons", "conflict_types", "counterparts")


class ReviewSession:
    """Walk through a checked-claim table and record an analyst's verdicts.

    Opening a session on an existing store resumes it: the analyst's earlier
    decisions are restored and the cursor sits on the first undecided claim.

    ``blind=True`` keeps the kit's suggestion and other analysts' verdicts
    hidden (:meth:`suggestion` and :meth:`others` give nothing) until this
    analyst has decided the claim, and records ``"blind": true`` with each
    decision so made. ``assignment`` (from :func:`~factcheck.assign`) limits
    the queue to this analyst's claims. ``read_from`` names other analysts'
    stores, whose verdicts :meth:`others` shows; decisions are written to
    ``store`` only.

    >>> import tempfile, os, factcheck
    >>> table = factcheck.check("seeds")
    >>> s = ReviewSession(table, store=os.path.join(tempfile.mkdtemp(), "labels.jsonl"), analyst="ana")
    >>> first = s.current["claim_id"]
    >>> _ = s.decide("agreed", note="checked the UPI copy")
    >>> s.progress().decided, s.decision(first)["verdict"]
    (1, 'agreed')
    >>> _ = s.undo(); s.progress().decided
    0
    """

    #: Recorded with every decision: ``analyst``; an :class:`~factcheck.AdjudicationSession` rules as ``adjudicator``.
    role = "analyst"

    def __init__(
        self,
        table: pd.DataFrame,
        store: str | Path = "labels.jsonl",
        analyst: str | None = None,
        *,
        blind: bool = False,
        assignment: pd.DataFrame | None = None,
        read_from: Sequence[str | Path] = (),
    ) -> None:
        require(table, REVIEW_COLUMNS, table="checked-claim", made_by="factcheck.check()")
        self.store = DecisionStore(store)
        self.analyst = analyst.strip() if analyst and analyst.strip() else default_analyst()
        self.blind = bool(blind)
        self._read_from = [
            DecisionStore(p).path for p in ([read_from] if isinstance(read_from, str | Path) else read_from)
        ]
        self._all: list[str] = table["claim_id"].astype(str).tolist()
        if len(set(self._all)) != len(self._all):
            raise ValueError("the table has duplicated claim ids; pass the table factcheck.check() made")
        records = table.to_dict("records")
        self._rows: dict[str, dict[str, Any]] = {str(r["claim_id"]): r for r in records}
        self._hashes = {cid: text_hash(str(row["text"])) for cid, row in self._rows.items()}
        # The claims this session reviews: all, this analyst's assignment, or (adjudication) the disputed ones.
        self._order: list[str] = self._scope(assignment)
        self._load()
        self.filters = Filters()
        self._queue = list(self._order)
        self._pos = self._first_undecided(0)

    def _scope(self, assignment: pd.DataFrame | None) -> list[str]:
        self.scope = "every claim" if assignment is None else f"{self.analyst}'s assignment"
        return self._all if assignment is None else claims_for(assignment, self.analyst, self._all)

    def _events(self) -> list[dict[str, Any]]:
        if not self._read_from:
            return self.store.events()
        return load_events([p for p in (self.store.path,) if p.exists()] + self._read_from)

    def _load(self) -> None:
        """This analyst's standing decisions (and the other analysts'), each attached to its own sentence."""
        events = self._events()
        texts = [str(self._rows[c]["text"]) for c in self._all]
        mine = [e for (_, who), e in standing(events, role=self.role).items() if who == self.analyst]
        others = [
            e
            for (_, who), e in standing(events, role="analyst").items()
            if not (self.role == "analyst" and who == self.analyst)
        ]
        self._others: dict[str, list[dict[str, Any]]] = {}
        for a in attach_decisions(sorted(others, key=lambda e: e["time"]), self._all, texts):
            if a.claim_id is not None:
                self._others.setdefault(a.claim_id, []).append(a.event)
        # Claims this analyst has decided before, even if undone since: they have seen what a blind review hides.
        self._seen = {
            str(e["claim_id"])
            for e in events
            if e["event"] == "decide" and role_of(e) == self.role and e["analyst"] == self.analyst
        }
        attached = attach_decisions(mine, self._all, texts)
        self._decisions: dict[str, dict[str, Any]] = {}
        self._stale: set[str] = set()
        for a in attached:
            if a.claim_id is not None:
                self._seen.add(a.claim_id)
                self._decisions[a.claim_id] = a.event
                if a.status == "stale":
                    self._stale.add(a.claim_id)
        # What undo withdraws: this analyst's decisions on this table, in the order made.
        order = {e["event_id"]: k for k, e in enumerate(events)}
        self._history: dict[str, dict[str, Any]] = dict(
            sorted(self._decisions.items(), key=lambda item: order[item[1]["event_id"]])
        )

    # ------------------------------------------------------------ reading
    @property
    def current(self) -> dict[str, Any] | None:
        """The claim shown now (a row of the table), or None when the queue is empty."""
        return self._rows[self._queue[self._pos]] if self._queue else None

    @property
    def position(self) -> int:
        return self._pos

    @property
    def queue(self) -> list[str]:
        return list(self._queue)

    def row(self, claim_id: str) -> dict[str, Any]:
        return self._rows[claim_id]

    def counterparts(self, claim_id: str | None = None) -> list[dict[str, Any]]:
        """The rows of the claims the kit matched with ``claim_id`` (default: current)."""
        row = self._rows[claim_id] if claim_id else self.current
        if row is None:
            return []
        ids = [c for c in str(row.get("counterparts") or "").split(";") if c]
        return [self._rows[c] for c in ids if c in self._rows]

    def decision(self, claim_id: str | None = None) -> dict[str, Any] | None:
        """This analyst's standing decision on ``claim_id`` (default: current), or None."""
        cid = claim_id or (self.current or {}).get("claim_id")
        return self._decisions.get(cid) if cid else None

    def revealed(self, claim_id: str | None = None) -> bool:
        """Whether the kit's suggestion and other analysts' verdicts may be shown
        on ``claim_id`` (default: current): always, unless the review is blind
        and this analyst has not decided the claim yet."""
        cid = claim_id or (self.current or {}).get("claim_id")
        return not self.blind or cid in self._seen

    def suggestion(self, claim_id: str | None = None) -> tuple[str, str] | None:
        """The kit's suggested verdict and its reasons, or None while a blind review hides them."""
        cid = claim_id or (self.current or {}).get("claim_id")
        if cid is None or not self.revealed(cid):
            return None
        row = self._rows[cid]
        return str(row.get("verdict") or ""), str(row.get("reasons") or "")

    def others(self, claim_id: str | None = None) -> list[dict[str, Any]]:
        """Other analysts' standing decisions on ``claim_id`` (default: current),
        oldest first; empty while a blind review hides them."""
        cid = claim_id or (self.current or {}).get("claim_id")
        if cid is None or not self.revealed(cid):
            return []
        return list(self._others.get(cid, []))

    def is_stale(self, claim_id: str | None = None) -> bool:
        """True when the claim's wording changed since it was decided (the
        outlet edited the sentence): the decision stays with its sentence,
        flagged, and the claim counts as needing another look."""
        cid = claim_id or (self.current or {}).get("claim_id")
        return cid in self._stale

    def needs_decision(self, cid: str) -> bool:
        """Undecided, or decided before the outlet edited the sentence (stale)."""
        return cid not in self._decisions or cid in self._stale

    def progress(self) -> Progress:
        decided = [cid for cid in self._order if cid in self._decisions]
        by_verdict = {v: 0 for v in VERDICTS}
        for cid in decided:
            by_verdict[self._decisions[cid]["verdict"]] = by_verdict.get(self._decisions[cid]["verdict"], 0) + 1
        in_queue = set(self._queue)
        return Progress(
            decided=len(decided),
            total=len(self._order),
            by_verdict=by_verdict,
            in_queue=len(self._queue),
            decided_in_queue=sum(1 for cid in decided if cid in in_queue),
            stale=sum(1 for cid in decided if self.is_stale(cid)),
        )

    # ------------------------------------------------------------ moving
    def next(self) -> dict[str, Any] | None:
        if self._queue:
            self._pos = min(self._pos + 1, len(self._queue) - 1)
        return self.current

    def back(self) -> dict[str, Any] | None:
        if self._queue:
            self._pos = max(self._pos - 1, 0)
        return self.current

    def skip(self) -> dict[str, Any] | None:
        """Leave the current claim undecided and go to the next undecided one."""
        if self._queue:
            self._pos = self._first_undecided(self._pos + 1)
        return self.current

    def jump(self, claim_id: str) -> dict[str, Any]:
        """Show ``claim_id``; filters that hide it are cleared."""
        claim_id = claim_id.strip()
        if claim_id not in self._rows:
            raise KeyError(f"no claim {claim_id!r} in this table")
        if claim_id not in self._order:
            raise KeyError(f"claim {claim_id!r} is not among the claims this session reviews ({self.scope})")
        if claim_id not in self._queue:
            self.filter()
        self._pos = self._queue.index(claim_id)
        return self._rows[claim_id]

    def filter(
        self,
        *,
        verdicts: tuple[str, ...] | list[str] = (),
        sources: tuple[str, ...] | list[str] = (),
        conflict_types: tuple[str, ...] | list[str] = (),
        undecided: bool = False,
        stale: bool = False,
    ) -> list[str]:
        """Restrict the queue; with no arguments, show every claim again.

        ``undecided`` keeps claims with no decision or a stale one; ``stale``
        keeps only the claims that need another look (decided before the
        outlet edited the sentence). A blind review cannot filter by the kit's
        suggestion (``verdicts``, ``conflict_types``): that would reveal it.
        """
        if self.blind and (verdicts or conflict_types):
            raise ValueError(
                "a blind review hides the kit's suggestion, so it cannot filter by suggested verdict or conflict "
                "kind; filter by outlet, or open the review with blind=False"
            )
        self.filters = Filters(tuple(verdicts), tuple(sources), tuple(conflict_types), undecided, stale)
        shown = self.current["claim_id"] if self.current else None
        self._queue = [cid for cid in self._order if self._passes(cid)]
        if shown in self._queue:
            self._pos = self._queue.index(shown)
        else:
            self._pos = self._first_undecided(0)
        return self.queue

    # ------------------------------------------------------------ deciding
    def decide(self, verdict: str, note: str = "") -> dict[str, Any]:
        """Record the analyst's verdict on the current claim, then move to the next undecided one."""
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
        row = self.current
        if row is None:
            raise LookupError("no claim to decide: the queue is empty (clear the filters)")
        event = self._write(row, verdict, note, blind=self.blind and str(row["claim_id"]) not in self._seen)
        self._record(event)
        self._pos = self._first_undecided(self._pos + 1, fallback=min(self._pos + 1, len(self._queue) - 1))
        return event

    def annotate(self, note: str) -> dict[str, Any] | None:
        """Give the current claim's standing decision a new note (recorded as a
        new decision with the same verdict, blind if that verdict was). Returns
        it, or None if undecided."""
        decision = self.decision()
        row = self.current
        if decision is None or row is None:
            return None
        event = self._write(row, decision["verdict"], note, blind=bool(decision.get("blind", False)))
        self._record(event)
        return event

    def decide_claims(self, verdicts: dict[str, str], note: str = "") -> list[dict[str, Any]]:
        """Record verdicts on several claims at once (one verdict on a whole fact), all
        saved in one write; the cursor stays where it is. Returns the events."""
        rows = [self._rows[cid] for cid in verdicts]
        bad = sorted({v for v in verdicts.values() if v not in VERDICTS})
        if bad:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {bad[0]!r}")
        events = [
            self._event(
                row, verdicts[str(row["claim_id"])], note, blind=self.blind and row["claim_id"] not in self._seen
            )
            for row in rows
        ]
        for event in self.store.append_all(events):
            self._record(event)
        return events

    def undo(self, count: int = 1) -> dict[str, Any] | None:
        """Withdraw this analyst's latest ``count`` decisions on this table (even made
        before a restart) and show the claim of the latest again. Returns it, or None.
        If the store cannot record the undo, nothing changes."""
        if not self._history:
            return None
        last = list(self._history.items())[-count:]
        # One write for all: raises StoreError before anything changes here.
        self.store.append_all([undo_event(e, analyst=self.analyst) for _, e in reversed(last)])
        self._load()  # an earlier decision on the claim (or on its earlier wording) may stand again
        cid, latest = last[-1]
        if cid in self._queue:
            self._pos = self._queue.index(cid)
        return latest

    def to_frame(self) -> pd.DataFrame:
        """This session's claims with this analyst's decisions (see :func:`~factcheck.reviewed`)."""
        return reviewed(pd.DataFrame([self._rows[c] for c in self._order]), self.store.path, analyst=self.analyst)

    # ------------------------------------------------------------ internals
    def _write(self, row: dict[str, Any], verdict: str, note: str, *, blind: bool) -> dict[str, Any]:
        return self.store.append(self._event(row, verdict, note, blind=blind))

    def _event(self, row: dict[str, Any], verdict: str, note: str, *, blind: bool) -> dict[str, Any]:
        cid = str(row["claim_id"])
        earlier = self._decisions.get(cid)
        # A decision on the sentence's earlier wording (under another id) is replaced, not left orphaned.
        replaces = earlier["event_id"] if earlier is not None and earlier["claim_id"] != cid else ""
        return decision_event(
            cid,
            verdict,
            analyst=self.analyst,
            suggested=str(row.get("verdict") or ""),
            text=str(row["text"]),
            note=note.strip(),
            supersedes=replaces,
            blind=blind,
            role=self.role,
        )

    def _record(self, event: dict[str, Any]) -> None:
        cid = event["claim_id"]
        self._seen.add(cid)
        self._decisions[cid] = event
        self._stale.discard(cid)
        self._history.pop(cid, None)
        self._history[cid] = event

    def _passes(self, cid: str) -> bool:
        row, f = self._rows[cid], self.filters
        if f.verdicts and row.get("verdict") not in f.verdicts:
            return False
        if f.sources and row.get("source") not in f.sources:
            return False
        if f.conflict_types and not set(str(row.get("conflict_types") or "").split(";")) & set(f.conflict_types):
            return False
        if f.stale and cid not in self._stale:
            return False
        return not (f.undecided and cid in self._decisions and cid not in self._stale)

    def _first_undecided(self, start: int, fallback: int | None = None) -> int:
        for k in [*range(start, len(self._queue)), *range(0, min(start, len(self._queue)))]:
            if self.needs_decision(self._queue[k]):
                return k
        if fallback is not None:
            return max(fallback, 0)
        return min(start, max(len(self._queue) - 1, 0))
