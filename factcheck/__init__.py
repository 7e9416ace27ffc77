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

from .articles import load_articles
from .claimreview import claim_reviews
from .claims import split_claims
from .compare import compare_claims
from .details import claim_details
from .errors import ExportError, FactcheckError, FactcheckWarning, InputError, SchemaError, StoreError, WorkshopError
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
from .summary import summarize, summarize_clusters
from .verdicts import suggest_verdicts
from .vocab import load_aliases

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # factcheck.Reviewer needs ipywidgets: imported on first use, so the pipeline
    # and the command line never load it.
    if name == "Reviewer":
        from .review.widget import Reviewer

        return Reviewer
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")


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
