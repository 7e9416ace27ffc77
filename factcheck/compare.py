"""Name every substantive difference between two wordings of one claim.

A difference is a conflict only when both sides say something specific and
different: a typo, a number, a date, a weekday, a name, a negation, or the
words inside a direct quote. Omissions (one side gives fewer details) and
benign variants (British spelling, aliases, number formats, quote marks) are
never conflicts; benign variants are listed so the analyst sees they were
noticed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache, partial
from typing import NamedTuple

from ._capitals import known_names, source_tag
from ._detail_diffs import detail_differences, told_alike
from ._differences import LONE, Comparison, Difference, Note
from ._figures import zone_words
from ._gazetteer import one_place
from ._names import in_brackets, name_differences, only_in_attribution
from ._negation import negation_differences, negations, not_yet
from ._owners import DAYS, moments_apart, period, subjects_apart
from ._partners import aligned_details
from ._places import Places, places_within
from ._quotes import one_word_form, quote_differences
from ._slots import Slot, slots
from ._stretch import forecast_and_outcome, stretch
from ._text import fold
from ._tokens import Token, diff_ops, tokenize
from .details import Detail, extract_details
from .vocab import TYPO_MAX_ZIPF, AliasTable, is_typo, likely_typo, load_aliases, zipf

__all__ = [
    "LONE",
    "Comparison",
    "Difference",
    "Note",
    "Prepared",
    "compare_claims",
    "compare_prepared",
    "known_names",
    "lone_typos",
    "placed",
    "prepare",
]


def _no_apostrophe(surface: str) -> str:
    return fold(surface).replace("'", "").lower()


def _in_compound(token: Token, text: str) -> bool:
    """Part of a hyphenated word ("left-hander"): judged as a whole, not part by part."""
    return text[token.start - 1 : token.start] == "-" or text[token.end : token.end + 1] == "-"


def _in_link(token: Token, text: str) -> bool:
    """Part of a web or mail address, or glued to one ("Read more athttps://..."): the page's furniture
    run together, not a word the outlet misspelt."""
    before = text[token.start - 1 : token.start] if token.start else ""
    return (
        text[token.end : token.end + 3] == "://"
        or before in ("/", ".", "@")
        or text[token.end : token.end + 1] == "@"
        or token.norm.startswith("www")
    )


#: Two words one edit apart in rewritten stretches longer than this are a typo only if one is
#: hardly a word at all: "mulled the offer" / "pulled himself out" are two real words.
_TYPO_BLOCK = 4


def _blocks(ops: list, side: int) -> dict[int, int]:
    """Token position -> the edit block it sits in, for the changed blocks of ``ops`` (0: a, 1: b)."""
    out = {}
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "equal":
            lo, hi = (i1, i2) if side == 0 else (j1, j2)
            small = (i2 - i1) <= _TYPO_BLOCK and (j2 - j1) <= _TYPO_BLOCK
            out.update(dict.fromkeys(range(lo, hi), k if small else -1))
    return out


def _spelling(pa: Prepared, pb: Prepared, ops: list, known: frozenset[str]) -> list[Difference]:
    def candidates(p: Prepared, side: int) -> list[tuple[Token, int]]:
        # A sentence's first word the event writes as a name is a name ("Saudia", the airline / "Saudi").
        blocks = _blocks(ops, side).items()
        return [(p.tokens[k], b) for k, b in blocks if p.spellable(k) and (k or p.tokens[0].norm not in known)]

    xs, ys = candidates(pa, 0), candidates(pb, 1)
    zx, zy = [zipf(t.norm) for t, _ in xs], [zipf(t.norm) for t, _ in ys]
    # One edit apart means lengths within one of each other, and a typo is a rare word: two common
    # words never qualify. So each word meets only the other side's words of its length or one off,
    # and a common word only the rare ones (most words are common: most pairs are never looked at).
    every: dict[int, list[int]] = {}
    rare: dict[int, list[int]] = {}
    for j, (y, _) in enumerate(ys):
        every.setdefault(len(y.norm), []).append(j)
        if zy[j] < TYPO_MAX_ZIPF:
            rare.setdefault(len(y.norm), []).append(j)
    out = []
    used: set[int] = set()
    for i, (x, bx) in enumerate(xs):
        pool, n = every if zx[i] < TYPO_MAX_ZIPF else rare, len(x.norm)
        near = pool.get(n - 1, []) + pool.get(n, []) + pool.get(n + 1, [])
        for j in sorted(near) if len(near) > 1 else near:
            y, by = ys[j]
            if j in used:
                continue
            if (bx != by or bx < 0) and min(zx[i], zy[j]) >= 1.0:
                continue  # two real words in different places of loosely matched wording
            if _no_apostrophe(x.surface) == _no_apostrophe(y.surface):
                continue
            # A British spelling folds to a norm that is no word ("centred" -> "centerd"): the word as written decides.
            if is_typo(x.norm, y.norm) and zipf(x.surface.lower()) < TYPO_MAX_ZIPF:
                out.append(Difference("spelling", x.surface, y.surface, typo_is_mine=True))
            elif is_typo(y.norm, x.norm) and zipf(y.surface.lower()) < TYPO_MAX_ZIPF:
                out.append(Difference("spelling", x.surface, y.surface, typo_is_mine=False))
            else:
                continue
            used.add(j)
            break
    # A clear misspelling with no counterpart word on the other side ("Police arested him").
    named = {d.mine for d in out} | {d.theirs for d in out}
    for tokens, mine_side, other in ((xs, True, pb), (ys, False, pa)):
        for t, _ in tokens:
            # The word as written: norms fold British spellings, which may not be words ("promizes").
            fix = likely_typo(t.surface.lower()) if t.surface not in named else None
            if (
                fix
                and not t.surface.islower()
                and (fix[0] != t.surface[0].lower() or (t.surface[0].isupper() and " " in fix))
            ):
                # A name, maybe: "Badat" is no "bad at", "Gansas" no "kansas", "iDefense" no "defense"; "inJanuary" is glued
                fix = None
            if fix and any(o.norm == t.norm for o in other.tokens):
                fix = None  # a word both sides write is no difference between them (looked at only for a typo)
            cue = LONE
            if not fix and t.surface.islower() and t.surface not in named:
                # A misspelling common enough for wordfreq to list ("govenor"), whose usual spelling the other side
                # writes, wherever its sentence puts it: "the governor declared" / "the govenor declared".
                usual = likely_typo(t.surface, known_misspellings=True)
                fix, cue = (usual, "") if usual and any(o.norm == usual for o in other.tokens) else (None, LONE)
            if fix:
                mine, theirs = (t.surface, fix) if mine_side else (fix, t.surface)
                out.append(Difference("spelling", mine, theirs, typo_is_mine=mine_side, cue=cue))
    return out


# A lower-case word, not part of an address or glued to one ("athttps://", "site.com/news", "www").
_LOWER_WORD = re.compile(r"(?<![\w'\u2019/.@-])(?!www)[a-z]{5,}(?![\w'\u2019@-]|://)")


def lone_typos(text: str) -> list[tuple[str, str]]:
    """Clear misspellings in a claim nobody else tells, with the usual spelling (see :func:`~factcheck.vocab.likely_typo`).

    >>> lone_typos("Police arested him on Monday.")
    [('arested', 'arrested')]
    """
    words = dict.fromkeys(_LOWER_WORD.findall(text))
    return [(w, fix) for w in words if (fix := likely_typo(w, known_misspellings=True))]


_WORD_PIECES = re.compile(r"[^\W_]+")


def _explained(diffs: list[Difference], ta: tuple[Token, ...], tb: tuple[Token, ...]) -> set[str]:
    """Norms of the tokens an earlier difference already names, so that a
    typo or a number is not reported again as a name or quote change."""
    if not diffs:
        return set()
    words = {w for d in diffs for part in (d.mine, d.theirs) for w in _pieces(part)}
    return {t.norm for t in (*ta, *tb) if not words.isdisjoint(_pieces(t.surface))}


@lru_cache(maxsize=65536)
def _pieces(surface: str) -> tuple[str, ...]:
    return tuple(_WORD_PIECES.findall(fold(surface)))


def _plain(surface: str) -> str:
    flat = fold(surface).lower()
    return flat[:-2] if flat.endswith("'s") else flat


_CONTRACTED = re.compile(r"(?i)^(?:wo|ca|sha|ai|n['\u2019]t)$")


def _benign(ta: tuple[Token, ...], tb: tuple[Token, ...]) -> list[Note]:
    """Variants that were folded away, so the analyst sees they were noticed."""
    notes = []
    by_norm: dict[str, str] = {}
    for t in tb:
        by_norm.setdefault(t.norm, t.surface)
    for t in ta:
        other = by_norm.get(t.norm)
        if other is None or other == t.surface or _plain(other) == _plain(t.surface):
            continue
        if _CONTRACTED.match(other) or _CONTRACTED.match(t.surface):
            continue  # "won't" / "will not" is no spelling to note: "wo" is only the contraction's half
        if t.kind == "alias":
            label = "alias"
        elif t.kind == "word":
            label = "spelling variant"
        else:
            label = f"same {'number' if t.kind in ('year', 'ordinal') else t.kind}"
        notes.append(Note(label, t.surface, other))
    return list(dict.fromkeys(notes))


class Prepared(NamedTuple):
    """A claim made ready for comparison: its text, tokens, details and what each detail is about."""

    text: str
    tokens: tuple[Token, ...]
    details: tuple[Detail, ...]
    slots: tuple[Slot, ...]
    # What is worked out at most once per wording, and only when a comparison asks: most wordings of wire
    # copy are compared once or twice, so working it all out up front costs more than it saves.
    memo: dict  # each claim's own (prepare() makes it)

    @property
    def stretch(self) -> frozenset[str]:
        """What its figures cover (see :func:`factcheck._stretch.stretch`)."""
        found = self.memo.get("stretch")
        if found is None:
            found = self.memo["stretch"] = stretch(self.tokens)
        return found

    @property
    def negations(self) -> list[tuple[Detail, str, str]]:
        """Its denials (see :func:`factcheck._negation.negations`): one wording meets several others."""
        found = self.memo.get("negations")
        if found is None:
            found = self.memo["negations"] = negations(self.text, self.details, self.tokens)
        return found

    def spellable(self, k: int) -> bool:
        """Whether the typo check may judge token ``k``: plain lower-case words (and the first word);
        capitalised words are names, and names are never "corrected"; parts of hyphenated words and
        of web addresses are not words of their own."""
        found = self.memo.get(k)
        if found is None:
            t = self.tokens[k]
            found = self.memo[k] = (
                t.kind == "word"
                and t.norm.isalpha()
                and (k == 0 or not t.capitalised)
                and not _in_compound(t, self.text)
                and not _in_link(t, self.text)
            )
        return found


def prepare(text: str, aliases: AliasTable) -> Prepared:
    """Tokenise a claim and extract its details once, for many comparisons."""
    tokens = tokenize(text, aliases)
    details = extract_details(text, names=False).items
    return Prepared(text, tokens, details, slots(details, tokens, text), {})


def compare_prepared(a: Prepared, b: Prepared, *, names: frozenset[str] = frozenset()) -> Comparison:
    """:func:`compare_claims` on claims already :func:`prepare`-d (what large runs use)."""
    if b.text < a.text:
        return _compare(b, a, names).flipped()
    return _compare(a, b, names)


def _compare(pa: Prepared, pb: Prepared, known: frozenset[str]) -> Comparison:
    a, b, ta, tb = pa.text, pb.text, pa.tokens, pb.tokens
    na, nb = [t.norm for t in ta], [t.norm for t in tb]
    if na == nb:  # the same words, up to benign variants: nothing can conflict
        return Comparison((), tuple(_benign(ta, tb)))
    ops = diff_ops(na, nb)
    da, db = pa.details, pb.details
    diffs = _spelling(pa, pb, ops, known)
    alike = cache(partial(told_alike, ta, tb))  # whether the two tell the rest alike: asked where needed
    diffs += [Difference(*d) for d in detail_differences(pa, pb, aligned_details(ta, tb, ops), known, alike)]
    # "The toll rose to 40 on Monday" / "... to 52 on Tuesday": two counts at two moments, neither day wrong.
    # "Sales rose 5 percent in the first half" / "8 percent in the second half", "in 2019" / "in 2020": two periods.
    days = [(d.mine, d.theirs) for d in diffs if d.kind in ("weekday", "date", "time", "number")]
    moments = moments_apart(days, (da, pa.slots, a), (db, pb.slots, b)) if days else []
    told_apart = {(m, t) for m, t, _, _ in moments} | {(x, y) for _, _, x, y in moments}
    # "is expected to make landfall on Thursday" / "made landfall on Friday": a forecast and what then happened.
    foretold = [
        (d.mine, d.theirs)
        for d in diffs
        if d.kind in DAYS and (d.mine, d.theirs) not in told_apart and forecast_and_outcome(d.mine, a, d.theirs, b)
    ]
    diffs = [d for d in diffs if (d.mine, d.theirs) not in told_apart.union(foretold)]
    denied = negation_differences(a, b, da, db, ta, tb, negated=(pa.negations, pb.negations))
    # "Police have not released the name" / "released the name on Tuesday": what happened since, not a denial.
    not_yets = [(m, t) for m, t, _ in denied if not_yet(m, t, a, b)]
    diffs += [Difference("negation", m, t, cue=c) for m, t, c in denied if (m, t) not in not_yets]
    explained = _explained(diffs, ta, tb)
    # "10 a.m. ET" / "7 a.m. PT": the zones tell how the clocks differ ("8 p.m. ET" / "8 p.m. CT" differ in them).
    clocks = ({d.key for d in da if d.kind == "time"}, {d.key for d in db if d.kind == "time"})
    zones = zone_words(da, ta) | zone_words(db, tb) if clocks[0] != clocks[1] else set()
    tags = source_tag(a, ta) | source_tag(b, tb)  # "...store in Manhattan: DJ": who told the outlet
    named = name_differences(ta, tb, ops, explained | zones | tags, known, alike)
    if named and not any(d.kind == "quote" for d in (*da, *db)):
        # Who told the outlet fills another slot than what happened: it conflicts with nothing in the story.
        named = [(m, t) for m, t in named if not (only_in_attribution(m, a) or only_in_attribution(t, b))]
    # "the Committee to Re-elect the President (CREEP)": an abbreviation being defined names nothing new.
    named = [(m, t) for m, t in named if not (in_brackets(m, a) or in_brackets(t, b))]
    # "Tel Aviv" / "Israel": one place told at two levels, both true.
    two_levels = [(m, t) for m, t in named if one_place(m, t)]
    named = [x for x in named if x not in two_levels]
    # "Warren raised $6 million" / "Sanders raised $18.2 million": two subjects' figures, two facts.
    apart = subjects_apart(named, (ta, da, pa.slots), (tb, db, pb.slots), known)
    named = [x for x in named if x not in {(m, t) for m, t, _, _ in apart}]
    diffs += [Difference("name", mine, theirs) for mine, theirs in named]
    quoted = []
    if any(d.kind == "quote" for d in da) and any(d.kind == "quote" for d in db):
        quoted = quote_differences(pa, pb, _explained(diffs, ta, tb))
    # "the radical environmentalist" / "environmentalists": one statement with a slip of the pen, shown as a note.
    slips = [q for q in quoted if one_word_form(*q)]
    diffs += [Difference("quote", m, t) for m, t in quoted if (m, t) not in slips]
    notes = [Note("place within place", m.replace(", ", " "), t.replace(", ", " ")) for m, t in two_levels]
    notes += [Note("two subjects", f"{m} {x}", f"{t} {y}") for m, t, x, y in apart]
    notes += [Note("two moments", f"{x} {_period(m, pa)}", f"{y} {_period(t, pb)}") for m, t, x, y in moments]
    notes += [Note("two moments", m, t) for m, t in not_yets + foretold]
    notes += [Note("one word two forms", m, t) for m, t in slips]
    return Comparison(tuple(diffs), tuple(_benign(ta, tb) + notes))


def _period(surface: str, p: Prepared) -> str:
    """The day or period a detail's words name in ``p``: "first" -> "first half"."""
    return next((period(d, p.text) for d in p.details if d.surface == surface), surface)


def placed(comparison: Comparison, places: Places) -> Comparison:
    """Names that differ only as a place and a place around it ("Millom" / "Cumbria", which some
    outlet of the corpus writes "Millom, Cumbria"), or as two parts of one name ("Joan" / "Rivers",
    which some outlet writes "Joan Rivers"), are both true; a misspelling some outlet marks "[sic]" is
    the source's: a benign note, not a conflict."""
    notes, kept = [], []
    for d in comparison.differences:
        label = None
        if d.kind == "name" and places.nested(d.mine, d.theirs):
            label = "place within place"
        elif d.kind == "name" and places.one_name(d.mine, d.theirs):
            label = "one name"
        elif d.kind == "name" and places.spelt_apart(d.mine, d.theirs):
            label = "spelt two ways"
        elif d.kind == "spelling" and places.marked(d.mine if d.typo_is_mine else d.theirs):
            label = "marked sic"
        if label:
            notes.append(Note(label, d.mine.replace(", ", " "), d.theirs.replace(", ", " ")))
        else:
            kept.append(d)
    if not notes:
        return comparison
    return Comparison(tuple(kept), comparison.benign + tuple(notes))


@lru_cache(maxsize=4)
def _event(texts: tuple[str, ...], sources: tuple[str, ...]) -> tuple[frozenset[str], Places]:
    return known_names(texts), places_within(texts, sources)


def compare_claims(
    a: str,
    b: str,
    *,
    aliases: AliasTable | None = None,
    names: frozenset[str] | None = None,
    event: Sequence[str] | None = None,
    sources: Sequence[str] = (),
) -> Comparison:
    """Compare two wordings of one claim; differences are worded from ``a``'s side.

    ``names`` (see :func:`known_names`) count as names even where a sentence starts.
    ``event``, the texts of every claim of the event, gives what :func:`~factcheck.suggest_verdicts`
    sees: the names they show (unless ``names`` is given), and what they show benign (see :func:`placed`);
    with ``sources``, the outlet of each of those texts, also the names several outlets each spell their way.

    Made in one canonical order and flipped when needed: ``compare_claims(b, a)`` mirrors ``(a, b)``.

    >>> c = compare_claims("restoration of demacracy in Myanmar", "restoration of democracy in Burma")
    >>> [d.reason for d in c.differences], [str(n) for n in c.benign]
    (['spelling: demacracy ≠ democracy'], ['alias: Myanmar = Burma'])
    >>> [d.reason for d in compare_claims("The bill passed.", "The bill had not passed.").differences]
    ['negation: not (passed ≠ had not passed)']
    >>> event = ["He lives in Millom.", "He lives in Cumbria.", "The house in Millom, Cumbria, burnt."]
    >>> c = compare_claims(event[0], event[1], event=event)
    >>> [d.reason for d in c.differences], [str(n) for n in c.benign]
    ([], ['place within place: Millom = Cumbria'])
    """
    table = aliases if aliases is not None else load_aliases()
    if event is None:
        return compare_prepared(prepare(a, table), prepare(b, table), names=names or frozenset())
    known, places = _event(tuple(event), tuple(sources))
    comparison = compare_prepared(prepare(a, table), prepare(b, table), names=known if names is None else names)
    return placed(comparison, places) if comparison.differences else comparison
