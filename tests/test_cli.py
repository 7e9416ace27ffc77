import io
import json
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS

import factcheck
from factcheck import read_export
from factcheck.cli import main


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_summary_on_the_seeds():
    code, out, err = run("check", str(SEEDS))
    assert code == 0 and err == ""
    assert out.startswith("27 claims from 2 articles (2 outlets)")
    assert "agreed" in out and "single-sourced" in out
    assert "Reuters" in out and "UPI" in out
    assert "spelling: demacracy (Reuters) ≠ democracy (UPI)" in out
    assert "number: 2019 (UPI) ≠ 2018 (Reuters)" in out
    assert "restoration of demacracy in Myanmar" in out


@pytest.mark.parametrize("ext", ["csv", "json", "jsonl", "parquet", "xlsx"])
def test_writes_the_claim_table(tmp_path, ext):
    target = tmp_path / f"claims.{ext}"
    code, out, _ = run("check", str(SEEDS), "-o", str(target))
    assert code == 0 and out.startswith(f"wrote 27 claims to {target}")
    table = read_export(target)
    for column in (
        "claim_id",
        "article_id",
        "path",
        "source",
        "text",
        "verdict",
        "reasons",
        "counterparts",
        "cluster_id",
    ):
        assert column in table.columns
    assert set(table["verdict"]) == {"agreed", "conflicting", "single-sourced"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "no/such/folder"], "no/such/folder: no such file or folder"),
        (["check", "{empty}"], "empty.txt: the file is empty"),
        (["check", str(SEEDS), "-o", "{dir}/out.xls"], "unsupported export format '.xls'"),
        (["check", str(SEEDS), "-o", "{dir}/out.jsonld"], "use `factcheck export --store labels.jsonl PATH..."),
        (
            ["export", str(SEEDS), "--store", "{dir}/nope.jsonl", "-o", "{dir}/out.csv"],
            "nope.jsonl: no such decisions file",
        ),
        (["report", str(SEEDS), "-o", "{dir}/report.csv"], "the report is HTML; name it report.html"),
        (["check", str(SEEDS), "--min-score", "90"], "min_score <= sure_score"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    (tmp_path / "empty.txt").write_bytes(b"")
    args = [a.format(empty=tmp_path / "empty.txt", dir=tmp_path) for a in args]
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("factcheck: error: ")
    assert message in err


def test_warnings_go_to_stderr(tmp_path):
    article = tmp_path / "only.txt"
    article.write_text((SEEDS / "000_44ee4c4737ad4eae.txt").read_text(encoding="utf-8"), encoding="utf-8")
    code, _out, err = run("check", str(article))
    assert code == 0
    assert "factcheck: warning: only one article was loaded" in err


def test_help_explains_itself():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0
    for words in ("agreed", "conflicting", "single-sourced", "-o OUT", "exit status"):
        assert words in result.stdout


def test_python_dash_m_and_usage_errors():
    ok = subprocess.run([sys.executable, "-m", "factcheck", "check", "seeds"], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and "27 claims" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "factcheck"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "required: COMMAND" in bad.stderr


def test_skip_bad_leaves_out_unreadable_files(tmp_path):
    for name in ("000_44ee4c4737ad4eae.txt", "001_f304932ce0d9819e.txt"):
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    code, _, err = run("check", str(tmp_path))
    assert code == 2 and "broken.json: malformed JSON" in err
    code, out, err = run("check", str(tmp_path), "--skip-bad")
    assert code == 0 and out.startswith("27 claims")
    assert "factcheck: warning: skipped 1 unreadable input(s): " in err and "broken.json" in err


@pytest.fixture
def store(tmp_path):
    """A decisions file with two decisions on the seeds: a conflict confirmed with a note, and one agreement."""
    path = tmp_path / "labels.jsonl"
    table = factcheck.check(SEEDS)
    session = factcheck.ReviewSession(table, store=path, analyst="ana")
    session.jump(table.loc[table["verdict"] == "conflicting", "claim_id"].iloc[0])
    session.decide("conflicting", note="UPI says 2019; checked the White House readout")
    session.decide("agreed")
    return path


@pytest.mark.parametrize(("ext", "starts"), [("md", "# Fact-check report"), ("html", "<!doctype html>")])
def test_check_writes_documents(tmp_path, ext, starts):
    target = tmp_path / f"claims.{ext}"
    code, out, _ = run("check", str(SEEDS), "-o", str(target))
    assert code == 0 and out.startswith(f"wrote 27 claims to {target}")
    assert target.read_text(encoding="utf-8").startswith(starts)


def test_export_merges_the_decisions(tmp_path, store):
    target = tmp_path / "checked.csv"
    code, out, _err = run("export", "--store", str(store), str(SEEDS), "-o", str(target))
    assert code == 0 and out.rstrip().endswith("; 2 decided")
    table = read_export(target)
    decided = table[table["final_verdict"] != ""]
    assert sorted(decided["final_verdict"]) == ["agreed", "conflicting"]
    assert set(decided["analyst"]) == {"ana"}
    assert decided["note"].tolist() == ["UPI says 2019; checked the White House readout", ""]


def test_export_claimreview(tmp_path, store):
    target = tmp_path / "reviews.jsonld"
    code, out, err = run(
        "export", "--store", str(store), str(SEEDS), "-o", str(target), "--url", "https://example.org/r"
    )
    assert code == 0 and out.startswith(f"wrote {len(json.loads(target.read_text(encoding='utf-8')))} ClaimReviews")
    items = json.loads(target.read_text(encoding="utf-8"))
    assert {i["reviewRating"]["alternateName"] for i in items} >= {"Sources conflict"}
    assert "factcheck: warning:" in err  # the seeds carry no publication dates


def test_export_needs_a_store():
    with pytest.raises(SystemExit) as stop:
        run("export", str(SEEDS), "-o", "out.csv")
    assert stop.value.code == 2


def test_report_with_decisions(tmp_path, store):
    target = tmp_path / "report.html"
    code, out, _ = run("report", str(SEEDS), "--store", str(store), "-o", str(target), "--title", "Moon–Biden <call>")
    assert code == 0 and out.startswith(f"wrote the report on 27 claims to {target}")
    page = target.read_text(encoding="utf-8")
    assert "<title>Moon–Biden &lt;call&gt;</title>" in page
    assert "checked the White House readout" in page and "analysts' verdict" in page
