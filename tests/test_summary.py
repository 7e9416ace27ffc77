"""Cluster summaries and headline counts (factcheck.summary)."""

from __future__ import annotations

import copy

import pandas as pd
import pytest
from conftest import SEEDS, reword
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.errors import SchemaError
from factcheck.schema import CONFLICT_TYPES, VERDICTS
from factcheck.summary import CLUSTER_COLUMNS, claims_only, substantive, summarize, summarize_clusters

NEEDS = ("claim_id", "cluster_id", "source", "text", "verdict", "reasons")


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return factcheck.check(SEEDS)


def frame(*rows: dict) -> pd.DataFrame:
    """A small checked-claim table: each row a dict overriding the defaults."""
    base = {"cluster_id": "c1", "source": "A", "text": "words", "verdict": "single-sourced", "reasons": ""}
    out = [base | {"claim_id": f"x:{k:03d}", "conflict_types": ""} | row for k, row in enumerate(rows)]
    return pd.DataFrame(out)


def facts(table: pd.DataFrame, **kw) -> dict[str, str]:
    return dict(summarize(table, **kw).itertuples(index=False))


def decide(table: pd.DataFrame, store, analyst: str, claim_id: str, verdict: str, note: str = "") -> None:
    session = factcheck.ReviewSession(table, store=store, analyst=analyst)
    session.jump(claim_id)
    session.decide(verdict, note=note)


# ------------------------------------------------------------------ seeds


def test_seeds_give_one_row_per_cluster(seeds):
    clusters = summarize_clusters(seeds)
    assert len(clusters) == 21 == seeds["cluster_id"].nunique()
    assert clusters["cluster_id"].is_unique
    assert list(clusters.columns) == [*CLUSTER_COLUMNS, "Reuters", "UPI"]
    assert clusters["claims"].sum() == 27
    assert clusters["verdict"].value_counts().to_dict() == {"single-sourced": 12, "agreed": 7, "conflicting": 2}
    assert (clusters["outlets"] <= clusters["claims"]).all()
    assert (clusters["final_verdict"] == "").all() and (clusters["decided"] == 0).all()


def test_seed_conflicts_carry_kind_and_substantive_reasons(seeds):
    clusters = summarize_clusters(seeds)
    conflicts = clusters[clusters["verdict"] == "conflicting"].set_index("conflict_types")
    assert sorted(conflicts.index) == ["number", "spelling"]
    assert conflicts.loc["number", "reasons"] == "number: 2019 (UPI) ≠ 2018 (Reuters)"
    # the benign alias (Burma = Myanmar) is not a reason to doubt the claim
    assert conflicts.loc["spelling", "reasons"] == "spelling: demacracy (Reuters) ≠ democracy (UPI)"
    assert "demacracy" in conflicts.loc["spelling", "Reuters"]
    assert "democracy in Burma" in conflicts.loc["spelling", "UPI"]
    assert "2018" in conflicts.loc["number", "Reuters"] and "2019" in conflicts.loc["number", "UPI"]


def test_outlet_columns_hold_each_outlets_wording(seeds):
    clusters = summarize_clusters(seeds).set_index("cluster_id")
    for row in seeds.itertuples():
        assert row.text in clusters.at[row.cluster_id, row.source]
    silent = clusters[clusters["outlets"] == 1]
    assert ((silent["Reuters"] == "") != (silent["UPI"] == "")).all()  # exactly one outlet speaks


# ------------------------------------------------------------------ rules


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        (["agreed", "conflicting"], "conflicting"),
        (["single-sourced", "agreed", "conflicting"], "conflicting"),
        (["single-sourced", "agreed"], "agreed"),
        (["agreed", "agreed"], "agreed"),
        (["single-sourced"], "single-sourced"),
        (["single-sourced", "single-sourced"], "single-sourced"),
    ],
)
def test_cluster_verdict_rule(verdicts, expected):
    table = frame(*({"verdict": v, "source": f"S{k}", "reasons": f"why {v}"} for k, v in enumerate(verdicts)))
    row = summarize_clusters(table).iloc[0]
    assert row["verdict"] == expected
    assert row["reasons"] == f"why {expected}"  # from a claim that carries the cluster's verdict
    assert row["claims"] == len(verdicts) and row["outlets"] == len(verdicts)


def test_conflict_kinds_are_merged_in_canonical_order():
    table = frame(
        {"verdict": "conflicting", "conflict_types": "name;number", "reasons": "number: 7 ≠ 9 [B]; benign: alias: x"},
        {"verdict": "conflicting", "conflict_types": "spelling", "source": "B"},
        {"verdict": "agreed", "source": "C"},
    )
    row = summarize_clusters(table).iloc[0]
    assert row["conflict_types"] == "spelling;number;name"
    assert row["reasons"] == "number: 7 ≠ 9 [B]"


T1, T2, T3 = "2024-05-01T10:00:00.000+00:00", "2024-05-01T11:00:00.000+00:00", "2024-05-01T12:00:00.000+00:00"


@pytest.mark.parametrize(
    ("decisions", "final", "analysts", "last"),
    [
        pytest.param([("conflicting", T1, "ana"), ("agreed", T2, "bob")], "conflicting", "ana; bob", T2, id="conflict-first"),
        pytest.param([("agreed", T3, "ana"), ("conflicting", T1, "bob")], "conflicting", "bob; ana", T3, id="conflict-older"),
        pytest.param([("agreed", T1, "ana"), ("single-sourced", T2, "bob")], "single-sourced", "ana; bob", T2, id="latest"),
        pytest.param([("single-sourced", T3, "ana"), ("agreed", T2, "bob")], "single-sourced", "bob; ana", T3, id="latest-by-time"),
        pytest.param([("agreed", T1, "ana"), None], "agreed", "ana", T1, id="one-undecided"),
        pytest.param([None, None], "", "", "", id="undecided"),
    ],
)  # fmt: skip
def test_decision_rule(decisions, final, analysts, last):
    rows = []
    for k, d in enumerate(decisions):
        verdict, at, who = d or ("", "", "")
        rows.append({"source": f"S{k}", "final_verdict": verdict, "decided_at": at, "analyst": who, "note": ""})
    row = summarize_clusters(frame(*rows)).iloc[0]
    assert row["final_verdict"] == final
    assert row["analyst"] == analysts
    assert row["decided_at"] == last
    assert row["decided"] == sum(d is not None for d in decisions)


def test_notes_are_joined_once_each_in_time_order():
    table = frame(
        {"final_verdict": "agreed", "decided_at": T3, "analyst": "cy", "note": "checked wire"},
        {"final_verdict": "agreed", "decided_at": T1, "analyst": "ana", "note": "called the mayor", "source": "B"},
        {"final_verdict": "agreed", "decided_at": T2, "analyst": "bob", "note": "", "source": "C"},
        {"final_verdict": "agreed", "decided_at": T2, "analyst": "bob", "note": "checked wire", "source": "D"},
    )
    assert summarize_clusters(table).iloc[0]["note"] == "called the mayor | checked wire"


def test_decisions_from_a_review_session(seeds, tmp_path):
    store = tmp_path / "labels.jsonl"
    cluster = "c-000_44ee4c4737ad4eae:20d4bb64"
    ids = seeds.loc[seeds["cluster_id"] == cluster, "claim_id"].tolist()
    decide(seeds, store, "ana", ids[0], "conflicting", note="<b>alliance</b> is not in the Reuters copy")
    decide(seeds, store, "bob", ids[1], "agreed", note="same call")
    table = factcheck.reviewed(seeds, store)
    row = summarize_clusters(table).set_index("cluster_id").loc[cluster]
    assert row["verdict"] == "agreed"  # suggested
    assert row["final_verdict"] == "conflicting"  # ana's conflict is not outvoted by bob's later "agreed"
    assert row["decided"] == 2
    assert row["analyst"] == "ana; bob"
    assert row["note"] == "<b>alliance</b> is not in the Reuters copy | same call"  # data, not HTML: kept raw


def test_orphaned_decisions_are_left_out(seeds, tmp_path):
    store = tmp_path / "labels.jsonl"
    gone = "000_44ee4c4737ad4eae:87ff6099"
    decide(seeds, store, "ana", gone, "agreed", note="orphan note")
    table = factcheck.reviewed(seeds[seeds["claim_id"] != gone], store)
    assert table["status"].iloc[-1] == "orphaned" and pd.isna(table["cluster_id"].iloc[-1])
    clusters = summarize_clusters(table)
    assert len(clusters) == 20
    assert clusters["cluster_id"].notna().all()
    assert clusters["claims"].sum() == 26
    assert not clusters["note"].str.contains("orphan note").any()
    assert list(clusters.columns[-2:]) == ["Reuters", "UPI"]  # no "nan" outlet from the orphan row
    assert len(claims_only(table)) == 26


@pytest.mark.parametrize("name", ["verdict", "note", "claims", "cluster_id", "outlets"])
def test_outlet_named_like_a_column_gets_outlet_suffix(name):
    table = frame(
        {"source": name, "text": "from the clash", "verdict": "agreed"},
        {"source": "Daily", "text": "from the daily", "verdict": "agreed"},
    )
    clusters = summarize_clusters(table)
    assert f"{name} (outlet)" in clusters.columns
    assert clusters.iloc[0][f"{name} (outlet)"] == "from the clash"
    assert clusters.iloc[0]["Daily"] == "from the daily"
    assert clusters.iloc[0]["verdict"] == "agreed" and clusters.iloc[0]["claims"] == 2
    assert list(clusters.columns[: len(CLUSTER_COLUMNS)]) == list(CLUSTER_COLUMNS)


def test_an_outlet_with_two_claims_in_a_cluster_shows_both():
    table = frame({"text": "first"}, {"text": "second"}, {"source": "B", "text": "other"})
    row = summarize_clusters(table).iloc[0]
    assert row["A"] == "first\nsecond" and row["B"] == "other"
    assert (row["claims"], row["outlets"]) == (3, 2)


def test_empty_table_gives_empty_summaries(seeds):
    empty = seeds.iloc[0:0]
    clusters = summarize_clusters(empty)
    assert clusters.empty and list(clusters.columns) == list(CLUSTER_COLUMNS)
    got = facts(empty)
    assert (got["claims"], got["facts (claim clusters)"], got["suggested: agreed"]) == ("0", "0", "0")


# ------------------------------------------------------------------ summarize


def test_summarize_seeds(seeds):
    got = facts(seeds)
    assert got["claims"] == "27" and got["articles"] == "2" and got["outlets"] == "Reuters, UPI"
    assert got["facts (claim clusters)"] == "21"
    assert [got[f"suggested: {v}"] for v in VERDICTS] == ["11", "4", "12"]
    assert (got["conflicts: number"], got["conflicts: spelling"]) == ("2", "2")
    assert not any(k.startswith("conflicts: ") and k[11:] not in ("number", "spelling") for k in got)
    assert (got["setting: min_score"], got["setting: sure_score"], got["setting: aliases"]) == ("55", "70", "bundled")
    assert "setting: sources" not in got and "setting: articles" not in got
    assert not any(k.startswith("decided: ") for k in got) and "undecided" not in got
    assert got["generated"].endswith("UTC")
    assert all(isinstance(v, str) for v in got.values())


def test_summarize_settings_argument_overrides_the_tables(seeds):
    got = facts(seeds, settings={"min_score": 61, "workers": 2})
    assert got["setting: min_score"] == "61" and got["setting: workers"] == "2"
    assert got["setting: sure_score"] == "70"


def test_summarize_with_decisions(seeds, tmp_path):
    store = tmp_path / "labels.jsonl"
    ids = dict.fromkeys(
        ["000_44ee4c4737ad4eae:af94b438", "000_44ee4c4737ad4eae:20d4bb64", "000_44ee4c4737ad4eae:a9b07e1e"]
    )
    for claim_id, verdict in zip(ids, ["conflicting", "agreed", "single-sourced"]):
        decide(seeds, store, "ana", claim_id, verdict)
    decide(seeds, store, "bob", "000_44ee4c4737ad4eae:87ff6099", "agreed")
    later = seeds[seeds["claim_id"] != "000_44ee4c4737ad4eae:87ff6099"].copy()  # the claim bob decided is gone
    later = reword(later, "000_44ee4c4737ad4eae:a9b07e1e", lambda t: t.replace("Jan. 20", "Jan. 21"))
    got = facts(factcheck.reviewed(later, store))
    assert got["claims"] == "26"
    assert [got[f"decided: {v}"] for v in VERDICTS] == ["1", "1", "1"]
    assert got["undecided"] == "23"
    assert got["stale decisions (wording changed since)"] == "1"
    assert got["orphaned decisions (claim no longer found)"] == "1"
    assert got["suggested: single-sourced"] == "11"  # the orphan is not a claim


# ------------------------------------------------------------------ errors and purity


@pytest.mark.parametrize("function", [summarize_clusters, summarize])
@pytest.mark.parametrize("column", NEEDS)
def test_missing_column_is_named(seeds, function, column):
    with pytest.raises(SchemaError, match=rf"missing column\(s\) '{column}'.*factcheck\.check\(\)"):
        function(seeds.drop(columns=[column]))


@pytest.mark.parametrize("function", [summarize_clusters, summarize])
def test_not_a_dataframe(function):
    with pytest.raises(SchemaError, match="expected the checked-claim table as a pandas DataFrame, got list"):
        function([{"claim_id": "x"}])


def test_inputs_are_not_mutated(seeds, tmp_path):
    store = tmp_path / "labels.jsonl"
    decide(seeds, store, "ana", "000_44ee4c4737ad4eae:af94b438", "conflicting", note="n")
    for table in (seeds, factcheck.reviewed(seeds, store)):
        before, attrs = table.copy(deep=True), copy.deepcopy(table.attrs)
        summarize_clusters(table)
        summarize(table, settings={"min_score": 1})
        claims_only(table)
        pd.testing.assert_frame_equal(table, before)
        assert table.attrs == attrs


@pytest.mark.parametrize(
    ("reasons", "expected"),
    [
        ("number: 2019 (UPI) ≠ 2018 (Reuters); benign: alias: Burma = Myanmar", "number: 2019 (UPI) ≠ 2018 (Reuters)"),
        ("benign: alias: U.S. = United States", ""),
        ("agrees with UPI (68); benign: spelling: harbor = harbour", "agrees with UPI (68)"),
        ("", ""),
        (None, ""),
        (float("nan"), ""),
    ],
)
def test_substantive(reasons, expected):
    assert substantive(reasons) == expected


def test_claims_only_without_status_is_the_table(seeds):
    assert claims_only(seeds) is seeds


# ------------------------------------------------------------------ invariants

CLAIM = st.tuples(st.integers(0, 5), st.sampled_from(["A", "B", "C", "D"]), st.sampled_from(VERDICTS))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CLAIM, min_size=1, max_size=25))
def test_cluster_summary_invariants(claims):
    table = frame(
        *(
            {"cluster_id": f"c{c}", "source": s, "verdict": v, "text": f"t{k}", "conflict_types": "number" * (v == "conflicting")}
            for k, (c, s, v) in enumerate(claims)
        )
    )  # fmt: skip
    clusters = summarize_clusters(table)
    outlets = sorted({s for _, s, _ in claims})
    assert len(clusters) == table["cluster_id"].nunique()
    assert clusters["claims"].sum() == len(table)
    assert list(clusters.columns) == [*CLUSTER_COLUMNS, *outlets]
    for row in clusters.itertuples(index=False):
        row = row._asdict()
        members = table[table["cluster_id"] == row["cluster_id"]]
        verdicts = set(members["verdict"])
        expected = next((v for v in ("conflicting", "agreed") if v in verdicts), "single-sourced")
        assert row["verdict"] == expected
        assert row["conflict_types"] == ("number" if expected == "conflicting" else "")
        assert sum(row[o] != "" for o in outlets) == row["outlets"] == members["source"].nunique()
        assert sum(len(row[o].split("\n")) for o in outlets if row[o]) == row["claims"]
    assert set(CONFLICT_TYPES) >= set(";".join(clusters["conflict_types"]).split(";")) - {""}
