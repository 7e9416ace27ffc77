"""Stage 4: claims + matches -> the ``verdicts`` table, each verdict with its reasons.

- ``conflicting``: a counterpart differs in a typo, number, date, time, weekday,
  name, negation or quoted words; each reason names the words on both sides
  and which outlets wrote each (``number: 2019 (UPI) ≠ 2018 (Reuters)``), in
  the same wording on every claim of the fact.
- ``agreed``: at least one counterpart, and no such difference.
- ``single-sourced``: no counterpart in any other outlet.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import _parallel
from ._gc import few_collections
from ._namecheck import misspelled_names
from ._places import places_within
from ._wordings import Wording, plan
from .compare import LONE, Comparison, Difference, Prepared, compare_prepared, known_names, lone_typos, placed, prepare
from .matches import cluster_ids
from .schema import MATCH_COLUMNS, VERDICT_COLUMNS, require
from .vocab import AliasTable, load_aliases

__all__ = ["suggest_verdicts"]


#: Above this many pairs, comparisons run on all cores (see :mod:`factcheck._parallel`). Forking costs
#: tens of milliseconds; 2,000 comparisons take about 0.6 s (on 2 cores the wire copy's 3,400 took 1.2 s, not 1.6 s).
PARALLEL_PAIRS = 2_000

Misspelled = dict[str, list[tuple[str, str, list[str]]]]


#: What the workers read: the text pairs to compare, the alias table, the known names, every claim
#: as (id, outlet, text), and the texts of the claims no other outlet tells.
Shared = tuple[list[tuple[str, str]], AliasTable, frozenset[str], list[tuple[str, str, str]], list[str]]


def _compare_batch(batch: list[int], shared: Shared) -> list[Comparison]:
    """Compare the text pairs ``batch`` indexes into, preparing each distinct text once."""
    texts, table, names = shared[:3]
    prepared: dict[str, Prepared] = {}
    out = []
    for k in batch:
        a, b = texts[k]
        for text in (a, b):
            if text not in prepared:
                prepared[text] = prepare(text, table)
        out.append(compare_prepared(prepared[a], prepared[b], names=names))
    return out


def _batches(groups: list[str], n: int) -> list[list[int]]:
    """Split task indices into ``n`` batches of whole clusters (so no claim is prepared
    twice), balanced by task count."""
    by_cluster: dict[str, list[int]] = {}
    for k, cluster in enumerate(groups):
        by_cluster.setdefault(cluster, []).append(k)
    batches: list[list[int]] = [[] for _ in range(n)]
    for members in sorted(by_cluster.values(), key=len, reverse=True):
        min(batches, key=len).extend(members)
    return [b for b in batches if b]


def _misspelled(_: None, shared: Shared) -> Misspelled:
    return misspelled_names(shared[3])


def _lone_typos(_: None, shared: Shared) -> list[list[tuple[str, str]]]:
    # Once per wording: wire copy repeats a lone sentence word for word across outlets.
    found = {text: lone_typos(text) for text in dict.fromkeys(shared[4])}
    return [found[text] for text in shared[4]]


def _compare_all(
    texts: list[tuple[str, str]], groups: list[str], shared: Shared, progress: bool
) -> tuple[list[Comparison], Misspelled, list[list[tuple[str, str]]]]:
    """Every pair's comparison; and, beside them (they need none of them), the names the event misspells
    and the clear misspellings of the claims no other outlet tells."""
    parallel = len(texts) >= PARALLEL_PAIRS and _parallel.workers() > 1
    # Several batches per worker balance the load; serial runs batch only for the progress bar.
    batches = _batches(groups, _parallel.workers() * 4 if parallel else max(1, len(texts) // 2000))
    label = "comparing" if progress and len(texts) >= 5000 else ""
    results: list[Comparison | None] = [None] * len(texts)
    tasks = [(_misspelled, None), (_lone_typos, None), *((_compare_batch, batch) for batch in batches)]
    misspelled, lone, *found_all = _parallel.map_tasks(tasks, shared, parallel=parallel, progress=label)
    for batch, found in zip(batches, found_all):
        for k, comparison in zip(batch, found):
            results[k] = comparison
    return results, misspelled, lone  # type: ignore[return-value]


def _counterparts(matches: pd.DataFrame) -> dict[str, tuple[list[str], int]]:
    """Each claim's matched claims, best score first (then by id), and its best score.

    Sorted once for all pairs (wire copy gives a hundred thousand of them), not claim by claim.
    """
    a, b = matches["claim_id"].to_numpy(dtype=object), matches["other_id"].to_numpy(dtype=object)
    score = np.tile(matches["score"].to_numpy(dtype=np.int64), 2)
    if not len(score):
        return {}
    # Codes in the ids' own order (sorted with Python's comparison), so that ties go by id.
    codes, names = pd.factorize(np.concatenate([a, b]), sort=True)
    mine, theirs = codes, np.roll(codes, len(a))
    order = np.lexsort((theirs, -score, mine))
    mine, others, score = mine[order], names[theirs[order]].tolist(), score[order]
    starts = np.flatnonzero(np.r_[True, mine[1:] != mine[:-1]])
    # Plain lists: indexing a pandas Index item by item costs microseconds per claim.
    owners, best = names[mine[starts]].tolist(), score[starts].tolist()
    stops = [*starts[1:].tolist(), len(others)]
    return {owner: (others[start:stop], top) for owner, start, stop, top in zip(owners, starts.tolist(), stops, best)}


def _difference_key(diff: Difference) -> tuple[str, frozenset[str]]:
    """One difference of a cluster, the same seen from either side."""
    return diff.kind, frozenset((diff.mine, diff.theirs))


def _outlets(names: list[str], most: int = 3) -> str:
    """ "UPI", "UPI, AP", "UPI, AP, AFP and 14 others": every outlet counted, a few named."""
    if len(names) <= most + 1:
        return ", ".join(names)
    return f"{', '.join(names[:most])} and {len(names) - most} others"


Key = tuple[str, tuple[str, frozenset[str]]]
_NOTHING: tuple[set[str], list[str], dict[str, None]] = (set(), [], {})


def _cluster_reasons(
    found: list[tuple[Wording, Wording, Comparison]], source_of: dict[str, str], order: dict[str, int]
) -> dict[Key, str]:
    """One wording per difference per cluster, naming which outlets wrote which value:
    ``number: 2019 (UPI) ≠ 2018 (Reuters)``. A typo's side comes first; otherwise the
    side more outlets take, then the side whose claim comes first in the table."""
    sides: dict[Key, dict[str, list[str]]] = {}
    typos: dict[Key, str] = {}
    for wa, wb, comparison in found:
        for diff in comparison.differences:
            for cluster in dict.fromkeys((wa.cluster, wb.cluster)):
                key = (cluster, _difference_key(diff))
                by_value = sides.setdefault(key, {})
                if diff.cue == LONE:  # only the typo was written; the usual spelling is no outlet's
                    typo, usual = (diff.mine, diff.theirs) if diff.typo_is_mine else (diff.theirs, diff.mine)
                    by_value.setdefault(typo, []).extend((wa if diff.typo_is_mine else wb).claims)
                    by_value.setdefault(usual, [])
                else:
                    by_value.setdefault(diff.mine, []).extend(wa.claims)
                    by_value.setdefault(diff.theirs, []).extend(wb.claims)
                if diff.kind == "spelling":
                    typos[key] = diff.mine if diff.typo_is_mine else diff.theirs
    out = {}
    for key, by_value in sides.items():
        outlets = {
            value: list(dict.fromkeys(source_of[c] for c in sorted(set(ids), key=order.__getitem__)))
            for value, ids in by_value.items()
        }
        first = {value: min((order[c] for c in ids), default=len(order)) for value, ids in by_value.items()}
        values = sorted(by_value, key=lambda v: (v != typos.get(key), -len(outlets[v]), first[v]))
        kind = key[1][0]
        out[key] = f"{kind}: " + " \u2260 ".join(
            f"{v} ({_outlets(outlets[v]) if outlets[v] else 'usual spelling'})" for v in values
        )
    return out


@few_collections()
def suggest_verdicts(
    claims: pd.DataFrame, matches: pd.DataFrame, *, aliases: AliasTable | None = None, progress: bool = False
) -> pd.DataFrame:
    """Suggest a verdict for every claim and spell out why.

    ``progress`` shows a progress bar (on stderr) on large tables.

    >>> from factcheck import load_articles, split_claims, align_claims
    >>> claims = split_claims(load_articles("seeds"))
    >>> v = suggest_verdicts(claims, align_claims(claims))
    >>> v.loc[v["reasons"].str.contains("demacracy"), "verdict"].tolist()
    ['conflicting', 'conflicting']
    """
    require(claims, ("claim_id", "source", "text"), table="claims", made_by="factcheck.split_claims()")
    require(matches, MATCH_COLUMNS, table="matches", made_by="factcheck.align_claims()")
    table = aliases if aliases is not None else load_aliases()
    # Plain lists first: iterating pandas' Arrow-backed string columns value by value is slow.
    ids, texts, sources = claims["claim_id"].tolist(), claims["text"].tolist(), claims["source"].tolist()
    text_of = dict(zip(ids, texts))
    source_of = dict(zip(ids, sources))
    unknown = sorted(set(matches["claim_id"].tolist()).union(matches["other_id"].tolist()) - set(text_of))
    if unknown:
        raise ValueError(
            f"matches name claim ids that are not in the claims table (e.g. {unknown[0]!r}): pass the claims the matches were made from"
        )
    names = known_names(claims["text"].tolist())
    clusters = cluster_ids(claims, matches)
    order = {cid: k for k, cid in enumerate(ids)}
    members: dict[str, list[str]] = {}
    for claim_id, cluster in zip(ids, clusters.tolist()):
        members.setdefault(cluster, []).append(claim_id)
    linked = matches["cluster_id"] == ""  # pairs that support both verdicts without joining a cluster
    support = zip(matches.loc[linked, "claim_id"].tolist(), matches.loc[linked, "other_id"].tolist())
    wordings, tasks, wording_of = plan({c: m for c, m in members.items() if len(m) > 1}, text_of, support)
    pairs = [(wordings[t.a].text, wordings[t.b].text) for t in tasks]
    counterparts = _counterparts(matches)
    alone = [claim_id for claim_id in ids if claim_id not in counterparts]
    # Beside the comparisons, in the workers: a person's name spelled one way here and another way by most
    # other outlets, anywhere in the event; and the clear misspellings of claims no other outlet tells.
    shared = (pairs, table, names, list(zip(ids, sources, texts)), [text_of[c] for c in alone])
    compared, names_misspelled, typos = _compare_all(pairs, [wordings[t.a].cluster for t in tasks], shared, progress)
    if names_misspelled or any(typos) or any(d.kind in ("name", "spelling") for c in compared for d in c.differences):
        # Learnt only when some name or spelling differs: a pass over every claim.
        places = places_within(texts, sources)
        compared = [placed(c, places) if c.differences else c for c in compared]
        # A misspelling some outlet marks "[sic]" is the source's, wherever it is printed.
        names_misspelled = {c: [f for f in found if not places.marked(f[0])] for c, found in names_misspelled.items()}
        typos = [[f for f in found if not places.marked(f[0])] for found in typos]
    typos_of = dict(zip(alone, typos))
    found = [(wordings[t.a], wordings[t.b], c) for t, c in zip(tasks, compared)]
    reason_of = _cluster_reasons(found, source_of, order)
    # What each wording's comparisons found, from its own side; its claims share it.
    seen: dict[int, list[Comparison]] = {}
    for t, comparison in zip(tasks, compared):
        seen.setdefault(t.a, []).append(comparison)
        seen.setdefault(t.b, []).append(comparison.flipped())
    # ... worded once per wording: wire copy gives one wording to many claims.
    said: dict[int, tuple[set[str], list[str], dict[str, None]]] = {}
    for w, comparisons in seen.items():
        kinds_w: set[str] = set()
        reasons_w: list[str] = []
        benign_w: dict[str, None] = {}
        for comparison in comparisons:
            for diff in comparison.differences:
                kinds_w.add(diff.kind)
                reasons_w.append(reason_of[(wordings[w].cluster, _difference_key(diff))])
            benign_w.update(dict.fromkeys(map(str, comparison.benign)))
        said[w] = (kinds_w, reasons_w, benign_w)
    n_sources = claims["source"].nunique()
    rows = []
    for claim_id in ids:
        mine, best = counterparts.get(claim_id, ([], 0))
        w = wording_of.get(claim_id)
        kinds_w, reasons_w, benign = said.get(w, _NOTHING) if w is not None else _NOTHING
        kinds, reasons = set(kinds_w), list(reasons_w)
        for name, usual, writers in names_misspelled.get(claim_id, []):
            kinds.add("spelling")
            reasons.append(f"spelling: {name} ({source_of[claim_id]}) \u2260 {usual} ({_outlets(writers)})")
        reasons = list(dict.fromkeys(reasons))
        if reasons:
            verdict = "conflicting"
        elif mine:
            verdict = "agreed"
            reasons = ["agrees with " + _outlets(list(dict.fromkeys(source_of[o] for o in mine)))]
        else:
            verdict = "single-sourced"
            others = n_sources - 1
            reasons = [
                f"no counterpart in the other {others} outlet{'s' if others != 1 else ''}"
                if others
                else "only one outlet was loaded"
            ]
            # Nobody else tells it, but a clear misspelling still deserves a note.
            notes = [
                f"spelling: {typo} ({source_of[claim_id]}) \u2260 {fix} (usual spelling)"
                for typo, fix in typos_of[claim_id]
            ]
            if notes:
                reasons += notes
                kinds.add("spelling")
        if benign and mine:
            reasons.append("benign: " + ", ".join(benign))
        rows.append(
            {
                "claim_id": claim_id,
                "verdict": verdict,
                "reasons": "; ".join(reasons),
                "conflict_types": ";".join(sorted(kinds)),
                "counterparts": ";".join(mine),
                "score": best,
            }
        )
    out = pd.DataFrame(rows, columns=[c for c in VERDICT_COLUMNS if c != "cluster_id"])
    out.insert(VERDICT_COLUMNS.index("cluster_id"), "cluster_id", clusters.to_numpy())
    return out.astype({"score": "int64"})
