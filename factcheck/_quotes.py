"""Direct quotes: which claims quote one statement, and where two outlets quote it in other words.

A misquote is a quotation whose words differ on both sides while at least half of them are shared (a word
one side lacks is an excerpt), or an excerpt that turns a dependent clause of the fuller quote into a statement
of its own ("They're followers" for "..., because they are followers"). House style is not a misquote:
editorial insertions in brackets, asterisks ("f***ing"), abbreviated titles, acronyms ("IE" / "Internet
Explorer"), a dropped "And," at the start, a line the other outlet skips at an ellipsis.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz, process

from ._names import acronyms
from ._owners import stem
from ._text import fold
from ._tokens import STOP_WORDS, Token, diff_ops
from .details import TITLE_WORDS, Detail, _double_quoted

__all__ = [
    "QUOTE_SCORE",
    "QUOTE_WORDS",
    "one_word_form",
    "quote_differences",
    "quote_pairs",
    "quoted_words",
    "same_quotes",
]

#: Two claims quoting the same statement: their quoted words (at least ``QUOTE_WORDS``) reach this
#: similarity, however differently the sentences around the quotes attribute them.
QUOTE_SCORE = 75
QUOTE_WORDS = 5
#: One claim quotes part of what another quotes: the shorter quote's words are found in the longer one at this
#: similarity ("Open the gates" in "Open the gates. The town has waited long enough").
PART_SCORE = 90
# Quotes that share a run of this many words are candidates; a run more than ``_COMMON_RUN`` quotes share ("i
# don't know if") tells nothing.
_RUN = 4
_COMMON_RUN = 50


class Quoted(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def tokens(self) -> tuple[Token, ...]: ...
    @property
    def details(self) -> tuple[Detail, ...]: ...


# Inside a quote: titles abbreviated in one outlet and spelled out in another ("Sen. Reid" / "Senator Reid").
_TITLES = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "supt": "superintendent",
    "atty": "attorney",
}


def _join(tokens: list[Token]) -> str:
    return ", ".join(dict.fromkeys(t.surface for t in tokens))


# Editorial insertions inside a quotation: "[touch-screen]", "(local)".
_BRACKETS = re.compile(r"\[[^\]]*\]|\([^)]*\)")


def _quote_tokens(quote: Detail, tokens: tuple[Token, ...], text: str) -> list[Token]:
    """The claim's tokens inside a quotation, without editorial insertions
    ("roll out the [touch-screen] machines")."""
    inserted = [m.span() for m in _BRACKETS.finditer(text, quote.start, quote.end)]
    return [
        t
        for t in tokens
        if quote.start <= t.start and t.end <= quote.end and not any(s <= t.start < e for s, e in inserted)
    ]


def quote_differences(pa: Quoted, pb: Quoted, explained: set[str]) -> list[tuple[str, str]]:
    """(this side's words, the other's) for each quotation of ``pa`` that ``pb`` quotes in other words;
    ``explained``: norms an earlier difference already names."""
    out = []
    for qa in (d for d in pa.details if d.kind == "quote"):
        ta = _quote_tokens(qa, pa.tokens, pa.text)
        na = [_TITLES.get(t.norm, t.norm) for t in ta]
        best = None
        for qb in (d for d in pb.details if d.kind == "quote"):
            tb = _quote_tokens(qb, pb.tokens, pb.text)
            nb = [_TITLES.get(t.norm, t.norm) for t in tb]
            # An excerpt of the other quote is as good as the same quote, however much shorter.
            score = 100 if _contains(na, nb) or _contains(nb, na) else fuzz.ratio(" ".join(na), " ".join(nb))
            if best is None or score > best[0]:
                best = (score, tb, nb)
        if best is None or best[0] < 60:
            continue
        _, tb, nb = best
        ta, tb = _quoted_parts(ta, pa.text, nb), _quoted_parts(tb, pb.text, na)
        na, nb = [_TITLES.get(t.norm, t.norm) for t in ta], [_TITLES.get(t.norm, t.norm) for t in tb]
        if na == nb or not na or not nb:
            continue
        if _contains(na, nb) or _contains(nb, na):
            # An excerpt is no misquote, unless it opens as a statement of its own where the fuller
            # quote runs on from earlier words ("They're followers" for "..., because they are followers").
            cut = _opened_mid_sentence(ta, pa.text, tb, pb.text) or _opened_mid_sentence(tb, pb.text, ta, pa.text)
            if cut:
                fuller, opening = cut
                out.append((fuller, opening) if len(na) > len(nb) else (opening, fuller))
            continue
        ops = diff_ops(na, nb)
        if 2 * sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal") < max(len(na), len(nb)):
            continue  # fewer than half the words in common: another statement, not a misquote
        words_a: list[Token] = []
        words_b: list[Token] = []
        # "IE" / "Internet Explorer", "VLC" / "Video Lan Client": an acronym of the other side's words
        abbreviated = acronyms(ta, tb) | acronyms(tb, ta)
        for tag, i1, i2, j1, j2 in ops:
            if tag == "replace" and _censored(
                pa.text[ta[i1].start : ta[i2 - 1].end], pb.text[tb[j1].start : tb[j2 - 1].end]
            ):
                continue
            if tag != "equal":
                words_a += [t for t in ta[i1:i2] if t.norm not in explained and t.norm not in abbreviated]
                words_b += [t for t in tb[j1:j2] if t.norm not in explained and t.norm not in abbreviated]
        # Around an abbreviation, a word on both sides was only aligned apart ("We urge all VLC" /
        # "all Video Lan Client").
        common = {t.norm for t in words_a} & {t.norm for t in words_b} if abbreviated else set()
        words_a = [t for t in words_a if t.norm not in common]
        words_b = [t for t in words_b if t.norm not in common]
        if any(t.norm not in STOP_WORDS for t in words_a) and any(t.norm not in STOP_WORDS for t in words_b):
            out.append((_join(words_a), _join(words_b)))
        elif gap := _inner_gap(ops, ta, pa.text, tb, pb.text, explained | abbreviated):
            out.append(gap)
    return out


def _inner_gap(
    ops: list, ta: list[Token], a: str, tb: list[Token], b: str, explained: set[str]
) -> tuple[str, str] | None:
    """Words one side quotes inside the statement, with the quote's own words on both sides of them,
    and the other leaves out with no ellipsis ("days where just every so often" / "days where every so
    often"): the statement quoted in other words. Words missing at either end are an excerpt."""
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag not in ("insert", "delete") or k == 0 or k == len(ops) - 1:
            continue
        if not (ops[k - 1][0] == ops[k + 1][0] == "equal"):
            continue
        if min(ops[k - 1][2] - ops[k - 1][1], ops[k + 1][2] - ops[k + 1][1]) < 2:
            continue  # too little of the quote around the gap to be sure it is one place in one statement
        long, text, i, j = (ta, a, i1, i2) if tag == "delete" else (tb, b, j1, j2)
        short, short_text, at = (tb, b, j1) if tag == "delete" else (ta, a, i1)
        if _ELLIPSIS.search(short_text, short[at - 1].end, short[at].start):
            continue  # the outlet marks what it leaves out
        if _BRACKETS.search(short_text, short[at - 1].end, short[at].start):
            continue  # or puts its own words in brackets instead ("the [sea] wall" for "the harbour wall")
        words = [t for t in long[i:j] if t.norm not in explained]
        if all(t.norm in STOP_WORDS or t.surface.rstrip(".") in TITLE_WORDS for t in words):
            continue  # "the", "that", a title: how speech is transcribed, not what was said
        if _SENTENCE_END.search(text, long[i - 1].end, long[j].start):
            continue  # a whole sentence, or its opening "So", left out: an excerpt
        if any(c.isdigit() for t in (long[i - 1], long[j]) for c in t.surface):
            continue  # a zone or unit beside a figure ("6:41pm PST" / "18:41"): the figure's format
        fuller = text[long[i - 1].start : long[j].end]
        shorter = short_text[short[at - 1].start : short[at].end]
        return (fuller, shorter) if tag == "delete" else (shorter, fuller)
    return None


_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|\u2026")


def _quoted_parts(tokens: list[Token], text: str, other: list[str]) -> list[Token]:
    """The quote without the parts, between ellipses, that the other outlet does not quote at all: "We
    learned a lesson... whatever we think of the war" against "Whatever we think of the war" leaves
    out a line, which is no misquote."""
    parts: list[list[Token]] = [[]]
    for before, t in zip([None, *tokens], tokens):
        if before is not None and _ELLIPSIS.search(text, before.end, t.start):
            parts.append([])
        parts[-1].append(t)
    if len(parts) == 1:
        return tokens
    theirs = {w for w in other if w not in STOP_WORDS}
    return [t for part in parts if len({u.norm for u in part if u.norm not in STOP_WORDS} & theirs) >= 2 for t in part]


_LINKING_WORDS = frozenset("because but and so yet or nor well now still however though".split())
# Words that make what follows a dependent clause ("..., because they are", "I think that she was"); not
# "and" or "but", which join two statements each of which may be quoted alone.
_CLAUSE_LINKS = frozenset("because that while although though since whereas".split())
# "I just want to say that I will ...", "I know that we ...": what follows "that" after these is the statement
# itself, and quoting it without the preface is an excerpt. A hedge is not dropped so lightly: "I think that
# the harbour is safe" quoted as "The harbour is safe" makes an opinion a fact.
_SAYING = frozenset(
    "say says said saying admit admits admitted add added insist insisted promise promised swear swore assure "
    "know knows knew realize realized realise realised understand agree agreed hear heard mean meant".split()
)
_SENTENCE_END = re.compile(r"[.!?;:\u2026]")


def _opened_mid_sentence(big: list[Token], text: str, small: list[Token], small_text: str) -> tuple[str, str] | None:
    """Where ``small`` (an excerpt of ``big``) opens with a capital as if a statement began there, while in
    ``big`` it is a dependent clause of a longer sentence ("They're followers" for "I would like to know who
    those are, because they are followers"): the fuller wording and the excerpt's opening. An excerpt that
    only leaves out an opening phrase ("At the time, I thought") is quoted in the speaker's own words."""
    if not small or not small[0].surface[:1].isupper():
        return None
    before = small_text[: small[0].start].rstrip(" \"'\u201c\u201d\u2018\u2019`")
    if before and not before.endswith(":"):
        return None  # a phrase quoted inside the outlet's own sentence ("described as 'America's return'")
    nb, ns = [_TITLES.get(t.norm, t.norm) for t in big], [_TITLES.get(t.norm, t.norm) for t in small]
    n = len(ns)
    at = next((i for i in range(1, len(nb) - n + 1) if nb[i : i + n] == ns), None)
    if (
        at is None
        or _SENTENCE_END.search(text, big[at - 1].end, big[at].start)
        or big[at - 1].norm not in _CLAUSE_LINKS
        or (big[at - 1].norm == "that" and at >= 2 and big[at - 2].norm in _SAYING)
    ):
        return None
    first = at
    while first > 0 and not _SENTENCE_END.search(text, big[first - 1].end, big[first].start):
        first -= 1
    if all(t.norm in STOP_WORDS or t.norm in _LINKING_WORDS for t in big[first:at]):
        return None  # "And, for the sake of ..." quoted as "For the sake of ...": house style
    shown = min(len(big), at + 3)
    return text[big[max(first, at - 6)].start : big[shown - 1].end], small_text[
        small[0].start : small[min(n, 3) - 1].end
    ]


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _censored(a: str, b: str) -> bool:
    """One side prints a word with asterisks ("f***ing") where the other spells it out: house style.

    >>> _censored("f***ing", "fucking"), _censored("f***ing", "flaming wall")
    (True, False)
    """
    if "*" not in a + b:
        return False
    masked, plain = (a, b) if "*" in a else (b, a)
    pattern = "".join("[^\\W_]+" if part.startswith("*") else re.escape(part) for part in re.split(r"(\*+)", masked))
    return re.fullmatch(pattern, plain, re.IGNORECASE) is not None


_QUOTED_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def quoted_words(text: str) -> str:
    """The words a claim quotes, lower case and in order ("" when fewer than ``QUOTE_WORDS``).

    >>> quoted_words('"Yesterday I was stopped by an officer," he said.')
    'yesterday i was stopped by an officer'
    """
    flat = fold(text)
    if '"' not in flat:
        return ""
    words = [w.lower() for s, e in _double_quoted(text, flat) for w in _QUOTED_WORD.findall(flat, s, e)]
    return " ".join(words) if len(words) >= QUOTE_WORDS else ""


def same_quotes(quotes: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Which pairs quote the same statement, or one part of what the other quotes (see :func:`quoted_words`)."""
    out = np.zeros(len(i), dtype=bool)
    both = np.flatnonzero((quotes[i] != "") & (quotes[j] != ""))
    if len(both):
        scores = process.cpdist(quotes[i[both]], quotes[j[both]], scorer=fuzz.ratio, dtype=np.uint8, workers=-1)
        out[both] = scores >= QUOTE_SCORE
        part = both[scores < QUOTE_SCORE]
        if len(part):
            index: dict[tuple[str, str], int] = {}  # each distinct pair of quotes once: wire copy repeats them
            pairs = zip(quotes[i[part]].tolist(), quotes[j[part]].tolist())
            codes = np.fromiter((index.setdefault(pair, len(index)) for pair in pairs), np.int64, len(part))
            mine, theirs = zip(*index)
            scores = process.cpdist(mine, theirs, scorer=fuzz.partial_ratio, dtype=np.uint8, workers=-1)
            out[part] = scores[codes] >= PART_SCORE
    return out


def quote_pairs(quotes: np.ndarray, src: np.ndarray, rank: np.ndarray, per_claim: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of claims ``(i, j)``, ``i < j``, from two outlets, one quoting part of what the other quotes
    (:func:`same_quotes`), found by runs of quoted words they share: where one outlet quotes a line of a longer
    quote, the sentences around may share nothing else. Each claim meets at most ``per_claim`` claims of each
    other wording of the quote, the first by ``rank``; each distinct quote is read once (wire copy repeats them)."""
    from scipy import sparse  # here, not at import: comparing claims needs none of it

    distinct: dict[str, int] = {}
    qid = np.fromiter((distinct.setdefault(q, len(distinct)) if q else -1 for q in quotes), np.int64, len(quotes))
    texts = np.asarray(list(distinct), dtype=object)
    columns: dict[str, int] = {}
    rows, cols = [], []
    for k, words in enumerate(t.split() for t in texts):
        for run in dict.fromkeys(" ".join(words[m : m + _RUN]) for m in range(len(words) - _RUN + 1)):
            rows.append(k)
            cols.append(columns.setdefault(run, len(columns)))
    none = np.empty(0, np.int64)
    if not rows:
        return none, none
    runs = sparse.csr_matrix((np.ones(len(rows), np.int32), (rows, cols)), shape=(len(texts), len(columns)))
    df = np.bincount(cols, minlength=len(columns))
    runs = runs[:, np.flatnonzero((df > 1) & (df <= _COMMON_RUN))]
    shared = sparse.triu(runs @ runs.T, k=1).tocoo()
    qa, qb = shared.row.astype(np.int64), shared.col.astype(np.int64)
    if not len(qa):
        return none, none
    # Quotes alike as a whole come with sentences alike, which blocking pairs already (wire copy has many).
    part = process.cpdist(texts[qa], texts[qb], scorer=fuzz.ratio, dtype=np.uint8) < QUOTE_SCORE
    qa, qb = qa[part], qb[part]
    part = process.cpdist(texts[qa], texts[qb], scorer=fuzz.partial_ratio, dtype=np.uint8) >= PART_SCORE
    qa, qb = qa[part], qb[part]
    quoting = np.flatnonzero(qid >= 0)
    quoting = quoting[np.lexsort((rank[quoting], qid[quoting]))]
    starts = np.searchsorted(qid[quoting], np.arange(len(texts) + 1))
    members = [quoting[starts[k] : starts[k + 1]].tolist() for k in range(len(texts))]
    outlet = src.tolist()
    found = set()
    for a, b in zip(qa.tolist(), qb.tolist()):
        for mine, theirs in ((members[a], members[b]), (members[b], members[a])):
            for x in mine:
                met = islice((y for y in theirs if outlet[y] != outlet[x]), per_claim)  # linear in the claims
                found.update((min(x, y), max(x, y)) for y in met)
    if not found:
        return none, none
    pairs = np.asarray(sorted(found), dtype=np.int64)
    return pairs[:, 0], pairs[:, 1]


def one_word_form(mine: str, theirs: str) -> bool:
    """Two quotes of one statement differ only in one word's form ("environmentalist" / "environmentalists",
    "running" / "run"): a slip of the pen, not a misquote. A word more besides ("pews, that" / "pew") makes a
    misquote.

    >>> one_word_form("pews", "pew"), one_word_form("pews, that", "pew"), one_word_form("surrender", "abandon")
    (True, False, False)
    """
    if ", " in mine or ", " in theirs:
        return False
    a, b = mine.lower(), theirs.lower()
    return a != b and a not in STOP_WORDS and not _forms(a).isdisjoint(_forms(b))


def _forms(word: str) -> set[str]:
    # "town's" / "towns'": a possessive's apostrophe in another place is one word's form too.
    word = _POSSESSIVE_END.sub("", word)
    return {word, word.rstrip("s"), stem(word), word[:-3] + "y" if word.endswith("ies") else word}


_POSSESSIVE_END = re.compile("['\u2019]s?$")
