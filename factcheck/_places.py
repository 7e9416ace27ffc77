"""Places inside places, learnt from how the event's own outlets write them.

"Millom" in one outlet and "Cumbria" in another is no conflict when Millom lies
in Cumbria; no bundled gazetteer knows every town, but the reporting itself
says so: some outlet writes "in Millom, Cumbria" or "Newton Street, Millom".
This module reads those "Place, Region" pairs (and a street in a town,
"Wellington's High Street") from all claims, and answers whether one name lies
within the other, through any number of steps (street, town, county).
The same texts say which two names are parts of one: "Joan" in one outlet and
"Rivers" in another are one person where some outlet writes "Joan Rivers"; and
which misspellings are the source's own, marked "[sic]" by some outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._text import fold
from .details import TITLE_WORDS

__all__ = ["Places", "name_key", "places_within"]

_CAP = r"[A-Z][\w'\u2019.-]*"
_RUN = rf"{_CAP}(?: {_CAP}){{0,2}}"
# "in Millom, Cumbria," / "of Newton Street, Millom and ..." -- a place, a comma, the place around it, then
# the sentence goes on. A list ("in Chile, Peru and Bolivia") goes on with "and"/"or" or another comma
# name, and is no place-in-place: it is left out. Found from each ", Capital" outward (cheap to find),
# not by trying the whole pattern at every word.
_COMMA = re.compile(r",\s+(?=[A-Z])")
_INNER = re.compile(rf"\b(?:in|at|of|near|from|outside|on)\s+(?P<inner>{_RUN})$")
_OUTER = re.compile(
    rf"(?P<outer>{_RUN})"
    r"(?=\s*[.;:)]|,\s+(?![A-Z])|\s+(?:on|at|in|after|before|when|where|last|this|early|late)\b|\s*$)"
)
_STREET = r"(?:Street|Road|Avenue|Boulevard|Lane|Square|Drive|Place|Way|Park|Bridge)"
_STREET_WORD = re.compile(rf"\b{_STREET}\b")
# "Wellington's High Street": a street in a town.
_STREET_OF = re.compile(rf"\b(?P<outer>{_RUN})['\u2019]s\s+(?P<inner>(?:{_CAP} ){{1,3}}{_STREET})\b")


def _pairs(flat: str) -> list[tuple[str, str]]:
    out = []
    for comma in _COMMA.finditer(flat):
        inner = _INNER.search(flat, max(0, comma.start() - 80), comma.start())
        outer = inner and _OUTER.match(flat, comma.end())
        if inner and outer:
            out.append((name_key(inner["inner"]), name_key(outer["outer"])))
    if "'s " in flat and _STREET_WORD.search(flat):
        out += [(name_key(m["inner"]), name_key(m["outer"])) for m in _STREET_OF.finditer(flat)]
    return out


# A run of capitalised words: one name, however long ("Joan Rivers", "Police Chief Ana Varga").
_FULL = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)+")
_TITLES = TITLE_WORDS | {"Miss", "Sir", "Dame", "Lord", "Lady"}
_POSSESSIVE = re.compile(r"['\u2018\u2019]s?$")
# "everone [sic]", '"thier" (sic)': an outlet marks a misspelling as the source's own.
_SIC = re.compile(r"([^\W\d_][\w'\u2019-]*)[\"'\u201d\u2019,\s]*[\[(]sic[\])]", re.IGNORECASE)


class Places:
    """Which names lie within which: ``"millom" in places.around("newton street")``; and which two names
    are parts of one (``one_name``), from the texts the places were learnt from."""

    def __init__(
        self, pairs: Iterable[tuple[str, str]] = (), texts: Iterable[str] = (), sources: Iterable[str] = ()
    ) -> None:
        self._outer: dict[str, set[str]] = {}
        for inner, outer in pairs:
            if inner != outer:
                self._outer.setdefault(inner, set()).add(outer)
        texts = list(texts)
        self._texts = list(dict.fromkeys(texts))  # wire copy repeats wordings
        self._by_outlet = list(zip(texts, sources))  # who writes what (empty when outlets are not known)
        self._written: list[tuple[str, str]] | None = None
        self._writers: dict[str, set[str]] = {}  # a spelling -> the outlets writing it
        self._runs_by_word: dict[str, list[frozenset[str]]] | None = None
        self._sic: frozenset[str] | None = None
        # Answers already given: a cluster's comparisons name the same two names again and again.
        self._memo: dict[tuple[str, str, str], bool] = {}

    def marked(self, word: str) -> bool:
        """Whether some outlet marks ``word`` "[sic]": the source's own spelling, which any outlet may print
        faithfully or silently correct; no outlet's typo."""
        if self._sic is None:
            found = (_SIC.finditer(t) for t in self._texts if "sic" in t or "Sic" in t or "SIC" in t)
            self._sic = frozenset(m[1].lower() for matches in found for m in matches)
        return word.lower() in self._sic

    def one_name(self, a: str, b: str) -> bool:
        """Two names that are parts of one: one holds the other ("Korea" / "South Korea"), or some text writes
        them in one run of capitals ("Joan" / "Rivers" where an outlet writes "Joan Rivers"): one person or
        place named two ways."""
        found = self._memo.get(("one", a, b))
        if found is None:
            found = self._memo["one", a, b] = self._one_name(a, b)
        return found

    def _one_name(self, a: str, b: str) -> bool:
        # A title is no part of the name: "Miss Jasica" / "Iga", where an outlet writes "Iga Jasica".
        words_a, words_b = ([w for w in _words(n) if w not in _TITLES] for n in (a, b))
        if not words_a or not words_b:
            return False
        if set(words_a) <= set(words_b) or set(words_b) <= set(words_a):
            return True
        need = frozenset(w.lower() for w in (*words_a, *words_b))
        return any(need <= run for run in self._runs().get(words_a[0].lower(), ()))

    def _runs(self) -> dict[str, list[frozenset[str]]]:
        """Each word of a run of capitals -> the runs it is in; read from the texts once, on first need."""
        if self._runs_by_word is None:
            self._runs_by_word = {}
            runs = {run for text in self._texts for run in _FULL.findall(fold(text))}  # each run once
            for run in runs:
                words = frozenset(w.lower() for w in _words(run))
                for w in words:
                    self._runs_by_word.setdefault(w, []).append(words)
        return self._runs_by_word

    def spelt_apart(self, a: str, b: str) -> bool:
        """One name spelt two ways by several outlets each, the two differing only in vowels ("Shabab" /
        "Shabaab", "Kobani" / "Kobane", see :func:`_vowels_apart`): a romanisation or a house style, not
        one outlet's typo, which a wire story can spread to several outlets too ("Somani" for "Somali")."""
        found = self._memo.get(("apart", a, b))
        if found is None:
            found = self._memo["apart", a, b] = self._spelt_apart(a, b)
        return found

    def _spelt_apart(self, a: str, b: str) -> bool:
        x, y = (_POSSESSIVE.sub("", fold(n)).lower() for n in (a, b))
        if x == y or not x.isalpha() or not y.isalpha() or not _vowels_apart(x, y):
            return False
        return all(len(self._outlets_writing(w)) >= SPELT_BY for w in (x, y))

    def _outlets_writing(self, word: str) -> set[str]:
        if word not in self._writers:
            if self._written is None:
                self._written = [(t.lower(), s) for t, s in dict.fromkeys(self._by_outlet)]
            pattern = re.compile(rf"\b{re.escape(word)}\b")
            self._writers[word] = {s for text, s in self._written if word in text and pattern.search(text)}
        return self._writers[word]

    def around(self, name: str) -> set[str]:
        """Every place ``name`` lies within, near or far."""
        seen: set[str] = set()
        todo = [name_key(name)]
        while todo:
            for outer in self._outer.get(todo.pop(), ()):
                if outer not in seen:
                    seen.add(outer)
                    todo.append(outer)
        return seen

    def nested(self, a: str, b: str) -> bool:
        """One of the two names lies within the other (in either order)."""
        found = self._memo.get(("nested", a, b))
        if found is None:
            found = self._memo["nested", a, b] = name_key(b) in self.around(a) or name_key(a) in self.around(b)
        return found


_LONG_VOWEL = re.compile(r"([aeiou])\1")


def _vowels_apart(x: str, y: str) -> bool:
    """Two spellings that differ only in which vowels they write ("Kobani" / "Kobane", "Shebab" /
    "Shabab") or in a vowel written long ("Shabaab"): how romanisations differ. A letter added or
    dropped ("Rait" / "Raite") or a consonant ("Somani" / "Somali") makes a misspelling."""
    x, y = _LONG_VOWEL.sub(r"\1", x), _LONG_VOWEL.sub(r"\1", y)
    return len(x) == len(y) and all(p == q or (p in "aeiou" and q in "aeiou") for p, q in zip(x, y))


#: Each of two spellings written by this many outlets, at least, is a way to spell the name.
SPELT_BY = 2


def _words(name: str) -> list[str]:
    """A difference's or a run's words without possessives or dots: "Joan's" -> ["Joan"]."""
    return [w for w in (_POSSESSIVE.sub("", w).replace(".", "") for w in name.replace(",", " ").split()) if w]


def name_key(name: str, *, possessive: bool = False) -> str:
    """ "High, Street" (a difference's words), "High Street" and a sentence's last "High Street." are one
    name; with ``possessive``, so is "High Street's"."""
    key = " ".join(fold(name).replace(",", " ").split()).lower().rstrip(".")
    return _POSSESSIVE.sub("", key) if possessive else key


def places_within(texts: Iterable[str], sources: Iterable[str] = ()) -> Places:
    """The places the texts themselves place inside others; with the outlet of each text (``sources``),
    also the names several outlets each spell their own way (:meth:`Places.spelt_apart`).

    >>> places = places_within(["He lived in Newton Street, Millom, with his mother.", "The house in Millom, Cumbria, burnt."])
    >>> places.nested("Newton Street", "Cumbria"), places.nested("Cumbria", "Millom"), places.nested("Millom", "Leeds")
    (True, True, False)
    >>> places_within(["Rain fell in Chile, Peru and Bolivia."]).nested("Chile", "Peru")
    False
    """
    pairs = []
    texts = list(texts)
    for text in dict.fromkeys(texts):  # wire copy repeats wordings
        if "," in text or "'s" in text or "\u2019s" in text:
            pairs += _pairs(fold(text))
    return Places(pairs, texts, sources)
