"""Stage 6: the checked-claim table -> files (CSV, JSON, JSON Lines).

Article text is untrusted, and spreadsheets run formulas: a cell that starts
with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) would be
executed by Excel or LibreOffice. Such text cells are written with a leading
apostrophe, the spreadsheet convention for "this is text"; a cell that
already starts with an apostrophe gets one more, so :func:`read_export`
can undo the escaping exactly.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .errors import ExportError

__all__ = ["FORMULA_TRIGGERS", "export", "read_export"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")
#: Columns the claim table holds as integers; CSV reads them back as such.
_INTEGER_COLUMNS = ("position", "score", "start", "end")
_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl"}


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
        out[column] = out[column].map(_escape)
    return out


def _flatten(frame: pd.DataFrame) -> pd.DataFrame:
    """Tuple/list cells (claim details) become ``; ``-joined text."""
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, tuple | list)).any():
            out[column] = out[column].map(lambda v: "; ".join(map(str, v)) if isinstance(v, tuple | list) else v)
    return out


def export(table: pd.DataFrame, path: str | Path) -> Path:
    """Write ``table`` to ``path``; the extension picks the format (.csv, .json, .jsonl).

    The file is written to a temporary name and moved into place, so an
    interrupted export never leaves a half-written file where a good one was.

    >>> import tempfile, os
    >>> out = export(pd.DataFrame({"claim_id": ["a:001"], "text": ["-5 degrees"]}), os.path.join(tempfile.mkdtemp(), "t.csv"))
    >>> read_export(out)["text"].tolist()
    ['-5 degrees']
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
    flat = _flatten(table)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        if fmt == "csv":
            spreadsheet_safe(flat).to_csv(tmp, index=False, encoding="utf-8-sig")
        elif fmt == "json":
            flat.to_json(tmp, orient="records", force_ascii=False, indent=1)
        else:
            flat.to_json(tmp, orient="records", lines=True, force_ascii=False)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot write ({exc.strerror}).") from None
    return target


def read_export(path: str | Path) -> pd.DataFrame:
    """Read back a table that :func:`export` wrote, undoing the formula escaping."""
    source = Path(path)
    fmt = _FORMATS.get(source.suffix.lower())
    if fmt is None:
        raise ExportError(f"{source}: cannot read '{source.suffix}' exports; use one of {', '.join(_FORMATS)}.")
    if not source.is_file():
        raise ExportError(f"{source}: no such file.")
    if fmt == "csv":
        frame = pd.read_csv(source, encoding="utf-8-sig", keep_default_na=False, dtype=str)
        for column in frame.columns:
            if column in _INTEGER_COLUMNS and frame[column].str.fullmatch(r"-?\d+").all():
                frame[column] = frame[column].astype("int64")
            else:
                frame[column] = frame[column].map(_unescape)
        return frame
    return pd.read_json(source, orient="records", lines=fmt == "jsonl", dtype=False)
