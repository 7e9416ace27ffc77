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

from typing import Any

from .adjudication import AdjudicationSession, adjudication_queue
from .agreement import Agreement, agreement
from .assign import assign
from .decisions import load_events, read_decisions
from .facts import FactSession
from .final import reviewed
from .session import Progress, ReviewSession
from .store import DecisionStore

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
    # The widget needs ipywidgets; logic and command-line use must not pay for it.
    if name == "Reviewer":
        from .widget import Reviewer

        return Reviewer
    raise AttributeError(name)
