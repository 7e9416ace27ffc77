"""Name every substantive difference between two wordings of one claim.

A difference is a conflict only when both sides say something specific and
different: a typo, a number, a date, a weekday, a name, a negation, or the
words inside a direct quote. Omissions (one side gives fewer details) and
benign variants (British spelling, aliases, number formats, quote marks) are
never conflicts; benign variants are listed so the analyst sees they were
noticed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein

from ._text import fold
from ._tokens import STOP_WORDS, Token, tokenize
from .details import TITLE_WORDS, Detail, extract_details
from .vocab import AliasTable, is_common_word, is_typo, load_aliases

__all__ = ["Comparison", "Difference", "compare_claims", "known_names"]

# Detail groups compared as multisets: (reason kind, detail kinds, month-of-date too?)
_GROUPS = (
    ("number", ("number",)),
    ("number", ("year",)),
    ("number", ("ordinal",)),
    ("date", ("date",)),
    ("date", ("month",)),
    ("time", ("time",)),
    ("weekday", ("weekday",)),
)


@dataclass(frozen=True)
class Difference:
    """One substantive difference, worded from one claim's side.

    ``mine`` is this claim's wording, ``theirs`` the counterpart's. For a
    spelling difference ``typo_is_mine`` says which side holds the typo; the
    reason always names the typo first ("spelling: demacracy ≠ democracy").
    """

    kind: str
    mine: str
    theirs: str
    typo_is_mine: bool = False
    cue: str = ""  # the negation word, for negation differences

    @property
    def reason(self) -> str:
        if self.kind == "negation":
            return f"negation: {self.cue} ({self.mine} \u2260 {self.theirs})"
        if self.kind == "spelling":
            typo, word = (self.mine, self.theirs) if self.typo_is_mine else (self.theirs, self.mine)
            return f"spelling: {typo} \u2260 {word}"
        return f"{self.kind}: {self.mine} \u2260 {self.theirs}"

    def flipped(self) -> Difference:
        return Difference(self.kind, self.theirs, self.mine, not self.typo_is_mine, self.cue)


@dataclass(frozen=True)
class Note:
    """A benign difference that was folded away: ``alias: Burma = Myanmar``."""

    label: str
    mine: str
    theirs: str

    def __str__(self) -> str:
        return f"{self.label}: {self.mine} = {self.theirs}"

    def flipped(self) -> Note:
        return Note(self.label, self.theirs, self.mine)


@dataclass(frozen=True)
class Comparison:
    differences: tuple[Difference, ...]
    benign: tuple[Note, ...]

    @property
    def conflicting(self) -> bool:
        return bool(self.differences)

    def flipped(self) -> Comparison:
        return Comparison(tuple(d.flipped() for d in self.differences), tuple(n.flipped() for n in self.benign))


def _join(details: list[Detail] | list[Token]) -> str:
    return ", ".join(dict.fromkeys(d.surface for d in details))


def _detail_differences(da: tuple[Detail, ...], db: tuple[Detail, ...]) -> list[Difference]:
    out = []
    for kind, kinds in _GROUPS:
        a = [d for d in da if d.kind in kinds]
        b = [d for d in db if d.kind in kinds]
        if kind == "date" and kinds == ("month",):  # a full date also names its month
            a += [Detail("month", d.key[:2], d.surface, d.start, d.end) for d in da if d.kind == "date"]
            b += [Detail("month", d.key[:2], d.surface, d.start, d.end) for d in db if d.kind == "date"]
            a = [Detail("month", _month_key(d.key), d.surface, d.start, d.end) for d in a]
            b = [Detail("month", _month_key(d.key), d.surface, d.start, d.end) for d in b]
        if not a or not b:
            continue  # one side gives no such detail: an omission, not a conflict
        ca, cb = Counter(d.key for d in a), Counter(d.key for d in b)
        only_a, only_b = ca - cb, cb - ca
        if only_a and only_b:
            out.append(
                Difference(kind, _join([d for d in a if d.key in only_a]), _join([d for d in b if d.key in only_b]))
            )
    return out


def _month_key(key: str) -> str:
    from ._text import month_number

    return f"{month_number(key):02d}" if not key.isdigit() else key


def _is_name(token: Token, first: bool, known: frozenset[str], lenient: bool = False) -> bool:
    """Capitalised mid-sentence means a name. At the start of a sentence capitals
    prove nothing, so the word must be a known name (seen capitalised mid-sentence
    elsewhere in the corpus), a rare word, or ``lenient`` (the other side has a
    name in its place)."""
    if token.kind == "alias":
        return True
    if token.kind != "word" or not token.capitalised or token.surface.rstrip(".") in TITLE_WORDS:
        return False
    if not first or token.norm in known:
        return True
    return token.norm not in STOP_WORDS and (lenient or not is_common_word(token.norm, 3.5))


def _spelling(ua: list[Token], ub: list[Token], first_a: Token | None, first_b: Token | None) -> list[Difference]:
    out = []
    used: set[int] = set()

    def plain(t: Token, first: Token | None) -> bool:
        # Capitalised words are names, and names are never "corrected".
        return t.kind == "word" and t.norm.isalpha() and (not t.capitalised or t is first)

    for x in ua:
        if not plain(x, first_a):
            continue
        for j, y in enumerate(ub):
            if j in used or not plain(y, first_b):
                continue
            if is_typo(x.norm, y.norm):
                out.append(Difference("spelling", x.surface, y.surface, typo_is_mine=True))
            elif is_typo(y.norm, x.norm):
                out.append(Difference("spelling", x.surface, y.surface, typo_is_mine=False))
            else:
                continue
            used.add(j)
            break
    return out


def _names(
    ta: tuple[Token, ...], tb: tuple[Token, ...], ops: list, explained: set[str], known: frozenset[str]
) -> list[Difference]:
    out: list[Difference] = []
    norms_a = {t.norm for t in ta}
    norms_b = {t.norm for t in tb}
    names_a = [t for i, t in enumerate(ta) if _is_name(t, i == 0, known) and t.norm not in norms_b | explained]
    names_b = [t for i, t in enumerate(tb) if _is_name(t, i == 0, known) and t.norm not in norms_a | explained]
    paired: set[str] = set()
    # A near-identical name on each side is a misspelt or different person: Varga / Vargas.
    for x in names_a:
        for y in names_b:
            if y.norm in paired or x.kind == "alias" or y.kind == "alias":
                continue
            if min(len(x.norm), len(y.norm)) >= 3 and OSA.distance(x.norm, y.norm) <= max(
                1, min(len(x.norm), len(y.norm)) // 4
            ):
                out.append(Difference("name", x.surface, y.surface))
                paired.update((x.norm, y.norm))
                break
    # A name swapped for another name in the same place: "Moon said" / "Kang said".
    for tag, i1, i2, j1, j2 in ops:
        if tag != "replace":
            continue
        seg_a = [t for t in ta[i1:i2] if t.norm not in paired]
        seg_b = [t for t in tb[j1:j2] if t.norm not in paired]
        if not seg_a or not seg_b or len(seg_a) > 4 or len(seg_b) > 4:
            continue
        strict_a = all(_is_name(t, t is ta[0], known) for t in seg_a)
        strict_b = all(_is_name(t, t is tb[0], known) for t in seg_b)
        lenient_a = all(_is_name(t, t is ta[0], known, lenient=True) for t in seg_a)
        lenient_b = all(_is_name(t, t is tb[0], known, lenient=True) for t in seg_b)
        if (strict_a and lenient_b) or (lenient_a and strict_b):
            if {t.norm for t in seg_a} & norms_b or {t.norm for t in seg_b} & norms_a:
                continue  # the name is elsewhere on the other side: moved, not changed
            out.append(Difference("name", _join(seg_a), _join(seg_b)))
    return out


def _quotes(
    da: tuple[Detail, ...], db: tuple[Detail, ...], aliases: AliasTable, explained: set[str]
) -> list[Difference]:
    out = []
    for qa in (d for d in da if d.kind == "quote"):
        na = [t.norm for t in tokenize(qa.surface, aliases)]
        best = None
        for qb in (d for d in db if d.kind == "quote"):
            nb = [t.norm for t in tokenize(qb.surface, aliases)]
            score = fuzz.ratio(" ".join(na), " ".join(nb))
            if best is None or score > best[0]:
                best = (score, qb, nb)
        if best is None or best[0] < 60:
            continue
        _, qb, nb = best
        if na == nb or _contains(na, nb) or _contains(nb, na):
            continue  # the same quote, or one outlet quotes an excerpt of it
        ta, tb = tokenize(qa.surface, aliases), tokenize(qb.surface, aliases)
        words_a: list[Token] = []
        words_b: list[Token] = []
        for tag, i1, i2, j1, j2 in Levenshtein.opcodes(na, nb).as_list():
            if tag != "equal":
                words_a += [t for t in ta[i1:i2] if t.norm not in explained]
                words_b += [t for t in tb[j1:j2] if t.norm not in explained]
        if words_a or words_b:
            out.append(Difference("quote", _join(words_a) or "(nothing)", _join(words_b) or "(nothing)"))
    return out


_AUXILIARIES = frozenset(
    ("had has have did does do was were is are will would could should can may might must been be").split()
)


def _negated_phrase(text: str, cue: Detail, tokens: tuple[Token, ...]) -> tuple[str, str]:
    """The words around a negation ("had not passed") and the verb it negates ("passed")."""
    before = [t for t in tokens if t.end <= cue.start][-1:]
    before = [t for t in before if t.norm in _AUXILIARIES]
    after = [t for t in tokens if t.start >= cue.end and t.norm not in ("been", "be", "yet", "even", "ever")][:1]
    start = before[0].start if before else cue.start
    end = after[0].end if after else cue.end
    return text[start:end], after[0].norm if after else ""


def _negations(
    a: str, b: str, da: tuple[Detail, ...], db: tuple[Detail, ...], ta: tuple[Token, ...], tb: tuple[Token, ...]
) -> list[Difference]:
    """A negation on one side that the other side lacks: "passed" / "had not passed"."""
    out = []
    neg_a = Counter(d.key for d in da if d.kind == "negation")
    neg_b = Counter(d.key for d in db if d.kind == "negation")
    for side, extra, details, text, tokens, other_tokens in (
        ("a", neg_a - neg_b, da, a, ta, tb),
        ("b", neg_b - neg_a, db, b, tb, ta),
    ):
        for cue_key in extra:
            cue = next(d for d in details if d.kind == "negation" and d.key == cue_key)
            phrase, verb = _negated_phrase(text, cue, tokens)
            plain = next((t.surface for t in other_tokens if verb and t.norm == verb), "no negation")
            mine, theirs = (phrase, plain) if side == "a" else (plain, phrase)
            out.append(Difference("negation", mine, theirs, cue=cue.surface.lower().replace("n't", "not")))
    return out


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _plain(surface: str) -> str:
    flat = fold(surface).lower()
    return flat[:-2] if flat.endswith("'s") else flat


def _benign(ta: tuple[Token, ...], tb: tuple[Token, ...]) -> list[Note]:
    """Variants that were folded away, so the analyst sees they were noticed."""
    notes = []
    by_norm: dict[str, str] = {}
    for t in tb:
        by_norm.setdefault(t.norm, t.surface)
    for t in ta:
        other = by_norm.get(t.norm)
        if other is None or _plain(other) == _plain(t.surface):
            continue
        if t.kind == "alias":
            label = "alias"
        elif t.kind == "word":
            label = "spelling variant"
        else:
            label = f"same {'number' if t.kind in ('year', 'ordinal') else t.kind}"
        notes.append(Note(label, t.surface, other))
    return list(dict.fromkeys(notes))


@lru_cache(maxsize=65536)
def _compare(a: str, b: str, aliases: AliasTable, known: frozenset[str]) -> Comparison:
    ta, tb = tokenize(a, aliases), tokenize(b, aliases)
    ops = Levenshtein.opcodes([t.norm for t in ta], [t.norm for t in tb]).as_list()
    ua = [t for tag, i1, i2, _, _ in ops if tag != "equal" for t in ta[i1:i2]]
    ub = [t for tag, _, _, j1, j2 in ops if tag != "equal" for t in tb[j1:j2]]
    da, db = extract_details(a).items, extract_details(b).items
    diffs = _spelling(ua, ub, ta[0] if ta else None, tb[0] if tb else None)
    diffs += _detail_differences(da, db)
    diffs += _negations(a, b, da, db, ta, tb)
    explained = {t.norm for d in diffs for t in tokenize(f"{d.mine} {d.theirs}", aliases)}
    diffs += _names(ta, tb, ops, explained, known)
    explained |= {t.norm for d in diffs for t in tokenize(f"{d.mine} {d.theirs}", aliases)}
    diffs += _quotes(da, db, aliases, explained)
    return Comparison(tuple(diffs), tuple(_benign(ta, tb)))


def known_names(texts: Iterable[str], aliases: AliasTable | None = None) -> frozenset[str]:
    """Norms of the words written capitalised mid-sentence somewhere in ``texts``.

    >>> sorted(known_names(["Officials met Moon on Monday.", "Moon said so."]))
    ['moon']
    """
    table = aliases if aliases is not None else load_aliases()
    names = set()
    for text in texts:
        for t in tokenize(text, table)[1:]:
            if (
                t.kind == "word"
                and t.capitalised
                and t.norm not in STOP_WORDS
                and t.norm.isalpha()
                and t.surface not in TITLE_WORDS
            ):
                names.add(t.norm)
    return frozenset(names)


def compare_claims(
    a: str, b: str, *, aliases: AliasTable | None = None, names: frozenset[str] = frozenset()
) -> Comparison:
    """Compare two wordings of one claim; differences are worded from ``a``'s side.

    ``names`` are words known to be names (see :func:`known_names`): they count
    as names even at the start of a sentence, where capitals prove nothing.

    The comparison is made in one canonical order and flipped when needed, so
    ``compare_claims(b, a)`` always mirrors ``compare_claims(a, b)``.

    >>> c = compare_claims("restoration of demacracy in Myanmar", "restoration of democracy in Burma")
    >>> [d.reason for d in c.differences], [str(n) for n in c.benign]
    (['spelling: demacracy ≠ democracy'], ['alias: Myanmar = Burma'])
    >>> [d.reason for d in compare_claims("The bill passed.", "The bill had not passed.").differences]
    ['negation: not (passed ≠ had not passed)']
    """
    table = aliases if aliases is not None else load_aliases()
    if b < a:
        return _compare(b, a, table, names).flipped()
    return _compare(a, b, table, names)
