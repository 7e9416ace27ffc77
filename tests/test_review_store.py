import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import textwrap

import pytest
from conftest import ROOT

from factcheck import FactcheckWarning, StoreError, read_decisions
from factcheck.review.store import DECISION_COLUMNS, DecisionStore, text_hash


@pytest.fixture
def store(tmp_path):
    return DecisionStore(tmp_path / "labels.jsonl")


def test_a_decision_is_one_complete_line(store):
    store.decide("a:001", "conflicting", analyst="ana", suggested="agreed", text="It passed.", note="2019, not 2018")
    (line,) = store.path.read_text(encoding="utf-8").splitlines()
    event = json.loads(line)
    assert {k: event[k] for k in ("event", "claim_id", "verdict", "note", "analyst", "suggested")} == {
        "event": "decide",
        "claim_id": "a:001",
        "verdict": "conflicting",
        "note": "2019, not 2018",
        "analyst": "ana",
        "suggested": "agreed",
    }
    assert event["text_hash"] == text_hash("It passed.") and event["time"].endswith("+00:00")


def test_undo_is_an_event_and_replay_honours_it(store):
    first = store.decide("a:001", "agreed", analyst="ana")
    second = store.decide("a:001", "conflicting", analyst="ana")
    store.undo(second, analyst="ana")
    assert [e["event"] for e in store.events()] == ["decide", "decide", "undo"]
    assert store.current()[("a:001", "ana")]["event_id"] == first["event_id"]


def test_read_decisions(store):
    store.decide("a:002", "agreed", analyst="ben")
    store.decide("a:001", "agreed", analyst="ana")
    store.decide("a:001", "single-sourced", analyst="ana", note="only UPI")
    gone = store.decide("a:003", "conflicting", analyst="ana")
    store.undo(gone, analyst="ana")
    frame = read_decisions(store.path)
    assert list(frame.columns) == list(DECISION_COLUMNS)
    assert frame[["claim_id", "verdict", "note", "analyst"]].values.tolist() == [
        ["a:001", "single-sourced", "only UPI", "ana"],
        ["a:002", "agreed", "", "ben"],
    ]
    assert read_decisions(store.path, analyst="ben")["claim_id"].tolist() == ["a:002"]


def test_torn_last_line_is_skipped_and_the_next_append_starts_afresh(store):
    store.decide("a:001", "agreed", analyst="ana")
    store.decide("a:002", "agreed", analyst="ana")
    with open(store.path, "ab") as f:
        f.write(b'{"event": "decide", "claim_id": "a:003", "verd')  # the kernel died mid-write
    with pytest.warns(FactcheckWarning, match=r"line 3 is incomplete.*every other line is kept"):
        assert [e["claim_id"] for e in store.events()] == ["a:001", "a:002"]
    store.decide("a:004", "conflicting", analyst="ana")
    with pytest.warns(FactcheckWarning, match="line 3 is damaged"):
        assert [e["claim_id"] for e in store.events()] == ["a:001", "a:002", "a:004"]


def test_store_errors(tmp_path):
    with pytest.raises(StoreError, match="is a folder, not a decisions file"):
        DecisionStore(tmp_path)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="does not exist \\(or is not a folder\\)"):
        DecisionStore(blocker / "labels.jsonl").decide("a:001", "agreed", analyst="ana")
    with pytest.raises(StoreError, match="no such decisions file"):
        read_decisions(tmp_path / "missing.jsonl")


def test_a_mistyped_store_path_makes_no_folders(tmp_path):
    with pytest.raises(StoreError, match=r"the folder .*typo does not exist"):
        DecisionStore(tmp_path / "typo" / "labels.jsonl").decide("a:001", "agreed", analyst="ana")
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("article.txt", "Biden and Moon spoke on Thursday.\nThey agreed on many things.\n"),
        ("claims.csv", "claim_id,source,text\na:001,UPI,The vote passed.\n"),
        ("records.jsonl", '{"source": "UPI", "text": "The vote passed."}\n'),
        ("binary.jsonl", "\x00\x01\x02 not text"),
    ],
)
def test_a_file_that_is_not_a_store_is_refused_and_left_alone(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=rf"{name}: is not a decisions store.*labels.jsonl"):
        DecisionStore(path).decide("a:001", "agreed", analyst="ana")
    with pytest.raises(StoreError, match="is not a decisions store"):
        DecisionStore(path).events()
    with pytest.raises(StoreError, match="is not a decisions store"):
        read_decisions(path)
    assert path.read_bytes() == before


def test_a_store_torn_during_its_first_write_is_still_a_store(tmp_path):
    path = tmp_path / "labels.jsonl"
    path.write_bytes(b'{"event": "decide", "claim_id": "a:001", "verd')
    store = DecisionStore(path)
    with pytest.warns(FactcheckWarning, match="line 1 is damaged"):
        store.decide("a:002", "agreed", analyst="ana")
        assert [e["claim_id"] for e in store.events()] == ["a:002"]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (
            {"event": "decide", "claim_id": "a:9", "verdict": "agreed", "analyst": "x", "time": "2021-02-04T00:00:00"},
            "has no event_id",
        ),
        (
            {
                "event": "decide",
                "event_id": "e9",
                "claim_id": "a:9",
                "verdict": "true",
                "analyst": "x",
                "time": "2021-02-04T00:00:00",
            },
            "has the verdict 'true'",
        ),
        (
            {
                "event": "decide",
                "event_id": "e9",
                "claim_id": "a:9",
                "verdict": "agreed",
                "analyst": "x",
                "time": "yesterday",
            },
            "has an unreadable time 'yesterday'",
        ),
        ({"event": "undo", "event_id": "e9", "analyst": "x", "time": "2021-02-04T00:00:00"}, "has no undoes"),
        (
            {
                "event": "decide",
                "event_id": "e9",
                "claim_id": "a:9",
                "verdict": "agreed",
                "time": "2021-02-04T00:00:00",
            },
            "has no analyst",
        ),
    ],
)
def test_an_incomplete_event_is_skipped_with_its_line_number(store, line, problem):
    store.decide("a:001", "agreed", analyst="ana")
    with open(store.path, "a") as f:
        f.write(json.dumps(line) + "\n")
    store.decide("a:002", "conflicting", analyst="ana")
    with pytest.warns(FactcheckWarning, match=rf"line 2 {re.escape(problem)}.*skipped"):
        frame = read_decisions(store.path)
    assert frame["claim_id"].tolist() == ["a:001", "a:002"]


def _append_many(path, analyst, n):
    target = DecisionStore(path)
    for k in range(n):
        target.decide(f"c:{k:04d}", "agreed", analyst=analyst, note="x" * (k % 50))


def test_two_writers_lose_nothing(store):
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_append_many, args=(store.path, who, 300)) for who in ("ana", "ben")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    events = store.events()
    assert len(events) == 600
    assert sorted({(e["claim_id"], e["analyst"]) for e in events}) == sorted(
        (f"c:{k:04d}", w) for w in ("ana", "ben") for k in range(300)
    )


KILLED_WRITER = textwrap.dedent(
    """
    import sys, factcheck
    from factcheck import ReviewSession
    table = factcheck.check(sys.argv[1])
    session = ReviewSession(table, store=sys.argv[2], analyst="ana")
    while True:  # decide on and on, announcing each decision once it is saved
        event = session.decide("agreed")
        print(event["claim_id"], flush=True)
        if session.progress().decided == len(table):
            session.undo()
    """
)


def test_every_decision_survives_sigkill(tmp_path):
    store = tmp_path / "labels.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(ROOT / "seeds"), str(store)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    announced = [proc.stdout.readline().strip() for _ in range(15)]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    saved = set(read_decisions(store)["claim_id"])
    assert set(announced) <= saved
