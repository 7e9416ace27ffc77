"""Decisions follow their sentence when outlets edit their stories (issue 8, case 1)."""

import json
import shutil

import pytest
from conftest import SEEDS

from factcheck import ReviewSession, StoreError, check, reviewed
from factcheck.review.attach import attach_decisions
from factcheck.review.store import DecisionStore, text_hash

UPI = "000_44ee4c4737ad4eae.txt"
MYANMAR = "They also agreed on the need for the immediate restoration of democracy in Burma"
SUMMIT = "nuclear negotiations between Washington and Pyongyang have been at a stalemate since a February 2019 summit"


def _upi_lines() -> list[str]:
    return (SEEDS / UPI).read_text(encoding="utf-8").split("\n")


def _edit(folder, change) -> None:
    (folder / UPI).write_text("\n".join(change(_upi_lines())), encoding="utf-8")


def _insert(lines):
    at = next(k for k, line in enumerate(lines) if "Biden" in line and len(line) > 100) + 1
    return [
        *lines[:at],
        "",
        "The Blue House released a photograph of the president on the telephone that evening.",
        *lines[at:],
    ]


def _delete(lines):
    return [line for line in lines if "Blue House spokesman" not in line]


def _reorder(lines):
    body = [k for k, line in enumerate(lines) if len(line) > 120]
    out = list(lines)
    out[body[1]], out[body[2]] = lines[body[2]], lines[body[1]]
    return out


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "event"
    shutil.copytree(SEEDS, target)
    (target / "README.md").unlink()
    return target


@pytest.fixture
def decided(folder, tmp_path):
    """Every claim of the original event decided, each with a note naming its wording."""
    store = tmp_path / "labels.jsonl"
    table = check(folder)
    s = ReviewSession(table, store, analyst="ana")
    for _ in range(len(table)):
        s.decide("agreed", note=text_hash(s.current["text"]))
    return table, store


def _notes_match_wording(table, store) -> None:
    """No decision is shown against a sentence it was not made on."""
    out = reviewed(table, store)
    decided = out[out["status"] == "decided"]
    assert (decided["note"] == decided["text"].map(text_hash)).all()


@pytest.mark.parametrize("change", [_insert, _delete, _reorder], ids=["insert", "delete", "reorder"])
def test_inserting_deleting_reordering_keeps_every_other_decision(folder, decided, change):
    before, store = decided
    _edit(folder, change)
    after = check(folder)
    out = reviewed(after, store)
    unchanged = after["text"].isin(set(before["text"]))
    assert (out.loc[: len(after) - 1][unchanged.to_numpy()]["status"] == "decided").all()
    assert not (out["status"] == "stale").any()
    _notes_match_wording(after, store)
    new = out.loc[: len(after) - 1][~unchanged.to_numpy()]
    assert (new["final_verdict"] == "").all()  # an inserted sentence inherits nothing
    gone = set(before["text"]) - set(after["text"])
    assert len(out[out["status"] == "orphaned"]) == len(gone)


def test_an_edited_sentence_keeps_its_decision_marked_stale_and_nowhere_else(folder, decided):
    _, store = decided
    _edit(folder, lambda lines: [line.replace("February 2019 summit", "February 2018 summit") for line in lines])
    after = check(folder)
    out = reviewed(after, store).iloc[: len(after)]
    stale = out[out["status"] == "stale"]
    assert len(stale) == 1 and "February 2018 summit" in stale["text"].iloc[0]
    assert (out["status"].isin(["decided", "stale"])).all()
    _notes_match_wording(after, store)
    s = ReviewSession(after, store, analyst="ana")
    assert s.queue == after["claim_id"].tolist()
    assert s.current["claim_id"] == stale["claim_id"].iloc[0]  # resume counts stale as undecided
    assert s.filter(stale=True) == stale["claim_id"].tolist()
    assert s.filter(undecided=True) == stale["claim_id"].tolist()


def test_redeciding_a_stale_claim_replaces_the_old_decision(folder, decided):
    _, store = decided
    _edit(folder, lambda lines: [line.replace("February 2019 summit", "February 2018 summit") for line in lines])
    after = check(folder)
    s = ReviewSession(after, store, analyst="ana")
    s.decide("conflicting", note="re-read")
    out = reviewed(after, store)
    assert set(out["status"]) == {"decided"}  # nothing stale, nothing orphaned
    assert s.progress().stale == 0
    s.undo()  # the stale decision stands again
    assert reviewed(after, store)["status"].tolist().count("stale") == 1


def test_stores_with_positional_ids_keep_working(tmp_path):
    table = check(SEEDS)
    store = tmp_path / "old.jsonl"
    with open(store, "w") as f:
        for position, text in zip(table["position"], table["text"]):
            article = table.loc[table["text"] == text, "article_id"].iloc[0]
            old = {
                "event": "decide",
                "event_id": f"e{article}{position}",
                "claim_id": f"{article}:{position:03d}",  # the ids earlier versions wrote
                "verdict": "agreed",
                "note": text_hash(text),
                "analyst": "ana",
                "time": "2024-01-01T00:00:00.000+00:00",
                "suggested": "agreed",
                "text_hash": text_hash(text),
            }
            f.write(json.dumps(old) + "\n")
    out = reviewed(table, store)
    assert len(out) == len(table) and set(out["status"]) == {"decided"}
    _notes_match_wording(table, store)
    assert ReviewSession(table, store, analyst="ana").progress().decided == len(table)


def test_a_sentence_edited_beyond_recognition_is_orphaned_not_misattached():
    made = {"claim_id": "a:old", "analyst": "ana", "text_hash": "x", "text": "The vote passed on Monday by 7 to 2."}
    texts = ["Storms closed the harbour for a week.", "The mayor resigned on Friday."]
    (one,) = attach_decisions([made], ["a:1", "a:2"], texts)
    assert (one.claim_id, one.status) == (None, "orphaned")


def test_two_similar_candidates_leave_the_decision_orphaned():
    made = {"claim_id": "a:old", "analyst": "ana", "text_hash": "x", "text": "Turnout was 61 percent in the north."}
    texts = ["Turnout was 62 percent in the north.", "Turnout was 63 percent in the north."]
    (one,) = attach_decisions([made], ["a:1", "a:2"], texts)
    assert one.status == "orphaned"


def test_undo_withdraws_only_decisions_on_this_table(tmp_path, two_outlets):
    store = tmp_path / "labels.jsonl"
    other = check(two_outlets)
    ReviewSession(other, store, analyst="ana").decide("agreed")
    seeds = ReviewSession(check(SEEDS), store, analyst="ana")
    assert seeds.undo() is None
    assert ReviewSession(other, store, analyst="ana").progress().decided == 1


def test_a_failed_undo_changes_nothing(tmp_path, monkeypatch):
    store = tmp_path / "labels.jsonl"
    s = ReviewSession(check(SEEDS), store, analyst="ana")
    first = s.decide("agreed")
    s.decide("conflicting")

    def refuse(*args, **kwargs):
        raise StoreError("read-only")

    monkeypatch.setattr(DecisionStore, "append_all", refuse)
    with pytest.raises(StoreError, match="read-only"):
        s.undo()
    monkeypatch.undo()
    assert s.progress().decided == 2
    assert s.undo()["verdict"] == "conflicting"
    assert s.undo()["event_id"] == first["event_id"]
    assert s.progress().decided == 0
