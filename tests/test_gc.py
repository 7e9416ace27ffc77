"""Stages run with fewer cyclic collections and give the caller's thresholds back."""

import gc

import pytest

import factcheck
from factcheck import _gc


def test_check_runs_with_fewer_collections_and_restores_them(monkeypatch):
    from conftest import SEEDS

    from factcheck import pipeline

    seen = []
    split = pipeline.split_claims
    monkeypatch.setattr(pipeline, "split_claims", lambda a: seen.append(gc.get_threshold()) or split(a))
    before = gc.get_threshold()
    factcheck.check(SEEDS)
    assert seen and seen[0][0] >= _gc.THRESHOLD
    assert gc.get_threshold() == before


def test_thresholds_come_back_when_a_stage_fails(tmp_path):
    before = gc.get_threshold()
    with pytest.raises(factcheck.InputError):
        factcheck.check(tmp_path / "missing")
    assert gc.get_threshold() == before


def test_a_higher_threshold_of_the_callers_own_is_kept():
    before = gc.get_threshold()
    gc.set_threshold(50_000, *before[1:])
    try:
        with _gc.few_collections():
            assert gc.get_threshold()[0] == 50_000
    finally:
        gc.set_threshold(*before)
