import pytest

from factcheck.review.render import mark_differences, render_claim

HOSTILE = '<script>alert("x")</script> and <img src=x onerror=alert(1)> said the mayor.'


def _row(**kw):
    base = {
        "claim_id": "a:001",
        "source": "Wire A",
        "text": "The council met on Tuesday.",
        "verdict": "conflicting",
        "reasons": "weekday: Tuesday ≠ Wednesday [Daily B]",
    }
    return base | kw


@pytest.mark.parametrize("field", ["text", "source", "reasons", "claim_id"])
def test_untrusted_text_is_escaped_everywhere(field):
    row = _row(**{field: HOSTILE})
    page = render_claim(
        row, [_row(claim_id="b:001", source=HOSTILE, text=HOSTILE)], {"verdict": "agreed", "note": HOSTILE}
    )
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_conflict_words_get_the_strong_mark_on_both_sides():
    page = render_claim(_row(), [_row(claim_id="b:001", source="Daily B", text="On Wednesday the council met.")])
    assert '<mark class="fc-key">Tuesday.</mark>' in page and '<mark class="fc-key">Wednesday</mark>' in page
    cards = page.split('<div class="fc-legend">')[0].split("</style>")[1]
    assert "fc-diff" not in cards  # the rest is the same words, reordered
    assert "what the conflict is about" in page
    assert (
        page.count('class="fc-card"') + page.count('class="fc-card fc-main"') == 2
        and "Daily B" in page
        and "Wire A" in page
    )


@pytest.mark.parametrize(
    ("text", "other", "marked"),
    [
        ("The vote passed.", "the vote passed", 0),  # case and punctuation
        ("He praised “America’s return”.", 'He praised "America\'s return".', 0),  # quote marks
        ("Three ships sank.", "Four ships sank.", 1),
        ("It passed.", "It had not passed.", 0),  # nothing on this side is missing there
        ("Kim met Trump at the first summit.", "At the first summit Trump met Kim.", 0),  # order is not a difference
        ("The mayor resigned on Friday.", "On Friday a mayor resigned.", 0),  # function words are not either
    ],
)
def test_mark_differences(text, other, marked):
    assert mark_differences(text, other).count("<mark") == marked


def test_suggestion_decision_and_staleness():
    page = render_claim(_row(), [], {"verdict": "agreed", "note": "seen"}, stale=True)
    assert "Suggested:" in page and "Conflicting" in page and "Your verdict:" in page and "Agreed" in page
    assert "seen" in page and "stale" in page
    assert "Not decided yet." in render_claim(_row(), [])


def test_nothing_to_show():
    assert "the filters hide every claim" in render_claim(None, [])
