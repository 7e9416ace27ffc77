"""The Reviewer widget: a thin ipywidgets view over a :class:`ReviewSession`.

The only module of the kit that imports ipywidgets or ipyevents. Buttons and
keys call the same session methods; after each, the view redraws from the
session. Keys come through ipyevents while the pointer is over the reviewer,
without clicking into it first; ipyevents stops them there and cancels their
default action, so JupyterLab's own single-key shortcuts (1-6 make a heading,
j/k move between cells) never see them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd
from ipyevents import Event

from ..errors import FactcheckError
from ..schema import CONFLICT_TYPES, VERDICTS
from .adjudication import AdjudicationSession
from .render import VERDICT_LABELS, render_claim
from .session import ReviewSession

__all__ = ["Reviewer"]

KEYS = {
    "1": "agreed",
    "2": "conflicting",
    "3": "single-sourced",
}
CHEAT_SHEET = (
    "<b>Keys</b> (pointer over the reviewer): "
    "<kbd>1</kbd> Agreed &nbsp; <kbd>2</kbd> Conflicting &nbsp; <kbd>3</kbd> Single-sourced &nbsp; "
    "<kbd>j</kbd>/<kbd>&rarr;</kbd> next &nbsp; <kbd>k</kbd>/<kbd>&larr;</kbd> back &nbsp; "
    "<kbd>s</kbd> skip &nbsp; <kbd>u</kbd> undo &nbsp; <kbd>n</kbd> write a note (<kbd>Enter</kbd> when done)"
)
_ALL = "(all)"


def verdict_buttons(tooltip: str) -> dict[str, widgets.Button]:
    """One button per verdict, keys 1-3; ``tooltip`` may name ``{verdict}`` and ``{key}``."""
    return {
        verdict: widgets.Button(
            description=VERDICT_LABELS[verdict],
            button_style={"agreed": "success", "conflicting": "danger", "single-sourced": ""}[verdict],
            tooltip=tooltip.format(verdict=verdict, key=key),
            layout=widgets.Layout(width="150px"),
        ).add_class(f"fc-btn-{verdict.split('-')[0]}")
        for key, verdict in zip("123", VERDICTS)
    }


class ViewActions:
    """What both reviewers do around an action: run it, show a problem instead of raising it, redraw."""

    status: widgets.HTML
    shortcuts: Event
    buttons: dict[str, widgets.Button]
    back_button: widgets.Button
    skip_button: widgets.Button
    undo_button: widgets.Button
    session: Any

    def _refresh(self) -> None:
        raise NotImplementedError

    def _say(self, message: str) -> None:
        self.status.value = message

    def _connect(self) -> None:
        """Verdict buttons decide, Back/Skip/Undo move, keys go to ``_on_key``: the same in every reviewer."""
        for verdict, button in self.buttons.items():
            button.on_click(lambda _b, v=verdict: self._act(self.decide, v))
        self.back_button.on_click(lambda _b: self._act(self.session.back))
        self.skip_button.on_click(lambda _b: self._act(self.session.skip))
        self.undo_button.on_click(lambda _b: self._act(self.undo))
        self.shortcuts.on_dom_event(self._on_key)

    @staticmethod
    def _pressed(event: dict[str, Any]) -> str:
        """The key of a plain keydown (no Ctrl, Meta or Alt held), else ""."""
        if event.get("type", event.get("event")) != "keydown" or any(
            event.get(k) for k in ("ctrlKey", "metaKey", "altKey")
        ):
            return ""
        return str(event.get("key", ""))

    def _act(self, action: Any, *args: Any) -> None:
        """Run an action and redraw; a problem is shown, not raised into the void."""
        self.shortcuts.watched_events = ["keydown"]  # any action ends note typing
        try:
            action(*args)
        except (FactcheckError, KeyError, LookupError, ValueError) as exc:
            self._say(f'<span style="color:#c62828">{html.escape(str(exc).strip(chr(39)))}</span>')
        self._refresh()


class Reviewer(ViewActions, widgets.VBox):
    """Review a checked-claim table in JupyterLab, Notebook 7 or Voilà.

    ``store`` is the decisions file (JSON Lines; every decision is saved to it
    at once), ``analyst`` the name recorded with each decision. Reopening a
    Reviewer on the same store resumes where the analyst stopped.

    Several analysts: ``blind=True`` hides the kit's suggestion, its reasons
    and marks, and other analysts' verdicts until this analyst has decided the
    claim; ``assignment`` (from :func:`~factcheck.assign`) opens on this
    analyst's claims; ``adjudicate=True`` opens the adjudication queue (the
    claims analysts disagree on, and with ``overruled=True`` those they all
    overrule the kit on), every analyst's verdict and note side by side, and
    records the ``analyst``'s rulings. ``read_from`` names other analysts' own
    stores to read (decisions are written to ``store`` only).

    ``by="fact"`` reviews fact by fact instead: one verdict for every claim of
    a fact, each distinct wording shown once with its outlets (a
    :class:`~factcheck.review.fact_widget.FactReviewer`).

    ``exercise=key`` (an answer key, see :mod:`factcheck.workshops`) opens an
    exercise instead: the kit's suggestion and reasons hidden, right or wrong
    with the explanation after each verdict (``feedback="each"``) or once all
    are answered (``feedback="end"``), and the score (an
    :class:`~factcheck.review.exercise_widget.ExerciseReviewer`).

    >>> import tempfile, os, factcheck
    >>> r = Reviewer(factcheck.check("seeds"), store=os.path.join(tempfile.mkdtemp(), "l.jsonl"), analyst="ana")
    >>> r.buttons["agreed"].click(); r.session.progress().decided
    1
    """

    def __new__(cls, *args: Any, by: str = "claim", exercise: Any = None, **kwargs: Any) -> Any:
        if exercise is not None:
            if by != "claim":
                raise ValueError("an exercise is reviewed claim by claim; leave out by=")
            # An ExerciseReviewer, which Python then initialises with the same arguments.
            from .exercise_widget import ExerciseReviewer

            return super().__new__(ExerciseReviewer if cls is Reviewer else cls)
        if by == "fact":
            from .fact_widget import FactReviewer

            return FactReviewer(*args, **kwargs)
        if by != "claim":
            raise ValueError(f"by must be 'claim' or 'fact', not {by!r}")
        return super().__new__(cls)

    def __init__(
        self,
        table: pd.DataFrame,
        store: str | Path = "labels.jsonl",
        analyst: str | None = None,
        *,
        blind: bool = False,
        assignment: pd.DataFrame | None = None,
        adjudicate: bool = False,
        overruled: bool = False,
        read_from: Sequence[str | Path] = (),
        by: str = "claim",
        **kwargs: Any,
    ) -> None:
        if adjudicate and (blind or assignment is not None):
            raise ValueError(
                "adjudicate=True shows every analyst's verdict, on the claims they disagree on: "
                "it cannot be blind or follow an assignment; open the adjudication without blind= and assignment="
            )
        self.adjudicate = adjudicate
        self.session: ReviewSession = (
            AdjudicationSession(table, store=store, adjudicator=analyst, read_from=read_from, overruled=overruled)
            if adjudicate
            else self._open_session(
                table, store=store, analyst=analyst, blind=blind, assignment=assignment, read_from=read_from
            )
        )
        self._drawing = False
        self.progress_html = widgets.HTML().add_class("fc-progress")
        self.card = widgets.HTML().add_class("fc-card-view")
        self.buttons = verdict_buttons(("Rule" if adjudicate else "Record") + " '{verdict}' and go on (key {key})")
        self.back_button = widgets.Button(
            description="Back", icon="arrow-left", tooltip="Previous claim (k)"
        ).add_class("fc-btn-back")
        self.skip_button = widgets.Button(
            description="Skip", icon="forward", tooltip="Next undecided claim (s)"
        ).add_class("fc-btn-skip")
        self.undo_button = widgets.Button(
            description="Undo", icon="undo", tooltip="Withdraw your last verdict (u)"
        ).add_class("fc-btn-undo")
        self.note = widgets.Text(
            placeholder="Note for this claim (press n, type, Enter)",
            continuous_update=False,
            layout=widgets.Layout(width="100%"),
        ).add_class("fc-note")
        sources = sorted({str(s) for s in table["source"]})
        self.verdict_filter = widgets.Dropdown(
            options=[_ALL, *VERDICTS], description="Suggested", layout=widgets.Layout(width="230px")
        )
        self.source_filter = widgets.Dropdown(
            options=[_ALL, *sources], description="Outlet", layout=widgets.Layout(width="230px")
        )
        self.type_filter = widgets.Dropdown(
            options=[_ALL, *CONFLICT_TYPES], description="Conflict", layout=widgets.Layout(width="210px")
        )
        self.undecided_filter = widgets.Checkbox(
            description="Undecided only", indent=False, layout=widgets.Layout(width="130px")
        )
        # Decisions made before the outlet edited the sentence: they come back for review.
        self.stale_filter = widgets.Checkbox(
            description="Needs another look", indent=False, layout=widgets.Layout(width="160px")
        )
        self.jump_box = widgets.Text(
            placeholder="claim id, Enter", continuous_update=False, layout=widgets.Layout(width="190px")
        ).add_class("fc-jump")
        self.status = widgets.HTML().add_class("fc-status")
        cheat = widgets.HTML(CHEAT_SHEET).add_class("fc-cheatsheet")

        # The keyed area: keys are caught while the pointer is over it. The note and
        # the filters sit outside it, so typing in them is never taken for a shortcut.
        self.keyed = widgets.VBox(
            [
                self.progress_html,
                self.card,
                widgets.HBox(list(self.buttons.values())),
                widgets.HBox([self.back_button, self.skip_button, self.undo_button]),
                cheat,
            ],
            layout=widgets.Layout(padding="4px", border="1px solid #e0e4ea"),
        ).add_class("fc-keyed")
        self.shortcuts = Event(source=self.keyed, watched_events=["keydown"], prevent_default_action=True)
        filters = widgets.HBox(
            [
                self.verdict_filter,
                self.source_filter,
                self.type_filter,
                self.undecided_filter,
                self.stale_filter,
                self.jump_box,
            ],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        kwargs.setdefault("layout", widgets.Layout(align_items="stretch", max_width="1100px"))
        super().__init__([filters, self.keyed, self.note, self.status], **kwargs)
        self.add_class("fc-reviewer")
        if blind:  # filtering by the suggestion would reveal it
            self.add_class("fc-blind-review")
            self.verdict_filter.layout.display = self.type_filter.layout.display = "none"
        if adjudicate:
            self.add_class("fc-adjudication")

        self._connect()
        self.note.observe(self._on_note, names=["value"])
        self.jump_box.observe(self._on_jump, names=["value"])
        for control in (
            self.verdict_filter,
            self.source_filter,
            self.type_filter,
            self.undecided_filter,
            self.stale_filter,
        ):
            control.observe(lambda _c: self._act(self._apply_filters), names=["value"])
        self._refresh()

    def _open_session(self, table: pd.DataFrame, **options: Any) -> ReviewSession:
        """The session this view shows (an exercise reviewer opens an exercise session)."""
        return ReviewSession(table, **options)

    # ------------------------------------------------------------ actions
    def decide(self, verdict: str) -> None:
        note = self.note.value
        event = self.session.decide(verdict, note=note)
        said = f"Saved <b>{html.escape(VERDICT_LABELS[verdict])}</b>"
        if event.get("blind"):  # now that this analyst has decided, the suggestion may be told
            kit = (self.session.suggestion(event["claim_id"]) or ("?", ""))[0]
            said += f" (decided blind; the kit had suggested {html.escape(VERDICT_LABELS.get(kit, kit))})"
        self._say(said + ".")

    def undo(self) -> None:
        withdrawn = self.session.undo()
        self._say(
            f"Withdrew your {'ruling' if self.adjudicate else 'verdict'} on {html.escape(withdrawn['claim_id'])}."
            if withdrawn
            else "Nothing to undo."
        )

    def _apply_filters(self) -> None:
        def pick(control: widgets.Dropdown) -> tuple[str, ...]:
            return () if control.value == _ALL else (control.value,)

        self.session.filter(
            verdicts=pick(self.verdict_filter),
            sources=pick(self.source_filter),
            conflict_types=pick(self.type_filter),
            undecided=self.undecided_filter.value,
            stale=self.stale_filter.value,
        )

    def _on_key(self, event: dict[str, Any]) -> None:
        key = self._pressed(event)
        if key in KEYS:
            self._act(self.decide, KEYS[key])
        elif key in ("j", "ArrowRight", "ArrowDown"):
            self._act(self.session.next)
        elif key in ("k", "ArrowLeft", "ArrowUp"):
            self._act(self.session.back)
        elif key == "s":
            self._act(self.session.skip)
        elif key == "u":
            self._act(self.undo)
        elif key == "n":
            self._start_note()

    def _start_note(self) -> None:
        # While the pointer is over the keyed area, ipyevents takes every key: pause
        # it so the note can be typed, until Enter (or leaving the box) submits it.
        self.shortcuts.watched_events = []
        self.note.focus()
        self._say("Type the note, then press <kbd>Enter</kbd>.")

    def _on_note(self, change: dict[str, Any]) -> None:
        if self._drawing:
            return
        self.shortcuts.watched_events = ["keydown"]
        if self.session.decision() is not None:
            self._act(self.session.annotate, change["new"])
            self._say("Note saved with your verdict.")
        else:
            self._say("Note kept: it is saved with your verdict.")

    def _on_jump(self, change: dict[str, Any]) -> None:
        if change["new"].strip():
            self._act(self.session.jump, change["new"])

    # ------------------------------------------------------------ drawing
    def _refresh(self) -> None:
        s = self.session
        p = s.progress()
        row = s.current
        counts = " &middot; ".join(f"{html.escape(VERDICT_LABELS[v])} {p.by_verdict.get(v, 0)}" for v in VERDICTS)
        where = f"claim {s.position + 1} of {p.in_queue} shown" if row is not None else "no claim shown"
        stale = f" &middot; <span style='color:#b26a00'>{p.stale} stale</span>" if p.stale else ""
        done, who = ("adjudicated", "adjudicator") if self.adjudicate else ("decided", "analyst")
        mode = " &middot; blind review" if s.blind else ""
        self.progress_html.value = f"<b>{p.decided} of {p.total} {done}</b> &middot; {counts}{stale} &middot; {where} &middot; {who} {html.escape(s.analyst)}{mode}"
        decision = s.decision()
        self.card.value = render_claim(
            row,
            s.counterparts(),
            decision,
            stale=s.is_stale(),
            blind=row is not None and not s.revealed(),
            others=s.others(),
            ruling=self.adjudicate,
        )
        for verdict, button in self.buttons.items():
            chosen = decision is not None and decision["verdict"] == verdict
            button.icon = "check" if chosen else ""
        self._drawing = True
        try:
            self.note.value = decision.get("note", "") if decision else ""
        finally:
            self._drawing = False
