"""The final verdict: adjudicated > unanimous > majority > single, and a tie stays a tie."""

from collections import Counter

import pytest
from conftest import SEEDS, reword
from hypothesis import given
from hypothesis import strategies as st

from factcheck import AdjudicationSession, ReviewSession, check, reviewed
from factcheck.review.final import RESOLUTIONS, final_verdict
from factcheck.review.store import DecisionStore

TABLE = check(SEEDS)
IDS = TABLE["claim_id"].tolist()
T = "2024-05-01T1{}:00:00.000+00:00"


def made(analyst, verdict, hour=0, note=""):
    return {"analyst": analyst, "verdict": verdict, "time": T.format(hour), "note": note}


@pytest.mark.parametrize(
    ("decisions", "rulings", "expected"),
    [
        pytest.param([], [], ("", "", ""), id="nobody"),
        pytest.param([made("ana", "agreed")], [], ("agreed", "single", "ana"), id="single"),
        pytest.param([made("ana", "agreed"), made("ben", "agreed", 1)], [], ("agreed", "unanimous", "ana; ben"), id="unanimous"),
        pytest.param([made("ana", "agreed"), made("ben", "conflicting", 1), made("cy", "agreed", 2)], [], ("agreed", "majority", "ana; cy"), id="majority"),
        pytest.param([made("ana", "agreed"), made("ben", "conflicting", 1), made("cy", "agreed", 2), made("dee", "single-sourced")], [], ("agreed", "majority", "ana; cy"), id="most-votes"),
        pytest.param([made("ana", "agreed"), made("ben", "conflicting", 1)], [], ("", "tied", "ana; ben"), id="tied"),
        pytest.param([made("ana", "agreed"), made("ben", "conflicting"), made("cy", "agreed"), made("dee", "conflicting")], [], ("", "tied", "ana; ben; cy; dee"), id="tied-two-two"),
        pytest.param([made("ana", "agreed"), made("ben", "conflicting", 1)], [made("cy", "conflicting", 2)], ("conflicting", "adjudicated", "cy"), id="adjudicated-tie"),
        pytest.param([made("ana", "agreed"), made("ben", "agreed")], [made("cy", "single-sourced", 2)], ("single-sourced", "adjudicated", "cy"), id="adjudicator-overrules-all"),
        pytest.param([made("ana", "agreed")], [made("cy", "agreed", 1), made("dee", "conflicting", 3)], ("conflicting", "adjudicated", "dee"), id="latest-ruling"),
    ],
)  # fmt: skip
def test_the_rule(decisions, rulings, expected):
    ruling = final_verdict(decisions, rulings)
    assert (ruling["final_verdict"], ruling["resolution"], ruling["analyst"]) == expected


def test_notes_and_time_come_from_those_behind_the_verdict():
    ruling = final_verdict(
        [made("ana", "agreed", 0, "wire copy"), made("ben", "conflicting", 2, "2019?"), made("cy", "agreed", 1, "ok")]
    )
    assert (ruling["note"], ruling["decided_at"]) == ("wire copy | ok", T.format(1))
    assert ruling["verdicts"] == "ana: agreed; cy: agreed; ben: conflicting"


DECISIONS = st.lists(
    st.tuples(st.sampled_from(["ana", "ben", "cy", "dee", "eve"]), st.sampled_from(["agreed", "conflicting", "single-sourced"])),
    min_size=1,
    max_size=5,
    unique_by=lambda d: d[0],
)  # fmt: skip


@given(DECISIONS, st.randoms())
def test_a_tie_is_never_broken_and_order_does_not_matter(decisions, rng):
    events = [made(a, v, k % 10) for k, (a, v) in enumerate(decisions)]
    ruling = final_verdict(events)
    shuffled = events[:]
    rng.shuffle(shuffled)
    assert final_verdict(shuffled) == ruling
    votes = Counter(v for _, v in decisions).most_common()
    assert ruling["resolution"] in RESOLUTIONS
    if len(votes) > 1 and votes[0][1] == votes[1][1]:
        assert (ruling["final_verdict"], ruling["resolution"]) == ("", "tied")
    else:
        assert ruling["final_verdict"] == votes[0][0]
        assert ruling["resolution"] == (
            "single" if len(decisions) == 1 else "unanimous" if len(votes) == 1 else "majority"
        )


@pytest.fixture
def store(tmp_path):
    return tmp_path / "labels.jsonl"


def decide(store, analyst, claim_id, verdict, **options):
    s = ReviewSession(TABLE, store, analyst=analyst, **options)
    s.jump(claim_id)
    return s.decide(verdict)


def test_reviewed_with_two_analysts(store):
    decide(store, "ana", IDS[0], "agreed")
    decide(store, "ben", IDS[0], "agreed")
    decide(store, "ana", IDS[1], "agreed")
    decide(store, "ben", IDS[1], "conflicting")
    decide(store, "ben", IDS[2], "single-sourced")
    out = reviewed(TABLE, store).set_index("claim_id")
    columns = ["final_verdict", "resolution", "analyst", "verdicts", "status"]
    assert out.loc[IDS[0], columns].tolist() == [
        "agreed",
        "unanimous",
        "ana; ben",
        "ana: agreed; ben: agreed",
        "decided",
    ]
    assert out.loc[IDS[1], columns].tolist() == ["", "tied", "ana; ben", "ana: agreed; ben: conflicting", "decided"]
    assert out.loc[IDS[2], columns].tolist() == ["single-sourced", "single", "ben", "ben: single-sourced", "decided"]
    assert out.loc[IDS[3], columns].tolist() == ["", "", "", "", "undecided"]
    # One analyst's view, as before: only their decisions.
    ben = reviewed(TABLE, store, analyst="ben").set_index("claim_id")
    assert ben.loc[IDS[1], ["final_verdict", "resolution"]].tolist() == ["conflicting", "single"]


def test_disagree_adjudicate_undo(store):
    decide(store, "ana", IDS[1], "agreed")
    decide(store, "ben", IDS[1], "conflicting")
    judge = AdjudicationSession(TABLE, store, adjudicator="cy")
    judge.decide("conflicting", note="UPI has it right")
    row = reviewed(TABLE, store).set_index("claim_id").loc[IDS[1]]
    assert row[["final_verdict", "resolution", "analyst", "note"]].tolist() == [
        "conflicting",
        "adjudicated",
        "cy",
        "UPI has it right",
    ]
    assert judge.undo()["claim_id"] == IDS[1]
    assert reviewed(TABLE, store).set_index("claim_id").loc[IDS[1], "resolution"] == "tied"


def test_a_decision_on_the_earlier_wording_counts_only_when_nobody_decided_the_current_one(store):
    decide(store, "ana", IDS[1], "agreed")
    edited = reword(TABLE, IDS[1], lambda t: t.replace("Thursday", "Friday").replace("Biden", "Bidden"))
    new_id = edited["claim_id"].iloc[1]
    only_stale = reviewed(edited, store).set_index("claim_id").loc[new_id]
    assert only_stale[["final_verdict", "resolution", "status"]].tolist() == ["agreed", "single", "stale"]
    s = ReviewSession(edited, store, analyst="ben")
    s.jump(new_id)
    s.decide("conflicting")
    row = reviewed(edited, store).set_index("claim_id").loc[new_id]
    assert row[["final_verdict", "resolution", "analyst", "status"]].tolist() == [
        "conflicting",
        "single",
        "ben",
        "decided",
    ]


def test_an_orphaned_ruling_is_kept(store):
    DecisionStore(store).decide("gone:001", "agreed", analyst="cy", role="adjudicator", text="An old claim.")
    last = reviewed(TABLE, store).iloc[-1]
    assert last[["claim_id", "final_verdict", "resolution", "status"]].tolist() == [
        "gone:001",
        "agreed",
        "adjudicated",
        "orphaned",
    ]


def test_several_stores(tmp_path):
    decide(tmp_path / "ana.jsonl", "ana", IDS[0], "agreed")
    decide(tmp_path / "ben.jsonl", "ben", IDS[0], "agreed")
    both = [tmp_path / "ana.jsonl", tmp_path / "ben.jsonl", tmp_path / "ana.jsonl"]
    assert reviewed(TABLE, both).loc[0, ["resolution", "analyst"]].tolist() == ["unanimous", "ana; ben"]


def test_the_input_table_is_not_changed(store):
    decide(store, "ana", IDS[0], "agreed")
    before = TABLE.copy()
    reviewed(TABLE, store)
    assert TABLE.equals(before) and "resolution" not in TABLE.columns
