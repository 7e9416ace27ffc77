"""Workshop folders: made by one command, opened by the learner app and the trainer's notebook."""

from __future__ import annotations

import json

import nbformat
import pytest
from nbclient import NotebookClient

from factcheck import WorkshopError
from factcheck.workshops import ExerciseSession, new_workshop, open_workshop
from factcheck.workshops.room import learner_file


def test_new_workshop_copies_the_pack_and_the_notebooks(tmp_path):
    room = new_workshop("kestrin-globe", tmp_path / "room", feedback="end")
    assert room.feedback == "end" and room.pack.name == "kestrin-globe" and room.pack.difficulty == "hard"
    assert sorted(p.name for p in (room.folder / "articles").iterdir()) == sorted(
        p.name for p in room.pack.articles.iterdir()
    )
    assert json.loads((room.folder / "workshop.json").read_text()) == {
        "pack": "kestrin-globe", "title": "The stolen globe of Kestrin", "feedback": "end"}  # fmt: skip
    for name in ("learner.ipynb", "trainer.ipynb"):
        nb = nbformat.read(room.folder / name, as_version=4)
        nbformat.validate(nb)
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    learner = nbformat.read(room.folder / "learner.ipynb", as_version=4)
    assert [c.cell_type for c in learner.cells] == ["markdown", "code"] and "learner_app()" in learner.cells[1].source
    assert room.stores() == [] and room.answers.is_dir()
    # The copy is a pack of its own: the key fits what the kit reads from it.
    assert len(room.pack.key.resolve(room.pack.check())) == 46


def test_a_workshop_can_be_made_from_a_pack_folder(tmp_path):
    first = new_workshop("elderwick-fair", tmp_path / "one")
    second = new_workshop(first.folder, tmp_path / "two")
    assert second.pack.name == "elderwick-fair" and second.pack.title == first.pack.title


@pytest.mark.parametrize(
    ("pack", "folder", "feedback", "message"),
    [
        ("elderwick-fair", "{full}", "each", "already exists and is not an empty folder"),
        ("elderwick-fair", "{new}", "sometimes", "feedback is 'each'"),
        ("no-such-pack", "{new}", "each", "no pack named 'no-such-pack'"),
    ],
)
def test_new_workshop_refuses(tmp_path, pack, folder, feedback, message):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    target = tmp_path / folder.strip("{}")
    with pytest.raises(WorkshopError, match=message):
        new_workshop(pack, target, feedback=feedback)
    assert (tmp_path / "full" / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize(
    ("setup", "message"),
    [(None, "not a workshop folder"), ("{", "not readable"), ('{"feedback": "never"}', "feedback is 'each' or 'end'")],
)
def test_open_workshop_refuses(tmp_path, setup, message):
    room = new_workshop("elderwick-fair", tmp_path / "room")
    if setup is None:
        (room.folder / "workshop.json").unlink()
    else:
        (room.folder / "workshop.json").write_text(setup)
    with pytest.raises(WorkshopError, match=message):
        open_workshop(room.folder)


@pytest.mark.parametrize(
    ("name", "file"),
    [("Ana", "ana.jsonl"), (" Ben  Okafor ", "ben-okafor.jsonl"), ("Zoë", "zoë.jsonl"), ("../../etc/x", "etc-x.jsonl")],
)
def test_learner_files_stay_in_the_answers_folder(tmp_path, name, file):
    assert learner_file(name) == file
    room = new_workshop("elderwick-fair", tmp_path / "room")
    assert room.store_for(name).parent == room.answers


def test_an_unusable_name():
    with pytest.raises(WorkshopError, match="not a usable name"):
        learner_file(" ?! ")


def _run(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def test_the_learner_and_trainer_notebooks_run(tmp_path):
    room = new_workshop("elderwick-fair", tmp_path / "room")
    learner = _run(room.folder / "learner.ipynb")
    app = [o for o in learner.cells[1].outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert app, "the learner app is displayed"
    for who, verdict in (("ana", "conflicting"), ("ben", "agreed")):
        s = ExerciseSession(room.pack.check(), room.pack.key, store=room.store_for(who), analyst=who)
        for cid in list(s.queue):
            s.jump(cid)
            s.decide(verdict)
    trainer = _run(room.folder / "trainer.ipynb")
    errors = [o for c in trainer.cells if c.cell_type == "code" for o in c.outputs if o.get("output_type") == "error"]
    assert errors == []
    shown = "".join(str(o.get("data", {})) for c in trainer.cells if c.cell_type == "code" for o in c.outputs)
    assert "Answer key: Harvest fair in Elderwick" in shown and "ben" in shown
    page = (room.folder / "class_report.html").read_text(encoding="utf-8")
    assert "2 learners" in page and "Confusion matrix against the key" in page
