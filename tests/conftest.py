"""Shared fixtures: the repo's seeds and events, and small hand-written articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EVENTS = ROOT / "tests" / "data" / "events"
EVENT_DIRS = sorted(p for p in EVENTS.iterdir() if p.is_dir())


def at(table, ref: str) -> str:
    """The claim id of ``"<article_id>:<position>"`` (e.g. ``"harbor-1:002"``, the second claim of
    article harbor-1): claim ids come from the wording, tests name claims by place."""
    if ref in set(table["claim_id"]):
        return ref
    article, position = ref.rsplit(":", 1)
    found = table.loc[(table["article_id"] == article) & (table["position"] == int(position)), "claim_id"]
    assert len(found) == 1, f"no claim {ref}"
    return found.iloc[0]


def reword(table, claim_id: str, edit):
    """The table as a re-run would give it after the outlet edited one sentence:
    ``edit(text)`` is the new wording, and the claim gets the id of its new wording."""
    from factcheck.claims import claim_hash

    out = table.copy()
    row = out["claim_id"] == claim_id
    text = edit(out.loc[row, "text"].iloc[0])
    out.loc[row, "text"] = text
    out.loc[row, "claim_id"] = f"{claim_id.rsplit(':', 1)[0]}:{claim_hash(text)}"
    return out


def expected(event: Path) -> dict:
    return json.loads((event / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def write(tmp_path):
    """Write ``content`` (str -> UTF-8, or bytes) to ``tmp_path/name``; return the path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return _write


WIRE_A = """Advertisement

Council approves harbor budget

PORTVILLE, March 12 (Wire A) -- The city council approved a budget of $2.5 million for the harbor on Tuesday, Mayor Anna Varga said.

The vote was 7-2 after a debate that lasted three hours.

Share this article
"""

WIRE_B = """Council backs harbour spending plan - Daily B

PORTVILLE (Daily B) – The city council approved a 2.5 million dollar budget for the harbour on Wednesday, Mayor Anna Vargas said.

Council members said the old pier would close for repairs in June.

(Reporting by Jane Roe; Editing by John Doe)
"""


@pytest.fixture
def two_outlets(write):
    """A two-article folder with a planted weekday and name conflict."""
    write("event/a.txt", WIRE_A)
    write("event/b.txt", WIRE_B)
    return write("event/a.txt", WIRE_A).parent


# ---------------------------------------------------------------- real browser (Debian chromium via Playwright)
import os  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROME_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run must apt-get install it")
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROME_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    ctx.close()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
