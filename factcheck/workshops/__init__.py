"""Teaching workshops: exercise packs with answer keys, planted errors, an exercise mode and a class report.

- :mod:`.packs`: :func:`list_packs`, :func:`load_pack`, :func:`write_pack` (three invented events ship with the kit);
- :mod:`.keys`: :class:`AnswerKey`, per claim the right verdict, the kind and an explanation;
- :mod:`.plant`: :func:`plant_errors`, an exercise from real articles in one call;
- :mod:`.exercise` and :mod:`.scoring`: :class:`ExerciseSession` (``Reviewer(..., exercise=key)`` is its view),
  :func:`score_answers`;
- :mod:`.room`: :func:`new_workshop` and :func:`open_workshop`, a folder ready for a room of learners;
- :mod:`.classroom` and :mod:`.class_report`: :func:`class_results`, :func:`render_class_report`;
- :mod:`.app`: ``learner_app()``, the exercise as a Voilà app (imported on first use: it needs ipywidgets).
"""

from __future__ import annotations

from .class_report import render_class_report, write_class_report
from .classroom import ClassResults, class_results
from .exercise import ExerciseSession
from .keys import KINDS, AnswerKey
from .packs import Pack, list_packs, load_pack, write_pack
from .plant import plant_errors
from .room import Workshop, new_workshop, open_workshop
from .scoring import Feedback, Score, score_answers

__all__ = [
    "KINDS",
    "AnswerKey",
    "ClassResults",
    "ExerciseSession",
    "Feedback",
    "Pack",
    "Score",
    "Workshop",
    "class_results",
    "list_packs",
    "load_pack",
    "new_workshop",
    "open_workshop",
    "plant_errors",
    "render_class_report",
    "score_answers",
    "write_class_report",
    "write_pack",
]
