"""Review by fact: one judgement per fact, however many outlets carry it. Plain Python.

Wire copy puts one fact in twenty outlets; reviewing it claim by claim asks for
twenty decisions where the analyst makes one judgement. :class:`FactSession`
walks the table fact by fact (a fact is a cluster of claims), shows each
distinct wording once with the outlets that carry it, and records one verdict
for every claim of the fact, with exceptions for named outlets ("conflicting:
only Reuters has the typo"). Each claim's decision is still its own event in
the store, so exports, undo and resume work as in claim-by-claim review.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .._wordings import same_words
from ..schema import VERDICTS, require
from .session import ReviewSession

__all__ = ["Fact", "FactProgress", "FactSession", "FactWording"]

#: The verdict that speaks for a fact whose claims the kit judged differently: the strongest.
_RANK = {"conflicting": 0, "agreed": 1, "single-sourced": 2}


@dataclass(frozen=True)
class FactWording:
    """One way the fact is worded, and every claim (and outlet) that words it so."""

    text: str
    claims: tuple[str, ...]
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    """A fact as the reviewer shows it: the kit's suggestion, its reasons, each distinct wording."""

    cluster_id: str
    suggested: str
    reasons: tuple[str, ...]
    wordings: tuple[FactWording, ...]

    @property
    def claims(self) -> tuple[str, ...]:
        return tuple(c for w in self.wordings for c in w.claims)

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(o for w in self.wordings for o in w.outlets))


@dataclass(frozen=True)
class FactProgress:
    facts_decided: int
    facts: int
    claims_decided: int
    claims: int

    def __str__(self) -> str:
        return f"{self.facts_decided} of {self.facts} facts decided ({self.claims_decided} of {self.claims} claims)"


class FactSession:
    """Walk a checked-claim table fact by fact and record one verdict per fact.

    ``options`` go to the underlying :class:`ReviewSession` (``blind=``,
    ``assignment=``, ``read_from=``): :attr:`claims` is that session, so
    everything claim-by-claim review knows (stale decisions, other analysts)
    holds here too.

    >>> import tempfile, os, factcheck
    >>> table = factcheck.check("seeds")
    >>> s = FactSession(table, store=os.path.join(tempfile.mkdtemp(), "labels.jsonl"), analyst="ana")
    >>> fact = s.current
    >>> _ = s.decide("agreed")
    >>> s.progress().facts_decided, s.claims.decision(fact.claims[0])["verdict"]
    (1, 'agreed')
    >>> _ = s.undo(); s.progress().facts_decided
    0
    """

    def __init__(
        self, table: pd.DataFrame, store: str | Path = "labels.jsonl", analyst: str | None = None, **options: Any
    ) -> None:
        require(
            table,
            ("claim_id", "cluster_id", "source", "text", "verdict", "reasons"),
            table="checked-claim",
            made_by="factcheck.check()",
        )
        self.claims = ReviewSession(table, store=store, analyst=analyst, **options)
        members: dict[str, list[str]] = {}
        for cid in self.claims.queue:
            members.setdefault(str(self.claims.row(cid)["cluster_id"]), []).append(cid)
        self._members = members
        self._facts = list(members)
        self._fact_of = {cid: fact for fact, cids in members.items() for cid in cids}
        self._sizes: list[int] = []  # claims per fact decision of this session, for undo
        self._pos = self._first_open(0)

    # ------------------------------------------------------------ reading
    @property
    def facts(self) -> list[str]:
        return list(self._facts)

    @property
    def position(self) -> int:
        return self._pos

    @property
    def current(self) -> Fact | None:
        return self.fact(self._facts[self._pos]) if self._facts else None

    def fact(self, cluster_id: str) -> Fact:
        """The fact ``cluster_id``, its wordings grouped (identical copies shown once)."""
        rows = [self.claims.row(cid) for cid in self._members[cluster_id]]
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            groups.setdefault(same_words(str(row["text"])), []).append(row)
        # Most outlets first: the reference the other wordings are read against.
        ordered = sorted(groups.values(), key=len, reverse=True)
        wordings = tuple(
            FactWording(
                str(group[0]["text"]),
                tuple(str(r["claim_id"]) for r in group),
                tuple(dict.fromkeys(str(r["source"]) for r in group)),
            )
            for group in ordered
        )
        suggested = min((str(r["verdict"]) for r in rows), key=lambda v: _RANK.get(v, 3))
        reasons = dict.fromkeys(
            part
            for r in rows
            if r["verdict"] == suggested
            for part in str(r["reasons"] or "").split("; ")
            if part and not part.startswith("benign:")
        )
        return Fact(cluster_id, suggested, tuple(reasons), wordings)

    def decisions(self, cluster_id: str | None = None) -> dict[str, dict[str, Any]]:
        """This analyst's standing decision on each decided claim of the fact (default: current)."""
        fact = cluster_id or (self._facts[self._pos] if self._facts else None)
        found = {cid: self.claims.decision(cid) for cid in self._members.get(fact or "", [])}
        return {cid: d for cid, d in found.items() if d is not None}

    def progress(self) -> FactProgress:
        open_facts = sum(1 for f in self._facts if self._open(f))
        decided = sum(1 for f in self._facts for c in self._members[f] if not self.claims.needs_decision(c))
        return FactProgress(len(self._facts) - open_facts, len(self._facts), decided, len(self._fact_of))

    # ------------------------------------------------------------ moving
    def next(self) -> Fact | None:
        self._pos = min(self._pos + 1, max(len(self._facts) - 1, 0))
        return self.current

    def back(self) -> Fact | None:
        self._pos = max(self._pos - 1, 0)
        return self.current

    def skip(self) -> Fact | None:
        """Leave this fact undecided and go to the next fact with an undecided claim."""
        self._pos = self._first_open(self._pos + 1)
        return self.current

    def jump(self, ref: str) -> Fact:
        """Show the fact ``ref`` (a cluster id, or the id of one of its claims)."""
        ref = ref.strip()
        fact = ref if ref in self._members else self._fact_of.get(ref)
        if fact is None:
            raise KeyError(f"no fact or claim {ref!r} in this table")
        self._pos = self._facts.index(fact)
        return self.fact(fact)

    # ------------------------------------------------------------ deciding
    def decide(
        self, verdict: str, note: str = "", *, overrides: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """Record ``verdict`` for every claim of the current fact, except the outlets (or
        claim ids) in ``overrides``, which get their own verdict; then go to the next open fact.
        Returns the events, one per claim."""
        fact = self.current
        if fact is None:
            raise LookupError("no fact to decide: the table is empty")
        overrides = dict(overrides or {})
        known = set(fact.outlets) | set(fact.claims)
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ValueError(f"{unknown[0]!r} carries no claim of this fact; its outlets: {', '.join(fact.outlets)}")
        for value in (verdict, *overrides.values()):
            if value not in VERDICTS:
                raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {value!r}")
        chosen = {
            cid: overrides.get(cid, overrides.get(str(self.claims.row(cid)["source"]), verdict)) for cid in fact.claims
        }
        events = self.claims.decide_claims(chosen, note=note)
        self._sizes.append(len(events))
        self._pos = self._first_open(self._pos + 1, fallback=self._pos)
        return events

    def undo(self) -> list[str]:
        """Withdraw this session's latest fact decision (all its claims) and show that fact again.
        Returns the claim ids withdrawn (empty when there is nothing to undo)."""
        if not self._sizes:
            return []
        count = self._sizes[-1]
        latest = self.claims.undo(count)  # raises before anything changes here if the store fails
        self._sizes.pop()
        if latest is None:
            return []
        self._pos = self._facts.index(self._fact_of[latest["claim_id"]])
        return list(self._members[self._facts[self._pos]])

    # ------------------------------------------------------------ internals
    def _open(self, fact: str) -> bool:
        return any(self.claims.needs_decision(c) for c in self._members[fact])

    def _first_open(self, start: int, fallback: int | None = None) -> int:
        n = len(self._facts)
        for k in [*range(start, n), *range(0, min(start, n))]:
            if self._open(self._facts[k]):
                return k
        return fallback if fallback is not None else min(start, max(n - 1, 0))
