"""Command line: ``factcheck check PATH... [-o OUT.csv]``.

Bad input prints one line on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import warnings
from collections.abc import Sequence
from typing import TextIO

import pandas as pd

from .errors import FactcheckError
from .matches import MIN_SCORE, SURE_SCORE

_DESCRIPTION = """\
Cross-check news claims across outlets. Give it the articles several outlets
wrote about one event (a folder, files or a glob; .txt, .md, .html, .json,
.jsonl, .csv). Every claim gets a suggested verdict with its reason:
agreed, conflicting (a typo, number, date, weekday, name, negation or quote
differs) or single-sourced. The analyst decides; this does the tedious part.
"""
_EPILOG = """\
examples:
  factcheck check seeds/                       summary on the terminal
  factcheck check articles/*.html -o claims.csv
  factcheck check a.txt b.json --aliases my_aliases.csv

exit status: 0 ok, 2 bad input or usage (one line on stderr says what to fix).
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck", description=_DESCRIPTION, epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = sub.add_parser(
        "check",
        help="suggest a verdict for every claim",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or glob patterns")
    check.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write the claim table here (.csv, .json or .jsonl) instead of printing a summary",
    )
    check.add_argument(
        "--min-score",
        type=float,
        default=MIN_SCORE,
        help=f"lowest similarity (0-100) for a loose match (default {MIN_SCORE})",
    )
    check.add_argument(
        "--sure-score",
        type=float,
        default=SURE_SCORE,
        help=f"similarity (0-100) that always counts as a match (default {SURE_SCORE})",
    )
    check.add_argument(
        "--aliases", metavar="CSV", help="alias table (columns canonical,alias) to use instead of the bundled one"
    )
    check.add_argument(
        "--skip-bad",
        action="store_true",
        help="leave out unreadable files and records (listed as a warning) instead of stopping",
    )
    check.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return parser


def _wrap(text: str, indent: str, width: int = 100) -> str:
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent + "  ")


def summary(table: pd.DataFrame) -> str:
    """A readable report of a checked-claim table: counts, then every conflict."""
    lines = []
    n_articles = table["article_id"].nunique()
    n_sources = table["source"].nunique()
    lines.append(
        f"{len(table)} claims from {n_articles} article{'s' * (n_articles != 1)} ({n_sources} outlet{'s' * (n_sources != 1)})"
    )
    lines.append("")
    counts = table["verdict"].value_counts().reindex(["agreed", "conflicting", "single-sourced"], fill_value=0)
    lines.append(counts.rename("claims").rename_axis("verdict").to_frame().to_string())
    lines.append("")
    per_source = pd.crosstab(table["source"], table["verdict"]).reindex(
        columns=["agreed", "conflicting", "single-sourced"], fill_value=0
    )
    per_source.insert(0, "claims", per_source.sum(axis=1))
    lines.append(per_source.rename_axis(index="outlet", columns=None).to_string())
    conflicts = table[table["verdict"] == "conflicting"]
    lines.append("")
    lines.append(
        f"Conflicts ({conflicts['cluster_id'].nunique()} claims told differently):"
        if len(conflicts)
        else "No conflicts found."
    )
    for number, (_, group) in enumerate(conflicts.groupby("cluster_id", sort=False), 1):
        first = group.iloc[0]
        reasons = [r for r in first["reasons"].split("; ") if not r.startswith("benign:")]
        lines.append("")
        lines.append(f"{number}. {'; '.join(reasons)}")
        members = table[table["cluster_id"] == first["cluster_id"]]
        for row in members.itertuples():
            lines.append(_wrap(f"{row.source} ({row.claim_id}): {row.text}", "   "))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _parser().parse_args(argv)
    from .export import export
    from .pipeline import check

    progress = not args.quiet and err.isatty()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            table = check(
                args.paths,
                min_score=args.min_score,
                sure_score=args.sure_score,
                aliases=args.aliases,
                errors="skip" if args.skip_bad else "raise",
                progress=progress,
            )
            if args.output:
                written = export(table, args.output)
        except (FactcheckError, ValueError) as exc:
            print(f"factcheck: error: {exc}", file=err)
            return 2
    for warning in caught:
        print(f"factcheck: warning: {warning.message}", file=err)
    if args.output:
        counts = table["verdict"].value_counts()
        print(f"wrote {len(table)} claims to {written} ({', '.join(f'{k}: {v}' for k, v in counts.items())})", file=out)
    else:
        print(summary(table), file=out)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
