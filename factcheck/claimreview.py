"""Analysts' decisions -> schema.org ClaimReview markup (JSON-LD), one review per claim cluster.

Writing this file publishes nothing. Search engines read ClaimReview only
from a public page of your own that shows the review to readers: put each
object on that page (and pass its address as ``url``). The kit only
prepares the markup.

A ClaimReview states what people concluded, so it is written only from the
analysts' final verdicts (see :func:`factcheck.reviewed`: adjudicated >
unanimous > majority > single decision), never from the kit's suggestions;
stale decisions (the wording changed since) and ties do not count. The
cluster's verdict follows :func:`factcheck.summary.summarize_clusters`: a
conflict one analyst saw is not outvoted.
"""

from __future__ import annotations

import re
import warnings
from datetime import date
from typing import Any

import pandas as pd

from ._text import as_text
from .errors import ExportError, FactcheckWarning
from .schema import CONFLICT_TYPES, require
from .summary import claims_only, substantive, summarize_clusters

__all__ = ["CLAIMREVIEW_TYPES", "MAX_CLAIM_LENGTH", "RATING_NAMES", "claim_reviews"]

#: The properties this module writes, per ``@type`` (all real schema.org names).
CLAIMREVIEW_TYPES: dict[str, tuple[str, ...]] = {
    "ClaimReview": (
        "@context",
        "@type",
        "claimReviewed",
        "reviewRating",
        "itemReviewed",
        "author",
        "datePublished",
        "url",
    ),
    "Rating": ("@type", "alternateName", "ratingExplanation"),
    "Claim": ("@type", "appearance", "firstAppearance"),
    "NewsArticle": ("@type", "url", "headline", "publisher", "author", "datePublished"),
    "Organization": ("@type", "name"),
    "Person": ("@type", "name"),
}
#: The textual rating shown for each analysts' verdict.
RATING_NAMES = {"agreed": "Sources agree", "conflicting": "Sources conflict", "single-sourced": "Single-sourced"}
#: Google's guidance: keep ``claimReviewed`` short.
MAX_CLAIM_LENGTH = 75

_NEEDS = ("claim_id", "cluster_id", "source", "text", "verdict", "reasons")
_NO_DECISIONS = (
    "ClaimReview is written only from analysts' decisions, and this table has none: "
    'pass the decisions store, e.g. factcheck.export(table, path, store="labels.jsonl"), '
    "or on the command line: factcheck export --store labels.jsonl PATH... -o out.jsonld"
)
_DIFFERENCE = re.compile(r"^(\w+): (.*?)(?: \[[^\]]*\])?$")


def _text(value: object) -> str:
    return as_text(value).strip()


def _day(value: object) -> str:
    """``YYYY-MM-DD`` from an ISO date or time, or "" when there is none."""
    head = _text(value)[:10]
    try:
        return date.fromisoformat(head).isoformat() if len(head) == 10 else ""
    except ValueError:  # a date the loader could not read stays text; it cannot be published as a date
        return ""


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def _differences(group: pd.DataFrame) -> list[str]:
    """The conflict reasons of the cluster's claims; a difference seen from both sides is told once."""
    seen: dict[object, str] = {}
    for reasons in group["reasons"]:
        for reason in substantive(reasons).split("; "):
            m = _DIFFERENCE.match(reason)
            if not m or m.group(1) not in CONFLICT_TYPES:
                continue  # "agrees with ..." and "no counterpart ..." are not differences
            body = re.sub(r"^\w+ \((.*)\)$", r"\1", m.group(2))  # negation: "not (a ≠ b)"
            seen.setdefault((m.group(1), frozenset(body.split(" \u2260 "))), reason)
    return list(seen.values())


def _outlets(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _explanation(group: pd.DataFrame, decided: pd.DataFrame, verdict: str) -> str:
    differences = _differences(group)
    outlets = list(dict.fromkeys(group["source"].map(_text)))
    if differences:
        parts = [_sentence("; ".join(differences))]
    elif len(outlets) == 1:
        parts = [f"Reported only by {outlets[0]}."]
    elif verdict == "conflicting":  # the analyst saw a conflict the kit did not: the note says which
        parts = [f"Reported by {_outlets(outlets)}."]
    else:
        parts = [f"Reported by {_outlets(outlets)} with no substantive difference."]
    notes = list(dict.fromkeys(n for v in decided["note"] for n in v.split(" | ") if n))
    if notes:
        label = "Analyst's note:" if len(notes) == 1 else "Analysts' notes:"
        parts.append(f"{label} {' '.join(map(_sentence, notes))}")
    return " ".join(parts)


def _article(row: dict[str, Any]) -> dict[str, Any]:
    """One appearance: the article's address when known, else its headline and publisher."""
    url, published = _text(row.get("url")), _day(row.get("published"))
    if url:
        item: dict[str, Any] = {"@type": "NewsArticle", "url": url}
    else:
        source, publisher = _text(row.get("source")), _text(row.get("publisher"))
        item = {"@type": "NewsArticle"}
        if _text(row.get("title")):
            item["headline"] = _text(row.get("title"))
        item["publisher"] = {"@type": "Organization", "name": publisher or source}
        if publisher and source and publisher != source:  # a wire story run by another outlet
            item["author"] = {"@type": "Organization", "name": source}
    if published:
        item["datePublished"] = published
    return item


def _review(group: pd.DataFrame, decided: pd.DataFrame, cluster: dict[str, Any], url: str) -> dict[str, Any]:
    """``decided``: the cluster's decided claims, in table order."""
    rows = group.to_dict("records")
    dated = [r for r in rows if _day(r.get("published"))]
    earliest = min(dated, key=lambda r: _day(r.get("published"))) if dated else None  # min keeps table order on ties
    wording = earliest or decided.iloc[0].to_dict()
    by_article: dict[object, dict[str, Any]] = {}
    for row in rows:
        by_article.setdefault(row.get("article_id", row["source"]), row)
    claim: dict[str, Any] = {"@type": "Claim", "appearance": [_article(r) for r in by_article.values()]}
    if dated:
        first = min((r for r in by_article.values() if _day(r.get("published"))), key=lambda r: _day(r["published"]))
        claim["firstAppearance"] = _article(first)
    in_order = decided.sort_values("decided_at", kind="stable")
    analysts = list(dict.fromkeys(a for names in in_order["analyst"] for a in names.split("; ")))
    people = [{"@type": "Person", "name": name} for name in analysts]
    item: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": _text(wording["text"]),
        "reviewRating": {
            "@type": "Rating",
            "alternateName": RATING_NAMES.get(cluster["final_verdict"], ""),
            "ratingExplanation": _explanation(group, in_order, cluster["final_verdict"]),
        },
        "itemReviewed": claim,
        "author": people[0] if len(people) == 1 else people,
        "datePublished": _day(cluster["decided_at"]),
    }
    if url:
        item["url"] = url
    return item


def _validate(item: dict[str, Any], cluster: object) -> None:
    authors = item["author"] if isinstance(item["author"], list) else [item["author"]]
    missing = [
        name
        for name, ok in (
            ("@context", item.get("@context")),
            ("@type", item.get("@type")),
            ("claimReviewed", item.get("claimReviewed")),
            ("reviewRating.alternateName", item["reviewRating"].get("alternateName")),
            ("itemReviewed.appearance", item["itemReviewed"].get("appearance")),
            ("datePublished", item.get("datePublished")),
        )
        if not ok
    ]
    if missing:
        raise ExportError(
            f"cluster {cluster}: the ClaimReview lacks {', '.join(missing)}; check the table's decisions."
        )
    if not all(a.get("name") for a in authors):
        raise ExportError(
            f"cluster {cluster}: a decision has no analyst name, and a ClaimReview needs its author; "
            "set analyst=... in the Reviewer (or the FACTCHECK_ANALYST variable) and decide again."
        )


def claim_reviews(table: pd.DataFrame, *, url: str | None = None) -> list[dict[str, Any]]:
    """One schema.org ClaimReview (a JSON-serialisable dict) per claim cluster an analyst decided.

    ``table`` is a reviewed table (:func:`factcheck.reviewed`); ``url`` is the
    address of the page where the reviews will be published. Clusters come in
    table order; undecided clusters, orphaned and stale decisions are left out.

    >>> import os, tempfile, warnings, factcheck
    >>> table = factcheck.check("seeds")
    >>> store = os.path.join(tempfile.mkdtemp(), "labels.jsonl")
    >>> s = factcheck.ReviewSession(table, store=store, analyst="ana")
    >>> _ = s.jump("000_44ee4c4737ad4eae:af94b438"); _ = s.decide("conflicting", note="UPI confirms 2019")
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")  # the seeds' wording is long and they carry no dates
    ...     reviews = claim_reviews(factcheck.reviewed(table, store))
    >>> [(r["@type"], r["reviewRating"]["alternateName"], r["author"]["name"]) for r in reviews]
    [('ClaimReview', 'Sources conflict', 'ana')]
    >>> print(reviews[0]["reviewRating"]["ratingExplanation"])
    number: 2019 (UPI) ≠ 2018 (Reuters). Analyst's note: UPI confirms 2019.
    """
    require(table, _NEEDS, table="reviewed claim", made_by="factcheck.reviewed(table, store)")
    if "final_verdict" not in table.columns:
        raise ExportError(_NO_DECISIONS)
    claims = claims_only(table).copy()
    for column in ("final_verdict", "note", "analyst", "decided_at"):
        # A missing analyst or time is reported per cluster below, naming the field.
        claims[column] = claims[column].map(_text) if column in claims.columns else ""
    if "status" in claims.columns:
        stale = (claims["status"].map(_text) == "stale") & (claims["final_verdict"] != "")
        if stale.any():
            # The claim stays (its article still tells it); the decision was about other wording.
            claims.loc[stale, "final_verdict"] = ""
            warnings.warn(
                f"{int(stale.sum())} decision(s) are stale (the claim's wording changed since) and were left out "
                "of the ClaimReview; review those claims again.",
                FactcheckWarning,
                stacklevel=2,
            )
    tied = int((claims["resolution"].map(_text) == "tied").sum()) if "resolution" in claims.columns else 0
    if tied and not (claims["final_verdict"] != "").any():
        raise ExportError(
            f"every decided claim ({tied}) is tied between analysts, so there is no final verdict to publish; "
            "adjudicate them first: factcheck.Reviewer(table, store=..., analyst=..., adjudicate=True)."
        )
    if tied:
        warnings.warn(
            f"{tied} claim(s) are tied between analysts and have no final verdict, so no ClaimReview speaks for "
            "them; adjudicate them: factcheck.Reviewer(table, store=..., analyst=..., adjudicate=True).",
            FactcheckWarning,
            stacklevel=2,
        )
    if not (claims["final_verdict"] != "").any():
        raise ExportError(_NO_DECISIONS)
    # Only decided clusters become reviews: leave the rest out before grouping (big tables, few decisions).
    claims = claims[claims["cluster_id"].isin(claims.loc[claims["final_verdict"] != "", "cluster_id"])]
    clusters = summarize_clusters(claims).set_index("cluster_id")[["final_verdict", "decided_at"]].to_dict("index")
    reviews = []
    for cluster, group in claims.groupby("cluster_id", sort=False):
        decided = group[group["final_verdict"] != ""]
        if decided.empty:
            continue
        item = _review(group, decided, clusters[cluster], _text(url))
        _validate(item, cluster)
        reviews.append(item)
    long = sum(len(r["claimReviewed"]) > MAX_CLAIM_LENGTH for r in reviews)
    if long:
        warnings.warn(
            f"{long} ClaimReview(s) have a claimReviewed longer than {MAX_CLAIM_LENGTH} characters; Google advises "
            "keeping it short: the analyst can shorten it in the file before publishing.",
            FactcheckWarning,
            stacklevel=2,
        )
    undated = sum("firstAppearance" not in r["itemReviewed"] for r in reviews)
    if undated:
        warnings.warn(
            f"{undated} ClaimReview(s) have no firstAppearance: none of their articles has a publication date.",
            FactcheckWarning,
            stacklevel=2,
        )
    return reviews
