"""Stage 2: articles -> the ``claims`` table (one row per claim sentence).

Sentences come from nupunkt (a Punkt model trained on legal and news-like
text, bundled, no downloads), split paragraph by paragraph, then repaired for
the two news habits it gets wrong: a sentence-initial "U.S." or "Lt." taken
for a sentence of its own, and a quotation of several sentences cut before
its attribution ("We are ready. We will act," she said.).
"""

from __future__ import annotations

import hashlib
import re

import nupunkt
import pandas as pd

from ._text import fold
from .schema import ARTICLE_COLUMNS, CLAIM_COLUMNS, require

__all__ = ["claim_hash", "split_claims", "split_sentences"]

_ABBREV = r"(?:(?:[A-Za-z]\.){2,4}|(?:Gen|Lt|Col|Maj|Capt|Cpl|Sgt|Adm|Cmdr|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|St|Prof|Rev|Hon|Jr|Sr|No|Ft|Mt|Gov)\.)"
# A "sentence" that is nothing but abbreviations ("U.S.", "Lt.") was cut too early.
_ABBREVIATION_ONLY = re.compile(rf"^{_ABBREV}(?:\s+{_ABBREV})*$")
_MIN_WORDS = 4
_LETTER = re.compile(r"[^\W\d_]")


def _quote_open(text: str) -> bool:
    """True if a double quotation opened in ``text`` is still open at its end."""
    flat = fold(text)
    return flat.count('"') % 2 == 1


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, paragraph by paragraph.

    >>> t = 'He met U.S. officials on Feb. 4. "We are ready. We will act," she said.'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['He met U.S. officials on Feb. 4.', '"We are ready. We will act," she said.']
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        offset = para.start()
        pieces = [(offset + s, offset + e) for s, e in nupunkt.sent_spans(para.group())]
        merged: list[list[int]] = []
        for start, end in pieces:
            if merged:
                prev_text = text[merged[-1][0] : merged[-1][1]].strip()
                if _ABBREVIATION_ONLY.match(prev_text) or (
                    _quote_open(text[merged[-1][0] : start]) and '"' in fold(text[start:end])
                ):
                    merged[-1][1] = end
                    continue
            merged.append([start, end])
        for start, end in merged:
            chunk = text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            if end - trail > start + lead:
                spans.append((start + lead, end - trail))
    return spans


def sentence_key(sentence: str) -> str:
    """The wording a claim id is made from: folded quotes and dashes, lower case, single spaces."""
    return " ".join(fold(sentence).lower().split())


def claim_hash(sentence: str) -> str:
    """Eight hex digits naming a sentence's wording (see :func:`split_claims`).

    >>> claim_hash("The vote  passed.") == claim_hash("the vote passed.")
    True
    """
    return hashlib.sha256(sentence_key(sentence).encode("utf-8")).hexdigest()[:8]


def split_claims(articles: pd.DataFrame) -> pd.DataFrame:
    """Split each article's text into claim sentences.

    ``claim_id`` is ``<article_id>:<hash of the sentence's wording>``: it comes
    from the sentence itself, not its place, so when an outlet inserts,
    deletes or reorders sentences every other claim keeps its id (and an
    analyst's decision on it). ``position`` is the claim's place in the
    article and ``start``/``end`` locate it in the article's ``text``. Sentences under four words, and exact repeats within
    an article (a caption that repeats the body), are not claims. The details
    of each claim (numbers, dates, names, ...) are in :func:`factcheck.claim_details`.

    >>> from factcheck import load_articles
    >>> claims = split_claims(load_articles("seeds"))
    >>> claims.loc[0, ["claim_id", "source"]].tolist(), int(claims.loc[0, "position"])
    (['000_44ee4c4737ad4eae:20d4bb64', 'UPI'], 1)
    """
    require(articles, (*ARTICLE_COLUMNS[:1], "source", "text"), table="articles", made_by="factcheck.load_articles()")
    rows = []
    for article_id, source, text in articles[["article_id", "source", "text"]].itertuples(index=False):
        seen: set[str] = set()
        ids: set[str] = set()
        position = 0
        for start, end in split_sentences(text):
            sentence = text[start:end]
            if len(sentence.split()) < _MIN_WORDS or not _LETTER.search(sentence):
                continue
            key = sentence_key(sentence)
            if key in seen:
                continue
            seen.add(key)
            position += 1
            claim_id = f"{article_id}:{claim_hash(sentence)}"
            # Two different wordings sharing eight hex digits: vanishingly rare, but ids must stay unique.
            while claim_id in ids:
                claim_id += "+"
            ids.add(claim_id)
            rows.append((claim_id, article_id, source, position, start, end, sentence))
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    return frame.astype({"position": "int64", "start": "int64", "end": "int64"})
