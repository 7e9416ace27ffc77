"""Words: is it a real word, is it a spelling variant, is it an alias.

Whether a word is real comes from wordfreq's bundled English frequency list
(offline, maintained), never from a hand list. Its large list also holds
common misspellings ("goverment" has a Zipf frequency of 2.7), so "is a typo"
is decided relative to the candidate correction: a typo is much rarer than
the word one edit away.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import OSA

from . import _zipf
from .errors import InputError

__all__ = [
    "AliasTable",
    "capital_of",
    "is_common_word",
    "is_typo",
    "likely_typo",
    "load_aliases",
    "places_of",
    "us_spelling",
    "zipf",
]

#: Below this Zipf frequency a word is rare enough to be a typo ...
TYPO_MAX_ZIPF = 3.0
#: ... provided the word one edit away is at least this common (2.0 is "in a
#: few news stories a year"; tuned on the codespell list: recall of one-edit
#: misspellings 0.72 -> 0.89 against 3.0, false alarms on real word pairs flat) ...
WORD_MIN_ZIPF = 2.0
#: ... and at least this much more common (Zipf is log10, so 1.5 = 30x).
TYPO_MARGIN = 1.5


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of an English word (0 = unseen, 7 = "the").

    >>> zipf("democracy") > 4 > zipf("demacracy")
    True
    """
    found = _zipf.lookup(word, _COMMON_FLOOR)  # wordfreq's values, cached (see factcheck._zipf)
    if found is not None:
        return found
    from wordfreq import zipf_frequency  # loading the list costs ~0.3 s: only when needed

    return float(zipf_frequency(word, "en"))


def is_common_word(word: str, threshold: float = 4.0) -> bool:
    return zipf(word) >= threshold


def is_typo(word: str, other: str) -> bool:
    """True if ``word`` is a misspelling of ``other``: one edit apart (a
    transposition counts as one), ``word`` rare and ``other`` a common word.

    >>> is_typo("demacracy", "democracy"), is_typo("goverment", "government")
    (True, True)
    >>> is_typo("from", "form"), is_typo("harbour", "harbor")
    (False, False)
    """
    if word == other or not word.isalpha() or not other.isalpha() or len(word) < 3:
        return False
    wz, oz = zipf(word), zipf(other)
    if not (wz < TYPO_MAX_ZIPF and oz >= WORD_MIN_ZIPF and oz - wz >= TYPO_MARGIN):
        return False
    if OSA.distance(word, other, score_cutoff=1) > 1 or us_spelling(word) == us_spelling(other):
        return False
    return not _inflections(word, other)


#: A word nobody else wrote is taken for a typo only when wordfreq hardly knows it (rarer than
#: this: real rare words such as "gavel" or "spate" are known) ...
LONE_MAX_ZIPF = 1.0
#: ... and a much more common word is one edit away: at least this common (4.0: a few times in
#: every day's news) ...
LONE_WORD_MIN_ZIPF = 4.0
#: ... and this much more common than the word (2.0 = 100x).
LONE_MARGIN = 2.0
#: In a claim no other outlet tells, misspellings so common that wordfreq knows them ("recieved" 2.75,
#: "definately" 2.87) count too, up to this Zipf, when no spelling dictionary has the word nor a regular form
#: of it ("gavel", "reveled" are there). Not in a pair: one false note there flags every pair of its claim.
LONE_DICT_MAX_ZIPF = 3.0
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The words of a spelling dictionary: SymSpell's English list (82,765 SCOWL words found in Google
    Books), shipped with ``symspellpy``; read as a file, without importing the package. Empty (and the
    check it serves off) when the file is missing."""
    spec = importlib.util.find_spec("symspellpy")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "frequency_dictionary_en_82_765.txt"
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                return frozenset(line.split(" ", 1)[0] for line in handle)
    return frozenset()


def everyday_word(word: str) -> bool:
    """A word a spelling dictionary has and news prints often (Zipf 3 or more): "adopts", "may", not
    "kowalski" nor "varga". Without the dictionary, by frequency alone.

    >>> everyday_word("adopts"), everyday_word("kowalski")
    (True, False)
    """
    words = _dictionary()
    return zipf(word) >= 3.0 and (not words or word in words)


# Endings of regular forms, and what the word was before them ("helming" <- "helm", "reveled" <- "revel").
_FORMS = ("ing", "ed", "er", "ers", "est", "s", "es", "d", "ly")


def _spelled_right(word: str) -> bool:
    """``word`` or a regular form of a word is in the dictionary; "takeing" is no form of "take"."""
    words = _dictionary()
    if not words or word in words:
        return True
    stems = set()
    for ending in _FORMS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        if ending == "ing" and stem.endswith("e") and not stem.endswith(("ee", "ye", "oe")):
            continue
        stems |= {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem}
        if stem[-1] == stem[-2]:
            stems.add(stem[:-1])  # "running" <- "run"
    return not stems.isdisjoint(words)


_COMMON_FLOOR = 10 ** (LONE_WORD_MIN_ZIPF - 9)  # Zipf is log10 of frequency per billion words


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    cached = _zipf.common_words(_COMMON_FLOOR)
    if cached is not None:
        return cached
    from wordfreq import get_frequency_dict

    return frozenset(w for w, f in get_frequency_dict("en").items() if f >= _COMMON_FLOOR and w.isalpha())


@lru_cache(maxsize=50_000)
def likely_typo(word: str, *, known_misspellings: bool = False) -> str | None:
    """The word ``word`` is probably a misspelling of, when no other outlet's wording says so:
    a lower-case word wordfreq hardly knows, one edit from a word far more common, or two
    common words run together; with ``known_misspellings``, also a misspelling common enough for
    wordfreq to know it ("recieved") that no spelling dictionary has, one edit from a far more
    common word it has. None when ``word`` looks fine.

    >>> likely_typo("arested"), likely_typo("decidedto"), likely_typo("recieved"), likely_typo("gavel")
    ('arrested', 'decided to', None, None)
    >>> likely_typo("recieved", known_misspellings=True)
    'received'
    """
    if len(word) < 5 or not word.isalpha() or not word.islower() or us_spelling(word) != word:
        return None
    own = zipf(word)
    rare = own < LONE_MAX_ZIPF
    if not rare and (not known_misspellings or own >= LONE_DICT_MAX_ZIPF):
        return None
    common = _common_words()
    pieces = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in pieces if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in pieces if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in pieces if b for c in _LETTERS}
    edits |= {a + c + b for a, b in pieces for c in _LETTERS}
    found = [(-z, w) for z, w in sorted((-zipf(w), w) for w in edits & common if not _inflections(word, w))]
    found = [(z, w) for z, w in found if z - own >= LONE_MARGIN]
    if not rare and found:
        # The dictionary (tens of milliseconds to read) only for a word with a far more common neighbour.
        found = [] if _spelled_right(word) else [(z, w) for z, w in found if w in _dictionary()]
    if found:
        return found[0][1]
    if not rare:
        return None
    for k in range(2, len(word) - 1):  # "decidedto": a space lost between two common words
        head, tail = word[:k], word[k:]
        # One of the two a function word ("decidedto", "ofeverything"): "funnybooks" is coined on purpose.
        function_word = max(zipf(head), zipf(tail)) >= 6.0
        if head in common and tail in common and function_word and tail not in _SUFFIX_WORDS:
            return f"{head} {tail}"
    return None


# Words that are also suffixes: "recordless" is a rare word, not "record less".
_SUFFIX_WORDS = frozenset("less ness ship like wise ward wards ful fold man men able hood some".split())


def _inflections(a: str, b: str) -> bool:
    """Two forms of one word (arson/arsons, educates/educated, hander/handed): not a
    typo. Both must be words wordfreq knows: "aborte" is a typo of "aborted"."""
    if min(zipf(a), zipf(b)) < 1.0:
        return False
    short, long = sorted((a, b), key=len)
    if long[:-1] == short and long[-1] in "sd":
        return True
    if short.endswith("os") and long == short[:-1] + "es":
        return True  # two plurals of one word in -o: commandos / commandoes, zeros / zeroes
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} <= set("sdr")


# ---------------------------------------------------------------- US/UK spelling
_UK_WORDS = {
    "programme": "program", "programmes": "programs", "grey": "gray", "tyre": "tire", "tyres": "tires",
    "cheque": "check", "cheques": "checks", "aluminium": "aluminum", "jewellery": "jewelry",
    "plough": "plow", "sceptic": "skeptic", "sceptical": "skeptical", "pyjamas": "pajamas", "mould": "mold",
    "kerb": "curb", "draught": "draft", "storey": "story", "storeys": "stories", "enrol": "enroll",
    "fulfil": "fulfill", "skilful": "skillful", "wilful": "willful", "towards": "toward", "amongst": "among",
    "whilst": "while", "learnt": "learned", "spelt": "spelled", "burnt": "burned", "dreamt": "dreamed",
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "paediatric": "pediatric", "anaesthetic": "anesthetic",
    "oestrogen": "estrogen", "foetus": "fetus", "encyclopaedia": "encyclopedia", "mediaeval": "medieval",
    "haemorrhage": "hemorrhage", "leukaemia": "leukemia", "diarrhoea": "diarrhea", "oesophagus": "esophagus",
    "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog", "monologue": "monolog",
    "prologue": "prolog", "epilogue": "epilog", "ageing": "aging", "judgement": "judgment",
    "acknowledgement": "acknowledgment", "artefact": "artifact", "cosy": "cozy", "moustache": "mustache",
    "mum": "mom", "mums": "moms", "mummy": "mommy", "maths": "math",
}  # fmt: skip
_DOUBLE_L = re.compile(
    r"^(travel|cancel|label|model|fuel|signal|counsel|level|total|channel|equal|marvel|quarrel|jewel|tunnel"
    r"|dial|duel|panel|rival|shovel|snorkel|tranquil|initial|refuel|barrel|pencil|gospel)l(ed|ing|er|ers)$"
)
_RULES = [
    (re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations|ational|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites|able|er|ers|hood|hoods|ful|fully|less)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2}[bt])re(s|d)?$"), r"er\1"),
]


@lru_cache(maxsize=100_000)
def us_spelling(word: str) -> str:
    """Fold British spellings onto American ones (only ever used for comparing).

    >>> [us_spelling(w) for w in ("denuclearisation", "harbour", "organisation", "centre", "travelled")]
    ['denuclearization', 'harbor', 'organization', 'center', 'traveled']
    """
    if word in _UK_WORDS:
        return _UK_WORDS[word]
    if len(word) < 5:
        return word
    m = _DOUBLE_L.match(word)
    if m:
        return m[1] + m[2]
    for rule, repl in _RULES:
        word = rule.sub(repl, word)
    return word


# ---------------------------------------------------------------- aliases
@dataclass(frozen=True)
class AliasTable:
    """Names that mean the same thing (Burma/Myanmar, U.S./United States).

    ``pairs`` maps each alias phrase to its canonical name. Short aliases
    (four characters or fewer, such as "US", "WHO") match only with the exact
    capitals given, so the pronoun "us" or "who" never turns into a country.
    """

    pairs: tuple[tuple[str, str], ...]

    def canonical(self, phrase: str) -> str:
        return _alias_lookup(self.pairs).get(phrase.lower(), phrase)


@lru_cache(maxsize=16)
def _alias_lookup(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    table = {}
    for canonical, alias in pairs:
        table[alias.lower()] = canonical
        table[canonical.lower()] = canonical
    return table


def load_aliases(source: str | Path | Mapping[str, str] | Iterable[tuple[str, str]] | None = None) -> AliasTable:
    """Load an alias table: the bundled one (``None``), a CSV with columns
    ``canonical,alias``, a dict ``{alias: canonical}`` or ``(canonical, alias)`` pairs.

    >>> load_aliases().canonical("Burma")
    'Myanmar'
    >>> load_aliases({"Kiev": "Kyiv"}).canonical("kiev")
    'Kyiv'
    """
    if source is None:
        text = resources.files("factcheck").joinpath("data/aliases.csv").read_text(encoding="utf-8")
        return AliasTable(_read_alias_csv(text, "factcheck/data/aliases.csv"))
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.is_file():
            raise InputError(path, "alias table not found.", "Pass a CSV file with columns canonical,alias.")
        return AliasTable(_read_alias_csv(path.read_text(encoding="utf-8-sig"), str(path)))
    if isinstance(source, Mapping):
        return AliasTable(tuple((str(c), str(a)) for a, c in source.items()))
    return AliasTable(tuple((str(c), str(a)) for c, a in source))


def _read_alias_csv(text: str, where: str) -> tuple[tuple[str, str], ...]:
    rows = list(csv.DictReader(text.splitlines()))
    if rows and not {"canonical", "alias"} <= set(rows[0]):
        raise InputError(where, "the alias table needs the columns canonical,alias.", "Add that header row.")
    return tuple((r["canonical"].strip(), r["alias"].strip()) for r in rows if r.get("canonical") and r.get("alias"))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    text = resources.files("factcheck").joinpath("data/capitals.csv").read_text(encoding="utf-8")
    return {row["capital"].lower(): row["country"].lower() for row in csv.DictReader(text.splitlines())}


def capital_of(city: str) -> str | None:
    """The country whose capital ``city`` is, lower case, for capitals that news tells for their
    government ("Tehran said ..."). Only in comparing names: the alias table would change how claims
    align. Ambiguous capitals (Washington, Paris, London) are left out.

    >>> capital_of("Tehran"), capital_of("Springfield")
    ('iran', None)
    """
    return _capitals().get(city.lower())


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, frozenset[str]]:
    text = resources.files("factcheck").joinpath("data/demonyms.csv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for row in csv.DictReader(text.splitlines()):
        place, word = row["place"].lower(), row["demonym"].lower()
        out.setdefault(word, set()).add(place)
        # A claim's tokens are single words: "Sri Lankan" reaches the table as "lankan".
        out.setdefault(word.rsplit(" ", 1)[-1], set()).add(place)
    return {word: frozenset(places) for word, places in out.items()}


@lru_cache(maxsize=4096)
def places_of(word: str) -> frozenset[str]:
    """The places, lower case, whose people or adjective ``word`` names (singular or plural).
    Only in comparing names: "the Argentine government" and "Argentina's government" name one country.

    >>> sorted(places_of("Filipinos")), sorted(places_of("Swiss")), places_of("Bakers")
    (['philippines'], ['switzerland'], frozenset())
    """
    table, word = _demonyms(), word.lower()
    found = table.get(word)
    if found is None and word.endswith("s"):
        found = table.get(word[:-1])  # Argentines, Danes, Britons
    return found or frozenset()
