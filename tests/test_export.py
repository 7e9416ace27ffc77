import json
import re
import sys
import tempfile
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import ExportError, FactcheckWarning, SchemaError, export, read_export
from factcheck.export import EXPORT_COLUMNS, export_frame

TABLE_FORMATS = ["csv", "json", "jsonl", "parquet", "xlsx"]
HOSTILE = [
    '=HYPERLINK("http://x","click")',
    "+1 555 0100 is the hotline number",
    "-5 degrees overnight",
    "@SUM(A1:A2)",
    "\tindented",
    "'quoted already",
    "plain text, with a comma",
    'He said "hi"\nthen left',
]

# Two outlets; the council sentence conflicts (7-2 vs 7-3) and one line is a formula.
OUTLET_A = """Council approves harbor budget

The city council approved a budget of $2.5 million for the harbor on Tuesday, Mayor Anna Varga said.

The vote was 7-2 after a debate that lasted three hours.

=HYPERLINK("http://x","click") is what the council website showed on Tuesday morning.
"""
OUTLET_B = """Council backs harbour spending plan

The city council approved a 2.5 million dollar budget for the harbour on Tuesday, Mayor Anna Varga said.

The vote was 7-3 after a debate that lasted three hours.

Council members said the old pier would close for repairs in June.
"""


@pytest.fixture(scope="module")
def seeds():
    return factcheck.check(SEEDS)


@pytest.fixture
def hostile(write):
    write("event/wire_a.txt", OUTLET_A)
    write("event/daily_b.txt", OUTLET_B)
    return factcheck.check(write("event/wire_a.txt", OUTLET_A).parent)


def _bare(texts, notes=None):
    """A claim table with just the columns export needs (plus a score)."""
    n = len(texts)
    return pd.DataFrame(
        {
            "claim_id": [f"a:{i:03d}" for i in range(1, n + 1)],
            "cluster_id": [f"c-a:{i:03d}" for i in range(1, n + 1)],
            "source": ["Wire"] * n,
            "text": texts,
            "verdict": ["single-sourced"] * n,
            "reasons": [""] * n,
            "note": notes if notes is not None else [""] * n,
            "score": list(range(n)),
        }
    )


@pytest.mark.parametrize("ext", TABLE_FORMATS)
def test_round_trip_on_the_seeds(seeds, tmp_path, ext):
    back = read_export(export(seeds, tmp_path / f"claims.{ext}"))
    expected = export_frame(seeds)
    assert list(back.columns) == list(expected.columns)
    for column in ("claim_id", "cluster_id", "source", "text", "verdict", "reasons", "counterparts"):
        assert back[column].tolist() == expected[column].tolist(), column
    assert back["position"].tolist() == seeds["position"].tolist()
    assert back["final_verdict"].fillna("").tolist() == [""] * len(seeds)


def test_columns_come_in_the_documented_order(seeds):
    frame = export_frame(seeds)
    assert tuple(frame.columns[: len(EXPORT_COLUMNS)]) == EXPORT_COLUMNS
    assert "final_verdict" not in seeds.columns  # input untouched


_CELL = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t"), max_size=40)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_CELL, min_size=1, max_size=5), data=st.data())
@pytest.mark.parametrize("ext", TABLE_FORMATS)
def test_round_trip_keeps_any_text(ext, texts, data):
    notes = data.draw(st.lists(_CELL, min_size=len(texts), max_size=len(texts)))
    table = _bare(texts, notes)
    with tempfile.TemporaryDirectory() as folder:
        back = read_export(export(table, Path(folder) / f"t.{ext}"))
    assert back["text"].fillna("").tolist() == texts
    assert back["note"].fillna("").tolist() == notes
    assert back["score"].tolist() == table["score"].tolist()


# Text formats keep control characters too (Excel cannot: see the mending test below).
_RAW_CELL = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00\r"), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(_RAW_CELL, _RAW_CELL), min_size=1, max_size=8))
@pytest.mark.parametrize("ext", ["csv", "json", "jsonl", "parquet"])
def test_text_formats_keep_control_characters(ext, rows):
    table = _bare([r[0] for r in rows], [r[1] for r in rows])
    with tempfile.TemporaryDirectory() as folder:
        back = read_export(export(table, Path(folder) / f"t.{ext}"))
    assert back["text"].fillna("").tolist() == table["text"].tolist()
    assert back["note"].fillna("").tolist() == table["note"].tolist()


def test_csv_cells_never_start_a_formula(tmp_path):
    path = export(_bare(HOSTILE), tmp_path / "t.csv")
    raw = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, dtype=str)
    for cell in raw.to_numpy().ravel():
        assert not cell.startswith(("=", "+", "-", "@", "\t")), cell
    assert raw.loc[0, "text"] == '\'=HYPERLINK("http://x","click")'
    assert read_export(path)["text"].tolist() == HOSTILE


def _sheet_xml(path, sheet):
    with zipfile.ZipFile(path) as book:
        return book.read(f"xl/worksheets/sheet{sheet}.xml").decode("utf-8")


def test_an_article_with_a_formula_stays_text_everywhere(hostile, tmp_path):
    formula = hostile[hostile["text"].str.startswith("=HYPERLINK")]
    assert len(formula) == 1  # the article line became a claim, formula and all
    csv_path = export(hostile, tmp_path / "claims.csv")
    first_cells = [line.split(",")[4] for line in csv_path.read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert '"\'=HYPERLINK(""http://x"",""click"") is what' in csv_path.read_text(encoding="utf-8-sig")
    assert all(not c.startswith(("=", "+", "-", "@")) for c in first_cells)
    xlsx_path = export(hostile, tmp_path / "claims.xlsx")
    for sheet in (1, 2):  # claims, clusters: neither holds a formula cell
        xml = _sheet_xml(xlsx_path, sheet)
        assert "<f>" not in xml and "HYPERLINK" in xml
    with zipfile.ZipFile(xlsx_path) as book:
        assert 'quotePrefix="1"' in book.read("xl/styles.xml").decode()
    assert read_export(xlsx_path)["text"].tolist() == hostile["text"].tolist()


def test_an_outlet_named_like_a_formula_heads_its_column_as_text(seeds, tmp_path):
    table = seeds.assign(source=seeds["source"].replace("UPI", '=HYPERLINK("http://x","click")'))
    path = export(table, tmp_path / "claims.xlsx")
    assert "<f>" not in _sheet_xml(path, 2)
    clusters = pd.read_excel(path, sheet_name="clusters", dtype=str, keep_default_na=False)
    assert '=HYPERLINK("http://x","click")' in clusters.columns


def test_xlsx_has_claims_clusters_and_summary(seeds, tmp_path):
    path = export(seeds, tmp_path / "claims.xlsx")
    sheets = pd.read_excel(path, sheet_name=None, dtype=str, keep_default_na=False)
    assert list(sheets) == ["claims", "clusters", "summary"]
    clusters = sheets["clusters"]
    assert len(clusters) == seeds["cluster_id"].nunique()
    assert {"UPI", "Reuters"} <= set(clusters.columns)
    spelling = clusters[clusters["conflict_types"] == "spelling"].iloc[0]
    assert "demacracy" in spelling["Reuters"] and "democracy" in spelling["UPI"]
    facts = sheets["summary"].set_index("item")["value"]
    assert facts["suggested: conflicting"] == "4"


def test_xlsx_mends_control_characters_with_a_warning(tmp_path):
    # Two cells: the claim on the claims sheet, and its wording on the clusters sheet.
    with pytest.warns(FactcheckWarning, match=r"t.xlsx: 2 cells changed to fit Excel \(control characters\)"):
        path = export(_bare(["bell\x07here"]), tmp_path / "t.xlsx")
    assert read_export(path)["text"].tolist() == ["bell\ufffdhere"]


def test_store_merges_the_decisions(seeds, tmp_path):
    store = tmp_path / "labels.jsonl"
    session = factcheck.ReviewSession(seeds, store=store, analyst="ana")
    first = session.current["claim_id"]
    session.decide("conflicting", note="=cmd|' /C calc'!A0")
    back = read_export(export(seeds, tmp_path / "reviewed.csv", store=store))
    row = back.set_index("claim_id").loc[first]
    assert (row["final_verdict"], row["analyst"], row["note"]) == ("conflicting", "ana", "=cmd|' /C calc'!A0")
    assert row["status"] == "decided"
    assert store.read_text(encoding="utf-8").count("\n") == 1  # the store is only read


def test_orphaned_decisions_keep_integer_columns(seeds, tmp_path):
    store = tmp_path / "labels.jsonl"
    factcheck.review.DecisionStore(store).decide("gone:001", "agreed", analyst="ana", text="An old claim.")
    table = factcheck.reviewed(seeds, store)
    frame = export_frame(table)
    assert str(frame["position"].dtype) == "Int64" and frame["position"].isna().sum() == 1
    back = read_export(export(table, tmp_path / "t.csv"))
    assert back["claim_id"].iloc[-1] == "gone:001" and pd.isna(back["position"].iloc[-1])


@pytest.mark.parametrize(
    ("ext", "marker"),
    [("html", "<!doctype html>"), ("md", "# Fact-check report"), ("htm", "<!doctype html>")],
)
def test_documents_for_people(seeds, tmp_path, ext, marker):
    text = export(seeds, tmp_path / f"report.{ext}").read_text(encoding="utf-8")
    assert text.startswith(marker)
    assert "demacracy" in text


def test_markdown_escapes_article_text(tmp_path):
    hostile = "<script>alert(1)</script> | *bold* [x](http://y)\nnext"
    text = export(_bare([hostile, "fine"]), tmp_path / "t.md", title="Re|port").read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    table_rows = [line for line in text.splitlines() if line.startswith("| a:")]
    unescaped_pipes = [len(re.findall(r"(?<!\\)\|", line)) for line in table_rows]
    assert len(table_rows) == 2 and len(set(unescaped_pipes)) == 1


def test_claimreview_needs_decisions(seeds, tmp_path):
    with pytest.raises(ExportError, match="--store"):
        export(seeds, tmp_path / "review.jsonld")
    assert not (tmp_path / "review.jsonld").exists()


def test_claimreview_from_decisions(seeds, tmp_path):
    store = tmp_path / "labels.jsonl"
    factcheck.ReviewSession(seeds, store=store, analyst="ana").decide("agreed")
    with pytest.warns(FactcheckWarning):
        path = export(seeds, tmp_path / "review.jsonld", store=store)
    items = json.loads(path.read_text(encoding="utf-8"))
    assert [i["@type"] for i in items] == ["ClaimReview"]


def test_parquet_without_pyarrow_says_how_to_install(seeds, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ExportError, match=r"needs pyarrow.*pip install pyarrow"):
        export(seeds, tmp_path / "t.parquet")
    assert list(tmp_path.iterdir()) == []


def test_no_partial_file_left_behind(seeds, tmp_path):
    for ext in TABLE_FORMATS:
        export(seeds, tmp_path / f"t.{ext}")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"t.{ext}" for ext in TABLE_FORMATS)


def test_never_writes_over_the_decisions_or_the_articles(seeds, tmp_path, write):
    store = tmp_path / "labels.jsonl"
    factcheck.ReviewSession(seeds, store=store, analyst="ana").decide("agreed")
    before = store.read_bytes()
    with pytest.raises(ExportError, match="that is the decisions store"):
        export(seeds, store, store=store)
    with pytest.raises(ExportError, match="holds review decisions"):
        export(seeds, store)
    assert store.read_bytes() == before
    article = write("event/a.md", OUTLET_A)  # .md: both an article and an export format
    write("event/b.txt", OUTLET_B)
    with pytest.raises(ExportError, match="one of the articles being checked"):
        export(factcheck.check(article.parent), article)
    assert article.read_text(encoding="utf-8") == OUTLET_A


@pytest.mark.parametrize(
    ("target", "message"),
    [("t.xls", "unsupported export format '.xls'"), ("missing/t.csv", "does not exist; create it first")],
)
def test_export_errors(seeds, tmp_path, target, message):
    with pytest.raises(ExportError, match=message):
        export(seeds, tmp_path / target)


def _denied(*args, **kwargs):
    raise PermissionError(13, "Permission denied")


@pytest.mark.parametrize("ext", [*TABLE_FORMATS, "md", "html"])
def test_a_folder_that_cannot_be_written_is_one_export_error(seeds, tmp_path, monkeypatch, ext):
    # Root ignores permission bits, so a read-only folder is simulated: no file can be created
    # there, and removing the temporary file that never came to be fails as well.
    real_open = open

    def read_only_open(file, mode="r", *args, **kwargs):
        if any(m in mode for m in "wax+") and str(file).startswith(str(tmp_path)):
            _denied()
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", read_only_open)
    monkeypatch.setattr(Path, "open", lambda self, mode="r", *a, **k: read_only_open(self, mode, *a, **k))
    monkeypatch.setattr(Path, "unlink", _denied)
    monkeypatch.setattr(Path, "replace", _denied)
    with pytest.raises(ExportError, match=rf"t\.{ext}: cannot write \(Permission denied\)") as info:
        export(seeds, tmp_path / f"t.{ext}")
    assert info.value.__suppress_context__  # one message, not a traceback of the clean-up


def test_export_needs_a_frame(tmp_path):
    with pytest.raises(ExportError, match="expected the claim table as a DataFrame, got list"):
        export([], tmp_path / "t.csv")


def test_export_names_a_missing_column(seeds, tmp_path):
    with pytest.raises(SchemaError, match="cluster_id"):
        export(seeds.drop(columns="cluster_id"), tmp_path / "t.csv")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("nope.csv", None, "no such file"),
        ("t.xml", b"<x/>", "cannot read '.xml'"),
        ("t.md", b"# x", "cannot read '.md'"),
        ("t.parquet", b"not parquet at all", "cannot be read as a parquet export"),
        ("t.xlsx", b"PK\x03\x04 broken", "cannot be read as a xlsx export"),
        ("t.json", b'[{"a": 1', "cannot be read as a json export"),
    ],
)
def test_read_export_errors(tmp_path, name, content, message):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    with pytest.raises(ExportError, match=message):
        read_export(tmp_path / name)


# ---------------------------------------------------------------- several analysts
def _two_analysts(seeds, folder):
    """ana and ben each in their own store: they agree on the first claim and disagree on the second."""
    stores = [folder / "ana.jsonl", folder / "ben.jsonl"]
    for store, analyst, verdicts in zip(stores, ["ana", "ben"], [["agreed", "agreed"], ["agreed", "conflicting"]]):
        session = factcheck.ReviewSession(seeds, store=store, analyst=analyst, blind=True)
        for verdict in verdicts:
            session.decide(verdict)
    return stores


def test_several_stores_give_the_final_verdicts(seeds, tmp_path):
    stores = _two_analysts(seeds, tmp_path)
    back = read_export(export(seeds, tmp_path / "checked.csv", store=[*stores, stores[0]]))
    assert tuple(back.columns[: len(EXPORT_COLUMNS)]) == EXPORT_COLUMNS
    assert back.loc[0, ["final_verdict", "resolution", "analyst", "verdicts"]].tolist() == [
        "agreed",
        "unanimous",
        "ana; ben",
        "ana: agreed; ben: agreed",
    ]
    assert back.loc[1, ["final_verdict", "resolution"]].tolist() == ["", "tied"]
    assert back.loc[2, ["final_verdict", "resolution", "verdicts"]].tolist() == ["", "", ""]


def test_several_stores_are_all_checked_and_guarded(seeds, tmp_path):
    stores = _two_analysts(seeds, tmp_path)
    with pytest.raises(ExportError, match=r"nope\.jsonl: no such decisions file"):
        export(seeds, tmp_path / "out.csv", store=[stores[0], tmp_path / "nope.jsonl"])
    with pytest.raises(ExportError, match=r"store=\[\] names no decisions file"):
        export(seeds, tmp_path / "out.csv", store=[])
    before = stores[1].read_bytes()
    with pytest.raises(ExportError, match="that is the decisions store"):
        export(seeds, stores[1], store=stores)
    assert stores[1].read_bytes() == before


def test_the_report_carries_the_agreement_only_with_two_analysts(seeds, tmp_path):
    stores = _two_analysts(seeds, tmp_path)
    both = export(seeds, tmp_path / "both.html", store=stores).read_text(encoding="utf-8")
    assert "<section id='agreement'>" in both and "2 analysts (ana, ben) made 4 decisions (4 blind)" in both
    one = export(seeds, tmp_path / "one.html", store=stores[0]).read_text(encoding="utf-8")
    assert "id='agreement'" not in one
    picked = export(seeds, tmp_path / "picked.html", store=stores, analyst="ben").read_text(encoding="utf-8")
    assert "id='agreement'" not in picked


@pytest.mark.parametrize("how", ["symlink", "hardlink", "other spelling"])
def test_never_writes_over_an_article_by_another_name(tmp_path, write, how):
    article = write("event/a.md", OUTLET_A)
    write("event/b.txt", OUTLET_B)
    table = factcheck.check(article.parent)
    if how == "other spelling":
        target = article.parent / ".." / "event" / "a.md"
    else:
        target = tmp_path / "out.md"
        (target.symlink_to if how == "symlink" else target.hardlink_to)(article)
    with pytest.raises(ExportError, match="one of the articles being checked"):
        export(table, target)
    assert article.read_text(encoding="utf-8") == OUTLET_A
