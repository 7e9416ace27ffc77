"""Inter-rater reliability on nominal labels: percent agreement, Cohen's κ, Fleiss' κ, Krippendorff's α.

Each function takes *units* (here: claims), each a list of the labels its
raters gave (here: the analysts' verdicts). A figure that cannot be computed
because there is nothing to tell apart (every label the same, so the
agreement expected by chance is already perfect) is ``nan``; deciding
whether there are enough units for a figure is the caller's job
(:mod:`factcheck.review.agreement`).

- percent agreement: the share of units on which every rater gave the same label;
- Cohen's κ (two raters): (pₒ − pₑ) / (1 − pₑ), with pₑ from each rater's own label shares;
- Fleiss' κ: the same idea for any fixed number of raters per unit, chance from the pooled label shares;
- Krippendorff's α (nominal): 1 − observed/expected disagreement, from the coincidence
  matrix; units may have different numbers of raters. Computed by the ``krippendorff``
  package (with ``level_of_measurement="nominal"``: its default is interval).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import krippendorff
import numpy as np

__all__ = ["cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "percent_agreement"]

Units = Sequence[Sequence[str]]


def percent_agreement(units: Units) -> float:
    """The share of units (with two or more labels) on which all labels are the same.

    >>> percent_agreement([["a", "a"], ["a", "b"], ["b", "b", "b"], ["a"]])
    0.6666666666666666
    """
    shared = [u for u in units if len(u) >= 2]
    if not shared:
        return math.nan
    return sum(len(set(u)) == 1 for u in shared) / len(shared)


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float:
    """Cohen's κ of two raters who labelled the same units (in the same order).

    >>> round(cohen_kappa(list("aabbab"), list("aabbba")), 3)
    0.333
    """
    if len(first) != len(second):
        raise ValueError(f"Cohen's κ needs the same units from both raters, got {len(first)} and {len(second)} labels")
    n = len(first)
    if n == 0:
        return math.nan
    observed = sum(x == y for x, y in zip(first, second)) / n
    a, b = Counter(first), Counter(second)
    expected = sum(a[k] * b[k] for k in a) / (n * n)
    return math.nan if math.isclose(expected, 1.0) else (observed - expected) / (1 - expected)


def fleiss_kappa(units: Units) -> float:
    """Fleiss' κ; every unit must have the same number (two or more) of labels.

    >>> round(fleiss_kappa([["a", "a", "a"], ["a", "a", "b"], ["b", "b", "b"], ["a", "b", "b"]]), 3)
    0.333
    """
    sizes = {len(u) for u in units}
    if len(sizes) != 1 or min(sizes) < 2:
        raise ValueError(f"Fleiss' κ needs the same number (two or more) of labels on every unit, got {sorted(sizes)}")
    raters = sizes.pop()
    counts = [Counter(u) for u in units]
    per_unit = [(sum(c * c for c in unit.values()) - raters) / (raters * (raters - 1)) for unit in counts]
    observed = sum(per_unit) / len(per_unit)
    pooled = Counter(label for u in units for label in u)
    total = len(units) * raters
    expected = sum((c / total) ** 2 for c in pooled.values())
    return math.nan if math.isclose(expected, 1.0) else (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Units) -> float:
    """Krippendorff's α for nominal labels; units may have different numbers of
    labels (a unit with one label has nothing to be compared with and counts for nothing).

    >>> round(krippendorff_alpha([["a", "a"], ["a", "b"], ["b", "b", "b"], ["a", "a", "b"], ["c"]]), 3)
    0.28
    """
    pairable = [list(u) for u in units if len(u) >= 2]
    labels = sorted({label for u in pairable for label in u})
    if len(labels) < 2:
        return math.nan
    index = {label: k for k, label in enumerate(labels)}
    counts = np.zeros((len(pairable), len(labels)), dtype=int)
    for row, unit in enumerate(pairable):
        for label in unit:
            counts[row, index[label]] += 1
    return float(krippendorff.alpha(value_counts=counts, level_of_measurement="nominal"))
