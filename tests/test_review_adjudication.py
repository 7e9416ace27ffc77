"""The adjudication queue and the adjudicator's round trip: disagree, rule, undo, export."""

import json
import warnings

import pytest
from conftest import SEEDS

import factcheck
from factcheck import AdjudicationSession, ReviewSession, SchemaError, StoreError, adjudication_queue, check, reviewed
from factcheck.review.adjudication import QUEUE_COLUMNS

TABLE = check(SEEDS)
IDS = TABLE["claim_id"].tolist()
SUGGESTED = dict(zip(IDS, TABLE["verdict"]))
NUMBER = "000_44ee4c4737ad4eae:af94b438"  # UPI's 2019, suggested conflicting


@pytest.fixture
def store(tmp_path):
    return tmp_path / "labels.jsonl"


def decide(store, analyst, verdicts, **options):
    """``{claim_id: verdict or (verdict, note)}`` decided by ``analyst``."""
    s = ReviewSession(TABLE, store, analyst=analyst, **options)
    for cid, verdict in verdicts.items():
        verdict, note = verdict if isinstance(verdict, tuple) else (verdict, "")
        s.jump(cid)
        s.decide(verdict, note=note)


@pytest.fixture
def disputed(store):
    """ana and ben on four claims: they disagree on IDS[1] and NUMBER, agree on IDS[0] and IDS[2]."""
    other = {"agreed": "conflicting", "conflicting": "agreed", "single-sourced": "agreed"}
    decide(store, "ana", {IDS[0]: "agreed", IDS[1]: "agreed", IDS[2]: other[SUGGESTED[IDS[2]]], NUMBER: "conflicting"})
    decide(store, "ben", {IDS[0]: "agreed", IDS[1]: ("conflicting", "weekday?"), IDS[2]: other[SUGGESTED[IDS[2]]], NUMBER: ("agreed", "same summit")})  # fmt: skip
    return store


def test_the_queue_holds_the_claims_analysts_disagree_on(disputed):
    queue = adjudication_queue(disputed, TABLE)
    assert list(queue.columns) == list(QUEUE_COLUMNS)
    assert queue["claim_id"].tolist() == [IDS[1], NUMBER]  # table order
    first = queue.iloc[0]
    assert first[["why", "verdicts", "notes", "ruling"]].tolist() == [
        "analysts disagree",
        "ana: agreed; ben: conflicting",
        "ben: weekday?",
        "",
    ]


def test_with_overruled_it_also_holds_the_claims_they_all_overrule_the_kit_on(disputed):
    queue = adjudication_queue(disputed, TABLE, overruled=True).set_index("claim_id")
    assert queue.index.tolist() == [IDS[1], IDS[2], NUMBER]
    assert queue.loc[IDS[2], "why"] == "analysts overrule the kit"


def test_a_claim_one_analyst_decided_is_not_disputed(store):
    decide(store, "ana", {IDS[0]: "conflicting"})
    assert adjudication_queue(store, TABLE).empty
    assert adjudication_queue(store, TABLE, overruled=True)["claim_id"].tolist() == [IDS[0]]


def test_the_adjudicator_sees_every_verdict_and_rules(disputed):
    judge = AdjudicationSession(TABLE, disputed, adjudicator="cy")
    assert judge.queue == [IDS[1], NUMBER] and judge.current["claim_id"] == IDS[1]
    assert [(e["analyst"], e["verdict"], e["note"]) for e in judge.others()] == [
        ("ana", "agreed", ""),
        ("ben", "conflicting", "weekday?"),
    ]
    assert judge.suggestion() == (SUGGESTED[IDS[1]], TABLE.loc[1, "reasons"])
    event = judge.decide("conflicting", note="the readout says Thursday")
    assert (event["role"], event["analyst"], event["blind"]) == ("adjudicator", "cy", False)
    assert judge.current["claim_id"] == NUMBER
    assert adjudication_queue(disputed, TABLE).set_index("claim_id").loc[
        IDS[1], ["ruling", "adjudicator"]
    ].tolist() == [
        "conflicting",
        "cy",
    ]
    # The analysts' own standing decisions are untouched by the ruling.
    ana = ReviewSession(TABLE, disputed, analyst="ana")
    assert ana.decision(IDS[1])["verdict"] == "agreed"


def test_undo_withdraws_the_ruling_even_after_a_restart(disputed):
    AdjudicationSession(TABLE, disputed, adjudicator="cy").decide("conflicting")
    again = AdjudicationSession(TABLE, disputed, adjudicator="cy")
    assert again.current["claim_id"] == NUMBER  # resumes at the first claim without a ruling
    assert again.undo()["claim_id"] == IDS[1] and again.current["claim_id"] == IDS[1]
    assert reviewed(TABLE, disputed).set_index("claim_id").loc[IDS[1], "resolution"] == "tied"
    assert again.undo() is None
    events = [json.loads(line) for line in disputed.read_text().splitlines()]
    assert [e["event"] for e in events[-2:]] == ["decide", "undo"]


def test_round_trip_disagree_adjudicate_export(disputed, tmp_path):
    judge = AdjudicationSession(TABLE, disputed, adjudicator="cy")
    judge.decide("conflicting", note="the readout says Thursday")
    judge.decide("conflicting", note="UPI has 2019 right")
    back = factcheck.read_export(factcheck.export(TABLE, tmp_path / "checked.csv", store=disputed)).set_index(
        "claim_id"
    )
    assert back.loc[IDS[1], ["final_verdict", "resolution", "analyst", "note"]].tolist() == [
        "conflicting",
        "adjudicated",
        "cy",
        "the readout says Thursday",
    ]
    assert back.loc[IDS[1], "verdicts"] == "ana: agreed; ben: conflicting"
    assert back.loc[IDS[0], ["final_verdict", "resolution", "analyst"]].tolist() == ["agreed", "unanimous", "ana; ben"]
    assert back.loc[IDS[3], ["final_verdict", "resolution"]].tolist() == ["", ""]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # long claims, no publication dates in the seeds
        reviews = factcheck.claim_reviews(reviewed(TABLE, disputed))
    number = next(r for r in reviews if "2019" in r["claimReviewed"] or "2018" in r["claimReviewed"])
    assert number["author"] == {"@type": "Person", "name": "cy"}
    assert number["reviewRating"]["alternateName"] == "Sources conflict"


@pytest.mark.filterwarnings(r"ignore:.*ClaimReview\(s\) have")  # the seeds' long wording and missing dates
def test_a_tie_is_left_out_of_claimreview_with_a_warning(disputed):
    with pytest.warns(factcheck.FactcheckWarning, match="2 claim\\(s\\) are tied between analysts.*adjudicate=True"):
        factcheck.claim_reviews(reviewed(TABLE, disputed))


def test_analysts_in_their_own_stores(tmp_path):
    decide(tmp_path / "ana.jsonl", "ana", {IDS[1]: "agreed"})
    decide(tmp_path / "ben.jsonl", "ben", {IDS[1]: "conflicting"})
    stores = [tmp_path / "ana.jsonl", tmp_path / "ben.jsonl"]
    assert adjudication_queue(stores, TABLE)["claim_id"].tolist() == [IDS[1]]
    judge = AdjudicationSession(TABLE, tmp_path / "rulings.jsonl", adjudicator="cy", read_from=stores)
    assert [e["analyst"] for e in judge.others()] == ["ana", "ben"]
    judge.decide("agreed")
    final = reviewed(TABLE, [*stores, tmp_path / "rulings.jsonl"]).set_index("claim_id").loc[IDS[1]]
    assert final[["final_verdict", "resolution"]].tolist() == ["agreed", "adjudicated"]
    assert not (tmp_path / "ana.jsonl").read_text().count("adjudicator")  # rulings go to the adjudicator's store only


def test_nothing_to_adjudicate(store):
    decide(store, "ana", {IDS[0]: "agreed"})
    judge = AdjudicationSession(TABLE, store, adjudicator="cy")
    assert judge.current is None and judge.progress().total == 0


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda s: adjudication_queue(TABLE, s), TypeError, r"adjudication_queue\(store, table\): pass the decisions store first"),
        (lambda s: adjudication_queue(s, TABLE.drop(columns=["text"])), SchemaError, "missing column.*'text'"),
        (lambda s: adjudication_queue(s.parent / "nope.jsonl", TABLE), StoreError, r"nope\.jsonl: no such decisions file"),
        (lambda s: AdjudicationSession(TABLE, s.parent / "nope.jsonl", adjudicator="cy"), ValueError, r"nope\.jsonl: no decisions to adjudicate yet.*read_from"),
    ],
)  # fmt: skip
def test_bad_input(disputed, call, error, match):
    with pytest.raises(error, match=match):
        call(disputed)


def test_the_session_can_also_take_the_claims_everyone_overruled_the_kit_on(disputed):
    assert AdjudicationSession(TABLE, disputed, adjudicator="cy").queue == [IDS[1], NUMBER]
    judge = AdjudicationSession(TABLE, disputed, adjudicator="cy", overruled=True)
    assert judge.queue == [IDS[1], IDS[2], NUMBER]
    assert "overrule the kit" in judge.scope
