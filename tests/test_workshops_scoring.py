"""Scoring answers against a key: exact on a known set of answers, 100% for the key's own answers."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import WorkshopError
from factcheck.schema import VERDICTS
from factcheck.workshops import load_pack, score_answers
from factcheck.workshops.scoring import feedback_for

PACK = load_pack("lowmere-storm")
TABLE = PACK.check()
KEY = PACK.key.resolve(TABLE)
IDS = KEY["claim_id"].tolist()


def test_the_keys_own_answers_score_everything():
    score = score_answers(dict(zip(KEY["claim_id"], KEY["verdict"])), KEY)
    assert (score.correct, score.answered, score.total, score.share) == (34, 34, 34, 1.0)
    assert score.misses.empty and (score.by_kind["share"] == 1).all()


def test_a_known_set_of_answers_scores_exactly():
    """Everything 'conflicting': right on the 18 claims of the 8 conflicting facts, wrong elsewhere."""
    score = score_answers(dict.fromkeys(IDS, "conflicting"), KEY)
    assert (score.correct, score.answered, score.total) == (18, 34, 34)
    by_kind = score.by_kind.set_index("kind")
    assert by_kind.loc["date", ["claims", "correct"]].tolist() == [4, 4]
    assert by_kind.loc["single-sourced", ["claims", "correct"]].tolist() == [4, 0]
    assert by_kind.loc["paraphrase", ["claims", "correct"]].tolist() == [2, 0]
    assert list(by_kind.index[:8]) == ["spelling", "number", "date", "time", "weekday", "name", "negation", "quote"]
    assert len(score.misses) == 16 and set(score.misses["answer"]) == {"conflicting"}
    assert set(score.misses["right"]) == {"agreed", "single-sourced"}


def test_unanswered_claims_are_misses_and_unknown_claims_are_ignored():
    score = score_answers({IDS[0]: "conflicting", "nowhere:123": "agreed"}, KEY)
    assert (score.correct, score.answered, score.total) == (1, 1, 34)
    assert (score.misses["answer"] == "").sum() == 33
    assert str(score) == "1 of 34 right (3%), 1 answered"


@pytest.mark.parametrize(
    ("answers", "error", "message"),
    [
        ({IDS[0]: "true"}, WorkshopError, "an answer is 'true'"),
        ([("a", "agreed")], TypeError, "answers is a mapping"),
    ],
)
def test_bad_answers(answers, error, message):
    with pytest.raises(error, match=message):
        score_answers(answers, KEY)


def test_an_unresolved_key_is_refused():
    with pytest.raises(Exception, match="resolved answer key"):
        score_answers({}, PACK.key.entries)


def test_feedback_for_one_answer():
    name = KEY[KEY["kind"] == "name"].iloc[0]
    told = feedback_for(KEY, name["claim_id"], "agreed")
    assert not told.correct and told.right == "conflicting" and told.kind == "name"
    assert str(told).startswith("Not quite: you said agreed, the answer is conflicting (name). The engineer is")
    assert set(told.words) == {"Nandakumar", "Nandakumer"}
    with pytest.raises(WorkshopError, match="not in the answer key"):
        feedback_for(KEY, "nowhere:1", "agreed")


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(IDS), st.sampled_from(VERDICTS)))
def test_score_invariants(answers):
    score = score_answers(answers, KEY)
    assert 0 <= score.correct <= score.answered == len(answers) <= score.total == len(KEY)
    assert score.by_kind["claims"].sum() == score.total and score.by_kind["correct"].sum() == score.correct
    assert len(score.misses) == score.total - score.correct
    right = dict(zip(KEY["claim_id"], KEY["verdict"]))
    assert score.correct == sum(right[c] == v for c, v in answers.items())
    # Correcting the answers the key disagrees with always gives full marks.
    fixed = score_answers({**answers, **{c: right[c] for c in IDS}}, KEY)
    assert fixed.share == 1.0


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["elderwick-fair", "lowmere-storm", "kestrin-globe"]))
def test_every_packs_key_scores_itself_full(name):
    pack = load_pack(name)
    key = pack.key.resolve(pack.check())
    assert score_answers(dict(zip(key["claim_id"], key["verdict"])), key).share == 1.0


def test_by_kind_is_a_new_frame():
    score = score_answers({}, KEY)
    assert isinstance(score.by_kind, pd.DataFrame) and score.by_kind["correct"].sum() == 0
