"""What is worked out from one claim's tokens alone, once, however many comparisons meet the claim.

Wire copy compares one wording with several others (a cluster's reference, its longest wording, each
wording of a small cluster): the work that reads one side only would otherwise be done once per comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

__all__ = ["per_tokens"]

R = TypeVar("R")

#: The memory forgets everything when it holds this many token tuples: comparisons run cluster by cluster, so
#: an old wording is seldom met again, and what is remembered stays in memory after the run.
MOST = 2048


def per_tokens(func: Callable[[Any], R]) -> Callable[[Any], R]:
    """``func(tokens)``, remembered by the identity of the ``tokens`` tuple (tuples never change; the tuple is
    kept, so its id is not reused while remembered); a list is worked out each time. ``func``'s result must not
    be changed by its callers.

    >>> calls = []
    >>> @per_tokens
    ... def words(tokens):
    ...     calls.append(1)
    ...     return len(tokens)
    >>> t = ("a", "b")
    >>> words(t), words(t), len(calls)
    (2, 2, 1)
    """
    seen: dict[int, tuple[tuple, R]] = {}

    @wraps(func)
    def remembered(tokens: Any) -> R:
        if type(tokens) is not tuple:
            return func(tokens)
        hit = seen.get(id(tokens))
        if hit is not None and hit[0] is tokens:
            return hit[1]
        found = func(tokens)
        if len(seen) >= MOST:
            seen.clear()
        seen[id(tokens)] = (tokens, found)
        return found

    return remembered
