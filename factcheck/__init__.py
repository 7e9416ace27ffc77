"""factcheck: cross-check news claims across outlets.

The data flow, one stage per module, each returning a new table::

    load_articles  ->  split_claims  ->  align_claims  ->  suggest_verdicts  ->  Reviewer  ->  export
    (articles)         (claims)          (matches)         (verdicts)           (decisions)    (files, report)

Several analysts: :func:`assign` splits the claims, ``Reviewer(..., blind=True)``
keeps each first verdict the analyst's own, :func:`agreement` measures how far
they agree, and ``Reviewer(..., adjudicate=True)`` rules where they disagree.

Teaching: :mod:`factcheck.workshops` holds exercise packs with answer keys,
``plant_errors``, the exercise mode (``Reviewer(..., exercise=key)``) and the
class report.

:func:`check` runs the stages in order and returns one row per claim.

>>> import factcheck
>>> table = factcheck.check("seeds")
>>> sorted(set(table["verdict"]))
['agreed', 'conflicting', 'single-sourced']
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

# Public names and the submodule that defines each. ``import factcheck`` loads
# none of them (PEP 562): pandas, scipy and rapidfuzz load on first use, so the
# command line's start-up and a notebook's first cell pay only for what they use.
_SUBMODULE_OF = {
    "load_articles": "articles",
    "claim_reviews": "claimreview",
    "split_claims": "claims",
    "compare_claims": "compare",
    "claim_details": "details",
    "ExportError": "errors",
    "FactcheckError": "errors",
    "FactcheckWarning": "errors",
    "InputError": "errors",
    "SchemaError": "errors",
    "StoreError": "errors",
    "WorkshopError": "errors",
    "export": "export",
    "read_export": "export",
    "align_claims": "matches",
    "check": "pipeline",
    "plot_conflict_types": "plots",
    "plot_coverage": "plots",
    "plot_heatmap": "plots",
    "plot_verdicts": "plots",
    "render_report": "report",
    "AdjudicationSession": "review.adjudication",
    "adjudication_queue": "review.adjudication",
    "agreement": "review.agreement",
    "assign": "review.assign",
    "read_decisions": "review.decisions",
    "FactSession": "review.facts",
    "reviewed": "review.final",
    "ReviewSession": "review.session",
    # factcheck.Reviewer needs ipywidgets: imported on first use only
    "Reviewer": "review.widget",
    "summarize": "summary",
    "summarize_clusters": "summary",
    "suggest_verdicts": "verdicts",
    "load_aliases": "vocab",
}

__version__ = "0.1.0"

if TYPE_CHECKING:  # for type checkers and IDEs: the eager imports the names stand for
    from .articles import load_articles
    from .claimreview import claim_reviews
    from .claims import split_claims
    from .compare import compare_claims
    from .details import claim_details
    from .errors import ExportError, FactcheckError, FactcheckWarning, InputError, SchemaError, StoreError
    from .export import export, read_export
    from .matches import align_claims
    from .pipeline import check
    from .plots import plot_conflict_types, plot_coverage, plot_heatmap, plot_verdicts
    from .report import render_report
    from .review import (
        AdjudicationSession,
        FactSession,
        ReviewSession,
        adjudication_queue,
        agreement,
        assign,
        read_decisions,
        reviewed,
    )
    from .review.widget import Reviewer
    from .summary import summarize, summarize_clusters
    from .verdicts import suggest_verdicts
    from .vocab import load_aliases


def __getattr__(name: str) -> object:
    module = _SUBMODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    if name != "Reviewer":  # cache it; Reviewer stays lazy so that a failed ipywidgets import is retried
        globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The package module: importing the submodule ``factcheck.export`` must not hide the
    function ``factcheck.export`` (the import system sets the submodule as an attribute
    of its package; the eager imports this file used to make assigned the function after it)."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and _SUBMODULE_OF.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "AdjudicationSession",
    "ExportError",
    "FactSession",
    "FactcheckError",
    "FactcheckWarning",
    "InputError",
    "ReviewSession",
    "Reviewer",
    "SchemaError",
    "StoreError",
    "WorkshopError",
    "__version__",
    "adjudication_queue",
    "agreement",
    "align_claims",
    "assign",
    "check",
    "claim_details",
    "claim_reviews",
    "compare_claims",
    "export",
    "load_aliases",
    "load_articles",
    "plot_conflict_types",
    "plot_coverage",
    "plot_heatmap",
    "plot_verdicts",
    "read_decisions",
    "read_export",
    "render_report",
    "reviewed",
    "split_claims",
    "suggest_verdicts",
    "summarize",
    "summarize_clusters",
]
