"""Review by fact: one verdict for every claim of a fact (issue 10)."""

import pandas as pd
import pytest

from factcheck import FactSession, StoreError, check, read_decisions, reviewed
from factcheck.review.store import DecisionStore

WIRE = "The mayor said 2,400 homes lost power on Tuesday night."


def _wire_table(outlets: int = 20) -> pd.DataFrame:
    """One fact told by ``outlets`` outlets (most with the agency's words), and one fact told once."""
    rows = []
    for k in range(outlets):
        text = WIRE
        if k == 3:
            text = "The mayor said 2,700 homes lost power on Tuesday night."
        elif k in (5, 6):
            text = "The mayor said 2,400 homes lost power late on Tuesday."
        rows.append(
            (
                f"o{k:02d}:1",
                f"Outlet {k:02d}",
                text,
                "c-o00:1",
                "conflicting",
                "number: 2,400 (...) ≠ 2,700 (Outlet 03)",
            )
        )
    rows.append(
        ("o01:2", "Outlet 01", "Crews worked through the night.", "c-o01:2", "single-sourced", "no counterpart")
    )
    table = pd.DataFrame(rows, columns=["claim_id", "source", "text", "cluster_id", "verdict", "reasons"])
    return table.assign(conflict_types="", counterparts="")


@pytest.fixture
def store(tmp_path):
    return tmp_path / "labels.jsonl"


def test_a_fact_shows_each_wording_once_most_common_first(store):
    fact = FactSession(_wire_table(), store, analyst="ana").current
    assert [len(w.claims) for w in fact.wordings] == [17, 2, 1]
    assert fact.wordings[0].text == WIRE and fact.wordings[2].outlets == ("Outlet 03",)
    assert fact.suggested == "conflicting" and len(fact.outlets) == 20


def test_one_verdict_records_every_claim_with_exceptions(store):
    s = FactSession(_wire_table(), store, analyst="ana")
    events = s.decide("agreed", note="agency copy", overrides={"Outlet 03": "conflicting"})
    assert len(events) == 20
    decided = read_decisions(store).set_index("claim_id")
    assert decided.loc["o03:1", "verdict"] == "conflicting"
    assert (decided.drop(index="o03:1")["verdict"] == "agreed").all()
    assert set(decided["note"]) == {"agency copy"}
    assert s.current.cluster_id == "c-o01:2"  # on to the next open fact
    assert str(s.progress()) == "1 of 2 facts decided (20 of 21 claims)"


def test_decisions_needed_by_fact_and_by_claim():
    table = _wire_table()
    assert table["cluster_id"].nunique() == 2 and len(table) == 21


def test_undo_withdraws_the_whole_fact(store):
    s = FactSession(_wire_table(), store, analyst="ana")
    s.decide("conflicting")
    assert len(s.undo()) == 20
    assert s.progress().claims_decided == 0 and s.current.cluster_id == "c-o00:1"
    assert s.undo() == []


def test_resuming_opens_on_the_first_open_fact(store):
    FactSession(_wire_table(), store, analyst="ana").decide("agreed")
    again = FactSession(_wire_table(), store, analyst="ana")
    assert again.current.cluster_id == "c-o01:2" and again.progress().facts_decided == 1


def test_a_fact_decision_is_one_write(store, monkeypatch):
    writes = []
    original = DecisionStore.append_all
    monkeypatch.setattr(
        DecisionStore, "append_all", lambda self, events: writes.append(len(events)) or original(self, events)
    )
    FactSession(_wire_table(), store, analyst="ana").decide("agreed")
    assert writes == [20]


def test_a_failed_write_records_nothing(store, monkeypatch):
    s = FactSession(_wire_table(), store, analyst="ana")

    def refuse(self, events):
        raise StoreError("disk full")

    monkeypatch.setattr(DecisionStore, "append_all", refuse)
    with pytest.raises(StoreError, match="disk full"):
        s.decide("agreed")
    assert s.progress().claims_decided == 0 and s.current.cluster_id == "c-o00:1"


@pytest.mark.parametrize(
    ("verdict", "overrides", "message"),
    [
        ("maybe", {}, "verdict must be one of"),
        ("agreed", {"Outlet 99": "conflicting"}, "'Outlet 99' carries no claim of this fact"),
        ("agreed", {"Outlet 03": "wrong"}, "verdict must be one of"),
    ],
)
def test_bad_verdicts_and_outlets_are_refused(store, verdict, overrides, message):
    with pytest.raises(ValueError, match=message):
        FactSession(_wire_table(), store, analyst="ana").decide(verdict, overrides=overrides)


def test_jump_by_fact_or_claim_and_exports_see_every_claim(store):
    table = check("seeds")
    s = FactSession(table, store, analyst="ana")
    myanmar = table.loc[table["text"].str.contains("demacracy"), "claim_id"].iloc[0]
    fact = s.jump(myanmar)
    assert myanmar in fact.claims and len(fact.claims) == 2
    s.decide("conflicting", note="typo in Reuters")
    out = reviewed(table, store)
    assert (out.loc[out["claim_id"].isin(fact.claims), "final_verdict"] == "conflicting").all()
    with pytest.raises(KeyError, match="no fact or claim"):
        s.jump("nope")
