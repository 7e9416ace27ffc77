"""The HTML report: one self-contained file an editor can open anywhere.

:func:`render_report` is a pure function of the table: counts per verdict, the
claims x outlets heat map, conflict kinds and coverage charts (inline SVG, no
network needed), every conflict with each outlet's wording and the differing
words marked, and the settings used. Article text is escaped everywhere.
"""

from __future__ import annotations

import html
import io
import numbers
import re
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import pandas as pd

from ._outputs import HTML_GENERATOR
from ._text import as_text
from .plots import heatmap_frame, plot_conflict_types, plot_coverage, plot_heatmap, plot_verdicts
from .review.render import VERDICT_LABELS, conflict_words, mark_differences
from .schema import VERDICTS, require
from .summary import claims_only, substantive

if TYPE_CHECKING:
    from .review.agreement import Agreement

__all__ = ["render_report"]

MAX_CONFLICTS = 300
MAP_ROWS = 40
MAP_OUTLETS = 30

_CSS = """
body{margin:0;background:#f3f5f8;color:#1f2630;font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px 28px 48px;background:#fff}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;border-bottom:1px solid #e2e6ec;padding-bottom:4px}
h3{font-size:15px;margin:0 0 8px}.meta,.note{color:#5a6573;font-size:13px}
table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #dde2e8;padding:4px 10px;text-align:left;vertical-align:top}
th{background:#f6f8fa;font-weight:600}td.num{text-align:right}
figure{margin:8px 0;max-width:100%;overflow-x:auto}figure svg{max-width:100%;height:auto;display:block}
.row{display:flex;flex-wrap:wrap;gap:16px}.row figure{flex:1 1 420px;min-width:0}
.conflict{border:1px solid #e2c4c4;border-left:4px solid #c62828;border-radius:6px;padding:10px 12px;margin:12px 0;background:#fffafa}
.wordings{display:flex;flex-wrap:wrap;gap:10px}
.wording{flex:1 1 300px;min-width:0;border:1px solid #d5dbe3;border-radius:5px;padding:6px 10px;background:#fff;overflow-wrap:anywhere}
.outlet{font-weight:600;font-size:13px;color:#3b4a5e}.cid{font-weight:400;color:#7a8594;margin-left:6px}
mark.fc-key{background:#ffd0cc;color:#7a1010;font-weight:600;padding:0 2px;border-radius:2px;border-bottom:2px solid #c62828}
mark.fc-diff{background:#fff3c4;color:inherit;padding:0 1px;border-radius:2px}
.badge{display:inline-block;padding:0 7px;border-radius:9px;font-size:12px;font-weight:600;color:#fff}
.badge.agreed{background:#2e7d32}.badge.conflicting{background:#c62828}.badge.single-sourced{background:#5f6b7a}
.decided{font-size:13px;margin-top:4px;color:#3b4a5e}
"""


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    text = buf.getvalue()
    return text[text.index("<svg") :]  # drop the XML prologue: the SVG sits inside HTML


def _badge(verdict: str) -> str:
    v = str(verdict or "")
    return f'<span class="badge {html.escape(v)}">{html.escape(VERDICT_LABELS.get(v, v))}</span>'


def _has_decisions(table: pd.DataFrame) -> bool:
    return "final_verdict" in table.columns and table["final_verdict"].fillna("").astype(str).ne("").any()


def _counts(table: pd.DataFrame) -> str:
    suggested = table["verdict"].value_counts().reindex(VERDICTS, fill_value=0)
    head = "<tr><th>verdict</th><th>suggested</th>"
    rows = []
    final = None
    if _has_decisions(table):
        final = table["final_verdict"].fillna("").astype(str).value_counts().reindex(VERDICTS, fill_value=0)
        head += "<th>analysts' verdict</th>"
    for v in VERDICTS:
        cells = f"<td>{_badge(v)}</td><td class='num'>{suggested[v]}</td>"
        if final is not None:
            cells += f"<td class='num'>{final[v]}</td>"
        rows.append(f"<tr>{cells}</tr>")
    total = (
        f"<tr><th>all claims</th><th class='num'>{len(table)}</th>"
        + (f"<th class='num'>{int(final.sum())} decided</th>" if final is not None else "")
        + "</tr>"
    )
    return f"<table>{head}</tr>{''.join(rows)}{total}</table>"


def _conflicts(table: pd.DataFrame) -> str:
    conflicting = table[table["verdict"] == "conflicting"]
    clusters = list(dict.fromkeys(conflicting["cluster_id"]))
    shown = clusters[:MAX_CONFLICTS]
    parts = []
    members_of = {c: g for c, g in table[table["cluster_id"].isin(shown)].groupby("cluster_id", sort=False)}
    for cluster in shown:
        members = members_of[cluster]
        anchor = members[members["verdict"] == "conflicting"].iloc[0]
        reasons = substantive(anchor["reasons"]).split("; ")
        keys = conflict_words(str(anchor["reasons"]))
        wordings = []
        for row in members.to_dict("records"):
            text = str(row["text"])
            body = mark_differences(
                text, str(anchor["text"]) if row["claim_id"] != anchor["claim_id"] else _other(members, row), keys
            )
            decided = ""
            if as_text(row.get("final_verdict")):  # NaN (a table read back from a file) is no decision
                note = f" &mdash; {html.escape(as_text(row.get('note')))}" if as_text(row.get("note")) else ""
                decided = f"<div class='decided'>{html.escape(as_text(row.get('analyst')) or 'analyst')}: {_badge(row['final_verdict'])}{note}</div>"
            wordings.append(
                f"<div class='wording'><div class='outlet'>{html.escape(str(row['source']))}<span class='cid'>{html.escape(str(row['claim_id']))}</span></div>"
                f"<div>{body}</div>{decided}</div>"
            )
        parts.append(
            f"<article class='conflict'><h3>{'<br>'.join(html.escape(r) for r in reasons)}</h3><div class='wordings'>{''.join(wordings)}</div></article>"
        )
    more = (
        f"<p class='note'>Showing {len(shown)} of {len(clusters)} conflicts.</p>" if len(clusters) > len(shown) else ""
    )
    return "".join(parts) + more if parts else "<p class='note'>No conflicts.</p>"


def _other(members: pd.DataFrame, row: dict[str, Any]) -> str:
    others = members[members["claim_id"] != row["claim_id"]]
    return str(others.iloc[0]["text"]) if len(others) else str(row["text"])


def _cell(value: object) -> str:
    if isinstance(value, float):
        return "&ndash;" if value != value else f"{value:.2f}"  # NaN: no figure (the note says why)
    return html.escape(as_text(value))


def _frame(frame: pd.DataFrame, *, index: bool = False) -> str:
    """A small frame as an HTML table, every cell escaped."""
    head = ("<th></th>" if index else "") + "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for label, row in zip(frame.index, frame.itertuples(index=False)):
        first = f"<th>{html.escape(str(label))}</th>" if index else ""
        cells = "".join(
            f"<td class='num'>{_cell(v)}</td>" if isinstance(v, numbers.Real) else f"<td>{_cell(v)}</td>" for v in row
        )
        rows.append(f"<tr>{first}{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>" if rows else "<p class='note'>None.</p>"


def _agreement(table: pd.DataFrame, figures: Agreement | None) -> str:
    """The analysts' agreement and how each final verdict was reached; empty with fewer than two analysts."""
    if figures is None or len(figures.analysts) < 2:
        return ""
    decisions = int(figures.ratings.ne("").to_numpy().sum())
    intro = (
        f"{len(figures.analysts)} analysts ({', '.join(figures.analysts)}) made {decisions} decisions "
        f"({figures.blind} blind); {figures.shared} claims were decided by two or more. κ and α: 1 is perfect "
        f"agreement, 0 what chance gives, below 0 worse than chance. A figure needs at least {figures.min_shared} "
        "shared claims; with fewer, the note says so instead."
    )
    how = ""
    if "resolution" in table.columns:
        counts = table["resolution"].map(as_text).value_counts()
        order = ("adjudicated", "unanimous", "majority", "single", "tied")
        rows = pd.DataFrame({"claims": [int(counts.get(r, 0)) for r in order]}, index=list(order))
        how = (
            "<h3>How the final verdicts were reached</h3><p class='note'>Adjudicated, else unanimous, else the "
            "majority, else the one analyst's decision; a tie has no final verdict until an adjudicator rules.</p>"
            + _frame(rows, index=True)
        )
    return (
        f"<section id='agreement'><h2>Analysts' agreement</h2><p class='note'>{html.escape(intro)}</p>"
        f"<h3>On the shared claims</h3>{_frame(figures.summary)}"
        f"<h3>Cohen's κ per pair of analysts</h3>{_frame(figures.kappa_matrix(), index=True)}"
        f"<h3>Per suggested verdict</h3>{_frame(figures.by_suggested)}"
        f"<h3>Per conflict kind</h3>{_frame(figures.by_conflict)}"
        f"<h3>Each analyst against the kit's suggestion</h3>{_frame(figures.vs_kit)}{how}</section>"
    )


def _settings(table: pd.DataFrame, settings: dict[str, Any]) -> str:
    items = {
        "claims": len(table),
        "articles": table["article_id"].nunique() if "article_id" in table.columns else "",
        "outlets": ", ".join(sorted(table["source"].astype(str).unique())),
        **settings,
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }
    rows = "".join(f"<tr><th>{html.escape(str(k))}</th><td>{html.escape(str(v))}</td></tr>" for k, v in items.items())
    return f"<table>{rows}</table>"


def render_report(
    table: pd.DataFrame,
    *,
    title: str = "Fact-check report",
    settings: dict[str, Any] | None = None,
    agreement: Agreement | None = None,
) -> str:
    """The whole report as one HTML string (no external files, scripts or fonts).

    ``settings`` are shown in the "Settings used" section; by default the
    table's own ``attrs["settings"]`` (what :func:`factcheck.check` used).
    ``agreement`` (from :func:`factcheck.agreement`) adds the analysts'
    agreement section when two or more analysts decided.

    >>> import factcheck
    >>> page = render_report(factcheck.check("seeds"))
    >>> page.startswith("<!doctype html>") and "spelling: demacracy" in page and "<script" not in page
    True
    """
    require(
        table,
        ("claim_id", "cluster_id", "source", "text", "verdict", "reasons", "conflict_types"),
        table="checked-claim",
        made_by="factcheck.check()",
    )
    used = dict(table.attrs.get("settings", {})) | dict(settings or {})
    orphaned = len(table) - len(claims_only(table))
    table = claims_only(table)
    n_facts = table["cluster_id"].nunique()
    mapped = heatmap_frame(table, MAP_ROWS, MAP_OUTLETS)
    n_outlets = table["source"].nunique()
    map_note = (
        f"Showing {len(mapped)} of {n_facts} facts: conflicts and the most widely reported first."
        if n_facts > len(mapped)
        else f"All {n_facts} facts."
    )
    if n_outlets > len(mapped.columns) - 2:
        map_note += f" {len(mapped.columns) - 2} of {n_outlets} outlets: those telling most of these facts."
    decided = (
        "with the analysts' verdicts" if _has_decisions(table) else "suggested verdicts only (no analyst decisions yet)"
    )
    if orphaned:
        decided += f"; {orphaned} decisions are about claims no longer in these articles and are left out"
    n_articles = table["article_id"].nunique() if "article_id" in table.columns else "?"
    body = f"""<main>
<header><h1>{html.escape(title)}</h1>
<p class="meta">{len(table)} claims from {n_articles} articles by {table["source"].nunique()} outlets &middot; {html.escape(decided)}</p></header>
<section id="verdicts"><h2>Verdicts</h2>{_counts(table)}<figure>{_svg(plot_verdicts(table))}</figure></section>
{_agreement(table, agreement)}
<section id="map"><h2>Where each fact appears</h2><p class="note">{html.escape(map_note)} Green: the outlets agree; grey: only this outlet; white: absent; other colours: a conflict, by its kind.</p>
<figure>{_svg(plot_heatmap(table, MAP_ROWS, MAP_OUTLETS))}</figure></section>
<section id="charts"><h2>Conflicts and coverage</h2><div class="row"><figure>{_svg(plot_conflict_types(table))}</figure><figure>{_svg(plot_coverage(table))}</figure></div></section>
<section id="conflicts"><h2>The conflicts</h2><p class="note">Each conflict with every outlet's wording. <mark class="fc-key">marked</mark>: what the conflict is about; <mark class="fc-diff">marked</mark>: words the other wording does not use.</p>{_conflicts(table)}</section>
<section id="settings"><h2>Settings used</h2>{_settings(table, used)}</section>
</main>"""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="{HTML_GENERATOR}">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>{_strip_ids(body)}</body></html>"
    )


_TAG = re.compile(r"<[^!?][^>]*>")  # a start or end tag; not a comment (matplotlib writes the text in comments)
_ID = re.compile(r"(\sid=\"|href=\"#|url\(#)")


def _strip_ids(page: str) -> str:
    # Several SVGs in one page reuse matplotlib's element ids (figure_1, the glyphs
    # DejaVuSans-41, ...); prefix each figure's ids, and the references to them, with its number.
    parts = re.split(r"(<svg .*?</svg>)", page, flags=re.S)
    for n, k in enumerate(range(1, len(parts), 2), start=1):
        prefix = rf"\1f{n}-"
        svg = _TAG.sub(lambda tag, prefix=prefix: _ID.sub(prefix, tag.group()), parts[k])
        parts[k] = svg.replace("<svg ", f'<svg data-figure="{n}" ', 1)
    return "".join(parts)
