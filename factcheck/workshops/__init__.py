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

import importlib
from typing import TYPE_CHECKING

# Each public name and its submodule, imported on first use (PEP 562): the command line builds its
# ``workshop`` parser without loading the packs, the planting and the class report.
_SUBMODULE_OF = {
    "render_class_report": "class_report",
    "write_class_report": "class_report",
    "ClassResults": "classroom",
    "class_results": "classroom",
    "ExerciseSession": "exercise",
    "KINDS": "keys",
    "AnswerKey": "keys",
    "Pack": "packs",
    "list_packs": "packs",
    "load_pack": "packs",
    "write_pack": "packs",
    "plant_errors": "plant",
    "Workshop": "room",
    "new_workshop": "room",
    "open_workshop": "room",
    "Feedback": "scoring",
    "Score": "scoring",
    "score_answers": "scoring",
}

if TYPE_CHECKING:
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


def __getattr__(name: str) -> object:
    module = _SUBMODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
