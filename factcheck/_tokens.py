"""Word tokens with a surface form (what the reader sees) and a norm (what is compared).

Norms fold away every benign difference: case, quote marks, possessive 's,
hyphenation, British vs American spelling, aliases (Burma -> myanmar) and
number formats ("three" -> <3>, "$2.5 million" -> <2500000 dollars>).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ._text import fold
from .details import extract_details
from .vocab import AliasTable, us_spelling

_WORD_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:'[^\W_]+)*", re.UNICODE)
_DETAIL_KINDS = ("number", "year", "ordinal", "date", "time", "month", "weekday")

STOP_WORDS = frozenset(
    (
        "a an the and or but of to in on at for with by from as is are was were be been being has have had it "
        "its this that these those there their they them he she his her we our you your i me my which who "
        "whom whose what when where while would will could should can may might must shall do does did also "
        "than then so such into onto about over after before since until upon said says say"
    ).split()
)


@dataclass(frozen=True)
class Token:
    surface: str
    norm: str
    start: int
    end: int
    kind: str = "word"  # word, alias or a numeric detail kind

    @property
    def capitalised(self) -> bool:
        return self.surface[:1].isupper()


def _strip_accents(word: str) -> str:
    """Chrétien -> Chretien: outlets differ in whether they print diacritics."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _word_norm(surface: str) -> str:
    word = _strip_accents(fold(surface).lower())
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    return us_spelling(word)


# Contractions compare as the words they stand for: "We've got" = "We have got".
_CONTRACTION = re.compile(r"(?i)^(.+?)(n't|'ve|'re|'ll|'d|'m)$|^(it|he|she|that|there|what|who|here|where|let)('s)$")
_CONTRACTED = {"n't": "not", "'ve": "have", "'re": "are", "'ll": "will", "'d": "would", "'m": "am", "'s": "is"}
_IRREGULAR = {"ca": "can", "wo": "will", "ai": "is", "sha": "shall", "let": "let"}


def _word_tokens(surface: str, flat: str, start: int) -> list[Token]:
    m = _CONTRACTION.match(flat)
    if not m and flat.lower() != "cannot":
        return [Token(surface, _word_norm(flat), start, start + len(surface))]
    if m:
        head, tail = (m[1], m[2]) if m[1] else (m[3], m[4])
    else:
        head, tail = flat[:3], "n't"  # cannot
    cut = len(head)
    head_norm = _IRREGULAR.get(head.lower(), _word_norm(head))
    tail_norm = _CONTRACTED.get(tail.lower(), "not")
    return [
        Token(surface[:cut], head_norm, start, start + cut),
        Token(surface[cut:], tail_norm, start + cut, start + len(surface)),
    ]


@lru_cache(maxsize=65536)
def tokenize(text: str, aliases: AliasTable) -> tuple[Token, ...]:
    """Split a claim into tokens whose norms can be compared across outlets.

    >>> from factcheck.vocab import load_aliases
    >>> [t.norm for t in tokenize("Burma's three harbours", load_aliases())]
    ['@myanmar', '<3>', 'harbors']
    """
    flat = fold(text)
    spans: list[Token] = []
    for d in extract_details(text).of(*_DETAIL_KINDS):
        spans.append(Token(d.surface, f"<{d.key}>", d.start, d.end, d.kind))
    for m in aliases.pattern.finditer(flat):
        start, end = m.span()
        if not any(s.start < end and start < s.end for s in spans):
            canonical = aliases.canonical(re.sub(r"\s+", " ", m.group()))
            if flat[end : end + 2] == "'s":  # "Korea's" compares as "Korea"
                end += 2
            norm = "@" + canonical.lower().replace(" ", "_")
            spans.append(Token(text[start:end], norm, start, end, "alias"))
    spans.sort(key=lambda t: t.start)
    tokens: list[Token] = []
    cursor = 0
    for span in [*spans, None]:
        stop = span.start if span else len(text)
        for m in _WORD_RE.finditer(flat, cursor, stop):
            tokens.extend(_word_tokens(text[m.start() : m.end()], m.group(), m.start()))
        if span is not None:
            tokens.append(span)
            cursor = span.end
    return tuple(tokens)


def alignment_key(text: str, aliases: AliasTable) -> str:
    """The string aligners compare: content-word norms, sorted (token-sort style).

    >>> from factcheck.vocab import load_aliases
    >>> alignment_key("The centre of Burma said three", load_aliases())
    '<3> @myanmar center'
    >>> alignment_key("South Korea's ally", load_aliases())
    '@south_korea ally'
    """
    norms = [t.norm for t in tokenize(text, aliases) if t.norm not in STOP_WORDS]
    return " ".join(sorted(norms))
