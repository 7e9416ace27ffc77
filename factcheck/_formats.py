"""Per-format readers: decoded file text -> raw article records (before clean-up)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
_FIX_FORMAT = "Save the article as .txt, .md, .html, .json, .jsonl or .csv."


@dataclass(frozen=True)
class RawArticle:
    text: str
    title: str = ""
    source: str = ""
    byline: str = ""
    published: str = ""
    url: str = ""
    site: str = ""
    record_id: str = ""
    is_html: bool = False
    is_record: bool = False  # a JSON/CSV record's text: body only, no page header
    dropped: tuple[str, ...] = ()  # HTML body text the extractor left out (see _checks.dropped_passages)


# ---------------------------------------------------------------- plain text
_WRAP_MIN, _WRAP_MAX = 45, 100


def _unwrap(text: str, *, always: bool) -> str:
    """Join hard-wrapped lines back into paragraphs (blank lines separate paragraphs).

    Plain-text files are only unwrapped when they look hard-wrapped, because
    page dumps (like the seeds) put one paragraph or one caption per line.
    """
    lines = text.split("\n")
    filled = [ln for ln in lines if ln.strip()]
    if not always:
        wrapped = sum(_WRAP_MIN <= len(ln.rstrip()) <= _WRAP_MAX for ln in filled)
        if len(filled) < 5 or wrapped < 0.6 * len(filled) or max(map(len, filled)) > _WRAP_MAX + 20:
            return text
    out: list[str] = []
    block: list[str] = []
    for ln in lines:
        if ln.strip():
            block.append(ln.strip())
        else:
            if block:
                out.append(" ".join(block))
            block = []
            out.append("")
    if block:
        out.append(" ".join(block))
    return "\n".join(out)


def read_text(text: str, path: Path) -> list[RawArticle]:
    return [RawArticle(text=_unwrap(text, always=False))]


# ---------------------------------------------------------------- markdown
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n(?:---|\.\.\.)\s*\n", re.S)
_MD_RULES = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images: their alt text is a caption
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<https?://[^>]+>"), ""),
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
]
_MD_LINE_DROP = re.compile(r"^\s*(?:```.*|~~~.*|\[[^\]]+\]:\s*\S+.*|[-*_](?:\s*[-*_]){2,}\s*)$")
_MD_PREFIX = re.compile(r"^\s*(?:>\s?)+|^\s*(?:[-*+]|\d+[.)])\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


def read_markdown(text: str, path: Path) -> list[RawArticle]:
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front[1].splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[front.end() :]
    title = meta.get("title", "")
    lines: list[str] = []
    for line in text.split("\n"):
        heading = _MD_HEADING.match(line)
        if heading:
            if heading[1] == "#" and not title:
                title = heading[2]
            lines.append("")  # headings end a paragraph and are never claims
            continue
        if _MD_LINE_DROP.match(line):
            lines.append("")
            continue
        is_item = bool(_MD_PREFIX.match(line))
        line = _MD_PREFIX.sub("", line)
        for rule, repl in _MD_RULES:
            line = rule.sub(repl, line)
        if is_item:
            lines.append("")  # a list item is its own paragraph
        lines.append(line)
    body = _unwrap("\n".join(lines), always=True)
    record = _pick(meta, path, 0, require_text=False)
    return [
        RawArticle(
            text=body,
            title=_strip_md(title),
            source=record.source,
            byline=record.byline,
            published=record.published,
            url=record.url,
        )
    ]


def _strip_md(text: str) -> str:
    for rule, repl in _MD_RULES:
        text = rule.sub(repl, text)
    return text.strip()


# ---------------------------------------------------------------- html
def read_html(text: str, path: Path) -> list[RawArticle]:
    return [_extract_html(text, path)]


def _extract_html(html: str, path: Path, where: str = "") -> RawArticle:
    import trafilatura  # imported here: it costs ~0.2 s and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception as exc:  # lxml raises assorted errors on garbage markup
        raise InputError(
            path, f"{where}the HTML cannot be parsed ({exc}).", "Check that the file is a saved web page."
        ) from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise InputError(
            path,
            f"{where}no article body was found in this HTML page.",
            "If the page needs JavaScript to show the story, copy the article text into a .txt file instead.",
        )
    from ._checks import dropped_passages

    return RawArticle(
        text=body,
        dropped=tuple(dropped_passages(html, body)),
        title=getattr(doc, "title", None) or "",
        byline=getattr(doc, "author", None) or "",
        published=getattr(doc, "date", None) or "",
        url=getattr(doc, "url", None) or "",
        site=getattr(doc, "sitename", None) or "",
        is_html=True,
    )


# ---------------------------------------------------------------- records
_KEYS = {
    "text": ("text", "body", "content", "article", "articlebody", "article_body", "full_text", "story", "maintext"),
    "title": ("title", "headline", "name"),
    "source": ("source", "outlet", "publisher", "site", "sitename", "site_name", "publication", "source_name", "media"),
    "url": ("url", "link", "uri", "href", "source_url"),
    "published": (
        "published",
        "date",
        "datepublished",
        "date_published",
        "published_at",
        "publish_date",
        "pubdate",
        "publishedat",
        "time",
    ),
    "byline": ("byline", "author", "authors", "by"),
    "id": ("id", "article_id", "uuid", "doc_id", "_id"),
}
_LOOKS_HTML = re.compile(r"<(?:p|div|article|br|span|h[1-6])\b[^>]*>", re.I)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Mapping):  # e.g. NewsAPI's {"id": ..., "name": "Reuters"}
        return _as_text(value.get("name") or value.get("title") or "")
    if isinstance(value, list):
        return ", ".join(t for t in (_as_text(v) for v in value) if t)
    return str(value).strip()


def _pick(record: Mapping[str, Any], path: Path, index: int, *, require_text: bool = True) -> RawArticle:
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    found = {
        field: next((_as_text(lowered[k]) for k in keys if k in lowered and _as_text(lowered[k])), "")
        for field, keys in _KEYS.items()
    }
    if require_text and not found["text"]:
        raise InputError(
            path,
            f"record {index + 1} has no article text.",
            f"Give every record a 'text' field (also accepted: {', '.join(_KEYS['text'][1:])}).",
        )
    text = found["text"]
    if _LOOKS_HTML.search(text):
        html = _extract_html(text, path, where=f"record {index + 1}: ")
        return RawArticle(
            text=html.text,
            title=found["title"] or html.title,
            source=found["source"],
            byline=found["byline"] or html.byline,
            published=found["published"] or html.published,
            url=found["url"] or html.url,
            site=html.site,
            record_id=found["id"],
            dropped=html.dropped,
            is_html=True,
            is_record=True,
        )
    return RawArticle(
        text=text,
        title=found["title"],
        source=found["source"],
        byline=found["byline"],
        published=found["published"],
        url=found["url"],
        record_id=found["id"],
        is_record=True,
    )


def _records_from(obj: Any, path: Path) -> list[Mapping[str, Any]]:
    if isinstance(obj, Mapping):
        for key in ("articles", "data", "items", "records", "results"):
            if isinstance(obj.get(key), list):
                return _records_from(obj[key], path)
        return [obj]
    if isinstance(obj, list):
        bad = next((i for i, r in enumerate(obj) if not isinstance(r, Mapping)), None)
        if bad is not None:
            raise InputError(
                path,
                f"item {bad + 1} of the JSON list is not an object.",
                "Give one object per article, with at least a 'text' field.",
            )
        return obj
    raise InputError(
        path,
        "the JSON holds neither an article object nor a list of them.",
        "Give one object per article, with at least a 'text' field.",
    )


# A record that cannot be read is returned as its error, not raised, so that a
# caller may skip it and keep the file's other records (load_articles(errors="skip")).
Record = RawArticle | InputError


def _pick_or_error(record: Mapping[str, Any], path: Path, index: int) -> Record:
    try:
        return _pick(record, path, index)
    except InputError as exc:
        return exc


def read_json(text: str, path: Path) -> list[Record]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            path,
            f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}.",
            "Fix the JSON (a validator such as `python -m json.tool FILE` shows the spot).",
        ) from None
    return [_pick_or_error(r, path, i) for i, r in enumerate(_records_from(obj, path))]


def read_jsonl(text: str, path: Path) -> list[Record]:
    out: list[Record] = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(
                InputError(
                    path,
                    f"malformed JSON on line {lineno}, column {exc.colno}: {exc.msg}.",
                    "Each line of a .jsonl file must be one complete JSON object.",
                )
            )
            continue
        if not isinstance(obj, Mapping):
            out.append(
                InputError(
                    path,
                    f"line {lineno} is not a JSON object.",
                    "Each line of a .jsonl file must be one JSON object with a 'text' field.",
                )
            )
            continue
        out.append(_pick_or_error(obj, path, len(out)))
    return out


def read_csv(text: str, path: Path) -> list[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(
            path,
            f"malformed CSV near line {reader.line_num}: {exc}.",
            "Quote any field that holds commas, quotes or line breaks.",
        ) from None
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise InputError(
            path, "the CSV has no rows.", "Add a header row (title,text,source,url,published) and one row per article."
        )
    header, body = rows[0], rows[1:]
    if not any(h.strip().lower() in _KEYS["text"] for h in header):
        raise InputError(
            path, f"the CSV header has no text column (it has: {', '.join(header)}).", "Name the article column 'text'."
        )
    out: list[Record] = []
    for i, row in enumerate(body):
        if len(row) != len(header):
            out.append(
                InputError(
                    path,
                    f"row {i + 2} has {len(row)} fields but the header has {len(header)}.",
                    "Quote any field that holds commas, quotes or line breaks.",
                )
            )
            continue
        out.append(_pick_or_error(dict(zip(header, row)), path, i))
    return out


READERS = {
    "txt": read_text,
    "md": read_markdown,
    "html": read_html,
    "json": read_json,
    "jsonl": read_jsonl,
    "csv": read_csv,
}


def read_records(fmt: str, text: str, path: Path) -> list[Record]:
    """The raw articles a decoded file holds; a record that cannot be read is
    its :class:`InputError`. A file that cannot be read at all raises."""
    return READERS[fmt](text, path)
