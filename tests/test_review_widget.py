"""The Reviewer driven from Python: buttons clicked, key events sent as the browser sends them."""

import pandas as pd
import pytest
from conftest import SEEDS, reword

from factcheck import Reviewer, check, read_decisions

TABLE = check(SEEDS)
IDS = TABLE["claim_id"].tolist()


@pytest.fixture
def reviewer(tmp_path):
    return Reviewer(TABLE, store=tmp_path / "labels.jsonl", analyst="ana")


def press(reviewer, key, **mods):
    """What ipyevents sends when a key goes down over the reviewer."""
    reviewer.shortcuts._handle_mouse_msg(None, {"event": "keydown", "key": key, **mods}, [])


def test_the_view_shows_the_claim_progress_and_keys(reviewer):
    assert "0 of 27 decided" in reviewer.progress_html.value
    assert IDS[0] in reviewer.card.value and "UPI" in reviewer.card.value and "Reuters" in reviewer.card.value
    assert [b.description for b in reviewer.buttons.values()] == ["Agreed", "Conflicting", "Single-sourced"]
    cheat = reviewer.children[1].children[-1].value
    for key in ("1", "2", "3", "j", "k", "s", "u", "n"):
        assert f"<kbd>{key}</kbd>" in cheat
    assert reviewer.shortcuts.prevent_default_action and reviewer.shortcuts.watched_events == ["keydown"]


def test_clicking_agreed_saves_and_shows_the_next_claim(reviewer):
    reviewer.buttons["agreed"].click()
    assert read_decisions(reviewer.session.store.path)[["claim_id", "verdict"]].values.tolist() == [[IDS[0], "agreed"]]
    assert "1 of 27 decided" in reviewer.progress_html.value and "Agreed 1" in reviewer.progress_html.value
    assert reviewer.session.current["claim_id"] == IDS[1]
    assert "Saved" in reviewer.status.value


@pytest.mark.parametrize(("key", "verdict"), [("1", "agreed"), ("2", "conflicting"), ("3", "single-sourced")])
def test_number_keys_decide(reviewer, key, verdict):
    press(reviewer, key)
    assert reviewer.session.decision(IDS[0])["verdict"] == verdict
    assert reviewer.session.current["claim_id"] == IDS[1]


@pytest.mark.parametrize(
    ("keys", "position"),
    [(["j"], 1), (["ArrowRight", "ArrowDown"], 2), (["j", "j", "k"], 1), (["j", "ArrowLeft"], 0), (["s"], 1)],
)
def test_moving_with_keys(reviewer, keys, position):
    for key in keys:
        press(reviewer, key)
    assert reviewer.session.position == position
    assert f"claim {position + 1} of 27 shown" in reviewer.progress_html.value


def test_undo_key_and_button(reviewer):
    press(reviewer, "2")
    press(reviewer, "u")
    assert reviewer.session.progress().decided == 0 and reviewer.session.current["claim_id"] == IDS[0]
    reviewer.buttons["conflicting"].click()
    reviewer.undo_button.click()
    assert reviewer.session.progress().decided == 0
    reviewer.undo_button.click()
    assert "Nothing to undo" in reviewer.status.value


def test_keys_with_modifiers_are_left_alone(reviewer):
    press(reviewer, "1", ctrlKey=True)
    press(reviewer, "z")
    assert reviewer.session.progress().decided == 0 and reviewer.session.position == 0


def test_note_key_pauses_shortcuts_until_the_note_is_entered(reviewer):
    press(reviewer, "n")
    assert reviewer.shortcuts.watched_events == []  # typing must reach the note box
    reviewer.note.value = "UPI says 2019"  # what Enter in the note box sends
    assert reviewer.shortcuts.watched_events == ["keydown"]
    press(reviewer, "2")
    assert reviewer.session.decision(IDS[0])["note"] == "UPI says 2019"
    assert reviewer.note.value == ""  # the next claim has no note yet


def test_editing_the_note_of_a_decided_claim(reviewer):
    press(reviewer, "1")
    press(reviewer, "k")
    reviewer.note.value = "double-checked"
    assert reviewer.session.decision(IDS[0])["note"] == "double-checked"
    assert reviewer.session.current["claim_id"] == IDS[0]
    assert len(reviewer.session.store.events()) == 2


def test_filters_and_jump(reviewer):
    reviewer.verdict_filter.value = "conflicting"
    assert reviewer.session.current["verdict"] == "conflicting"
    assert "claim 1 of 4 shown" in reviewer.progress_html.value
    reviewer.verdict_filter.value = "(all)"
    reviewer.source_filter.value = "Reuters"
    assert reviewer.session.current["source"] == "Reuters"
    reviewer.type_filter.value = "number"
    assert "2018" in reviewer.card.value
    reviewer.jump_box.value = "nope:1"
    assert "no claim" in reviewer.status.value
    reviewer.jump_box.value = IDS[5]
    assert reviewer.session.current["claim_id"] == IDS[5]


def test_undecided_only(reviewer):
    press(reviewer, "1")
    reviewer.undecided_filter.value = True
    assert IDS[0] not in reviewer.session.queue


def test_needs_another_look_shows_the_claims_edited_since_they_were_decided(tmp_path):
    first = Reviewer(TABLE, store=tmp_path / "l.jsonl", analyst="ana")
    press(first, "1")
    press(first, "1")
    edited = reword(TABLE, IDS[1], lambda t: t.replace("Thursday", "Friday").replace("Biden", "Bidden"))
    again = Reviewer(edited, store=tmp_path / "l.jsonl", analyst="ana")
    again.stale_filter.value = True
    assert again.session.queue == [edited["claim_id"].iloc[1]]
    assert "stale" in again.card.value and "1 stale" in again.progress_html.value
    press(again, "2")
    assert again.session.progress().stale == 0


def test_resumes_where_the_analyst_stopped(tmp_path):
    first = Reviewer(TABLE, store=tmp_path / "l.jsonl", analyst="ana")
    press(first, "1")
    press(first, "3")
    again = Reviewer(TABLE, store=tmp_path / "l.jsonl", analyst="ana")
    assert again.session.current["claim_id"] == IDS[2] and "2 of 27 decided" in again.progress_html.value


def test_hostile_articles_show_as_text(tmp_path):
    table = TABLE.copy()
    table.loc[0, "text"] = '<script>alert(1)</script> <img src=x onerror="alert(2)"> the council said.'
    r = Reviewer(table, store=tmp_path / "l.jsonl", analyst="ana")
    assert "<script>" not in r.card.value and "<img" not in r.card.value and "&lt;script&gt;" in r.card.value


def test_an_unwritable_store_is_reported_not_raised(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    r = Reviewer(TABLE, store=blocker / "labels.jsonl", analyst="ana")
    r.buttons["agreed"].click()
    assert "does not exist (or is not a folder)" in r.status.value
    assert r.session.progress().decided == 0


def test_a_missing_column_is_refused():
    from factcheck import SchemaError

    with pytest.raises(SchemaError, match="counterparts"):
        Reviewer(
            pd.DataFrame(
                {
                    "claim_id": ["a"],
                    "source": ["s"],
                    "text": ["t"],
                    "verdict": ["agreed"],
                    "reasons": [""],
                    "conflict_types": [""],
                }
            )
        )


# ---------------------------------------------------------------- several analysts
NUMBER = "000_44ee4c4737ad4eae:af94b438"  # UPI's 2019 against Reuters' 2018


def _events(reviewer):
    import json

    return [json.loads(line) for line in reviewer.session.store.path.read_text().splitlines()]


def test_blind_hides_the_suggestion_reasons_marks_and_other_verdicts_until_decided(tmp_path):
    store = tmp_path / "l.jsonl"
    ben = Reviewer(TABLE, store=store, analyst="ben")
    ben.jump_box.value = NUMBER
    ben.note.value = "UPI says 2019"
    press(ben, "2")
    ana = Reviewer(TABLE, store=store, analyst="ana", blind=True)
    assert "blind review" in ana.progress_html.value and "fc-blind-review" in ana._dom_classes
    assert ana.verdict_filter.layout.display == ana.type_filter.layout.display == "none"
    ana.jump_box.value = NUMBER
    card = ana.card.value
    assert "Blind review" in card and "Suggested" not in card and "number: 2019" not in card
    assert '<mark class="fc-key"' not in card and "UPI says 2019" not in card and "ben" not in card
    assert '<mark class="fc-diff"' in card  # the words that differ stay marked: that is the evidence, not the verdict
    press(ana, "1")
    assert "decided blind; the kit had suggested Conflicting" in ana.status.value
    assert _events(ana)[-1]["blind"] is True and _events(ana)[-1]["verdict"] == "agreed"
    press(ana, "k")  # back to the claim just decided: now everything shows
    card = ana.card.value
    assert ana.session.current["claim_id"] == NUMBER
    assert "Suggested" in card and "number: 2019 (UPI)" in card and '<mark class="fc-key"' in card
    assert "Other analysts:" in card and ">ben<" in card and "UPI says 2019" in card


def test_without_blind_other_analysts_show_at_once(tmp_path):
    store = tmp_path / "l.jsonl"
    press(Reviewer(TABLE, store=store, analyst="ben"), "3")
    ana = Reviewer(TABLE, store=store, analyst="ana")
    assert "Other analysts:" in ana.card.value and ">ben<" in ana.card.value and "Suggested" in ana.card.value


def test_adjudication_mode(tmp_path):
    store = tmp_path / "l.jsonl"
    for who, key, note in (("ana", "1", "same call"), ("ben", "2", "<b>Thursday</b> in UPI only")):
        r = Reviewer(TABLE, store=store, analyst=who, blind=True)
        r.note.value = note
        press(r, key)
    judge = Reviewer(TABLE, store=store, analyst="cy", adjudicate=True)
    assert "0 of 1 adjudicated" in judge.progress_html.value and "adjudicator cy" in judge.progress_html.value
    assert "fc-adjudication" in judge._dom_classes
    card = judge.card.value
    assert "Analysts' verdicts:" in card and card.count('class="fc-vcard"') == 2
    assert ">ana<" in card and ">ben<" in card and "same call" in card and "(blind)" in card
    assert "&lt;b&gt;Thursday&lt;/b&gt;" in card and "<b>Thursday</b>" not in card  # notes are escaped too
    assert "No ruling yet." in card
    judge.buttons["conflicting"].click()
    ruling = _events(judge)[-1]
    assert (ruling["role"], ruling["analyst"], ruling["verdict"], ruling["claim_id"]) == (
        "adjudicator",
        "cy",
        "conflicting",
        IDS[0],
    )
    assert "1 of 1 adjudicated" in judge.progress_html.value and "Your ruling" in judge.card.value
    judge.undo_button.click()
    assert _events(judge)[-1]["event"] == "undo" and "Withdrew your ruling" in judge.status.value
    press(judge, "3")
    assert _events(judge)[-1]["verdict"] == "single-sourced" and _events(judge)[-1]["role"] == "adjudicator"
    from factcheck import reviewed

    assert reviewed(TABLE, store).loc[0, ["final_verdict", "resolution"]].tolist() == ["single-sourced", "adjudicated"]


def test_an_assignment_opens_on_the_analysts_claims(tmp_path):
    from factcheck import assign

    split = assign(TABLE, ["ana", "ben", "cy"], overlap=2, seed=1)
    mine = split.loc[split["analyst"] == "cy", "claim_id"].tolist()
    r = Reviewer(TABLE, store=tmp_path / "l.jsonl", analyst="cy", assignment=split)
    assert r.session.queue == mine and f"0 of {len(mine)} decided" in r.progress_html.value
    r.jump_box.value = next(c for c in IDS if c not in mine)
    assert "is not among the claims this session reviews (cy&#x27;s assignment)" in r.status.value


@pytest.mark.parametrize("options", [{"blind": True}, {"assignment": pd.DataFrame({"claim_id": [], "analyst": []})}])
def test_adjudication_is_neither_blind_nor_assigned(tmp_path, options):
    with pytest.raises(ValueError, match="adjudicate=True shows every analyst's verdict"):
        Reviewer(TABLE, store=tmp_path / "l.jsonl", analyst="cy", adjudicate=True, **options)
