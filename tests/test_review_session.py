import pandas as pd
import pytest
from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import ReviewSession, SchemaError, check, reviewed
from factcheck.review.store import DecisionStore

TABLE = check(SEEDS)
IDS = TABLE["claim_id"].tolist()


@pytest.fixture
def store(tmp_path):
    return tmp_path / "labels.jsonl"


def test_starts_on_the_first_claim_with_nothing_decided(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    assert s.current["claim_id"] == IDS[0]
    p = s.progress()
    assert (p.decided, p.total, p.by_verdict) == (0, 27, {"agreed": 0, "conflicting": 0, "single-sourced": 0})


def test_decide_saves_and_moves_to_the_next_undecided(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    s.jump(IDS[2])
    s.decide("conflicting", note=" wrong year ")
    assert s.current["claim_id"] == IDS[3]
    assert s.decision(IDS[2])["note"] == "wrong year"
    s.jump(IDS[1])
    s.decide("agreed")
    assert s.current["claim_id"] == IDS[3]  # IDS[2] is already decided
    assert str(s.progress()) == "2 of 27 decided (agreed 1, conflicting 1, single-sourced 0)"


def test_resuming_restores_decisions_and_the_cursor(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    for verdict in ("agreed", "single-sourced", "conflicting"):
        s.decide(verdict)
    again = ReviewSession(TABLE, store, analyst="ana")
    assert again.current["claim_id"] == IDS[3]
    assert [again.decision(c)["verdict"] for c in IDS[:3]] == ["agreed", "single-sourced", "conflicting"]


def test_undo_works_after_a_restart(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    s.decide("agreed")
    s.decide("conflicting")
    again = ReviewSession(TABLE, store, analyst="ana")
    withdrawn = again.undo()
    assert withdrawn["claim_id"] == IDS[1] and again.current["claim_id"] == IDS[1]
    assert again.decision(IDS[1]) is None and again.decision(IDS[0])["verdict"] == "agreed"
    assert ReviewSession(TABLE, store, analyst="ana").decision(IDS[1]) is None
    assert again.undo()["claim_id"] == IDS[0]
    assert again.undo() is None


def test_undo_restores_an_earlier_verdict_on_the_same_claim(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    s.decide("agreed")
    s.jump(IDS[0])
    s.decide("conflicting")
    s.undo()
    assert s.decision(IDS[0])["verdict"] == "agreed"


def test_analysts_are_independent(store):
    ana = ReviewSession(TABLE, store, analyst="ana")
    ben = ReviewSession(TABLE, store, analyst="ben")
    ana.decide("agreed")
    ben.decide("conflicting")
    ben.undo()
    assert ReviewSession(TABLE, store, analyst="ana").decision(IDS[0])["verdict"] == "agreed"
    assert ReviewSession(TABLE, store, analyst="ben").decision(IDS[0]) is None


def test_moving_around(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    assert s.back()["claim_id"] == IDS[0]  # clamps at the start
    assert s.next()["claim_id"] == IDS[1]
    s.decide("agreed")  # IDS[1]
    s.jump(IDS[0])
    assert s.skip()["claim_id"] == IDS[2]  # skips the decided IDS[1]
    s.jump(IDS[-1])
    assert s.next()["claim_id"] == IDS[-1]  # clamps at the end
    with pytest.raises(KeyError, match="no claim 'nope:999' in this table"):
        s.jump("nope:999")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"verdicts": ["conflicting"]}, set(TABLE.loc[TABLE["verdict"] == "conflicting", "claim_id"])),
        ({"sources": ["Reuters"]}, set(TABLE.loc[TABLE["source"] == "Reuters", "claim_id"])),
        (
            {"conflict_types": ["spelling"]},
            set(TABLE.loc[TABLE["conflict_types"].str.contains("spelling"), "claim_id"]),
        ),
        (
            {"verdicts": ["agreed"], "sources": ["UPI"]},
            set(TABLE.loc[(TABLE["verdict"] == "agreed") & (TABLE["source"] == "UPI"), "claim_id"]),
        ),
    ],
)
def test_filters(store, filters, expected):
    s = ReviewSession(TABLE, store, analyst="ana")
    assert set(s.filter(**filters)) == expected
    assert s.current["claim_id"] in expected
    assert s.progress().in_queue == len(expected)


def test_undecided_only_and_jumping_out_of_a_filter(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    s.decide("agreed")
    assert IDS[0] not in s.filter(undecided=True)
    s.filter(verdicts=["conflicting"])
    single = TABLE.loc[TABLE["verdict"] == "single-sourced", "claim_id"].iloc[0]
    assert s.jump(single)["claim_id"] == single
    assert s.filters.verdicts == ()


def test_an_empty_queue(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    s.filter(sources=["Nobody"])
    assert s.current is None and s.next() is None and s.counterparts() == []
    with pytest.raises(LookupError, match="the queue is empty"):
        s.decide("agreed")


def test_bad_input(store):
    with pytest.raises(ValueError, match="verdict must be one of agreed, conflicting, single-sourced, not 'maybe'"):
        ReviewSession(TABLE, store, analyst="ana").decide("maybe")
    with pytest.raises(SchemaError, match=r"checked-claim table is missing column\(s\) 'reasons'"):
        ReviewSession(TABLE.drop(columns=["reasons"]), store)
    with pytest.raises(ValueError, match="duplicated claim ids"):
        ReviewSession(pd.concat([TABLE, TABLE]), store)


def test_counterparts_are_rows_of_the_table(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    myanmar = TABLE.loc[TABLE["text"].str.contains("demacracy"), "claim_id"].iloc[0]
    s.jump(myanmar)
    assert [c["source"] for c in s.counterparts()] == ["UPI"]


def test_rerunning_the_pipeline_keeps_decisions(store):
    ReviewSession(TABLE, store, analyst="ana").decide("agreed")
    again = ReviewSession(check(SEEDS), store, analyst="ana")
    assert again.decision(IDS[0])["verdict"] == "agreed" and not again.is_stale(IDS[0])


def test_a_changed_claim_is_stale_not_dropped(store):
    ReviewSession(TABLE, store, analyst="ana").decide("agreed")
    edited = TABLE.copy()
    edited.loc[0, "text"] = edited.loc[0, "text"].replace("Thursday", "Friday")
    s = ReviewSession(edited, store, analyst="ana")
    assert s.decision(IDS[0])["verdict"] == "agreed" and s.is_stale(IDS[0])
    assert s.progress().stale == 1
    assert s.to_frame().loc[0, "status"] == "stale"


def test_reviewed_table(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    s.decide("conflicting", note="check")
    DecisionStore(store).decide("gone:001", "agreed", analyst="ana")  # its article was removed since
    out = reviewed(TABLE, store)
    assert len(out) == len(TABLE) + 1
    first = out.iloc[0]
    assert (first["verdict"], first["final_verdict"], first["note"], first["analyst"], first["status"]) == (
        TABLE.loc[0, "verdict"],
        "conflicting",
        "check",
        "ana",
        "decided",
    )
    assert out.iloc[1]["status"] == "undecided" and out.iloc[1]["final_verdict"] == ""
    assert out.iloc[-1][["claim_id", "status", "final_verdict"]].tolist() == ["gone:001", "orphaned", "agreed"]
    assert reviewed(TABLE, store, analyst="ben")["status"].eq("undecided").all()


def test_annotate(store):
    s = ReviewSession(TABLE, store, analyst="ana")
    assert s.annotate("nothing decided") is None
    s.decide("agreed")
    s.back()
    s.annotate("seen in both")
    assert s.decision(IDS[0])["note"] == "seen in both" and s.current["claim_id"] == IDS[0]


ACTIONS = st.lists(
    st.sampled_from(["agreed", "conflicting", "single-sourced", "undo", "next", "back", "skip", "jump"]), max_size=25
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ACTIONS, st.data())
def test_a_reopened_session_sees_exactly_what_the_live_one_saw(tmp_path_factory, actions, data):
    store = tmp_path_factory.mktemp("s") / "labels.jsonl"
    s = ReviewSession(TABLE, store, analyst="ana")
    for action in actions:
        if action in ("agreed", "conflicting", "single-sourced"):
            s.decide(action)
        elif action == "jump":
            s.jump(data.draw(st.sampled_from(IDS)))
        else:
            getattr(s, action)()
    again = ReviewSession(TABLE, store, analyst="ana")
    assert {c: (again.decision(c) or {}).get("verdict") for c in IDS} == {
        c: (s.decision(c) or {}).get("verdict") for c in IDS
    }
    assert again.progress() == s.progress()


# ---------------------------------------------------------------- several analysts: blind review


def test_a_blind_review_hides_the_suggestion_and_other_verdicts_until_decided(store):
    ReviewSession(TABLE, store, analyst="ben").decide("conflicting", note="weekday")
    s = ReviewSession(TABLE, store, analyst="ana", blind=True)
    assert not s.revealed() and s.suggestion() is None and s.others() == []
    event = s.decide("agreed")
    assert (event["blind"], event["role"]) == (True, "analyst")
    assert s.revealed(IDS[0]) and s.suggestion(IDS[0]) == (TABLE.loc[0, "verdict"], TABLE.loc[0, "reasons"])
    assert [(e["analyst"], e["verdict"], e["note"]) for e in s.others(IDS[0])] == [("ben", "conflicting", "weekday")]
    assert not s.revealed(IDS[1]) and s.others(IDS[1]) == []


def test_without_blind_everything_shows_and_decisions_are_not_blind(store):
    ReviewSession(TABLE, store, analyst="ben").decide("conflicting")
    s = ReviewSession(TABLE, store, analyst="ana")
    assert s.revealed() and s.suggestion()[0] == TABLE.loc[0, "verdict"] and len(s.others()) == 1
    assert s.decide("agreed")["blind"] is False


def test_a_claim_seen_once_is_no_longer_blind(store):
    s = ReviewSession(TABLE, store, analyst="ana", blind=True)
    s.decide("agreed", note="first")
    s.back()
    assert s.annotate("second look")["blind"] is True  # the verdict itself was made blind
    s.undo()
    s.undo()
    again = ReviewSession(TABLE, store, analyst="ana", blind=True)
    assert again.decision(IDS[0]) is None and again.revealed(IDS[0])  # decided once: the suggestion was shown
    assert again.decide("conflicting")["blind"] is False
    assert not again.revealed(IDS[1])


def test_a_blind_review_cannot_filter_by_the_suggestion(store):
    s = ReviewSession(TABLE, store, analyst="ana", blind=True)
    for options in ({"verdicts": ["conflicting"]}, {"conflict_types": ["number"]}):
        with pytest.raises(ValueError, match="a blind review hides the kit's suggestion, so it cannot filter"):
            s.filter(**options)
    assert set(s.filter(sources=["UPI"])) == set(TABLE.loc[TABLE["source"] == "UPI", "claim_id"])


def test_other_analysts_own_stores_are_read_not_written(tmp_path):
    ben = tmp_path / "ben.jsonl"
    ReviewSession(TABLE, ben, analyst="ben").decide("single-sourced")
    before = ben.read_bytes()
    s = ReviewSession(TABLE, tmp_path / "ana.jsonl", analyst="ana", blind=True, read_from=[ben])
    s.decide("agreed")
    assert [e["analyst"] for e in s.others(IDS[0])] == ["ben"]
    assert ben.read_bytes() == before
    assert s.undo()["claim_id"] == IDS[0] and ben.read_bytes() == before
