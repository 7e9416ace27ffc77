"""The fact reviewer: the ipywidgets view over a :class:`~factcheck.review.facts.FactSession`.

One card per fact, each distinct wording once with its outlets; one click (or
key) records the verdict for every claim of the fact. "Except" picks outlets
that get another verdict ("conflicting: only Reuters has the typo"). Keys come
through ipyevents exactly as in the claim reviewer (:mod:`.widget`).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd
from ipyevents import Event

from ..schema import VERDICTS
from .facts import FactSession
from .render import VERDICT_LABELS, render_fact
from .widget import ViewActions, verdict_buttons

__all__ = ["FactReviewer"]

KEYS = {"1": "agreed", "2": "conflicting", "3": "single-sourced"}
CHEAT_SHEET = (
    "<b>Keys</b> (pointer over the reviewer): "
    "<kbd>1</kbd> Agreed &nbsp; <kbd>2</kbd> Conflicting &nbsp; <kbd>3</kbd> Single-sourced "
    "(for every claim of the fact, but the outlets picked under <i>Except</i>) &nbsp; "
    "<kbd>j</kbd>/<kbd>&rarr;</kbd> next fact &nbsp; <kbd>k</kbd>/<kbd>&larr;</kbd> back &nbsp; "
    "<kbd>s</kbd> skip &nbsp; <kbd>u</kbd> undo the last fact"
)


class FactReviewer(ViewActions, widgets.VBox):
    """Review a checked-claim table fact by fact: ``Reviewer(table, store, by="fact")``.

    >>> import tempfile, os, factcheck
    >>> r = FactReviewer(factcheck.check("seeds"), store=os.path.join(tempfile.mkdtemp(), "l.jsonl"), analyst="ana")
    >>> r.buttons["agreed"].click(); r.session.progress().facts_decided
    1
    """

    def __init__(
        self, table: pd.DataFrame, store: str | Path = "labels.jsonl", analyst: str | None = None, **options: Any
    ) -> None:
        layout = options.pop("layout", widgets.Layout(align_items="stretch", max_width="1100px"))
        self.session = FactSession(table, store=store, analyst=analyst, **options)
        self.blind = bool(options.get("blind"))
        self.progress_html = widgets.HTML().add_class("fc-progress")
        self.card = widgets.HTML().add_class("fc-card-view")
        self.buttons = verdict_buttons("Record '{verdict}' for the whole fact and go on (key {key})")
        self.back_button = widgets.Button(description="Back", icon="arrow-left", tooltip="Previous fact (k)")
        self.skip_button = widgets.Button(description="Skip", icon="forward", tooltip="Next open fact (s)")
        self.undo_button = widgets.Button(
            description="Undo", icon="undo", tooltip="Withdraw the last fact's verdicts (u)"
        )
        self.except_outlets = widgets.SelectMultiple(
            options=[], description="Except", rows=4, layout=widgets.Layout(width="320px")
        ).add_class("fc-except")
        self.except_verdict = widgets.Dropdown(
            options=list(VERDICTS), value="agreed", description="get", layout=widgets.Layout(width="210px")
        )
        self.note = widgets.Text(
            placeholder="Note for this fact (saved with every claim's verdict)",
            continuous_update=False,
            layout=widgets.Layout(width="100%"),
        ).add_class("fc-note")
        self.jump_box = widgets.Text(
            placeholder="fact or claim id, Enter", continuous_update=False, layout=widgets.Layout(width="220px")
        ).add_class("fc-jump")
        self.status = widgets.HTML().add_class("fc-status")
        self.keyed = widgets.VBox(
            [
                self.progress_html,
                self.card,
                widgets.HBox(list(self.buttons.values())),
                widgets.HBox([self.back_button, self.skip_button, self.undo_button]),
                widgets.HTML(CHEAT_SHEET).add_class("fc-cheatsheet"),
            ],
            layout=widgets.Layout(padding="4px", border="1px solid #e0e4ea"),
        ).add_class("fc-keyed")
        self.shortcuts = Event(source=self.keyed, watched_events=["keydown"], prevent_default_action=True)
        exceptions = widgets.HBox([self.except_outlets, self.except_verdict, self.jump_box])
        super().__init__([self.keyed, exceptions, self.note, self.status], layout=layout)
        self.add_class("fc-reviewer")
        self.add_class("fc-fact-review")
        self._connect()
        self.jump_box.observe(lambda c: c["new"].strip() and self._act(self.session.jump, c["new"]), names=["value"])
        self._refresh()

    # ------------------------------------------------------------ actions
    def decide(self, verdict: str) -> None:
        overrides = dict.fromkeys(self.except_outlets.value, self.except_verdict.value)
        events = self.session.decide(verdict, note=self.note.value, overrides=overrides)
        others = (
            f", {len(overrides)} outlet(s) {html.escape(VERDICT_LABELS[self.except_verdict.value])}"
            if overrides
            else ""
        )
        self._say(f"Saved <b>{html.escape(VERDICT_LABELS[verdict])}</b> for {len(events)} claim(s){others}.")
        self.note.value = ""

    def undo(self) -> None:
        withdrawn = self.session.undo()
        self._say(f"Withdrew your verdicts on {len(withdrawn)} claim(s)." if withdrawn else "Nothing to undo.")

    def _on_key(self, event: dict[str, Any]) -> None:
        key = self._pressed(event)
        action = {"j": self.session.next, "ArrowRight": self.session.next, "ArrowDown": self.session.next,
                  "k": self.session.back, "ArrowLeft": self.session.back, "ArrowUp": self.session.back,
                  "s": self.session.skip, "u": self.undo}.get(key)  # fmt: skip
        if key in KEYS:
            self._act(self.decide, KEYS[key])
        elif action is not None:
            self._act(action)

    # ------------------------------------------------------------ drawing
    def _refresh(self) -> None:
        s = self.session
        p = s.progress()
        fact = s.current
        where = f"fact {s.position + 1} of {p.facts}" if fact is not None else "no fact"
        self.progress_html.value = (
            f"<b>{p.facts_decided} of {p.facts} facts decided</b> &middot; {p.claims_decided} of {p.claims} claims "
            f"&middot; {where} &middot; analyst {html.escape(s.claims.analyst)}{' &middot; blind review' if self.blind else ''}"
        )
        decisions = s.decisions()
        self.card.value = render_fact(
            fact, decisions, blind=self.blind and len(decisions) < len(fact.claims) if fact else False
        )
        outlets = list(fact.outlets) if fact is not None else []
        if list(self.except_outlets.options) != outlets:
            self.except_outlets.value = ()
            self.except_outlets.options = outlets
        chosen = {d["verdict"] for d in decisions.values()}
        for verdict, button in self.buttons.items():
            button.icon = "check" if chosen == {verdict} else ""
