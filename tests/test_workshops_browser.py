"""The learner app in Voilà and the class report, in headless Chromium (Debian chromium via Playwright).

The app is started as a trainer starts it, with ``factcheck workshop serve DIR``. A learner types a name,
clicks a verdict, presses keys, sees the feedback, and the store in DIR/answers is written. Screenshots land
in test-artifacts/ (workshop-*.png) for a person to look at.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys

import pytest
from conftest import ROOT
from test_browser import _decisions, _free_port, _port_open, _wait

from factcheck.workshops import ExerciseSession, class_results, new_workshop, write_class_report


def _stop_group(proc):
    """SIGTERM to the serve command and its Voilà (one process group): Voilà shuts its kernels down."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(20)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    base = tmp_path_factory.mktemp("workshop-voila")
    room = new_workshop("elderwick-fair", base / "room1")
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    log = open(base / "serve.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "workshop", "serve", str(room.folder), "--port", str(port), "--no-browser"],
        cwd=base, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        _wait(lambda: _port_open(port), proc)
        yield {"url": f"http://127.0.0.1:{port}", "room": room, "log": base / "serve.log"}
    finally:
        _stop_group(proc)
        log.close()


def test_a_learner_does_the_exercise_in_voila(served, browser, artifacts):
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        page.goto(served["url"] + "/")
        name = page.locator(".fc-name input")
        name.wait_for(state="visible", timeout=120_000)
        expect(page.locator(".fc-app-intro")).to_contain_text("Harvest fair in Elderwick")
        body = page.inner_text("body")
        assert "learner_app" not in body and "import" not in body  # no code shown
        page.screenshot(path=str(artifacts / "workshop-voila-start.png"), full_page=True)
        name.fill("Browser Ana")
        page.locator("button.fc-start").click()

        progress = page.locator(".fc-progress")
        expect(progress).to_contain_text("0 of 29 answered", timeout=60_000)
        expect(progress).to_contain_text("learner Browser Ana")
        card = page.locator(".fc-card-view")
        expect(card).to_contain_text("Closest sentence in Northline News")
        expect(card.locator("mark")).to_have_count(0)  # nothing marked before the answer
        expect(card).not_to_contain_text("Suggested")  # the kit's suggestion is hidden,
        expect(page.get_by_text("Suggested")).to_be_hidden()  # and so is the filter by it

        # A click: the first claim is the weekday conflict; "Agreed" is wrong.
        page.locator("button.fc-btn-agreed").click()
        feedback = page.locator(".fc-feedback")
        expect(feedback).to_contain_text("Not quite: you said Agreed; the answer is Conflicting (weekday)")
        expect(feedback).to_contain_text("opened on Saturday, the Northline News says Sunday")
        expect(card.locator("mark.fc-key", has_text="Sunday")).to_be_visible()
        expect(page.locator("button.fc-btn-conflicting")).to_be_disabled()  # final once explained
        store = served["room"].answers / "browser-ana.jsonl"
        events = _decisions(store, 1)
        assert (events[-1]["analyst"], events[-1]["verdict"], events[-1]["blind"]) == ("Browser Ana", "agreed", True)
        page.mouse.move(5, 5)
        page.screenshot(path=str(artifacts / "workshop-voila-feedback-wrong.png"), full_page=True)

        # Keys, with the pointer over the exercise: j for the next claim, 2 for Conflicting.
        page.locator(".fc-keyed").hover()
        page.keyboard.press("j")
        expect(progress).to_contain_text("claim 2 of 29")
        expect(feedback).to_have_count(0)
        page.keyboard.press("2")
        expect(feedback).to_contain_text("Right: Conflicting (number)")
        expect(progress).to_contain_text("2 of 29 answered · 1 right so far")
        events = _decisions(store, 2)
        assert events[-1]["verdict"] == "conflicting"
        assert "210" in events[-1]["text"] or "120" in events[-1]["text"]
        page.mouse.move(5, 5)
        page.screenshot(path=str(artifacts / "workshop-voila-feedback-right.png"), full_page=True)

        # The rest by keys, always "1" (Agreed), then the score.
        page.locator(".fc-keyed").hover()
        for n in range(3, 30):
            page.keyboard.press("j")
            expect(progress).to_contain_text(f"claim {n} of 29")
            page.keyboard.press("1")
            expect(progress).to_contain_text(f"{n} of 29 answered")
        score = page.locator(".fc-score")
        expect(score).to_contain_text("You got 12 of 29 right (41%)")
        expect(score).to_contain_text("To look at again (17)")
        assert len(_decisions(store, 29)) == 29
        page.mouse.move(5, 5)
        score.scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts / "workshop-voila-score.png"), full_page=True)
    finally:
        context.close()


def test_the_class_report_in_the_browser(browser, artifacts, tmp_path):
    from test_report_browser import open_report

    room = new_workshop("lowmere-storm", tmp_path / "room")
    table = room.pack.check()
    for who, wrong_every in (("<b>ana</b>", 5), ("ben", 3), ("cy", 2)):
        s = ExerciseSession(table, room.pack.key, store=room.store_for(who.strip("<b>/")), analyst=who)
        for k, row in enumerate(s.key.itertuples()):
            s.jump(row.claim_id)
            s.decide(
                row.verdict if k % wrong_every else "single-sourced" if row.verdict != "single-sourced" else "agreed"
            )
    report = write_class_report(class_results(room.stores(), table, room.pack.key), tmp_path / "class.html")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        seen = open_report(page, report)
        assert page.title() == "Class report: Storm on Lowmere island"
        text = page.inner_text("main")
        for words in ("3 learners", "The kinds the room missed most", "The hardest claims",
                      "Confusion matrix against the key", "Agreement between learners", "<b>ana</b>",
                      "The kit's own suggestions score 32 of 34"):  # fmt: skip
            assert words in text, words
        assert page.evaluate("document.scripts.length") == 0 and page.locator("main b").count() == 0
        for width in (1280, 800):
            page.set_viewport_size({"width": width, "height": 900})
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), width
        page.set_viewport_size({"width": 1280, "height": 900})
        page.screenshot(path=str(artifacts / "workshop-class-report.png"), full_page=True)
        assert seen == {"dialogs": [], "requests": []}
    finally:
        context.close()
