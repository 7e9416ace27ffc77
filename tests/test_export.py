import pandas as pd
import pytest

from factcheck import ExportError, export, read_export

HOSTILE = [
    '=HYPERLINK("http://x","click")',
    "+1 555 0100",
    "-5 degrees overnight",
    "@SUM(A1:A2)",
    "\tindented",
    "'quoted already",
    "plain text, with a comma",
    'He said "hi"\nthen left',
]


def _table():
    return pd.DataFrame(
        {
            "claim_id": [f"a:{i:03d}" for i in range(1, len(HOSTILE) + 1)],
            "text": HOSTILE,
            "score": list(range(len(HOSTILE))),
            "numbers": [("3", "2019")] + [()] * (len(HOSTILE) - 1),
        }
    )


def test_csv_cells_never_start_a_formula(tmp_path):
    path = export(_table(), tmp_path / "t.csv")
    raw = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, dtype=str)
    for cell in raw.to_numpy().ravel():
        assert not cell.startswith(("=", "+", "-", "@", "\t")), cell
    assert raw.loc[0, "text"] == '\'=HYPERLINK("http://x","click")'


@pytest.mark.parametrize("ext", ["csv", "json", "jsonl"])
def test_round_trip(tmp_path, ext):
    table = _table()
    back = read_export(export(table, tmp_path / f"t.{ext}"))
    assert back["text"].tolist() == HOSTILE
    assert back["score"].tolist() == table["score"].tolist()
    assert back.loc[0, "numbers"] == "3; 2019"


def test_no_partial_file_left_behind(tmp_path):
    export(_table(), tmp_path / "t.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


@pytest.mark.parametrize(
    ("target", "message"),
    [("t.xls", "unsupported export format '.xls'"), ("missing/t.csv", "does not exist; create it first")],
)
def test_export_errors(tmp_path, target, message):
    with pytest.raises(ExportError, match=message):
        export(_table(), tmp_path / target)


def test_export_needs_a_frame(tmp_path):
    with pytest.raises(ExportError, match="expected the claim table as a DataFrame, got list"):
        export([], tmp_path / "t.csv")


@pytest.mark.parametrize(("name", "message"), [("nope.csv", "no such file"), ("t.xml", "cannot read '.xml'")])
def test_read_export_errors(tmp_path, name, message):
    with pytest.raises(ExportError, match=message):
        read_export(tmp_path / name)
