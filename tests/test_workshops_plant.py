"""plant_errors: deterministic, leaves its input alone, and every change it plants is one the kit names."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from conftest import EVENT_DIRS, SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import FactcheckWarning, WorkshopError
from factcheck.pipeline import check_articles
from factcheck.vocab import is_typo
from factcheck.workshops import load_pack, plant_errors
from factcheck.workshops._edits import FINDERS
from factcheck.workshops.plant import DEFAULT_KINDS, PLANT_KINDS

CALENDAR_A = """Council sets the date - Wire A

HOLMFORD, June 2 (Wire A) - The council will vote on the new bridge on March 3 in the town hall.

The meeting will start at 6:40 p.m. and is open to the public.

Councillors will meet the builders again on Thursday afternoon.
"""
CALENDAR_B = """Bridge vote set - Daily B

HOLMFORD (Daily B) - The council will vote on the new bridge on March 3 in the town hall.

The meeting will start at 6:40 p.m. and is open to the public.

Councillors will meet the builders again on Thursday afternoon.
"""


@pytest.fixture(scope="module")
def events():
    return {d.name: factcheck.load_articles(d) for d in EVENT_DIRS}


@pytest.fixture(scope="module")
def calendar(tmp_path_factory):
    folder = tmp_path_factory.mktemp("calendar")
    (folder / "a.txt").write_text(CALENDAR_A)
    (folder / "b.txt").write_text(CALENDAR_B)
    return factcheck.load_articles(folder)


def _planted(key):
    facts = key.entries.drop_duplicates("fact")
    return facts[~facts["kind"].isin(["same", "paraphrase"])]


def _flagged(changed, key):
    """Each planted fact as the kit sees it on the changed articles: (kind, key verdict, kit verdicts, kit kinds)."""
    table = check_articles(changed)
    resolved = key.resolve(table).merge(
        table[["claim_id", "verdict", "conflict_types"]], on="claim_id", suffixes=("", "_kit")
    )
    out = []
    for _, fact in resolved.groupby("fact"):
        kinds = {k for value in fact["conflict_types"].fillna("") for k in value.split(";") if k}
        out.append((fact["kind"].iloc[0], fact["verdict"].iloc[0], set(fact["verdict_kit"]), kinds))
    return out


def test_every_planted_change_is_flagged_by_the_kit_with_its_kind(events, calendar):
    """On every event of the test data, with every kind: the whole kit, run on the changed articles,
    gives each planted fact the key's verdict, and a planted conflict exactly its kind."""
    seen = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FactcheckWarning)  # fewer facts than n is expected here
        for name, articles in {**events, "calendar": calendar}.items():
            for seed in (0, 1):
                changed, key = plant_errors(articles, kinds=list(PLANT_KINDS), n=12, seed=seed)
                for kind, verdict, kit, kit_kinds in _flagged(changed, key):
                    assert kit == {verdict}, (name, seed, kind, kit)
                    if verdict == "conflicting":
                        assert kit_kinds == {kind}, (name, seed, kind, kit_kinds)
                    seen.add(kind)
    assert seen >= set(PLANT_KINDS), set(PLANT_KINDS) - seen


@pytest.mark.parametrize("kind", ["date", "time", "weekday"])
def test_calendar_kinds_are_planted_where_the_sentences_allow(calendar, kind):
    changed, key = plant_errors(calendar, kinds=[kind], n=1, seed=0)
    planted = _planted(key)
    assert planted["kind"].tolist() == [kind] and planted["verdict"].tolist() == ["conflicting"]
    old, new = planted["words"].iloc[0]
    assert old != new
    assert [t.count(new) - o.count(new) for t, o in zip(changed["text"], calendar["text"])].count(1) == 1


def test_the_input_is_left_alone_and_only_the_planted_words_change(events):
    articles = events["port_ellery_budget"]
    before = articles.copy(deep=True)
    changed, key = plant_errors(articles, n=4, seed=2)
    pd.testing.assert_frame_equal(articles, before)
    assert changed is not articles and changed.drop(columns="text").equals(articles.drop(columns="text"))
    planted = _planted(key)
    assert len(planted) == 4 and set(planted["verdict"]) == {"conflicting"}
    differing = [(a, b) for a, b in zip(articles["text"], changed["text"]) if a != b]
    assert 1 <= len(differing) <= 4
    assert sum(len(a) for a, _ in differing) - sum(len(b) for _, b in differing) < 40  # small edits, no rewrites


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(min_value=0, max_value=10_000), n=st.integers(min_value=1, max_value=4))
def test_the_same_seed_gives_the_same_exercise(events, seed, n):
    articles = events["marisol_ferry_aground"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FactcheckWarning)
        first_articles, first_key = plant_errors(articles, n=n, seed=seed)
        again_articles, again_key = plant_errors(articles, n=n, seed=seed)
    pd.testing.assert_frame_equal(first_articles, again_articles)
    pd.testing.assert_frame_equal(first_key.entries, again_key.entries)


def test_different_seeds_give_different_exercises(events):
    keys = {
        tuple(_planted(plant_errors(events["port_ellery_budget"], n=3, seed=s)[1])["explanation"]) for s in range(4)
    }
    assert len(keys) > 1


def test_the_key_names_every_claim_of_a_planted_fact_and_the_unchanged_facts(events):
    changed, key = plant_errors(events["port_ellery_budget"], n=3, seed=7)
    table = check_articles(changed)
    resolved = key.resolve(table)
    for _, fact in resolved.groupby("fact"):
        assert fact["outlet"].nunique() == len(fact) >= 2
    controls = resolved[resolved["kind"].isin(["same", "paraphrase"])]
    assert len(controls) and set(table.set_index("claim_id").loc[controls["claim_id"], "verdict"]) == {"agreed"}
    assert all("Nothing was changed" in e for e in controls["explanation"])


def test_explanations_name_the_outlets_and_the_words():
    _, key = plant_errors(factcheck.load_articles(SEEDS), kinds=["quote"], n=1, seed=0)
    planted = _planted(key).iloc[0]
    old, new = planted["words"]
    assert f"'{new}'" in planted["explanation"] and f"'{old}'" in planted["explanation"]
    assert "Reuters" in planted["explanation"] and "UPI" in planted["explanation"]


def test_harmless_variants_and_taken_out_sentences(events):
    _, key = plant_errors(
        events["port_ellery_budget"], kinds=["spelling variant", "alias", "single-sourced"], n=3, seed=1
    )
    planted = _planted(key)
    assert set(planted["kind"]) == {"spelling variant", "alias", "single-sourced"}
    verdicts = dict(zip(planted["kind"], planted["verdict"]))
    assert verdicts == {"spelling variant": "agreed", "alias": "agreed", "single-sourced": "single-sourced"}
    assert "not a conflict" in planted.set_index("kind").loc["alias", "explanation"]


def test_fewer_facts_than_asked_is_a_warning_not_an_error():
    with pytest.warns(FactcheckWarning, match=r"planted \d of 30 changes .*facts are told alike"):
        _, key = plant_errors(factcheck.load_articles(SEEDS), n=30, seed=0)
    assert 1 <= len(_planted(key)) < 30


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"kinds": ["typo"]}, "cannot plant 'typo'"),
        ({"kinds": "number"}, "kinds is a list of kinds"),
        ({"kinds": []}, "kinds is a list of kinds"),
        ({"n": 0}, "n is how many changes to plant, 1 or more"),
        ({"n": True}, "n is how many changes"),
        ({"seed": "one"}, "seed is a whole number"),
    ],
)
def test_bad_options_are_refused(options, message):
    with pytest.raises(WorkshopError, match=message):
        plant_errors(factcheck.load_articles(SEEDS), **options)


def test_one_outlet_has_nothing_to_differ_from(events):
    articles = events["port_ellery_budget"]
    with pytest.raises(WorkshopError, match="two or more outlets"):
        plant_errors(articles[articles["source"] == articles["source"].iloc[0]])
    with pytest.raises(factcheck.SchemaError, match="missing column"):
        plant_errors(pd.DataFrame({"text": ["x"]}))


def test_a_pack_made_from_planted_articles_keeps_its_key(tmp_path, events):
    from factcheck.workshops import write_pack

    changed, key = plant_errors(events["corvania_rate_cut"], n=3, seed=5)
    pack = write_pack(changed, key, tmp_path / "pack", title="Rate cut")
    assert len(load_pack(pack.folder).key.resolve(pack.check())) == len(key)
    assert _flagged(factcheck.load_articles(pack.articles), pack.key) == _flagged(changed, key)


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("number", "More than 120 stalls sold food.", ("120", "210")),
        ("number", "The ferry left at 6:40 p.m. on March 3 in 2019.", ("2019", "2109")),
        ("date", "It reopens on 4 September after repairs.", ("4", "14")),
        ("date", "The vote is set for Jan. 20 in the hall.", ("20", "10")),
        ("time", "The last ferry left at 6:40 p.m. tonight.", ("40", "10")),
        ("time", "The alarm sounded at 7 a.m. today.", ("7", "8")),
        ("weekday", "It opened on Saturday morning.", ("Saturday", "Sunday")),
        ("name", "The ribbon was cut by Mayor Ruth Halloran.", ("Halloran", "Halloron")),
        ("negation", "The rain had spoiled the opening.", ("had", "had not")),
        ("negation", "The rain had not spoiled the opening.", ("had not", "had")),
        ("quote", '"We have never had so many visitors," she said.', ("visitors", "families")),
        ("spelling variant", "The parade left the town centre.", ("centre", "center")),
        ("spelling variant", "Jewelry cases were left untouched.", ("Jewelry", "Jewellery")),
        ("number format", "The stage hosted 3 local bands.", ("3", "three")),
        ("number format", "About 40% of roads were blocked.", ("%", " percent")),
        ("alias", "A team from the European Union came.", ("European Union", "EU")),
    ],
)
def test_edit_finders(kind, text, expected):
    edits = FINDERS[kind](text)
    assert expected in [(e.old, e.new) for e in edits]
    for e in edits:
        assert text[e.start : e.end] == e.old and e.apply(text) != text


def test_typos_are_real_typos():
    edits = FINDERS["spelling"]('The council closed the road to traffic, "for safety" officials said.')
    assert edits and all(is_typo(e.new, e.old) for e in edits)
    assert all(e.old != "safety" for e in edits)  # words inside a quote are left to the quote kind


def test_the_default_kinds_are_the_errors_the_issue_lists():
    assert DEFAULT_KINDS == ("spelling", "number", "date", "weekday", "name", "negation", "quote")
