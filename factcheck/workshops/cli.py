"""``factcheck workshop list|new|key|serve|report|plant``: the trainer's commands.

Wired into :mod:`factcheck.cli`; bad input prints one line on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import TextIO

from ..errors import WorkshopError

__all__ = ["add_parser", "run"]

_EPILOG = """\
a workshop in five commands:
  factcheck workshop list                          the packs, easiest first
  factcheck workshop new elderwick-fair room1      copy a pack and the notebooks into room1/
  factcheck workshop serve room1                   start the learner app (learners open the address shown)
  factcheck workshop report room1 -o class.html    the class report, from room1/answers/
  factcheck workshop key elderwick-fair -o key.md  the answer key, for the reveal

an exercise from your own articles (one event, two or more outlets):
  factcheck workshop plant articles/ -o my-pack -n 5 --seed 1
  factcheck workshop new my-pack room2

exit status: 0 ok, 2 bad input or usage (one line on stderr says what to fix).
"""


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``workshop`` and its commands to the main parser's sub-commands."""
    from .plant import DEFAULT_KINDS, PLANT_KINDS

    fmt = argparse.RawDescriptionHelpFormatter
    ws = sub.add_parser(
        "workshop",
        help="teaching workshops: exercise packs, the learner app, the class report",
        description="Run a fact-checking workshop: exercise packs with answer keys, a learner app, a class report.",
        epilog=_EPILOG,
        formatter_class=fmt,
    )
    cmds = ws.add_subparsers(dest="workshop_command", required=True, metavar="WORKSHOP_COMMAND")
    cmds.add_parser("list", help="list the exercise packs", epilog=_EPILOG, formatter_class=fmt)
    new = cmds.add_parser("new", help="copy a pack and the learner's and trainer's notebooks into a new folder")
    new.add_argument("pack", metavar="PACK", help="a pack name (see `factcheck workshop list`) or a pack folder")
    new.add_argument("folder", metavar="DIR", help="the new (or empty) workshop folder")
    new.add_argument(
        "--feedback",
        choices=("each", "end"),
        default="each",
        help="when learners see right or wrong: after each answer (default) or at the end",
    )
    key = cmds.add_parser("key", help="print the answer key, or write it with -o (.md, .csv or .json)")
    key.add_argument("pack", metavar="PACK", help="a pack name, a pack folder or a workshop folder")
    key.add_argument("-o", "--output", metavar="FILE", help="write the key here (.md, .csv or .json)")
    serve = cmds.add_parser("serve", help="start the learner app (Voilà) for a workshop folder")
    serve.add_argument("folder", metavar="DIR", help="a workshop folder made by `factcheck workshop new`")
    serve.add_argument("--port", type=int, default=8866, help="port to listen on (default 8866)")
    serve.add_argument(
        "--ip",
        default="127.0.0.1",
        help="address to listen on: 127.0.0.1 (this computer only, default) or 0.0.0.0 (the room's "
        "network: learners open http://<this computer's address>:PORT/)",
    )
    serve.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    report = cmds.add_parser("report", help="write the class report (HTML) from the learners' answers")
    report.add_argument("folder", metavar="DIR", help="the workshop folder")
    report.add_argument(
        "--answers",
        metavar="PATH",
        action="append",
        help="learners' answer files or folders of them (default DIR/answers); repeat for each",
    )
    report.add_argument("-o", "--output", metavar="HTML", required=True, help="the report file (.html)")
    report.add_argument("--hide-names", action="store_true", help="show Learner 1, Learner 2, ... instead of names")
    plant = cmds.add_parser("plant", help="make a pack from your own articles by planting errors into them")
    plant.add_argument("paths", nargs="+", metavar="PATH", help="the articles: one event, two or more outlets")
    plant.add_argument("-o", "--output", metavar="DIR", required=True, help="the new pack folder")
    plant.add_argument("-n", type=int, default=5, help="how many changes to plant (default 5)")
    plant.add_argument(
        "--kinds",
        default=",".join(DEFAULT_KINDS),
        help=f"comma-separated kinds (default {','.join(DEFAULT_KINDS)}; any of: {', '.join(PLANT_KINDS)})",
    )
    plant.add_argument("--seed", type=int, default=0, help="the same seed gives the same changes (default 0)")
    plant.add_argument("--title", default="", help="the exercise's title (default: the first article's title)")


def _list() -> str:
    from .packs import list_packs

    packs = list_packs()
    lines = []
    for r in packs.itertuples():
        lines.append(f"{r.name}  ({r.difficulty}, {r.outlets} outlets, {r.claims} claims, about {r.minutes} min)")
        lines.append(f"    {r.title}: {r.conflicts} conflicting facts; kinds: {r.kinds}")
    return "\n".join(lines)


def _key(args: argparse.Namespace) -> str:
    from .packs import load_pack

    pack = load_pack(args.pack)
    suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else "md"
    if suffix not in ("md", "csv", "json"):
        raise WorkshopError(f"{args.output}: write the key as .md, .csv or .json")
    text = pack.key.to_text(suffix, pack.check())
    if suffix == "md":  # the handout also says where the kit itself is wrong: moments to discuss
        wrong = [f"- **{w.get('outlet', '')}** ({w.get('phrase', '')}): the kit says {w.get('kit', '')}; {w.get('why', '')}"
                 for w in pack.kit_wrong]  # fmt: skip
        text += "\n## Where the kit is wrong\n\n" + (pack.notes + "\n\n" if pack.notes else "")
        text += "\n".join(wrong) if wrong else "Nowhere: the kit's suggestions agree with the key on every claim."
        text += "\n"
    if not args.output:
        return text.rstrip("\n")
    Path(args.output).write_text(text, encoding="utf-8")
    return f"wrote the answer key of {pack.name} ({len(pack.key)} claims) to {args.output}"


def _serve(args: argparse.Namespace, out: TextIO) -> int:
    from .room import open_workshop

    room = open_workshop(args.folder)
    if importlib.util.find_spec("voila") is None:
        raise WorkshopError("Voilà is not installed: run the README's first setup command (it installs it)")
    if not 0 < args.port < 65536:
        raise WorkshopError(f"--port {args.port}: give a port number between 1 and 65535")
    where = "this computer's address" if args.ip in ("0.0.0.0", "::") else args.ip
    print(
        f"The learner app for {room.pack.title!r}: learners open http://{where}:{args.port}/ "
        f"(answers go to {room.answers}). Stop it with Ctrl+C.",
        file=out,
        flush=True,
    )
    command = [
        sys.executable,
        "-m",
        "voila",
        "learner.ipynb",
        f"--port={args.port}",
        f"--Voila.ip={args.ip}",
        "--Voila.port_retries=0",
    ] + (["--no-browser"] if args.no_browser else [])
    env = dict(os.environ, FACTCHECK_WORKSHOP=str(room.folder.resolve()))
    try:
        return subprocess.call(command, cwd=room.folder, env=env)
    except KeyboardInterrupt:
        return 0


def _report(args: argparse.Namespace) -> str:
    from .class_report import write_class_report
    from .classroom import class_results, learner_stores
    from .room import open_workshop

    if Path(args.output).suffix.lower() not in (".html", ".htm"):
        raise WorkshopError(f"{args.output}: the class report is HTML; name it class.html")
    room = open_workshop(args.folder)
    given = args.answers or [room.answers]
    missing = [a for a in given if not Path(a).exists()]
    if missing:
        raise WorkshopError(f"{missing[0]}: no such answers file or folder")
    results = class_results(learner_stores(given), room.pack.check(), room.pack.key, hide_names=args.hide_names)
    written = write_class_report(results, args.output)
    return f"wrote the class report to {written}: {results}"


def _plant(args: argparse.Namespace) -> str:
    from ..articles import load_articles
    from .packs import write_pack
    from .plant import plant_errors

    articles = load_articles(args.paths)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    changed, key = plant_errors(articles, kinds=kinds, n=args.n, seed=args.seed)
    title = args.title or str(articles["title"].iloc[0] or "Exercise")
    pack = write_pack(changed, key, args.output, title=title, summary=key.notes[0] if key.notes else "")
    planted = key.entries.drop_duplicates("fact")
    changes = planted[~planted["kind"].isin(["same", "paraphrase"])]
    return f"wrote the pack {pack.folder} ({len(pack.key)} claims in the key; changes: {', '.join(changes['kind'])})"


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run one ``workshop`` command; errors propagate to :func:`factcheck.cli.main`, which prints them."""
    command = args.workshop_command
    if command == "serve":
        return _serve(args, out)
    if command == "list":
        done = _list()
    elif command == "new":
        from .room import new_workshop

        room = new_workshop(args.pack, args.folder, feedback=args.feedback)
        when = "after each answer" if args.feedback == "each" else "at the end"
        done = (
            f"made the workshop {room.folder} ({room.pack.title}; learners see right or wrong {when}); "
            f"start the learner app with: factcheck workshop serve {room.folder}"
        )
    elif command == "key":
        done = _key(args)
    elif command == "report":
        done = _report(args)
    else:
        done = _plant(args)
    print(done, file=out)
    return 0
