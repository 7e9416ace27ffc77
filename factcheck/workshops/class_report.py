"""The class report: one self-contained HTML file for the trainer (no scripts, nothing fetched).

Scores (names can be hidden), the kinds the room missed most, the hardest
claims with the key's explanation, the confusion matrix against the key, the
agreement between learners, and how the kit itself did on the same key.
Every piece of text from articles, keys and learners' names is escaped.
"""

from __future__ import annotations

import html
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .._outputs import HTML_GENERATOR
from ..report import _CSS, _badge
from ..report import _frame as _report_frame
from .classroom import ClassResults

__all__ = ["render_class_report", "write_class_report"]

#: The hardest claims listed; the kappa matrix is shown up to this many learners.
MAX_HARDEST = 12
MAX_MATRIX = 12

_EXTRA_CSS = """
.bar{display:inline-block;height:10px;background:#3b6fb6;border-radius:2px;vertical-align:middle;margin-right:6px}
.claim{border:1px solid #d5dbe3;border-left:4px solid #c62828;border-radius:5px;padding:6px 10px;margin:8px 0;background:#fff;overflow-wrap:anywhere}
.claim .why{color:#3b4a5e;font-size:13px;margin-top:4px}
.summary{font-size:17px;margin:6px 0 2px}
.wide{overflow-x:auto;max-width:100%}
"""


def _frame(frame: pd.DataFrame, *, index: bool = False) -> str:
    """A table that scrolls sideways inside the page when it is wider (many kinds, many learners)."""
    return f"<div class='wide'>{_report_frame(frame, index=index)}</div>"


def _percent(value: float) -> str:
    return "&ndash;" if value != value else f"{value:.0%}"


def _scores(results: ClassResults) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(str(r.learner))}</td><td class='num'>{r.answered}</td>"
        f"<td class='num'>{r.correct} of {r.total}</td><td><span class='bar' style='width:{round(r.share * 160)}px'>"
        f"</span>{_percent(r.share)}</td></tr>"
        for r in results.scores.itertuples()
    )
    head = "<tr><th>learner</th><th>answered</th><th>right</th><th>score</th></tr>"
    return f"<div class='wide'><table>{head}{rows}</table></div>"


def _hardest(results: ClassResults) -> str:
    parts = []
    for r in results.hardest.head(MAX_HARDEST).itertuples():
        wrong = f"; wrong answers: {html.escape(r.wrong)}" if r.wrong else ""
        parts.append(
            f"<div class='claim'><div class='outlet'>{html.escape(str(r.outlet))}"
            f"<span class='cid'>{html.escape(str(r.claim_id))}</span></div><div>{html.escape(str(r.text))}</div>"
            f"<div class='why'>Key: {_badge(str(r.right))} ({html.escape(str(r.kind))}) &middot; "
            f"{r.correct} of {r.answered} right ({_percent(r.share)}){wrong}</div>"
            f"<div class='why'>{html.escape(str(r.explanation))}</div></div>"
        )
    return "".join(parts) or "<p class='note'>No answers yet.</p>"


def _agreement(results: ClassResults) -> str:
    figures = results.agreement
    if figures is None:
        return "<p class='note'>Agreement needs two or more learners.</p>"
    intro = (
        f"{len(figures.analysts)} learners; {figures.shared} claims answered by two or more. Percent agreement: "
        "the share of those claims on which every learner gave the same verdict. Krippendorff's α and Fleiss' κ "
        "correct it for chance: 1 is perfect agreement, 0 what chance gives. Low agreement on a kind means the room "
        "reads it differently: worth discussing."
    )
    matrix = (
        f"<h3>Cohen's κ per pair of learners</h3>{_frame(figures.kappa_matrix(), index=True)}"
        if len(figures.analysts) <= MAX_MATRIX
        else f"<p class='note'>{len(figures.analysts)} learners: the pairwise table is left out (over {MAX_MATRIX}).</p>"
    )
    return f"<p class='note'>{html.escape(intro)}</p>{_frame(figures.summary)}{matrix}"


def _kit(results: ClassResults) -> str:
    kit = results.kit
    misses = "".join(
        f"<div class='claim'><div class='outlet'>{html.escape(str(m.outlet))}</div><div>{html.escape(str(m.text))}</div>"
        f"<div class='why'>The kit said {_badge(str(m.answer))}; the key says {_badge(str(m.right))} "
        f"({html.escape(str(m.kind))}). {html.escape(str(m.explanation))}</div></div>"
        for m in kit.misses.itertuples()
    )
    return f"<p>The kit's own suggestions score {kit.correct} of {kit.total} ({_percent(kit.share)}) on this key." + (
        f" Where it is wrong (good moments to discuss):</p>{misses}" if misses else " It is right on every claim.</p>"
    )


def render_class_report(results: ClassResults, *, title: str | None = None) -> str:
    """The class report as one HTML string.

    >>> import tempfile
    >>> from factcheck.workshops import class_results, load_pack
    >>> pack = load_pack("elderwick-fair")
    >>> page = render_class_report(class_results([], pack.check(), pack.key))
    >>> page.startswith("<!doctype html>") and "No answers yet" in page and "<script" not in page
    True
    """
    name = title or f"Class report: {results.title or 'exercise'}"
    if results.learners:
        mean = results.scores["share"].mean()
        summary = (
            f"{len(results.learners)} learner{'s' * (len(results.learners) != 1)}, {mean:.0%} right on average "
            f"(lowest {results.scores['share'].min():.0%}, highest {results.scores['share'].max():.0%})"
        )
    else:
        summary = "No answers yet: the learners' answers appear here once they have answered."
    by_kind = results.by_kind.set_index("learner") if len(results.by_kind) else pd.DataFrame()
    confusion = results.confusion.copy()
    confusion.index = [f"key: {v}" for v in confusion.index]
    confusion.columns = [f"answered {v}" for v in confusion.columns]
    body = f"""<main>
<header><h1>{html.escape(name)}</h1><p class="summary">{html.escape(summary)}</p>
<p class="meta">{"Names hidden." if results.hide_names else ""} Unanswered claims count as not right.</p></header>
<section id="scores"><h2>Scores</h2>{_scores(results) if results.learners else "<p class='note'>No answers yet.</p>"}</section>
<section id="kinds"><h2>The kinds the room missed most</h2><p class="note">Per kind: the answers given, how many were right, the share missed.</p>{_frame(results.kinds)}
<h3>Per learner and kind (share right)</h3>{_frame(by_kind, index=True) if len(by_kind) else "<p class='note'>None.</p>"}</section>
<section id="hardest"><h2>The hardest claims</h2><p class="note">The claims the fewest learners got right, with the key's explanation.</p>{_hardest(results)}</section>
<section id="confusion"><h2>Confusion matrix against the key</h2><p class="note">Rows: the key's verdict; columns: what learners answered (counts of answers). The diagonal is right.</p>{_frame(confusion, index=True)}</section>
<section id="agreement"><h2>Agreement between learners</h2>{_agreement(results)}</section>
<section id="kit"><h2>The kit on this exercise</h2>{_kit(results)}</section>
<section id="settings"><h2>About this report</h2><p class="note">Generated {datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}.</p></section>
</main>"""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="{HTML_GENERATOR}">'
        f"<title>{html.escape(name)}</title><style>{_CSS}{_EXTRA_CSS}</style></head><body>{body}</body></html>"
    )


def write_class_report(results: ClassResults, path: str | Path, *, title: str | None = None) -> Path:
    """Write the class report to ``path`` (an ``.html`` file); return the path.

    >>> import tempfile
    >>> from factcheck.workshops import class_results, load_pack
    >>> pack = load_pack("elderwick-fair")
    >>> path = write_class_report(class_results([], pack.check(), pack.key), tempfile.mkdtemp() + "/class.html")
    >>> path.name, "Class report: Harvest fair in Elderwick" in path.read_text(encoding="utf-8")
    ('class.html', True)
    """
    path = Path(path)
    path.write_text(render_class_report(results, title=title), encoding="utf-8")
    return path
