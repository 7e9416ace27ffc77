"""Stage 2: articles -> the ``claims`` table (one row per claim sentence).

Sentences come from nupunkt (a Punkt model trained on legal and news-like
text, bundled, no downloads), split paragraph by paragraph, then repaired
where news style fools it: a cut after a title or initials ("then-Rep." /
"John Roe", "Sen. Jane Doe (R-Texas" / "), who"), inside a word ("ESPN." /
"com"), before a lower-case or closing continuation, a quotation of several
sentences cut before its attribution ("We are ready. We will act," she said.),
and short fragments that carry a fact ("The strong 7." / "2-magnitude quake",
"Scalia asked."), which join their neighbour instead of being dropped.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import nupunkt
import pandas as pd

from . import _parallel
from ._gc import few_collections
from ._text import MONTH_PATTERN, fold
from .schema import ARTICLE_COLUMNS, CLAIM_COLUMNS, require
from .vocab import is_common_word

__all__ = ["claim_hash", "split_claims", "split_sentences"]

# Titles that stand before a name, never at a sentence's end ("then-Rep." / "John Roe").
_TITLES = (
    "Gen|Lt|Col|Maj|Capt|Cpl|Sgt|Pvt|Adm|Cmdr|Mr|Mrs|Ms|Messrs|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Pres|Prof|Rev|Msgr|"
    "Fr|Hon|Const|Det|Insp|Supt|Cpt|Atty|Amb|Sec|Gens|Ft|Mt"
)
_ABBREV = rf"(?:(?:[A-Za-z]\.){{2,4}}|(?:{_TITLES}|St|Jr|Sr|No)\.)"
# A "sentence" that is nothing but abbreviations ("U.S.", "Lt.") was cut too early.
_ABBREVIATION_ONLY = re.compile(rf"^{_ABBREV}(?:\s+{_ABBREV})*$")
_ENDS_WITH_TITLE = re.compile(rf"\b(?:{_TITLES})\.$")
# Initials ("P.J.", "U.N.", "D-W.") before a rare or title word go on: "P.J. Carlesimo", "U.N. Ambassador".
_ENDS_WITH_INITIALS = re.compile(r"(?<![A-Za-z])(?:[A-Z]\.){1,3}$")
_GOES_ON_AFTER_INITIALS = re.compile(
    r"(?:[A-Z][a-z]{0,3}\.|Ambassador|President|Secretary|Envoy|Senator|Representative|Governor|Mayor|Judge)(?!\w)"
)
# A month or "No." before a number, or a number cut at its decimal point ("The strong 7." / "2-magnitude").
_ENDS_BEFORE_NUMBER = re.compile(rf"(?:\b(?:{MONTH_PATTERN}|No|Nos|Vol|p|pp)\.|(?<![\d,.])\d{{1,3}}\.)$")
# A piece that goes on from the one before: lower case, a closing bracket or a clause mark.
_CONTINUES = re.compile(r"^[\"'\u201c\u201d\u2018\u2019]?(?:[a-z]|[)\]},;:%]|[-\u2013\u2014]{1,2}\s)")
_SPEECH = re.compile(
    r"\b(?:said|says|asked|asks|added|adds|continued|recalled|wrote|writes|tweeted|told|replied|explained|"
    r"noted|insisted|argued|declared|joked|quipped|warned|stated|remarked|shouted|yelled)\b"
)
_CLOSES_QUOTE = re.compile(r"[\"\u201d\u2019']$")
_MIN_WORDS = 4
_LETTER = re.compile(r"[^\W\d_]")
_FINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")


def _quote_open(text: str) -> bool:
    """True if a double quotation opened in ``text`` is still open at its end."""
    flat = fold(text)
    return flat.count('"') % 2 == 1


def _goes_on(text: str, prev: tuple[int, int], cur: tuple[int, int]) -> bool:
    """Whether the cut between two pieces of a paragraph falls inside one sentence."""
    before, after = text[prev[0] : prev[1]].strip(), text[cur[0] : cur[1]].strip()
    if not text[cur[0] - 1 : cur[0]].isspace() and not text[prev[1] - 1 : prev[1]].isspace():
        return True  # cut inside a word: "(R-Minn." / "),", "http://www." / "site."
    if _ABBREVIATION_ONLY.match(before) or _ENDS_WITH_TITLE.search(before) or _CONTINUES.match(after):
        return True
    if _ENDS_BEFORE_NUMBER.search(before) and after[:1].isdigit():
        return True
    first = after.split()[0]
    if _ENDS_WITH_INITIALS.search(before) and first[:1].isupper():
        word = first.strip(".,;:'\u2019")
        if _GOES_ON_AFTER_INITIALS.match(first) or (word.isalpha() and not is_common_word(word.lower())):
            return True
    return _quote_open(text[prev[0] : cur[0]]) and '"' in fold(after)


def _fragment(piece: str, *, after_quote: bool = False) -> bool:
    """A piece too short to be a claim that still carries a fact (a number, a name, who said the
    quotation it follows), or is no sentence at all: it belongs to its neighbour. "Yes." and
    "It's wrong." are not fragments."""
    words = piece.split()
    if len(words) >= _MIN_WORDS:
        return False
    if not _LETTER.search(piece):
        return True  # a stray closing quote or bracket
    if piece.startswith("(") and piece.endswith(")"):
        return False  # an aside of its own, "(File photo)"
    return bool(
        not _FINAL.search(piece)
        or any(c.isdigit() for c in piece)
        or any(w[:1].isupper() for w in words[1:])
        or (after_quote and _SPEECH.search(piece))
    )


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, paragraph by paragraph.

    >>> t = 'He met U.S. officials on Feb. 4. "We are ready. We will act," she said.'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['He met U.S. officials on Feb. 4.', '"We are ready. We will act," she said.']
    >>> t = "The vote was led by Sen. Ann Roe (D-Ill.), who spoke first. The strong 7.2-magnitude quake hit."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['The vote was led by Sen. Ann Roe (D-Ill.), who spoke first.', 'The strong 7.2-magnitude quake hit.']
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        offset = para.start()
        spans.extend((offset + start, offset + end) for start, end in _paragraph_spans(para.group()))
    return spans


@lru_cache(maxsize=65_536)
def _paragraph_spans(para: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of one paragraph. Every rule looks only inside the paragraph, so wire copy
    that many outlets repeat word for word is split once."""
    merged: list[tuple[int, int]] = []
    for cur in nupunkt.sent_spans(para):
        if merged and _goes_on(para, merged[-1], cur):
            merged[-1] = (merged[-1][0], cur[1])
        else:
            merged.append(cur)
    trimmed = [_trim(para, start, end) for start, end in merged]
    return tuple(_join_fragments(para, [span for span in trimmed if span[1] > span[0]]))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), end - (len(chunk) - len(chunk.rstrip()))


def _join_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each fragment (see :func:`_fragment`) joins the sentence before it, or the one after it at a
    paragraph's start: "Scalia asked." goes with the question it follows."""
    out: list[tuple[int, int]] = []
    carry: int | None = None  # start of a fragment that opens the paragraph, waiting for its sentence
    for start, end in spans:
        if carry is not None:
            start, carry = carry, None
        elif _fragment(text[start:end], after_quote=bool(out) and _CLOSES_QUOTE.search(text[out[-1][0] : out[-1][1]])):
            if out:
                out[-1] = (out[-1][0], end)
                continue
            carry = start
            continue
        out.append((start, end))
    if carry is not None:  # the paragraph is one fragment: leave it (split_claims drops it if short)
        out.append((carry, spans[-1][1]))
    return out


def sentence_key(sentence: str) -> str:
    """The wording a claim id is made from: folded quotes and dashes, lower case, single spaces."""
    return " ".join(fold(sentence).lower().split())


def claim_hash(sentence: str) -> str:
    """Eight hex digits naming a sentence's wording (see :func:`split_claims`).

    >>> claim_hash("The vote  passed.") == claim_hash("the vote passed.")
    True
    """
    return _key_hash(sentence_key(sentence))


def _key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def _wording(sentence: str) -> tuple[str, str] | None:
    """The key and hash of a sentence that is a claim; None for one too short to be."""
    if len(sentence.split()) < _MIN_WORDS or not _LETTER.search(sentence):
        return None
    key = sentence_key(sentence)
    return key, _key_hash(key)


#: Above this many articles, sentences are split on all cores (8,500 articles take about 6 s on one).
PARALLEL_ARTICLES = 2_000


def _split_batch(batch: range, columns: tuple[list[str], list[str], list[str]]) -> list[tuple]:
    """The claim rows of articles ``batch``, in order."""
    rows = []
    # (key, hash) of each distinct sentence, or None if it is no claim: wire copy repeats sentences across outlets.
    wordings: dict[str, tuple[str, str] | None] = {}
    for k in batch:
        article_id, source, text = columns[0][k], columns[1][k], columns[2][k]
        seen: set[str] = set()
        ids: set[str] = set()
        position = 0
        for start, end in split_sentences(text):
            sentence = text[start:end]
            if sentence not in wordings:
                wordings[sentence] = _wording(sentence)
            wording = wordings[sentence]
            if wording is None:
                continue
            key, digest = wording
            if key in seen:
                continue
            seen.add(key)
            position += 1
            claim_id = f"{article_id}:{digest}"
            # Two different wordings sharing eight hex digits: vanishingly rare, but ids must stay unique.
            while claim_id in ids:
                claim_id += "+"
            ids.add(claim_id)
            rows.append((claim_id, article_id, source, position, start, end, sentence))
    return rows


@few_collections()
def split_claims(articles: pd.DataFrame) -> pd.DataFrame:
    """Split each article's text into claim sentences.

    ``claim_id`` is ``<article_id>:<hash of the sentence's wording>``: it comes
    from the sentence itself, not its place, so when an outlet inserts,
    deletes or reorders sentences every other claim keeps its id (and an
    analyst's decision on it). ``position`` is the claim's place in the
    article and ``start``/``end`` locate it in the article's ``text``. Sentences under four words (a fragment
    carrying a number, a name or an attribution has already joined its neighbour, see :func:`split_sentences`),
    and exact repeats within an article (a caption that repeats the body), are not claims. The details
    of each claim (numbers, dates, names, ...) are in :func:`factcheck.claim_details`.

    >>> from factcheck import load_articles
    >>> claims = split_claims(load_articles("seeds"))
    >>> claims.loc[0, ["claim_id", "source"]].tolist(), int(claims.loc[0, "position"])
    (['000_44ee4c4737ad4eae:20d4bb64', 'UPI'], 1)
    """
    require(articles, (*ARTICLE_COLUMNS[:1], "source", "text"), table="articles", made_by="factcheck.load_articles()")
    columns = (articles["article_id"].tolist(), articles["source"].tolist(), articles["text"].tolist())
    n = len(columns[0])
    parallel = n >= PARALLEL_ARTICLES and _parallel.workers() > 1
    batches = _parallel.split(n, _parallel.workers() * 4) if parallel else [range(n)]
    rows = [row for part in _parallel.map_batches(_split_batch, batches, columns, parallel=parallel) for row in part]
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    return frame.astype({"position": "int64", "start": "int64", "end": "int64"})
