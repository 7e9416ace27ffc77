"""Spread very large runs over the machine's cores.

Only the ``fork`` start method is used: workers inherit the parent's data
without pickling it, and unlike ``spawn``/``forkserver`` they never re-run the
caller's main module (which breaks scripts without an ``if __name__ ==
"__main__"`` guard). Where fork is unavailable, or there is one core, the
batches simply run here, in order. Small inputs never get here: the stages
call :func:`map_batches` only above thresholds of tens of thousands of items.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# What the current pool's workers read; set just before the pool forks them.
_shared: Any = None


def workers() -> int:
    """How many worker processes a large run may use (1 means: run here)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def _call(func: Callable[[T, Any], R], batch: T) -> R:
    return func(batch, _shared)


def map_batches(
    func: Callable[[T, Any], R], batches: Sequence[T], shared: Any, *, parallel: bool = True, progress: str = ""
) -> list[R]:
    """``[func(batch, shared) for batch in batches]``, on all cores if ``parallel``.

    ``func`` must be a module-level function. ``shared`` reaches the workers by
    fork, not by pickling, so it may be large; each batch and each result is
    pickled, so keep those small (index ranges in, compact results out).
    ``progress`` names a progress bar shown on stderr.

    >>> map_batches(pow, [2, 3], 2, parallel=False)
    [4, 9]
    """
    return map_tasks([(func, batch) for batch in batches], shared, parallel=parallel, progress=progress)


def map_tasks(
    tasks: Sequence[tuple[Callable[[Any, Any], Any], Any]], shared: Any, *, parallel: bool = True, progress: str = ""
) -> list[Any]:
    """``[func(batch, shared) for func, batch in tasks]``: :func:`map_batches` for tasks of several kinds,
    so that work the batches do not need (a pass over the whole table) runs beside them, not after.

    >>> map_tasks([(pow, 2), (max, 3)], 2, parallel=False)
    [4, 3]
    """
    global _shared
    n = workers()
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(tasks), desc=progress, unit="batch", leave=False)
    if not parallel or n < 2 or len(tasks) < 2:
        results = []
        for func, batch in tasks:
            results.append(func(batch, shared))
            if bar is not None:
                bar.update()
    else:
        _shared = shared
        results_by_index: dict[int, Any] = {}
        try:
            with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork")) as pool:
                futures = {pool.submit(_call, func, batch): k for k, (func, batch) in enumerate(tasks)}
                for future in as_completed(futures):
                    results_by_index[futures[future]] = future.result()
                    if bar is not None:
                        bar.update()
        finally:
            _shared = None
        results = [results_by_index[k] for k in range(len(tasks))]
    if bar is not None:
        bar.close()
    return results


def split(n: int, parts: int) -> list[range]:
    """``range(n)`` cut into ``parts`` contiguous, nearly equal ranges."""
    parts = max(1, min(parts, n))
    bounds = [round(k * n / parts) for k in range(parts + 1)]
    return [range(bounds[k], bounds[k + 1]) for k in range(parts) if bounds[k] < bounds[k + 1]]
