"""Review: analysts' verdicts on a checked-claim table, never lost.

- :mod:`.store`: the decisions file, an append-only JSON Lines event log;
- :mod:`.decisions`: the standing decisions, from one store or several;
- :mod:`.session`: :class:`ReviewSession`, the review state in plain Python;
- :mod:`.facts`: :class:`FactSession`, review by fact (one verdict for every claim of a fact);
- :mod:`.assign`: :func:`assign`, who reviews which claims;
- :mod:`.final`: :func:`reviewed`, the final verdict per claim (adjudicated > unanimous > majority > single);
- :mod:`.agreement`: :func:`agreement`, how far the analysts agree (κ, α);
- :mod:`.adjudication`: :func:`adjudication_queue` and :class:`AdjudicationSession`, where they disagree;
- :mod:`.render`: the HTML of one claim beside its counterparts;
- :mod:`.widget` and :mod:`.fact_widget`: :class:`Reviewer`, the ipywidgets views (imported on first use).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

# Each public name and its submodule, imported on first use (PEP 562): the command line reads a
# default from .agreement without loading every review module.
_SUBMODULE_OF = {
    "AdjudicationSession": "adjudication",
    "adjudication_queue": "adjudication",
    "Agreement": "agreement",
    "agreement": "agreement",
    "assign": "assign",
    "load_events": "decisions",
    "read_decisions": "decisions",
    "FactSession": "facts",
    "reviewed": "final",
    "Progress": "session",
    "ReviewSession": "session",
    "DecisionStore": "store",
}

if TYPE_CHECKING:
    from .adjudication import AdjudicationSession, adjudication_queue
    from .agreement import Agreement, agreement
    from .assign import assign
    from .decisions import load_events, read_decisions
    from .facts import FactSession
    from .final import reviewed
    from .session import Progress, ReviewSession
    from .store import DecisionStore
    from .widget import Reviewer

__all__ = [
    "AdjudicationSession",
    "Agreement",
    "DecisionStore",
    "FactSession",
    "Progress",
    "ReviewSession",
    "Reviewer",
    "adjudication_queue",
    "agreement",
    "assign",
    "load_events",
    "read_decisions",
    "reviewed",
]


def __getattr__(name: str) -> Any:
    # The widget needs ipywidgets; logic and command-line use must not pay for it. It stays
    # uncached, so that a failed ipywidgets import is retried.
    if name == "Reviewer":
        from .widget import Reviewer

        return Reviewer
    module = _SUBMODULE_OF.get(name)
    if module is None:
        raise AttributeError(name)
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """Importing the submodule ``.agreement`` (or ``.assign``) must not hide the function of that name
    (the import system sets a submodule as an attribute of its package), as in ``factcheck``."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and _SUBMODULE_OF.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
