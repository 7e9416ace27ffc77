"""The shipped exercise packs: what they hold, that their keys fit, and where the kit is wrong on them."""

from __future__ import annotations

import gzip
import json
from fnmatch import fnmatch
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT

from factcheck import WorkshopError, load_articles
from factcheck.workshops import list_packs, load_pack, plant_errors, write_pack
from factcheck.workshops.packs import PACKS

NAMES = ["elderwick-fair", "lowmere-storm", "kestrin-globe"]
#: Every kind the kit names, the issue asks each pack to plant (time is a bonus).
MUST_PLANT = ("spelling", "number", "date", "weekday", "name", "negation", "quote")
TRAPS = ("spelling variant", "alias", "number format", "omission")


@pytest.fixture(scope="module", params=NAMES)
def pack(request):
    pack = load_pack(request.param)
    return pack, pack.check()


def test_list_packs_easiest_first():
    packs = list_packs()
    assert packs["name"].tolist() == NAMES
    assert packs["difficulty"].tolist() == ["easy", "medium", "hard"]
    assert packs["outlets"].tolist() == [3, 4, 5]
    assert (packs["claims"] > 20).all() and packs["claims"].is_monotonic_increasing


def test_each_pack_tells_one_event_in_several_formats(pack):
    pack, table = pack
    suffixes = {p.suffix for p in pack.articles.iterdir()}
    assert 3 <= len(pack.outlets) <= 5 and len(suffixes) >= 3
    assert sorted(table["source"].unique()) == sorted(pack.outlets)


def test_the_packs_together_use_every_input_format():
    suffixes = {p.suffix for name in NAMES for p in load_pack(name).articles.iterdir()}
    assert suffixes == {".txt", ".md", ".html", ".json", ".jsonl", ".csv"}


def test_each_pack_plants_every_kind_traps_and_single_sourced_claims(pack):
    pack, _ = pack
    kinds = set(pack.key.entries["kind"])
    assert set(MUST_PLANT) <= kinds
    assert set(TRAPS) <= kinds
    assert (pack.key.entries["verdict"] == "single-sourced").sum() >= 2


def test_every_key_entry_resolves_to_exactly_one_claim_and_every_claim_is_keyed(pack):
    pack, table = pack
    resolved = pack.key.resolve(table)
    assert len(resolved) == len(pack.key) == len(table)
    assert sorted(resolved["claim_id"]) == sorted(table["claim_id"])
    # The key follows the table's order, so the learner reviews in article order.
    assert resolved["claim_id"].tolist() == table["claim_id"].tolist()


def _kit_vs_key(pack, table) -> pd.DataFrame:
    """Every claim where the kit's suggestion (verdict, or for conflicts the kind) differs from the key."""
    resolved = pack.key.resolve(table).merge(
        table[["claim_id", "verdict", "conflict_types"]], on="claim_id", suffixes=("", "_kit")
    )
    kinds = resolved["conflict_types"].fillna("").str.split(";")
    wrong_verdict = resolved["verdict"] != resolved["verdict_kit"]
    kind_missing = pd.Series([k not in ks for k, ks in zip(resolved["kind"], kinds)], index=resolved.index)
    wrong_kind = (resolved["verdict"] == "conflicting") & ~wrong_verdict & kind_missing
    return resolved[wrong_verdict | wrong_kind]


def test_the_key_agrees_with_the_kit_wherever_the_kit_is_right(pack):
    """Where the kit differs from the key, the pack's notes say so (kit_wrong): those are teaching moments."""
    pack, table = pack
    wrong = _kit_vs_key(pack, table)
    documented = set()
    for w in pack.kit_wrong:
        hits = table[(table["source"] == w["outlet"]) & table["text"].str.contains(w["phrase"], regex=False)]
        assert len(hits) == 1, w
        row = hits.iloc[0]
        assert row["verdict"] == w["kit"], (w, row["verdict"])  # the note tells what the kit says
        if "kit_kind" in w:
            assert row["conflict_types"] == w["kit_kind"]
        assert w["why"]
        documented.add(row["claim_id"])
    assert set(wrong["claim_id"]) == documented, wrong[["outlet", "text", "verdict", "verdict_kit", "conflict_types"]]


def test_where_the_kit_is_wrong_on_each_pack():
    """The teaching moments, named: the test fails if the kit changes on them (then update the notes)."""
    moments = {}
    for name in NAMES:
        pack = load_pack(name)
        table = pack.check()
        wrong = _kit_vs_key(pack, table)
        moments[name] = sorted(
            f"{r.outlet}: key {r.verdict}/{r.kind}, kit {r.verdict_kit}/{r.conflict_types or '-'}"
            for r in wrong.itertuples()
        )
    assert moments == {
        "elderwick-fair": [],
        "lowmere-storm": [
            "Harbour Radio News: key agreed/paraphrase, kit single-sourced/-",
            "Lowmere Gazette: key agreed/paraphrase, kit single-sourced/-",
        ],
        "kestrin-globe": [
            "Artbeat Online: key conflicting/number, kit single-sourced/-",
            "Kestrin Evening Star: key conflicting/date, kit conflicting/number",
            "Kestrin Evening Star: key single-sourced/single-sourced, kit agreed/-",
            "Meridian Wire: key conflicting/date, kit agreed/-",
            "Meridian Wire: key conflicting/number, kit single-sourced/-",
            "The Kestrin Ledger: key conflicting/date, kit conflicting/number",
            "The Kestrin Ledger: key single-sourced/single-sourced, kit agreed/-",
        ],
    }


def test_the_notes_explain_the_teaching_moments(pack):
    pack, _ = pack
    assert pack.summary and pack.minutes > 0
    if pack.kit_wrong:
        assert "kit" in pack.notes and "teaching moment" in pack.notes.lower()


def test_no_pack_text_comes_from_the_shared_data():
    """The packs are invented: no sentence of theirs appears in the real articles the benchmarks use."""
    shared = Path("/work/shared/data")
    if not shared.is_dir():
        pytest.skip("no ../shared/data on this machine")
    bodies = [gzip.decompress(p.read_bytes()).decode("utf-8", "ignore") for p in shared.rglob("*.gz")]
    assert len(bodies) > 100  # the corpora are there, so the check below means something
    texts = [t for name in NAMES for t in load_pack(name).check()["text"] if len(t) > 40]
    assert len(texts) > 90
    assert [t for t in texts if any(t[:60] in body for body in bodies)] == []


def test_the_packs_ship_in_the_wheel():
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["factcheck"]
    files = [p.relative_to(ROOT / "factcheck").as_posix() for p in PACKS.rglob("*") if p.is_file()]
    assert files and all(any(fnmatch(f, pattern) for pattern in patterns) for f in files), files


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("no-such-pack", "no pack named 'no-such-pack'"),
        ("{empty}", "not a pack \\(no pack.json\\)"),
        ("{no-articles}", "has no articles/ folder"),
        ("{bad-difficulty}", "difficulty 'impossible' is not one of"),
        ("{bad-key}", "unknown kind 'typo'"),
    ],
)
def test_a_bad_pack_is_refused_with_the_fix(tmp_path, given, message):
    def folder(name, difficulty="easy", kind="number"):
        path = tmp_path / name
        (path / "articles").mkdir(parents=True)
        (path / "pack.json").write_text(json.dumps({"title": "t", "difficulty": difficulty}))
        facts = [
            {
                "kind": kind,
                "explanation": "e",
                "claims": [{"outlet": "A", "phrase": "p"}, {"outlet": "B", "phrase": "q"}],
            }
        ]
        (path / "key.json").write_text(json.dumps({"facts": facts}))
        return path

    (tmp_path / "empty").mkdir()
    paths = {
        "{empty}": tmp_path / "empty",
        "{bad-difficulty}": folder("d", difficulty="impossible"),
        "{bad-key}": folder("k", kind="typo"),
    }
    nothing = folder("n")
    (nothing / "articles").rmdir()
    paths["{no-articles}"] = nothing
    with pytest.raises(WorkshopError, match=message):
        load_pack(paths.get(given, given))


def test_write_pack_round_trip_and_refuses_a_full_folder(tmp_path):
    articles = load_articles(ROOT / "tests" / "data" / "events" / "port_ellery_budget")
    changed, key = plant_errors(articles, n=3, seed=4)
    pack = write_pack(changed, key, tmp_path / "budget", title="Port Ellery budget", difficulty="medium")
    assert pack.difficulty == "medium" and pack.title == "Port Ellery budget"
    assert {p.suffix for p in pack.articles.iterdir()} == {".json"}
    assert len(pack.key.resolve(pack.check())) == len(key)
    assert load_pack(tmp_path / "budget").key.entries.equals(pack.key.entries)
    with pytest.raises(WorkshopError, match="already exists and is not an empty folder"):
        write_pack(changed, key, tmp_path / "budget", title="again")
    with pytest.raises(WorkshopError, match="difficulty 'extreme'"):
        write_pack(changed, key, tmp_path / "other", title="x", difficulty="extreme")
