"""Every notebook runs top to bottom on a clean checkout (a copy, so nothing is written into the repo)."""

import shutil

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_sequence_a_newcomer_follows():
    assert [p.name for p in NOTEBOOKS][:3] == [
        "01_quick_start.ipynb",
        "02_your_own_articles.ipynb",
        "03_reading_decisions.ipynb",
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


def test_notebooks_are_committed_without_outputs():
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), path.name
