"""The fact reviewer driven from Python: clicks, keys, exceptions, undo (issue 10)."""

import pytest
from test_review_facts import _wire_table

from factcheck import Reviewer, read_decisions
from factcheck.review.fact_widget import FactReviewer


def press(reviewer, key):
    reviewer._on_key({"type": "keydown", "key": key})


@pytest.fixture
def reviewer(tmp_path):
    return Reviewer(_wire_table(), store=tmp_path / "labels.jsonl", analyst="ana", by="fact")


def test_by_fact_gives_the_fact_reviewer(reviewer):
    assert isinstance(reviewer, FactReviewer)
    assert "0 of 2 facts decided" in reviewer.progress_html.value
    assert "20 outlets, 3 wordings" in reviewer.card.value and "17 claims" in reviewer.card.value


def test_a_click_decides_the_whole_fact(reviewer, tmp_path):
    reviewer.buttons["agreed"].click()
    assert len(read_decisions(tmp_path / "labels.jsonl")) == 20
    assert "Saved <b>Agreed</b> for 20 claim(s)" in reviewer.status.value
    assert "1 of 2 facts decided" in reviewer.progress_html.value


def test_except_gives_picked_outlets_another_verdict(reviewer, tmp_path):
    reviewer.except_outlets.value = ("Outlet 03",)
    reviewer.except_verdict.value = "conflicting"
    press(reviewer, "1")
    decided = read_decisions(tmp_path / "labels.jsonl").set_index("claim_id")["verdict"]
    assert decided["o03:1"] == "conflicting" and (decided.drop("o03:1") == "agreed").all()
    assert reviewer.except_outlets.value == ()  # the next fact starts with no exceptions


def test_keys_move_and_undo(reviewer):
    press(reviewer, "2")
    press(reviewer, "u")
    assert reviewer.session.progress().claims_decided == 0
    assert "Withdrew your verdicts on 20 claim(s)" in reviewer.status.value
    press(reviewer, "j")
    assert reviewer.session.position == 1
    press(reviewer, "k")
    assert reviewer.session.position == 0


def test_hostile_text_shows_as_text(tmp_path):
    table = _wire_table()
    table.loc[3, "text"] = '<script>alert(1)</script> <img src=x onerror="alert(2)"> homes lost power.'
    r = Reviewer(table, store=tmp_path / "l.jsonl", analyst="ana", by="fact")
    assert "<script>" not in r.card.value and "<img" not in r.card.value and "&lt;script&gt;" in r.card.value


def test_a_wrong_mode_is_refused(tmp_path):
    with pytest.raises(ValueError, match="by must be 'claim' or 'fact'"):
        Reviewer(_wire_table(), store=tmp_path / "l.jsonl", by="outlet")
