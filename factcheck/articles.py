"""Stage 1: files -> the ``articles`` table (one row per article, clean body text)."""

from __future__ import annotations

import glob
import os
import re
import warnings
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import pandas as pd

from . import _parallel
from ._checks import not_english
from ._clean import clean_text
from ._decode import decode_bytes
from ._files import article_ids, not_regular, path_hash, read_input, relative_paths, slug
from ._formats import FORMATS, RawArticle, read_records
from ._gc import few_collections
from ._outputs import kit_output
from ._text import clean_unicode, parse_date
from .errors import FactcheckWarning, InputError
from .schema import ARTICLE_COLUMNS

__all__ = ["load_articles"]

PathLike = str | Path
# Files that sit beside articles but are not articles: skipped without a warning.
_NOT_ARTICLES = re.compile(r"^(?:readme|license|licence|changelog|expected|manifest)(?:\.|$)", re.I)


# Formats only the kit writes; checked for its signature so the warning says what they are.
_OUTPUT_SUFFIXES = (".xlsx", ".parquet", ".jsonld")


def _sort_files(files: list[Path], found: list[Path], skipped: list[Path], own: list[tuple[Path, str]]) -> None:
    for p in files:
        if _NOT_ARTICLES.match(p.name):
            continue
        suffix = p.suffix.lower()
        kind = kit_output(p) if suffix in FORMATS or suffix in _OUTPUT_SUFFIXES else ""
        if kind:
            own.append((p, kind))
        else:
            (found if suffix in FORMATS else skipped).append(p)


def _walk(folder: Path) -> Iterable[Path]:
    """The files under ``folder`` in path order (``sorted(folder.rglob("*"))``), none hidden or in a hidden folder.

    Symbolic links to files count, links to folders are not followed, unreadable folders are passed over, as
    ``rglob`` does; one ``scandir`` per folder instead of a ``stat`` and a ``relative_to`` per file.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except PermissionError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _listing(items: list[str], limit: int = 5) -> str:
    return "; ".join(items[:limit]) + (f"; and {len(items) - limit} more" if len(items) > limit else "")


def _expand(paths: PathLike | Iterable[PathLike]) -> list[Path]:
    items = [paths] if isinstance(paths, str | Path) else list(paths)
    if not items:
        raise InputError(
            None, "no article paths were given.", "Pass a folder, files or a glob such as 'articles/*.txt'."
        )
    found: list[Path] = []
    skipped: list[Path] = []
    own: list[tuple[Path, str]] = []
    for item in items:
        text = str(item)
        if any(ch in text for ch in "*?[") and not Path(text).exists():
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            files = [p for p in matches if p.is_file()]
            if not files:
                raise InputError(
                    text, "the pattern matches no files.", "Check the pattern, or pass the folder instead."
                )
            _sort_files(files, found, skipped, own)
            continue
        path = Path(item)
        if path.is_dir():
            _sort_files(list(_walk(path)), found, skipped, own)
            continue
        if not path.exists():
            raise InputError(path, "no such file or folder.", "Check the path (it is relative to the current folder).")
        special = not_regular(path)
        if special:
            raise InputError(
                path,
                f"this is {special}, not an article file.",
                "Name article files (.txt, .md, .html, .json, .jsonl, .csv), not devices or pipes.",
            )
        kind = kit_output(path)
        if kind:
            raise InputError(
                path,
                f"this is a factcheck output ({kind}), not an article.",
                "Name the articles it was made from; the kit never reads its own outputs as articles.",
            )
        if path.suffix.lower() not in FORMATS:
            raise InputError(
                path,
                f"unsupported file type '{path.suffix or '(none)'}'.",
                "Save the article as .txt, .md, .html, .json, .jsonl or .csv.",
            )
        found.append(path)
    if own:
        warnings.warn(
            f"left out {len(own)} file(s) that factcheck wrote itself, not articles: "
            + _listing([f"{p} ({kind})" for p, kind in own]),
            FactcheckWarning,
            stacklevel=3,
        )
    if skipped:
        kinds = sorted({p.suffix.lower() or p.name for p in skipped})
        warnings.warn(
            f"skipped {len(skipped)} file(s) that are not articles ({', '.join(kinds)})", FactcheckWarning, stacklevel=3
        )
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError(
            items[0] if len(items) == 1 else None,
            "no article files found.",
            "Put .txt, .md, .html, .json, .jsonl or .csv files in the folder.",
        )
    return unique


def _progress(items: list, enabled: bool, desc: str, unit: str) -> Iterable:
    if not enabled or len(items) < 50:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc=desc, unit=unit, leave=False)


#: From this many files on, they are read and cleaned on all cores (forking the workers costs tens of ms).
PARALLEL_FILES = 400

Loaded = list[dict[str, str] | InputError] | InputError


def _loaded(files: list[Path], ids: dict[Path, str], progress: bool) -> Iterable[Loaded]:
    """Each file's rows, or the error that stops it, in file order: on all cores for many files."""
    if len(files) < PARALLEL_FILES or _parallel.workers() < 2:
        return (_load_one(path, ids) for path in _progress(files, progress, "loading", "file"))
    step = -(-len(files) // (_parallel.workers() * 4))
    batches = [range(start, min(start + step, len(files))) for start in range(0, len(files), step)]
    parts = _parallel.map_batches(_load_batch, batches, (files, ids), progress="loading" if progress else "")
    return (found for part in parts for found in part)


def _load_one(path: Path, ids: dict[Path, str]) -> Loaded:
    try:
        return _rows_of(path, ids[path])
    except InputError as exc:
        return exc


def _load_batch(batch: range, shared: tuple[list[Path], dict[Path, str]]) -> list[Loaded]:
    files, ids = shared
    return [_load_one(files[k], ids) for k in batch]


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _unspaced_script(text: str) -> bool:
    """Mostly Chinese or Japanese characters, which are written without spaces."""
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(_UNSPACED.findall(text)) > letters / 2


def _no_body(path: Path, raw: RawArticle, where: str) -> InputError:
    if _unspaced_script(raw.text):
        return InputError(
            path,
            f"{where}the article is written without spaces between words (Chinese or Japanese).",
            "factcheck splits and compares English-language news; check English reports, or a translation.",
        )
    problem = (
        "no article body was found in this HTML page"
        if raw.is_html
        else "no article text is left once boilerplate is removed"
    )
    return InputError(
        path, f"{where}{problem}.", "Check that the file holds the story itself, not just a page's menus and links."
    )


def _source_name(raw: RawArticle, wire: str, site: str, path: Path) -> str:
    for candidate in (raw.source, wire, site, raw.site):
        if candidate and candidate.strip():
            return candidate.strip()
    return path.stem


def _rows_of(path: Path, base: str) -> list[dict[str, str] | InputError]:
    """The article rows one file gives; a record that cannot be used is its error."""
    fmt = FORMATS[path.suffix.lower()]
    text, encoding = decode_bytes(read_input(path, fmt), path)
    records = read_records(fmt, clean_unicode(text), path)
    if not records:
        raise InputError(path, "the file holds no articles.", "Add at least one record with a 'text' field.")
    rows: list[dict[str, str] | InputError] = []
    for index, raw in enumerate(records):
        if isinstance(raw, InputError):
            rows.append(raw)
            continue
        cleaned = clean_text(raw.text, title=raw.title, header=not raw.is_record)
        if not cleaned.body.strip():
            rows.append(_no_body(path, raw, f"record {index + 1}: " if len(records) > 1 else ""))
            continue
        record_id = slug(raw.record_id) if raw.record_id else str(index + 1)
        rows.append(
            {
                "article_id": base if len(records) == 1 else f"{base}-{record_id}",
                "path": str(path),
                "source": _source_name(raw, cleaned.wire, cleaned.site, path),
                "publisher": raw.site or cleaned.site,
                "title": raw.title or cleaned.title,
                "byline": raw.byline or cleaned.byline,
                "published": parse_date(raw.published) or raw.published or cleaned.published,
                "dateline": cleaned.dateline,
                "url": raw.url,
                "format": fmt,
                "encoding": encoding,
                "text": cleaned.body,
                # for load_articles' checks and warnings; not columns of the table
                "_record": index + 1,
                "_record_id": raw.record_id,
                "_dropped": raw.dropped,
                "_foreign": not_english(cleaned.body),  # here, where many files are read on all cores
            }
        )
    return rows


@few_collections()
def load_articles(
    paths: PathLike | Iterable[PathLike], *, errors: Literal["raise", "skip"] = "raise", progress: bool = False
) -> pd.DataFrame:
    """Load articles from a folder, files or glob patterns into the ``articles`` table.

    Formats: .txt, .md, .html/.htm, .json/.jsonl/.csv (one article per record).
    Encodings: UTF-8 (with or without BOM), UTF-16, cp1252/latin-1, and others
    charset-normalizer recognises. Boilerplate, captions and credits are
    dropped; title, byline, dateline and date become columns.

    Raises :class:`~factcheck.InputError` naming the file for a missing path,
    an empty, binary or undecodable file, HTML with no article body, malformed
    JSON/CSV, a folder with no articles, anything that is not a regular file
    (a device, a FIFO), or a file over the size limit: 50 MB for .txt, .md and
    .html, 500 MB for .json, .jsonl and .csv (``_files.MAX_ARTICLE_BYTES``,
    ``MAX_RECORD_BYTES``). With ``errors="skip"``, unreadable
    files and records are left out instead, and one :class:`FactcheckWarning`
    lists each with its reason. A single article is allowed, with a warning
    that every claim will be single-sourced. ``progress`` shows a progress bar
    (on stderr) while many files load; from ``PARALLEL_FILES`` files on, they
    are read and cleaned on all cores, with the same table, errors and warnings.

    Each article's id is its file name without the extension; where names
    clash (``upi/article.txt`` and ``reuters/article.txt``) the folders below
    the files' common folder, else a short hash of that path, tell them
    apart, so the same files always get the same ids. Records of a .json,
    .jsonl or .csv file are ``<file id>-<record id or number>``. Files the
    kit wrote itself (exports, the report, a decisions store) are known by
    their content and left out of a folder with a warning; named on their
    own they are an error. A warning names any HTML file whose body text
    could not all be extracted, and any text that does not look like English.

    >>> arts = load_articles("seeds")
    >>> arts[["source", "dateline"]].values.tolist()
    [['UPI', 'SEOUL, Feb. 4 (UPI)'], ['Reuters', 'SEOUL (Reuters)']]
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    files = _expand(paths)
    ids = article_ids(files)
    rows: list[dict[str, str]] = []
    skipped: list[InputError] = []
    for found in _loaded(files, ids, progress):
        if isinstance(found, InputError):
            if errors == "raise":
                raise found
            skipped.append(found)
            continue
        for row in found:
            if isinstance(row, InputError):
                if errors == "raise":
                    raise row
                skipped.append(row)
            else:
                rows.append(row)
    listed = _listing([str(e) for e in skipped])
    if not rows:
        problem = "no article could be read" + (f": {listed}" if skipped else ".")
        raise InputError(None, problem, "Fix these inputs (or add readable articles) and run again.")
    if skipped:
        warnings.warn(f"skipped {len(skipped)} unreadable input(s): {listed}", FactcheckWarning, stacklevel=2)
    _unique_ids(rows, files)
    _warn_about_text(rows)
    if len(rows) == 1:
        warnings.warn(
            "only one article was loaded: every claim will be single-sourced. Add other outlets' reports of the same event to compare them.",
            FactcheckWarning,
            stacklevel=2,
        )
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))


def _unique_ids(rows: list[dict], files: list[Path]) -> None:
    """Two records of one file with one id are an error; ids that clash across files get a path hash."""
    by_id: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_id[row["article_id"]].append(row)
    relative = None
    for article_id, same in by_id.items():
        if len(same) < 2:
            continue
        per_file: dict[str, list[dict]] = defaultdict(list)
        for row in same:
            per_file[row["path"]].append(row)
        for path, clash in per_file.items():
            if len(clash) > 1:
                numbers = ", ".join(str(r["_record"]) for r in clash[:-1]) + f" and {clash[-1]['_record']}"
                given = sorted({r["_record_id"] for r in clash})
                what = (
                    f"the id {given[0]!r}"
                    if len(given) == 1
                    else f"ids ({', '.join(map(repr, given))}) that give one article id"
                )
                raise InputError(
                    path,
                    f"records {numbers} share {what}.",
                    "Give every record a unique 'id' (or remove the duplicate).",
                )
        relative = relative or relative_paths(files)
        for row in same:
            row["article_id"] = f"{article_id}-{path_hash(relative[Path(row['path'])])}"


def _warn_about_text(rows: list[dict]) -> None:
    """One warning per file whose HTML lost body text; one for files that are not English."""
    for row in rows:
        if row["_dropped"]:
            passages = row["_dropped"]
            warnings.warn(
                f"{row['path']}: {len(passages)} passage(s) of body text could not be extracted from the HTML "
                f"(malformed markup, such as an unclosed <p>?), first: {passages[0]!r}. "
                "Check the page, or copy the article text into a .txt file.",
                FactcheckWarning,
                stacklevel=3,
            )
    foreign = {}
    for row in rows:
        why = row["_foreign"]
        if why and row["path"] not in foreign:
            foreign[row["path"]] = why
    if foreign:
        warnings.warn(
            f"{_listing([f'{p} ({why})' for p, why in foreign.items()])}: the text does not look like English; the "
            "vocabulary and sentence model are English, so its claims will rarely match another outlet's "
            "(most will show as single-sourced).",
            FactcheckWarning,
            stacklevel=3,
        )
