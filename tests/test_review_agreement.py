"""Agreement figures on a small table worked out by hand (see the comments), and their invariants."""

import math

import pandas as pd
import pytest
from conftest import SEEDS
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factcheck import SchemaError, StoreError, agreement, check
from factcheck.review.store import DecisionStore

# Twelve claims: six suggested agreed, three conflicting (two on a number, one a spelling), three single-sourced.
SUGGESTED = ["agreed"] * 6 + ["conflicting"] * 3 + ["single-sourced"] * 3
KINDS = [""] * 6 + ["number", "number", "spelling"] + [""] * 3
TABLE = pd.DataFrame(
    {
        "claim_id": [f"a:{k:02d}" for k in range(1, 13)],
        "text": [f"Claim number {k} of the event." for k in range(1, 13)],
        "verdict": SUGGESTED,
        "conflict_types": KINDS,
    }
)
A, C, S = "agreed", "conflicting", "single-sourced"
ANA = [A, A, A, A, A, A, C, C, C, S, S, S]  # accepts every suggestion
BEN = [A, A, A, A, C, A, C, C, A, S, S, S]  # differs on claims 5 and 9
CY = {1: A, 2: A, 5: C, 9: C}  # four claims only


def record(path, analyst, verdicts, *, blind=False):
    store = DecisionStore(path)
    for k, verdict in verdicts.items():
        row = TABLE.iloc[k - 1]
        store.decide(row["claim_id"], verdict, analyst=analyst, text=row["text"], suggested=row["verdict"], blind=blind)


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "labels.jsonl"
    record(path, "ana", dict(enumerate(ANA, 1)))
    record(path, "ben", dict(enumerate(BEN, 1)), blind=True)
    record(path, "cy", CY)
    return path


def test_overall_figures_by_hand(store):
    result = agreement(store, TABLE)
    summary = result.summary.set_index("measure")
    # Every analyst gave the same verdict on 10 of the 12 shared claims (not on 5 and 9).
    assert summary.loc["percent agreement", "value"] == pytest.approx(10 / 12)
    assert summary.loc["percent agreement", "note"] == "10 of 12 claims: every analyst gave the same verdict"
    # Coincidences: o(A,A)=12, o(A,C)=o(C,A)=2, o(C,C)=6, o(S,S)=6; n_A=14, n_C=8, n_S=6, n=28.
    # α = 1 − (n−1)·4 / (n² − Σn_c²) = 1 − 27·4/488.
    assert summary.loc["Krippendorff's α (nominal)", "value"] == pytest.approx(1 - 108 / 488)
    assert math.isnan(summary.loc["Fleiss' κ", "value"])
    assert "claims have 2 to 3 analysts: Fleiss' κ needs the same number on each" in summary.loc["Fleiss' κ", "note"]
    assert (result.analysts, result.shared, result.blind) == (["ana", "ben", "cy"], 12, 12)


def test_pairwise_by_hand(store):
    pairs = agreement(store, TABLE).pairwise.set_index(["analyst_a", "analyst_b"])
    # ana/ben: pₒ = 10/12, both 6 A, 3 C, 3 S: pₑ = (36 + 9 + 9)/144 = 3/8; κ = (10/12 − 3/8)/(5/8) = 11/15.
    assert pairs.loc[("ana", "ben"), ["shared", "agreed"]].tolist() == [12, 10]
    assert pairs.loc[("ana", "ben"), "cohen_kappa"] == pytest.approx(11 / 15)
    assert pairs.loc[("ana", "ben"), "percent_agreement"] == pytest.approx(10 / 12)
    for pair in [("ana", "cy"), ("ben", "cy")]:
        assert pairs.loc[pair, ["shared", "agreed"]].tolist() == [4, 3]
        assert math.isnan(pairs.loc[pair, "cohen_kappa"]) and math.isnan(pairs.loc[pair, "percent_agreement"])
        assert pairs.loc[pair, "note"] == "only 4 shared claims (fewer than 10): too few for a figure"


def test_kappa_matrix(store):
    matrix = agreement(store, TABLE).kappa_matrix()
    assert matrix.loc["ana", "ben"] == matrix.loc["ben", "ana"] == "0.73 (12 shared)"
    assert matrix.loc["ana", "cy"] == "– (4 shared)" and matrix.loc["ana", "ana"] == ""


def test_per_group_by_hand(store):
    default = agreement(store, TABLE).by_suggested.set_index("group")
    assert default.loc["agreed", "note"] == "only 6 shared claims (fewer than 10): too few for a figure"
    assert default["alpha"].isna().all()
    groups = agreement(store, TABLE, min_shared=3).by_suggested.set_index("group")
    # agreed: 5 of 6 all agree; o(A,A)=12, o(A,C)=o(C,A)=1, o(C,C)=1; n_A=13, n_C=2, n=15: α = 1 − 14·2/52.
    assert groups.loc["agreed", ["claims", "agreed"]].tolist() == [6, 5]
    assert groups.loc["agreed", "alpha"] == pytest.approx(1 - 28 / 52)
    # conflicting: o(C,C)=5, o(C,A)=o(A,C)=1; n_C=6, n_A=1, n=7: α = 1 − 6·2/12 = 0.
    assert groups.loc["conflicting", "alpha"] == pytest.approx(0)
    assert groups.loc["conflicting", "percent_agreement"] == pytest.approx(2 / 3)
    # single-sourced: everyone says so: agreement is perfect, chance-corrected figures undefined.
    assert groups.loc["single-sourced", "percent_agreement"] == 1
    assert math.isnan(groups.loc["single-sourced", "alpha"])
    assert "every verdict is 'single-sourced'" in groups.loc["single-sourced", "note"]
    kinds = agreement(store, TABLE, min_shared=1).by_conflict.set_index("group")
    assert kinds.index.tolist() == ["spelling", "number"]  # the kit's order of kinds
    assert kinds.loc["number", ["claims", "agreed"]].tolist() == [2, 2]
    assert kinds.loc["spelling", ["claims", "agreed"]].tolist() == [1, 0]


def test_each_analyst_against_the_kit(store):
    kit = agreement(store, TABLE).vs_kit.set_index("analyst")
    assert kit.loc["ana", ["decided", "accepted", "acceptance", "cohen_kappa"]].tolist() == [12, 12, 1.0, 1.0]
    assert kit.loc["ben", ["decided", "accepted", "blind", "blind_accepted"]].tolist() == [12, 10, 12, 10]
    assert kit.loc["ben", "cohen_kappa"] == pytest.approx(11 / 15)  # ana said what the kit said
    assert kit.loc["cy", ["decided", "accepted"]].tolist() == [4, 3] and math.isnan(kit.loc["cy", "acceptance"])
    assert kit.loc["cy", "note"] == "only 4 decided claims (fewer than 10): too few for a figure"


def test_the_text_says_what_is_missing_and_why(store):
    text = agreement(store, TABLE).to_text()
    assert text.startswith(
        "3 analysts (ana, ben, cy): 28 decisions (12 made blind) on 12 claims; 12 claims decided by two or more."
    )
    assert "0.78" in text and "0.73 (12 shared)" in text and "– (4 shared)" in text
    assert "Figures need at least 10 shared claims" in text


def test_several_stores_and_what_does_not_count(tmp_path):
    record(tmp_path / "ana.jsonl", "ana", dict(enumerate(ANA, 1)))
    record(tmp_path / "ben.jsonl", "ben", dict(enumerate(BEN, 1)))
    both = [tmp_path / "ana.jsonl", tmp_path / "ben.jsonl", tmp_path / "ben.jsonl"]
    before = agreement(both, TABLE)
    assert before.pairwise["cohen_kappa"].tolist() == [pytest.approx(11 / 15)]
    # An adjudicator's ruling, an undone decision and one on wording since edited are not analysts' verdicts.
    store = DecisionStore(tmp_path / "ben.jsonl")
    store.decide("a:05", A, analyst="cy", role="adjudicator", text=TABLE.loc[4, "text"])
    store.undo(store.decide("a:06", C, analyst="dee", text=TABLE.loc[5, "text"]), analyst="dee")
    edited = TABLE.copy()
    edited.loc[0, "text"] = "Claim number 1 of the event, since edited."
    store.decide("a:01", C, analyst="eve", text=TABLE.loc[0, "text"])
    after = agreement(both, edited)
    assert after.analysts == ["ana", "ben"] and after.shared == 11
    assert agreement(both, TABLE).analysts == ["ana", "ben", "eve"]


def test_one_analyst_is_not_an_agreement(tmp_path):
    record(tmp_path / "ana.jsonl", "ana", dict(enumerate(ANA, 1)))
    result = agreement(tmp_path / "ana.jsonl", TABLE)
    assert result.summary["value"].isna().all()
    assert set(result.summary["note"]) == {"1 analyst decided claims here: agreement needs two or more"}
    assert result.pairwise.empty and result.kappa_matrix().shape == (1, 1)


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda s: agreement(TABLE, s), TypeError, r"agreement\(store, table\): pass the decisions store first"),
        (lambda s: agreement(s, TABLE.drop(columns=["verdict"])), SchemaError, "missing column.*'verdict'.*factcheck.check"),
        (lambda s: agreement(s.parent / "nope.jsonl", TABLE), StoreError, r"nope\.jsonl: no such decisions file"),
        (lambda s: agreement(s, TABLE, min_shared=0), ValueError, "min_shared is a whole number of claims, 1 or more, not 0"),
    ],
)  # fmt: skip
def test_bad_input(store, call, error, match):
    with pytest.raises(error, match=match):
        call(store)


def test_the_inputs_are_not_changed(store):
    before = TABLE.copy()
    result = agreement(store, TABLE)
    assert TABLE.equals(before)
    result.summary.loc[0, "value"] = 0.0  # every frame is the caller's own
    assert agreement(store, TABLE).summary.loc[0, "value"] == pytest.approx(10 / 12)


def test_the_seeds_with_two_analysts(tmp_path):
    table = check(SEEDS)
    store = tmp_path / "labels.jsonl"
    from factcheck import ReviewSession

    for who, differs in (("ana", set()), ("ben", {3, 10})):
        s = ReviewSession(table, store, analyst=who, blind=True)
        for k, row in enumerate(table.itertuples()):
            other = next(v for v in ("conflicting", "agreed") if v != row.verdict)
            s.decide(other if k in differs else row.verdict)
    result = agreement(store, table)
    assert result.shared == 27 and result.blind == 54
    summary = result.summary.set_index("measure")["value"]
    assert summary["percent agreement"] == pytest.approx(25 / 27)
    assert 0 < summary["Fleiss' κ"] < summary["percent agreement"]


VERDICTS = st.lists(st.sampled_from([A, C, S]), min_size=10, max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(VERDICTS)
def test_identical_analysts_agree_perfectly(tmp_path_factory, verdicts):
    assume(len(set(verdicts)) >= 2)
    table = pd.DataFrame(
        {
            "claim_id": [f"b:{k}" for k in range(len(verdicts))],
            "text": [f"Sentence {k}." for k in range(len(verdicts))],
            "verdict": [A] * len(verdicts),
        }
    )
    path = tmp_path_factory.mktemp("s") / "labels.jsonl"
    store = DecisionStore(path)
    for who in ("ana", "ben", "cy"):
        for cid, text, verdict in zip(table["claim_id"], table["text"], verdicts):
            store.decide(cid, verdict, analyst=who, text=text)
    result = agreement(path, table)
    assert result.summary["value"].tolist() == pytest.approx([1.0, 1.0, 1.0])
    assert result.pairwise["cohen_kappa"].tolist() == pytest.approx([1.0, 1.0, 1.0])
    assert (result.pairwise["percent_agreement"] == 1).all()
