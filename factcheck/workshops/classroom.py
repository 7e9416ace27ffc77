"""The class view: every learner's answers against the key, in a few frames.

:func:`class_results` reads the learners' stores (one file per learner, a
folder of them, or one shared store) and returns :class:`ClassResults`:
scores, the hardest claims, the kinds the room missed most, a confusion
matrix against the key, the agreement between learners (the figures of
:func:`factcheck.agreement`), and the kit's own score on the same key.
:func:`~factcheck.workshops.render_class_report` turns it into one HTML file.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..review.agreement import MIN_SHARED, Agreement, agreement
from ..review.decisions import load_events
from ..review.store import standing
from ..schema import VERDICTS, require
from .keys import KINDS, AnswerKey
from .scoring import Score, score_answers

__all__ = ["ClassResults", "class_results", "learner_stores"]


def learner_stores(stores: str | Path | Sequence[str | Path]) -> list[Path]:
    """The store files among ``stores``: files as given, folders as the ``.jsonl`` files in them (name order).

    >>> learner_stores([])
    []
    """
    given = [stores] if isinstance(stores, str | Path) else list(stores)
    out: list[Path] = []
    for item in given:
        path = Path(item)
        out += sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class ClassResults:
    """What the room did; every frame is new and safe to change."""

    learners: list[str]  # as shown: names, or "Learner 1", ... when hidden
    scores: pd.DataFrame  # learner, answered, correct, total, share (best first)
    by_kind: pd.DataFrame  # one row per learner, one column per kind: the share right
    hardest: pd.DataFrame  # claim_id, outlet, text, right, kind, explanation, answered, correct, share, wrong
    kinds: pd.DataFrame  # kind, claims, answers, correct, misses, miss_rate (most missed first)
    confusion: pd.DataFrame  # rows: the key's verdict; columns: the learners' verdicts; counts of answers
    kit: Score  # the kit's own suggestions scored against the key
    agreement: Agreement | None  # between learners (two or more), on the key's claims
    title: str = ""
    hide_names: bool = False

    def __str__(self) -> str:
        if not self.learners:
            return f"{self.title or 'Exercise'}: no answers yet."
        mean = self.scores["share"].mean()
        return (
            f"{self.title or 'Exercise'}: {len(self.learners)} learner{'s' * (len(self.learners) != 1)}, "
            f"{mean:.0%} right on average; "
            f"the kit {self.kit.share:.0%}"
        )


def _pseudonyms(agreed: Agreement, names: dict[str, str]) -> Agreement:
    def rename(frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.rename(columns=names)
        for column in ("analyst", "analyst_a", "analyst_b"):
            if column in frame.columns:
                frame[column] = frame[column].map(lambda a: names.get(a, a))
        return frame

    return dataclasses.replace(
        agreed,
        ratings=rename(agreed.ratings),
        pairwise=rename(agreed.pairwise),
        vs_kit=rename(agreed.vs_kit),
        analysts=[names.get(a, a) for a in agreed.analysts],
    )


def class_results(
    stores: str | Path | Sequence[str | Path],
    table: pd.DataFrame,
    key: AnswerKey | Any,
    *,
    hide_names: bool = False,
    min_shared: int = MIN_SHARED,
) -> ClassResults:
    """Score every learner whose answers are in ``stores`` against ``key`` on ``table``
    (what :func:`factcheck.check` made of the pack). ``hide_names`` shows
    "Learner 1", "Learner 2", ... (best score first) instead of names.

    >>> import tempfile, os
    >>> from factcheck.workshops import ExerciseSession, load_pack
    >>> pack = load_pack("elderwick-fair"); table = pack.check(); folder = tempfile.mkdtemp()
    >>> for who in ("ana", "ben"):
    ...     s = ExerciseSession(table, pack.key, store=os.path.join(folder, who + ".jsonl"), analyst=who)
    ...     for row in s.key.itertuples():
    ...         _ = s.jump(row.claim_id); _ = s.decide(row.verdict if who == "ana" else "agreed")
    >>> results = class_results(folder, table, pack.key, hide_names=True)
    >>> results.scores[["learner", "correct", "total"]].values.tolist()
    [['Learner 1', 29, 29], ['Learner 2', 11, 29]]
    """
    key = getattr(key, "key", key)
    if not isinstance(key, AnswerKey):
        raise TypeError(f"key is an answer key (load_pack(...).key), not {type(key).__name__}")
    require(table, ("claim_id", "source", "text", "verdict"), table="checked-claim", made_by="factcheck.check()")
    resolved = key.resolve(table)
    keyed = set(resolved["claim_id"])
    paths = learner_stores(stores)
    events = load_events(paths) if paths else []
    answers: dict[str, dict[str, str]] = {}
    for (cid, who), event in sorted(standing(events, role="analyst").items()):
        if cid in keyed:
            answers.setdefault(str(who), {})[cid] = str(event["verdict"])
    scored = {who: score_answers(given, resolved) for who, given in answers.items()}
    ranked = sorted(scored, key=lambda who: (-scored[who].correct, who))
    names = {who: (f"Learner {n}" if hide_names else who) for n, who in enumerate(ranked, 1)}
    scores = pd.DataFrame(
        [(names[w], scored[w].answered, scored[w].correct, scored[w].total, scored[w].share) for w in ranked],
        columns=["learner", "answered", "correct", "total", "share"],
    )
    kinds = [k for k in KINDS if k in set(resolved["kind"])]
    by_kind = pd.DataFrame(
        [[names[w], *scored[w].by_kind.set_index("kind").reindex(kinds)["share"].tolist()] for w in ranked],
        columns=["learner", *kinds],
    )
    rows, tally = [], {k: [0, 0, 0] for k in kinds}  # claims, answers, correct per kind
    confusion = pd.DataFrame(0, index=pd.Index(VERDICTS, name="key"), columns=pd.Index(VERDICTS, name="answer"))
    for r in resolved.itertuples():
        given = [answers[w][r.claim_id] for w in ranked if r.claim_id in answers[w]]
        right = sum(g == r.verdict for g in given)
        wrong = Counter(g for g in given if g != r.verdict).most_common()
        for g in given:
            confusion.loc[r.verdict, g] += 1
        tally[r.kind] = [tally[r.kind][0] + 1, tally[r.kind][1] + len(given), tally[r.kind][2] + right]
        rows.append(
            (
                r.claim_id,
                r.outlet,
                r.text,
                r.verdict,
                r.kind,
                r.explanation,
                len(given),
                right,
                right / len(given) if given else float("nan"),
                ", ".join(f"{v} {n}" for v, n in wrong),
            )
        )
    hardest = pd.DataFrame(
        rows,
        columns=["claim_id", "outlet", "text", "right", "kind", "explanation", "answered", "correct", "share", "wrong"],
    )
    hardest = hardest[hardest["answered"] > 0].sort_values(
        ["share", "answered"], ascending=[True, False], kind="stable"
    )
    per_kind = pd.DataFrame(
        [(k, c, a, ok, a - ok, (a - ok) / a if a else float("nan")) for k, (c, a, ok) in tally.items()],
        columns=["kind", "claims", "answers", "correct", "misses", "miss_rate"],
    ).sort_values(["miss_rate", "misses"], ascending=[False, False], kind="stable", na_position="last")
    kit = score_answers(dict(zip(table["claim_id"].astype(str), table["verdict"].astype(str))), resolved)
    figures = None
    if len(ranked) >= 2:
        figures = agreement(paths, table[table["claim_id"].isin(keyed)], min_shared=min_shared)
        figures = _pseudonyms(figures, names)
    return ClassResults(
        learners=[names[w] for w in ranked],
        scores=scores,
        by_kind=by_kind,
        hardest=hardest.reset_index(drop=True),
        kinds=per_kind.reset_index(drop=True),
        confusion=confusion,
        kit=kit,
        agreement=figures,
        title=key.title,
        hide_names=hide_names,
    )
