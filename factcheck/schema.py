"""The contract between stages: which columns each table carries.

Each stage calls :func:`require` once on its input frame, so a frame that is
missing a column fails at the door with a message naming the column, instead
of deep inside the stage with a ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import pandas as pd

from .errors import SchemaError

Verdict = Literal["agreed", "conflicting", "single-sourced"]
VERDICTS: tuple[Verdict, ...] = ("agreed", "conflicting", "single-sourced")

#: Kinds of substantive difference that make a pair of claims conflict.
CONFLICT_TYPES = ("spelling", "number", "date", "time", "weekday", "name", "negation", "quote")

ARTICLE_COLUMNS = (
    "article_id",
    "path",
    "source",
    "publisher",
    "title",
    "byline",
    "published",
    "dateline",
    "url",
    "format",
    "encoding",
    "text",
)

CLAIM_COLUMNS = ("claim_id", "article_id", "source", "position", "start", "end", "text")

#: What :func:`factcheck.claim_details` adds: tuples of the words as printed.
DETAIL_COLUMNS = ("numbers", "dates", "weekdays", "names", "quotes", "negations")

MATCH_COLUMNS = ("claim_id", "other_id", "source", "other_source", "score", "overlap", "cluster_id")

VERDICT_COLUMNS = (
    "claim_id",
    "verdict",
    "reasons",
    "conflict_types",
    "counterparts",
    "cluster_id",
    "score",
)

#: The one-row-per-claim table that :func:`factcheck.check` returns.
TABLE_COLUMNS = (
    "claim_id",
    "article_id",
    "path",
    "source",
    "position",
    "text",
    "verdict",
    "reasons",
    "conflict_types",
    "counterparts",
    "cluster_id",
    "score",
)


def require(frame: object, columns: Iterable[str], *, table: str, made_by: str) -> pd.DataFrame:
    """Check that ``frame`` is a DataFrame carrying ``columns``; return it unchanged.

    >>> require(pd.DataFrame({"a": [1]}), ["a"], table="demo", made_by="hand")["a"].tolist()
    [1]
    """
    if not isinstance(frame, pd.DataFrame):
        raise SchemaError(
            f"expected the {table} table as a pandas DataFrame, got {type(frame).__name__}; make it with {made_by}."
        )
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SchemaError(
            f"the {table} table is missing column(s) {', '.join(map(repr, missing))}; "
            f"make it with {made_by} (it has: {', '.join(map(str, frame.columns)) or 'no columns'})."
        )
    return frame
