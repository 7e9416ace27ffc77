"""The Excel workbook: claims, claim clusters and a summary, one sheet each.

Text that would start a formula (``=``, ``+``, ``-``, ``@``, tab, carriage
return) is stored as a plain string cell with Excel's "quote prefix" flag:
Excel and LibreOffice show it as text and never evaluate it, and the value
itself is unchanged, so reading the workbook back gives the exact text.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd

from .errors import FactcheckWarning

XLSX_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: Excel's own limit on one cell.
MAX_CELL = 32_767
# Characters the XML inside an .xlsx may not hold (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WIDTHS = {"text": 70, "reasons": 40, "note": 40, "path": 30}
_WIDE = 60


def _cell_value(value: object, mended: list[str]) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    if hasattr(value, "item"):  # numpy scalars -> Python numbers
        value = value.item()
    if isinstance(value, str):
        if _ILLEGAL.search(value):
            mended.append("control characters")
            value = _ILLEGAL.sub("\ufffd", value)
        if len(value) > MAX_CELL:
            mended.append("cells longer than Excel allows")
            value = value[: MAX_CELL - 1] + "…"
    return value


def _write_sheet(book, name: str, frame: pd.DataFrame, mended: list[str], wide: set[str]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"
    for i, column in enumerate(frame.columns, 1):
        width = _WIDTHS.get(str(column), _WIDE if column in wide else min(max(len(str(column)) + 2, 10), 24))
        sheet.column_dimensions[get_column_letter(i)].width = width
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    header = []
    for column in frame.columns:
        cell = WriteOnlyCell(sheet, value=str(column))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    wrapped = {c for c in frame.columns if c in _WIDTHS or c in wide}
    for row in frame.itertuples(index=False, name=None):
        cells = []
        for column, value in zip(frame.columns, row):
            cell = WriteOnlyCell(sheet, value=_cell_value(value, mended))
            if isinstance(cell.value, str):
                # openpyxl would store "=..." as a formula; force a string cell.
                cell.data_type = "s"
                if cell.value.startswith(XLSX_TRIGGERS):
                    cell.quotePrefix = True
            cell.alignment = wrap if column in wrapped else top
            cells.append(cell)
        sheet.append(cells)
    if len(frame.columns):
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(frame) + 1}"


def write_xlsx(path: Path, claims: pd.DataFrame, clusters: pd.DataFrame, summary: pd.DataFrame, *, name: str) -> None:
    """Write the three sheets to ``path`` (``claims`` already flat); ``name`` is the file named in warnings."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    mended: list[str] = []
    outlets = set(clusters.columns[list(clusters.columns).index("note") + 1 :]) if "note" in clusters.columns else set()
    _write_sheet(book, "claims", claims, mended, set())
    _write_sheet(book, "clusters", clusters, mended, outlets)
    _write_sheet(book, "summary", summary, mended, {"value"})
    book.save(path)
    if mended:
        kinds = ", ".join(dict.fromkeys(mended))
        warnings.warn(
            f"{name}: {len(mended)} cells changed to fit Excel ({kinds}); the CSV or JSON export keeps them whole.",
            FactcheckWarning,
            stacklevel=3,
        )


def read_xlsx(path: Path) -> pd.DataFrame:
    """The claims sheet, every cell as text ("" where empty)."""
    return pd.read_excel(path, sheet_name="claims", dtype=str, keep_default_na=False, engine="openpyxl")
