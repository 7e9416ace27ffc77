"""wordfreq's English Zipf frequencies without loading wordfreq on every run.

Importing wordfreq and unpacking its large English list takes about 0.3 s, a third of a small
``factcheck check``. The first run builds, from the installed wordfreq, a table of the Zipf
frequency of every plain lower-case word (a-z only) in that list, and of every word of the list
joined by apostrophes, dots or underscores that wordfreq reads as one token ("o'neill", "p.m"),
plus the common words typo detection needs, into an SQLite file in the user's cache folder; later
runs look words up there in microseconds. The values are wordfreq's own (same list, same rounding;
tests hold them to ``wordfreq.zipf_frequency``). Any other word (capitals, digits, accents, an
elided "d'angelo", which wordfreq reads as two tokens) still goes to wordfreq, which then costs its
0.3 s once. Nothing here is shipped with the package: the table is made on the user's machine
from the wordfreq they installed, and rebuilt when that list changes; building one removes the
tables of installs no longer in use (see ``STALE_DAYS``).

``FACTCHECK_CACHE_DIR`` names the cache folder (default ``$XDG_CACHE_HOME/factcheck`` or
``~/.cache/factcheck``). Where it cannot be written, wordfreq is used directly.
"""

from __future__ import annotations

import contextlib
import importlib.util
import math
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["common_words", "lookup"]

_PLAIN = re.compile(r"[a-z]+")
# Letters joined by apostrophes, dots or underscores; wordfreq drops such a word's closing dot or
# apostrophe and a handle's or hashtag's opening mark ("p.m." is read as "p.m", "sixers'" as "sixers",
# "@nasa" as "nasa"; "@s" is a word of its own).
_JOINED = re.compile(r"[a-z]+(?:['._][a-z]+)*")
_MARKS = re.compile(r"^[@#](?=[a-z]{2})|(?<=[a-z])[.']$")
# ... and reads one or two letters, an apostrophe and a vowel or "h" as two tokens ("l'amour", "d'angelo").
_ELIDED = re.compile(r"[a-z]{1,2}'[aehiouy]")
_VERSION = 3  # of the table's layout and contents


def _wordlist() -> Path | None:
    """wordfreq's English list ('best' is 'large' for English), found without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "data" / "large_en.msgpack.gz"
    return path if path.is_file() else None


def cache_dir() -> Path:
    if os.environ.get("FACTCHECK_CACHE_DIR"):
        return Path(os.environ["FACTCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


def _zipf_of(freq: float) -> float:
    """wordfreq's ``zipf_frequency`` of a one-token word with this list frequency: rounded to three
    significant digits as ``_word_frequency`` does, then to hundredths of a Zipf unit."""
    unrounded = max(freq, 1e-9)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def _build(path: Path, common_floor: float) -> None:
    from wordfreq import get_frequency_dict, tokenize, zipf_frequency

    freqs = get_frequency_dict("en")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE zipf (word TEXT PRIMARY KEY, zipf REAL) WITHOUT ROWID")
            db.execute("CREATE TABLE common (word TEXT)")
            db.execute("CREATE TABLE unknown (zipf REAL)")
            db.executemany(
                "INSERT INTO zipf VALUES (?, ?)",
                ((w, _zipf_of(f)) for w, f in freqs.items() if _PLAIN.fullmatch(w) or _one_token(w, tokenize)),
            )
            db.executemany(
                "INSERT INTO common VALUES (?)", ((w,) for w, f in freqs.items() if f >= common_floor and w.isalpha())
            )
            db.execute("INSERT INTO unknown VALUES (?)", (float(zipf_frequency("zzxqzzxq", "en")),))
        db.close()
        os.replace(tmp, path)  # atomic: a concurrent run sees the old table or the whole new one
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


_open: dict[tuple[int, float], tuple[sqlite3.Connection, float] | None] = {}


def _table(common_floor: float) -> tuple[sqlite3.Connection, float] | None:
    """The open table (built first if needed), with the Zipf frequency of an unknown word; None where
    it cannot be had (no wordfreq list found, a cache folder that cannot be written). One connection
    per process: a worker forked from a large run must not share its parent's."""
    key = (os.getpid(), common_floor)
    if key not in _open:
        _open[key] = _connect(common_floor)
    return _open[key]


#: Each install of wordfreq (a new virtual environment, an upgrade) gets its own table of about 7 MB.
#: A table no run has opened for this many days is removed when a new one is built ...
STALE_DAYS = 7
#: ... and so is any beyond the most recently used few (two environments in use keep theirs).
KEEP_TABLES = 4
_DAY = 86_400


def _used(path: Path) -> None:
    """Mark the table as in use (at most once a day: its modification time is its last use)."""
    with contextlib.suppress(OSError):
        if time.time() - path.stat().st_mtime > _DAY:
            os.utime(path)


def _prune(kept: Path) -> None:
    """Remove the tables of wordfreq installs no longer in use: stale ones and all but the latest few."""
    with contextlib.suppress(OSError):
        tables = [(t.stat().st_mtime, t) for t in kept.parent.glob("zipf-en-v*.sqlite3") if t != kept]
        now = time.time()
        for k, (used, table) in enumerate(sorted(tables, reverse=True)):
            if k >= KEEP_TABLES - 1 or now - used > STALE_DAYS * _DAY:
                with contextlib.suppress(OSError):
                    table.unlink()  # a run still reading it keeps its open handle (or falls back to wordfreq)


def _connect(common_floor: float) -> tuple[sqlite3.Connection, float] | None:
    source = _wordlist()
    if source is None:
        return None
    stat = source.stat()
    path = cache_dir() / f"zipf-en-v{_VERSION}-{stat.st_size}-{stat.st_mtime_ns}-{common_floor:g}.sqlite3"
    try:
        if not path.is_file():
            _build(path, common_floor)
            _prune(path)
        else:
            _used(path)
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        (unknown,) = db.execute("SELECT zipf FROM unknown").fetchone()
    except (OSError, sqlite3.Error, TypeError):
        return None
    return db, float(unknown)


def _one_token(word: str, tokenize: Callable[[str, str], list[str]]) -> bool:
    """A word of the list joined by apostrophes or dots that wordfreq reads whole ("o'neill", "p.m")."""
    return _JOINED.fullmatch(word) is not None and tokenize(word, "en") == [word]


def lookup(word: str, common_floor: float) -> float | None:
    """The Zipf frequency of a plain lower-case word, or of a joined word the list holds, from the
    table; None for any other word, or when there is no table (ask wordfreq then)."""
    key = _MARKS.sub("", word)
    plain = _PLAIN.fullmatch(key) is not None
    if not plain and not _JOINED.fullmatch(key):
        return None
    table = _table(common_floor)
    if table is None:
        return None
    db, unknown = table
    try:
        row = db.execute("SELECT zipf FROM zipf WHERE word = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None if _ELIDED.match(key) else unknown
    return float(row[0])


def common_words(common_floor: float) -> frozenset[str] | None:
    """The words (letters only) of wordfreq's list at least ``common_floor`` frequent; None when
    there is no table."""
    table = _table(common_floor)
    if table is None:
        return None
    try:
        return frozenset(word for (word,) in table[0].execute("SELECT word FROM common"))
    except sqlite3.Error:
        return None
