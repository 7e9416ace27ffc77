"""The self-contained HTML report (factcheck.report.render_report)."""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from conftest import EVENTS, SEEDS

import factcheck
from factcheck import report
from factcheck.errors import SchemaError
from factcheck.report import render_report

NUMBER_UPI = "000_44ee4c4737ad4eae:af94b438"
GONE = "000_44ee4c4737ad4eae:87ff6099"
HOSTILE = "<script>alert(1)</script> for the harbor <img src=x onerror=alert(1)>"
ARTICLE = """Council {verb} harbor piers{tail}

PORTVILLE, March 12 ({outlet}) -- The city council approved {n} new piers {hostile} on Tuesday, Mayor Anna Varga said.

{other}
"""


def hostile_folder(root: Path) -> Path:
    """Two outlets whose one shared sentence differs by a number and carries hostile markup."""
    folder = root / "hostile"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(
        ARTICLE.format(
            verb="approves",
            tail="",
            outlet="Wire A",
            n=7,
            hostile=HOSTILE,
            other="The vote followed a debate that lasted three hours in the old town hall.",
        ),
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        ARTICLE.format(
            verb="backs",
            tail=" - Daily B",
            outlet="Daily B",
            n=9,
            hostile=HOSTILE,
            other="Council members said the old pier would close for repairs in June.",
        ),
        encoding="utf-8",
    )
    return folder


def decide(table: pd.DataFrame, store: Path, analyst: str, claim_id: str, verdict: str, note: str = "") -> None:
    session = factcheck.ReviewSession(table, store=store, analyst=analyst)
    session.jump(claim_id)
    session.decide(verdict, note=note)


def reviewed_seeds(seeds: pd.DataFrame, store: Path) -> pd.DataFrame:
    """The seeds with a decision (hostile analyst name and note) and an orphaned decision."""
    decide(seeds, store, "<ana>", NUMBER_UPI, "conflicting", note="<b>confirmed</b> with UPI's desk")
    decide(seeds, store, "bob", GONE, "agreed", note="ORPHAN-NOTE")
    return factcheck.reviewed(seeds[seeds["claim_id"] != GONE], store)


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of <style> elements."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.styles: list[str] = []
        self._in_style = False
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def assert_self_contained(page: str) -> None:
    parsed = Tags(page)
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"script", "img", "iframe", "object", "embed", "link", "base", "frame", "audio", "video"}
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}=...>"
            if name in ("src", "href", "xlink:href", "action", "srcset", "poster", "data"):
                # a fragment of this page, or the heat map's pixels inlined as a PNG
                assert value.startswith(("#", "data:image/png;base64,")), (
                    f"<{tag} {name}={value[:60]!r}> leaves the page"
                )
            if name == "style":
                assert all(u.startswith("#") for u in re.findall(r"url\(\s*['\"]?([^'\")]*)", value))
    assert "@import" not in page
    for css in parsed.styles:
        assert "http" not in css and not re.search(r"url\(\s*['\"]?(?!#)", css)
    for target in re.findall(r"url\(\s*['\"]?([^'\")]*)", page):
        assert target.startswith("#"), f"url({target}) is not inside the page"


def section(page: str, name: str) -> str:
    match = re.search(rf'<section id="{name}">(.*?)</section>', page, re.S)
    assert match, f"no {name} section"
    return match.group(1)


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return factcheck.check(SEEDS)


@pytest.fixture(scope="module")
def seeds_page(seeds) -> str:
    return render_report(seeds)


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> str:
    table = factcheck.check(hostile_folder(tmp_path_factory.mktemp("report")))
    assert table["verdict"].tolist().count("conflicting") == 2
    return render_report(table, title="<script>alert('title')</script> Harbor & piers")


# ------------------------------------------------------------------ the seeds


def test_seeds_report_is_one_html_page(seeds_page):
    assert seeds_page.startswith('<!doctype html>\n<html lang="en">')
    assert '<meta charset="utf-8">' in seeds_page and seeds_page.endswith("</body></html>")
    assert "<title>Fact-check report</title>" in seeds_page and "<h1>Fact-check report</h1>" in seeds_page
    assert [s for s in re.findall(r'<section id="(\w+)">', seeds_page)] == [
        "verdicts",
        "map",
        "charts",
        "conflicts",
        "settings",
    ]
    assert seeds_page.count("<svg ") == 4


@pytest.mark.parametrize(("label", "count"), [("Agreed", 11), ("Conflicting", 4), ("Single-sourced", 12)])
def test_seeds_counts(seeds_page, label, count):
    counts = section(seeds_page, "verdicts")
    assert re.search(rf">{label}</span></td><td class='num'>{count}</td></tr>", counts)


def test_seeds_headline(seeds_page):
    assert "27 claims from 2 articles by 2 outlets" in seeds_page
    assert "suggested verdicts only (no analyst decisions yet)" in seeds_page
    assert "<tr><th>all claims</th><th class='num'>27</th></tr>" in seeds_page
    assert "analysts' verdict</th>" not in seeds_page
    assert "All 21 facts." in section(seeds_page, "map")


@pytest.mark.parametrize(
    ("heading", "marks"),
    [
        (
            "number: 2019 (UPI) ≠ 2018 (Reuters)",
            ['<mark class="fc-key">2019</mark>', '<mark class="fc-key">2018,</mark>'],
        ),
        (
            "spelling: demacracy (Reuters) ≠ democracy (UPI)",
            ['<mark class="fc-key">demacracy</mark>', '<mark class="fc-key">democracy</mark>'],
        ),
    ],
)
def test_seed_conflicts_show_both_wordings_marked(seeds_page, heading, marks):
    conflicts = re.findall(r"<article class='conflict'>(.*?)</article>", section(seeds_page, "conflicts"), re.S)
    assert len(conflicts) == 2
    (card,) = [c for c in conflicts if c.startswith(f"<h3>{heading}</h3>")]
    assert "benign" not in card and "alias" not in card
    outlets = re.findall(r"<div class='outlet'>(\w+)<span class='cid'>", card)
    assert sorted(outlets) == ["Reuters", "UPI"]
    for mark in marks:
        assert mark in card
    assert '<mark class="fc-diff">' in card  # the other words the outlets do not share


def test_settings_section(seeds, seeds_page):
    used = section(seeds_page, "settings")
    for key, value in [("min_score", 55), ("sure_score", 70), ("aliases", "bundled"), ("claims", 27)]:
        assert f"<tr><th>{key}</th><td>{value}</td></tr>" in used
    assert "<tr><th>outlets</th><td>Reuters, UPI</td></tr>" in used
    assert "<th>sources</th>" not in used and "UTC</td>" in used
    overridden = section(render_report(seeds, settings={"min_score": 61, "<k>": "<v>"}), "settings")
    assert "<tr><th>min_score</th><td>61</td></tr>" in overridden
    assert "<tr><th>&lt;k&gt;</th><td>&lt;v&gt;</td></tr>" in overridden


@pytest.mark.parametrize("page", ["seeds_page", "hostile_page"])
def test_report_is_self_contained(page, request):
    html = request.getfixturevalue(page)
    assert_self_contained(html)
    assert "<script" not in html.lower()


def test_svg_ids_are_unique_and_resolve(seeds_page):
    ids = re.findall(r'\sid="([^"]+)"', seeds_page)
    assert len(ids) == len(set(ids)) and len(ids) > 100
    references = set(re.findall(r'(?:href="#|url\(#)([^")]+)', seeds_page))
    assert references and references <= set(ids)
    assert re.findall(r'<svg data-figure="(\d)"', seeds_page) == ["1", "2", "3", "4"]


# ------------------------------------------------------------------ hostile text


def test_hostile_article_is_escaped(hostile_page):
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile_page
    assert "<script>" not in hostile_page and "<img" not in hostile_page
    tags = Tags(hostile_page).tags
    assert not any(tag in ("script", "img") or "onerror" in attrs for tag, attrs in tags)
    conflicts = section(hostile_page, "conflicts")
    assert conflicts.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2  # both wordings
    assert '<mark class="fc-key">7</mark>' in conflicts and '<mark class="fc-key">9</mark>' in conflicts
    assert "<h3>number: 7 (Wire A) ≠ 9 (Daily B)</h3>" in conflicts


def test_title_is_escaped(hostile_page):
    escaped = "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Harbor &amp; piers"
    assert f"<title>{escaped}</title>" in hostile_page and f"<h1>{escaped}</h1>" in hostile_page


def test_outlet_names_are_escaped(seeds):
    table = seeds.assign(source=seeds["source"].replace({"UPI": "<i>UPI</i> & Co"}))
    page = render_report(table)
    assert "<i>UPI" not in page
    assert "<div class='outlet'>&lt;i&gt;UPI&lt;/i&gt; &amp; Co<span class='cid'>" in page
    assert "<tr><th>outlets</th><td>&lt;i&gt;UPI&lt;/i&gt; &amp; Co, Reuters</td></tr>" in page
    assert_self_contained(page)


# ------------------------------------------------------------------ decisions


@pytest.fixture
def decided_page(seeds, tmp_path) -> str:
    return render_report(reviewed_seeds(seeds, tmp_path / "labels.jsonl"))


def test_report_with_decisions(decided_page):
    counts = section(decided_page, "verdicts")
    assert "<th>analysts' verdict</th>" in counts
    assert ">Conflicting</span></td><td class='num'>4</td><td class='num'>1</td></tr>" in counts
    assert "<th class='num'>1 decided</th>" in counts
    assert "with the analysts&#x27; verdicts" in decided_page
    decided = re.findall(r"<div class='decided'>(.*?)</div>", decided_page)
    assert decided == [
        '&lt;ana&gt;: <span class="badge conflicting">Conflicting</span>'
        " &mdash; &lt;b&gt;confirmed&lt;/b&gt; with UPI&#x27;s desk"
    ]
    assert "<b>confirmed" not in decided_page and "<ana>" not in decided_page
    assert_self_contained(decided_page)


def test_orphaned_decisions_are_mentioned_and_left_out(decided_page):
    assert "26 claims from 2 articles by 2 outlets" in decided_page
    assert "1 decisions are about claims no longer in these articles and are left out" in decided_page
    assert "ORPHAN-NOTE" not in decided_page and "bob" not in decided_page
    assert "<tr><th>claims</th><td>26</td></tr>" in section(decided_page, "settings")
    assert ">nan<" not in decided_page


def test_decisions_read_back_with_missing_values(seeds, tmp_path):
    table = reviewed_seeds(seeds, tmp_path / "labels.jsonl")
    table = table.replace({"": float("nan")})  # what a table read back from CSV looks like
    conflicts = section(render_report(table), "conflicts")
    assert conflicts.count("<div class='decided'>") == 1
    assert "nan" not in conflicts


# ------------------------------------------------------------------ caps and edge cases


@pytest.mark.parametrize(
    ("cap", "value", "expected", "articles"),
    [
        ("MAX_CONFLICTS", 1, "<p class='note'>Showing 1 of 2 conflicts.</p>", 1),
        ("MAX_CONFLICTS", 2, None, 2),
        ("MAP_ROWS", 5, "Showing 5 of 21 facts: conflicts and the most widely reported first.", 2),
    ],
)
def test_caps(seeds, monkeypatch, cap, value, expected, articles):
    monkeypatch.setattr(report, cap, value)
    page = render_report(seeds)
    assert page.count("<article class='conflict'>") == articles
    if expected:
        assert expected in page
    else:
        assert "Showing" not in section(page, "conflicts")
    if cap == "MAX_CONFLICTS" and value == 1:
        assert "<h3>number: 2019 (UPI) ≠ 2018 (Reuters)</h3>" in page and "demacracy" not in section(page, "conflicts")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("no-conflicts", "<p class='note'>No conflicts.</p>"),
        ("empty", "0 claims from 0 articles by 0 outlets"),
    ],
)
def test_tables_without_conflicts(seeds, rows, expected):
    table = seeds[seeds["verdict"] != "conflicting"] if rows == "no-conflicts" else seeds.iloc[0:0]
    page = render_report(table)
    assert expected in page
    assert page.count("<svg ") == 4 and "<article" not in page
    assert_self_contained(page)


def test_four_outlet_event():
    table = factcheck.check(EVENTS / "marisol_ferry_aground")
    page = render_report(table, title="Ferry aground")
    clusters = table.loc[table["verdict"] == "conflicting", "cluster_id"].nunique()
    assert page.count("<article class='conflict'>") == clusters
    assert f"{len(table)} claims from 4 articles by 4 outlets" in page
    for outlet in table["source"].unique():
        assert f"<div class='outlet'>{outlet}<span class='cid'>" in page
    assert_self_contained(page)


REQUIRED = ("claim_id", "cluster_id", "source", "text", "verdict", "reasons", "conflict_types")


@pytest.mark.parametrize("column", REQUIRED)
def test_missing_column_is_named(seeds, column):
    with pytest.raises(SchemaError, match=rf"checked-claim table is missing column\(s\) '{column}'"):
        render_report(seeds.drop(columns=[column]))


def test_not_a_dataframe():
    with pytest.raises(SchemaError, match="expected the checked-claim table as a pandas DataFrame, got str"):
        render_report("seeds")


def test_the_table_is_not_changed(seeds):
    before, attrs = seeds.copy(deep=True), copy.deepcopy(seeds.attrs)
    render_report(seeds, settings={"min_score": 1})
    pd.testing.assert_frame_equal(seeds, before)
    assert seeds.attrs == attrs


# ---------------------------------------------------------------- several analysts
def _agreement_page(seeds, tmp_path, analysts=("<ana>", "ben")):
    store = tmp_path / "labels.jsonl"
    for k, who in enumerate(analysts):
        session = factcheck.ReviewSession(seeds, store=store, analyst=who, blind=True)
        for row in seeds.itertuples():
            session.decide("conflicting" if (k, row.Index) == (1, 3) else row.verdict)
    figures = factcheck.agreement(store, seeds)
    return render_report(factcheck.reviewed(seeds, store), agreement=figures), figures


def test_the_agreement_section(seeds, tmp_path):
    page, figures = _agreement_page(seeds, tmp_path)
    section = page[page.index("<section id='agreement'>") : page.index("</section>", page.index("id='agreement'"))]
    assert (
        "2 analysts (&lt;ana&gt;, ben) made 54 decisions (54 blind); 27 claims were decided by two or more" in section
    )
    assert "<ana>" not in section  # an analyst's name is data, escaped like everything else
    for heading in ("On the shared claims", "Cohen's κ per pair", "Per suggested verdict", "Per conflict kind",
                    "Each analyst against the kit", "How the final verdicts were reached"):  # fmt: skip
        assert heading in section, heading
    alpha = figures.summary.set_index("measure").loc["Krippendorff's α (nominal)", "value"]
    assert f"<td class='num'>{alpha:.2f}</td>" in section
    assert "<th>unanimous</th><td class='num'>26</td>" in section and "<th>tied</th><td class='num'>1</td>" in section
    assert "too few for a figure" in section  # the per-verdict groups hold fewer than 10 shared claims
    assert page.index("id='agreement'") > page.index('id="verdicts"')


def test_no_agreement_section_without_two_analysts(seeds, tmp_path):
    page, _ = _agreement_page(seeds, tmp_path, analysts=("ana",))
    assert "id='agreement'" not in page
    assert "id='agreement'" not in render_report(seeds)
