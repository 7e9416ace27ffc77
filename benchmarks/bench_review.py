"""How long the reviewer takes, server-side, on a 30,000-claim table.

Prints per-action latencies (median and 95th percentile) of moving to the next
claim and recording a decision, both on the plain ReviewSession and through the
Reviewer widget (the action plus redrawing the view), and how long opening a
Reviewer on a store that already holds many decisions takes.

    python benchmarks/bench_review.py [--claims 30000] [--actions 300]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TARGET_MS = 50


def _table(claims: int):
    from _corpus import build_articles

    import factcheck

    articles = build_articles(claims)
    claims_frame = factcheck.split_claims(articles)
    matches = factcheck.align_claims(claims_frame)
    verdicts = factcheck.suggest_verdicts(claims_frame, matches)
    return claims_frame[["claim_id", "article_id", "source", "text"]].merge(verdicts, on="claim_id")


def _timed(action, n: int) -> dict[str, float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
        "max_ms": round(times[-1], 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=30_000)
    parser.add_argument("--actions", type=int, default=300)
    parser.add_argument("--out", default=str(HERE / "results" / "review.json"))
    args = parser.parse_args(argv)

    from factcheck import Reviewer, ReviewSession

    t0 = time.perf_counter()
    table = _table(args.claims)
    print(f"table: {len(table):,} claims ({time.perf_counter() - t0:.1f} s to build)")
    results: dict[str, object] = {"claims": len(table), "actions": args.actions, "target_ms": TARGET_MS}
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "labels.jsonl"
        t0 = time.perf_counter()
        session = ReviewSession(table, store=store, analyst="bench")
        results["open_empty_s"] = round(time.perf_counter() - t0, 3)
        results["session_next"] = _timed(session.next, args.actions)
        verdicts = iter(["agreed", "conflicting", "single-sourced"] * args.actions)
        results["session_decide"] = _timed(lambda: session.decide(next(verdicts)), args.actions)

        t0 = time.perf_counter()
        reviewer = Reviewer(table, store=store, analyst="bench")
        results["open_widget_s"] = round(time.perf_counter() - t0, 3)

        def key(k: str) -> None:
            reviewer.shortcuts._handle_mouse_msg(None, {"event": "keydown", "key": k}, [])

        results["widget_next_key"] = _timed(lambda: key("j"), args.actions)
        results["widget_decide_click"] = _timed(reviewer.buttons["agreed"].click, args.actions)

        # A store that already holds a decision on every claim: how long does resuming take?
        for claim_id in table["claim_id"].tolist()[: args.claims]:
            session.store.append(
                {
                    "event": "decide",
                    "event_id": claim_id,
                    "claim_id": claim_id,
                    "verdict": "agreed",
                    "note": "",
                    "analyst": "other",
                    "time": "2026-01-01T00:00:00.000+00:00",
                    "suggested": "",
                    "text_hash": "",
                }
            )
        t0 = time.perf_counter()
        Reviewer(table, store=store, analyst="bench")
        results["open_widget_on_full_store_s"] = round(time.perf_counter() - t0, 3)
        results["store_events"] = sum(1 for _ in store.open(encoding="utf-8"))

    print(f"{'action':<28} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    for name in ("session_next", "session_decide", "widget_next_key", "widget_decide_click"):
        r = results[name]
        ok = "PASS" if r["p95_ms"] < TARGET_MS else "FAIL"
        print(
            f"{name:<28} {r['median_ms']:>10.2f} {r['p95_ms']:>8.2f} {r['max_ms']:>8.2f}  [{ok}] p95 < {TARGET_MS} ms"
        )
    print(
        f"open a Reviewer: {results['open_widget_s']} s on an empty store, "
        f"{results['open_widget_on_full_store_s']} s on a store of {results['store_events']:,} events"
    )
    Path(args.out).parent.mkdir(exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
