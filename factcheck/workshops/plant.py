"""Plant errors into real articles and get the answer key: an exercise from this week's news in one call.

:func:`plant_errors` picks facts that two or more outlets tell alike (the kit
suggests *agreed*), changes one outlet's sentence of each (a typo, a number,
a date, a weekday, a name, a negation, a word inside a quote; or a harmless
variant, or takes one outlet's sentence out so the other's is single-sourced),
and keeps a change only when the kit's own explanation names exactly that kind,
first on the pair of sentences, then on the whole changed set of articles.
The unchanged facts the outlets tell alike are in the key too, as ``same``, so
that not every answer is *conflicting*.
"""

from __future__ import annotations

import random
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from ..claims import sentence_key
from ..compare import compare_claims
from ..errors import FactcheckWarning, WorkshopError
from ..pipeline import check_articles
from ..schema import require
from ..vocab import load_aliases
from ._edits import FINDERS, Edit
from .keys import BENIGN_KINDS, AnswerKey

__all__ = ["DEFAULT_KINDS", "PLANT_KINDS", "plant_errors"]

#: What plant_errors plants unless told: one of each kind of error the kit names (time only where asked).
DEFAULT_KINDS = ("spelling", "number", "date", "weekday", "name", "negation", "quote")
#: Every kind plant_errors can plant.
PLANT_KINDS = (*FINDERS, "single-sourced")
_ROUNDS = 3

_WHY = {
    "spelling": "a typo.",
    "number": "the figures differ.",
    "date": "the dates differ.",
    "time": "the times differ.",
    "weekday": "the days differ.",
    "name": "the name is spelled two ways, and a name must be right.",
    "negation": "one says the opposite of the other.",
    "quote": "the words inside the quotation marks differ, and a quote must be word for word.",
    "spelling variant": "British and American spellings of one word",
    "number format": "the same number written two ways",
    "alias": "two names for the same thing",
}


@dataclass(frozen=True)
class _Plant:
    kind: str
    cluster: str
    claim_id: str  # the changed claim (for single-sourced: the one left alone)
    article_id: str
    start: int  # in the article's text
    end: int
    new: str  # what text[start:end] becomes
    sentence: str  # the claim's sentence after the change
    edit: Edit | None
    others: tuple[str, ...]  # the other claims of the fact (removed, for single-sourced)


def _check_arguments(articles: pd.DataFrame, kinds: Sequence[str], n: int, seed: int) -> list[str]:
    require(articles, ("article_id", "source", "text"), table="articles", made_by="factcheck.load_articles()")
    if isinstance(kinds, str) or not isinstance(kinds, Sequence) or not kinds:
        raise WorkshopError(f"kinds is a list of kinds such as ['number', 'name'], not {kinds!r}")
    unknown = [k for k in kinds if k not in PLANT_KINDS]
    if unknown:
        raise WorkshopError(f"cannot plant {unknown[0]!r}; plant_errors plants: {', '.join(PLANT_KINDS)}")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise WorkshopError(f"n is how many changes to plant, 1 or more, not {n!r}")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise WorkshopError(f"seed is a whole number, not {seed!r}")
    if articles["source"].nunique() < 2:
        raise WorkshopError(
            "plant_errors needs one event told by two or more outlets (a planted error is a difference between "
            "outlets); add another outlet's article"
        )
    return list(dict.fromkeys(kinds))


def _fits(kind: str, new: str, others: list[str]) -> bool:
    """The kit's own comparison names exactly this kind against every other wording (or, for a
    harmless variant, names no conflict and notices the variant)."""
    aliases = load_aliases()
    for other in others:
        found = compare_claims(new, other, aliases=aliases)
        if kind in BENIGN_KINDS:
            label = {"spelling variant": "spelling variant", "alias": "alias", "number format": "same "}[kind]
            if found.differences or not any(n.label.startswith(label) for n in found.benign):
                return False
        elif {d.kind for d in found.differences} != {kind}:
            return False
    return True


def _try(kind: str, members: pd.DataFrame, rng: random.Random) -> _Plant | None:
    rows = members.to_dict("records")
    rng.shuffle(rows)
    for row in rows:
        others = [r for r in rows if r["claim_id"] != row["claim_id"]]
        if kind == "single-sourced":
            if len(others) == 1 and others[0]["article_id"] != row["article_id"]:
                return _Plant(
                    kind,
                    row["cluster_id"],
                    row["claim_id"],
                    others[0]["article_id"],
                    others[0]["start"],
                    others[0]["end"],
                    "",
                    row["text"],
                    None,
                    (others[0]["claim_id"],),
                )
            continue
        edits = FINDERS[kind](row["text"])
        rng.shuffle(edits)
        for edit in edits:
            sentence = edit.apply(row["text"])
            if _fits(kind, sentence, [r["text"] for r in others]):
                at = int(row["start"])
                return _Plant(
                    kind,
                    row["cluster_id"],
                    row["claim_id"],
                    row["article_id"],
                    at + edit.start,
                    at + edit.end,
                    edit.new,
                    sentence,
                    edit,
                    tuple(r["claim_id"] for r in others),
                )
    return None


def _apply(articles: pd.DataFrame, plants: list[_Plant]) -> pd.DataFrame:
    out = articles.copy()
    frame = pd.DataFrame([p.__dict__ for p in plants], columns=list(_Plant.__dataclass_fields__))
    for article_id, group in frame.groupby("article_id"):
        row = out.index[out["article_id"] == article_id][0]
        text = str(out.at[row, "text"])
        for start, end, new in sorted(zip(group["start"], group["end"], group["new"]), reverse=True):
            if new == "":  # a sentence taken out, with the space after it
                while end < len(text) and text[end] in " \t":
                    end += 1
            text = text[:start] + new + text[end:]
        out.at[row, "text"] = text
    return out


def _confirmed(plant: _Plant, table: pd.DataFrame) -> bool:
    """The whole kit, run on the changed articles, flags the planted kind on the fact."""
    ids = _claims_after(plant, table)
    if ids is None:
        return False
    rows = table.set_index("claim_id").loc[ids]
    if plant.kind == "single-sourced":
        return bool((rows["verdict"] == "single-sourced").all())
    if plant.kind in BENIGN_KINDS:
        return bool((rows["verdict"] == "agreed").all())
    kinds = rows["conflict_types"].fillna("").str.split(";")
    return bool((rows["verdict"] == "conflicting").all() and all(k == [plant.kind] for k in kinds))


def _claims_after(plant: _Plant, table: pd.DataFrame) -> list[str] | None:
    """The fact's claim ids after the change (the changed sentence has a new id)."""
    by_text = {(a, sentence_key(t)): c for c, a, t in table[["claim_id", "article_id", "text"]].itertuples(index=False)}
    if plant.kind == "single-sourced":
        return [plant.claim_id] if plant.claim_id in set(table["claim_id"]) else None
    changed = by_text.get((plant.article_id, sentence_key(plant.sentence)))
    known = set(table["claim_id"])
    if changed is None or any(o not in known for o in plant.others):
        return None
    return [changed, *plant.others]


def _phrase(text: str, anchor: int, rivals: list[str]) -> str:
    """The shortest run of the sentence's words around ``anchor`` (a character offset) that
    no other sentence of the outlet holds."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    at = max((k for k, (start, _) in enumerate(words) if start <= anchor), default=0)
    lo, hi = max(0, at - 1), min(len(words), at + 3)
    while True:
        phrase = " ".join(w for _, w in words[lo:hi])
        if not any(sentence_key(phrase) in r for r in rivals) or (lo == 0 and hi == len(words)):
            return phrase
        if hi < len(words):
            hi += 1
        if lo > 0 and (hi == len(words) or (hi - lo) % 2):
            lo -= 1


def _fact(
    kind: str, why: str, words: list[str], claims: list[str], table: pd.DataFrame, anchors: dict[str, int]
) -> dict:
    rows = table.set_index("claim_id")
    entries = []
    for cid in claims:
        source, text = str(rows.at[cid, "source"]), str(rows.at[cid, "text"])
        rivals = [
            sentence_key(t) for c, t in zip(rows.index, rows["text"]) if c != cid and rows.at[c, "source"] == source
        ]
        entries.append({"outlet": source, "phrase": _phrase(text, anchors.get(cid, 0), rivals)})
    return {"kind": kind, "explanation": why, "words": words, "claims": entries}


def _explain(plant: _Plant, source: dict[str, str], ids: list[str]) -> tuple[str, list[str]]:
    if plant.kind == "single-sourced":
        gone = " and ".join(source[o] for o in plant.others)
        return f"Only {source[ids[0]]} tells this now: the same sentence was taken out of {gone}'s article.", []
    assert plant.edit is not None
    mine = source[ids[0]]
    others = sorted({str(source[c]) for c in ids[1:]})
    them = " and ".join(others)
    old, new = plant.edit.old, plant.edit.new
    if plant.kind in BENIGN_KINDS:
        return f"'{new}' ({mine}) and '{old}' ({them}) are {_WHY[plant.kind]}: not a conflict.", [old, new]
    verb = "has" if len(others) == 1 else "have"
    return f"{mine} has '{new}' where {them} {verb} '{old}': {_WHY[plant.kind]}", [old, new]


def plant_errors(
    articles: pd.DataFrame, *, kinds: Sequence[str] = DEFAULT_KINDS, n: int = 5, seed: int = 0
) -> tuple[pd.DataFrame, AnswerKey]:
    """Plant ``n`` changes of the given ``kinds`` into ``articles`` (a table
    :func:`~factcheck.load_articles` made: one event, two or more outlets).

    Returns the changed articles (a new table; the input is left alone) and the
    answer key: each changed fact (every outlet's claim of it), and the
    unchanged facts the outlets tell alike. The same ``seed`` always gives the
    same changes. Kinds are used in turn; one that fits no sentence is skipped
    (a :class:`~factcheck.FactcheckWarning` says so when fewer than ``n`` fit).
    ``kinds`` may hold the conflicts (``spelling``, ``number``, ``date``, ``time``,
    ``weekday``, ``name``, ``negation``, ``quote``), harmless variants
    (``spelling variant``, ``number format``, ``alias``) and ``single-sourced``.

    >>> import factcheck
    >>> changed, key = plant_errors(factcheck.load_articles("seeds"), kinds=["name", "quote"], n=2, seed=3)
    >>> sorted(key.entries.loc[key.entries["verdict"] == "conflicting", "kind"].unique())
    ['name', 'quote']
    """
    wanted = _check_arguments(articles, kinds, n, seed)
    rng = random.Random(seed)
    order = list(wanted)
    rng.shuffle(order)
    before = check_articles(articles)
    members = before.groupby("cluster_id", sort=True)
    alike = sorted(
        c for c, g in members if len(g) >= 2 and (g["verdict"] == "agreed").all() and g["source"].nunique() == len(g)
    )
    if not alike:
        raise WorkshopError("no fact is told alike by two outlets here, so there is nothing to plant an error into")
    rng.shuffle(alike)
    plants: list[_Plant] = []
    tried: set[tuple[str, str]] = set()
    for _ in range(_ROUNDS):
        failed: set[str] = set()
        while len(plants) < n:
            used = {p.cluster for p in plants}
            kind = next((k for k in (order * 2)[len(plants) % len(order) :] if k not in failed), None)
            if kind is None:
                break
            for cluster in alike:
                if cluster in used or (kind, cluster) in tried:
                    continue
                tried.add((kind, cluster))
                plant = _try(kind, members.get_group(cluster), rng)
                if plant is not None:
                    plants.append(plant)
                    break
            else:
                failed.add(kind)
        table = check_articles(_apply(articles, plants))
        kept = [p for p in plants if _confirmed(p, table)]
        if len(kept) == len(plants):
            break
        plants = kept
    changed = _apply(articles, plants)
    table = check_articles(changed)
    facts, planted = [], set()
    sources = {str(c): str(s) for frame in (before, table) for c, s in zip(frame["claim_id"], frame["source"])}
    for plant in plants:
        ids = _claims_after(plant, table) or []
        why, words = _explain(plant, sources, ids)
        anchor = {ids[0]: plant.edit.start} if plant.edit else {}
        facts.append(_fact(plant.kind, why, words, ids, table, anchor))
        planted.add(plant.cluster)
    for cluster in sorted(c for c in alike if c not in planted):
        ids = [c for c in members.get_group(cluster)["claim_id"] if c in set(table["claim_id"])]
        rows = table[table["claim_id"].isin(ids)]
        if len(ids) < 2 or not (rows["verdict"] == "agreed").all():
            continue
        same = rows["text"].map(sentence_key).nunique() == 1
        why = "Nothing was changed here: " + (
            "the outlets tell this in the same words."
            if same
            else "worded a little differently, the outlets tell the same fact."
        )
        facts.append(_fact("same" if same else "paraphrase", why, [], ids, table, {}))
    if len(plants) < n:
        got = ", ".join(p.kind for p in plants) or "none"
        warnings.warn(
            f"planted {len(plants)} of {n} changes ({got}): {len(alike)} facts are told alike by two or more "
            "outlets here, and a change is kept only where the kit names exactly its kind; give more articles "
            "(more outlets of the same event) or ask for fewer changes",
            FactcheckWarning,
            stacklevel=2,
        )
    notes = [
        f"Made by plant_errors(kinds={list(wanted)}, n={n}, seed={seed}): {len(plants)} planted changes; "
        "facts told alike and left unchanged are in the key as 'same' or 'paraphrase'."
    ]
    return changed, AnswerKey.from_facts(facts, notes=notes, where="planted key")
