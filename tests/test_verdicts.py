import pandas as pd
import pytest

from factcheck import SchemaError, align_claims, suggest_verdicts
from factcheck.schema import VERDICT_COLUMNS


def _claims(rows):
    return pd.DataFrame(rows, columns=["claim_id", "source", "text"])


CLAIMS = _claims(
    [
        ("a:001", "Wire A", "The city council approved a budget of $2.5 million for the harbor on Tuesday."),
        ("a:002", "Wire A", "Members said the old pier would close for repairs in June next year."),
        ("a:003", "Wire A", "A storm damaged the lighthouse roof last winter, officials said."),
        ("b:001", "Daily B", "On Tuesday the city council approved a 2.5 million dollar harbour budget."),
        ("b:002", "Daily B", "The old pier will close for repairs in July next year, members said."),
        ("c:001", "Post C", "The city council approved a $2.5 million budget for the harbor on Wednesday."),
    ]
)


@pytest.fixture(scope="module")
def verdicts():
    return suggest_verdicts(CLAIMS, align_claims(CLAIMS)).set_index("claim_id")


def test_columns(verdicts):
    assert [verdicts.index.name, *verdicts.columns] == list(VERDICT_COLUMNS)


def test_verdicts(verdicts):
    assert verdicts["verdict"].to_dict() == {
        "a:001": "conflicting",
        "a:002": "conflicting",
        "a:003": "single-sourced",
        "b:001": "conflicting",
        "b:002": "conflicting",
        "c:001": "conflicting",
    }


def test_reasons_name_words_and_outlets(verdicts):
    assert verdicts.loc["a:001", "reasons"].startswith("weekday: Tuesday ≠ Wednesday [Post C]")
    assert "; benign: " in verdicts.loc["a:001", "reasons"]
    assert "spelling variant: harbor = harbour" in verdicts.loc["a:001", "reasons"]
    assert verdicts.loc["c:001", "reasons"].startswith("weekday: Wednesday ≠ Tuesday [Wire A, Daily B]")
    assert verdicts.loc["a:002", "reasons"] == "date: June ≠ July [Daily B]"
    assert verdicts.loc["a:003", "reasons"] == "no counterpart in the other 2 outlets"
    assert verdicts.loc["a:002", "conflict_types"] == "date"


def test_counterparts_and_clusters(verdicts):
    assert set(verdicts.loc["a:001", "counterparts"].split(";")) == {"b:001", "c:001"}
    assert verdicts.loc[["a:001", "b:001", "c:001"], "cluster_id"].nunique() == 1
    assert verdicts.loc["a:003", "cluster_id"] == "c-a:003"
    assert verdicts.loc["a:003", "counterparts"] == ""
    assert verdicts.loc["a:003", "score"] == 0


def test_agreed_lists_its_counterparts():
    claims = CLAIMS[CLAIMS["claim_id"].isin(["a:001", "b:001"])]
    v = suggest_verdicts(claims, align_claims(claims)).set_index("claim_id")
    assert v.loc["a:001", "verdict"] == "agreed"
    assert v.loc["a:001", "reasons"].startswith("agrees with Daily B (")
    assert "same number: $2.5 million = 2.5 million dollar" in v.loc["a:001", "reasons"]


def test_one_outlet_only():
    claims = CLAIMS[CLAIMS["source"] == "Wire A"]
    v = suggest_verdicts(claims, align_claims(claims))
    assert set(v["verdict"]) == {"single-sourced"}
    assert set(v["reasons"]) == {"only one outlet was loaded"}


def test_bad_tables():
    with pytest.raises(SchemaError, match=r"the matches table is missing column\(s\).*factcheck.align_claims"):
        suggest_verdicts(CLAIMS, pd.DataFrame({"claim_id": []}))
    stray = align_claims(CLAIMS)
    with pytest.raises(ValueError, match="matches name claim ids that are not in the claims table"):
        suggest_verdicts(CLAIMS.iloc[:2], stray)


def test_process_pool_gives_the_same_verdicts(monkeypatch):
    from conftest import EVENT_DIRS

    from factcheck import load_articles, split_claims
    from factcheck import verdicts as stage

    claims = split_claims(load_articles(EVENT_DIRS[1]))
    matches = align_claims(claims)
    serial = suggest_verdicts(claims, matches)
    monkeypatch.setattr(stage, "PARALLEL_PAIRS", 1)
    pd.testing.assert_frame_equal(suggest_verdicts(claims, matches), serial)
