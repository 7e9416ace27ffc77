"""The learner app: pick a name, do the exercise, see the feedback. Runs as a Voilà app (no code shown).

``learner_app()`` is the one cell of a workshop folder's ``learner.ipynb``;
``factcheck workshop serve DIR`` starts Voilà on it. Each learner's answers go
to ``DIR/answers/<name>.jsonl``; coming back under the same name resumes. One
of the kit's UI modules (see tests/test_layering.py).
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import ipywidgets as widgets

from ..errors import FactcheckError
from ..review.exercise_widget import ExerciseReviewer
from .room import open_workshop

__all__ = ["learner_app"]

_INTRO = (
    "<div class='fc-intro-text'><h2>{title}</h2><p>{outlets} outlets reported this event. Each claim is shown beside "
    "the closest sentence of every other outlet. Decide: do they <b>agree</b>, do they <b>conflict</b> (a typo, a "
    "number, a date, a day, a name, a negation, a word inside a quote), or does only this outlet tell it "
    "(<b>single-sourced</b>)? Your answers are saved as you go; {when}.</p></div>"
)


def learner_app(folder: str | Path | None = None) -> widgets.VBox:
    """The exercise app for the workshop in ``folder`` (default: ``$FACTCHECK_WORKSHOP``, else the
    current folder, which is the notebook's own folder under Voilà).

    >>> import tempfile
    >>> from factcheck.workshops import new_workshop
    >>> room = new_workshop("elderwick-fair", tempfile.mkdtemp() + "/room")
    >>> app = learner_app(room.folder)
    >>> app.name_box.value = "Ana"; app.start_button.click()
    >>> type(app.reviewer).__name__, app.reviewer.session.store.path.name
    ('ExerciseReviewer', 'ana.jsonl')
    """
    room = open_workshop(Path(folder or os.environ.get("FACTCHECK_WORKSHOP") or "."))
    table = room.pack.check()
    when = "the answer and why show after each verdict" if room.feedback == "each" else "the answers show at the end"
    intro = widgets.HTML(
        _INTRO.format(title=html.escape(room.pack.title), outlets=len(room.pack.outlets), when=when)
    ).add_class("fc-app-intro")
    name_box = widgets.Text(placeholder="Your name", description="Name", continuous_update=False).add_class("fc-name")
    start = widgets.Button(description="Start", button_style="primary", icon="play").add_class("fc-start")
    message = widgets.HTML().add_class("fc-app-status")
    app = widgets.VBox([intro, widgets.HBox([name_box, start]), message]).add_class("fc-learner-app")
    app.name_box, app.start_button, app.reviewer = name_box, start, None  # type: ignore[attr-defined]

    def begin(_: object = None) -> None:
        if app.reviewer is not None:  # type: ignore[attr-defined]
            return
        name = name_box.value.strip()
        if not name:
            message.value = "Type your name first, then press Start."
            return
        try:
            reviewer = ExerciseReviewer(
                table, store=room.store_for(name), analyst=name, exercise=room.pack.key, feedback=room.feedback
            )
        except FactcheckError as exc:
            message.value = f"<span style='color:#c62828'>{html.escape(str(exc))}</span>"
            return
        app.reviewer = reviewer  # type: ignore[attr-defined]
        done = reviewer.session.progress().decided
        hello = f"Welcome back, {html.escape(name)}: {done} answered so far." if done else f"Hello {html.escape(name)}."
        message.value = hello + " Keep the mouse pointer over the exercise to use the keys."
        app.children = [intro, message, reviewer]

    start.on_click(begin)
    name_box.observe(lambda change: begin() if change["new"].strip() else None, names=["value"])
    return app
