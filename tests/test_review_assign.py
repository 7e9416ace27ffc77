"""Who reviews what: every claim by exactly `overlap` analysts, clusters kept whole, the same split every time."""

from itertools import combinations

import pandas as pd
import pytest
from conftest import EVENT_DIRS, SEEDS
from hypothesis import given
from hypothesis import strategies as st

from factcheck import FactcheckWarning, ReviewSession, SchemaError, assign, check
from factcheck.review.assign import ASSIGNMENT_COLUMNS, claims_for

SEED_TABLE = check(SEEDS)
EVENT = check(EVENT_DIRS[0])


def check_split(table, split, analysts, overlap):
    assert list(split.columns) == list(ASSIGNMENT_COLUMNS)
    per_claim = split.groupby("claim_id")["analyst"].agg(lambda a: tuple(sorted(a)))
    assert set(per_claim.index) == set(table["claim_id"])
    assert per_claim.map(len).eq(overlap).all() and per_claim.map(lambda a: len(set(a)) == len(a)).all()
    by_cluster = split.assign(who=split["claim_id"].map(per_claim)).groupby("cluster_id", dropna=False)["who"].nunique()
    assert (by_cluster == 1).all()  # whoever sees a claim sees its counterparts too
    assert set(split["analyst"]) <= set(analysts)
    order = {c: k for k, c in enumerate(table["claim_id"])}
    assert split["claim_id"].map(order).is_monotonic_increasing  # table order
    load = split["analyst"].value_counts().reindex(analysts, fill_value=0)
    biggest = table.groupby("cluster_id").size().max()
    assert load.max() - load.min() <= biggest  # balanced to within one cluster


@pytest.mark.parametrize(
    ("table", "analysts", "overlap"),
    [
        (SEED_TABLE, ["ana", "ben"], 2),
        (SEED_TABLE, ["ana", "ben", "cy"], 2),
        (SEED_TABLE, ["ana", "ben", "cy", "dee"], 1),
        (SEED_TABLE, ["ana"], 1),
        (EVENT, ["ana", "ben", "cy"], 2),
        (EVENT, ["ana", "ben", "cy", "dee", "eve"], 3),
    ],
)
def test_every_claim_is_seen_by_exactly_overlap_analysts(table, analysts, overlap):
    check_split(table, assign(table, analysts, overlap=overlap, seed=3), analysts, overlap)


def test_the_same_call_gives_the_same_split_and_every_pair_shares_claims():
    first = assign(EVENT, ["ana", "ben", "cy"], overlap=2, seed=7)
    assert first.equals(assign(EVENT, ["ana", "ben", "cy"], overlap=2, seed=7))
    per_claim = first.groupby("claim_id")["analyst"].agg(frozenset)
    for pair in combinations(["ana", "ben", "cy"], 2):
        assert (per_claim == frozenset(pair)).sum() > 0, pair  # every pair shares claims for Cohen's κ
    others = [assign(EVENT, ["ana", "ben", "cy"], overlap=2, seed=s) for s in range(5)]
    assert any(not o.equals(first) for o in others)  # the seed does choose


def test_the_table_is_not_changed():
    before = SEED_TABLE.copy()
    assign(SEED_TABLE, ["ana", "ben"], overlap=1)
    assert SEED_TABLE.equals(before)


CLUSTERS = st.lists(st.integers(1, 4), min_size=1, max_size=15)


@given(CLUSTERS, st.integers(1, 5), st.data())
def test_invariants(sizes, n_analysts, data):
    overlap = data.draw(st.integers(1, n_analysts))
    rows = [(f"a:{c}-{k}", f"c{c}") for c, size in enumerate(sizes) for k in range(size)]
    table = pd.DataFrame(rows, columns=["claim_id", "cluster_id"]).sample(frac=1, random_state=1).reset_index(drop=True)
    analysts = [f"analyst{k}" for k in range(n_analysts)]
    check_split(table, assign(table, analysts, overlap=overlap, seed=data.draw(st.integers(0, 99))), analysts, overlap)


def test_a_claim_without_cluster_is_a_cluster_of_its_own():
    table = pd.DataFrame({"claim_id": ["a:1", "a:2", "a:3"], "cluster_id": ["c1", None, None]})
    split = assign(table, ["ana", "ben"], overlap=1)
    assert sorted(split["claim_id"]) == ["a:1", "a:2", "a:3"]


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: assign(SEED_TABLE, ["ana", "ben"], overlap=3), ValueError, r"overlap=3 asks for 3 analysts per claim, but 2 are named \(ana, ben\); use an overlap from 1 to 2"),
        (lambda: assign(SEED_TABLE, ["ana", "ben"], overlap=0), ValueError, "overlap=0"),
        (lambda: assign(SEED_TABLE, ["ana"]), ValueError, r"overlap=2 asks for 2 analysts per claim, but 1 is named \(ana\)"),
        (lambda: assign(SEED_TABLE, ["ana", "ben"], overlap=1.5), TypeError, "overlap is a whole number of analysts per claim"),
        (lambda: assign(SEED_TABLE, "ana"), TypeError, r'analysts is a list of names such as \["ana", "ben"\]'),
        (lambda: assign(SEED_TABLE, []), ValueError, "at least one non-empty name"),
        (lambda: assign(SEED_TABLE, ["ana", " "]), ValueError, "at least one non-empty name"),
        (lambda: assign(SEED_TABLE, ["ana", "ana "]), ValueError, "names 'ana' more than once"),
        (lambda: assign(SEED_TABLE.drop(columns=["cluster_id"]), ["ana"]), SchemaError, "missing column.*'cluster_id'.*factcheck.check"),
        (lambda: assign(pd.concat([SEED_TABLE, SEED_TABLE]), ["ana"], overlap=1), ValueError, "duplicated claim ids"),
    ],
)  # fmt: skip
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()


SPLIT = pd.DataFrame(
    {"claim_id": ["a:1", "a:2", "a:3"], "cluster_id": ["c1", "c2", "c3"], "analyst": ["ana", "ben", "ana"]}
)


@pytest.mark.parametrize(
    ("analyst", "ids", "match"),
    [
        ("cy", ["a:1"], r"analyst 'cy' has no claims in this assignment \(it names ana, ben\); open the review as one of them"),
        ("ana", ["z:1"], "none of the 2 claims assigned to 'ana' is in this table: the assignment was made for other articles"),
    ],
)  # fmt: skip
def test_claims_for_refuses(analyst, ids, match):
    with pytest.raises(ValueError, match=match):
        claims_for(SPLIT, analyst, ids)


def test_claims_for_warns_about_claims_gone_from_the_table():
    with pytest.warns(FactcheckWarning, match="1 of the 2 claims assigned to 'ana' are not in this table"):
        assert claims_for(SPLIT, "ana", ["a:3", "a:2"]) == ["a:3"]


def test_a_session_opens_on_the_analysts_assignment(tmp_path):
    split = assign(SEED_TABLE, ["ana", "ben", "cy"], overlap=2, seed=1)
    mine = split.loc[split["analyst"] == "ben", "claim_id"].tolist()
    s = ReviewSession(SEED_TABLE, tmp_path / "labels.jsonl", analyst="ben", assignment=split)
    assert s.queue == mine and s.current["claim_id"] == mine[0] and s.progress().total == len(mine)
    s.filter(sources=["UPI"])
    assert set(s.filter()) == set(mine)  # clearing the filters goes back to the assignment, not the whole table
    outside = next(c for c in SEED_TABLE["claim_id"] if c not in mine)
    with pytest.raises(KeyError, match="is not among the claims this session reviews \\(ben's assignment\\)"):
        s.jump(outside)
    while s.progress().decided < len(mine):
        s.decide("agreed")
    assert set(s.to_frame()["claim_id"]) == set(mine)
