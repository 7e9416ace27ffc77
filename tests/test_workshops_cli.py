"""The trainer's commands: factcheck workshop list|new|key|serve|report|plant."""

from __future__ import annotations

import io
import json

import pytest
from conftest import EVENTS

from factcheck.cli import main
from factcheck.workshops import ExerciseSession, open_workshop


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = main(["workshop", *map(str, args)], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_list():
    code, out, err = run("list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("elderwick-fair  (easy, 3 outlets, 29 claims")
    assert lines[2].startswith("lowmere-storm  (medium, 4 outlets") and lines[4].startswith("kestrin-globe  (hard, 5")
    assert "kinds: weekday, number, spelling, name, negation, date, quote" in lines[1]


def test_new_then_report(tmp_path):
    code, out, _ = run("new", "lowmere-storm", tmp_path / "room", "--feedback", "end")
    assert code == 0 and f"start the learner app with: factcheck workshop serve {tmp_path / 'room'}" in out
    room = open_workshop(tmp_path / "room")
    assert room.feedback == "end"
    s = ExerciseSession(room.pack.check(), room.pack.key, store=room.store_for("Ana"), analyst="Ana")
    s.decide("conflicting")
    code, out, _ = run("report", room.folder, "-o", tmp_path / "class.html", "--hide-names")
    assert code == 0 and "1 learner, 3% right on average" in out
    page = (tmp_path / "class.html").read_text(encoding="utf-8")
    assert "Learner 1" in page and "Ana" not in page


def test_report_from_answer_files_collected_elsewhere(tmp_path):
    run("new", "elderwick-fair", tmp_path / "room")
    room = open_workshop(tmp_path / "room")
    collected = tmp_path / "usb-stick"
    collected.mkdir()
    for who in ("ana", "ben"):
        s = ExerciseSession(room.pack.check(), room.pack.key, store=collected / f"{who}.jsonl", analyst=who)
        s.decide("conflicting")
    code, out, _ = run("report", room.folder, "--answers", collected, "-o", tmp_path / "c.html")
    assert code == 0 and "2 learners" in out


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_key_written_for_the_reveal(tmp_path, fmt):
    code, out, _ = run("key", "kestrin-globe", "-o", tmp_path / f"key.{fmt}")
    assert code == 0 and out.startswith("wrote the answer key of kestrin-globe (46 claims)")
    text = (tmp_path / f"key.{fmt}").read_text(encoding="utf-8")
    assert "surveilance" in text or fmt == "json"
    if fmt == "json":
        assert len(json.loads(text)["facts"]) == 24


def test_key_printed():
    code, out, _ = run("key", "elderwick-fair")
    assert code == 0 and out.startswith("# Answer key: Harvest fair in Elderwick")
    assert "- **Vale Weekly**: The council closed Mill Street to trafic for the whole weekend." in out


def test_plant_makes_a_pack_a_workshop_can_use(tmp_path):
    code, out, _ = run("plant", EVENTS / "port_ellery_budget", "-o", tmp_path / "pack", "-n", 4, "--seed", 3)
    assert code == 0 and out.startswith(f"wrote the pack {tmp_path / 'pack'} (") and "changes: " in out
    code, out, _ = run("new", tmp_path / "pack", tmp_path / "room")
    assert code == 0 and open_workshop(tmp_path / "room").pack.title


def test_serve_starts_voila_on_the_learner_notebook(tmp_path, monkeypatch):
    run("new", "elderwick-fair", tmp_path / "room")
    calls = []
    monkeypatch.setattr("subprocess.call", lambda command, cwd, env: calls.append((command, cwd, env)) or 0)
    code, out, _ = run("serve", tmp_path / "room", "--port", 9000, "--ip", "0.0.0.0", "--no-browser")
    assert code == 0 and "learners open http://this computer's address:9000/" in out
    command, cwd, env = calls[0]
    assert command[1:4] == ["-m", "voila", "learner.ipynb"] and "--port=9000" in command and "--no-browser" in command
    assert "--Voila.ip=0.0.0.0" in command and cwd == tmp_path / "room"
    assert env["FACTCHECK_WORKSHOP"] == str((tmp_path / "room").resolve())


def test_serve_without_voila(tmp_path, monkeypatch):
    run("new", "elderwick-fair", tmp_path / "room")
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    code, out, err = run("serve", tmp_path / "room")
    assert out == ""
    assert (
        code == 2
        and err == "factcheck: error: Voilà is not installed: run the README's first setup command (it installs it)\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "no-such-pack", "{tmp}/r"], "no pack named 'no-such-pack'"),
        (["new", "elderwick-fair", "{full}"], "already exists and is not an empty folder"),
        (["key", "elderwick-fair", "-o", "{tmp}/key.pdf"], "write the key as .md, .csv or .json"),
        (["report", "{tmp}", "-o", "{tmp}/c.html"], "not a workshop folder"),
        (["report", "{room}", "-o", "{tmp}/c.txt"], "the class report is HTML"),
        (["report", "{room}", "--answers", "{tmp}/nothing", "-o", "{tmp}/c.html"], "no such answers file or folder"),
        (["serve", "{tmp}/nowhere"], "not a workshop folder"),
        (["serve", "{room}", "--port", "0"], "give a port number between 1 and 65535"),
        (["plant", "{seeds}", "-o", "{tmp}/p", "--kinds", "number,typo"], "cannot plant 'typo'"),
        (["plant", "{one}", "-o", "{tmp}/p"], "two or more outlets"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    from conftest import ROOT

    run("new", "elderwick-fair", tmp_path / "room")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text((ROOT / "seeds" / "000_44ee4c4737ad4eae.txt").read_text(encoding="utf-8"))
    values = {"{tmp}": tmp_path, "{room}": tmp_path / "room", "{full}": tmp_path / "full", "{seeds}": ROOT / "seeds",
              "{one}": one}  # fmt: skip
    filled = []
    for a in args:
        for k, v in values.items():
            a = a.replace(k, str(v))
        filled.append(a)
    code, out, err = run(*filled)
    assert code == 2 and out == ""
    assert err.startswith("factcheck: error: ") and message in err and err.count("\n") == 1


def test_a_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["workshop", "new", "elderwick-fair"])
    assert stop.value.code == 2 and "DIR" in capsys.readouterr().err
