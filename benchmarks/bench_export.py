"""How long exporting a reviewed 30,000-claim table takes, per format, and how big the files are.

Builds the benchmark corpus (BASIL and ECB+ articles scaled up, see _corpus.py),
writes it as one JSON Lines file, runs ``factcheck.check`` on it, records a
decision on every 20th claim, then times ``factcheck.export(..., store=)`` for
every format (the merge with the store included) and ``read_export`` back.

    python benchmarks/bench_export.py [--claims 30000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

FORMATS = ("csv", "json", "jsonl", "parquet", "xlsx", "md", "html", "jsonld")
READABLE = ("csv", "json", "jsonl", "parquet", "xlsx")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=30_000)
    parser.add_argument("--out", default=str(HERE / "results" / "export.json"))
    args = parser.parse_args()

    from _corpus import build_articles

    import factcheck

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles = build_articles(args.claims)
        corpus = folder / "corpus.jsonl"
        articles[["article_id", "source", "text"]].rename(columns={"article_id": "title"}).to_json(
            corpus, orient="records", lines=True, force_ascii=False
        )
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a few scaled-up records are all boilerplate: skipped
            table = factcheck.check(corpus, errors="skip")
        results["check_s"] = round(time.perf_counter() - t0, 2)
        results["claims"] = len(table)
        store = folder / "labels.jsonl"
        session = factcheck.ReviewSession(table, store=store, analyst="bench")
        for claim_id, verdict in table[["claim_id", "verdict"]].iloc[::20].itertuples(index=False):
            session.jump(claim_id)
            session.decide(verdict, note="checked")
        results["decisions"] = len(table.iloc[::20])
        print(f"{len(table):,} claims, {results['decisions']:,} decided (check took {results['check_s']} s)")
        print(f"{'format':<8} {'export s':>9} {'read s':>7} {'MB':>7}")
        for fmt in FORMATS:
            target = folder / f"claims.{fmt}"
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # ClaimReview's advice on long claims, on every run
                t0 = time.perf_counter()
                factcheck.export(table, target, store=store)
                written = time.perf_counter() - t0
            read = None
            if fmt in READABLE:
                t0 = time.perf_counter()
                back = factcheck.read_export(target)
                read = time.perf_counter() - t0
                assert len(back) == len(table), fmt
            size = target.stat().st_size / 1e6
            results[fmt] = {"export_s": round(written, 2), "read_s": read and round(read, 2), "mb": round(size, 2)}
            print(f"{fmt:<8} {written:>9.2f} {'' if read is None else f'{read:.2f}':>7} {size:>7.2f}")
    Path(args.out).parent.mkdir(exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
