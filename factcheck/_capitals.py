"""Where a capital letter proves a name: mid-sentence, in a sentence not set like a headline.

At the start of a sentence, and anywhere in a headline set in Title Case ("Robot Guards Patrol Campus") or
in capitals, a capital proves nothing: such a word is a name only if the event writes it capitalised
mid-sentence elsewhere (:func:`known_names`) or if it is rare.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ._memo import per_tokens
from ._text import fold
from ._tokens import STOP_WORDS, Token, _word_norm
from .details import TITLE_WORDS

__all__ = ["capital_words", "headline_cased", "headline_tokens", "known_names", "source_tag"]

# What Title Case leaves in lower case (AP and Chicago styles): articles, conjunctions, short prepositions.
_TITLE_CASE_LOWER = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs v from into onto with over upon "
    "about than".split()
)


def headline_cased(words: Sequence[str]) -> bool:
    """The words of a sentence set in Title Case or in capitals, like a headline.

    >>> headline_cased("Mayor Opens New Bridge Over the River.".split())
    True
    >>> headline_cased("Mayor Anna Varga opened the bridge in Leeds.".split())
    False
    """
    capital = 0
    for word in words[1:]:
        if word[:1] in ("'", "\u2019") or word.lower() == "n't":
            continue  # a contraction's tail: "Didn't" is "Did" + "n't", "There's" is "There" + "'s"
        word = word.strip(".,;:!?\"'()[]\u2018\u2019\u201c\u201d")
        if not word[:1].isalpha():
            continue
        if word[0].isupper():
            capital += 1
        elif word.lower() not in _TITLE_CASE_LOWER:
            return False  # "opened": the sentence's own lower case
    return capital >= 3


@per_tokens
def headline_tokens(tokens: Sequence[Token]) -> bool:
    """:func:`headline_cased` for a claim's tokens (its words; figures and dates aside)."""
    return headline_cased([t.surface for t in tokens if t.kind == "word"])


# A capitalised word straight after a lower-case word or a comma: mid-sentence, so a name.
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][^\W\d_]+")
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]+(?![\w'])")


def known_names(texts: Iterable[str]) -> frozenset[str]:
    """Norms of the words written capitalised mid-sentence somewhere in ``texts`` and never in
    lower case: "Police" that starts a sentence is the police when another sentence says "police".
    A headline's capitals prove nothing.

    >>> sorted(known_names(["Officials met Moon on Monday.", "Moon said so.", "Then Vancouver Police said the police left."]))
    ['monday', 'moon', 'vancouver']
    >>> sorted(known_names(["The Day after, a day later.", "Robot Guards Patrol the Campus."]))
    []
    """
    found: set[str] = set()
    lower: set[str] = set()
    for text in map(fold, dict.fromkeys(texts)):  # wire copy repeats wordings: only the sets matter
        capitals, lows = _MID_SENTENCE_CAPITAL.findall(text), _LOWER_WORD.findall(text)
        lower.update(lows)
        # Cheap test first: a headline's lower-case words are all articles, conjunctions and prepositions.
        if capitals and not (_TITLE_CASE_LOWER.issuperset(lows) and headline_cased(text.split())):
            found.update(word for word in capitals if word not in TITLE_WORDS)
    return frozenset(norm for norm in map(_word_norm, found) if norm not in STOP_WORDS and norm not in lower)


@per_tokens
def capital_words(tokens: tuple[Token, ...] | list[Token]) -> tuple[list[Token], dict[str, list[int]]]:
    """The words in capitals (dots are no letters: "U.S." is), and where a spelled-out run may start: a
    capitalised word, by its initial."""
    caps = [t for t in tokens if t.kind == "word" and t.surface.isupper()]
    starts: dict[str, list[int]] = {}
    for i, w in enumerate(tokens):
        if w.kind == "word" and w.surface[:1].isupper():
            starts.setdefault(w.surface[0].upper(), []).append(i)
    return caps, starts


# "Amazon to open first store in Manhattan: DJ", "Shebab chief likely dead in US strike: Source".
_SOURCE_TAG = re.compile(r":\s*(?:[A-Z]{2,5}|Sources?|Reports?|Officials?)[.!?]?\s*$")


def source_tag(text: str, tokens: Sequence[Token]) -> set[str]:
    """The norms of a headline's closing source tag after a colon: who told the outlet, no name in the story.

    >>> from factcheck._tokens import tokenize
    >>> from factcheck.vocab import load_aliases
    >>> text = "Acme to open a store in Manhattan: DJ."
    >>> source_tag(text, tokenize(text, load_aliases())), source_tag("Race winner: Varga.", ())
    ({'dj'}, set())
    """
    m = _SOURCE_TAG.search(text)
    return {t.norm for t in tokens if t.start > m.start()} if m else set()
