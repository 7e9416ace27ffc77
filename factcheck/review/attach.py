"""Which sentence of a checked-claim table each stored decision belongs to.

Claim ids come from a sentence's wording (``<article_id>:<hash>``), so a
decision usually finds its claim by id. When an outlet edits its story the
id can move: this module follows the decision to its own sentence and never
to any other.

- same id, same wording: ``decided``;
- an old positional id (``a:003``, written by earlier versions) or a moved
  id, but the same wording in the same article: ``decided``, on that sentence;
- the wording was edited (a typo fixed, 2018 -> 2017): ``stale``, on the one
  sentence of the same article that is clearly the edited version of the
  decided text, and only if this analyst has not decided that sentence too;
- otherwise ``orphaned``: kept and reported, shown against no sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz import fuzz, process

from .store import text_hash

__all__ = ["Attached", "attach_decisions"]

#: How alike (0-100, on the folded wording) an edited sentence must be to the decided one.
EDIT_SIMILARITY = 80
#: The best candidate must beat the second best by this much, or the decision stays orphaned.
EDIT_MARGIN = 5

Status = Literal["decided", "stale", "orphaned"]


@dataclass(frozen=True)
class Attached:
    """A standing decision and where it belongs: ``claim_id`` is the table's claim, or None when orphaned."""

    event: dict[str, Any]
    claim_id: str | None
    status: Status


def _article(claim_id: str) -> str:
    return claim_id.rsplit(":", 1)[0]


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def attach_decisions(
    decisions: Iterable[dict[str, Any]], claim_ids: Sequence[str], texts: Sequence[str]
) -> list[Attached]:
    """Attach each standing decision to the claim it was made on.

    ``decisions`` are standing decide events (one per claim and analyst, see
    :meth:`~factcheck.review.store.DecisionStore.current`); ``claim_ids`` and
    ``texts`` are the table's claims. Each claim holds at most one decision
    per analyst; a decision that finds no claim is orphaned.

    >>> ids, texts = ["a:1f", "a:2e"], ["The vote passed on Monday.", "Turnout was 61 percent."]
    >>> made = {"claim_id": "a:9c", "analyst": "ana", "text_hash": "x", "text": "Turnout was 62 percent."}
    >>> [(a.claim_id, a.status) for a in attach_decisions([made], ids, texts)]
    [('a:2e', 'stale')]
    """
    hashes = [text_hash(str(t)) for t in texts]
    index = {cid: k for k, cid in enumerate(claim_ids)}
    by_wording = {(_article(cid), h): cid for cid, h in zip(claim_ids, hashes)}
    taken: set[tuple[str, str]] = set()  # (claim id, analyst) already holding a decision
    out: list[Attached] = []
    pending: list[dict[str, Any]] = []
    for e in decisions:
        cid, h, who = str(e["claim_id"]), e.get("text_hash") or "", str(e["analyst"])
        if cid in index and (not h or h == hashes[index[cid]] or not e.get("text")):
            # Same id: the same wording, or a decision from before texts were stored (kept as before).
            target, status = cid, "decided" if not h or h == hashes[index[cid]] else "stale"
        elif h and (_article(cid), h) in by_wording:
            target, status = by_wording[(_article(cid), h)], "decided"
        else:
            pending.append(e)
            continue
        if (target, who) in taken:
            pending.append(e)
            continue
        taken.add((target, who))
        out.append(Attached(e, target, status))
    out += _follow_edits(pending, claim_ids, texts, taken)
    return out


def _follow_edits(
    pending: list[dict[str, Any]], claim_ids: Sequence[str], texts: Sequence[str], taken: set[tuple[str, str]]
) -> list[Attached]:
    """Decisions whose sentence was reworded: each goes to the clearly most alike free sentence of its article."""
    by_article: dict[str, list[int]] = {}
    for k, cid in enumerate(claim_ids):
        by_article.setdefault(_article(cid), []).append(k)
    proposals: list[tuple[float, int, dict[str, Any], str]] = []
    orphans: list[Attached] = []
    for n, e in enumerate(pending):
        who, old = str(e["analyst"]), e.get("text")
        rows = [k for k in by_article.get(_article(str(e["claim_id"])), []) if (claim_ids[k], str(who)) not in taken]
        if not old or not rows:
            orphans.append(Attached(e, None, "orphaned"))
            continue
        scores = process.cdist([_folded(str(old))], [_folded(str(texts[k])) for k in rows], scorer=fuzz.ratio)[0]
        ranked = sorted(zip(scores.tolist(), rows), reverse=True)
        best, row = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if best >= EDIT_SIMILARITY and best - runner_up >= EDIT_MARGIN:
            proposals.append((best, -n, e, claim_ids[row]))
        else:
            orphans.append(Attached(e, None, "orphaned"))
    out = []
    for _, _, e, cid in sorted(proposals, key=lambda p: (-p[0], p[1])):
        key = (cid, str(e["analyst"]))
        if key in taken:  # another edited decision claimed this sentence first
            orphans.append(Attached(e, None, "orphaned"))
            continue
        taken.add(key)
        out.append(Attached(e, cid, "stale"))
    return out + orphans
