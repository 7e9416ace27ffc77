"""How well factcheck's verdicts hold up on real events, scored against hand-labelled gold.

    FACTCHECK_EVENTS=/work/events python benchmarks/bench_realdata.py [--split dev] [--against REV | --no-against]
                                                                      [--show-unlabelled]

The kit is run as a user runs it, ``factcheck.check(folder)`` once per event folder (BASIL and ECB+ events
written by ``../shared/tools/event_folders.py``, see ``_realdata.py``; ``--split fnc``: FNC-1 stories, a fresh
set the kit was never tuned on, see ``_realdata.fnc_stories``; ``--split emergent``: Emergent's headlines, one
event per rumour and one one-sentence article per site, see ``_realdata.emergent_headlines``), and on the seeds.
Measured:

1. conflict precision: of the flagged conflict pairs (see :func:`flagged_pairs`) that ``gold/flagged_<split>.jsonl``
   labels, the share labelled real, overall and per kind the kit gave (per kind, real only when it is the human's
   kind); borderline counted as false, and left out;
   strict: real *and* the kit's kind right. Flagged pairs no one has labelled yet are counted, never scored;
2. recall on read-in-full conflicts (``gold/read_in_full_<split>_*.jsonl``): a gold conflict is found when a
   flagged pair's two claims overlap its two locators;
3. paraphrases: cross-document gold sentences sharing a fact, told in different words (token-sort ratio < 70),
   found when the kit puts them in one cluster (and the same for all same-fact pairs);
4. single-sourced claims that have a counterpart in the gold (lower is better), and gold sentences told by one
   document only that the kit leaves single-sourced;
5. the seeds: the Myanmar typo, the summit numbers and two paraphrase pairs.

Every figure is printed beside its target, for this tree ("now") and for a previous commit ("before"; default
``HEAD`` when ``factcheck/`` has uncommitted changes, else ``HEAD~1``), which is checked out with
``git worktree add --detach`` in a temporary folder and run in a subprocess. Figures and locators (never text)
go to ``benchmarks/results/realdata_<split>.json``; ``--show-unlabelled`` prints the unlabelled flagged pairs
with their text, and a JSON line to fill in, to the terminal only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _realdata as rd

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
RESULTS = HERE / "results"
SEEDS = rd.ROOT / "seeds"
KINDS = ("spelling", "number", "date", "time", "weekday", "name", "negation", "quote")
DIFFERENT_WORDS = 70  # token_sort_ratio of the lowercased sentences below this: told in different words

Loc = dict[str, Any]
Event = dict[str, Any]  # {"claims": [{loc, cluster, verdict, text}], "flagged": [{a, b, kinds, reasons, texts}]}
Dump = dict[str, Event]  # event folder ("basil/2012-65cb14cb", "seeds") -> its output


# ---------------------------------------------------------------- the kit's output
def claim_locators(table: Any, folder: Path) -> list[Loc | None]:
    """The raw-document locator of every row of a ``check`` table (None when its text is not found)."""
    docs = rd.raw_docs(folder)
    out: list[Loc | None] = []
    for row in table.to_dict("records"):
        doc = rd.doc_of_claim(folder, row)
        raw = docs.get(doc, "")
        span = rd.locate(raw, str(row["text"]), int(row.get("start") or 0))
        out.append(rd.locator(doc, raw, *span) if span else None)
    return out


def flagged_pairs(table: Any, folder: Path) -> list[dict[str, Any]]:
    """The flagged conflict pairs of one event: the ONE place that decides what a flagged pair is.

    Each ``conflicting`` claim with every claim of its cluster and every counterpart it lists (a pair that
    supports the verdict without joining the cluster), from two documents, in which ``compare_claims`` with the
    event's texts finds differences: what the kit's verdicts see (names known from all the event's claims; names
    the event's texts show to be one place or one name told two ways are a benign note). The pair's kinds are
    the differences' kinds, ``a``/``b`` ordered by (doc, start).
    """
    import factcheck
    from factcheck.compare import known_names

    texts = table["text"].tolist()
    known = known_names(texts)
    compare = _pairwise(factcheck.compare_claims, known, texts, table["source"].astype(str).tolist())
    rows = [(loc, str(row["text"])) for loc, row in zip(claim_locators(table, folder), table.to_dict("records"))]
    index = {cid: k for k, cid in enumerate(table["claim_id"].astype(str))}
    clusters: dict[str, list[int]] = defaultdict(list)
    for k, cluster in enumerate(table["cluster_id"].astype(str)):
        clusters[cluster].append(k)
    candidates: set[tuple[int, int]] = set()
    for k, (cluster, verdict, others) in enumerate(
        zip(table["cluster_id"].astype(str), table["verdict"], table["counterparts"])
    ):
        if verdict != "conflicting":
            continue
        linked = set(clusters[cluster]) | {index[o] for o in str(others or "").split(";") if o in index}
        candidates.update((min(k, m), max(k, m)) for m in linked if m != k)
    out = []
    for x, y in candidates:
        (a, ta), (b, tb) = sorted((rows[x], rows[y]), key=lambda r: (r[0]["doc"], r[0]["start"]) if r[0] else ("", 0))
        if not a or not b or a["doc"] == b["doc"]:
            continue
        diffs = compare(ta, tb).differences
        if diffs:
            kinds = sorted({d.kind for d in diffs})
            out.append({"a": a, "b": b, "kinds": kinds, "reasons": [d.reason for d in diffs], "texts": [ta, tb]})
    return sorted(out, key=lambda p: (p["a"]["doc"], p["a"]["start"], p["b"]["doc"], p["b"]["start"]))


def _pairwise(compare_claims: Any, known: frozenset[str], texts: list[str], sources: list[str]) -> Any:
    """``compare_claims`` as the kit's verdicts see a pair, for this kit or an older one run by --against."""
    import inspect

    parameters = inspect.signature(compare_claims).parameters
    if "sources" in parameters:
        return lambda a, b: compare_claims(a, b, event=texts, sources=sources)
    if "event" in parameters:
        return lambda a, b: compare_claims(a, b, event=texts)
    try:  # kits from before ``event``, with the event's places learnt in the verdicts
        from factcheck._places import places_within
        from factcheck.verdicts import _placed
    except ImportError:  # kits from before those notes
        return lambda a, b: compare_claims(a, b, names=known)
    places = places_within(texts)

    def compare(a: str, b: str) -> Any:
        comparison = compare_claims(a, b, names=known)
        return _placed(comparison, places) if comparison.differences else comparison

    return compare


def run_kit(split: str) -> Dump:
    """``factcheck.check`` on every event folder of ``split`` and on the seeds, as plain data."""
    import factcheck

    root = rd.event_root(split)
    folders = {rel: root / rel for rel in rd.event_folders(split)}
    folders["seeds"] = SEEDS
    dump: Dump = {}
    for rel, path in folders.items():
        with warnings.catch_warnings():  # a document with no story left is skipped, as a user would
            warnings.simplefilter("ignore")
            table = factcheck.check(path, errors="skip")
        claims = [
            {
                "loc": loc,
                "cluster": str(c),
                "verdict": v,
                "text": t,
                "id": str(i),
                "counterparts": str(o or "").split(";"),
                "reasons": str(r or ""),
            }
            for loc, c, v, t, i, o, r in zip(
                claim_locators(table, path),
                table["cluster_id"],
                table["verdict"],
                table["text"],
                table["claim_id"],
                table["counterparts"],
                table["reasons"],
            )
        ]
        dump[rel] = {"claims": claims, "flagged": flagged_pairs(table, path)}
    return dump


def run_kit_at(rev: str, split: str) -> tuple[Dump, str]:
    """:func:`run_kit` on the kit as it was at ``rev`` (a detached worktree, removed afterwards)."""
    commit = _git("rev-parse", "--short", rev)
    with tempfile.TemporaryDirectory(prefix="factcheck-before-") as tmp:
        tree, out = Path(tmp) / "tree", Path(tmp) / "dump.json"
        _git("worktree", "add", "--detach", "--quiet", str(tree), rev)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree), "FACTCHECK_EVENTS": str(rd.EVENTS_CACHE)}
            cmd = [sys.executable, str(Path(__file__).resolve()), "--split", split, "--dump", str(out)]
            subprocess.run(cmd, env=env, check=True)
            return json.loads(out.read_text(encoding="utf-8")), commit
        finally:
            _git("worktree", "remove", "--force", str(tree))


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(rd.ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def default_against() -> str:
    """``HEAD`` when ``factcheck/`` has uncommitted changes (compare with them), else ``HEAD~1``."""
    return "HEAD" if _git("status", "--porcelain", "factcheck/") else "HEAD~1"


# ---------------------------------------------------------------- gold
def read_jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def stale_locators(records: list[dict[str, Any]], root: Path, keys: tuple[str, ...]) -> int:
    """Gold locators whose sha no longer matches the raw text they point at."""
    docs: dict[str, dict[str, str]] = {}
    stale = 0
    for rec in records:
        folder = root / rec["folder"]
        if rec["folder"] not in docs:
            docs[rec["folder"]] = rd.raw_docs(folder) if folder.is_dir() else {}
        for key in keys:
            loc = rec.get(key)
            if isinstance(loc, dict):
                raw = docs[rec["folder"]].get(loc["doc"], "")
                stale += rd.sha(raw[loc["start"] : loc["end"]]) != loc["sha"]
    return stale


def _sentence_locator(rec: dict[str, Any]) -> Loc | None:
    for key in ("loc", "locator", "sentence"):
        if isinstance(rec.get(key), dict):
            return rec[key]
    return rec if {"doc", "start", "end"} <= rec.keys() else None


def _facts(rec: dict[str, Any]) -> list[str]:
    found = rec.get("facts", rec.get("fact_ids", rec.get("fact")))
    return [str(f) for f in ([] if found is None else found if isinstance(found, list) else [found])]


def read_in_full(paths: list[Path]) -> dict[str, Any]:
    """Read-in-full gold, one record per line, by ``type``: ``conflict`` (``a``/``b`` locators, ``kind``,
    ``borderline``), ``sentence`` (``loc`` and the ids of the ``facts`` it tells); ``event`` and ``fact``
    records describe and are not scored. A ``paraphrase`` record with ``a``/``b`` gives both one fact id.
    """
    conflicts: list[dict[str, Any]] = []
    sentences: dict[str, list[tuple[Loc, list[str]]]] = defaultdict(list)
    unread = 0
    for n, rec in enumerate(read_jsonl(paths)):
        kind, folder = str(rec.get("type", "")), rec.get("folder")
        if kind in ("event", "fact"):
            continue
        if isinstance(rec.get("a"), dict) and isinstance(rec.get("b"), dict) and folder:
            if "paraphrase" in kind:
                fact = f"pair{n}:{rec.get('fact', '')}"
                sentences[folder] += [(rec["a"], [fact]), (rec["b"], [fact])]
            elif rec.get("label", "real") in ("real", "borderline"):
                borderline = bool(rec.get("borderline")) or rec.get("label") == "borderline"
                conflicts.append({**rec, "borderline": borderline})
        elif folder and (loc := _sentence_locator(rec)) is not None and "doc" in loc:
            sentences[folder].append((loc, _facts(rec)))
        else:
            unread += 1
    return {"conflicts": conflicts, "sentences": dict(sentences), "unread": unread}


def match_gold(pair: dict[str, Any], folder: str, gold: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The gold record naming this flagged pair (both locators overlap, either way round)."""
    a, b = pair["a"], pair["b"]
    for g in gold:
        if g["folder"] == folder and (
            (rd.overlaps(g["a"], a) and rd.overlaps(g["b"], b)) or (rd.overlaps(g["a"], b) and rd.overlaps(g["b"], a))
        ):
            return g
    return None


# ---------------------------------------------------------------- scores
def ratio(num: int, den: int) -> dict[str, Any]:
    return {"value": round(num / den, 3) if den else None, "n": num, "of": den}


def kind_right(gold_kind: str, kit_kinds: list[str]) -> bool:
    """The kit names the human's kind; a misspelt name may be called a name difference."""
    return gold_kind in kit_kinds or (gold_kind == "spelling" and "name" in kit_kinds)


def score_precision(dump: Dump, gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision of the flagged pairs the gold labels; the unlabelled ones counted and listed apart."""
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    unlabelled = []
    for folder, event in dump.items():
        if folder == "seeds":
            continue
        for pair in event["flagged"]:
            g = match_gold(pair, folder, gold)
            if g is None:
                unlabelled.append({"folder": folder, "a": pair["a"], "b": pair["b"], "kit_kinds": pair["kinds"]})
                continue
            # The kit's kind is right when it names the human's kind; the stored reason_ok holds while the kit
            # still gives the kinds it gave when the pair was labelled.
            ok = (
                g["reason_ok"]
                if sorted(g.get("kit_kinds", [])) == pair["kinds"]
                else kind_right(g["kind"], pair["kinds"])
            )
            for key in ["all", *pair["kinds"]]:
                # Per kind, a pair is real only for the human's kind: a number flag riding along a real name
                # difference is a false number flag.
                label = g["label"] if key == "all" or kind_right(g["kind"], [key]) else "false"
                t = tally[key]
                t["labelled"] += 1
                t[label] += 1
                t["strict"] += label == "real" and ok
    out = {}
    for key, t in sorted(tally.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        out[key] = {
            "borderline_false": ratio(t["real"], t["labelled"]),
            "without_borderline": ratio(t["real"], t["real"] + t["false"]),
            "strict": ratio(t["strict"], t["labelled"]),
            "real": t["real"],
            "false": t["false"],
            "borderline": t["borderline"],
        }
    flagged = sum(len(e["flagged"]) for f, e in dump.items() if f != "seeds")
    return {"by_kind": out, "flagged": flagged, "unlabelled": len(unlabelled), "unlabelled_pairs": unlabelled}


def _claims_at(event: Event, loc: Loc) -> list[dict[str, Any]]:
    return [c for c in event["claims"] if c["loc"] and rd.overlaps(c["loc"], loc)]


def score_recall(dump: Dump, rif: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for g in rif["conflicts"]:
        flagged = dump.get(g["folder"], {"flagged": []})["flagged"]
        hit = match_gold(g, g["folder"], [{"folder": g["folder"], "a": p["a"], "b": p["b"]} for p in flagged])
        keys = ["with borderline"] if g["borderline"] else ["with borderline", "all", g.get("kind") or "other"]
        for key in keys:
            found[key][0] += hit is not None
            found[key][1] += 1
        if hit is None:
            missed.append(
                {"folder": g["folder"], "a": g["a"], "b": g["b"], "kind": g.get("kind"), "borderline": g["borderline"]}
            )
    # What the analyst also sees: a misspelling the kit names on the claim itself (a spelling note from
    # the whole event's names, or a lone typo), though it flags no pair for it.
    noted = [0, 0]
    for g in rif["conflicts"]:
        if not g["borderline"] and g.get("kind") == "spelling":
            paired = not any(m["a"] == g["a"] and m["b"] == g["b"] for m in missed)
            noted[0] += paired or _spelling_noted(dump.get(g["folder"], {"claims": []}), g)
            noted[1] += 1
    order = sorted(found, key=lambda k: (k != "all", k == "with borderline", k))
    # The same count by fact: a fact whose outlets disagree counts once, flagged when any of its real
    # conflict pairs is (one fact told by seven documents can hold 20 pairs).
    facts: dict[tuple[str, str], bool] = {}
    for g in rif["conflicts"]:
        if not g["borderline"]:
            key = (g["folder"], str(g.get("fact") or id(g)))
            hit = not any(m["a"] == g["a"] and m["b"] == g["b"] for m in missed)
            facts[key] = facts.get(key, False) or hit
    by_fact = ratio(sum(facts.values()), len(facts))
    return {
        "by_kind": {k: ratio(*found[k]) for k in order},
        "by_fact": by_fact,
        "spelling_noted": ratio(*noted),
        "missed": missed,
    }


_NOTED_WORD = re.compile(r"spelling: (\S+) \(")


def _spelling_noted(event: Event, g: dict[str, Any]) -> bool:
    """A claim at one side of a gold spelling conflict names, in a spelling reason, a word it writes and
    the other side's claims do not."""
    for mine, other in ((g["a"], g["b"]), (g["b"], g["a"])):
        theirs = " ".join(c["text"] for c in _claims_at(event, other))
        for claim in _claims_at(event, mine):
            words = _NOTED_WORD.findall(claim["reasons"])
            if any(w in claim["text"] and w not in theirs for w in words):
                return True
    return False


def _raw_text(root: Path, folder: str, loc: Loc, cache: dict[str, dict[str, str]]) -> str:
    if folder not in cache:
        cache[folder] = rd.raw_docs(root / folder)
    return cache[folder].get(loc["doc"], "")[loc["start"] : loc["end"]]


def _fact_docs(sentences: list[tuple[Loc, list[str]]]) -> dict[str, set[str]]:
    docs: dict[str, set[str]] = defaultdict(set)
    for loc, facts in sentences:
        for fact in facts:
            docs[fact].add(loc["doc"])
    return docs


def paired(xs: list[dict[str, Any]], ys: list[dict[str, Any]]) -> bool:
    """The kit tells the analyst these claims tell one fact: one cluster, or one lists the other as a counterpart
    (a sentence carrying two facts of another outlet supports both without joining their clusters)."""
    return any(
        x["cluster"] == y["cluster"]
        or y.get("id") in x.get("counterparts", ())
        or x.get("id") in y.get("counterparts", ())
        for x in xs
        for y in ys
    )


def score_paraphrase(dump: Dump, rif: dict[str, Any], root: Path) -> dict[str, Any]:
    """Cross-document same-fact sentence pairs the kit puts in one cluster: all, and told in different words."""
    cache: dict[str, dict[str, str]] = {}
    pairs = {"all": [0, 0], "different_words": [0, 0]}
    facts: dict[tuple[str, str], bool] = {}  # (folder, fact) told in different words -> paired at least once
    for folder, sentences in rif["sentences"].items():
        event = dump.get(folder)
        if event is None:
            continue
        by_fact: dict[str, list[Loc]] = defaultdict(list)
        for loc, fs in sentences:
            for fact in fs:
                by_fact[fact].append(loc)
        for fact, locs in by_fact.items():
            for i, a in enumerate(locs):
                for b in locs[i + 1 :]:
                    if a["doc"] == b["doc"]:
                        continue
                    together = paired(_claims_at(event, a), _claims_at(event, b))
                    ta, tb = (_raw_text(root, folder, loc, cache).lower() for loc in (a, b))
                    keys = ["all"]
                    if fuzz.token_sort_ratio(ta, tb) < DIFFERENT_WORDS:
                        keys.append("different_words")
                        facts[(folder, fact)] = facts.get((folder, fact), False) or together
                    for key in keys:
                        pairs[key][0] += together
                        pairs[key][1] += 1
    return {
        "pairs": {k: ratio(*v) for k, v in pairs.items()},
        "facts_different_words": ratio(sum(facts.values()), len(facts)),
    }


def score_single(dump: Dump, rif: dict[str, Any]) -> dict[str, Any]:
    """Single-sourced claims whose fact another document tells; lone gold sentences left single-sourced."""
    with_counterpart, single = 0, 0
    lone, lone_single, unlocated = 0, 0, 0
    for folder, sentences in rif["sentences"].items():
        event = dump.get(folder)
        if event is None:
            continue
        fact_docs = _fact_docs(sentences)
        shared = [loc for loc, fs in sentences if any(fact_docs[f] - {loc["doc"]} for f in fs)]
        for claim in event["claims"]:
            if claim["verdict"] == "single-sourced":
                single += 1
                with_counterpart += bool(claim["loc"]) and any(rd.overlaps(claim["loc"], loc) for loc in shared)
        for loc, fs in sentences:
            if fs and all(fact_docs[f] == {loc["doc"]} for f in fs):
                claims = _claims_at(event, loc)
                if not claims:
                    unlocated += 1
                    continue
                lone += 1
                lone_single += all(c["verdict"] == "single-sourced" for c in claims)
    return {
        "single_with_counterpart": ratio(with_counterpart, single),
        "lone_single_sourced": ratio(lone_single, lone),
        "lone_without_claim": unlocated,
    }


SEED_CHECKS = {
    "Myanmar typo flagged (spelling)": ("flag", "spelling", "demacracy", "demacracy"),
    "summit sentences flagged (number)": ("flag", "number", "February 2019 summit", "first summit in 2018"),
    "strategy paraphrase paired": ("pair", "", "comprehensive strategy toward North Korea", "affirmed the necessity"),
    "coordinate paraphrase paired": ("pair", "", "closely coordinate on the Democratic", "coordinate closely on North"),
}


def score_seeds(event: Event) -> dict[str, bool]:
    """The design card's expectations on the seeds, matched by a few words of the project's own seed text."""
    out = {}
    for name, (how, kind, x, y) in SEED_CHECKS.items():
        if how == "flag":
            out[name] = any(
                kind in p["kinds"] and any(x in t for t in p["texts"]) and any(y in t for t in p["texts"])
                for p in event["flagged"]
            )
        else:
            out[name] = paired(
                [c for c in event["claims"] if x in c["text"]], [c for c in event["claims"] if y in c["text"]]
            )
    return out


def score(dump: Dump, gold: list[dict[str, Any]], rif: dict[str, Any], root: Path) -> dict[str, Any]:
    out: dict[str, Any] = {"precision": score_precision(dump, gold), "seeds": score_seeds(dump["seeds"])}
    if rif["conflicts"]:
        out["recall"] = score_recall(dump, rif)
    if rif["sentences"]:
        out["paraphrase"] = score_paraphrase(dump, rif, root)
        out["single"] = score_single(dump, rif)
    return out


# ---------------------------------------------------------------- report
def _fmt(r: dict[str, Any] | None) -> str:
    if not r or r["value"] is None:
        return "–"
    return f"{r['value']:.2f} ({r['n']}/{r['of']})"


def report_rows(s: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(figure, target, value) rows for one scored run."""
    rows: list[tuple[str, str, str]] = []
    p = s["precision"]
    for kind, f in p["by_kind"].items():
        target = "≥ 0.85" if kind == "all" else "≥ 0.70"
        label = "overall" if kind == "all" else kind
        rows.append((f"precision {label}, borderline false", target, _fmt(f["borderline_false"])))
        rows.append((f"precision {label}, without borderline", target, _fmt(f["without_borderline"])))
        rows.append((f"precision {label}, strict (kind right)", target, _fmt(f["strict"])))
    rows.append(("flagged pairs (not seeds)", "", str(p["flagged"])))
    rows.append(("flagged pairs not labelled yet", "0", str(p["unlabelled"])))
    if "recall" in s:
        for kind, r in s["recall"]["by_kind"].items():
            label = "overall" if kind == "all" else kind
            rows.append((f"read-in-full conflicts flagged, {label}", "≥ 0.60" if kind == "all" else "", _fmt(r)))
        if "by_fact" in s["recall"]:
            rows.append(("read-in-full conflicting facts flagged", "", _fmt(s["recall"]["by_fact"])))
        if "spelling_noted" in s["recall"]:
            rows.append(("read-in-full misspellings flagged or noted", "", _fmt(s["recall"]["spelling_noted"])))
    if "paraphrase" in s:
        para = s["paraphrase"]
        rows.append(("paraphrased facts paired (diff. words)", "≥ 0.40", _fmt(para["facts_different_words"])))
        rows.append(("paraphrase pairs paired (diff. words)", "", _fmt(para["pairs"]["different_words"])))
        rows.append(("same-fact pairs paired (all)", "", _fmt(para["pairs"]["all"])))
        single = s["single"]
        rows.append(("single-sourced with a counterpart", "lower", _fmt(single["single_with_counterpart"])))
        rows.append(("lone gold sentences single-sourced", "≥ 0.90", _fmt(single["lone_single_sourced"])))
        rows.append(("lone gold sentences with no claim", "", str(single["lone_without_claim"])))
    for name, ok in s["seeds"].items():
        rows.append((f"seeds: {name}", "✓", "✓" if ok else "✗"))
    return rows


def print_table(now: dict[str, Any], before: dict[str, Any] | None, before_name: str) -> None:
    rows_now = report_rows(now)
    rows_before = dict((name, value) for name, _, value in report_rows(before)) if before else {}
    print(f"\n{'figure':<46}{'target':>8}{'before ' + before_name if before else '':>22}{'now':>18}")
    for name, target, value in rows_now:
        print(f"{name:<46}{target:>8}{rows_before.get(name, '') if before else '':>22}{value:>18}")


def show_unlabelled(dump: Dump, unlabelled: list[dict[str, Any]]) -> None:
    """The flagged pairs no one has labelled, with their text (terminal only) and a JSON line to fill in."""
    for u in unlabelled:
        pair = next(p for p in dump[u["folder"]]["flagged"] if p["a"] == u["a"] and p["b"] == u["b"])
        print(f"\n{u['folder']}  {'; '.join(pair['reasons'])}")
        for loc, text in zip((pair["a"], pair["b"]), pair["texts"]):
            print(f"  [{loc['doc']} {loc['start']}] {text}")
        line = {**{k: u[k] for k in ("folder", "a", "b")}, "label": "", "kind": "", "kit_kinds": u["kit_kinds"]}
        print("  " + json.dumps({**line, "reason_ok": None, "why": ""}, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        default="dev",
        choices=("train", "dev", "test", "fnc", "fnc-report", "emergent", "emergent-report"),
    )
    parser.add_argument("--against", default=None, help="commit to compare with (default: HEAD or HEAD~1)")
    parser.add_argument("--no-against", action="store_true", help="score this tree only")
    parser.add_argument("--show-unlabelled", action="store_true", help="print unlabelled flagged pairs with text")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # used by the "before" subprocess
    args = parser.parse_args(argv)
    if not rd.SHARED.is_dir():
        sys.exit(f"bench_realdata: {rd.SHARED} not found; it needs ../shared (or set FACTCHECK_SHARED).")
    if args.dump:
        args.dump.write_text(json.dumps(run_kit(args.split), ensure_ascii=False), encoding="utf-8")
        return 0

    root = rd.event_root(args.split)
    gold_paths = sorted(GOLD.glob(f"flagged_{args.split}.jsonl"))
    rif_paths = sorted(GOLD.glob(f"read_in_full_{args.split}_*.jsonl"))
    gold, rif = read_jsonl(gold_paths), read_in_full(rif_paths)
    print(f"flagged-pair gold: {len(gold)} labelled pairs from {[p.name for p in gold_paths] or 'no file'}")
    if rif_paths:
        print(
            f"read-in-full gold: {[p.name for p in rif_paths]}: {len(rif['conflicts'])} conflicts ({sum(c['borderline'] for c in rif['conflicts'])} borderline), "
            f"{sum(map(len, rif['sentences'].values()))} sentences in {len(rif['sentences'])} events"
            + (f", {rif['unread']} lines not understood" if rif["unread"] else "")
        )
    else:
        print(
            f"read-in-full gold: none (no {GOLD.name}/read_in_full_{args.split}_*.jsonl): recall and paraphrase skipped"
        )
    stale = stale_locators(gold, root, ("a", "b")) + stale_locators(rif["conflicts"], root, ("a", "b"))
    if stale:
        print(f"warning: {stale} gold locators no longer match their sha")

    now_dump = run_kit(args.split)
    now = score(now_dump, gold, rif, root)
    before, rev = None, ""
    if not args.no_against:
        rev = args.against or default_against()
        before_dump, commit = run_kit_at(rev, args.split)
        before = score(before_dump, gold, rif, root)
        rev = f"{rev} ({commit})"
    print_table(now, before, rev.split()[0] if rev else "")
    if args.show_unlabelled:
        show_unlabelled(now_dump, now["precision"]["unlabelled_pairs"])

    RESULTS.mkdir(exist_ok=True)
    results = {
        "split": args.split,
        "now": {
            "commit": _git("rev-parse", "--short", "HEAD"),
            "factcheck_changed": bool(_git("status", "--porcelain", "factcheck/")),
            **now,
        },
        "before": {"rev": rev, **before} if before else None,
        "gold": {"flagged": len(gold), "read_in_full": [p.name for p in rif_paths]},
    }
    out = RESULTS / f"realdata_{args.split}.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten: {out.relative_to(rd.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
