"""factcheck: cross-check news claims across outlets.

The data flow, one stage per module, each returning a new table::

    load_articles  ->  split_claims  ->  align_claims  ->  suggest_verdicts  ->  export
    (articles)         (claims)          (matches)         (verdicts)

:func:`check` runs the stages in order and returns one row per claim.

>>> import factcheck
>>> table = factcheck.check("seeds")
>>> sorted(set(table["verdict"]))
['agreed', 'conflicting', 'single-sourced']
"""

from __future__ import annotations

from .articles import FactcheckWarning, load_articles
from .claims import split_claims
from .compare import compare_claims
from .details import claim_details
from .errors import ExportError, FactcheckError, InputError, SchemaError, StoreError
from .export import export, read_export
from .matches import align_claims
from .pipeline import check
from .verdicts import suggest_verdicts
from .vocab import load_aliases

__version__ = "0.1.0"

__all__ = [
    "ExportError",
    "FactcheckError",
    "FactcheckWarning",
    "InputError",
    "SchemaError",
    "StoreError",
    "__version__",
    "align_claims",
    "check",
    "claim_details",
    "compare_claims",
    "export",
    "load_aliases",
    "load_articles",
    "read_export",
    "split_claims",
    "suggest_verdicts",
]
