"""The exercise session: the kit hidden, feedback after each answer or at the end, answers stored as decisions."""

from __future__ import annotations

import pytest

from factcheck import WorkshopError, read_decisions
from factcheck.workshops import ExerciseSession, load_pack
from factcheck.workshops.exercise import closest_sentences

PACK = load_pack("elderwick-fair")
TABLE = PACK.check()
KEY = PACK.key.resolve(TABLE)
RIGHT = dict(zip(KEY["claim_id"], KEY["verdict"]))


def session(tmp_path, feedback="each", who="ana"):
    return ExerciseSession(TABLE, PACK.key, store=tmp_path / f"{who}.jsonl", analyst=who, feedback=feedback)


def answer_all(s, choose):
    for cid in list(s.queue):
        s.jump(cid)
        s.decide(choose(cid))


def test_a_learner_session_driven_from_python_scores_a_known_set_of_answers_exactly(tmp_path):
    """The learner is right on every conflict, calls every harmless difference a conflict too, and
    calls single-sourced claims agreed: 7 conflicting facts (15 claims) right, the other 14 wrong."""
    s = session(tmp_path)
    answer_all(s, lambda cid: "conflicting" if RIGHT[cid] != "single-sourced" else "agreed")
    score = s.score()
    assert (score.correct, score.answered, score.total) == (15, 29, 29)
    by_kind = score.by_kind.set_index("kind")
    assert by_kind.loc[["weekday", "number", "negation"], "correct"].tolist() == [3, 2, 2]
    assert by_kind.loc[["spelling variant", "alias", "number format", "omission", "same"], "correct"].sum() == 0
    assert by_kind.loc["single-sourced", ["claims", "correct"]].tolist() == [3, 0]
    assert sorted(score.misses["kind"].unique()) == [
        "alias", "number format", "omission", "same", "single-sourced", "spelling variant"]  # fmt: skip
    # Stored like any other decision: one standing verdict per claim, made blind, by ana.
    stored = read_decisions(tmp_path / "ana.jsonl")
    assert len(stored) == 29 and set(stored["analyst"]) == {"ana"} and stored["blind"].all()
    assert dict(zip(stored["claim_id"], stored["verdict"])) == s.answers()


def test_the_kit_and_other_learners_stay_hidden(tmp_path):
    other = session(tmp_path, who="ben")
    other.decide("agreed")
    s = ExerciseSession(TABLE, PACK.key, store=tmp_path / "ben.jsonl", analyst="ana")  # a shared store
    assert s.suggestion() is None and s.others() == [] and s.blind
    s.decide("conflicting")
    assert s.suggestion() is None and s.others() == []


def test_feedback_each_shows_right_or_wrong_at_once_and_stays_on_the_claim(tmp_path):
    s = session(tmp_path)
    first = s.current["claim_id"]
    assert s.feedback() is None and not s.locked()
    s.decide("agreed")
    assert s.current["claim_id"] == first  # the card stays, to show why
    told = s.feedback()
    assert not told.correct and told.right == "conflicting" and told.kind == "weekday" and "Saturday" in told.words
    with pytest.raises(WorkshopError, match="your answer on this claim is in"):
        s.decide("conflicting")
    with pytest.raises(WorkshopError, match="final once its explanation is shown"):
        s.undo()
    s.advance()
    assert s.current["claim_id"] != first and s.feedback() is None


def test_feedback_at_the_end_allows_changes_until_all_are_answered(tmp_path):
    s = session(tmp_path, feedback="end")
    first = s.current["claim_id"]
    s.decide("agreed")
    assert s.current["claim_id"] != first  # moves on at once
    assert s.feedback(first) is None and not s.locked(first)
    s.jump(first)
    s.decide("conflicting")  # changed its mind
    s.undo()
    assert s.decision(first)["verdict"] == "agreed"
    answer_all(s, lambda cid: RIGHT[cid])
    assert s.finished and s.locked(first) and s.feedback(first).correct
    assert s.score().share == 1.0
    with pytest.raises(WorkshopError, match="final once its explanation is shown"):
        s.undo()


def test_resuming_keeps_the_answers_and_the_locks(tmp_path):
    s = session(tmp_path)
    s.decide("conflicting")
    again = session(tmp_path)
    assert again.progress().decided == 1 and again.current["claim_id"] != s.queue[0]
    assert again.locked(s.queue[0]) and again.score().correct == 1


def test_the_queue_holds_the_keys_claims_in_table_order(tmp_path):
    s = session(tmp_path)
    assert s.queue == KEY["claim_id"].tolist() and s.progress().total == 29


def test_evidence_is_the_closest_sentence_of_every_other_outlet(tmp_path):
    s = session(tmp_path)
    shown = s.evidence()
    assert [e["source"] for e in shown] == ["Northline News", "Vale Weekly"]
    assert "opened on Sunday" in shown[0]["text"] and "opened on Saturday" in shown[1]["text"]
    lone = KEY[KEY["verdict"] == "single-sourced"]["claim_id"].iloc[0]
    assert len(closest_sentences(TABLE, lone)) == 2  # a single-sourced claim still shows the nearest sentences


def test_a_paraphrase_the_kit_cannot_pair_is_still_shown_beside_its_claim():
    pack = load_pack("lowmere-storm")
    table = pack.check()
    claim = table[table["text"].str.contains("Police reported no injuries")]["claim_id"].iloc[0]
    nearest = {e["source"]: e["text"] for e in closest_sentences(table, claim)}
    assert nearest["Lowmere Gazette"] == "Nobody was hurt, the police said."


@pytest.mark.parametrize(
    ("key", "feedback", "error", "message"),
    [
        ("not a key", "each", TypeError, "exercise= takes an answer key"),
        (PACK.key, "always", ValueError, "feedback is 'each'"),
    ],
)
def test_bad_options(tmp_path, key, feedback, error, message):
    with pytest.raises(error, match=message):
        ExerciseSession(TABLE, key, store=tmp_path / "a.jsonl", feedback=feedback)


def test_a_key_for_other_articles_is_refused(tmp_path):
    with pytest.raises(WorkshopError, match="does not fit these articles"):
        ExerciseSession(TABLE, load_pack("lowmere-storm").key, store=tmp_path / "a.jsonl")


def test_a_pack_can_stand_for_its_key_and_fact_decisions_are_refused(tmp_path):
    s = ExerciseSession(TABLE, PACK, store=tmp_path / "a.jsonl", analyst="ana")
    with pytest.raises(WorkshopError, match="claim by claim"):
        s.decide_claims({s.queue[0]: "agreed"})
