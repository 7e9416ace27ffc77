"""Reliability figures against published worked examples, an independent α, and the krippendorff package."""

import math
from collections import Counter

import krippendorff
import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.review.reliability import cohen_kappa, fleiss_kappa, krippendorff_alpha, percent_agreement


def test_cohen_kappa_worked_example():
    # 50 items, yes/no: both yes 20, A yes B no 5, A no B yes 10, both no 15.
    # pₒ = 35/50 = 0.7; pₑ = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2/0.5 = 0.4.
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


# Fleiss (1971) as worked through on Wikipedia: 10 subjects, 14 raters, 5 categories; κ = 0.210.
FLEISS_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_worked_example():
    units = [[str(k) for k, n in enumerate(row) for _ in range(n)] for row in FLEISS_TABLE]
    assert round(fleiss_kappa(units), 3) == 0.210


# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders, 12 units, missing values; nominal α = 0.743.
K_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def _units(coders):
    return [[str(c[u]) for c in coders if c[u] is not None] for u in range(len(coders[0]))]


def test_krippendorff_alpha_worked_example():
    assert round(krippendorff_alpha(_units(K_2011)), 3) == 0.743
    # the package itself, given the coders x units table rather than our counts
    data = np.array([[np.nan if v is None else v for v in c] for c in K_2011], dtype=float)
    assert krippendorff_alpha(_units(K_2011)) == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    )


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        ([["a", "a"], ["a", "b"], ["b", "b", "b"], ["a", "a", "b"]], 0.28),  # by hand: 1 − 9·4/50
        ([["a", "b"], ["b", "a"]], -0.5),  # systematic disagreement: worse than chance
        ([["a", "a"], ["b", "b"]], 1.0),
        ([["a", "a"], ["a", "a"]], math.nan),  # nothing to tell apart
        ([["a"], ["b"]], math.nan),  # no unit with two values
    ],
)
def test_krippendorff_alpha_small_cases(units, expected):
    got = krippendorff_alpha(units)
    assert (math.isnan(got) and math.isnan(expected)) or got == pytest.approx(expected)


def _alpha_by_hand(units):
    """Nominal α from its definition, independent of the package: coincidences within units."""
    pairable = [u for u in units if len(u) >= 2]
    o = Counter()
    for u in pairable:
        for i, x in enumerate(u):
            for j, y in enumerate(u):
                if i != j:
                    o[(x, y)] += 1 / (len(u) - 1)
    n_c = Counter()
    for (x, _), w in o.items():
        n_c[x] += w
    n = sum(n_c.values())
    disagree = sum(w for (x, y), w in o.items() if x != y)
    expected = n * n - sum(v * v for v in n_c.values())
    return 1 - (n - 1) * disagree / expected


LABELS = st.sampled_from(["agreed", "conflicting", "single-sourced"])
UNITS = st.lists(st.lists(LABELS, min_size=1, max_size=4), min_size=2, max_size=30)


@given(UNITS)
def test_alpha_matches_the_definition(units):
    assume(len({x for u in units if len(u) >= 2 for x in u}) >= 2)
    assert krippendorff_alpha(units) == pytest.approx(_alpha_by_hand(units))


@given(UNITS, st.permutations(["agreed", "conflicting", "single-sourced"]))
def test_alpha_and_kappas_ignore_what_the_labels_are_called(units, renamed):
    rename = dict(zip(["agreed", "conflicting", "single-sourced"], renamed))
    relabelled = [[rename[x] for x in u] for u in units]
    same = lambda a, b: (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)  # noqa: E731
    assert same(krippendorff_alpha(relabelled), krippendorff_alpha(units))
    pairs = [u[:2] for u in units if len(u) >= 2]
    if pairs:
        first, second = [p[0] for p in pairs], [p[1] for p in pairs]
        assert same(cohen_kappa([rename[x] for x in first], [rename[x] for x in second]), cohen_kappa(first, second))
        assert same(fleiss_kappa([[rename[x] for x in p] for p in pairs]), fleiss_kappa(pairs))


@given(st.lists(LABELS, min_size=2, max_size=40), st.integers(2, 5))
def test_identical_raters_agree_perfectly(labels, raters):
    assume(len(set(labels)) >= 2)
    units = [[x] * raters for x in labels]
    assert percent_agreement(units) == 1
    assert cohen_kappa(labels, labels) == pytest.approx(1)
    assert fleiss_kappa(units) == pytest.approx(1)
    assert krippendorff_alpha(units) == pytest.approx(1)


@given(UNITS)
def test_percent_agreement_is_a_share(units):
    share = percent_agreement(units)
    assert math.isnan(share) == (not any(len(u) >= 2 for u in units))
    assert math.isnan(share) or 0 <= share <= 1


@given(st.lists(st.tuples(LABELS, LABELS), min_size=1, max_size=40))
def test_cohen_kappa_is_symmetric_and_at_most_one(pairs):
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    k = cohen_kappa(a, b)
    assert (math.isnan(k) and math.isnan(cohen_kappa(b, a))) or k == pytest.approx(cohen_kappa(b, a))
    assert math.isnan(k) or -1 <= k <= 1 + 1e-12


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: cohen_kappa(["a"], ["a", "b"]), "needs the same units from both raters, got 1 and 2"),
        (lambda: fleiss_kappa([["a", "b"], ["a", "b", "b"]]), r"same number \(two or more\) of labels on every unit, got \[2, 3\]"),
        (lambda: fleiss_kappa([["a"], ["b"]]), r"got \[1\]"),
    ],
)  # fmt: skip
def test_bad_input(call, match):
    with pytest.raises(ValueError, match=match):
        call()
