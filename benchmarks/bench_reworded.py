"""How the kit's pairwise comparison holds up when two outlets word one fact each their own way.

Run from the repository root with the project's venv::

    python benchmarks/bench_reworded.py                  # this tree
    python benchmarks/bench_reworded.py --against HEAD~3 # and a commit, side by side

``gold/reworded_pairs.jsonl`` holds 162 sentence pairs a helper session wrote blind to the kit (see
``gold/README.md``): 80 real conflicts, ten of each kind, told in differently ordered sentences with
moved attributions and synonyms, and 82 pairs that must agree (unit conversions, demonyms, details
about different things, a detail one side leaves out, headline case, ...). Each pair goes through
``factcheck.compare_claims`` alone (no event around it). Printed: conflicts found, by kind, and
agreeing pairs flagged, by trap, and writes them to ``results/reworded.json``. It prints figures; it is
not a pytest test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from _at_commit import json_at

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold" / "reworded_pairs.jsonl"


def score() -> dict[str, dict[str, list[int]]]:
    """``{"conflict": {kind: [found, of]}, "agree": {trap: [flagged, of]}}`` for the kit on ``sys.path``."""
    from factcheck import compare_claims

    out: dict[str, dict[str, list[int]]] = {"conflict": {}, "agree": {}}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        flagged = bool(compare_claims(pair["a"], pair["b"]).differences)
        cell = out[pair["label"]].setdefault(pair["kind"], [0, 0])
        cell[0] += flagged
        cell[1] += 1
    return out


def score_at(rev: str) -> dict[str, dict[str, list[int]]]:
    """:func:`score` on ``factcheck/`` as committed at ``rev``."""
    return json_at(rev, __file__)


def _total(table: dict[str, list[int]]) -> list[int]:
    return [sum(v[0] for v in table.values()), sum(v[1] for v in table.values())]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--against", help="a commit to score beside this tree")
    p.add_argument("--out", type=Path, default=HERE / "results" / "reworded.json", help="JSON output")
    p.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    now = score()
    if args.json:
        print(json.dumps(now))
        return 0
    before = score_at(args.against) if args.against else None
    head = f"{'':34}{'before ' + args.against if before else '':>18}{'now':>12}"
    for label, title in (("conflict", "real conflicts found"), ("agree", "agreeing pairs flagged (false alarms)")):
        print(f"\n{title}\n{head}")
        rows = [*sorted(now[label].items()), ("all", _total(now[label]))]
        for kind, (n, of) in rows:
            old = (before[label].get(kind) if kind != "all" else _total(before[label])) if before else None
            old_s = f"{old[0]}/{old[1]}" if old else ""
            print(f"  {kind:32}{old_s:>18}{f'{n}/{of}':>12}")
    counts = Counter(json.loads(line)["label"] for line in GOLD.read_text(encoding="utf-8").splitlines())
    print(f"\n{counts['conflict']} conflicts, {counts['agree']} agreeing pairs ({GOLD.name})")
    commit = subprocess.run(
        ["git", "-C", str(HERE.parent), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    record = {
        "commit": commit.stdout.strip(),
        "now": now,
        "before": {"commit": args.against, **before} if before else None,
    }
    args.out.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"written: {args.out.relative_to(HERE.parent) if args.out.is_relative_to(HERE.parent) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
