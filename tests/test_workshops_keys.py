"""Answer keys: checked once when made, resolved to claim ids by outlet and phrase, written for people."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from conftest import SEEDS

import factcheck
from factcheck import WorkshopError
from factcheck.workshops import AnswerKey, load_pack
from factcheck.workshops.keys import KINDS, verdict_of

TABLE = factcheck.check(SEEDS)
NUMBER = [{"outlet": "UPI", "phrase": "February 2019 summit"}, {"outlet": "Reuters", "phrase": "first summit in 2018"}]


def fact(kind="number", claims=NUMBER, **extra):
    return {"kind": kind, "explanation": "2019 or 2018?", "words": ["2019", "2018"], "claims": claims, **extra}


@pytest.mark.parametrize(
    ("kind", "verdict"),
    [("number", "conflicting"), ("quote", "conflicting"), ("time", "conflicting"), ("alias", "agreed"),
     ("omission", "agreed"), ("paraphrase", "agreed"), ("same", "agreed"), ("single-sourced", "single-sourced")],
)  # fmt: skip
def test_the_verdict_follows_from_the_kind(kind, verdict):
    assert verdict_of(kind) == verdict


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        ([], "non-empty list of facts"),
        (["number"], "a fact is an object"),
        ([fact(kind="typo")], "unknown kind 'typo'"),
        ([fact(kind="")], "kind must be a non-empty text"),
        ([fact(explanation=" ")], "explanation must be a non-empty text"),
        ([fact(words="2019")], "words must be a list of texts"),
        ([fact(claims=[])], "claims must be a non-empty list"),
        ([fact(claims=[NUMBER[0]])], "a number fact is told by two or more outlets"),
        ([fact(kind="single-sourced")], "a single-sourced fact has exactly one claim, not 2"),
        ([fact(claims=[{"outlet": "UPI"}, NUMBER[1]])], "phrase must be a non-empty text"),
        ([fact(), fact()], "names UPI: 'February 2019 summit' twice"),
    ],
)
def test_a_bad_key_is_refused_when_made(facts, message):
    with pytest.raises(WorkshopError, match=message):
        AnswerKey.from_facts(facts)


def test_resolve_gives_each_entry_its_claim_in_table_order():
    key = AnswerKey.from_facts([fact()])
    resolved = key.resolve(TABLE)
    assert resolved.columns.tolist() == ["claim_id", "fact", "outlet", "phrase", "verdict", "kind", "explanation",
                                         "words", "text"]  # fmt: skip
    assert resolved["claim_id"].tolist() == ["000_44ee4c4737ad4eae:af94b438", "001_f304932ce0d9819e:fa44cc55"]
    assert "February 2019 summit" in resolved["text"].iloc[0]


TWICE = [{"outlet": "UPI", "phrase": "2019 summit failed"}, {"outlet": "Reuters", "phrase": "But a second summit"}]


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        ([fact(claims=[{"outlet": "UPI", "phrase": "a sentence nobody wrote"}, NUMBER[1]])],
         "UPI: 'a sentence nobody wrote' matches no claim"),
        ([fact(claims=[{"outlet": "UPI", "phrase": "Biden"}, NUMBER[1]])], "UPI: 'Biden' matches [0-9]+ claims"),
        ([fact(claims=[{"outlet": "AP", "phrase": "February 2019 summit"}, NUMBER[1]])],
         "AP: 'February 2019 summit' matches no claim"),
        ([fact(), fact(claims=TWICE)], "is named by two entries"),
    ],
)  # fmt: skip
def test_an_entry_must_match_exactly_one_claim(facts, message):
    with pytest.raises(WorkshopError, match=message):
        AnswerKey.from_facts(facts).resolve(TABLE)


def test_phrases_match_whatever_the_quote_marks_spacing_and_case():
    claims = [{"outlet": "Reuters", "phrase": "what he described as \"AMERICA'S   return\""},
              {"outlet": "UPI", "phrase": "I welcomed 'America's return'"}]  # fmt: skip
    assert len(AnswerKey.from_facts([fact(kind="same", claims=claims)]).resolve(TABLE)) == 2


def test_write_and_read_round_trip(tmp_path):
    key = load_pack("lowmere-storm").key
    again = AnswerKey.read(key.write(tmp_path / "key.json"))
    assert again.entries.equals(key.entries) and again.title == key.title
    assert json.loads((tmp_path / "key.json").read_text())["facts"] == key.facts()


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no answer key here"), ("{", "not a readable answer key"), ("[1]", "a JSON object with a list of facts")],
)
def test_reading_a_bad_key_file(tmp_path, content, message):
    path = tmp_path / "key.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(WorkshopError, match=message):
        AnswerKey.read(path)


def test_the_key_for_people():
    pack = load_pack("elderwick-fair")
    table = pack.check()
    md = pack.key.to_text("md", table)
    assert md.startswith("# Answer key: Harvest fair in Elderwick")
    assert "## 2. number: conflicting" in md and "- **Northline News**: More than 210 stalls sold food" in md
    rows = pd.read_csv(io.StringIO(pack.key.to_text("csv", table)))
    assert len(rows) == len(pack.key) and set(rows["verdict"]) == {"agreed", "conflicting", "single-sourced"}
    assert json.loads(pack.key.to_text("json"))["facts"] == pack.key.facts()
    with pytest.raises(WorkshopError, match="as 'pdf'"):
        pack.key.to_text("pdf")


def test_a_key_frame_with_missing_columns_is_refused():
    with pytest.raises(factcheck.SchemaError, match="missing column"):
        AnswerKey(pd.DataFrame({"outlet": ["A"]}))
    assert KINDS[:8] == factcheck.schema.CONFLICT_TYPES
