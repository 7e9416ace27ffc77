"""Small pieces of review state: who is reviewing, which claims are shown, how far along."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field

from ..schema import VERDICTS

__all__ = ["Filters", "Progress", "default_analyst"]


def default_analyst() -> str:
    """``$FACTCHECK_ANALYST``, else the login name."""
    name = os.environ.get("FACTCHECK_ANALYST", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "analyst"


@dataclass(frozen=True)
class Filters:
    """Which claims the queue holds. Empty tuples mean "all"."""

    verdicts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    conflict_types: tuple[str, ...] = ()
    undecided: bool = False
    stale: bool = False


@dataclass(frozen=True)
class Progress:
    decided: int
    total: int
    by_verdict: dict[str, int] = field(default_factory=dict)
    in_queue: int = 0
    decided_in_queue: int = 0
    stale: int = 0

    def __str__(self) -> str:
        counts = ", ".join(f"{v} {self.by_verdict.get(v, 0)}" for v in VERDICTS)
        return f"{self.decided} of {self.total} decided ({counts})"
