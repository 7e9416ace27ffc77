"""Exercise packs: one invented event told by several outlets, with an answer key.

A pack is a folder: ``articles/`` (the outlets' files, any format the kit
reads), ``key.json`` (see :mod:`factcheck.workshops.keys`) and ``pack.json``
(title, difficulty, minutes, a summary for the trainer, notes, and
``kit_wrong``: the claims on which the kit's own suggestion differs from the
key, each with why; good moments to discuss). Three packs ship with the kit
(:func:`list_packs`); :func:`write_pack` makes one from articles and a key,
such as :func:`~factcheck.workshops.plant_errors` returns.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .._text import as_text
from ..errors import WorkshopError
from ..schema import require
from .keys import AnswerKey, read_json_object

__all__ = ["DIFFICULTIES", "PACKS", "Pack", "list_packs", "load_pack", "write_pack"]

#: The shipped packs' folder.
PACKS = Path(__file__).resolve().parent / "packs"
#: Difficulty levels, easiest first; a pack made by :func:`write_pack` is ``custom`` unless told.
DIFFICULTIES = ("easy", "medium", "hard", "custom")


@dataclass(frozen=True)
class Pack:
    """One exercise pack (see :func:`load_pack`)."""

    name: str
    folder: Path
    title: str
    difficulty: str
    key: AnswerKey
    minutes: int = 15
    summary: str = ""
    notes: str = ""
    kit_wrong: tuple[dict[str, str], ...] = field(default=())

    @property
    def articles(self) -> Path:
        """The folder of the outlets' articles."""
        return self.folder / "articles"

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(self.key.entries["outlet"]))

    def check(self) -> pd.DataFrame:
        """What :func:`factcheck.check` makes of the pack's articles: the table to review."""
        from ..pipeline import check

        return check(self.articles)

    def describe(self) -> dict[str, Any]:
        """One row of :func:`list_packs`."""
        entries = self.key.entries
        return {
            "name": self.name,
            "difficulty": self.difficulty,
            "title": self.title,
            "outlets": len(self.outlets),
            "claims": len(entries),
            "conflicts": int(entries.loc[entries["verdict"] == "conflicting", "fact"].nunique()),
            "minutes": self.minutes,
            "kinds": ", ".join(dict.fromkeys(entries["kind"])),
        }


def _pack_json(folder: Path) -> dict[str, Any]:
    path = folder / "pack.json"
    data = read_json_object(
        path,
        missing=f"{folder}: not a pack (no pack.json); `factcheck workshop list` shows the packs",
        unreadable=f"{path}: not readable as a pack description",
        shape=f"{path}: a pack description is a JSON object (title, difficulty, ...)",
    )
    return dict(data)


def _from_folder(folder: Path, name: str) -> Pack:
    data = _pack_json(folder)
    if not (folder / "articles").is_dir():
        raise WorkshopError(f"{folder}: the pack has no articles/ folder; put the outlets' files there")
    difficulty = str(data.get("difficulty", "custom"))
    if difficulty not in DIFFICULTIES:
        raise WorkshopError(
            f"{folder / 'pack.json'}: difficulty {difficulty!r} is not one of {', '.join(DIFFICULTIES)}"
        )
    wrong = data.get("kit_wrong", [])
    if not isinstance(wrong, list) or not all(isinstance(w, Mapping) for w in wrong):
        raise WorkshopError(f"{folder / 'pack.json'}: kit_wrong is a list of {{outlet, phrase, kit, why}}")
    key = AnswerKey.read(folder / "key.json")
    title = str(data.get("title") or key.title or name)
    return Pack(
        name=str(data.get("name") or name),
        folder=folder,
        title=title,
        difficulty=difficulty,
        key=AnswerKey(key.entries, title=title, notes=key.notes),
        minutes=int(data.get("minutes", 15)),
        summary=str(data.get("summary", "")),
        notes=str(data.get("notes", "")),
        kit_wrong=tuple({str(k): str(v) for k, v in w.items()} for w in wrong),
    )


def _shipped() -> list[str]:
    return sorted(p.name for p in PACKS.iterdir() if (p / "pack.json").is_file())


def load_pack(pack: str | Path) -> Pack:
    """A shipped pack by name (``"elderwick-fair"``), or a pack folder (one
    :func:`write_pack` or ``factcheck workshop new`` wrote).

    >>> pack = load_pack("elderwick-fair")
    >>> pack.difficulty, pack.outlets
    ('easy', ['Elderwick Courier', 'Vale Weekly', 'Northline News'])
    """
    if isinstance(pack, Pack):
        return pack
    if not isinstance(pack, str | Path):
        raise TypeError(f"load_pack takes a pack name or folder, not {type(pack).__name__}")
    path = Path(pack)
    if path.is_dir():
        return _from_folder(path, path.resolve().name)
    if isinstance(pack, str) and pack in _shipped():
        return _from_folder(PACKS / pack, pack)
    raise WorkshopError(
        f"no pack named {str(pack)!r} and no such pack folder; the packs are: {', '.join(_shipped())} "
        "(`factcheck workshop list`)"
    )


def list_packs() -> pd.DataFrame:
    """The shipped packs, easiest first: name, difficulty, title, outlets,
    claims, conflicts (facts), minutes and the kinds of difference they hold.

    >>> list_packs()[["name", "difficulty", "outlets"]].values.tolist()
    [['elderwick-fair', 'easy', 3], ['lowmere-storm', 'medium', 4], ['kestrin-globe', 'hard', 5]]
    """
    rows = [load_pack(name).describe() for name in _shipped()]
    rows.sort(key=lambda r: (DIFFICULTIES.index(r["difficulty"]), r["name"]))
    return pd.DataFrame(
        rows, columns=["name", "difficulty", "title", "outlets", "claims", "conflicts", "minutes", "kinds"]
    )


def _file_name(article_id: str, taken: set[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", article_id).strip("._") or "article"
    name, n = f"{stem}.json", 1
    while name in taken:
        n += 1
        name = f"{stem}_{n}.json"
    taken.add(name)
    return name


def write_pack(
    articles: pd.DataFrame,
    key: AnswerKey,
    folder: str | Path,
    *,
    title: str,
    difficulty: str = "custom",
    minutes: int = 15,
    summary: str = "",
    notes: str = "",
) -> Pack:
    """Write a pack folder: each article as one ``.json`` record under
    ``articles/``, ``key.json`` and ``pack.json``. The folder must be new or
    empty. The key is checked against the written articles before returning.

    >>> import tempfile, factcheck
    >>> from factcheck.workshops import plant_errors
    >>> changed, key = plant_errors(factcheck.load_articles("seeds"), kinds=["quote"], n=1, seed=0)
    >>> pack = write_pack(changed, key, tempfile.mkdtemp() + "/seeds-pack", title="Moon-Biden call")
    >>> len(pack.key.resolve(pack.check())) == len(key)
    True
    """
    require(articles, ("article_id", "source", "text"), table="articles", made_by="factcheck.load_articles()")
    if difficulty not in DIFFICULTIES:
        raise WorkshopError(f"difficulty {difficulty!r} is not one of {', '.join(DIFFICULTIES)}")
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise WorkshopError(f"{folder}: already exists and is not an empty folder; give a new folder name")
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for row in articles.to_dict("records"):
        record = {k: as_text(row.get(k)) for k in ("title", "text", "source", "url", "published")}
        path = folder / "articles" / _file_name(str(row["article_id"]), taken)
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    AnswerKey(key.entries, title=title, notes=key.notes).write(folder / "key.json")
    description = {
        "title": title,
        "difficulty": difficulty,
        "minutes": minutes,
        "summary": summary,
        "notes": notes,
        "kit_wrong": [],
    }
    (folder / "pack.json").write_text(json.dumps(description, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    pack = load_pack(folder)
    pack.key.resolve(pack.check())  # the key must fit what the kit reads back
    return pack
