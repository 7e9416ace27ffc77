"""Several stores read as one: each event once, old stores read as analysts' decisions, not blind."""

import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import FactcheckWarning, StoreError, read_decisions
from factcheck.review.decisions import load_events
from factcheck.review.store import DECISION_COLUMNS, DecisionStore


@pytest.fixture
def stores(tmp_path):
    """ana and ben, each with their own store."""
    ana, ben = DecisionStore(tmp_path / "ana.jsonl"), DecisionStore(tmp_path / "ben.jsonl")
    ana.decide("a:001", "agreed", analyst="ana", blind=True)
    ben.decide("a:001", "conflicting", analyst="ben", note="2019", blind=True)
    undone = ben.decide("a:002", "agreed", analyst="ben")
    ben.undo(undone, analyst="ben")
    return ana.path, ben.path


def test_a_decision_records_its_role_and_whether_it_was_blind(tmp_path):
    store = DecisionStore(tmp_path / "labels.jsonl")
    store.decide("a:001", "agreed", analyst="ana", blind=True)
    store.decide("a:001", "conflicting", analyst="cy", role="adjudicator")
    first, second = (json.loads(line) for line in store.path.read_text().splitlines())
    assert (first["blind"], first["role"], second["blind"], second["role"]) == (True, "analyst", False, "adjudicator")
    with pytest.raises(ValueError, match="role must be one of analyst, adjudicator, not 'editor'"):
        store.decide("a:001", "agreed", analyst="ana", role="editor")


def test_several_stores_merge(stores):
    ana, ben = stores
    frame = read_decisions([ana, ben])
    assert list(frame.columns) == list(DECISION_COLUMNS)
    assert frame[["claim_id", "verdict", "analyst", "note", "role", "blind"]].values.tolist() == [
        ["a:001", "agreed", "ana", "", "analyst", True],
        ["a:001", "conflicting", "ben", "2019", "analyst", True],
    ]


@pytest.mark.parametrize(
    "given",
    [
        pytest.param(lambda ana, ben, copy: [ana, ben, ana], id="same-file-twice"),
        pytest.param(lambda ana, ben, copy: [ana, ben, str(ana)], id="str-and-path"),
        pytest.param(lambda ana, ben, copy: [ana, ben, copy], id="a-copy-of-a-store"),
        pytest.param(lambda ana, ben, copy: [ana, ben, ana.parent / "." / ana.name], id="another-spelling"),
    ],
)
def test_nothing_is_counted_twice(stores, tmp_path, given):
    ana, ben = stores
    copy = tmp_path / "copy-of-ana.jsonl"
    shutil.copy(ana, copy)
    once = load_events([ana, ben])
    assert load_events(given(ana, ben, copy)) == once
    assert read_decisions(given(ana, ben, copy)).equals(read_decisions([ana, ben]))


def test_an_undo_in_one_store_and_its_decision_in_another(tmp_path):
    shared, mine = DecisionStore(tmp_path / "shared.jsonl"), DecisionStore(tmp_path / "mine.jsonl")
    made = shared.decide("a:001", "agreed", analyst="ana")
    mine.undo(made, analyst="ana")
    assert read_decisions([shared.path, mine.path]).empty
    assert len(read_decisions(shared.path)) == 1


def test_several_stores_are_merged_in_time_order(tmp_path):
    early, late = DecisionStore(tmp_path / "early.jsonl"), DecisionStore(tmp_path / "late.jsonl")
    late.append(_event("e2", "a:001", "conflicting", "2024-05-01T11:00:00+00:00"))
    early.append(_event("e1", "a:001", "agreed", "2024-05-01T10:00:00+00:00"))
    for order in ([early.path, late.path], [late.path, early.path]):
        assert [e["event_id"] for e in load_events(order)] == ["e1", "e2"]
        assert read_decisions(order)["verdict"].tolist() == ["conflicting"]  # the later one stands


def _event(event_id, claim_id, verdict, time, **extra):
    return {"event": "decide", "event_id": event_id, "claim_id": claim_id, "verdict": verdict, "analyst": "ana",
            "time": time, "note": "", **extra}  # fmt: skip


def test_old_stores_without_role_or_blind(tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(_event("e1", "a:001", "agreed", "2024-05-01T10:00:00.000+00:00")) + "\n")
    frame = read_decisions(path)
    assert frame[["role", "blind"]].values.tolist() == [["analyst", False]]
    assert frame["blind"].dtype == bool


@pytest.mark.parametrize(
    ("extra", "why"),
    [({"role": "editor"}, "has the role 'editor'"), ({"blind": "yes"}, "has blind='yes', not true or false")],
)
def test_an_event_with_an_unknown_role_or_blind_flag_is_skipped_with_its_line(tmp_path, extra, why):
    path = tmp_path / "labels.jsonl"
    lines = [
        _event("e1", "a:001", "agreed", "2024-05-01T10:00:00+00:00"),
        _event("e2", "a:002", "agreed", "2024-05-01T10:00:00+00:00", **extra),
    ]
    path.write_text("".join(json.dumps(e) + "\n" for e in lines))
    with pytest.warns(FactcheckWarning, match=rf"line 2 {why}.*every other line is kept"):
        assert read_decisions(path)["claim_id"].tolist() == ["a:001"]


def test_two_different_events_with_one_id_keep_the_first_and_warn(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(json.dumps(_event("e1", "a:001", "agreed", "2024-05-01T10:00:00+00:00")) + "\n")
    two.write_text(json.dumps(_event("e1", "a:001", "conflicting", "2024-05-01T10:00:00+00:00")) + "\n")
    with pytest.warns(FactcheckWarning, match=r"two.jsonl: event e1 differs from the event with the same id"):
        assert read_decisions([one, two])["verdict"].tolist() == ["agreed"]


@pytest.mark.parametrize(
    ("stores", "error", "match"),
    [
        ([], StoreError, "no decisions store given"),
        (["missing.jsonl"], StoreError, r"missing.jsonl: no such decisions file"),
        ([3], TypeError, "a decisions store is a path, not int"),
    ],
)
def test_bad_store_lists(tmp_path, monkeypatch, stores, error, match):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(error, match=match):
        read_decisions(stores)


def test_a_file_that_is_not_a_store_among_several_is_refused(stores, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The vote passed.\nIt was close.\n")
    with pytest.raises(StoreError, match=r"article\.txt: is not a decisions store"):
        read_decisions([*stores, article])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 2), min_size=1, max_size=6))
def test_any_repetition_of_the_stores_reads_the_same(stores, picks):
    chosen = [stores[0], stores[1], *(stores[p % 2] for p in picks)]
    assert read_decisions(chosen).equals(read_decisions(list(stores)))
