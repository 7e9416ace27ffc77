"""Answer keys: per claim the right verdict, the kind of difference, and a one-line explanation.

A key names each claim by its outlet and a distinctive phrase of its sentence,
not by claim id: claim ids come from the wording (see
:func:`~factcheck.split_claims`), and a key must keep working when the pack's
articles are loaded again, copied or re-saved. :meth:`AnswerKey.resolve`
turns the phrases into claim ids once, and fails loudly when an entry matches
no claim or several.

The file (``key.json``) lists facts; each fact has one kind, one explanation,
the differing words to mark, and the claims that tell it. The verdict follows
from the kind: a conflict kind (``number``, ``name``, ...) is ``conflicting``,
a harmless difference (``spelling variant``, ``alias``, ...) or ``same`` is
``agreed``, and ``single-sourced`` is ``single-sourced``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..claims import sentence_key
from ..errors import WorkshopError
from ..schema import CONFLICT_TYPES, require

__all__ = ["BENIGN_KINDS", "KEY_COLUMNS", "KINDS", "AnswerKey", "verdict_of"]

#: Harmless differences: the outlets agree although their words differ.
BENIGN_KINDS = ("spelling variant", "alias", "number format", "omission", "paraphrase")
#: Every kind a key may give, conflicts first (in the kit's order), then the harmless ones.
KINDS = (*CONFLICT_TYPES, *BENIGN_KINDS, "same", "single-sourced")
#: One row per claim of the key.
KEY_COLUMNS = ("fact", "outlet", "phrase", "verdict", "kind", "explanation", "words")


def verdict_of(kind: str) -> str:
    """The right verdict for a claim of this kind.

    >>> verdict_of("number"), verdict_of("alias"), verdict_of("single-sourced")
    ('conflicting', 'agreed', 'single-sourced')
    """
    if kind in CONFLICT_TYPES:
        return "conflicting"
    if kind == "single-sourced":
        return "single-sourced"
    if kind in KINDS:
        return "agreed"
    raise WorkshopError(f"unknown kind {kind!r}; a key's kind is one of: {', '.join(KINDS)}")


def _text(value: Any, what: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise WorkshopError(f"{where}: {what} must be a non-empty text, not {value!r}")
    return value.strip()


def _rows(facts: Sequence[Mapping[str, Any]], where: str) -> list[tuple[Any, ...]]:
    if isinstance(facts, str | bytes) or not isinstance(facts, Sequence) or not facts:
        raise WorkshopError(f"{where}: the key needs a non-empty list of facts")
    rows = []
    for number, fact in enumerate(facts, 1):
        at = f"{where}, fact {number}"
        if not isinstance(fact, Mapping):
            raise WorkshopError(f"{at}: a fact is an object with kind, explanation, words and claims")
        kind = _text(fact.get("kind"), "kind", at)
        verdict = verdict_of(kind)
        explanation = _text(fact.get("explanation"), "explanation", at)
        words = fact.get("words", [])
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise WorkshopError(f"{at}: words must be a list of texts (the words that differ), not {words!r}")
        claims = fact.get("claims")
        if not isinstance(claims, list) or not claims:
            raise WorkshopError(f"{at}: claims must be a non-empty list of {{outlet, phrase}}")
        if verdict == "single-sourced" and len(claims) != 1:
            raise WorkshopError(f"{at}: a single-sourced fact has exactly one claim, not {len(claims)}")
        if verdict != "single-sourced" and len({c.get("outlet") for c in claims if isinstance(c, Mapping)}) < 2:
            raise WorkshopError(f"{at}: a {kind} fact is told by two or more outlets; list a claim from each")
        for claim in claims:
            if not isinstance(claim, Mapping):
                raise WorkshopError(f"{at}: each claim is an object with outlet and phrase")
            outlet, phrase = _text(claim.get("outlet"), "outlet", at), _text(claim.get("phrase"), "phrase", at)
            rows.append((number, outlet, phrase, verdict, kind, explanation, tuple(words)))
    return rows


@dataclass(frozen=True)
class AnswerKey:
    """An answer key: :data:`KEY_COLUMNS`, one row per claim (``fact`` numbers the facts from 1).

    >>> key = AnswerKey.from_facts([{"kind": "number", "explanation": "2019 or 2018?", "words": ["2019", "2018"],
    ...     "claims": [{"outlet": "UPI", "phrase": "February 2019 summit"}, {"outlet": "Reuters", "phrase": "summit in 2018"}]}])
    >>> key.entries[["outlet", "verdict", "kind"]].values.tolist()
    [['UPI', 'conflicting', 'number'], ['Reuters', 'conflicting', 'number']]
    """

    entries: pd.DataFrame
    title: str = ""
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        require(self.entries, KEY_COLUMNS, table="answer key", made_by="AnswerKey.from_facts() or load_pack()")
        bad = sorted(set(self.entries["kind"]) - set(KINDS))
        if bad:
            raise WorkshopError(f"unknown kind {bad[0]!r}; a key's kind is one of: {', '.join(KINDS)}")
        twice = self.entries[self.entries.duplicated(["outlet", "phrase"], keep=False)]
        if len(twice):
            first = twice.iloc[0]
            raise WorkshopError(f"the key names {first['outlet']}: {first['phrase']!r} twice; name each claim once")
        object.__setattr__(self, "entries", self.entries[list(KEY_COLUMNS)].reset_index(drop=True).copy())

    @classmethod
    def from_facts(
        cls, facts: Sequence[Mapping[str, Any]], *, title: str = "", notes: Iterable[str] = (), where: str = "key"
    ) -> AnswerKey:
        """A key from its facts, as ``key.json`` lists them (checked once, here)."""
        frame = pd.DataFrame(_rows(facts, where), columns=list(KEY_COLUMNS))
        return cls(frame, title=title, notes=tuple(notes))

    @classmethod
    def read(cls, path: str | Path) -> AnswerKey:
        """Read ``key.json`` (``{"title": ..., "notes": [...], "facts": [...]}``)."""
        path = Path(path)
        data = read_json_object(
            path,
            missing=f"{path}: no answer key here; a pack folder holds key.json beside pack.json",
            unreadable=f"{path}: not a readable answer key",
            shape=f"{path}: an answer key is a JSON object with a list of facts",
        )
        notes = data.get("notes", [])
        return cls.from_facts(
            data.get("facts"),  # type: ignore[arg-type]
            title=str(data.get("title", "")),
            notes=[notes] if isinstance(notes, str) else notes,
            where=str(path),
        )

    def facts(self) -> list[dict[str, Any]]:
        """The key as ``key.json`` lists it."""
        out = []
        for _, group in self.entries.groupby("fact", sort=True):
            first = group.iloc[0]
            out.append(
                {
                    "kind": first["kind"],
                    "explanation": first["explanation"],
                    "words": list(first["words"]),
                    "claims": [{"outlet": o, "phrase": p} for o, p in zip(group["outlet"], group["phrase"])],
                }
            )
        return out

    def write(self, path: str | Path) -> Path:
        """Write the key as ``key.json``."""
        path = Path(path)
        data = {"title": self.title, "notes": list(self.notes), "facts": self.facts()}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return path

    def __len__(self) -> int:
        return len(self.entries)

    def resolve(self, table: pd.DataFrame) -> pd.DataFrame:
        """The key with each claim's ``claim_id`` and ``text`` from ``table`` (what
        :func:`factcheck.check` made of the pack), in the table's order. Every entry
        must match exactly one claim of its outlet, and no claim two entries.

        Raises :class:`~factcheck.WorkshopError` listing every entry that does not.
        """
        require(table, ("claim_id", "source", "text"), table="checked-claim", made_by="factcheck.check()")
        keys = {
            str(cid): (str(source), sentence_key(str(text)))
            for cid, source, text in table[["claim_id", "source", "text"]].itertuples(index=False)
        }
        found: dict[int, str] = {}
        problems = []
        for k, (outlet, phrase) in enumerate(self.entries[["outlet", "phrase"]].itertuples(index=False)):
            wanted = sentence_key(phrase)
            hits = [cid for cid, (source, text) in keys.items() if source == outlet and wanted in text]
            if len(hits) == 1:
                found[k] = hits[0]
            else:
                how = "no claim" if not hits else f"{len(hits)} claims ({', '.join(hits)})"
                problems.append(f"{outlet}: {phrase!r} matches {how}")
        taken: dict[str, int] = {}
        for k, cid in found.items():
            if cid in taken:
                problems.append(
                    f"{cid} is named by two entries ({self.entries.loc[taken[cid], 'phrase']!r} and "
                    f"{self.entries.loc[k, 'phrase']!r})"
                )
            taken[cid] = k
        if problems:
            raise WorkshopError(
                "the answer key does not fit these articles: " + "; ".join(problems) + ". Each entry needs an outlet "
                "and a phrase found in exactly one of that outlet's sentences."
            )
        out = self.entries.assign(claim_id=[found[k] for k in range(len(self.entries))])
        order = {cid: n for n, cid in enumerate(table["claim_id"].astype(str))}
        texts = dict(zip(table["claim_id"].astype(str), table["text"].astype(str)))
        out = out.assign(text=[texts[c] for c in out["claim_id"]])
        out = out.iloc[sorted(range(len(out)), key=lambda k: order[out["claim_id"].iloc[k]])]
        return out[["claim_id", *KEY_COLUMNS, "text"]].reset_index(drop=True)

    def to_text(self, fmt: str = "md", table: pd.DataFrame | None = None) -> str:
        """The key for people: ``md`` (a handout for the reveal), ``csv`` or ``json``.
        With ``table`` each claim shows its whole sentence."""
        frame = self.resolve(table) if table is not None else self.entries.assign(text="")
        if fmt == "json":
            return (
                json.dumps(
                    {"title": self.title, "notes": list(self.notes), "facts": self.facts()},
                    ensure_ascii=False,
                    indent=2,
                )
                + "\n"
            )
        rows = [
            (int(r.fact), r.outlet, r.text or r.phrase, r.verdict, r.kind, ", ".join(r.words), r.explanation)
            for r in frame.sort_values(["fact"], kind="stable").itertuples()
        ]
        head = ("fact", "outlet", "claim", "verdict", "kind", "words", "explanation")
        if fmt == "csv":
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\n").writerows([head, *rows])
            return buffer.getvalue()
        if fmt != "md":
            raise WorkshopError(f"cannot write the key as {fmt!r}; use .md, .csv or .json")
        lines = [f"# Answer key: {self.title}" if self.title else "# Answer key", ""]
        lines += [f"> {note}" for note in self.notes] + ([""] if self.notes else [])
        for fact, group in pd.DataFrame(rows, columns=head).groupby("fact", sort=True):
            first = group.iloc[0]
            lines.append(f"## {fact}. {first['kind']}: {first['verdict']}")
            lines.append(f"{first['explanation']}")
            lines.append("")
            lines += [f"- **{o}**: {c}" for o, c in zip(group["outlet"], group["claim"])]
            lines.append("")
        return "\n".join(lines)


def read_json_object(path: Path, *, missing: str, unreadable: str, shape: str) -> Mapping[str, Any]:
    """A JSON object from ``path`` (UTF-8, with or without BOM), or one :class:`WorkshopError` with the
    message that fits: ``missing`` (no such file), ``unreadable`` (plus the reason) or ``shape`` (not an object)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise WorkshopError(missing) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise WorkshopError(f"{unreadable} ({exc})") from None
    if not isinstance(data, Mapping):
        raise WorkshopError(shape)
    return data
