"""Pure HTML for the exercise mode: the claim beside the closest sentences, the feedback, the score.

Article text is untrusted: every piece goes through :func:`html.escape` (or
:func:`~factcheck.review.render.mark_differences`, which escapes).
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..review.render import STYLE, VERDICT_LABELS, _plain, mark_differences
from .scoring import Feedback, Score

__all__ = ["EXERCISE_STYLE", "render_exercise", "render_score"]

EXERCISE_STYLE = """<style>
.fc-view .fc-feedback{border-radius:6px;padding:8px 12px;margin:8px 0;font-size:14px}
.fc-view .fc-feedback.fc-right{background:#e8f5e9;border:1px solid #2e7d32}
.fc-view .fc-feedback.fc-wrong{background:#fdecea;border:1px solid #c62828}
.fc-view .fc-feedback .fc-verdict-line{font-weight:600;margin-bottom:2px}
.fc-view .fc-pending{color:#3b4a5e;background:#f1f3f6;border:1px dashed #b5bcc7;border-radius:6px;padding:4px 10px;margin:6px 0}
.fc-view .fc-question{font-size:13px;color:#3b4a5e;margin:2px 0 6px}
.fc-score h3{margin:8px 0 4px;font-size:16px}.fc-score .fc-big{font-size:20px;font-weight:700}
.fc-score table{border-collapse:collapse;margin:4px 0 8px}.fc-score td,.fc-score th{border:1px solid #dde2e8;padding:3px 8px;text-align:left}
.fc-score th{background:#f6f8fa}.fc-score td.num{text-align:right}
.fc-score .fc-miss{border-left:4px solid #c62828;background:#fffafa;padding:4px 10px;margin:6px 0;border-radius:4px}
</style>"""

_LABEL = {**VERDICT_LABELS, "": "no answer"}


def _keys(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(p for w in words for piece in re.split(r"\s+", w) if (p := _plain(piece)))


def _card(row: dict[str, Any], body: str, head: str, *, main: bool) -> str:
    return (
        f'<div class="fc-card{" fc-main" if main else ""}"><div class="fc-outlet">{head}</div><div>{body}</div></div>'
    )


def _feedback(fb: Feedback) -> str:
    kind = html.escape(fb.kind)
    if fb.correct:
        line = f"&#10003; Right: {html.escape(_LABEL[fb.right])} ({kind})"
    else:
        line = (
            f"&#10007; Not quite: you said {html.escape(_LABEL[fb.answer])}; "
            f"the answer is {html.escape(_LABEL[fb.right])} ({kind})"
        )
    cls = "fc-right" if fb.correct else "fc-wrong"
    return (
        f'<div class="fc-feedback {cls}"><div class="fc-verdict-line">{line}</div>'
        f"<div>{html.escape(fb.explanation)}</div></div>"
    )


def render_exercise(
    row: dict[str, Any] | None,
    evidence: list[dict[str, Any]],
    decision: dict[str, Any] | None = None,
    feedback: Feedback | None = None,
) -> str:
    """One exercise card as HTML: the claim and the closest sentence of every
    other outlet, unmarked until the feedback shows; then the words that differ
    marked, right or wrong, and the explanation.

    >>> row = {"source": "A", "text": "It was <b>7</b>."}
    >>> page = render_exercise(row, [{"source": "B", "text": "It was 9."}])
    >>> "&lt;b&gt;7&lt;/b&gt;" in page and "<mark" not in page
    True
    >>> fb = Feedback("a:1", "agreed", "conflicting", "number", "7 or 9?", ("7", "9"))
    >>> '<mark class="fc-key">9.</mark>' in render_exercise(row, [{"source": "B", "text": "It was 9."}], {"verdict": "agreed"}, fb)
    True
    """
    if row is None:
        return STYLE + '<div class="fc-view"><p class="fc-empty">No claim to show.</p></div>'
    text = str(row.get("text", ""))
    keys = _keys(feedback.words) if feedback else frozenset()
    best = str(evidence[0].get("text", "")) if evidence else text

    def body(mine: str, other: str) -> str:
        return mark_differences(mine, other, keys) if feedback else html.escape(mine)

    cards = [_card(row, body(text, best), f"{html.escape(str(row.get('source', '')))}: the claim", main=True)]
    cards += [
        _card(
            e,
            body(str(e.get("text", "")), text),
            f"Closest sentence in {html.escape(str(e.get('source', '')))}",
            main=False,
        )
        for e in evidence
    ]
    question = (
        '<div class="fc-question">Do the other outlets tell the same fact, and do they agree? '
        "Agreed, Conflicting, or Single-sourced (no other outlet tells it)?</div>"
    )
    if feedback is not None:
        told = _feedback(feedback)
    elif decision is not None:
        told = (
            f'<div class="fc-pending">Your answer: <b>{html.escape(_LABEL.get(decision["verdict"], "?"))}</b>. '
            "The answers show once you have answered every claim; you can still change this one.</div>"
        )
    else:
        told = '<div class="fc-pending">Not answered yet.</div>'
    return (
        STYLE
        + EXERCISE_STYLE
        + '<div class="fc-view fc-exercise">'
        + question
        + f'<div class="fc-cards">{"".join(cards)}</div>'
        + told
        + "</div>"
    )


def render_score(score: Score, *, who: str = "You") -> str:
    """The score as HTML: right answers overall and per kind, then each miss with its explanation.

    >>> import pandas as pd
    >>> from factcheck.workshops.scoring import score_answers
    >>> key = pd.DataFrame({"claim_id": ["a:1"], "outlet": ["A"], "verdict": ["agreed"], "kind": ["alias"],
    ...     "explanation": ["Burma is <Myanmar>"], "words": [()], "text": ["In Burma."]})
    >>> page = render_score(score_answers({"a:1": "conflicting"}, key))
    >>> "0 of 1 right" in page and "&lt;Myanmar&gt;" in page
    True
    """
    kinds = "".join(
        f"<tr><td>{html.escape(str(r.kind))}</td><td class='num'>{r.correct} of {r.claims}</td></tr>"
        for r in score.by_kind.itertuples()
    )
    misses = "".join(
        f'<div class="fc-miss"><div><b>{html.escape(str(m.outlet))}</b>: {html.escape(str(m.text))}</div>'
        f"<div>{html.escape(who)} said <b>{html.escape(_LABEL.get(str(m.answer), str(m.answer)))}</b>; the answer is "
        f"<b>{html.escape(_LABEL.get(str(m.right), str(m.right)))}</b> ({html.escape(str(m.kind))}). "
        f"{html.escape(str(m.explanation))}</div></div>"
        for m in score.misses.itertuples()
    )
    return (
        EXERCISE_STYLE
        + '<div class="fc-score">'
        + f'<div class="fc-big">{html.escape(who)} got {score.correct} of {score.total} right ({score.share:.0%})</div>'
        + f"<h3>Per kind</h3><table><tr><th>kind</th><th>right</th></tr>{kinds}</table>"
        + (f"<h3>To look at again ({len(score.misses)})</h3>{misses}" if misses else "<h3>No misses: well done.</h3>")
        + "</div>"
    )
