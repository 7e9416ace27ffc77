"""The exercise reviewer and the learner app driven from Python: buttons clicked, keys sent as the browser sends them."""

from __future__ import annotations

import pytest

from factcheck import Reviewer, read_decisions
from factcheck.review.exercise_widget import ExerciseReviewer
from factcheck.workshops import load_pack, new_workshop
from factcheck.workshops.learner_widget import learner_app

PACK = load_pack("elderwick-fair")
TABLE = PACK.check()
KEY = PACK.key.resolve(TABLE)


def press(reviewer, key, **mods):
    reviewer.shortcuts._handle_mouse_msg(None, {"event": "keydown", "key": key, **mods}, [])


@pytest.fixture
def exercise(tmp_path):
    return Reviewer(TABLE, store=tmp_path / "ana.jsonl", analyst="ana", exercise=PACK.key)


def test_reviewer_with_exercise_opens_the_exercise_view(exercise):
    assert isinstance(exercise, ExerciseReviewer) and "fc-exercise-review" in exercise._dom_classes
    assert "0 of 29 answered" in exercise.progress_html.value and "learner ana" in exercise.progress_html.value
    card = exercise.card.value
    assert "Suggested" not in card and "<mark" not in card and "agrees with" not in card  # the kit is hidden
    assert "Closest sentence in Northline News" in card and "Closest sentence in Vale Weekly" in card
    assert exercise.children[0].layout.display == "none" and exercise.note.layout.display == "none"
    assert exercise.undo_button.layout.display == "none"  # answers are final with feedback after each


def test_a_click_shows_right_or_wrong_the_explanation_and_the_marked_words(exercise, tmp_path):
    exercise.buttons["agreed"].click()
    card = exercise.card.value
    assert "Not quite: you said Agreed; the answer is Conflicting (weekday)" in card
    assert "opened on Saturday, the Northline News says Sunday" in card
    assert '<mark class="fc-key">Saturday</mark>' in card and '<mark class="fc-key">Sunday</mark>' in card
    assert "Not quite." in exercise.status.value
    assert all(b.disabled for b in exercise.buttons.values())  # final: the explanation is shown
    assert read_decisions(tmp_path / "ana.jsonl")["verdict"].tolist() == ["agreed"]


def test_keys_answer_and_move_on(exercise):
    press(exercise, "2")
    assert "Right: Conflicting (weekday)" in exercise.card.value
    assert "1 right so far" in exercise.progress_html.value
    press(exercise, "j")
    assert "claim 2 of 29" in exercise.progress_html.value and "Not answered yet" in exercise.card.value
    press(exercise, "2")
    assert "Right: Conflicting (number)" in exercise.card.value
    press(exercise, "k")
    assert "claim 1 of 29" in exercise.progress_html.value
    press(exercise, "1")  # already answered: refused, and said so
    assert "your answer on this claim is in" in exercise.status.value
    press(exercise, "2", ctrlKey=True)  # modifiers are left to the browser
    assert exercise.session.progress().decided == 2


def test_the_score_shows_when_every_claim_is_answered(exercise):
    right = dict(zip(KEY["claim_id"], KEY["verdict"]))
    for _ in range(29):
        verdict = right[exercise.session.current["claim_id"]]
        exercise.buttons[verdict if verdict != "single-sourced" else "agreed"].click()
        press(exercise, "j")
    assert exercise.session.finished
    score = exercise.score_html.value
    assert "You got 26 of 29 right (90%)" in score and "To look at again (3)" in score
    assert "Only the Courier reports the lost spaniel" in score


def test_feedback_at_the_end(tmp_path):
    r = Reviewer(TABLE, store=tmp_path / "b.jsonl", analyst="ben", exercise=PACK.key, feedback="end")
    r.buttons["agreed"].click()
    assert "answers shown at the end" in r.progress_html.value and "The answers show at the end" in r.status.value
    assert "claim 2 of 29" in r.progress_html.value and r.undo_button.layout.display is None
    press(r, "k")
    assert "Your answer: <b>Agreed</b>" in r.card.value and "Not quite" not in r.card.value
    r.undo_button.click()
    assert r.session.progress().decided == 0
    for _ in range(29):
        r.buttons["conflicting"].click()
    assert r.session.finished and "All answered</b>: your score is below" in r.status.value
    assert "You got 15 of 29 right" in r.score_html.value


def test_hostile_article_text_key_and_name_show_as_text(tmp_path):
    import factcheck
    from factcheck.workshops import AnswerKey

    folder = tmp_path / "hostile"
    folder.mkdir()
    for outlet, day in (("Wire A", "Monday"), ("Wire B", "Tuesday")):
        body = f"Vote - {outlet}\n\nPORTVILLE ({outlet}) - The <script>alert(1)</script> vote passed on {day}.\n"
        (folder / f"{outlet[-1]}.txt").write_text(body)
    claims = [{"outlet": "Wire A", "phrase": "vote passed"}, {"outlet": "Wire B", "phrase": "vote passed"}]
    key = AnswerKey.from_facts([{"kind": "weekday", "explanation": "<img src=x onerror=alert(1)>",
                                 "words": ["Monday"], "claims": claims}])  # fmt: skip
    r = Reviewer(factcheck.check(folder), store=tmp_path / "h.jsonl", analyst="<b>eve</b>", exercise=key)
    r.buttons["conflicting"].click()
    assert "<script>" not in r.card.value and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.card.value
    assert "<img" not in r.card.value and "&lt;img src=x onerror=alert(1)&gt;" in r.card.value
    assert "<b>eve</b>" not in r.progress_html.value and "&lt;b&gt;eve&lt;/b&gt;" in r.progress_html.value
    assert "<img" not in r.score_html.value and "Right" in r.status.value


def test_by_fact_is_refused_in_an_exercise(tmp_path):
    with pytest.raises(ValueError, match="claim by claim"):
        ExerciseReviewer(TABLE, store=tmp_path / "a.jsonl", exercise=PACK.key, by="fact")


def test_the_learner_app_asks_for_a_name_then_opens_the_exercise(tmp_path):
    room = new_workshop("elderwick-fair", tmp_path / "room", feedback="end")
    app = learner_app(room.folder)
    assert "Harvest fair in Elderwick" in app.children[0].value and "answers show at the end" in app.children[0].value
    app.start_button.click()
    assert app.reviewer is None and "Type your name first" in app.children[2].value
    app.name_box.value = "  Ana María "
    assert isinstance(app.reviewer, ExerciseReviewer) and app.reviewer.session.feedback_mode == "end"
    assert app.reviewer.session.store.path == room.folder / "answers" / "ana-maría.jsonl"
    assert app.reviewer.session.analyst == "Ana María" and app.children[-1] is app.reviewer
    app.reviewer.buttons["agreed"].click()
    again = learner_app(room.folder)
    again.name_box.value = "Ana María"
    assert "Welcome back, Ana María: 1 answered so far" in again.children[1].value


def test_the_learner_app_finds_its_folder_from_the_environment(tmp_path, monkeypatch):
    room = new_workshop("lowmere-storm", tmp_path / "room")
    monkeypatch.setenv("FACTCHECK_WORKSHOP", str(room.folder))
    app = learner_app()
    assert "Storm on Lowmere island" in app.children[0].value


def test_the_learner_app_says_when_a_name_is_unusable(tmp_path):
    room = new_workshop("elderwick-fair", tmp_path / "room")
    app = learner_app(room.folder)
    app.name_box.value = "!!!"
    assert app.reviewer is None and "not a usable name" in app.children[2].value
