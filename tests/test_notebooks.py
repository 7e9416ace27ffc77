"""Every notebook runs top to bottom on a clean checkout (a copy, so nothing is written into the repo)."""

import json
import shutil

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_sequence_a_newcomer_follows():
    assert [p.name for p in NOTEBOOKS][:4] == [
        "01_quick_start.ipynb",
        "02_your_own_articles.ipynb",
        "03_reading_decisions.ipynb",
        "04_export_and_report.ipynb",
    ]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("workshop")
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    return root


def _run(path, monkeypatch, store):
    monkeypatch.setenv("FACTCHECK_STORE", str(store))  # the kernel inherits it
    monkeypatch.setenv("FACTCHECK_ANALYST", "tester")
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_notebook_runs(workspace, monkeypatch, name):
    nb = _run(workspace / "notebooks" / name, monkeypatch, workspace / "labels.jsonl")
    errors = [
        o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"
    ]
    assert errors == []


def test_quick_start_ends_with_the_reviewer(workspace, monkeypatch):
    nb = _run(workspace / "notebooks" / "01_quick_start.ipynb", monkeypatch, workspace / "quick.jsonl")
    last = [o for o in nb.cells[-2].outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert last, "the reviewer widget is displayed"


def test_reading_decisions_shows_the_verdicts(workspace, monkeypatch):
    nb = _run(workspace / "notebooks" / "03_reading_decisions.ipynb", monkeypatch, workspace / "read.jsonl")
    shown = "".join(
        o.get("data", {}).get("text/plain", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
    )
    assert "wording differs" in shown and "demo" in shown


def test_export_notebook_writes_every_format_and_shows_the_charts(workspace, monkeypatch):
    nb = _run(workspace / "notebooks" / "04_export_and_report.ipynb", monkeypatch, workspace / "export.jsonl")
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 4  # verdicts, map, conflict kinds, coverage
    exports = workspace / "notebooks" / "exports"
    names = {p.name for p in exports.iterdir()}
    assert {f"claims.{ext}" for ext in ("csv", "json", "jsonl", "parquet", "xlsx", "md", "html")} <= names
    reviews = json.loads((exports / "reviews.jsonld").read_text(encoding="utf-8"))
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {"Sources agree", "Sources conflict"}
    assert "checked against the White House readout" in (exports / "report.html").read_text(encoding="utf-8")


def test_notebooks_are_committed_without_outputs():
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), path.name


def test_several_analysts_notebook_shows_figures_queue_and_final_verdicts(workspace, monkeypatch):
    store = workspace / "analysts.jsonl"
    nb = _run(workspace / "notebooks" / "05_several_analysts.ipynb", monkeypatch, store)
    shown = "".join(
        o.get("data", {}).get("text/plain", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
    )
    for part in ("Krippendorff's α (nominal)", "0.82 (27 shared)", "analysts disagree", "analysts overrule the kit",
                 "unanimous      24", "adjudicated     3"):  # fmt: skip
        assert part in shown, part
    assert not store.exists()  # the simulation writes into its own folder, never into the reader's store
    last = [o for o in nb.cells[-1].outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert last, "the adjudicator's reviewer is displayed"
    page = (workspace / "notebooks" / "exports" / "several_analysts.html").read_text(encoding="utf-8")
    assert "<section id='agreement'>" in page and "2 analysts (ana, ben) made 54 decisions (54 blind)" in page


def test_workshop_notebook_plants_reviews_and_reports(workspace, monkeypatch):
    nb = _run(workspace / "notebooks" / "06_workshop.ipynb", monkeypatch, workspace / "workshop.jsonl")
    shown = "".join(
        str(o.get("data", {}).get("text/plain", "")) + str(o.get("text", ""))
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
    )
    for part in ("elderwick-fair", "Not quite: you said agreed, the answer is conflicting (quote)",
                 "ana: 6 of 8 right (75%), 8 answered", "ben: 6 of 8 right (75%), 8 answered",
                 "2 learners, 75% right on average; the kit 100%", "'learner.ipynb'", "east wing reopened"):  # fmt: skip
        assert part in shown, part
    assert not (workspace / "workshop.jsonl").exists()  # the simulation never writes the reader's store
    widgets = [
        o
        for c in nb.cells
        for o in c.get("outputs", [])
        if "application/vnd.jupyter.widget-view+json" in o.get("data", {})
    ]
    assert widgets, "the exercise reviewer is displayed"
    page = (workspace / "notebooks" / "exports" / "workshop_class_report.html").read_text(encoding="utf-8")
    assert "Class report: Moon-Biden call, with planted errors" in page and "<script" not in page
