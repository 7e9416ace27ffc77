"""Names spelled one way by most outlets and another way by a few: across the whole event.

Comparing two wordings of one fact catches "Bidden" against "Biden" only when
the kit pairs the two sentences. A misspelled name also shows across sentences
that tell different facts: "Vincente Fox said ..." in one outlet, "Vicente Fox
told ..." in the others. This module finds, for the whole event, a name one
edit from a name other outlets use *for the same person* (the two are written
beside the same other name: "Vincente Fox" / "Vicente Fox", "Joe Bidden" / "Joe
Biden") and clearly less often; rare real names that nobody else writes
otherwise are never corrected. A capitalised word standing alone ("Turkeminstan")
is judged without that evidence only when no dictionary knows it and a name it
does know, one or two edits away, is what most claims write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ._text import fold
from .vocab import zipf

__all__ = ["misspelled_names"]

# Runs of capitalised words: "Vicente Fox", "Joe Biden", "A.J. Smith".
_RUN = re.compile(r"(?:[A-Z][a-z'\u2019]+|(?:[A-Z]\.){1,3})(?:\s+(?:[A-Z][a-z'\u2019]+|(?:[A-Z]\.){1,3}))+")
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])'s?\b")  # "Colts'", "Marshall's": the name without it
#: A name must be this long to be judged (short names one edit apart are often two real names: Day / Ray).
MIN_LENGTH = 5
#: The usual spelling is written this many times as often, at least, as the rarer one.
MARGIN = 2


def _neighbours(run: str) -> list[tuple[str, frozenset[str]]]:
    """Each word of a run of capitalised words with the other words beside it."""
    words = run.split()
    return [(w, frozenset(words[max(0, k - 1) : k] + words[k + 1 : k + 2])) for k, w in enumerate(words)]


def misspelled_names(claims: Iterable[tuple[str, str, str]]) -> dict[str, list[tuple[str, str, list[str]]]]:
    """``claim id -> [(name as written, usual spelling, outlets writing it so)]`` for claims that
    spell a person's name the way few outlets do. ``claims`` are ``(claim_id, outlet, text)``.

    >>> found = misspelled_names([
    ...     ("a:1", "A", "Former president Vincente Fox said no."),
    ...     ("b:1", "B", "Then Vicente Fox told a reporter the same."),
    ...     ("c:1", "C", "Later Vicente Fox repeated it."),
    ... ])
    >>> found
    {'a:1': [('Vincente', 'Vicente', ['B', 'C'])]}
    """
    uses: dict[str, dict[str, set[str]]] = {}  # name -> beside-word -> claims
    count: dict[str, int] = {}
    outlets: dict[str, dict[str, None]] = {}
    names_of: dict[str, list[tuple[str, frozenset[str]]]] = {}  # per distinct text: wire copy repeats them
    words: dict[str, list[str]] = {}  # capitalised word -> the distinct texts writing it
    who: dict[str, list[tuple[str, str]]] = {}  # distinct text -> (claim, outlet) of each claim saying it
    for claim_id, outlet, text in claims:
        who.setdefault(text, []).append((claim_id, outlet))
        if text not in names_of:
            flat = _POSSESSIVE.sub("", fold(text))
            names_of[text] = [
                (word, beside)
                for run in _RUN.findall(flat)
                for word, beside in _neighbours(run)
                if len(word) >= MIN_LENGTH and "." not in word
            ]
            for word in _CAPITALISED.findall(flat):
                words.setdefault(word, []).append(text)
        for word, beside in names_of[text]:
            count[word] = count.get(word, 0) + 1
            outlets.setdefault(word, {})[outlet] = None
            for other in beside:
                uses.setdefault(word, {}).setdefault(other, set()).add(claim_id)
    # One-edit neighbours through deletions: linear in the number of distinct names.
    by_deletion: dict[str, set[str]] = {}
    for word in count:
        for k in range(len(word)):
            by_deletion.setdefault(word[:k] + word[k + 1 :], set()).add(word)
        by_deletion.setdefault(word, set()).add(word)
    out: dict[str, list[tuple[str, str, list[str]]]] = {}
    for rare in count:
        candidates = set(by_deletion.get(rare, ())) | {
            w for k in range(len(rare)) for w in by_deletion.get(rare[:k] + rare[k + 1 :], ())
        }
        for usual in sorted(candidates - {rare}):
            if OSA.distance(rare.lower(), usual.lower()) != 1 or count[usual] < MARGIN * count[rare]:
                continue
            if set(outlets[rare]) <= set(outlets[usual]) or min(zipf(rare.lower()), zipf(usual.lower())) >= 2.5:
                continue  # the same outlets write both, or both are words in their own right (Advisers / Advisors)
            if rare.lower().rstrip("s") == usual.lower().rstrip("s"):
                continue  # a plural, not a spelling (Hurricane / Hurricanes, Colt / Colts)
            shared = set(uses.get(rare, {})) & set(uses.get(usual, {}))
            if not shared:
                continue  # never beside the same name: two people, not one misspelled
            writers = [o for o in outlets[usual] if o not in outlets[rare]]
            for claim_id in sorted({c for other in shared for c in uses[rare][other]}):
                out.setdefault(claim_id, []).append((rare, usual, writers))
    for claim_id, found in _misspelled_words(words, who).items():
        known = {rare for rare, _, _ in out.get(claim_id, [])}
        out.setdefault(claim_id, []).extend(f for f in found if f[0] not in known)
    return dict(sorted(out.items()))


# A capitalised word alone ("Turkeminstan's election board"): wordfreq has never seen it, and a name
# it knows, one or two edits away, is what most outlets of the event write.
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{4,}\b")
#: Two edits are allowed from this length on ("Turkeminstan" / "Turkmenistan"), one below it.
TWO_EDITS = 8


def _misspelled_words(
    words: dict[str, list[str]], who: dict[str, list[tuple[str, str]]]
) -> dict[str, list[tuple[str, str, list[str]]]]:
    """The single-word names of ``words`` (word -> the texts writing it; ``who`` wrote each text) no
    dictionary knows, one or two edits from a known name most claims write."""
    rare = [w for w in words if zipf(w.lower()) < 1.0]
    if not rare:
        return {}

    def uses(word: str) -> list[tuple[str, str]]:
        return [use for text in words[word] for use in who[text]]

    usual_by: dict[str, list[str]] = {}  # by first letter: a misspelling keeps it, in nearly every case
    for word, texts in words.items():
        if (len(texts) >= MARGIN or len(who[texts[0]]) >= MARGIN) and zipf(word.lower()) >= 2.0:
            usual_by.setdefault(word[0], []).append(word)
    out: dict[str, list[tuple[str, str, list[str]]]] = {}
    for word in rare:
        edits = 2 if len(word) >= TWO_EDITS else 1
        near = process.extract(word, usual_by.get(word[0], []), scorer=OSA.distance, score_cutoff=edits, limit=None)
        if not near:
            continue
        mine = uses(word)
        for theirs, usual in sorted(((uses(u), u) for u, _, _ in near), key=lambda found: (-len(found[0]), found[1])):
            if len(theirs) < MARGIN * len(mine) or word.startswith(usual) or usual.startswith(word):
                continue  # "Klitschkos", "Afghanistani": a plural or demonym of the name, not a misspelling
            # An outlet may write the name right elsewhere and mistype it once: "Turkeminstan" is no name.
            writing = {outlet for _, outlet in mine}
            writers = list(dict.fromkeys(o for _, o in theirs if o not in writing)) or list(
                dict.fromkeys(o for _, o in theirs)
            )
            for claim_id in dict.fromkeys(claim for claim, _ in mine):
                out.setdefault(claim_id, []).append((word, usual, writers))
            break
    return out
