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

from ._text import missing
from .errors import FactcheckWarning

XLSX_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: Excel's own limit on one cell.
MAX_CELL = 32_767
# Characters the XML inside an .xlsx may not hold (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WIDTHS = {"text": 70, "reasons": 40, "note": 40, "path": 30}
_WIDE = 60
_HEAD, _WRAP = "factcheck header", "factcheck wrapped text"


def _cell_value(value: object, mended: list[str]) -> object:
    if missing(value):
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
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"
    for i, column in enumerate(frame.columns, 1):
        width = _WIDTHS.get(str(column), _WIDE if column in wide else min(max(len(str(column)) + 2, 10), 24))
        sheet.column_dimensions[get_column_letter(i)].width = width
    header = []
    for column in frame.columns:
        cell = WriteOnlyCell(sheet, value=_cell_value(str(column), mended))
        cell.data_type = "s"  # outlet names head the clusters sheet, and they come from the articles
        cell.style = _HEAD
        cell.quotePrefix = str(column).startswith(XLSX_TRIGGERS)
        header.append(cell)
    sheet.append(header)
    wraps = [c in _WIDTHS or c in wide for c in frame.columns]
    for row in frame.itertuples(index=False, name=None):
        values: list[object] = []
        for wrap, raw in zip(wraps, row):
            value = _cell_value(raw, mended)
            if isinstance(value, str):
                if not value:
                    value = None  # an empty cell reads back as ""
                elif wrap or value.startswith(XLSX_TRIGGERS):
                    # Cells only where needed: styling every cell made big workbooks crawl.
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"  # openpyxl would store "=..." as a formula
                    if wrap:
                        cell.style = _WRAP
                    if value.startswith(XLSX_TRIGGERS):
                        cell.quotePrefix = True
                    value = cell
            values.append(value)
        sheet.append(values)
    if len(frame.columns):
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(frame) + 1}"


def write_xlsx(path: Path, claims: pd.DataFrame, clusters: pd.DataFrame, summary: pd.DataFrame, *, name: str) -> None:
    """Write the three sheets to ``path`` (``claims`` already flat); ``name`` is the file named in warnings."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, NamedStyle

    book = Workbook(write_only=True)
    book.add_named_style(NamedStyle(name=_HEAD, font=Font(bold=True)))
    book.add_named_style(NamedStyle(name=_WRAP, alignment=Alignment(wrap_text=True, vertical="top")))
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
