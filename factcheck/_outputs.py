"""Recognise the files the kit itself wrote, by their content, so they are never read as articles.

A summary written with ``-o summary.md`` into the articles' folder would
otherwise be read back as one more article on the next run, and a CSV export
or a decisions store beside the articles would be loaded as a pile of
"articles". Names prove nothing (an analyst may call them anything), so each
kind is known by its signature: the exported claim table's columns (CSV,
JSON, JSON Lines, Parquet, the ``claims`` sheet of Excel), a marker the
Markdown export and the HTML report carry (:data:`MARKDOWN_MARK`,
:data:`HTML_GENERATOR`), ClaimReview markup, and the events of a decisions
store (``{"event": "decide"|"undo", "event_id": ...}``).
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

#: First line after the title of every Markdown export (an HTML comment: renderers hide it).
MARKDOWN_MARK = "<!-- factcheck export: claims checked across outlets, not an article -->"
#: ``<meta name="generator">`` of every HTML report.
HTML_GENERATOR = "factcheck"
# Columns every table export starts with (export.EXPORT_COLUMNS); a claim table has them all.
_TABLE_COLUMNS = ("claim_id", "cluster_id", "source", "text", "verdict", "reasons", "final_verdict", "decided_at")
_HEAD = 65_536
_REPORT_HTML = re.compile(
    r'<meta\s+name="generator"\s+content="factcheck"|<section id="verdicts"><h2>Verdicts</h2>', re.I
)
_MARKDOWN = re.compile(r"^<!-- factcheck export\b|^## Conflicts\s*$.*^## All claims\s*$", re.M | re.S)


def _is_claim_table(keys: object) -> bool:
    return isinstance(keys, list | dict) and all(k in keys for k in _TABLE_COLUMNS)


def _first_json_object(text: str) -> object:
    start = text.find("{")
    if start < 0:
        return None
    try:
        return json.JSONDecoder().raw_decode(text, start)[0]
    except ValueError:
        return None


def _store_event(line: str) -> bool:
    if "event_id" not in line:
        return False  # no event: not worth parsing (a one-line JSON article is its first line)
    try:
        event = json.loads(line)
    except ValueError:
        return False
    return isinstance(event, dict) and event.get("event") in ("decide", "undo") and "event_id" in event


def _text_kind(head: str, suffix: str) -> str:
    lines = [ln for ln in head.splitlines() if ln.strip()]
    first = lines[0].strip() if lines else ""
    if first.startswith("{") and _store_event(first):
        return "a decisions store"
    if suffix == ".csv" and _is_claim_table([c.strip().strip('"') for c in first.split(",")]):
        return "a claim table exported as CSV"
    # Parsed only where a signature's words stand: most JSON files are articles, parsed in full next.
    signed = "claim_id" in head or "ClaimReview" in head
    if suffix in (".json", ".jsonl", ".ndjson", ".jsonld") and first[:1] in "[{" and signed:
        record = _first_json_object(head)
        if isinstance(record, dict) and _is_claim_table(record):
            return f"a claim table exported as {'JSON' if suffix == '.json' else 'JSON Lines'}"
        if isinstance(record, dict) and "ClaimReview" in str(record.get("@type", "")):
            return "ClaimReview markup"
    if suffix in (".html", ".htm", ".xhtml") and _REPORT_HTML.search(head):
        return "the HTML report"
    if suffix in (".md", ".markdown") and _MARKDOWN.search(head):
        return "a Markdown export"
    return ""


def _xlsx_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as book:
            workbook = book.read("xl/workbook.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return ""
    sheets = re.findall(r'<sheet\b[^>]*\bname="([^"]*)"', workbook)
    return "a claim table exported as Excel" if sheets[:3] == ["claims", "clusters", "summary"] else ""


def _parquet_kind(path: Path) -> str:
    with path.open("rb") as handle:
        if handle.read(4) != b"PAR1":
            return ""
        handle.seek(0, 2)
        handle.seek(max(0, handle.tell() - 4 * _HEAD))
        tail = handle.read()
    return "a claim table exported as Parquet" if all(c.encode() in tail for c in _TABLE_COLUMNS) else ""


def kit_output(path: Path) -> str:
    """What the kit wrote ``path`` as ("the HTML report", "a decisions store", ...), or ``""``.

    Only the file's beginning (or Parquet's footer) is read.

    >>> import tempfile, os
    >>> store = Path(tempfile.mkdtemp()) / "labels.jsonl"
    >>> _ = store.write_text('{"event": "decide", "event_id": "1a", "claim_id": "a:001"}\\n')
    >>> kit_output(store)
    'a decisions store'
    """
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            return _xlsx_kind(path)
        if suffix == ".parquet":
            return _parquet_kind(path)
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        return ""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return _text_kind(head.decode("utf-8", "replace"), suffix)
