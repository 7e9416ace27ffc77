"""Stage 6: the checked-claim table -> files. The extension picks the format.

``.csv``, ``.json``, ``.jsonl``, ``.parquet`` and ``.xlsx`` hold the table
(:func:`read_export` reads them back); ``.md`` and ``.html`` are for people;
``.jsonld`` is schema.org ClaimReview markup, written only from decisions.

Article text is untrusted, and spreadsheets run formulas: a cell that starts
with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) would be
executed by Excel or LibreOffice. In CSV such text cells get a leading
apostrophe, the spreadsheet convention for "this is text"; a cell that
already starts with an apostrophe gets one more, so :func:`read_export` can
undo the escaping exactly. In ``.xlsx`` they are typed string cells with
Excel's quote-prefix flag, so the value itself is untouched.

Every file is written to a temporary name and moved into place, so an
interrupted export never leaves a half-written file where a good one was.
"""

from __future__ import annotations

import contextlib
import json
import os
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .errors import ExportError, FactcheckWarning
from .schema import require

if TYPE_CHECKING:
    from .review.agreement import Agreement

__all__ = ["EXPORT_COLUMNS", "FORMULA_TRIGGERS", "export", "export_frame", "read_export"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")
#: Columns every export starts with, in this order; the rest of the table follows.
EXPORT_COLUMNS = (
    "claim_id",
    "cluster_id",
    "source",
    "path",
    "text",
    "verdict",
    "reasons",
    "final_verdict",
    "analyst",
    "decided_at",
    "note",
    "resolution",
    "verdicts",
)
_DECISION_COLUMNS = ("final_verdict", "analyst", "decided_at", "note", "resolution", "verdicts")
_NEEDS = ("claim_id", "cluster_id", "source", "text", "verdict", "reasons")
#: Columns the claim table holds as integers; CSV and Excel read them back as such.
_INTEGER_COLUMNS = ("position", "score", "start", "end")
_TABLES = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".parquet": "parquet", ".xlsx": "xlsx"}
_FORMATS = {**_TABLES, ".md": "md", ".html": "html", ".htm": "html", ".jsonld": "jsonld"}


def _escape(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _unescape(value: object) -> object:
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def _text_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot start a spreadsheet formula.

    >>> spreadsheet_safe(pd.DataFrame({"t": ['=HYPERLINK("http://x","click")', "ok"]}))["t"].tolist()
    ['\\'=HYPERLINK("http://x","click")', 'ok']
    """
    out = frame.copy()
    for column in _text_columns(out):
        values = out[column]
        # A string column is checked in one vectorised pass: it is rewritten only if a cell starts a formula.
        if values.dtype != object and not values.str.startswith(FORMULA_TRIGGERS).fillna(False).to_numpy(bool).any():
            continue
        out[column] = values.map(_escape)
    return out


def _flatten(frame: pd.DataFrame) -> pd.DataFrame:
    """Tuple/list cells (claim details) become ``; ``-joined text."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype != object:
            continue  # only an object column can hold a tuple or a list
        if out[column].map(lambda v: isinstance(v, tuple | list)).any():
            out[column] = out[column].map(lambda v: "; ".join(map(str, v)) if isinstance(v, tuple | list) else v)
    return out


def export_frame(table: pd.DataFrame) -> pd.DataFrame:
    """The table as every export writes it: :data:`EXPORT_COLUMNS` first (the
    decision columns empty when nobody has decided yet), then the rest; list
    cells joined with ``; ``; integer columns stay integers even where a
    decision's claim is gone (orphaned rows).

    >>> import factcheck
    >>> list(export_frame(factcheck.check("seeds")).columns[:8])
    ['claim_id', 'cluster_id', 'source', 'path', 'text', 'verdict', 'reasons', 'final_verdict']
    """
    require(table, _NEEDS, table="checked-claim", made_by="factcheck.check() or factcheck.reviewed()")
    out = _flatten(table)
    for column in _DECISION_COLUMNS:
        if column not in out.columns:
            out[column] = ""
    for column in _INTEGER_COLUMNS:
        if column in out.columns and pd.api.types.is_float_dtype(out[column]):
            whole = out[column].dropna()
            if (whole == whole.round()).all():
                out[column] = out[column].astype("Int64")
    first = [c for c in EXPORT_COLUMNS if c in out.columns]
    out = out[first + [c for c in out.columns if c not in first]]
    out.attrs = {}
    return out


def _stores(store: object) -> list[Path]:
    if store is None:
        return []
    return [Path(str(s)) for s in ([store] if isinstance(store, str | Path) else store)]  # type: ignore[attr-defined]


def _guard(target: Path, table: pd.DataFrame, store: object) -> None:
    """Refuse to write over a decisions store or an input article."""
    resolved = target.resolve()
    if any(resolved == s.resolve() for s in _stores(store)):
        raise ExportError(
            f"{target}: that is the decisions store; exporting over it would lose decisions. Pick another name."
        )
    if "path" in table.columns and _is_an_article(target, table["path"].dropna().unique().tolist()):
        raise ExportError(f"{target}: that is one of the articles being checked; pick another name for the export.")
    if target.suffix.lower() == ".jsonl" and target.is_file():
        with target.open("rb") as handle:
            first = handle.readline(65_536)
        try:
            record = json.loads(first)
        except ValueError:
            return
        if isinstance(record, dict) and "event_id" in record and "event" in record:
            raise ExportError(
                f"{target}: holds review decisions (a decisions store); exporting over it would lose them. Pick another name."
            )


def _is_an_article(target: Path, paths: list[object]) -> bool:
    """``target`` is one of the article files, by any name (a link, another spelling of the path).
    A file that does not exist yet is none of them; otherwise one ``stat`` per article, not a
    ``resolve`` (on 5,000 articles, walking each path link by link cost 0.3 s)."""
    try:
        mine = os.stat(target)
    except OSError:
        return False
    for path in paths:
        with contextlib.suppress(OSError, ValueError):
            if os.path.samestat(mine, os.stat(str(path))):
                return True
    return False


def _atomic(target: Path, write: Callable[[Path], None]) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        write(tmp)
        tmp.replace(target)
    except OSError as exc:
        _remove(tmp)
        raise ExportError(
            f"{target}: cannot write ({exc.strerror or exc}); check that the folder exists and is writable."
        ) from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(tmp: Path) -> None:
    """Clean up a temporary file; in a folder we cannot write, there is none to remove and no more to say."""
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def _needs_pyarrow(target: Path) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ExportError(
            f"{target}: Parquet needs pyarrow, which is not installed; "
            "run `pip install pyarrow` (or `pip install 'factcheck[parquet]'`), or export .csv or .jsonl instead."
        ) from None


def export(
    table: pd.DataFrame,
    path: str | Path,
    *,
    store: str | Path | Sequence[str | Path] | None = None,
    analyst: str | None = None,
    title: str = "Fact-check report",
    url: str | None = None,
) -> Path:
    """Write ``table`` to ``path``; the extension picks the format.

    ``.csv``, ``.json``, ``.jsonl``, ``.parquet``, ``.xlsx`` (sheets claims,
    clusters, summary), ``.md``, ``.html`` (the report) or ``.jsonld``
    (ClaimReview). With ``store`` (one decisions file, or each analyst's own)
    the final verdicts are merged in first (as :func:`factcheck.reviewed`:
    adjudicated > unanimous > majority > single, ties left undecided;
    ``analyst`` picks one analyst's), and the report gains the analysts'
    agreement. ``title``
    heads the report and Markdown; ``url`` is where a ClaimReview will be
    published. Writing a file publishes nothing.

    >>> import tempfile, os, factcheck
    >>> out = export(factcheck.check("seeds"), os.path.join(tempfile.mkdtemp(), "claims.csv"))
    >>> read_export(out)["verdict"].value_counts()["conflicting"]
    np.int64(4)
    """
    if not isinstance(table, pd.DataFrame):
        raise ExportError(f"expected the claim table as a DataFrame, got {type(table).__name__}.")
    target = Path(path)
    fmt = _FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise ExportError(
            f"{target}: unsupported export format '{target.suffix or '(none)'}'; use one of {', '.join(_FORMATS)}."
        )
    if not target.parent.is_dir():
        raise ExportError(f"{target}: the folder {target.parent} does not exist; create it first.")
    figures = None
    if store is not None:
        from .review import agreement, reviewed

        stores = _stores(store)
        if not stores:
            raise ExportError("store=[] names no decisions file; pass the file the Reviewer wrote (e.g. labels.jsonl).")
        for path in stores:
            if not path.is_file():
                raise ExportError(
                    f"{path}: no such decisions file; pass the file the Reviewer wrote (e.g. labels.jsonl)."
                )
        settings = table.attrs.get("settings", {})
        if fmt == "html" and analyst is None:
            figures = agreement(stores, table)
        table = reviewed(table, stores, analyst=analyst)
        table.attrs["settings"] = settings
    _guard(target, table, store)
    if fmt == "parquet":
        _needs_pyarrow(target)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _atomic(target, _writer(fmt, table, title=title, url=url, name=target.name, agreement=figures))
    for warning in caught:  # point the kit's warnings at the caller's line, not at this module's insides
        if issubclass(warning.category, FactcheckWarning):
            warnings.warn(warning.message, warning.category, stacklevel=2)
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    return target


def _writer(
    fmt: str, table: pd.DataFrame, *, title: str, url: str | None, name: str, agreement: Agreement | None = None
) -> Callable[[Path], None]:
    if fmt == "jsonld":
        from .claimreview import claim_reviews

        text = json.dumps(claim_reviews(table, url=url), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        return lambda tmp: tmp.write_text(text, encoding="utf-8")
    if fmt == "html":
        from .report import render_report

        page = render_report(table, title=title, agreement=agreement)
        return lambda tmp: tmp.write_text(page, encoding="utf-8")
    frame = export_frame(table)
    if fmt == "csv":
        return lambda tmp: spreadsheet_safe(frame).to_csv(tmp, index=False, encoding="utf-8-sig")
    if fmt == "json":
        return lambda tmp: frame.to_json(tmp, orient="records", force_ascii=False, indent=1)
    if fmt == "jsonl":
        return lambda tmp: frame.to_json(tmp, orient="records", lines=True, force_ascii=False)
    if fmt == "parquet":
        return lambda tmp: frame.to_parquet(tmp, index=False)
    from .summary import summarize, summarize_clusters

    summary = summarize(table)
    if fmt == "md":
        from ._markdown import render_markdown

        text = render_markdown(frame, summary, title=title)
        return lambda tmp: tmp.write_text(text, encoding="utf-8")
    from ._xlsx import write_xlsx

    clusters = summarize_clusters(table)
    return lambda tmp: write_xlsx(tmp, frame, clusters, summary, name=name)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells from CSV or Excel: integer columns back to integers."""
    for column in frame.columns:
        if column in _INTEGER_COLUMNS:
            values = frame[column]
            filled = values[values != ""]
            if len(filled) and filled.str.fullmatch(r"-?\d+").all():
                frame[column] = pd.array([int(v) if v != "" else pd.NA for v in values], dtype="Int64")
                if len(filled) == len(values):
                    frame[column] = frame[column].astype("int64")
    return frame


def read_export(path: str | Path) -> pd.DataFrame:
    """Read back a table that :func:`export` wrote (.csv, .json, .jsonl,
    .parquet, or the claims sheet of .xlsx), undoing the formula escaping."""
    source = Path(path)
    fmt = _TABLES.get(source.suffix.lower())
    if fmt is None:
        raise ExportError(f"{source}: cannot read '{source.suffix}' exports; use one of {', '.join(_TABLES)}.")
    if not source.is_file():
        raise ExportError(f"{source}: no such file.")
    try:
        if fmt == "csv":
            frame = pd.read_csv(source, encoding="utf-8-sig", keep_default_na=False, dtype=str)
            for column in frame.columns:
                if column not in _INTEGER_COLUMNS:
                    frame[column] = frame[column].map(_unescape)
            return _typed(frame)
        if fmt == "xlsx":
            from ._xlsx import read_xlsx

            return _typed(read_xlsx(source))
        if fmt == "parquet":
            _needs_pyarrow(source)
            return pd.read_parquet(source)
        return pd.read_json(source, orient="records", lines=fmt == "jsonl", dtype=False)
    except ExportError:
        raise
    except Exception as exc:  # a damaged or foreign file: one clear message, not a parser traceback
        raise ExportError(f"{source}: cannot be read as a {fmt} export ({type(exc).__name__}: {exc}).") from None
