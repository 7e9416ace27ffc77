"""The reviewer in a real JupyterLab and in Voilà, driven by headless Chromium.

Recipe and pitfalls: ../shared/docs/browser-testing.md. Screenshots land in
test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import ROOT

TOKEN = "fc-test-token"
NOTEBOOK = "notebooks/01_quick_start.ipynb"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(ready, proc, timeout=90):
    t0 = time.time()
    while time.time() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with status {proc.returncode}")
        if ready():
            return
        time.sleep(0.2)
    raise TimeoutError("server did not start")


def _http_ok(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200
    except Exception:
        return False


def _port_open(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def _stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)  # jupyter_server shuts its kernels down on SIGTERM
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(15)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # stray kernels, if any


import os  # noqa: E402


def _workspace(base):
    root = base / "root"
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    settings = base / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    store = base / "labels.jsonl"
    env = dict(
        os.environ,
        JUPYTERLAB_SETTINGS_DIR=str(base / "settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(base / "workspaces"),
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
        FACTCHECK_STORE=str(store),  # the kernel inherits the server's environment
        FACTCHECK_ANALYST="browser",
    )
    return root, store, env


def _jupyter_server(tmp_path_factory, app):
    base = tmp_path_factory.mktemp(app)
    root, store, env = _workspace(base)
    port = _free_port()
    cmd = [
        sys.executable, "-m", app, "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0", f"--IdentityProvider.token={TOKEN}", "--ServerApp.password=",
        f"--ServerApp.root_dir={root}", f"--{'LabApp' if app == 'jupyterlab' else 'JupyterNotebookApp'}.expose_app_in_browser=True",
    ]  # fmt: skip
    if app == "jupyterlab":
        cmd += ["--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")  # CI runs as root; Jupyter refuses otherwise
    log = open(base / "server.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(lambda: _http_ok(f"{url}/api/status?token={TOKEN}"), proc)
        yield {"url": url, "store": store, "root": root}
    finally:
        _stop(proc)
        log.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    yield from _jupyter_server(tmp_path_factory, "jupyterlab")


@pytest.fixture(scope="module")
def notebook7(tmp_path_factory):
    yield from _jupyter_server(tmp_path_factory, "notebook")


@pytest.fixture(scope="module")
def voila(tmp_path_factory):
    base = tmp_path_factory.mktemp("voila")
    root, store, env = _workspace(base)
    port = _free_port()
    cmd = [
        sys.executable, "-m", "voila", str(root / NOTEBOOK), "--no-browser", "--Voila.ip=127.0.0.1", f"--port={port}",
        "--Voila.port_retries=0", f"--token={TOKEN}", "--show_tracebacks=True",
    ]  # fmt: skip
    log = open(base / "server.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        cmd, cwd=root / "notebooks", env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        _wait(lambda: _port_open(port), proc)
        yield {"url": f"http://127.0.0.1:{port}", "store": store}
    finally:
        _stop(proc)
        log.close()


def _decisions(store, n, timeout=15):
    """The store's events once it holds ``n`` (the write is asynchronous to the click)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        lines = store.read_text(encoding="utf-8").splitlines() if store.exists() else []
        if len(lines) >= n:
            return [json.loads(line) for line in lines]
        time.sleep(0.1)
    raise AssertionError(f"the store has {len(lines)} events, expected {n}")


NOTEBOOK_STATE = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const cells = panel.content.model.cells;
  const out = [];
  for (let i = 0; i < cells.length; i++) { const c = cells.get(i); out.push([c.type, c.sharedModel.getSource()]); }
  return {cells: out, active: panel.content.activeCellIndex, mode: panel.content.mode};
}"""


def _review_then_check(page, store, shot, snapshot=None):
    """Click Agreed, press 2, j and k over the reviewer; check the store and the screen.

    ``snapshot`` (JupyterLab) is read just before and after the keys: they must
    not have changed the notebook."""
    from playwright.sync_api import expect

    progress = page.locator(".fc-progress")
    expect(progress).to_contain_text("0 of 27 decided", timeout=90_000)
    card = page.locator(".fc-card-view")
    expect(card).to_contain_text("000_44ee4c4737ad4eae:20d4bb64")

    page.locator("button.fc-btn-agreed").click()
    expect(progress).to_contain_text("1 of 27 decided")
    expect(progress).to_contain_text("Agreed 1")
    expect(card).to_contain_text("000_44ee4c4737ad4eae:a9b07e1e")  # the next claim is shown
    events = _decisions(store, 1)
    assert (events[-1]["claim_id"], events[-1]["verdict"]) == ("000_44ee4c4737ad4eae:20d4bb64", "agreed")

    before = snapshot() if snapshot else None
    page.locator(".fc-keyed").hover()  # keys work with the pointer over the reviewer, no click
    page.keyboard.press("2")
    expect(progress).to_contain_text("2 of 27 decided")
    expect(progress).to_contain_text("Conflicting 1")
    expect(card).to_contain_text("000_44ee4c4737ad4eae:87ff6099")
    events = _decisions(store, 2)
    assert (events[-1]["claim_id"], events[-1]["verdict"]) == ("000_44ee4c4737ad4eae:a9b07e1e", "conflicting")

    page.keyboard.press("j")
    expect(progress).to_contain_text("claim 4 of 27 shown")
    page.keyboard.press("k")
    expect(progress).to_contain_text("claim 3 of 27 shown")
    if snapshot:
        after = snapshot()
        # "2" would have turned the active cell into a heading, "j"/"k" would have moved it.
        assert after == before, (before, after)

    # Show a conflict for the screenshot: the claim beside its counterpart, differences marked.
    page.locator(".fc-reviewer select").first.select_option("conflicting")
    expect(card.locator(".fc-card")).to_have_count(2)
    expect(card.locator("mark.fc-diff").first).to_be_visible()
    page.mouse.move(5, 5)
    card.scroll_into_view_if_needed()
    page.screenshot(path=str(shot), full_page=True)


def _shutdown_kernels(page):
    page.evaluate(
        """async () => { const r = await fetch('/api/sessions');
        for (const s of await r.json()) await fetch('/api/sessions/' + s.id, {method: 'DELETE',
          headers: {'X-XSRFToken': (document.cookie.match(/_xsrf=([^;]+)/) || [])[1] || ''}}); }"""
    )


def _run_all(page, tries=3):
    """Run > Run All Cells, again if no cell started: on a loaded machine the kernel
    status can read idle before the kernel takes requests, and the first click is lost."""
    started = """() => [...document.querySelectorAll('.jp-InputPrompt')].some((p) => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""
    for _ in range(tries):
        page.locator("#jp-MainMenu").get_by_text("Run", exact=True).click()
        page.locator(".lm-Menu").get_by_text("Run All Cells", exact=True).click()
        try:
            page.wait_for_function(started, timeout=20_000)
            return
        except Exception:  # playwright's TimeoutError: nothing ran, click again
            continue
    raise AssertionError(f"no cell started after {tries} clicks on Run All Cells")


def test_reviewer_in_jupyterlab(lab, page, artifacts):
    from playwright.sync_api import expect

    page.goto(f"{lab['url']}/lab/tree/{NOTEBOOK}?token={TOKEN}")
    page.locator(".jp-NotebookPanel").first.wait_for(state="visible", timeout=60_000)
    # Not the execution indicator: it reads "idle" before the kernel exists (pitfall 3).
    expect(page.get_by_role("button", name=re.compile(r"\(ipykernel\) \| Idle"))).to_be_visible(timeout=60_000)
    _run_all(page)
    page.locator(".fc-progress").wait_for(timeout=90_000)
    expect(page.locator(".fc-progress")).to_contain_text("0 of 27 decided", timeout=90_000)
    page.keyboard.press("Escape")  # command mode, where JupyterLab's single-key shortcuts live
    snapshot = lambda: page.evaluate(NOTEBOOK_STATE)  # noqa: E731
    assert snapshot()["mode"] == "command"
    _review_then_check(page, lab["store"], artifacts / "reviewer-jupyterlab.png", snapshot)
    # Control: with the pointer away from the reviewer, JupyterLab does get "k" (the
    # check above would have seen a leaked key).
    page.mouse.move(5, 5)
    page.locator(".jp-NotebookPanel .jp-Cell").last.click()
    page.keyboard.press("Escape")
    start = snapshot()["active"]
    page.keyboard.press("k")
    assert snapshot()["active"] == start - 1
    _shutdown_kernels(page)


def test_reviewer_in_notebook7(notebook7, page, artifacts):
    from playwright.sync_api import expect

    page.goto(f"{notebook7['url']}/notebooks/{NOTEBOOK}?token={TOKEN}")
    # Notebook 7 reports the kernel in a screen-reader span, not a visible label.
    page.get_by_text("Kernel status: Idle").first.wait_for(state="attached", timeout=60_000)
    _run_all(page)
    expect(page.locator(".fc-progress")).to_contain_text("0 of 27 decided", timeout=90_000)
    _review_then_check(page, notebook7["store"], artifacts / "reviewer-notebook7.png")
    _shutdown_kernels(page)


def test_reviewer_in_voila(voila, page, artifacts):
    page.goto(f"{voila['url']}/?token={TOKEN}")
    _review_then_check(page, voila["store"], artifacts / "reviewer-voila.png")
