"""Article files: reading one safely, and the article id each file gets.

Only regular files are read (a FIFO would hang, ``/dev/zero`` would fill the
memory), and none larger than :data:`MAX_ARTICLE_BYTES` (.txt, .md, .html) or
:data:`MAX_RECORD_BYTES` (.json, .jsonl, .csv, which hold many articles).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections import defaultdict
from pathlib import Path

from .errors import InputError

#: Largest single-article file (.txt, .md, .html) the kit reads: 50 MB.
MAX_ARTICLE_BYTES = 50 * 1024 * 1024
#: Largest record file (.json, .jsonl, .csv: one article per record) the kit reads: 500 MB.
MAX_RECORD_BYTES = 500 * 1024 * 1024
_RECORD_FORMATS = ("json", "jsonl", "csv")


def size_limit(fmt: str) -> int:
    """The largest file of format ``fmt`` that is read, in bytes.

    >>> size_limit("txt") // 2**20, size_limit("jsonl") // 2**20
    (50, 500)
    """
    return MAX_RECORD_BYTES if fmt in _RECORD_FORMATS else MAX_ARTICLE_BYTES


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def not_regular(path: Path) -> str:
    """What ``path`` is if it is not a regular file (a device, a FIFO...), else ``""``.

    >>> not_regular(Path("/dev/null"))
    'a character device'
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return ""
    return "" if stat.S_ISREG(mode) else _kind(mode)


def _too_big(path: Path, size: int, limit: int) -> InputError:
    return InputError(
        path,
        f"the file is {size / 2**20:.0f} MB, over the {limit // 2**20} MB limit for one input file.",
        "Split it into smaller files (an article file holds one article; .jsonl/.csv one per record).",
    )


def read_input(path: Path, fmt: str) -> bytes:
    """The bytes of one input file: a regular file, no larger than :func:`size_limit`."""
    limit = size_limit(fmt)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                path,
                f"this is {_kind(info.st_mode)}, not an article file.",
                "Name article files (.txt, .md, .html, .json, .jsonl, .csv), not devices or pipes.",
            )
        if info.st_size > limit:
            raise _too_big(path, info.st_size, limit)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc}).", "Check the file's permissions.") from None
    if len(data) > limit:  # it grew while we looked
        raise _too_big(path, len(data), limit)
    return data


def slug(text: str) -> str:
    """An id-safe form of a name: lower-case ASCII letters, digits, ``_`` and ``-``.

    >>> slug("AP News"), slug("000_44ee4c4737ad4eae"), slug("路透社")
    ('ap-news', '000_44ee4c4737ad4eae', 'article')
    """
    return re.sub(r"[^a-z0-9_]+", "-", text.lower()).strip("-_") or "article"


def path_hash(relative: str) -> str:
    """A short, stable fingerprint of a relative path (``/``-separated)."""
    return hashlib.sha1(relative.encode("utf-8")).hexdigest()[:6]


def relative_paths(files: list[Path]) -> dict[Path, str]:
    """Each file's path relative to the files' common folder, ``/``-separated.

    Independent of the current folder: the same files give the same paths.
    """
    absolute = {f: os.path.abspath(f) for f in files}
    common = os.path.commonpath([os.path.dirname(a) for a in absolute.values()]) if files else os.sep
    # String slicing, not Path.relative_to: thousands of files cost a second otherwise.
    cut = len(common.rstrip(os.sep)) + 1
    return {f: a[cut:].replace(os.sep, "/") for f, a in absolute.items()}


def article_ids(files: list[Path]) -> dict[Path, str]:
    """A unique, deterministic, readable id per file, without renaming anything.

    The id is the file's name without its extension (as :func:`slug`); where
    names clash, the extension is added (``story.txt`` and ``story.md``), else
    the folders below the files' common folder (``upi/article.txt`` ->
    ``upi-article``), else a short hash of that relative path.

    >>> ids = article_ids([Path("x/upi/article.txt"), Path("x/reuters/article.txt"), Path("x/b.txt")])
    >>> sorted(ids.values())
    ['b', 'reuters-article', 'upi-article']
    """
    relative = relative_paths(files)
    ids = {f: slug(f.stem) for f in files}

    def with_ext(f: Path, group: list[Path]) -> str:
        exts = [g.suffix.lower() for g in group]
        return f"{ids[f]}-{f.suffix.lower().lstrip('.')}" if len(set(exts)) == len(exts) else ids[f]

    def with_folders(f: Path, group: list[Path]) -> str:
        rel = relative[f]
        return slug((rel[: -len(f.suffix)] if f.suffix else rel).replace("/", "-"))

    def with_hash(f: Path, group: list[Path]) -> str:
        return f"{ids[f]}-{path_hash(relative[f] + ids[f])}"

    steps = [with_ext, with_folders, *[with_hash] * 4]
    for step in steps:
        groups: dict[str, list[Path]] = defaultdict(list)
        for f in files:
            groups[ids[f]].append(f)
        clashing = [group for group in groups.values() if len(group) > 1]
        if not clashing:
            break
        for group in clashing:
            ids.update({f: step(f, group) for f in group})
    return ids
