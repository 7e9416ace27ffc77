"""Pure HTML for the reviewer: a claim beside its counterparts, differences marked.

Article text is untrusted. Every piece of it goes through :func:`html.escape`
before it reaches the page, so an article containing ``<script>`` or
``<img onerror=...>`` shows those characters as text.
"""

from __future__ import annotations

import html
import re
from typing import Any

from .._text import fold
from .._tokens import STOP_WORDS

__all__ = ["STYLE", "mark_differences", "render_claim", "render_fact"]

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = re.compile(r"^\W+|\W+$")
VERDICT_LABELS = {"agreed": "Agreed", "conflicting": "Conflicting", "single-sourced": "Single-sourced"}

STYLE = """<style>
.fc-view{font-family:var(--jp-ui-font-family,system-ui,sans-serif);font-size:14px;line-height:1.5;color:var(--jp-ui-font-color1,#222)}
.fc-view .fc-cards{display:flex;flex-wrap:wrap;gap:10px;align-items:stretch;margin:6px 0}
.fc-view .fc-card{flex:1 1 280px;min-width:240px;max-width:100%;box-sizing:border-box;border:1px solid #c9ced6;border-radius:6px;padding:8px 10px;background:var(--jp-layout-color1,#fff);overflow-wrap:anywhere}
.fc-view .fc-card.fc-main{border:2px solid #3b6fb6;background:#f4f8fd}
.fc-view .fc-outlet{font-weight:600;font-size:12px;color:#3b4a5e;margin-bottom:4px}
.fc-view .fc-outlet .fc-id{font-weight:400;color:#6b778a;margin-left:6px}
.fc-view mark.fc-diff{background:#fff3c4;color:inherit;padding:0 1px;border-radius:2px}
.fc-view mark.fc-key{background:#ffd0cc;color:#7a1010;font-weight:600;padding:0 2px;border-radius:2px;border-bottom:2px solid #c62828}
.fc-view .fc-badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
.fc-view .fc-badge.agreed{background:#2e7d32}.fc-view .fc-badge.conflicting{background:#c62828}.fc-view .fc-badge.single-sourced{background:#5f6b7a}
.fc-view ul.fc-reasons{margin:4px 0 0 18px;padding:0}
.fc-view .fc-decision{margin-top:6px;font-size:13px}
.fc-view .fc-stale{color:#b26a00;font-weight:600}
.fc-view .fc-empty{color:#6b778a;font-style:italic}
.fc-view .fc-legend{font-size:12px;color:#5a6573;margin:-2px 0 4px}
.fc-view .fc-hidden{color:#3b4a5e;background:#f1f3f6;border:1px dashed #b5bcc7;border-radius:6px;padding:4px 10px;margin:4px 0}
.fc-view .fc-verdicts{display:flex;flex-wrap:wrap;gap:8px;margin:4px 0}
.fc-view .fc-vcard{flex:0 1 260px;border:1px solid #c9ced6;border-radius:6px;padding:4px 10px;background:var(--jp-layout-color1,#fff);overflow-wrap:anywhere}
.fc-view .fc-vcard .fc-who{font-weight:600;font-size:12px;color:#3b4a5e;margin-right:6px}
.fc-view .fc-vcard .fc-blind{font-size:11px;color:#6b778a;margin-left:4px}
.fc-cheatsheet kbd{display:inline-block;min-width:1.2em;text-align:center;border:1px solid #b5bcc7;border-bottom-width:2px;border-radius:3px;padding:0 4px;background:#f6f8fa;font-family:var(--jp-code-font-family,monospace);font-size:12px;line-height:1.5}
</style>"""


def _plain(word: str) -> str:
    plain = _EDGE_PUNCT.sub("", fold(word).lower())
    return plain[:-2] if plain.endswith("'s") else plain


# The outlets after each side of a reason: "2019 (UPI, AP) ≠ 2018 (Reuters)".
_OUTLETS = re.compile(r" \([^()]*\)(?=\s*(?:\u2260|$))")


def conflict_words(reasons: str) -> frozenset[str]:
    """The words a claim's conflict reasons name, not the outlets ("number: 2019 (UPI) ≠ 2018 (Reuters)" -> 2019, 2018).

    >>> sorted(conflict_words("number: 2019 (UPI) ≠ 2018 (Reuters, AP); benign: alias: Burma = Myanmar"))
    ['2018', '2019']
    """
    words: set[str] = set()
    for reason in reasons.split("; "):
        kind, _, rest = reason.partition(": ")
        if kind in ("benign", "agrees with") or "\u2260" not in rest:
            continue
        rest = _OUTLETS.sub("", rest.rsplit(" [", 1)[0])
        words.update(_plain(w) for w in re.split(r"[\s,()\u2260]+", rest) if _plain(w))
    return frozenset(words)


def mark_differences(text: str, other: str, key_words: frozenset[str] = frozenset()) -> str:
    """``text`` as escaped HTML with two kinds of marks: ``fc-key`` on the words a
    conflict is about (``key_words``), ``fc-diff`` on content words ``other``
    never uses. Word order, case, quote marks, edge punctuation and function
    words never count as differences.

    >>> mark_differences("The <b>vote</b> passed on Tuesday.", "On Monday the <b>vote</b> passed.")
    'The &lt;b&gt;vote&lt;/b&gt; passed on <mark class="fc-diff">Tuesday.</mark>'
    """
    others = {_plain(w) for w in _WORD.findall(other)}
    out, cursor = [], 0
    for w in _WORD.finditer(text):
        out.append(html.escape(text[cursor : w.start()]))
        piece, plain = html.escape(w.group()), _plain(w.group())
        if plain and plain in key_words:
            piece = f'<mark class="fc-key">{piece}</mark>'
        elif plain and plain not in others and plain not in STOP_WORDS:
            piece = f'<mark class="fc-diff">{piece}</mark>'
        out.append(piece)
        cursor = w.end()
    out.append(html.escape(text[cursor:]))
    return "".join(out)


_LEGEND = (
    '<div class="fc-legend"><mark class="fc-key">word</mark> what the conflict is about &nbsp; '
    '<mark class="fc-diff">word</mark> not in the other outlet\'s wording</div>'
)


_DIFF_LEGEND = '<div class="fc-legend"><mark class="fc-diff">word</mark> not in the other outlet\'s wording</div>'


def _badge(verdict: str) -> str:
    v = html.escape(verdict or "")
    return f'<span class="fc-badge {v}">{html.escape(VERDICT_LABELS.get(verdict, verdict or "?"))}</span>'


def _card(row: dict[str, Any], body: str, *, main: bool) -> str:
    outlet = html.escape(str(row.get("source", "")))
    cid = html.escape(str(row.get("claim_id", "")))
    return (
        f'<div class="fc-card{" fc-main" if main else ""}">'
        f'<div class="fc-outlet">{outlet}<span class="fc-id">{cid}</span></div>'
        f"<div>{body}</div></div>"
    )


def _verdicts(others: list[dict[str, Any]], title: str) -> str:
    """Each analyst's verdict and note, side by side."""
    cards = []
    for e in others:
        note = f"<div><em>{html.escape(str(e['note']))}</em></div>" if e.get("note") else ""
        blind = '<span class="fc-blind">(blind)</span>' if e.get("blind") else ""
        cards.append(
            f'<div class="fc-vcard"><span class="fc-who">{html.escape(str(e["analyst"]))}</span>'
            f"{_badge(str(e['verdict']))}{blind}{note}</div>"
        )
    return f'<div class="fc-others"><b>{title}</b><div class="fc-verdicts">{"".join(cards)}</div></div>'


HIDDEN = (
    "<div class=\"fc-hidden\">Blind review: the kit's suggestion and other analysts' verdicts show "
    "once you have decided this claim.</div>"
)


def render_claim(
    row: dict[str, Any] | None,
    counterparts: list[dict[str, Any]],
    decision: dict[str, Any] | None = None,
    *,
    stale: bool = False,
    blind: bool = False,
    others: list[dict[str, Any]] | None = None,
    ruling: bool = False,
) -> str:
    """The reviewer's main view as one HTML string: the claim and its
    counterparts side by side with differing words marked, the suggested
    verdict with its reasons, other analysts' verdicts (``others``), and the
    analyst's decision so far. ``blind`` hides the suggestion, its reasons
    and the marks that give it away (the words a conflict is about);
    ``ruling`` shows the analysts' verdicts as an adjudicator's view.

    >>> row = {"claim_id": "a:1", "source": "UPI", "text": "It passed.", "verdict": "agreed", "reasons": ""}
    >>> "Suggested" in render_claim(row, [], blind=True), "Blind review" in render_claim(row, [], blind=True)
    (False, True)
    """
    if row is None:
        return (
            STYLE + '<div class="fc-view"><p class="fc-empty">No claim to show: the filters hide every claim.</p></div>'
        )
    text = str(row.get("text", ""))
    # Marked against the best counterpart (the first); each counterpart against the claim.
    keys = frozenset() if blind else conflict_words(str(row.get("reasons") or ""))
    best = str(counterparts[0].get("text", "")) if counterparts else text
    cards = [_card(row, mark_differences(text, best, keys), main=True)]
    cards += [_card(c, mark_differences(str(c.get("text", "")), text, keys), main=False) for c in counterparts]
    reasons = [r for r in str(row.get("reasons") or "").split("; ") if r]
    reason_items = "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
    suggested = str(row.get("verdict") or "")
    mine = "Your ruling" if ruling else "Your verdict"
    if decision:
        note = f" &mdash; <em>{html.escape(decision['note'])}</em>" if decision.get("note") else ""
        decided = f"{mine}: {_badge(decision['verdict'])}{note}"
        if stale:
            decided += ' <span class="fc-stale">(stale: the claim\'s wording changed since you decided)</span>'
    else:
        decided = f'<span class="fc-empty">{"No ruling" if ruling else "Not decided"} yet.</span>'
    if blind:
        legend, kit = (_DIFF_LEGEND if counterparts else ""), HIDDEN
    else:
        legend = _LEGEND if counterparts else ""
        kit = f'<div>Suggested: {_badge(suggested)}<ul class="fc-reasons">{reason_items}</ul></div>'
        if others or ruling:
            title = "Analysts' verdicts:" if ruling else "Other analysts:"
            kit += _verdicts(others or [], title) if others else f'<div class="fc-empty">{title} none.</div>'
    return (
        STYLE
        + '<div class="fc-view">'
        + f'<div class="fc-cards">{"".join(cards)}</div>'
        + legend
        + kit
        + f'<div class="fc-decision">{decided}</div>'
        + "</div>"
    )


def _outlet_list(outlets: tuple[str, ...], most: int = 8) -> str:
    shown = ", ".join(html.escape(o) for o in outlets[:most])
    if len(outlets) <= most:
        return shown
    rest = ", ".join(html.escape(o) for o in outlets[most:])
    return f"{shown} <details style='display:inline'><summary>and {len(outlets) - most} more</summary>{rest}</details>"


def render_fact(fact: Any, decisions: dict[str, dict[str, Any]] | None = None, *, blind: bool = False) -> str:
    """One fact as one HTML string: each distinct wording once, with the outlets that carry it and
    the words it does not share with the most common wording marked, then the kit's suggestion
    and the analyst's verdicts on the fact's claims so far. ``fact`` is a
    :class:`~factcheck.review.facts.Fact`; ``blind`` hides the suggestion.

    >>> from factcheck.review.facts import Fact, FactWording
    >>> f = Fact("c-a:1", "conflicting", ("number: 7 (A) ≠ 9 (B)",),
    ...          (FactWording("It was 7.", ("a:1",), ("A",)), FactWording("It was 9.", ("b:1",), ("B",))))
    >>> page = render_fact(f)
    >>> "2 outlets, 2 wordings" in page, '<mark class="fc-key">9.</mark>' in page
    (True, True)
    """
    if fact is None:
        return STYLE + '<div class="fc-view"><p class="fc-empty">No fact to show.</p></div>'
    keys = frozenset() if blind else conflict_words("; ".join(fact.reasons))
    reference = fact.wordings[0].text
    cards = []
    for k, w in enumerate(fact.wordings):
        body = mark_differences(w.text, fact.wordings[1].text if k == 0 and len(fact.wordings) > 1 else reference, keys)
        head = f"{len(w.claims)} claim{'s' if len(w.claims) != 1 else ''}: {_outlet_list(w.outlets)}"
        cards.append(
            f'<div class="fc-card{" fc-main" if k == 0 else ""}"><div class="fc-outlet">{head}</div><div>{body}</div></div>'
        )
    outlets = len(fact.outlets)
    summary = (
        f'<div class="fc-legend">{outlets} outlet{"s" if outlets != 1 else ""}, '
        f"{len(fact.wordings)} wording{'s' if len(fact.wordings) != 1 else ''} "
        f"(identical copies shown once; the first is the most common)</div>"
    )
    if blind:
        kit = HIDDEN.replace("this claim", "this fact")
    else:
        items = "".join(f"<li>{html.escape(r)}</li>" for r in fact.reasons)
        kit = f'<div>Suggested: {_badge(fact.suggested)}<ul class="fc-reasons">{items}</ul></div>'
    decisions = decisions or {}
    if decisions:
        tally: dict[str, int] = {}
        for d in decisions.values():
            tally[d["verdict"]] = tally.get(d["verdict"], 0) + 1
        parts = ", ".join(f"{_badge(v)} {n}" for v, n in tally.items())
        decided = f"Your verdicts on this fact's {len(fact.claims)} claims: {parts} ({len(decisions)} decided)"
    else:
        decided = '<span class="fc-empty">Not decided yet.</span>'
    return (
        STYLE
        + '<div class="fc-view">'
        + summary
        + f'<div class="fc-cards">{"".join(cards)}</div>'
        + kit
        + f'<div class="fc-decision">{decided}</div>'
        + "</div>"
    )
