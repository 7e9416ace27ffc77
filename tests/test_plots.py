"""Charts of a checked-claim table (factcheck.plots): what each Figure shows."""

from __future__ import annotations

import io
import re

import matplotlib
import matplotlib.pyplot as plt  # only to check that the kit never leaves pyplot figures open
import pandas as pd
import pytest
from conftest import EVENTS, SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

import factcheck
from factcheck.errors import SchemaError
from factcheck.plots import (
    ABSENT,
    AGREED,
    PRESENT,
    TYPE_COLOURS,
    VERDICT_COLOURS,
    heatmap_frame,
    plot_conflict_types,
    plot_coverage,
    plot_heatmap,
    plot_verdicts,
)
from factcheck.schema import CONFLICT_TYPES, VERDICTS

PLOTS = [plot_verdicts, plot_conflict_types, plot_coverage, plot_heatmap]
NUMBER, SPELLING = "c-000_44ee4c4737ad4eae:af94b438", "c-000_44ee4c4737ad4eae:5a5bbad7"


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return factcheck.check(SEEDS)


@pytest.fixture(autouse=True)
def no_pyplot_figures():
    assert plt.get_fignums() == []
    yield
    assert plt.get_fignums() == [], "a plot function opened a pyplot figure"


@pytest.fixture
def with_orphan(seeds, tmp_path):
    """The seeds, reviewed: one decision stands, one is about a claim no longer there."""
    store = tmp_path / "labels.jsonl"
    for claim_id, verdict in [
        ("000_44ee4c4737ad4eae:20d4bb64", "conflicting"),
        ("000_44ee4c4737ad4eae:87ff6099", "agreed"),
    ]:
        session = factcheck.ReviewSession(seeds, store=store, analyst="ana")
        session.jump(claim_id)
        session.decide(verdict)
    table = factcheck.reviewed(seeds[seeds["claim_id"] != "000_44ee4c4737ad4eae:87ff6099"], store)
    assert table["status"].tolist()[-1] == "orphaned"
    return table


def heights(ax) -> list[float]:
    return [p.get_height() for p in ax.patches]


def widths(ax) -> list[float]:
    return [p.get_width() for p in ax.patches]


def ticks(labels) -> list[str]:
    return [t.get_text() for t in labels]


def svg_texts(fig: Figure) -> list[str]:
    """The <text> elements of the figure as SVG with real text (not glyph paths)."""
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buf, format="svg")
    return [t.strip() for t in re.findall(r"<text\b[^>]*>(.*?)</text>", buf.getvalue(), re.S)]


# ------------------------------------------------------------------ plot_verdicts


def test_verdict_bars_are_the_counts(seeds):
    fig = plot_verdicts(seeds)
    assert isinstance(fig, Figure)
    (ax,) = fig.axes
    assert heights(ax) == [11, 4, 12]
    assert ticks(ax.get_xticklabels()) == ["Agreed", "Conflicting", "Single-sourced"]
    assert [matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches] == [VERDICT_COLOURS[v] for v in VERDICTS]
    assert ax.get_title() == "Claims per verdict" and ax.get_ylabel() == "claims"
    assert [t.get_text() for t in ax.texts] == ["11", "4", "12"]  # bar labels
    assert ax.get_legend() is None  # nothing to tell apart without decisions


def test_verdict_bars_with_decisions_and_an_orphan(with_orphan):
    (ax,) = plot_verdicts(with_orphan).axes
    # suggested (26 claims: the orphan is not one), then the analysts' verdicts
    assert heights(ax) == [11, 4, 11, 0, 1, 0]
    assert ticks(ax.get_legend().get_texts()) == ["suggested", "analysts' verdict"]
    assert covered(ax.figure) == []  # the legend sits beside the bars, not on the tallest one
    assert sum(heights(ax)[:3]) == 26


# ------------------------------------------------------------------ plot_conflict_types


def test_conflict_kind_bars(seeds):
    (ax,) = plot_conflict_types(seeds).axes
    assert ticks(ax.get_yticklabels()) == ["spelling", "number"]  # fewest at the bottom; ties in canonical order
    assert widths(ax) == [2, 2]
    assert [matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches] == [
        TYPE_COLOURS["spelling"],
        TYPE_COLOURS["number"],
    ]
    assert ax.get_xlabel() == "conflicting claims"


def test_conflict_kinds_count_every_kind_a_claim_shows():
    table = pd.DataFrame(
        {
            "verdict": ["conflicting", "conflicting", "conflicting", "agreed"],
            "conflict_types": ["number;date", "number", "quote;bogus", "name"],
        }
    )
    (ax,) = plot_conflict_types(table).axes
    got = dict(zip(ticks(ax.get_yticklabels()), widths(ax)))
    assert got == {"date": 1, "quote": 1, "number": 2}  # fewest first; unknown kinds and agreed claims left out


@pytest.mark.parametrize("rows", [slice(0, 0), "no-conflicts"])
def test_no_conflicts_still_plots(seeds, rows):
    table = seeds[seeds["verdict"] != "conflicting"] if rows == "no-conflicts" else seeds.iloc[rows]
    (ax,) = plot_conflict_types(table).axes
    assert len(ax.patches) == 0
    assert [t.get_text() for t in ax.texts] == ["no conflicts"]
    assert "no conflicts" in svg_texts(ax.figure)


# ------------------------------------------------------------------ plot_coverage


def test_coverage_bars_per_outlet(seeds):
    (ax,) = plot_coverage(seeds).axes
    assert ticks(ax.get_yticklabels()) == ["Reuters", "UPI"]  # fewest claims first (bottom)
    # stacked: agreed, conflicting, single-sourced for Reuters then UPI
    assert widths(ax) == [4, 7, 2, 2, 4, 8]
    assert [p.get_x() for p in ax.patches] == [0, 0, 4, 7, 6, 9]
    assert ticks(ax.get_legend().get_texts()) == list(VERDICTS)


def test_coverage_on_a_four_outlet_event():
    table = factcheck.check(EVENTS / "marisol_ferry_aground")
    (ax,) = plot_coverage(table).axes
    labels = ticks(ax.get_yticklabels())
    assert sorted(labels) == sorted(table["source"].unique())
    per_outlet = table["source"].value_counts()
    assert [per_outlet[o] for o in labels] == sorted(per_outlet)
    assert sum(widths(ax)) == len(table)


def test_coverage_ignores_orphans(with_orphan):
    (ax,) = plot_coverage(with_orphan).axes
    assert ticks(ax.get_yticklabels()) == ["Reuters", "UPI"]
    assert sum(widths(ax)) == 26


# ------------------------------------------------------------------ heatmap


def test_heatmap_frame_on_the_seeds(seeds):
    frame = heatmap_frame(seeds)
    assert list(frame.columns) == ["cluster_id", "label", "Reuters", "UPI"]
    assert len(frame) == 21 and frame["cluster_id"].is_unique
    assert frame["cluster_id"].tolist()[:2] == [NUMBER, SPELLING]  # conflicts first
    cells = frame.set_index("cluster_id")[["Reuters", "UPI"]]
    assert cells.loc[NUMBER].tolist() == ["number", "number"]
    assert cells.loc[SPELLING].tolist() == ["spelling", "spelling"]
    assert cells.loc["c-000_44ee4c4737ad4eae:20d4bb64"].tolist() == [AGREED, AGREED]
    assert cells.loc["c-000_44ee4c4737ad4eae:a9b07e1e"].tolist() == [ABSENT, PRESENT]
    assert cells.loc["c-001_f304932ce0d9819e:ff3caf39"].tolist() == [PRESENT, ABSENT]
    counts = pd.Series(cells.to_numpy().ravel()).value_counts().to_dict()
    assert counts == {ABSENT: 15, PRESENT: 12, AGREED: 11, "number": 2, "spelling": 2}
    # then the facts most outlets tell: every two-outlet fact before any one-outlet fact
    spread = (cells != ABSENT).sum(axis=1).tolist()
    assert spread == sorted(spread, reverse=True)
    assert frame.set_index("cluster_id").at[NUMBER, "label"].startswith("After high-profile diplomatic efforts")


@pytest.mark.parametrize(("max_rows", "expected"), [(0, 0), (1, 1), (2, 2), (5, 5), (21, 21), (100, 21)])
def test_heatmap_max_rows(seeds, max_rows, expected):
    frame = heatmap_frame(seeds, max_rows)
    assert len(frame) == expected
    assert frame["cluster_id"].tolist() == heatmap_frame(seeds)["cluster_id"].tolist()[:expected]
    (ax,) = plot_heatmap(seeds, max_rows).axes
    assert len(ax.get_yticklabels()) == expected


@pytest.mark.parametrize(("max_rows", "max_outlets", "shown"), [(-3, 30, "-3 and 30"), (5, 0, "5 and 0")])
def test_heatmap_limits_must_make_sense(seeds, max_rows, max_outlets, shown):
    with pytest.raises(ValueError, match=f"max_rows must be 0 or more and max_outlets 1 or more, not {shown}"):
        heatmap_frame(seeds, max_rows, max_outlets)
    with pytest.raises(ValueError, match="max_rows must be 0 or more"):
        plot_heatmap(seeds, max_rows, max_outlets)


def test_heatmap_keeps_the_outlets_that_tell_most(seeds):
    # Five more outlets each repeat one seed sentence; UPI and Reuters tell the most facts.
    extra = [
        seeds.iloc[[k]].assign(source=f"Echo {k}", claim_id=f"echo:{k}", verdict="single-sourced") for k in range(5)
    ]
    table = pd.concat([seeds, *extra], ignore_index=True)
    assert list(heatmap_frame(table).columns) == ["cluster_id", "label", *sorted(table["source"].unique())]
    frame = heatmap_frame(table, max_outlets=2)
    assert list(frame.columns) == ["cluster_id", "label", "Reuters", "UPI"]
    assert len(plot_heatmap(table, max_outlets=3).axes[0].get_xticklabels()) == 3


def test_heatmap_plot_cells_and_labels(seeds):
    (ax,) = plot_heatmap(seeds, max_rows=6).axes
    assert ticks(ax.get_xticklabels()) == ["Reuters", "UPI"]
    labels = ticks(ax.get_yticklabels())
    assert len(labels) == 6 and all(len(label) <= 70 for label in labels)
    assert labels[0].endswith("…") and labels[0].startswith("After high-profile")
    grid = ax.images[0].get_array().tolist()
    states = [ABSENT, PRESENT, AGREED, *CONFLICT_TYPES]
    assert [[states[v] for v in row] for row in grid] == [
        ["number", "number"],
        ["spelling", "spelling"],
        *[[AGREED, AGREED]] * 4,
    ]
    assert ticks(ax.get_legend().get_texts()) == [AGREED, "spelling", "number"]  # only the states shown


def test_heatmap_on_a_four_outlet_event():
    table = factcheck.check(EVENTS / "port_ellery_budget")
    frame = heatmap_frame(table)
    outlets = sorted(table["source"].unique())
    assert list(frame.columns[2:]) == outlets and len(frame) == table["cluster_id"].nunique()
    conflict = frame[outlets].isin(CONFLICT_TYPES).any(axis=1).tolist()
    assert conflict == sorted(conflict, reverse=True) and any(conflict)
    for row in frame.to_dict("records"):
        members = table[table["cluster_id"] == row["cluster_id"]]
        assert sum(row[o] != ABSENT for o in outlets) == members["source"].nunique()
    (ax,) = plot_heatmap(table).axes
    assert ticks(ax.get_xticklabels()) == outlets


@pytest.mark.parametrize("name", ["label", "cluster_id"])
def test_heatmap_outlet_named_like_a_column(seeds, name):
    table = seeds.assign(source=seeds["source"].replace({"UPI": name}))
    frame = heatmap_frame(table)
    assert list(frame.columns) == ["cluster_id", "label", "Reuters", f"{name} (outlet)"]
    assert frame["label"].iloc[0].startswith("After high-profile")  # the fact's wording, not a cell
    assert frame["cluster_id"].iloc[0] == NUMBER
    assert frame[f"{name} (outlet)"].iloc[0] == "number"


def test_heatmap_ignores_orphans(with_orphan):
    frame = heatmap_frame(with_orphan)
    assert len(frame) == 20 and frame["cluster_id"].notna().all()
    assert list(frame.columns) == ["cluster_id", "label", "Reuters", "UPI"]
    assert ABSENT in frame.set_index("cluster_id").loc["c-000_44ee4c4737ad4eae:a9b07e1e"].tolist()


def test_empty_heatmap(seeds):
    frame = heatmap_frame(seeds.iloc[0:0])
    assert frame.empty and list(frame.columns) == ["cluster_id", "label"]
    (ax,) = plot_heatmap(seeds.iloc[0:0]).axes
    assert len(ax.images) == 0
    assert ticks(ax.get_legend().get_texts()) == [ABSENT]
    assert [t.get_text() for t in ax.texts] == ["no claims"]
    assert ax.get_xticks().tolist() == [] and ax.get_yticks().tolist() == []


# ------------------------------------------------------------------ all plots

HOSTILE_OUTLET = "$2 Daily $3 <b>"
HOSTILE_TEXT = "From $2.5 million to $3 million <b>bold</b> & more"


def test_text_is_never_mathtext_and_is_escaped_in_svg(seeds):
    table = seeds.copy()
    table["source"] = table["source"].replace({"UPI": HOSTILE_OUTLET})
    table.loc[table["cluster_id"] == NUMBER, "text"] = HOSTILE_TEXT
    escaped_outlet = "$2 Daily $3 &lt;b&gt;"
    assert escaped_outlet in svg_texts(plot_coverage(table))
    heat = svg_texts(plot_heatmap(table))
    assert escaped_outlet in heat
    assert "From $2.5 million to $3 million &lt;b&gt;bold&lt;/b&gt; &amp; more" in heat
    for fig in (plot_coverage(table), plot_heatmap(table)):
        buf = io.StringIO()
        fig.savefig(buf, format="svg")  # the default: glyphs as paths
        assert "<b>" not in buf.getvalue()


@pytest.mark.parametrize("plot", PLOTS)
def test_every_plot_handles_empty_and_orphaned_tables(plot, seeds, with_orphan):
    for table in (seeds, seeds.iloc[0:0], seeds[seeds["verdict"] != "conflicting"], with_orphan):
        fig = plot(table)
        assert isinstance(fig, Figure) and len(fig.axes) == 1
        assert not any("nan" in t for t in svg_texts(fig)), "an orphan row leaked into the chart"
        assert fig.get_layout_engine() is not None  # constrained: labels are not cut off


def covered(fig: Figure) -> list[str]:
    """What the legend covers: bars, bar labels, image cells or tick labels (after layout)."""
    fig.draw_without_rendering()
    (ax,) = fig.axes
    legend = ax.get_legend().get_window_extent()
    artists = [*ax.patches, *ax.texts, *ax.images, *ax.get_xticklabels(), *ax.get_yticklabels(), ax.title]
    hits = []
    for artist in artists:
        box = Bbox.intersection(legend, artist.get_window_extent())
        if box is not None and box.width > 0.5 and box.height > 0.5:
            hits.append(repr(artist))
    return hits


@pytest.mark.parametrize("plot", [plot_verdicts, plot_coverage, plot_heatmap])
def test_legends_cover_nothing(plot, seeds, with_orphan):
    for table in (seeds, with_orphan):
        fig = plot(table)
        assert fig.axes[0].get_legend() is not None or plot is plot_verdicts
        if fig.axes[0].get_legend() is not None:
            assert covered(fig) == []
            assert fig.axes[0].get_legend().get_window_extent().x1 <= fig.bbox.x1 + 0.5  # not cut off


REQUIRED = {
    plot_verdicts: ("verdict",),
    plot_conflict_types: ("verdict", "conflict_types"),
    plot_coverage: ("source", "verdict"),
    plot_heatmap: ("claim_id", "cluster_id", "source", "text", "verdict", "conflict_types"),
    heatmap_frame: ("claim_id", "cluster_id", "source", "text", "verdict", "conflict_types"),
}


@pytest.mark.parametrize(
    ("function", "column"),
    [(f, c) for f, cols in REQUIRED.items() for c in cols],
    ids=lambda x: getattr(x, "__name__", x),
)
def test_missing_column_is_named(seeds, function, column):
    with pytest.raises(SchemaError, match=rf"checked-claim table is missing column\(s\) '{column}'"):
        function(seeds.drop(columns=[column]))


@pytest.mark.parametrize("plot", PLOTS)
def test_not_a_dataframe(plot):
    with pytest.raises(SchemaError, match="expected the checked-claim table as a pandas DataFrame, got dict"):
        plot({"verdict": ["agreed"]})


@pytest.mark.parametrize("plot", PLOTS)
def test_plots_leave_the_table_and_pyplot_alone(plot, seeds):
    before = seeds.copy(deep=True)
    plot(seeds)
    pd.testing.assert_frame_equal(seeds, before)
    assert plt.get_fignums() == []
    assert matplotlib.rcParams["text.parse_math"] is True  # the plain-text settings do not leak out


# ------------------------------------------------------------------ invariants

CLAIM = st.tuples(
    st.integers(0, 6), st.sampled_from(["A", "B", "C"]), st.sampled_from([*VERDICTS, "conflicting"]), st.sampled_from(CONFLICT_TYPES)
)  # fmt: skip


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CLAIM, min_size=1, max_size=20, unique_by=lambda c: c[:2]), st.integers(0, 8))  # one claim per outlet
def test_heatmap_frame_invariants(claims, max_rows):
    table = pd.DataFrame(
        {
            "claim_id": [f"x:{k}" for k in range(len(claims))],
            "cluster_id": [f"c{c}" for c, *_ in claims],
            "source": [s for _, s, *_ in claims],
            "text": [f"text {k}" for k in range(len(claims))],
            "verdict": [v for _, _, v, _ in claims],
            "conflict_types": [t if v == "conflicting" else "" for _, _, v, t in claims],
        }
    )
    frame = heatmap_frame(table, max_rows)
    outlets = sorted(table["source"].unique())
    assert len(frame) == min(max_rows, table["cluster_id"].nunique())
    assert list(frame.columns) == ["cluster_id", "label", *outlets]
    assert set(frame[outlets].to_numpy().ravel()) <= {ABSENT, PRESENT, AGREED, *CONFLICT_TYPES}
    conflict = frame[outlets].isin(CONFLICT_TYPES).any(axis=1).tolist()
    assert conflict == sorted(conflict, reverse=True)  # conflicts first
    for row in frame.to_dict("records"):
        members = table[table["cluster_id"] == row["cluster_id"]]
        assert {o for o in outlets if row[o] != ABSENT} == set(members["source"])
        assert row["label"] == members["text"].iloc[0]
