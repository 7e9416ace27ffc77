"""Cluster comparisons grow linearly with the number of outlets (issue 10)."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import align_claims, suggest_verdicts
from factcheck._wordings import ALL_PAIRS, plan


@pytest.mark.parametrize("outlets", [3, 20, 200])
def test_identical_copies_cost_nothing_and_each_variant_two_comparisons(outlets):
    texts = {f"o{k}": "The council approved the budget on Tuesday." for k in range(outlets)}
    texts["o1"] = "The council approved the budget on Wednesday."
    texts["o2"] = "The council approved the harbour budget on Tuesday, officials said."
    wordings, tasks, _ = plan({"c-o0": list(texts)}, texts, [])
    assert len(wordings) == 3 and len(tasks) == 3  # every pair of the three wordings, however many copies


@pytest.mark.parametrize("k", [2, 3, 5, ALL_PAIRS, ALL_PAIRS + 1, 40])
def test_a_few_wordings_are_compared_pair_by_pair_many_against_two_references(k):
    # Independent outlets word a fact each their own way: up to ALL_PAIRS wordings, every pair is compared
    # (two of them may differ in a detail and both stand far from the reference); above, 2k - 3 comparisons.
    texts = {f"c{n}": f"Claim number {n} was made." for n in range(k)}
    wordings, tasks, _ = plan({"c-c0": list(texts)}, texts, [])
    pairs = {frozenset((t.a, t.b)) for t in tasks}
    assert len(wordings) == k
    assert len(pairs) == len(tasks) == (k * (k - 1) // 2 if k <= ALL_PAIRS else 2 * k - 3)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=2, max_size=300))
def test_tasks_are_at_most_twice_the_wordings(words):
    texts = {f"c{k}": f"Claim number {w} was made." for k, w in enumerate(words)}
    wordings, tasks, of = plan({"c-c0": list(texts)}, texts, [])
    k = len(wordings)
    assert len(tasks) <= (k * (k - 1) // 2 if k <= ALL_PAIRS else 2 * k)
    assert set(of) == set(texts)  # every claim has its wording
    assert all(t.a != t.b for t in tasks)


def test_a_200_outlet_fact_names_the_odd_outlet_and_counts_the_rest():
    rows = [
        (f"o{k:03d}:1", f"Outlet {k:03d}", "The mayor said 2,400 homes lost power on Tuesday night.")
        for k in range(200)
    ]
    rows[7] = ("o007:1", "Outlet 007", "The mayor said 2,700 homes lost power on Tuesday night.")
    claims = pd.DataFrame(rows, columns=["claim_id", "source", "text"])
    v = suggest_verdicts(claims, align_claims(claims)).set_index("claim_id")
    assert (v["verdict"] == "conflicting").all()  # the fact is told two ways: every claim of it conflicts
    assert set(v["reasons"]) == {
        "number: 2,400 (Outlet 000, Outlet 001, Outlet 002 and 196 others) ≠ 2,700 (Outlet 007)"
    }
