"""Charts of a checked-claim table (matplotlib), for notebooks and the HTML report.

Each ``plot_*`` function takes the table :func:`factcheck.check` (or
:func:`factcheck.reviewed`) returns and gives back a matplotlib ``Figure``;
notebooks show it inline, the report embeds it as SVG. Figures are built
without pyplot's global state, and article text never goes through
matplotlib's math parser ("$2.5 million" stays as written).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pandas as pd

from .schema import CONFLICT_TYPES, VERDICTS, require
from .summary import VERDICT_RANK, claims_only

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["heatmap_frame", "plot_conflict_types", "plot_coverage", "plot_heatmap", "plot_verdicts"]

VERDICT_COLOURS = {"agreed": "#2e7d32", "conflicting": "#c62828", "single-sourced": "#8a96a8"}
TYPE_COLOURS = {
    "spelling": "#f9a825",
    "number": "#c62828",
    "date": "#6a1b9a",
    "time": "#ad1457",
    "weekday": "#4527a0",
    "name": "#e65100",
    "negation": "#1565c0",
    "quote": "#00838f",
}
ABSENT, PRESENT, AGREED = "absent", "present", "agreed"


@contextmanager
def _plain_text() -> Iterator[None]:
    import matplotlib

    with matplotlib.rc_context({"text.parse_math": False, "font.size": 9, "svg.fonttype": "none"}):
        yield


def _whole_numbers():  # counts have no halves
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def plot_verdicts(table: pd.DataFrame) -> Figure:
    """Claims per verdict: suggested, and the analysts' final verdicts when the table has them.

    >>> import factcheck
    >>> plot_verdicts(factcheck.check("seeds")).axes[0].get_title()
    'Claims per verdict'
    """
    from matplotlib.patches import Patch

    require(table, ("verdict",), table="checked-claim", made_by="factcheck.check()")
    table = claims_only(table)
    with _plain_text():
        fig = _figure(5.5, 2.6)
        ax = fig.add_subplot()
        suggested = table["verdict"].value_counts().reindex(VERDICTS, fill_value=0)
        has_final = "final_verdict" in table.columns and table["final_verdict"].fillna("").astype(str).ne("").any()
        width = 0.38 if has_final else 0.6
        xs = range(len(VERDICTS))
        bars = ax.bar(
            [x - (width / 2 if has_final else 0) for x in xs],
            suggested.to_numpy(),
            width,
            color=[VERDICT_COLOURS[v] for v in VERDICTS],
            label="suggested",
        )
        ax.bar_label(bars, padding=2)
        if has_final:
            final = table["final_verdict"].fillna("").astype(str).value_counts().reindex(VERDICTS, fill_value=0)
            fb = ax.bar(
                [x + width / 2 for x in xs],
                final.to_numpy(),
                width,
                color=[VERDICT_COLOURS[v] for v in VERDICTS],
                alpha=0.45,
                hatch="//",
                label="analysts' verdict",
            )
            ax.bar_label(fb, padding=2)
            # Beside the axes, not on them (it hid the tallest bar); grey keys: the colour is the verdict.
            keys = [Patch(facecolor="#8a96a8", label="suggested")]
            keys.append(Patch(facecolor="#8a96a8", alpha=0.45, hatch="//", label="analysts' verdict"))
            ax.legend(handles=keys, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
        ax.set_xticks(list(xs), [v.capitalize() for v in VERDICTS])
        ax.set_ylabel("claims")
        ax.yaxis.set_major_locator(_whole_numbers())
        ax.set_title("Claims per verdict")
        ax.margins(y=0.18)
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_conflict_types(table: pd.DataFrame) -> Figure:
    """How many conflicting claims show each kind of difference."""
    require(table, ("verdict", "conflict_types"), table="checked-claim", made_by="factcheck.check()")
    table = claims_only(table)
    types = (
        table.loc[table["verdict"] == "conflicting", "conflict_types"].fillna("").astype(str).str.split(";").explode()
    )
    counts = types[types != ""].value_counts().reindex(list(CONFLICT_TYPES), fill_value=0)
    counts = counts[counts > 0].sort_values()
    with _plain_text():
        fig = _figure(5.0, max(1.6, 0.35 * len(counts) + 0.9))
        ax = fig.add_subplot()
        if len(counts):
            ys = list(range(len(counts)))
            bars = ax.barh(ys, counts.to_numpy(), color=[TYPE_COLOURS[t] for t in counts.index])
            ax.set_yticks(ys, counts.index.tolist())  # labels made now, inside _plain_text
            ax.bar_label(bars, padding=2)
            ax.margins(x=0.15)
        else:
            ax.text(0.5, 0.5, "no conflicts", ha="center", va="center", transform=ax.transAxes)
            ax.set_yticks([])
        ax.set_xlabel("conflicting claims")
        ax.xaxis.set_major_locator(_whole_numbers())
        ax.set_title("Conflicts by kind of difference")
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_coverage(table: pd.DataFrame) -> Figure:
    """Claims per outlet, split by verdict: who reports what, and how much of it others confirm."""
    require(table, ("source", "verdict"), table="checked-claim", made_by="factcheck.check()")
    table = claims_only(table)
    counts = pd.crosstab(table["source"], table["verdict"]).reindex(columns=list(VERDICTS), fill_value=0)
    counts = counts.loc[counts.sum(axis=1).sort_values().index]
    with _plain_text():
        fig = _figure(5.5, max(1.8, 0.32 * len(counts) + 1.1))
        ax = fig.add_subplot()
        left = pd.Series(0, index=counts.index)
        ys = list(range(len(counts)))
        for verdict in VERDICTS:
            ax.barh(
                ys,
                counts[verdict].to_numpy(),
                left=left.to_numpy(),
                color=VERDICT_COLOURS[verdict],
                label=verdict,
            )
            left += counts[verdict]
        # Outlet names as fixed labels, made inside _plain_text: category ticks would be
        # made at draw time, outside it, and "$2 Daily $3" would go through mathtext.
        ax.set_yticks(ys, [str(s) for s in counts.index])
        ax.set_xlabel("claims")
        ax.xaxis.set_major_locator(_whole_numbers())
        ax.set_title("Claims per outlet")
        ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def heatmap_frame(table: pd.DataFrame, max_rows: int = 40, max_outlets: int = 30) -> pd.DataFrame:
    """The heat map's data: one row per claim cluster (the facts most outlets
    tell, and the conflicts, first), one column per outlet; each cell
    ``absent``, ``present`` (only this outlet), ``agreed`` or the conflict's
    first kind of difference. With more than ``max_outlets`` outlets, those
    telling most of the facts shown are kept. An outlet called ``cluster_id``
    or ``label`` gets the column ``"<name> (outlet)"``."""
    if max_rows < 0 or max_outlets < 1:
        raise ValueError(f"max_rows must be 0 or more and max_outlets 1 or more, not {max_rows} and {max_outlets}")
    require(
        table,
        ("claim_id", "cluster_id", "source", "text", "verdict", "conflict_types"),
        table="checked-claim",
        made_by="factcheck.check()",
    )
    table = claims_only(table)
    names = sorted(table["source"].astype(str).unique())
    column = {s: f"{s} (outlet)" if s in ("cluster_id", "label") else s for s in names}
    sources = list(column.values())
    if table.empty:
        return pd.DataFrame(columns=["cluster_id", "label", *sources])
    verdict = table["verdict"].astype(str)
    kind = table["conflict_types"].map(lambda v: "" if pd.isna(v) else str(v).split(";")[0]).replace("", "conflicting")
    cells = table.assign(
        col=table["source"].astype(str).map(column),
        cell=kind.where(verdict == "conflicting", verdict.map({"agreed": AGREED}).fillna(PRESENT)),
        rank=verdict.map(VERDICT_RANK).fillna(0),
    )
    # One outlet telling a fact twice: the cell shows its strongest verdict.
    cells = cells.sort_values("rank", kind="stable").drop_duplicates(["cluster_id", "col"], keep="last")
    groups = table.groupby("cluster_id", sort=False)
    order = pd.DataFrame(
        {
            "label": groups["text"].first().astype(str),
            "_conflict": (verdict == "conflicting").groupby(table["cluster_id"], sort=False).any(),
            "_outlets": groups["source"].nunique(),
        }
    )
    order = order.sort_values(["_conflict", "_outlets"], ascending=False, kind="stable").head(max_rows)
    grid = cells.pivot(index="cluster_id", columns="col", values="cell").reindex(index=order.index, columns=sources)
    if len(sources) > max_outlets:
        told = grid.notna().sum().sort_values(ascending=False, kind="stable")
        grid = grid[[s for s in sources if s in set(told.index[:max_outlets])]]
    frame = order[["label"]].join(grid.fillna(ABSENT)).rename_axis("cluster_id").reset_index()
    return frame


def plot_heatmap(table: pd.DataFrame, max_rows: int = 40, max_outlets: int = 30) -> Figure:
    """Claims x outlets: where each fact appears, and whether the outlets agree
    or conflict (coloured by the kind of difference). At most ``max_rows``
    facts (conflicts and the most widely reported first) and ``max_outlets``
    outlets (those telling most of them)."""
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    frame = heatmap_frame(table, max_rows, max_outlets)
    sources = [c for c in frame.columns if c not in ("cluster_id", "label")]
    states = [ABSENT, PRESENT, AGREED, *CONFLICT_TYPES]
    colours = ["#ffffff", "#c9d1db", VERDICT_COLOURS["agreed"], *[TYPE_COLOURS[t] for t in CONFLICT_TYPES]]
    index = {s: k for k, s in enumerate(states)}
    grid = [[index.get(str(frame.at[r, s]), index[PRESENT]) for s in sources] for r in frame.index]
    labels = [_shorten(label, 70) for label in frame["label"]]
    with _plain_text():
        fig = _figure(min(11, 4.2 + 0.9 * len(sources)), max(2.2, 0.26 * len(frame) + 1.6))
        ax = fig.add_subplot()
        if grid:
            ax.imshow(
                grid, cmap=ListedColormap(colours), vmin=0, vmax=len(states) - 1, aspect="auto", interpolation="nearest"
            )
            ax.set_xticks(range(len(sources)), sources, rotation=30, ha="right")
            ax.set_yticks(range(len(labels)), labels, fontsize=8)
            ax.set_xticks([x - 0.5 for x in range(1, len(sources))], minor=True)
            ax.set_yticks([y - 0.5 for y in range(1, len(labels))], minor=True)
            ax.grid(which="minor", color="#e3e7ec", linewidth=0.8)
            ax.tick_params(which="minor", length=0)
        else:  # no numbered axes around an empty map
            ax.set_xticks([])
            ax.set_yticks([])
            ax.text(0.5, 0.5, "no claims", ha="center", va="center", transform=ax.transAxes)
        shown = [s for s in states if any(index[s] == v for row in grid for v in row)] or [ABSENT]
        handles = [Patch(facecolor=colours[index[s]], edgecolor="#9aa5b4", label=s) for s in shown]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8, title="cell")
        ax.set_title("Claims x outlets")
    return fig


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
