"""Command line: ``factcheck check|export|report|agreement PATH...`` and ``factcheck workshop ...``.

Bad input prints one line on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import pandas as pd

from .errors import ExportError, FactcheckError
from .matches import MIN_SCORE, SURE_SCORE
from .review.agreement import MIN_SHARED
from .summary import substantive

_DESCRIPTION = """\
Cross-check news claims across outlets. Give it the articles several outlets
wrote about one event (a folder, files or a glob; .txt, .md, .html, .json,
.jsonl, .csv). Every claim gets a suggested verdict with its reason:
agreed, conflicting (a typo, number, date, weekday, name, negation or quote
differs) or single-sourced. The analyst decides; this does the tedious part.
"""
_FORMATS = ".csv, .json, .jsonl, .parquet, .xlsx, .md or .html"
_EPILOG = """\
examples:
  factcheck check seeds/                       summary on the terminal
  factcheck check articles/*.html -o claims.xlsx
  factcheck check a.txt b.json --aliases my_aliases.csv
  factcheck export --store labels.jsonl articles/ -o checked.csv
  factcheck export --store labels.jsonl articles/ -o reviews.jsonld
  factcheck report articles/ --store labels.jsonl -o report.html
  factcheck agreement --store ana.jsonl --store ben.jsonl articles/
  factcheck workshop --help                    teaching workshops: packs, learner app, class report

exit status: 0 ok, 2 bad input or usage (one line on stderr says what to fix).
"""
_COMMANDS = {
    "check": (
        "suggest a verdict for every claim",
        f"write the claim table here ({_FORMATS}) instead of printing a summary",
    ),
    "export": (
        "write the claim table merged with the analysts' decisions",
        f"the file to write: {_FORMATS}, or .jsonld for schema.org ClaimReview (decided claims only)",
    ),
    "report": ("write the HTML report (counts, heat map, charts, every conflict)", "the report file (.html)"),
    "agreement": (
        "print how far the analysts agree (percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha)",
        "",
    ),
}
_STORE_HELP = "a decisions file the Reviewer wrote (e.g. labels.jsonl); repeat --store for each analyst's own file"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck", description=_DESCRIPTION, epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (summary_line, output_help) in _COMMANDS.items():
        command = sub.add_parser(
            name,
            help=summary_line,
            description=f"{summary_line[0].upper()}{summary_line[1:]}.\n\n{_DESCRIPTION}",
            epilog=_EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or glob patterns")
        if output_help:
            command.add_argument("-o", "--output", metavar="OUT", required=name != "check", help=output_help)
        if name == "agreement":
            command.add_argument("--store", metavar="JSONL", action="append", required=True, help=_STORE_HELP)
            command.add_argument(
                "--min-shared",
                type=int,
                default=MIN_SHARED,
                help=f"fewest shared claims for a figure (default {MIN_SHARED}); with fewer, the reason is printed",
            )
        elif name != "check":
            command.add_argument(
                "--store", metavar="JSONL", action="append", required=name == "export", help=_STORE_HELP
            )
            command.add_argument(
                "--analyst",
                help="use only this analyst's decisions (default: the final verdict: adjudicated > unanimous > majority > single)",
            )
            command.add_argument(
                "--title",
                default="Fact-check report",
                help="title of the report" + (" or Markdown file" if name == "export" else ""),
            )
        if name == "export":
            command.add_argument("--url", help="for .jsonld: the address where your ClaimReview page will be published")
        _add_pipeline_options(command)
    from .workshops.cli import add_parser

    add_parser(sub)
    return parser


def _add_pipeline_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--min-score",
        type=float,
        default=MIN_SCORE,
        help=f"lowest similarity (0-100) for a loose match (default {MIN_SCORE})",
    )
    command.add_argument(
        "--sure-score",
        type=float,
        default=SURE_SCORE,
        help=f"similarity (0-100) that always counts as a match (default {SURE_SCORE})",
    )
    command.add_argument(
        "--aliases", metavar="CSV", help="alias table (columns canonical,alias) to use instead of the bundled one"
    )
    command.add_argument(
        "--skip-bad",
        action="store_true",
        help="leave out unreadable files and records (listed as a warning) instead of stopping",
    )
    command.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


#: Rows of the per-outlet table and conflicts the terminal summary shows; ``-o`` writes them all.
MAX_OUTLETS = 20
MAX_CONFLICTS = 20
MAX_MEMBERS = 8
# Control characters (ESC starts terminal escape sequences) and bidirectional overrides from an article
# must not reach the terminal: they are shown escaped, as \x1b or \u202e.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: object) -> str:
    r"""``text`` safe for a terminal: control characters shown escaped.

    >>> printable("\x1b[31mred\x1b[0m, tab\tand newline\n kept")
    '\\x1b[31mred\\x1b[0m, tab\tand newline\n kept'
    """
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], str(text))


def _wrap(text: str, indent: str, width: int = 100) -> str:
    return textwrap.fill(printable(text), width=width, initial_indent=indent, subsequent_indent=indent + "  ")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' * (n != 1)}"


def _outlets(table: pd.DataFrame) -> list[str]:
    per_source = pd.crosstab(table["source"].map(printable), table["verdict"]).reindex(
        columns=["agreed", "conflicting", "single-sourced"], fill_value=0
    )
    per_source.insert(0, "claims", per_source.sum(axis=1))
    per_source = per_source.rename_axis(index="outlet", columns=None)
    per_source = per_source.iloc[
        sorted(range(len(per_source)), key=lambda i: (-per_source["claims"].iloc[i], per_source.index[i]))
    ]
    lines = per_source.head(MAX_OUTLETS).to_string().splitlines()
    if len(per_source) > MAX_OUTLETS:
        lines.append(
            f"… and {_plural(len(per_source) - MAX_OUTLETS, 'more outlet')} "
            "(-o claims.csv, .xlsx or .html writes every outlet's claims)"
        )
    return lines


def _kinds(group: pd.DataFrame) -> str:
    kinds = [k.strip() for value in group["conflict_types"].dropna() for k in re.split(r"[;,]", str(value))]
    return ", ".join(dict.fromkeys(k for k in kinds if k)) or "conflict"


def _conflict(number: int, members: pd.DataFrame) -> list[str]:
    """One fact told differently: its reasons (which outlet wrote which value), then each outlet's
    wording; a claim's own reason is shown under it only where it says more than the heading."""
    conflicting = members[members["verdict"] == "conflicting"]
    outlets = members["source"].nunique()
    reasons = list(dict.fromkeys(r for value in conflicting["reasons"] for r in substantive(value).split("; ") if r))
    lines = [
        "",
        f"{number}. {printable(_kinds(conflicting))}: {_plural(len(conflicting), 'claim')} from {_plural(outlets, 'outlet')}",
        *(_wrap(f"{reason}", "   ") for reason in reasons),
    ]
    ordered = pd.concat([conflicting, members[members["verdict"] != "conflicting"]])
    for row in ordered.head(MAX_MEMBERS).itertuples():
        lines.append(_wrap(f"{row.source} ({row.claim_id}): {row.text}", "   "))
        reason = substantive(row.reasons)
        if reason and reason != "; ".join(reasons):
            lines.append(_wrap(f"↳ {reason}", "     "))
    if len(ordered) > MAX_MEMBERS:
        lines.append(f"   … and {_plural(len(ordered) - MAX_MEMBERS, 'more claim')} of this fact")
    return lines


def summary(table: pd.DataFrame) -> str:
    """A readable report of a checked-claim table: counts, then every conflict.

    Each conflict shows every outlet's wording with that claim's own reason
    under it. Long lists are cut (the :data:`MAX_OUTLETS` largest outlets,
    the first :data:`MAX_CONFLICTS` conflicts); ``factcheck check -o`` writes
    them all. Control characters from articles are shown escaped.
    """
    lines = []
    n_articles = table["article_id"].nunique()
    n_sources = table["source"].nunique()
    lines.append(
        f"{_plural(len(table), 'claim')} from {_plural(n_articles, 'article')} ({_plural(n_sources, 'outlet')})"
    )
    lines.append("")
    counts = table["verdict"].value_counts().reindex(["agreed", "conflicting", "single-sourced"], fill_value=0)
    lines.append(counts.rename("claims").rename_axis("verdict").to_frame().to_string())
    lines.append("")
    lines.extend(_outlets(table))
    conflicts = table[table["verdict"] == "conflicting"]
    n_facts = conflicts["cluster_id"].nunique()
    lines.append("")
    lines.append(
        f"Conflicts: {_plural(len(conflicts), 'claim')} in {_plural(n_facts, 'fact')} "
        f"{'conflict' if len(conflicts) != 1 else 'conflicts'} (which outlet wrote which value, then each outlet's wording):"
        if len(conflicts)
        else "No conflicts found."
    )
    shown = list(dict.fromkeys(conflicts["cluster_id"]))[:MAX_CONFLICTS]
    members_of = dict(list(table[table["cluster_id"].isin(shown)].groupby("cluster_id", sort=False)))
    for number, cluster in enumerate(shown, 1):
        lines.extend(_conflict(number, members_of[cluster]))
    if n_facts > len(shown):
        lines += [
            "",
            f"… and {_plural(n_facts - len(shown), 'more conflicting fact')} (-o report.html or .md lists them all)",
        ]
    return "\n".join(lines)


def _write(args: argparse.Namespace, table: pd.DataFrame) -> str:
    """Write what the command asks for; return the line that says what was written."""
    from .export import export

    suffix = Path(args.output).suffix.lower()
    if args.command == "check" and suffix == ".jsonld":
        raise ExportError(
            f"{args.output}: ClaimReview is written only from analysts' decisions; "
            f"use `factcheck export --store labels.jsonl PATH... -o {args.output}`."
        )
    if args.command == "report" and suffix not in (".html", ".htm"):
        raise ExportError(
            f"{args.output}: the report is HTML; name it report.html (for other formats use `factcheck export`)."
        )
    store = getattr(args, "store", None)
    options = {} if args.command == "check" else {"store": store, "analyst": args.analyst, "title": args.title}
    written = export(table, args.output, url=getattr(args, "url", None), **options)
    if args.command == "report":
        return f"wrote the report on {len(table)} claims to {written}"
    if suffix == ".jsonld":
        import json

        return f"wrote {len(json.loads(written.read_text(encoding='utf-8')))} ClaimReviews to {written}"
    counts = table["verdict"].value_counts()
    line = f"wrote {len(table)} claims to {written} ({', '.join(f'{k}: {v}' for k, v in counts.items())})"
    if store is not None:
        from .review import reviewed

        final = reviewed(table, store, analyst=args.analyst)
        final = final[final["status"] != "orphaned"]
        line += f"; {int((final['final_verdict'] != '').sum())} decided"
        tied = int((final["resolution"] == "tied").sum())
        if tied:
            line += f"; {tied} tied between analysts (no final verdict until adjudicated)"
    return line


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _parser().parse_args(argv)
    from .pipeline import check

    progress = args.command != "workshop" and not args.quiet and err.isatty()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if args.command == "workshop":
                from .workshops.cli import run

                status = run(args, out)
                for warning in caught:
                    print(f"factcheck: warning: {printable(warning.message)}", file=err)
                return status
            table = check(
                args.paths,
                min_score=args.min_score,
                sure_score=args.sure_score,
                aliases=args.aliases,
                errors="skip" if args.skip_bad else "raise",
                progress=progress,
            )
            if args.command == "agreement":
                from .review import agreement

                if args.min_shared < 1:
                    raise ValueError(f"--min-shared {args.min_shared}: give a number of claims, 1 or more")
                done = agreement(args.store, table, min_shared=args.min_shared).to_text()
            else:
                done = _write(args, table) if args.output else summary(table)
        except (FactcheckError, ValueError) as exc:
            print(f"factcheck: error: {printable(exc)}", file=err)
            return 2
        except OSError as exc:  # anything the file system refuses that no stage turned into a message
            where = f"{exc.filename}: " if exc.filename else ""
            print(f"factcheck: error: {printable(where)}{exc.strerror or exc}.", file=err)
            return 2
    for warning in caught:
        print(f"factcheck: warning: {printable(warning.message)}", file=err)
    print(done, file=out)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
