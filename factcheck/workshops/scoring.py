"""Scoring a learner's verdicts against an answer key: right or wrong, per kind, and the misses.

Plain functions of plain data, shared by the exercise mode (one learner, as
they go) and the class report (every learner at once).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from ..errors import WorkshopError
from ..schema import VERDICTS, require
from .keys import KINDS

__all__ = ["Feedback", "Score", "feedback_for", "score_answers"]

_RESOLVED = ("claim_id", "outlet", "verdict", "kind", "explanation", "words", "text")


@dataclass(frozen=True)
class Feedback:
    """What a learner is told about one answer."""

    claim_id: str
    answer: str
    right: str  # the key's verdict
    kind: str
    explanation: str
    words: tuple[str, ...]

    @property
    def correct(self) -> bool:
        return self.answer == self.right

    def __str__(self) -> str:
        head = "Right" if self.correct else f"Not quite: you said {self.answer}, the answer is {self.right}"
        return f"{head} ({self.kind}). {self.explanation}"


def feedback_for(key: pd.DataFrame, claim_id: str, answer: str) -> Feedback:
    """The feedback on ``answer`` for one claim of a resolved key (see :meth:`AnswerKey.resolve`).

    >>> key = pd.DataFrame({"claim_id": ["a:1"], "outlet": ["UPI"], "verdict": ["conflicting"], "kind": ["number"],
    ...                     "explanation": ["2019 or 2018?"], "words": [("2019", "2018")], "text": ["..."]})
    >>> str(feedback_for(key, "a:1", "agreed"))
    'Not quite: you said agreed, the answer is conflicting (number). 2019 or 2018?'
    """
    row = key.loc[key["claim_id"] == claim_id]
    if row.empty:
        raise WorkshopError(f"claim {claim_id!r} is not in the answer key")
    r = row.iloc[0]
    return Feedback(claim_id, answer, str(r["verdict"]), str(r["kind"]), str(r["explanation"]), tuple(r["words"]))


@dataclass(frozen=True)
class Score:
    """A learner's score: ``correct`` of ``total`` claims (unanswered claims count as not right)."""

    answered: int
    correct: int
    total: int
    by_kind: pd.DataFrame  # kind, claims, answered, correct, share
    misses: pd.DataFrame  # claim_id, outlet, text, answer, right, kind, explanation (wrong or unanswered)

    @property
    def share(self) -> float:
        """Right answers out of all claims of the key, 0 to 1."""
        return self.correct / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.correct} of {self.total} right ({self.share:.0%}), {self.answered} answered"


def score_answers(answers: Mapping[str, str], key: pd.DataFrame) -> Score:
    """Score ``answers`` (claim id -> verdict) against a resolved key.

    Answers on claims the key does not hold are ignored; a claim left
    unanswered is listed among the misses with answer ``""``.

    >>> key = pd.DataFrame({"claim_id": ["a:1", "a:2", "b:1"], "outlet": ["A", "A", "B"],
    ...     "verdict": ["conflicting", "agreed", "conflicting"], "kind": ["number", "alias", "number"],
    ...     "explanation": ["", "", ""], "words": [(), (), ()], "text": ["", "", ""]})
    >>> s = score_answers({"a:1": "conflicting", "a:2": "conflicting"}, key)
    >>> str(s), s.by_kind[["kind", "claims", "correct"]].values.tolist()
    ('1 of 3 right (33%), 2 answered', [['number', 2, 1], ['alias', 1, 0]])
    """
    require(key, _RESOLVED, table="resolved answer key", made_by="AnswerKey.resolve(table)")
    if not isinstance(answers, Mapping):
        raise TypeError(f"answers is a mapping of claim id to verdict, not {type(answers).__name__}")
    bad = sorted({str(v) for v in answers.values() if v not in VERDICTS})
    if bad:
        raise WorkshopError(f"an answer is {bad[0]!r}, not one of {', '.join(VERDICTS)}")
    given = [str(answers.get(cid, "")) for cid in key["claim_id"]]
    right = key["verdict"].astype(str).tolist()
    hit = [g == r for g, r in zip(given, right)]
    frame = key.assign(answer=given, correct=hit, answered=[g != "" for g in given])
    kinds = [k for k in KINDS if k in set(frame["kind"])]
    by_kind = (
        frame.groupby("kind", sort=False)
        .agg(claims=("claim_id", "size"), answered=("answered", "sum"), correct=("correct", "sum"))
        .reindex(kinds)
        .reset_index()
        .astype({"claims": int, "answered": int, "correct": int})
    )
    by_kind["share"] = by_kind["correct"] / by_kind["claims"]
    misses = frame.loc[~frame["correct"], ["claim_id", "outlet", "text", "answer", "verdict", "kind", "explanation"]]
    return Score(
        answered=int(frame["answered"].sum()),
        correct=int(sum(hit)),
        total=len(frame),
        by_kind=by_kind,
        misses=misses.rename(columns={"verdict": "right"}).reset_index(drop=True),
    )
