"""End to end: the seeds and the three invented events, through factcheck.check."""

import shutil

import pytest
from conftest import EVENT_DIRS, SEEDS, expected

from factcheck import check
from factcheck._text import fold
from factcheck.schema import TABLE_COLUMNS, VERDICTS


@pytest.fixture(scope="module")
def seeds():
    return check(SEEDS)


def _claim(table, source, contains):
    rows = table[(table["source"] == source) & table["text"].map(lambda t: contains in fold(t))]
    assert len(rows) == 1, f"{source}: {contains!r} found {len(rows)} times"
    return rows.iloc[0]


def test_table_shape(seeds):
    assert list(seeds.columns[: len(TABLE_COLUMNS)]) == list(TABLE_COLUMNS)
    assert set(seeds["verdict"]) <= set(VERDICTS)
    assert seeds["claim_id"].is_unique
    assert seeds.attrs["settings"] == {"min_score": 55, "sure_score": 70, "aliases": "bundled", "articles": 2}


def test_seed_myanmar_sentence_is_a_spelling_conflict(seeds):
    upi = _claim(seeds, "UPI", "restoration of democracy in Burma")
    reuters = _claim(seeds, "Reuters", "restoration of demacracy in Myanmar")
    for row in (upi, reuters):
        assert row["verdict"] == "conflicting"
        assert "spelling: demacracy (Reuters) ≠ democracy (UPI)" in row["reasons"]
        assert row["conflict_types"] == "spelling"
    assert upi["counterparts"] == reuters["claim_id"] and upi["cluster_id"] == reuters["cluster_id"]
    assert "alias: Burma = Myanmar" in upi["reasons"]


def test_seed_summit_sentences_conflict_on_the_years(seeds):
    upi = _claim(seeds, "UPI", "February 2019 summit")
    reuters = _claim(seeds, "Reuters", "first summit in 2018")
    for row in (upi, reuters):
        assert row["verdict"] == "conflicting"
        assert "2018" in row["reasons"] and "2019" in row["reasons"]
    assert upi["reasons"].startswith("number: 2019 (UPI) ≠ 2018 (Reuters)")


@pytest.mark.parametrize(
    ("source", "contains"),
    [
        ("UPI", "Inter-Korean relations have also frosted over"),
        ("UPI", "Secretary of State Antony Blinken"),
        ("UPI", "Moon tweeted that he had a"),
        ("Reuters", "Green New Deal"),
        ("Reuters", "During a call in November"),
        ("Reuters", "offered to be a mediator"),
    ],
)
def test_seed_lines_found_in_one_outlet_only_are_single_sourced(seeds, source, contains):
    row = _claim(seeds, source, contains)
    assert row["verdict"] == "single-sourced"
    assert row["reasons"] == "no counterpart in the other 1 outlet"


def test_seed_agreements(seeds):
    row = _claim(seeds, "UPI", "I welcomed 'America's return'")
    assert row["verdict"] == "agreed"
    assert row["reasons"].startswith("agrees with Reuters")


def test_seed_boilerplate_and_captions_are_never_claims(seeds):
    for junk in ("Advertisement", "Latest Headlines", "Quantcast", "Photo", "Reporting by", "Metro US"):
        assert not seeds["text"].str.contains(junk).any(), junk
    # The UPI caption repeats a body sentence; only the body sentence is a claim.
    assert seeds["text"].str.contains("three meetings with").sum() == 1


@pytest.fixture(scope="module")
def event_tables():
    return {event.name: check(event) for event in EVENT_DIRS}


CASES = [(event.name, i, claim) for event in EVENT_DIRS for i, claim in enumerate(expected(event)["claims"])]


@pytest.mark.parametrize(("event", "index", "claim"), CASES, ids=[f"{e}-{i}-{c['verdict']}" for e, i, c in CASES])
def test_event_oracle(event_tables, event, index, claim):
    row = _claim(event_tables[event], claim["source"], claim["contains"])
    assert row["verdict"] == claim["verdict"], row["reasons"]
    if claim["verdict"] == "conflicting":
        kind = {"year": "number"}.get(claim["type"], claim["type"])
        assert kind in row["conflict_types"].split(";"), row["reasons"]
        for word in claim["differing"]:
            assert fold(word).split()[-1].lower() in fold(row["reasons"]).lower(), row["reasons"]


@pytest.mark.parametrize("event", EVENT_DIRS, ids=lambda p: p.name)
def test_event_boilerplate_never_becomes_a_claim(event_tables, event):
    table = event_tables[event.name]
    texts = [fold(t).lower() for t in table["text"]]
    for junk in expected(event)["not_in_any_claim"]:
        assert not any(junk.lower() in t for t in texts), junk


def test_ids_survive_reruns_and_new_articles(tmp_path):
    event = EVENT_DIRS[0]
    first = check(event)
    shutil.copytree(event, tmp_path / "ev")
    (tmp_path / "ev" / "zz_extra.txt").write_text(
        "EXTRA (Late Wire) -- A late report said the council would meet again next month to review spending.\n",
        encoding="utf-8",
    )
    again = check(tmp_path / "ev")
    kept = again[again["article_id"].isin(first["article_id"])]
    assert kept["claim_id"].tolist() == first["claim_id"].tolist()
    assert kept["text"].tolist() == first["text"].tolist()


def test_progress_bars_on_long_work(tmp_path, capsys):
    for i in range(60):
        outlet = f"Outlet {i % 3}"
        (tmp_path / f"a{i:02d}.json").write_text(
            f'{{"source": "{outlet}", "text": "Story {i}: the council met on day {i} and approved plan number {i} for the harbor."}}',
            encoding="utf-8",
        )
    table = check(tmp_path, progress=True)
    assert len(table) == 60
    assert "loading" in capsys.readouterr().err
