import io
import json
import subprocess
import sys

import pandas as pd
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


# ---------------------------------------------------------------- the summary says plainly who said what
def _block(out, start):
    """The lines of ``out`` from the one starting with ``start`` up to the next blank line."""
    lines = out.splitlines()
    first = next(i for i, ln in enumerate(lines) if ln.strip().startswith(start))
    end = next((i for i in range(first, len(lines)) if not lines[i].strip()), len(lines))
    return lines[first:end]


def test_conflicts_are_counted_in_claims_and_facts():
    _, out, _ = run("check", str(SEEDS))
    assert "Conflicts: 4 claims in 2 facts conflict" in out
    assert "told differently" not in out


@pytest.mark.parametrize(
    ("heading", "reason", "outlets"),
    [
        (
            "1. number:",
            "number: 2019 (UPI) ≠ 2018 (Reuters)",
            ["UPI (000_44ee4c4737ad4eae:af94b438)", "Reuters (001_f304932ce0d9819e:fa44cc55)"],
        ),
        (
            "2. spelling:",
            "spelling: demacracy (Reuters) ≠ democracy (UPI)",
            ["UPI (000_44ee4c4737ad4eae:5a5bbad7)", "Reuters (001_f304932ce0d9819e:c3fef339)"],
        ),
    ],
)
def test_each_fact_says_which_outlet_wrote_which_value_once(heading, reason, outlets):
    _, out, _ = run("check", str(SEEDS))
    lines = [ln.strip() for ln in out.splitlines()]
    at = next(i for i, ln in enumerate(lines) if ln.startswith(heading))
    assert lines[at + 1] == reason
    block = lines[at : [*lines, ""].index("", at)]
    assert all(any(ln.startswith(o) for ln in block) for o in outlets)
    assert not any(ln.startswith("↳") for ln in block)  # the same wording on every claim: told once


def _many_outlets(n):
    rows = []
    for o in range(n):
        conflict = o < 42  # 21 conflicting facts
        rows.append(
            {
                "claim_id": f"a{o}:001",
                "article_id": f"a{o}",
                "source": f"Outlet {o:04d}",
                "text": f"The council met on day {o}.",
                "verdict": "conflicting" if conflict else "single-sourced",
                "reasons": f"number: {o} ≠ {o + 1} [Outlet {o + 1:04d}]" if conflict else "",
                "conflict_types": "number" if conflict else "",
                "cluster_id": f"c{o // 2}",
            }
        )
    rows += [{**rows[-1], "claim_id": f"a{n - 1}:{k:03d}", "cluster_id": f"x{k}"} for k in range(2, 9)]
    return pd.DataFrame(rows)


def test_thousands_of_outlets_give_a_short_summary():
    from factcheck.cli import MAX_OUTLETS, summary

    out = summary(_many_outlets(5000))
    assert len(out.splitlines()) < 250
    table = _block(out, "outlet")[1:]
    assert table[0].startswith("Outlet 4999") and len(table) == MAX_OUTLETS + 1  # largest first
    assert table[-1] == "… and 4,980 more outlets (-o claims.csv, .xlsx or .html writes every outlet's claims)"
    assert "… and 1 more conflicting fact (-o report.html or .md lists them all)" in out


def test_report_help_offers_only_what_report_writes():
    help_text = {}
    for command in ("report", "export"):
        result = subprocess.run(
            [sys.executable, "-m", "factcheck", command, "--help"], capture_output=True, text=True, cwd=ROOT
        )
        help_text[command] = " ".join(result.stdout.split())
    assert "Markdown" not in help_text["report"] and "title of the report" in help_text["report"]
    assert "title of the report or Markdown file" in help_text["export"]


def test_control_characters_from_an_article_are_shown_escaped(tmp_path):
    for name in ("000_44ee4c4737ad4eae.txt", "001_f304932ce0d9819e.txt"):
        text = (SEEDS / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace("at a stalemate", "at a \x1b[31mstalemate\x1b[0m"), encoding="utf-8")
    code, out, _ = run("check", str(tmp_path))
    assert code == 0 and "\x1b" not in out
    assert "at a \\x1b[31mstalemate\\x1b[0m since" in " ".join(out.split())


# ---------------------------------------------------------------- its own outputs, and errors in one line
def test_a_summary_written_beside_the_articles_is_not_read_back(tmp_path):
    for name in ("000_44ee4c4737ad4eae.txt", "001_f304932ce0d9819e.txt"):
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    for output in ("summary.md", "claims.csv", "report.html"):
        assert run("check", str(tmp_path), "-o", str(tmp_path / output))[0] == 0
    code, out, err = run("check", str(tmp_path))
    assert code == 0 and out.startswith("27 claims from 2 articles (2 outlets)")
    assert "Conflicts: 4 claims in 2 facts conflict" in out
    assert err.count("\n") == 1 and err.startswith("factcheck: warning: left out 3 file(s) that factcheck wrote itself")


def _one_line_error(args, message):
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("factcheck: error: ")
    assert message in err
    return err


def test_export_to_a_folder_that_cannot_be_written(tmp_path, monkeypatch):
    from pathlib import Path

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pandas.DataFrame.to_csv", denied)
    monkeypatch.setattr(Path, "unlink", denied)  # the clean-up fails too, as in a read-only folder
    _one_line_error(["check", str(SEEDS), "-o", str(tmp_path / "out.csv")], "out.csv: cannot write (Permission denied)")
    (tmp_path / "file").write_text("x")
    _one_line_error(["check", str(SEEDS), "-o", str(tmp_path / "file" / "out.csv")], "does not exist; create it first")


def test_devices_and_fifos_are_one_line(tmp_path):
    import os

    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.txt")
    _one_line_error(["check", str(tmp_path / "zero.txt")], "zero.txt: this is a character device")
    _one_line_error(["check", "/dev/zero"], "/dev/zero: this is a character device")
    _one_line_error(["check", str(tmp_path / "pipe.txt")], "pipe.txt: this is a named pipe (FIFO)")


def test_skip_bad_with_nothing_readable_says_what_was_wrong(tmp_path):
    (tmp_path / "a.csv").write_text("title,body2\nT,hello\n", encoding="utf-8")
    err = _one_line_error(["check", str(tmp_path), "--skip-bad"], "a.csv: the CSV header has no text column")
    assert "above" not in err


# ---------------------------------------------------------------- several analysts
@pytest.fixture
def two_stores(tmp_path):
    """ana and ben in their own stores, blind, on every seed claim; ben differs on two."""
    table = factcheck.check(SEEDS)
    stores = []
    for who, differs in (("ana", set()), ("ben", {3, 10})):
        path = tmp_path / f"{who}.jsonl"
        session = factcheck.ReviewSession(table, store=path, analyst=who, blind=True)
        for k, row in enumerate(table.itertuples()):
            other = next(v for v in ("conflicting", "agreed") if v != row.verdict)
            session.decide(other if k in differs else row.verdict)
        stores.append(path)
    return stores


def test_agreement_prints_the_figures(two_stores):
    code, out, err = run("agreement", "--store", str(two_stores[0]), "--store", str(two_stores[1]), str(SEEDS))
    assert code == 0 and err == ""
    assert out.startswith(
        "2 analysts (ana, ben): 54 decisions (54 made blind) on 27 claims; 27 claims decided by two or more."
    )
    for part in ("percent agreement  0.93", "Krippendorff's α (nominal)", "Fleiss' κ", "Cohen's κ per pair",
                 "(27 shared)", "Each analyst against the kit's suggestion", "Figures need at least 10 shared claims"):  # fmt: skip
        assert part in out, part
    again = run(
        "agreement",
        "--store",
        str(two_stores[0]),
        "--store",
        str(two_stores[1]),
        "--store",
        str(two_stores[0]),
        str(SEEDS),
    )
    assert again == (code, out, err)  # a store given twice counts once


def test_agreement_says_when_there_are_too_few_claims(two_stores):
    code, out, _ = run(
        "agreement", "--store", str(two_stores[0]), "--store", str(two_stores[1]), "--min-shared", "30", str(SEEDS)
    )
    assert code == 0 and "only 27 shared claims (fewer than 30): too few for a figure" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--store", "{dir}/nope.jsonl"], "nope.jsonl: no such decisions file"),
        (["--store", "{store}", "--min-shared", "0"], "--min-shared 0: give a number of claims, 1 or more"),
    ],
)
def test_agreement_errors_are_one_line(two_stores, args, message):
    args = [a.format(dir=two_stores[0].parent, store=two_stores[0]) for a in args]
    code, out, err = run("agreement", *args, str(SEEDS))
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err


def test_agreement_needs_a_store():
    with pytest.raises(SystemExit) as stop:
        run("agreement", str(SEEDS))
    assert stop.value.code == 2


def test_export_with_several_stores_uses_the_final_verdicts(tmp_path, two_stores):
    target = tmp_path / "checked.csv"
    code, out, _ = run(
        "export", "--store", str(two_stores[0]), "--store", str(two_stores[1]), str(SEEDS), "-o", str(target)
    )
    assert code == 0 and out.rstrip().endswith(
        "; 25 decided; 2 tied between analysts (no final verdict until adjudicated)"
    )
    table = read_export(target)
    assert table["resolution"].value_counts().to_dict() == {"unanimous": 25, "tied": 2}
    assert (table.loc[table["resolution"] == "tied", "final_verdict"] == "").all()
