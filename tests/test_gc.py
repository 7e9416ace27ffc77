"""Stages run with fewer cyclic collections and give the caller's thresholds back."""

import gc

import pytest

import factcheck
from factcheck import _gc


@pytest.mark.parametrize("stage", ["load_articles", "split_claims", "align_claims", "suggest_verdicts"])
def test_each_stage_runs_with_fewer_collections_and_restores_them(monkeypatch, stage):
    from conftest import SEEDS

    seen = []
    real = _gc.gc.set_threshold
    monkeypatch.setattr(_gc.gc, "set_threshold", lambda *t: seen.append(t) or real(*t))
    before = gc.get_threshold()
    articles = factcheck.load_articles(SEEDS)
    claims = factcheck.split_claims(articles)
    matches = factcheck.align_claims(claims)
    seen.clear()
    call = {
        "load_articles": lambda: factcheck.load_articles(SEEDS),
        "split_claims": lambda: factcheck.split_claims(articles),
        "align_claims": lambda: factcheck.align_claims(claims),
        "suggest_verdicts": lambda: factcheck.suggest_verdicts(claims, matches),
    }[stage]
    call()
    assert seen[0][0] >= _gc.THRESHOLD  # raised on the way in ...
    assert seen[-1] == before == gc.get_threshold()  # ... and the caller's put back on the way out


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
