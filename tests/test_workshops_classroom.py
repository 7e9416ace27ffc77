"""The class view: scores, hardest claims, kinds missed, confusion matrix, agreement, the kit; the HTML report."""

from __future__ import annotations

import math

import pytest

from factcheck.review.store import DecisionStore
from factcheck.workshops import ExerciseSession, class_results, load_pack, render_class_report, write_class_report
from factcheck.workshops.classroom import learner_stores

PACK = load_pack("elderwick-fair")
TABLE = PACK.check()
KEY = PACK.key.resolve(TABLE)
RIGHT = dict(zip(KEY["claim_id"], KEY["verdict"]))
#: Three simulated learners: ana is right throughout; ben calls every harmless difference a conflict;
#: cy answers the first 20 claims only, and misses the negation and the single-sourced ones.
RULES = {
    "ana": lambda row: row.verdict,
    "ben": lambda row: "conflicting" if row.verdict == "agreed" and row.kind != "same" else row.verdict,
    "cy": lambda row: "agreed" if row.kind in ("negation", "single-sourced") else row.verdict,
}


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    folder = tmp_path_factory.mktemp("answers")
    for who, rule in RULES.items():
        s = ExerciseSession(TABLE, PACK.key, store=folder / f"{who}.jsonl", analyst=who)
        for k, row in enumerate(KEY.itertuples()):
            if who == "cy" and k >= 20:
                break
            s.jump(row.claim_id)
            s.decide(rule(row))
    return folder


def test_scores_best_first(room):
    results = class_results(room, TABLE, PACK.key)
    assert results.scores[["learner", "answered", "correct", "total"]].values.tolist() == [
        ["ana", 29, 29, 29],
        ["ben", 29, 21, 29],
        ["cy", 20, 16, 29],
    ]
    assert str(results) == "Harvest fair in Elderwick: 3 learners, 76% right on average; the kit 100%"


def test_names_can_be_hidden(room):
    results = class_results(room, TABLE, PACK.key, hide_names=True)
    assert results.learners == ["Learner 1", "Learner 2", "Learner 3"]
    assert results.agreement.analysts == ["Learner 1", "Learner 2", "Learner 3"]
    assert set(results.agreement.ratings.columns) == {"Learner 1", "Learner 2", "Learner 3"}
    page = render_class_report(results)
    assert not any(name in page for name in (">ana<", ">ben<", ">cy<", "ana;", "(ana", "ben.jsonl"))


def test_the_kinds_the_room_missed_most(room):
    kinds = class_results(room, TABLE, PACK.key).kinds.set_index("kind")
    # ben misses the 8 claims of the 4 harmless differences; cy the negation (2 claims, both in his first 20)
    # and the 2 single-sourced claims among them.
    assert kinds.loc["negation", ["claims", "answers", "correct", "misses"]].tolist() == [2, 6, 4, 2]
    assert kinds.loc["alias", ["answers", "correct", "misses"]].tolist() == [6, 4, 2]
    assert kinds.index[0] in ("spelling variant", "alias", "number format", "omission", "negation")
    assert kinds["miss_rate"].iloc[0] >= kinds["miss_rate"].iloc[-1]
    assert kinds.loc["weekday", "misses"] == 0


def test_the_hardest_claims_come_first_with_the_wrong_answers(room):
    hardest = class_results(room, TABLE, PACK.key).hardest
    first = hardest.iloc[0]
    assert math.isclose(first["share"], 1 / 3) or math.isclose(first["share"], 1 / 2)
    assert hardest["share"].is_monotonic_increasing
    negation = hardest[hardest["kind"] == "negation"].iloc[0]
    assert (negation["answered"], negation["correct"], negation["wrong"]) == (3, 2, "agreed 1")
    assert "NOT spoiled" in negation["explanation"]


def test_the_confusion_matrix_counts_every_answer_against_the_key(room):
    confusion = class_results(room, TABLE, PACK.key).confusion
    assert int(confusion.to_numpy().sum()) == 29 + 29 + 20
    assert confusion.loc["agreed", "conflicting"] == 8  # ben, on the harmless differences
    assert confusion.loc["conflicting", "agreed"] == 2  # cy, on the negation
    assert confusion.loc["single-sourced", "single-sourced"] == 3 + 3  # ana and ben
    assert confusion.loc["single-sourced", "agreed"] == 2  # cy, on the two in his first 20 claims


def test_agreement_between_learners_reuses_the_agreement_figures(room):
    figures = class_results(room, TABLE, PACK.key, min_shared=5).agreement
    summary = figures.summary.set_index("measure")
    assert summary.loc["percent agreement", "claims"] == 29
    assert 0 < summary.loc["percent agreement", "value"] < 1
    assert len(figures.pairwise) == 3 and figures.kappa_matrix().shape == (3, 3)


def test_one_learner_or_none(tmp_path, room):
    one = class_results(room / "ana.jsonl", TABLE, PACK.key)
    assert one.learners == ["ana"] and one.agreement is None
    none = class_results([], TABLE, PACK.key)
    assert none.learners == [] and none.scores.empty and str(none) == "Harvest fair in Elderwick: no answers yet."
    assert "No answers yet" in render_class_report(none)
    assert learner_stores([room, room / "ana.jsonl"]) == sorted(room.glob("*.jsonl"))


def test_answers_on_other_claims_and_rulings_are_left_out(tmp_path):
    store = DecisionStore(tmp_path / "x.jsonl")
    store.decide("elsewhere:1", "agreed", analyst="dee")
    store.decide(KEY["claim_id"].iloc[0], "agreed", analyst="judge", role="adjudicator")
    assert class_results(tmp_path, TABLE, PACK.key).learners == []


def test_the_kit_is_scored_on_the_same_key():
    pack = load_pack("kestrin-globe")
    kit = class_results([], pack.check(), pack.key).kit
    assert (kit.correct, kit.total) == (41, 46)  # the five claims whose verdict the kit gets wrong
    assert sorted(kit.misses["outlet"]) == sorted(
        ["Artbeat Online", "Kestrin Evening Star", "Meridian Wire", "Meridian Wire", "The Kestrin Ledger"]
    )


def test_the_report_holds_every_section_and_escapes_names_and_text(tmp_path):
    evil = "<script>alert(1)</script>"
    s = ExerciseSession(TABLE, PACK.key, store=tmp_path / "e.jsonl", analyst=evil)
    s.decide("agreed")
    t = ExerciseSession(TABLE, PACK.key, store=tmp_path / "f.jsonl", analyst="<b>bob</b>")
    t.decide("conflicting")
    page = render_class_report(class_results(tmp_path, TABLE, PACK.key), title="<i>Room 1</i>")
    for section in ("scores", "kinds", "hardest", "confusion", "agreement", "kit"):
        assert f'<section id="{section}">' in page
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>bob</b>" not in page and "<i>Room 1</i>" not in page and "&lt;i&gt;Room 1&lt;/i&gt;" in page
    path = write_class_report(class_results(tmp_path, TABLE, PACK.key), tmp_path / "class.html")
    assert path.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_a_bad_key_argument():
    with pytest.raises(TypeError, match="key is an answer key"):
        class_results([], TABLE, "key.json")
