"""The whole kit on invented multi-outlet events written blind to it: conflicts flagged, real and false.

Run from the repository root with the project's venv::

    python benchmarks/bench_probe.py                        # probe1 (tuning), this tree
    python benchmarks/bench_probe.py --against HEAD~3       # and a commit, side by side
    python benchmarks/bench_probe.py --set probe2           # the held-out set (see gold/README.md)

``gold/probe/<set>/`` holds events a helper session wrote without seeing the kit, its tests or its output
(see ``gold/README.md``): each event a folder of 3-4 outlets' articles (``.txt``) telling it independently,
number-heavy, with real conflicts planted (``gold.jsonl``, one line per conflicting pair of sentences) and
many traps (``traps.jsonl``: alike sentences whose figures are about different things). Each event goes
through ``factcheck.check`` as a user's folder would, and its flagged pairs through
``bench_realdata.flagged_pairs``. A flagged pair is real when it joins two sentences of a planted
conflict, false or real as judged in ``judged.jsonl`` when it does not (pairs nobody planted, read by
hand), else unjudged. Printed: flagged pairs by label and kind, and the planted conflicts found, by kind;
written to ``results/probe_<set>.json``. It prints figures; it is not a pytest test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import warnings
from collections import Counter
from pathlib import Path

from _at_commit import json_at

HERE = Path(__file__).resolve().parent
PROBES = HERE / "gold" / "probe"


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _norm(text: str) -> str:
    return " ".join(text.split())


def _joins(pair: dict, line: dict) -> bool:
    """Whether a flagged pair sets the two sentences a gold line quotes against each other."""
    ta, tb = (_norm(t) for t in pair["texts"])
    qa, qb = _norm(line["a_quote"]), _norm(line["b_quote"])
    return (qa in ta and qb in tb) or (qa in tb and qb in ta)


def score(name: str) -> dict:
    """``{"flagged": {label: {"pairs": n, "kinds": {kind: n}}}, "planted": {kind: [found, of]}, "unjudged": [...]}``
    for the kit on ``sys.path``."""
    sys.path.insert(0, str(HERE))
    from bench_realdata import flagged_pairs

    import factcheck

    root = PROBES / name
    gold, judged = _lines(root / "gold.jsonl"), _lines(root / "judged.jsonl")
    flagged: dict[str, dict] = {}
    planted: dict[str, list[int]] = {}
    unjudged = []
    for event in sorted(p for p in root.iterdir() if p.is_dir()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            table = factcheck.check(event, errors="skip")
        pairs = flagged_pairs(table, event)
        lines = [g for g in gold if g["event"] == event.name]
        for pair in pairs:
            hit = next((g for g in lines if _joins(pair, g)), None)
            hit = hit or next((j for j in judged if j["event"] == event.name and _joins(pair, j)), None)
            label = hit["label"] if hit else "unjudged"
            if not hit:
                unjudged.append({"event": event.name, "reasons": pair["reasons"], "texts": pair["texts"]})
            cell = flagged.setdefault(label, {"pairs": 0, "kinds": Counter()})
            cell["pairs"] += 1
            cell["kinds"].update(pair["kinds"])
        for line in lines:
            cell = planted.setdefault(line["kind"], [0, 0])
            cell[0] += any(_joins(pair, line) for pair in pairs)
            cell[1] += 1
    flagged = {k: {"pairs": v["pairs"], "kinds": dict(sorted(v["kinds"].items()))} for k, v in sorted(flagged.items())}
    return {"flagged": flagged, "planted": planted, "unjudged": unjudged}


def score_at(rev: str, name: str) -> dict:
    """:func:`score` on ``factcheck/`` as committed at ``rev``."""
    return json_at(rev, __file__, "--set", name)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--set", default="probe1", help="probe1 (tuning) or probe2 (held out)")
    p.add_argument("--against", help="a commit to score beside this tree")
    p.add_argument("--out", type=Path, help="JSON output (default results/probe_<set>.json)")
    p.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    now = score(args.set)
    if args.json:
        print(json.dumps(now))
        return 0
    before = score_at(args.against, args.set) if args.against else None
    print(f"{args.set}: {'before ' + args.against if before else ''}")
    for title, result in (("before", before), ("now", now)):
        if result is None:
            continue
        pairs = {label: cell["pairs"] for label, cell in result["flagged"].items()}
        real, false = pairs.get("real", 0), pairs.get("false", 0)
        found, of = (sum(v[k] for v in result["planted"].values()) for k in (0, 1))
        print(f"\n{title}: flagged pairs {sum(pairs.values())} {pairs}; real share {real / max(1, real + false):.2f}")
        for label, cell in result["flagged"].items():
            print(f"  {label:10} {cell['kinds']}")
        print(f"  planted conflicts found: {found}/{of}")
        for kind, (n, m) in sorted(result["planted"].items()):
            print(f"    {kind:10} {n}/{m}")
        for pair in result["unjudged"]:
            print(f"  UNJUDGED {pair['event']} {pair['reasons']}\n    | {pair['texts'][0]}\n    | {pair['texts'][1]}")
    commit = subprocess.run(
        ["git", "-C", str(HERE.parent), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    record = {
        "set": args.set,
        "commit": commit.stdout.strip(),
        "now": now,
        "before": before and {"commit": args.against, **before},
    }
    out = args.out or HERE / "results" / f"probe_{args.set}.json"
    out.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nwritten: {out.relative_to(HERE.parent) if out.is_relative_to(HERE.parent) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
