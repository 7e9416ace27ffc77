"""Word tokens with a surface form (what the reader sees) and a norm (what is compared).

Norms fold away every benign difference: case, quote marks, possessive 's,
hyphenation, British vs American spelling, aliases (Burma -> myanmar) and
number formats ("three" -> <3>, "$2.5 million" -> <2500000 dollars>).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

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


class Token(NamedTuple):
    """A word (or alias, or number) of a claim. A tuple, not a dataclass: a
    large corpus makes millions of them."""

    surface: str
    norm: str
    start: int
    end: int
    kind: str = "word"  # word, alias or a detail kind (number, date, ...)

    @property
    def capitalised(self) -> bool:
        return self.surface[:1].isupper()


# Token(...) goes through a Python-level __new__; a large corpus makes millions of
# tokens, so the hot loop calls the C constructor directly.
_new_token = tuple.__new__


def _strip_accents(word: str) -> str:
    """Chrétien -> Chretien: outlets differ in whether they print diacritics."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def _word_norm(surface: str) -> str:
    word = _strip_accents(fold(surface).lower())
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    if "." in word and len(word) > 5:  # F.B.I. / FBI; not a.m. / am
        word = word.replace(".", "")
    return us_spelling(word)


# Contractions compare as the words they stand for: "We've got" = "We have got".
_CONTRACTION = re.compile(r"(?i)^(.+?)(n't|'ve|'re|'ll|'d|'m)$|^(it|he|she|that|there|what|who|here|where|let)('s)$")
_CONTRACTED = {"n't": "not", "'ve": "have", "'re": "are", "'ll": "will", "'d": "would", "'m": "am", "'s": "is"}
_IRREGULAR = {"ca": "can", "wo": "will", "ai": "is", "sha": "shall", "let": "let"}


def _word_tokens(surface: str, flat: str, start: int) -> list[Token]:
    if "'" not in flat and (len(flat) != 6 or flat.lower() != "cannot"):
        return [Token(surface, _word_norm(flat), start, start + len(surface))]
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
    spans = [
        Token(d.surface, f"<{d.key}>", d.start, d.end, d.kind)
        for d in extract_details(text, names=False).of(*_DETAIL_KINDS)
    ]
    tokens: list[Token] = []
    cursor = 0
    for span in [*spans, None]:
        stop = span.start if span else len(text)
        for m in _WORD_RE.finditer(flat, cursor, stop):
            word, start, end = m.group(), m.start(), m.end()
            if "'" in word or (len(word) == 6 and word.lower() == "cannot"):
                tokens.extend(_word_tokens(text[start:end], word, start))
            else:
                tokens.append(_new_token(Token, (text[start:end], _word_norm(word), start, end, "word")))
        if span is not None:
            tokens.append(span)
            cursor = span.end
    return tuple(_merge_aliases(tokens, text, flat, aliases))


def _merge_aliases(tokens: list[Token], text: str, flat: str, aliases: AliasTable) -> list[Token]:
    """Replace alias phrases ("United States", "South Korea's") by one alias token."""
    index = _alias_index(aliases)
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        lookup = ""
        if t.kind == "word":
            raw = flat[t.start : t.end]
            # Most words hold no apostrophe or dot, which is all _possessive_free changes.
            lookup = (_possessive_free(raw) if "'" in raw or "." in raw else raw).lower()
        for phrase, exact, norm in index.get(lookup, ()):
            span = tokens[i : i + len(phrase)]
            if len(span) < len(phrase) or any(s.kind != "word" for s in span):
                continue
            words = [_possessive_free(flat[s.start : s.end]) for s in span]
            joined_by_spaces = all(not flat[x.end : y.start].strip() for x, y in itertools.pairwise(span))
            if joined_by_spaces and tuple(words if exact else (w.lower() for w in words)) == phrase:
                start, end = span[0].start, span[-1].end
                out.append(Token(text[start:end], norm, start, end, "alias"))
                i += len(phrase)
                break
        else:
            out.append(t)
            i += 1
    return out


_KEY_WORD_RE = re.compile(r"\d{1,2}:\d\d(?!\d)|\d+(?:[.,]\d+)*|(?:[A-Za-z]\.){2,}|[^\W_]+(?:'[^\W_]+)*")
_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}


@lru_cache(maxsize=200_000)
def _key_norms(word: str) -> tuple[str, ...]:
    if word[0].isdigit():
        return (word.replace(",", "").rstrip("."),)
    lower = word.lower()
    if lower in _NUMBER_WORDS:
        return (_NUMBER_WORDS[lower],)
    return tuple(t.norm for t in _word_tokens(word, word, 0))


def _possessive_free(word: str) -> str:
    word = word[:-2] if word.endswith("'s") else word
    # "F.B.I." is "FBI" and "U.N." is "UN" for the alias table too.
    return word.replace(".", "") if _DOTTED.fullmatch(word) else word


_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")


@lru_cache(maxsize=16)
def _alias_index(aliases: AliasTable) -> dict[str, list[tuple[tuple[str, ...], bool, str]]]:
    """First word -> [(phrase words, exact case?, norm)], longest phrases first.

    Matching aliases word by word is several times cheaper than running the
    alias regex over every claim of a large corpus.
    """
    index: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
    for canonical, alias in aliases.pairs:
        norm = "@" + canonical.lower().replace(" ", "_")
        for phrase in (alias, canonical):
            words = tuple(_possessive_free(w) for w in _KEY_WORD_RE.findall(fold(phrase)))
            exact = len(phrase) <= 4  # "US", "WHO": never the pronouns "us", "who"
            key = words if exact else tuple(w.lower() for w in words)
            if key:
                index.setdefault(key[0].lower(), []).append((key, exact, norm))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


# Clock times written four ways ("2:30 a.m.", "2.30am", "2:30AM", "2.30 pm") key as one word.
_CLOCK = re.compile(
    r"(?<![\d.:])(\d{1,2})[:.](\d\d)\s?([ap])(?:\.\s?)?m\b\.?|(?<![\d.:])(\d{1,2}):(\d\d)(?![\d:])", re.I
)

_DIGIT = re.compile(r"\d")


def _clock(m: re.Match[str]) -> str:
    if m[1]:
        return f"{int(m[1])}:{m[2]} {m[3].lower()}.m."
    return f"{int(m[4])}:{m[5]}"


def alignment_key(text: str, aliases: AliasTable) -> str:
    """The string aligners compare: content-word norms, sorted (token-sort style).

    Cheaper than :func:`tokenize`, which a large corpus would pay for every
    claim: numbers are only unified as far as "three" = "3" and "1,200" = "1200".

    >>> from factcheck.vocab import load_aliases
    >>> alignment_key("The centre of Burma said three", load_aliases())
    '3 @myanmar center'
    >>> alignment_key("South Korea's ally paid 1,200 to the US, not us", load_aliases())
    '1200 @south_korea @united_states ally not paid us'
    >>> alignment_key("at 2.30am", load_aliases()) == alignment_key("at 2:30 a.m.", load_aliases())
    True
    """
    flat = fold(text)
    if (":" in flat or "m" in flat) and _DIGIT.search(flat):  # every clock time starts with a digit
        flat = _CLOCK.sub(_clock, flat)
    words = _KEY_WORD_RE.findall(flat)
    index = _alias_index(aliases)
    norms: list[str] = []
    i = 0
    while i < len(words):
        lookup, word_norms = _key_word(words[i])
        for phrase, exact, norm in index.get(lookup, ()):
            span = [_possessive_free(w) for w in words[i : i + len(phrase)]]
            if tuple(span if exact else (w.lower() for w in span)) == phrase:
                norms.append(norm)
                i += len(phrase)
                break
        else:
            norms.extend(word_norms)
            i += 1
    return " ".join(sorted(n for n in norms if n not in STOP_WORDS))


@lru_cache(maxsize=200_000)
def _key_word(word: str) -> tuple[str, tuple[str, ...]]:
    """(alias index key, norms) of one word, computed once per distinct word."""
    return _possessive_free(word).lower(), _key_norms(word)


def diff_ops(na: list[str], nb: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Word-level edit operations, where a compound written apart on one side
    ("Web site", "left-hander") and together on the other ("website") is equal."""
    ops: list[tuple[str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(na, nb).as_list():
        if tag != "equal" and ops and ops[-1][0] != "equal":  # one block per run of changes
            _, i1, _, j1, _ = ops.pop()
            tag = "replace" if i2 > i1 and j2 > j1 else tag
        if tag == "replace" and "".join(na[i1:i2]) == "".join(nb[j1:j2]):
            tag = "equal"
        ops.append((tag, i1, i2, j1, j2))
    return ops
