"""Stage 1: files -> the ``articles`` table (one row per article, clean body text)."""

from __future__ import annotations

import glob
import re
import warnings
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import pandas as pd

from ._clean import clean_text
from ._decode import decode_bytes
from ._formats import FORMATS, RawArticle, read_records
from ._text import clean_unicode, parse_date
from .errors import FactcheckWarning, InputError
from .schema import ARTICLE_COLUMNS

__all__ = ["load_articles"]

PathLike = str | Path
# Files that sit beside articles but are not articles: skipped without a warning.
_NOT_ARTICLES = re.compile(r"^(?:readme|license|licence|changelog|expected|manifest)(?:\.|$)", re.I)


def _sort_files(files: list[Path], found: list[Path], skipped: list[Path]) -> None:
    for p in files:
        if _NOT_ARTICLES.match(p.name):
            continue
        (found if p.suffix.lower() in FORMATS else skipped).append(p)


def _expand(paths: PathLike | Iterable[PathLike]) -> list[Path]:
    items = [paths] if isinstance(paths, str | Path) else list(paths)
    if not items:
        raise InputError(
            None, "no article paths were given.", "Pass a folder, files or a glob such as 'articles/*.txt'."
        )
    found: list[Path] = []
    skipped: list[Path] = []
    for item in items:
        text = str(item)
        if any(ch in text for ch in "*?[") and not Path(text).exists():
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            files = [p for p in matches if p.is_file()]
            if not files:
                raise InputError(
                    text, "the pattern matches no files.", "Check the pattern, or pass the folder instead."
                )
            _sort_files(files, found, skipped)
            continue
        path = Path(item)
        if path.is_dir():
            files = [
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            _sort_files(files, found, skipped)
            continue
        if not path.exists():
            raise InputError(path, "no such file or folder.", "Check the path (it is relative to the current folder).")
        if path.suffix.lower() not in FORMATS:
            raise InputError(
                path,
                f"unsupported file type '{path.suffix or '(none)'}'.",
                "Save the article as .txt, .md, .html, .json, .jsonl or .csv.",
            )
        found.append(path)
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


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9_]+", "-", text.lower()).strip("-_") or "article"


def _source_name(raw: RawArticle, wire: str, site: str, path: Path) -> str:
    for candidate in (raw.source, wire, site, raw.site):
        if candidate and candidate.strip():
            return candidate.strip()
    return path.stem


def _rows_of(path: Path, base: str) -> list[dict[str, str] | InputError]:
    """The article rows one file gives; a record that cannot be used is its error."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror}).", "Check the file's permissions.") from None
    text, encoding = decode_bytes(data, path)
    fmt = FORMATS[path.suffix.lower()]
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
        record_id = _slug(raw.record_id) if raw.record_id else str(index + 1)
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
            }
        )
    return rows


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
    JSON/CSV, or a folder with no articles. With ``errors="skip"``, unreadable
    files and records are left out instead, and one :class:`FactcheckWarning`
    lists each with its reason. A single article is allowed, with a warning
    that every claim will be single-sourced. ``progress`` shows a progress bar
    (on stderr) while many files load.

    >>> arts = load_articles("seeds")
    >>> arts[["source", "dateline"]].values.tolist()
    [['UPI', 'SEOUL, Feb. 4 (UPI)'], ['Reuters', 'SEOUL (Reuters)']]
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    files = _expand(paths)
    stems = Counter(_slug(p.stem) for p in files)
    rows: list[dict[str, str]] = []
    skipped: list[InputError] = []
    for path in _progress(files, progress, "loading", "file"):
        base = _slug(path.stem)
        if stems[base] > 1:  # a.txt and a.html side by side
            base = f"{base}-{path.suffix.lower().lstrip('.')}"
        try:
            found = _rows_of(path, base)
        except InputError as exc:
            if errors == "raise":
                raise
            skipped.append(exc)
            continue
        for row in found:
            if isinstance(row, InputError):
                if errors == "raise":
                    raise row
                skipped.append(row)
            else:
                rows.append(row)
    if skipped:
        listed = "; ".join(str(e) for e in skipped[:5]) + (f"; and {len(skipped) - 5} more" if len(skipped) > 5 else "")
        warnings.warn(f"skipped {len(skipped)} unreadable input(s): {listed}", FactcheckWarning, stacklevel=2)
    if not rows:
        raise InputError(None, "no article could be read.", f"Fix the inputs listed above (first: {skipped[0]}).")
    dupes = sorted(i for i, n in Counter(r["article_id"] for r in rows).items() if n > 1)
    if dupes:
        raise InputError(
            None,
            f"two articles share the id {dupes[0]!r}.",
            "Give every record a unique 'id' (or remove the duplicate).",
        )
    if len(rows) == 1:
        warnings.warn(
            "only one article was loaded: every claim will be single-sourced. Add other outlets' reports of the same event to compare them.",
            FactcheckWarning,
            stacklevel=2,
        )
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
