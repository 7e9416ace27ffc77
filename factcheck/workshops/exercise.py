"""Exercise mode: a review session that hides the kit and scores the learner against an answer key.

:class:`ExerciseSession` is a :class:`~factcheck.ReviewSession` on the key's
claims only. The kit's suggestion, its reasons and other learners' verdicts
are never shown. Beside each claim the learner sees the closest sentence of
every other outlet (the evidence, not the kit's opinion: the learner judges
whether it tells the same fact). After each verdict (``feedback="each"``) or
once every claim is answered (``feedback="end"``) the session gives the key's
answer, its kind and explanation; :meth:`ExerciseSession.score` gives the
score overall and per kind, and the misses. Answers are stored like any other
decision (blind, role analyst), so the class report reads them from the
learners' stores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import pandas as pd
from rapidfuzz import fuzz, process, utils

from .._tokens import STOP_WORDS
from ..errors import WorkshopError
from ..review.session import ReviewSession
from .keys import AnswerKey
from .scoring import Feedback, Score, feedback_for, score_answers

__all__ = ["FEEDBACK", "ExerciseSession", "closest_sentences"]

#: When the learner sees right or wrong: after each verdict, or once every claim is answered.
FEEDBACK = ("each", "end")
Timing = Literal["each", "end"]


def _plain(text: str) -> str:
    return " ".join(w for w in utils.default_process(text).split() if w not in STOP_WORDS)


def closest_sentences(table: pd.DataFrame, claim_id: str) -> list[dict[str, Any]]:
    """For each other outlet, its sentence closest to the claim: the one the kit
    paired with it, else the most similar by shared words. Outlets in name order.

    >>> import factcheck
    >>> t = factcheck.check("seeds")
    >>> [r["source"] for r in closest_sentences(t, t["claim_id"].iloc[0])]
    ['Reuters']
    """
    rows = table.set_index("claim_id", drop=False)
    row = rows.loc[claim_id]
    paired = {c for c in str(row.get("counterparts") or "").split(";") if c}
    out = []
    for _source, group in sorted(table[table["source"] != row["source"]].groupby("source"), key=lambda g: str(g[0])):
        mine = group[group["claim_id"].isin(paired)]
        if len(mine):
            out.append(mine.iloc[0].to_dict())
            continue
        best = process.extractOne(
            _plain(str(row["text"])), [_plain(str(t)) for t in group["text"]], scorer=fuzz.token_set_ratio
        )
        if best is not None:
            out.append(group.iloc[best[2]].to_dict())
    return out


class ExerciseSession(ReviewSession):
    """A learner's exercise on a checked-claim table, scored against ``key``.

    ``key`` is an :class:`~factcheck.workshops.AnswerKey` (or a pack, whose
    key is used); it must fit ``table`` (every entry matches one claim).
    ``feedback`` is ``"each"`` (right or wrong after every verdict; the answer
    is then final, and the cursor stays on the claim until :meth:`advance`) or
    ``"end"`` (answers can be changed until every claim is answered, then all
    is told at once).

    >>> import tempfile, os
    >>> from factcheck.workshops import load_pack
    >>> pack = load_pack("elderwick-fair")
    >>> s = ExerciseSession(pack.check(), pack.key, store=os.path.join(tempfile.mkdtemp(), "a.jsonl"), analyst="ana")
    >>> s.suggestion() is None, s.current["source"]
    (True, 'Elderwick Courier')
    >>> _ = s.decide("conflicting"); str(s.feedback()).split(".")[0]
    'Right (weekday)'
    >>> str(s.score())
    '1 of 29 right (3%), 1 answered'
    """

    def __init__(
        self,
        table: pd.DataFrame,
        key: AnswerKey | Any,
        store: str | Path = "answers.jsonl",
        analyst: str | None = None,
        *,
        feedback: Timing = "each",
    ) -> None:
        if feedback not in FEEDBACK:
            raise ValueError(
                f"feedback is 'each' (after every verdict) or 'end' (when all are answered), not {feedback!r}"
            )
        key = getattr(key, "key", key)  # a Pack gives its key
        if not isinstance(key, AnswerKey):
            raise TypeError(
                f"exercise= takes an answer key (load_pack(...).key or plant_errors), not {type(key).__name__}"
            )
        self.answer_key = key
        self.key = key.resolve(table)
        self.feedback_mode: Timing = feedback
        self._keyed = set(self.key["claim_id"])
        super().__init__(table, store=store, analyst=analyst, blind=True)
        self._table = table

    def _scope(self, assignment: pd.DataFrame | None) -> list[str]:
        self.scope = "the exercise's claims"
        return [cid for cid in self._all if cid in self._keyed]

    # ------------------------------------------------------------ what is shown
    def suggestion(self, claim_id: str | None = None) -> tuple[str, str] | None:
        """Never shown in an exercise."""
        return None

    def others(self, claim_id: str | None = None) -> list[dict[str, Any]]:
        """Other learners' answers are never shown."""
        return []

    @property
    def finished(self) -> bool:
        """Every claim of the exercise is answered."""
        return all(cid in self._decisions for cid in self._order)

    def revealed(self, claim_id: str | None = None) -> bool:
        """Whether the key's answer on the claim may be shown: once answered
        (``each``), or once every claim is answered (``end``)."""
        cid = claim_id or (self.current or {}).get("claim_id")
        if cid not in self._decisions:
            return False
        return self.feedback_mode == "each" or self.finished

    def locked(self, claim_id: str | None = None) -> bool:
        """The answer can no longer change: its explanation has been shown."""
        return self.revealed(claim_id)

    def evidence(self, claim_id: str | None = None) -> list[dict[str, Any]]:
        """The closest sentence of every other outlet (see :func:`closest_sentences`)."""
        cid = claim_id or (self.current or {}).get("claim_id")
        return closest_sentences(self._table, cid) if cid else []

    def feedback(self, claim_id: str | None = None) -> Feedback | None:
        """Right or wrong, the kind and the explanation; None until revealed."""
        cid = claim_id or (self.current or {}).get("claim_id")
        decision = self._decisions.get(cid) if cid else None
        if decision is None or not self.revealed(cid):
            return None
        return feedback_for(self.key, cid, decision["verdict"])

    def answers(self) -> dict[str, str]:
        """This learner's standing answer per claim."""
        return {cid: self._decisions[cid]["verdict"] for cid in self._order if cid in self._decisions}

    def score(self) -> Score:
        """The score so far: right answers of all the exercise's claims, per kind, and the misses."""
        return score_answers(self.answers(), self.key)

    # ------------------------------------------------------------ answering
    def decide(self, verdict: str, note: str = "") -> dict[str, Any]:
        """Answer the current claim. With ``feedback="each"`` the cursor stays on
        it, so its feedback can be shown; :meth:`advance` moves on."""
        if self.current is not None and self.locked():
            raise WorkshopError("your answer on this claim is in and its explanation shown; go on to the next claim")
        stay = self._pos
        event = super().decide(verdict, note)
        if self.feedback_mode == "each":
            self._pos = stay
        return event

    def decide_claims(self, verdicts: dict[str, str], note: str = "") -> list[dict[str, Any]]:
        raise WorkshopError("an exercise is answered claim by claim; use decide()")

    def undo(self, count: int = 1) -> dict[str, Any] | None:
        """Withdraw answers whose explanation is not shown yet (``end`` mode, before the end)."""
        if any(self.locked(cid) for cid in list(self._history)[-count:]):
            raise WorkshopError("an answer is final once its explanation is shown")
        return super().undo(count)

    def advance(self) -> dict[str, Any] | None:
        """Go to the next claim still to answer (after the current one), else the next claim."""
        if self._queue:
            self._pos = self._first_undecided(self._pos + 1, fallback=min(self._pos + 1, len(self._queue) - 1))
        return self.current
