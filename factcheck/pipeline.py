"""The whole pipeline in one call: the only module that knows the order of the stages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal

import pandas as pd

from .articles import load_articles
from .claims import split_claims
from .matches import MIN_SCORE, SURE_SCORE, align_claims
from .schema import TABLE_COLUMNS
from .verdicts import suggest_verdicts
from .vocab import load_aliases

__all__ = ["check", "check_articles"]

#: Article columns carried into the claim table, for exports that cite sources.
ARTICLE_EXTRAS = ("title", "publisher", "published", "url")


def check(
    paths: str | Path | Iterable[str | Path],
    *,
    min_score: float = MIN_SCORE,
    sure_score: float = SURE_SCORE,
    aliases: str | Path | Mapping[str, str] | None = None,
    errors: Literal["raise", "skip"] = "raise",
    progress: bool = False,
) -> pd.DataFrame:
    """Load articles, split claims, align them across outlets and suggest verdicts.

    Returns one row per claim: ``claim_id``, ``article_id``, ``path``,
    ``source``, ``position``, ``text``, ``verdict``, ``reasons``,
    ``conflict_types``, ``counterparts``, ``cluster_id``, ``score``, then
    ``start``/``end`` (the claim's place in the article text) and the
    article's ``title``, ``publisher``, ``published`` and ``url``. The
    settings used are in ``table.attrs["settings"]``. ``errors="skip"``
    leaves out unreadable files and records (with a warning listing them)
    instead of stopping at the first. ``progress`` shows
    progress bars on stderr while long stages run (the command line turns
    them on when stderr is a terminal).

    >>> table = check("seeds")
    >>> table["verdict"].value_counts().to_dict()
    {'single-sourced': 12, 'agreed': 11, 'conflicting': 4}
    """
    articles = load_articles(paths, errors=errors, progress=progress)
    return check_articles(articles, min_score=min_score, sure_score=sure_score, aliases=aliases, progress=progress)


def check_articles(
    articles: pd.DataFrame,
    *,
    min_score: float = MIN_SCORE,
    sure_score: float = SURE_SCORE,
    aliases: str | Path | Mapping[str, str] | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """:func:`check` on articles already loaded (a table :func:`~factcheck.load_articles` made,
    perhaps edited): split claims, align them and suggest verdicts.

    >>> from factcheck import load_articles
    >>> check_articles(load_articles("seeds"))["verdict"].value_counts().to_dict()
    {'single-sourced': 12, 'agreed': 11, 'conflicting': 4}
    """
    alias_table = load_aliases(aliases)
    claims = split_claims(articles)
    matches = align_claims(claims, min_score=min_score, sure_score=sure_score, aliases=alias_table, progress=progress)
    verdicts = suggest_verdicts(claims, matches, aliases=alias_table, progress=progress)
    table = (
        claims[["claim_id", "article_id", "source", "position", "text", "start", "end"]]
        .merge(verdicts, on="claim_id", how="left", validate="one_to_one")
        .merge(articles[["article_id", "path", *ARTICLE_EXTRAS]], on="article_id", how="left", validate="many_to_one")
    )
    table = table[[*TABLE_COLUMNS, "start", "end", *ARTICLE_EXTRAS]]
    # Scalars only: pandas deep-copies attrs on every operation, so a list of
    # hundreds of outlet names here made later steps on a big table crawl.
    table.attrs["settings"] = {
        "min_score": min_score,
        "sure_score": sure_score,
        "aliases": "bundled" if aliases is None else str(aliases) if isinstance(aliases, str | Path) else "custom",
        "articles": len(articles),
    }
    return table
