"""Real events as a user has them, and locators that point into them without copying their text.

``../shared/tools/event_folders.py SPLIT OUT`` writes real events as folders (BASIL: one ``articles.jsonl``
per event, one record per outlet; ECB+: one ``.txt`` per document, first line the headline). The gold files
in ``benchmarks/gold/`` never hold the articles' text (the licences do not allow shipping it): a sentence is
named by a *locator*::

    {"doc": "Fox News", "start": 120, "end": 311, "sha": "3f2a9c01"}

- ``doc``: for BASIL the record's ``source`` (the outlet); for ECB+ the file name (``2_1ecb.txt``);
- ``start``/``end``: character offsets into the *raw* document: the record's ``text`` field (BASIL) or the
  whole file decoded as UTF-8 (ECB+). The raw data never changes, so locators outlive any change to the kit;
- ``sha``: the first 8 hex digits of sha256 of the whitespace-normalised sentence, to check a locator still
  points where it did.

A claim the kit made is placed in the raw document by :func:`locate` (its text searched for, whitespace
folded), so gold and kit output meet on raw offsets whatever the kit's claim ids or cleaning are.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTCHECK_SHARED") or ROOT.parent / "shared")
EVENTS_CACHE = Path(os.environ.get("FACTCHECK_EVENTS") or "/tmp/factcheck-events")


def event_root(split: str) -> Path:
    """The folder of real events for ``split`` (made once with the shared tool, cached outside the repo;
    ``fnc`` and ``fnc-report`` by :func:`fnc_stories`, ``emergent`` and ``emergent-report`` by
    :func:`emergent_headlines`)."""
    out = EVENTS_CACHE / split
    if built := _built(split):
        kind, make = built
        if not (out / kind).is_dir():
            make(out / kind, report=split.endswith("-report"))
        return out
    if not (out / "basil").is_dir():
        tool = SHARED / "tools" / "event_folders.py"
        if not tool.exists():
            sys.exit(f"real-data benchmark: {tool} not found; it needs ../shared (or set FACTCHECK_SHARED).")
        subprocess.run([sys.executable, str(tool), split, str(out)], check=True, stdout=subprocess.DEVNULL)
    return out


def _built(split: str) -> tuple[str, Callable[..., None]] | None:
    """(folder kind, builder) for the splits this module writes itself; None for those of the shared tool."""
    return {"fnc": ("stories", fnc_stories), "emergent": ("headlines", emergent_headlines)}.get(
        split.removesuffix("-report")
    )


def event_folders(split: str) -> list[str]:
    """Event folders relative to :func:`event_root`, e.g. ``basil/2012-65cb14cb``, ``ecbplus/2_ecb``."""
    root = event_root(split)
    built = _built(split)
    kinds = (built[0],) if built else ("basil", "ecbplus")
    return sorted(f"{kind}/{p.name}" for kind in kinds for p in (root / kind).iterdir() if p.is_dir())


def fnc_stories(out: Path, report: bool = False) -> None:
    """FNC-1's competition bodies as events, one folder per story, one ``body-<id>.txt`` per outlet's article.

    A story is one of the 110 clusters of bodies linked through a headline they relate to (stance other
    than "unrelated"). ``../shared/data/README.md`` gives "~30% of the 110 story clusters (by hash)" to tune
    on and the rest to report on, without the hash, so ours is md5 of the story's smallest body id: mod 10
    < 3 is the tuning part (41 stories, ``--split fnc``); the rest is the report part (``--split
    fnc-report``), held out like the test split: run once, at the end.
    """
    import collections
    import csv
    import gzip

    data = SHARED / "data" / "fnc1"
    if not data.is_dir():
        sys.exit(f"real-data benchmark: {data} not found; it needs ../shared (or set FACTCHECK_SHARED).")
    csv.field_size_limit(10**8)
    with gzip.open(data / "competition_test_bodies.csv.gz", "rt", encoding="utf-8") as f:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(f)}
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_headline: dict[str, list[int]] = collections.defaultdict(list)
    with gzip.open(data / "competition_test_stances.csv.gz", "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["Stance"] != "unrelated":
                by_headline[r["Headline"]].append(int(r["Body ID"]))
    for ids in by_headline.values():
        for i in ids:
            parent[root(i)] = root(ids[0])
    stories: dict[int, list[int]] = collections.defaultdict(list)
    for x in list(parent):
        stories[root(x)].append(x)
    for ids in stories.values():
        key = str(min(ids))
        if len(ids) < 2 or (int(hashlib.md5(key.encode()).hexdigest()[:8], 16) % 10 < 3) != (not report):
            continue
        folder = out / f"story-{key}"
        folder.mkdir(parents=True, exist_ok=True)
        for i in sorted(set(ids)):
            (folder / f"body-{i}.txt").write_text(bodies[i], encoding="utf-8")


def emergent_headlines(out: Path, report: bool = False) -> None:
    """Emergent's headlines as events: one folder per claim, one ``articles.jsonl`` record per outlet (its
    web site; the first article of a site that ran several), the headline as the article's text.

    The tuning part (``--split emergent``) is the paper's training split of claims, the report part
    (``--split emergent-report``) its test split, held out like the test split: run once, at the end.
    A headline without a closing stop gets one: the kit reads a line that ends without one as page furniture.
    """
    import csv
    import gzip

    data = SHARED / "data" / "emergent"
    if not data.is_dir():
        sys.exit(f"real-data benchmark: {data} not found; it needs ../shared (or set FACTCHECK_SHARED).")
    part = "test" if report else "train"
    with gzip.open(data / f"url-versions-2015-06-14-clean-{part}.csv.gz", "rt", encoding="utf-8") as f:
        ids = {r["articleId"] for r in csv.DictReader(f)}
    by_claim: dict[str, dict[str, str]] = {}
    with gzip.open(data / "edata_all.csv.gz", "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["articleId"] in ids:
                by_claim.setdefault(r["claimId"], {}).setdefault(r["source"], r["articleHeadline"].strip())
    for claim, headlines in sorted(by_claim.items()):
        if len(headlines) < 2:
            continue
        folder = out / f"claim-{claim[:8]}"
        folder.mkdir(parents=True, exist_ok=True)
        lines = [
            json.dumps({"source": site, "text": text if text[-1:] in ".!?" else text + "."}, ensure_ascii=False)
            for site, text in headlines.items()
        ]
        (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def raw_docs(folder: Path) -> dict[str, str]:
    """``doc -> raw text`` for one event folder (see the module docstring for what ``doc`` is)."""
    folder = Path(folder)
    jsonl = folder / "articles.jsonl"
    if jsonl.exists():
        docs = {}
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                docs[rec["source"]] = rec["text"]
        return docs
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def sha(sentence: str) -> str:
    return hashlib.sha256(" ".join(sentence.split()).encode("utf-8")).hexdigest()[:8]


_SPACE = re.compile(r"\s+")


# What the kit's load-time clean-up may have turned a raw character into (``quote'' -> “quote”).
_LOOSE_CHARS = {"\u201c": '(?:\u201c|``|")', "\u201d": "(?:\u201d|''|\")", "\u2018": "(?:\u2018|`)"}


# Invisible characters the kit drops at load (soft hyphens, zero-width spaces: factcheck._text._INVISIBLE).
_INVISIBLE = "[\\s\u00ad\u200b\u200c\u200d\u2060\ufeff]*"


def _loose_pattern(words: list[str]) -> re.Pattern[str]:
    """``words`` allowing the spaces, invisible characters and TeX quotes the kit's clean-up removes ("It’ s",
    "``We", "2, 000", a soft hyphen in "co\u00admedian")."""
    between = _INVISIBLE[:-1] + "+"
    return re.compile(between.join(_INVISIBLE.join(_LOOSE_CHARS.get(c, re.escape(c)) for c in w) for w in words))


def locate(raw: str, sentence: str, hint: int = 0) -> tuple[int, int] | None:
    """Offsets of ``sentence`` in ``raw`` (whitespace folded), the occurrence nearest ``hint``; None if absent.
    A sentence the kit tidied at load (apostrophe spacing, TeX quotes) is found by a looser pattern."""
    words = sentence.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = [m.span() for m in pattern.finditer(raw)] or [m.span() for m in _loose_pattern(words).finditer(raw)]
    if not found:
        return None
    return min(found, key=lambda span: abs(span[0] - hint))


def locator(doc: str, raw: str, start: int, end: int) -> dict:
    return {"doc": doc, "start": start, "end": end, "sha": sha(raw[start:end])}


def overlaps(a: dict, b: dict) -> bool:
    """Two locators name the same sentence: same document and more than half of the shorter span shared."""
    if a["doc"] != b["doc"]:
        return False
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    return shared > 0.5 * min(a["end"] - a["start"], b["end"] - b["start"])


def doc_of_claim(folder: Path, row: dict) -> str:
    """The ``doc`` a row of ``factcheck.check`` comes from: the outlet for BASIL, the file name for ECB+."""
    if (Path(folder) / "articles.jsonl").exists():
        return str(row["source"])
    return Path(str(row["path"])).name
