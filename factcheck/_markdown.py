"""The Markdown export: the summary, every conflict, then every claim in one table.

Markdown renderers (GitHub, JupyterLab, most wikis) pass inline HTML through,
and article text is untrusted, so text is HTML-escaped first and then
Markdown's own punctuation is backslash-escaped: a claim can neither inject
markup nor break the table (pipes are escaped, newlines become ``<br>``).
"""

from __future__ import annotations

import html
import re

import pandas as pd

from ._outputs import MARKDOWN_MARK
from ._text import as_text
from .summary import substantive

# Text only ever sits inside a table cell or after a list marker, never at a
# line start, so only the inline markers need escaping.
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(value: object) -> str:
    """``value`` as inline Markdown text that renders exactly as written.

    >>> md("<b>3 * 4</b> | [link](x)")
    '&lt;b&gt;3 \\\\* 4&lt;/b&gt; \\\\| \\\\[link\\\\](x)'
    """
    text = html.escape(as_text(value), quote=False)
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"\r\n|\r|\n", "<br>", text)


def _table(frame: pd.DataFrame) -> list[str]:
    lines = ["| " + " | ".join(md(c) for c in frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(md(v) for v in row) + " |" for row in frame.itertuples(index=False, name=None)]
    return lines


def render_markdown(claims: pd.DataFrame, summary: pd.DataFrame, *, title: str) -> str:
    """The whole document. ``claims`` is the export frame, ``summary`` as :func:`factcheck.summarize` gives."""
    lines = [f"# {md(title)}", "", MARKDOWN_MARK, "", *_table(summary), ""]
    conflicting = claims[claims["verdict"] == "conflicting"]
    lines += ["## Conflicts", ""]
    if conflicting.empty:
        lines += ["No conflicts.", ""]
    for number, (cluster, group) in enumerate(conflicting.groupby("cluster_id", sort=False), 1):
        reasons = substantive(group["reasons"].iloc[0])
        lines += [f"{number}. **{md(reasons)}** ({md(cluster)})", ""]
        for row in claims[claims["cluster_id"] == cluster].itertuples():
            decided = f" — analyst: **{md(row.final_verdict)}**" if getattr(row, "final_verdict", "") else ""
            note = f" ({md(row.note)})" if getattr(row, "note", "") else ""
            lines.append(f"   - **{md(row.source)}** ({md(row.claim_id)}): {md(row.text)}{decided}{note}")
        lines.append("")
    columns = ["claim_id", "source", "verdict", "final_verdict", "resolution", "text", "reasons", "analyst", "note"]
    lines += ["## All claims", "", *_table(claims[[c for c in columns if c in claims.columns]]), ""]
    return "\n".join(lines)
