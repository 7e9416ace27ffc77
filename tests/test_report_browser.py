"""The HTML report in a real browser (Debian chromium via Playwright): layout, escaping, no scripts.

Screenshots land in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS
from test_report import HOSTILE, decide, hostile_folder

import factcheck
from factcheck.report import render_report

NOTE = '<img src=x onerror="window.__pwned=1"> checked <b>both</b> desks'

# Boxes that sit side by side or one under the other must never cover each other.
OVERLAPS = """() => {
  const rect = (e) => e.getBoundingClientRect();
  const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className : '');
  const groups = [[...document.querySelectorAll('main > header, main > section')]];
  for (const row of document.querySelectorAll('.row, .wordings, main > section')) groups.push([...row.children]);
  const bad = [];
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = rect(group[i]), b = rect(group[j]);
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) bad.push(`${name(group[i])} x ${name(group[j])}`);
      }
    }
  }
  for (const row of document.querySelectorAll('.row, .wordings, main')) {
    const r = rect(row);
    for (const child of row.children) {
      const c = rect(child);
      if (c.left < r.left - 0.5 || c.right > r.right + 0.5) bad.push(`${name(child)} sticks out of ${name(row)}`);
    }
  }
  return bad;
}"""

SVGS = """() => [...document.querySelectorAll('svg')].map((s) => {
  const r = s.getBoundingClientRect(), f = s.closest('figure').getBoundingClientRect();
  return {width: r.width, height: r.height, inside: r.left >= f.left - 0.5 && r.right <= f.right + 0.5};
})"""

MARKS = """() => [...document.querySelectorAll('#conflicts mark.fc-key')].map((m) => {
  const r = m.getBoundingClientRect(), style = getComputedStyle(m);
  return {text: m.textContent, background: style.backgroundColor, color: style.color, width: r.width, height: r.height,
          visible: style.visibility === 'visible' && style.display !== 'none'};
})"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("report-browser")
    seeds = folder / "seeds.html"
    seeds.write_text(render_report(factcheck.check(SEEDS)), encoding="utf-8")
    table = factcheck.check(hostile_folder(folder))
    store = folder / "labels.jsonl"
    first = table.loc[table["verdict"] == "conflicting", "claim_id"].iloc[0]
    decide(table, store, "<i>ana</i>", first, "conflicting", note=NOTE)
    hostile = folder / "hostile.html"
    page = render_report(factcheck.reviewed(table, store), title="<script>window.__pwned=1</script>Harbor piers")
    hostile.write_text(page, encoding="utf-8")
    return {"seeds": seeds, "hostile": hostile}


def open_report(page, path: Path) -> dict[str, list]:
    """Load the report, recording any dialog and any request that leaves the file."""
    seen: dict[str, list] = {"dialogs": [], "requests": []}
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else seen["requests"].append(r.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return seen


def check_layout(page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"overflows at {width}px"
    assert page.evaluate(OVERLAPS) == [], f"boxes overlap at {width}px"
    svgs = page.evaluate(SVGS)
    assert len(svgs) == 4
    assert all(s["width"] > 50 and s["height"] > 50 for s in svgs), svgs
    assert all(s["inside"] for s in svgs), f"a chart is wider than its figure at {width}px"


def check_marks(page) -> list[str]:
    marks = page.evaluate(MARKS)
    assert marks
    for mark in marks:
        assert mark["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), mark
        assert mark["background"] != mark["color"] and mark["visible"] and mark["width"] > 0 and mark["height"] > 0
    return [m["text"] for m in marks]


def test_seeds_report_in_the_browser(page, reports, artifacts):
    seen = open_report(page, reports["seeds"])
    assert page.title() == "Fact-check report"
    check_layout(page, 1280)
    page.screenshot(path=str(artifacts / "report-seeds.png"), full_page=True)
    assert {"demacracy", "democracy", "2019", "2018,"} <= set(check_marks(page))
    text = page.inner_text("main")
    for words in (
        "27 claims from 2 articles by 2 outlets",
        "spelling: demacracy (Reuters) ≠ democracy (UPI)",
        "min_score",
    ):
        assert words in text
    check_layout(page, 800)
    page.screenshot(path=str(artifacts / "report-seeds-800.png"), full_page=True)
    assert seen == {"dialogs": [], "requests": []}


def test_hostile_report_shows_markup_as_text(page, reports, artifacts):
    seen = open_report(page, reports["hostile"])
    check_layout(page, 1280)
    page.screenshot(path=str(artifacts / "report-hostile.png"), full_page=True)
    conflicts = page.inner_text("#conflicts")
    assert conflicts.count("<script>alert(1)</script>") == 2
    assert "<img src=x onerror=alert(1)>" in conflicts and HOSTILE.split(" for ")[0] in conflicts
    assert NOTE in conflicts and "<i>ana</i>: Conflicting" in conflicts
    assert page.title() == "<script>window.__pwned=1</script>Harbor piers"
    assert page.inner_text("h1") == page.title()
    assert {"7", "9"} <= set(check_marks(page))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.images.length") == 0
    assert page.locator("#conflicts b, #conflicts i, #conflicts img").count() == 0
    check_layout(page, 800)
    assert seen == {"dialogs": [], "requests": []}
