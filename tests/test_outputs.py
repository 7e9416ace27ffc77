"""The kit never reads its own outputs as articles: every kind is known by its content, whatever its name."""

import re
import shutil
import warnings

import pytest
from conftest import EVENT_DIRS, SEEDS

import factcheck
from factcheck import FactcheckWarning, InputError, load_articles
from factcheck._outputs import kit_output
from factcheck.review import DecisionStore

# (file name, what kit_output says): every format export() writes, and a decisions store.
OUTPUTS = [
    ("summary.md", "a Markdown export"),
    ("report.html", "the HTML report"),
    ("claims.csv", "a claim table exported as CSV"),
    ("claims.json", "a claim table exported as JSON"),
    ("claims.jsonl", "a claim table exported as JSON Lines"),
    ("claims.xlsx", "a claim table exported as Excel"),
    ("claims.parquet", "a claim table exported as Parquet"),
    ("reviews.jsonld", "ClaimReview markup"),
    ("labels.jsonl", "a decisions store"),
]


@pytest.fixture(scope="module")
def table():
    return factcheck.check(SEEDS)


def _write_output(folder, name, table):
    target = folder / name
    store = folder.parent / "store.jsonl"
    if name == "labels.jsonl" or name.endswith(".jsonld"):
        first = table[table["verdict"] == "conflicting"].iloc[0]
        DecisionStore(store).decide(first["claim_id"], "conflicting", analyst="ana", text=first["text"])
    if name == "labels.jsonl":
        shutil.copy(store, target)
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ClaimReview warns about the seeds' missing dates
            factcheck.export(table, target, store=store if name.endswith(".jsonld") else None)
    return target


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "selfout"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.mark.parametrize(("name", "kind"), OUTPUTS)
def test_every_output_is_known_by_its_content(articles, table, name, kind):
    target = _write_output(articles, name, table)
    assert kit_output(target) == kind
    renamed = target.rename(target.with_name("notes" + target.suffix))  # names prove nothing
    assert kit_output(renamed) == kind


@pytest.mark.parametrize(("name", "kind"), OUTPUTS)
def test_a_folder_scan_leaves_outputs_out_with_one_warning(articles, table, name, kind):
    target = _write_output(articles, name, table)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = load_articles(articles)
    assert sorted(arts["source"]) == ["Reuters", "UPI"]
    assert [str(w.message) for w in caught] == [
        f"left out 1 file(s) that factcheck wrote itself, not articles: {target} ({kind})"
    ]


@pytest.mark.parametrize(
    ("name", "kind"), [o for o in OUTPUTS if o[0].endswith((".md", ".html", ".csv", ".json", ".jsonl"))]
)
def test_naming_an_output_is_an_error(articles, table, name, kind):
    target = _write_output(articles, name, table)
    with pytest.raises(
        InputError, match=re.escape(f"{name}: this is a factcheck output ({kind}), not an article.")
    ) as info:
        load_articles([articles / "000_44ee4c4737ad4eae.txt", target])
    assert "Name the articles it was made from" in info.value.fix


def test_a_store_kept_as_txt_is_still_a_store(articles, table):
    target = _write_output(articles, "labels.jsonl", table)
    target.rename(articles / "labels.txt")
    with pytest.warns(FactcheckWarning, match=r"labels.txt \(a decisions store"):
        assert len(load_articles(articles)) == 2


def test_several_outputs_one_warning(articles, table):
    for name in ("summary.md", "claims.csv", "labels.jsonl"):
        _write_output(articles, name, table)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert len(load_articles(articles)) == 2
    assert len(caught) == 1 and str(caught[0].message).startswith("left out 3 file(s) that factcheck wrote itself")


@pytest.mark.parametrize(
    "article", sorted(SEEDS.glob("0*.txt")) + [p for e in EVENT_DIRS for p in sorted(e.iterdir())], ids=lambda p: p.name
)
def test_articles_are_not_outputs(article):
    assert kit_output(article) == ""
