"""The exercise reviewer: the :class:`~factcheck.Reviewer` in exercise mode, a thin view over an
:class:`~factcheck.workshops.ExerciseSession` (which holds the key and the scoring).

``Reviewer(table, store=..., exercise=key, feedback="each")`` opens one. The
kit's suggestion, reasons, filters and notes are gone; beside the claim stand
the closest sentences of the other outlets; after a verdict (or at the end)
the card says right or wrong, marks the words that differ and explains; once
every claim is answered the score shows below, overall and per kind, with the
misses. One of the kit's UI modules (see tests/test_layering.py).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..workshops.exercise import ExerciseSession
from ..workshops.render import render_exercise, render_score
from .render import VERDICT_LABELS
from .widget import KEYS, Reviewer

__all__ = ["ExerciseReviewer"]

CHEAT_SHEET = (
    "<b>Keys</b> (pointer over the exercise): "
    "<kbd>1</kbd> Agreed &nbsp; <kbd>2</kbd> Conflicting &nbsp; <kbd>3</kbd> Single-sourced &nbsp; "
    "<kbd>j</kbd>/<kbd>&rarr;</kbd>/<kbd>Enter</kbd> next claim &nbsp; <kbd>k</kbd>/<kbd>&larr;</kbd> back"
)


class ExerciseReviewer(Reviewer):
    """An exercise on ``table`` scored against ``exercise`` (an answer key or a pack).

    >>> import tempfile, os
    >>> from factcheck.workshops import load_pack
    >>> pack = load_pack("elderwick-fair")
    >>> r = ExerciseReviewer(pack.check(), store=os.path.join(tempfile.mkdtemp(), "a.jsonl"), analyst="ana",
    ...                      exercise=pack.key)
    >>> r.buttons["conflicting"].click(); "Right" in r.card.value
    True
    """

    def __init__(
        self,
        table: pd.DataFrame,
        store: str | Path = "answers.jsonl",
        analyst: str | None = None,
        *,
        exercise: Any,
        feedback: str = "each",
        by: str = "claim",
        **kwargs: Any,
    ) -> None:
        self._exercise = (exercise, feedback)
        self.score_html = widgets.HTML().add_class("fc-score-view")
        super().__init__(table, store, analyst, blind=True, **kwargs)
        self.session: ExerciseSession
        self.add_class("fc-exercise-review")
        for hidden in (self.children[0], self.note):  # the filters and the note box
            hidden.layout.display = "none"
        self.keyed.children[-1].value = CHEAT_SHEET
        self.skip_button.description, self.skip_button.tooltip = "Next", "Next claim to answer (j, → or Enter)"
        self.children = (*self.children, self.score_html)
        self._refresh()

    def _open_session(self, table: pd.DataFrame, **options: Any) -> ExerciseSession:
        key, feedback = self._exercise
        return ExerciseSession(table, key, store=options["store"], analyst=options["analyst"], feedback=feedback)

    # ------------------------------------------------------------ actions
    def decide(self, verdict: str) -> None:
        event = self.session.decide(verdict)
        told = self.session.feedback(event["claim_id"])
        if self.session.finished:
            head = (
                ""
                if told is None or self.session.feedback_mode == "end"
                else "Right. "
                if told.correct
                else "Not quite. "
            )
            self._say(f"<b>{head}All answered</b>: your score is below.")
        elif told is not None:
            head = "Right." if told.correct else "Not quite."
            self._say(f"<b>{head}</b> Read why on the card, then press <kbd>j</kbd> (or Next) for the next claim.")
        else:
            self._say(f"Saved <b>{html.escape(VERDICT_LABELS[verdict])}</b>. The answers show at the end.")

    def _on_key(self, event: dict[str, Any]) -> None:
        key = self._pressed(event)
        if key in KEYS:
            self._act(self.decide, KEYS[key])
        elif key in ("j", "s", "Enter", "ArrowRight", "ArrowDown"):
            self._act(self.session.advance)
        elif key in ("k", "ArrowLeft", "ArrowUp"):
            self._act(self.session.back)
        elif key == "u":
            self._act(self.undo)

    # ------------------------------------------------------------ drawing
    def _refresh(self) -> None:
        s = self.session
        p = s.progress()
        row = s.current
        score = s.score()
        right = f" &middot; {score.correct} right so far" if s.feedback_mode == "each" else ""
        where = f"claim {s.position + 1} of {p.in_queue}" if row is not None else "no claim"
        when = "after each answer" if s.feedback_mode == "each" else "at the end"
        self.progress_html.value = (
            f"<b>{p.decided} of {p.total} answered</b>{right} &middot; {where} &middot; "
            f"learner {html.escape(s.analyst)} &middot; exercise (answers shown {when})"
        )
        decision = s.decision()
        self.card.value = render_exercise(row, s.evidence(), decision, s.feedback())
        for verdict, button in self.buttons.items():
            button.icon = "check" if decision is not None and decision["verdict"] == verdict else ""
            button.disabled = row is None or s.locked()
        self.undo_button.layout.display = "none" if s.feedback_mode == "each" or s.finished else None
        self.score_html.value = render_score(score) if s.finished else ""
