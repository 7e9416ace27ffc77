"""Review: an analyst's verdicts on a checked-claim table, never lost.

- :mod:`.store`: the decisions file, an append-only JSON Lines event log;
- :mod:`.session`: :class:`ReviewSession`, the review state in plain Python;
- :mod:`.render`: the HTML of one claim beside its counterparts;
- :mod:`.widget`: :class:`Reviewer`, the ipywidgets view (imported on first use).
"""

from __future__ import annotations

from typing import Any

from .session import Progress, ReviewSession, reviewed
from .store import DecisionStore, read_decisions

__all__ = ["DecisionStore", "Progress", "ReviewSession", "Reviewer", "read_decisions", "reviewed"]


def __getattr__(name: str) -> Any:
    # The widget needs ipywidgets; logic and command-line use must not pay for it.
    if name == "Reviewer":
        from .widget import Reviewer

        return Reviewer
    raise AttributeError(name)
