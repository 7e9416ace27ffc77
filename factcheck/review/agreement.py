"""How far several analysts agree on one event's claims, and how often they follow the kit.

:func:`agreement` reads the analysts' standing verdicts (one store or each
analyst's own) and returns :class:`Agreement`, a set of frames:

- ``summary``: percent agreement, Krippendorff's α (nominal) and Fleiss' κ over
  the claims two or more analysts decided ("shared" claims);
- ``pairwise``: Cohen's κ and percent agreement for each pair of analysts, on
  the claims both decided (:meth:`Agreement.kappa_matrix` as a square table);
- ``by_suggested`` and ``by_conflict``: the same per suggested verdict and per conflict kind;
- ``vs_kit``: each analyst against the kit's suggestion (how often they accept it).

A figure on fewer than ``min_shared`` claims (default :data:`MIN_SHARED`) is
not given: its ``value`` is empty and ``note`` says why. Only analysts'
decisions on the current wording count (not adjudications, not stale ones).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import pandas as pd

from ..schema import CONFLICT_TYPES, VERDICTS, require
from .attach import attach_decisions
from .decisions import load_events
from .reliability import cohen_kappa, fleiss_kappa, krippendorff_alpha, percent_agreement
from .store import Stores, standing

__all__ = ["MIN_SHARED", "Agreement", "agreement"]

#: Fewer shared claims than this: no figure, and the reason instead.
MIN_SHARED = 10
_GROUP_COLUMNS = ("group", "claims", "agreed", "percent_agreement", "alpha", "fleiss_kappa", "note")


def _too_few(n: int, minimum: int) -> str:
    return f"only {n} shared claim{'s' * (n != 1)} (fewer than {minimum}): too few for a figure"


@dataclass(frozen=True)
class Agreement:
    """The agreement figures; every frame is new and safe to change."""

    ratings: pd.DataFrame  # one row per claim of the table, one column per analyst: the verdict or ""
    summary: pd.DataFrame
    pairwise: pd.DataFrame
    by_suggested: pd.DataFrame
    by_conflict: pd.DataFrame
    vs_kit: pd.DataFrame
    min_shared: int = MIN_SHARED
    blind: int = 0  # decisions made blind
    analysts: list[str] = field(default_factory=list)

    @property
    def shared(self) -> int:
        """Claims decided by two or more analysts."""
        return int((self.ratings.ne("").sum(axis=1) >= 2).sum())

    def kappa_matrix(self) -> pd.DataFrame:
        """Cohen's κ per pair as a square table, the number of shared claims beside each score."""
        cells = pd.DataFrame("", index=self.analysts, columns=self.analysts)
        for row in self.pairwise.itertuples():
            text = (
                f"{row.cohen_kappa:.2f} ({row.shared} shared)"
                if not math.isnan(row.cohen_kappa)
                else f"– ({row.shared} shared)"
            )
            cells.loc[row.analyst_a, row.analyst_b] = cells.loc[row.analyst_b, row.analyst_a] = text
        return cells

    def to_text(self) -> str:
        """The figures as plain text, as ``factcheck agreement`` prints them."""
        decisions = int(self.ratings.ne("").to_numpy().sum())
        lines = [
            f"{len(self.analysts)} analysts ({', '.join(self.analysts) or 'none'}): {decisions} decisions "
            f"({self.blind} made blind) on {int(self.ratings.ne('').any(axis=1).sum())} claims; "
            f"{self.shared} claims decided by two or more.",
            "",
        ]

        def table(title: str, frame: pd.DataFrame) -> None:
            shown = frame.copy()
            for column in shown.columns:
                if pd.api.types.is_float_dtype(shown[column]):
                    shown[column] = shown[column].map(lambda v: "–" if pd.isna(v) else f"{v:.2f}")
            lines.extend([title, shown.to_string(index=False) if len(shown) else "(none)", ""])

        table("Agreement on the shared claims:", self.summary)
        if len(self.analysts) >= 2:
            lines.extend(["Cohen's κ per pair of analysts (claims both decided):", self.kappa_matrix().to_string(), ""])
        table("Per suggested verdict:", self.by_suggested)
        table("Per conflict kind:", self.by_conflict)
        table("Each analyst against the kit's suggestion:", self.vs_kit)
        lines.append(
            f"Figures need at least {self.min_shared} shared claims; with fewer, the note says so instead. "
            "κ and α: 1 is perfect agreement, 0 what chance gives, below 0 worse than chance."
        )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.to_text()


def _figures(units: list[list[str]], minimum: int) -> dict[str, object]:
    """Percent agreement, α and Fleiss' κ, each with the reason it is missing, for some claims' verdicts."""
    shared = [u for u in units if len(u) >= 2]
    out: dict[str, object] = {"claims": len(shared), "agreed": sum(len(set(u)) == 1 for u in shared)}
    if len(shared) < minimum:
        why = _too_few(len(shared), minimum)
        return (
            out
            | {"percent_agreement": math.nan, "alpha": math.nan, "fleiss_kappa": math.nan}
            | dict.fromkeys(("percent_note", "alpha_note", "fleiss_note"), why)
        )
    alpha = krippendorff_alpha(shared)
    same = (
        f"every verdict is {shared[0][0]!r}: chance-corrected figures are undefined when there is nothing to tell apart"
    )
    sizes = sorted({len(u) for u in shared})
    fleiss = fleiss_kappa(shared) if len(sizes) == 1 else math.nan
    if len(sizes) > 1:
        fleiss_note = f"claims have {sizes[0]} to {sizes[-1]} analysts: Fleiss' κ needs the same number on each (see α)"
    else:
        fleiss_note = same if math.isnan(fleiss) else ""
    return out | {
        "percent_agreement": percent_agreement(shared),
        "alpha": alpha,
        "fleiss_kappa": fleiss,
        "percent_note": f"{out['agreed']} of {len(shared)} claims: every analyst gave the same verdict",
        "alpha_note": same if math.isnan(alpha) else "",
        "fleiss_note": fleiss_note,
    }


def _group(name: str, units: list[list[str]], minimum: int) -> dict[str, object]:
    f = _figures(units, minimum)
    notes = dict.fromkeys(n for n in (f["alpha_note"], f["fleiss_note"]) if n)
    if f["claims"] < minimum:  # type: ignore[operator]
        notes = {str(f["percent_note"]): None}
    return {"group": name, **{c: f[c] for c in _GROUP_COLUMNS[1:-1]}, "note": "; ".join(map(str, notes))}


def _summary(units: list[list[str]], analysts: list[str], minimum: int) -> pd.DataFrame:
    measures = {"percent agreement": "percent", "Krippendorff's α (nominal)": "alpha", "Fleiss' κ": "fleiss"}
    if len(analysts) < 2:
        why = f"{len(analysts)} analyst{'s' * (len(analysts) != 1)} decided claims here: agreement needs two or more"
        rows = [(m, math.nan, 0, why) for m in measures]
    else:
        f = _figures(units, minimum)
        value = {"percent": "percent_agreement", "alpha": "alpha", "fleiss": "fleiss_kappa"}
        rows = [(m, f[value[k]], f["claims"], f[f"{k}_note"]) for m, k in measures.items()]
    return pd.DataFrame(rows, columns=["measure", "value", "claims", "note"]).astype({"value": float})


def _pairwise(ratings: pd.DataFrame, analysts: list[str], minimum: int) -> pd.DataFrame:
    rows = []
    for a, b in combinations(analysts, 2):
        both = ratings[(ratings[a] != "") & (ratings[b] != "")]
        n, agreed = len(both), int((both[a] == both[b]).sum())
        kappa = cohen_kappa(both[a].tolist(), both[b].tolist()) if n >= minimum else math.nan
        note = _too_few(n, minimum) if n < minimum else ""
        if n >= minimum and math.isnan(kappa):
            note = "both gave one and the same verdict throughout: κ is undefined"
        rows.append((a, b, n, agreed, agreed / n if n >= minimum else math.nan, kappa, note))
    return pd.DataFrame(
        rows, columns=["analyst_a", "analyst_b", "shared", "agreed", "percent_agreement", "cohen_kappa", "note"]
    )


def _vs_kit(ratings: pd.DataFrame, suggested: pd.Series, blind: pd.DataFrame, minimum: int) -> pd.DataFrame:
    rows = []
    for who in ratings.columns:
        mine = ratings[who] != ""
        n, accepted = int(mine.sum()), int((ratings.loc[mine, who] == suggested[mine]).sum())
        kappa = cohen_kappa(ratings.loc[mine, who].tolist(), suggested[mine].tolist()) if n >= minimum else math.nan
        hidden = mine & blind[who]
        note = _too_few(n, minimum).replace("shared", "decided") if n < minimum else ""
        rows.append(
            (who, n, accepted, accepted / n if n >= minimum else math.nan, kappa, int(hidden.sum()),
             int((ratings.loc[hidden, who] == suggested[hidden]).sum()), note)
        )  # fmt: skip
    columns = ["analyst", "decided", "accepted", "acceptance", "cohen_kappa", "blind", "blind_accepted", "note"]
    return pd.DataFrame(rows, columns=columns)


def agreement(store: Stores, table: pd.DataFrame, *, min_shared: int = MIN_SHARED) -> Agreement:
    """The agreement between the analysts whose decisions are in ``store``
    (a decisions file, or several: each analyst's own) on the claims of ``table``.

    >>> import tempfile, os, factcheck
    >>> table = factcheck.check("seeds")
    >>> store = os.path.join(tempfile.mkdtemp(), "labels.jsonl")
    >>> for who in ("ana", "ben"):
    ...     s = factcheck.ReviewSession(table, store, analyst=who, blind=True)
    ...     for row in table.itertuples():
    ...         _ = s.decide("conflicting" if (who, row.Index) == ("ben", 3) else row.verdict)
    >>> result = agreement(store, table)
    >>> result.summary[["measure", "value", "claims"]].round(3).values.tolist()
    [['percent agreement', 0.963, 27], ["Krippendorff's α (nominal)", 0.942, 27], ["Fleiss' κ", 0.941, 27]]
    """
    if isinstance(store, pd.DataFrame) or not isinstance(table, pd.DataFrame):
        raise TypeError(
            "agreement(store, table): pass the decisions store first, then the table factcheck.check() made"
        )
    require(table, ("claim_id", "text", "verdict"), table="checked-claim", made_by="factcheck.check()")
    if isinstance(min_shared, bool) or not isinstance(min_shared, int) or min_shared < 1:
        raise ValueError(f"min_shared is a whole number of claims, 1 or more, not {min_shared!r}")
    ids = table["claim_id"].astype(str).tolist()
    made = sorted(standing(load_events(store), role="analyst").values(), key=lambda e: e["time"])
    attached = [a for a in attach_decisions(made, ids, table["text"].astype(str).tolist()) if a.status == "decided"]
    analysts = sorted({str(a.event["analyst"]) for a in attached})
    ratings = pd.DataFrame("", index=pd.Index(ids, name="claim_id"), columns=analysts)
    blind = pd.DataFrame(False, index=ratings.index, columns=analysts)
    for a in attached:
        ratings.loc[a.claim_id, a.event["analyst"]] = a.event["verdict"]
        blind.loc[a.claim_id, a.event["analyst"]] = bool(a.event.get("blind", False))
    units = [[v for v in row if v] for row in ratings.itertuples(index=False)]
    suggested = pd.Series(table["verdict"].astype(str).tolist(), index=ratings.index)
    kinds = pd.Series(
        table.get("conflict_types", pd.Series("", index=table.index)).fillna("").astype(str).tolist(),
        index=ratings.index,
    )

    def groups(names: Sequence[str], holds: Callable[[str, int], bool]) -> pd.DataFrame:
        rows = [_group(n, [u for k, u in enumerate(units) if holds(n, k)], min_shared) for n in names]
        return pd.DataFrame(rows, columns=list(_GROUP_COLUMNS))

    shared_kinds = [
        t for t in CONFLICT_TYPES if any(t in kinds.iloc[k].split(";") and len(u) >= 2 for k, u in enumerate(units))
    ]
    return Agreement(
        ratings=ratings,
        summary=_summary(units, analysts, min_shared),
        pairwise=_pairwise(ratings, analysts, min_shared),
        by_suggested=groups(VERDICTS, lambda v, k: suggested.iloc[k] == v),
        by_conflict=groups(shared_kinds, lambda t, k: t in kinds.iloc[k].split(";")),
        vs_kit=_vs_kit(ratings, suggested, blind, min_shared),
        min_shared=min_shared,
        blind=int(blind.to_numpy().sum()),
        analysts=analysts,
    )
