"""Names: which capitalised words are names, and when two names differ.

Capitals prove a name only mid-sentence; at the start of a sentence the word
must be known from elsewhere in the corpus (see :func:`factcheck._capitals.known_names`) or rare.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import OSA

from ._capitals import capital_words, headline_tokens
from ._memo import per_tokens
from ._tokens import STOP_WORDS, Token
from .details import TITLE_WORDS
from .vocab import capital_of, everyday_word, is_common_word, places_of, zipf

__all__ = ["acronyms", "in_brackets", "is_name", "name_differences", "only_in_attribution"]
Alike = Callable[[], bool]  # whether two claims tell the rest alike, worked out when first asked


def is_name(token: Token, first: bool, known: frozenset[str]) -> bool:
    """Capitalised mid-sentence means a name. At the start of a sentence capitals
    prove nothing, so the word must be a known name (seen capitalised mid-sentence
    elsewhere in the corpus) or a really rare word ("Police allege ..." and
    "Warship Sukanya ..." name no one)."""
    if token.kind == "alias":
        return True
    if token.kind != "word" or not token.capitalised or token.surface.rstrip(".") in TITLE_WORDS:
        return False
    if not first or token.norm in known:
        return True
    # Unknown at the start of a sentence: a name only if really rare ("Chohan", not "Warship").
    return token.norm not in STOP_WORDS and not is_common_word(token.norm, 2.5)


# Endings that make another form of one name: plurals, demonyms, adjectives (Democrat/Democrats/
# Democratic, Somalia/Somali/Somalian, India/Indian/Indians, Yemen/Yemeni, Oscar/Oscars).
_NAME_ENDINGS = (
    "ians",
    "ans",
    "ian",
    "ics",
    "ic",
    "ers",
    "er",
    "an",
    "ns",
    "es",
    "s",
    "n",
    "i",
    "a",
    "ese",
    "ish",
    "y",
    "um",  # Referendum / Referenda
)
_VOWELS = frozenset("aeiou")
# US state abbreviations (AP style) that neither begin their name nor skip its vowels.
_STATES = {"mo": "missouri", "pa": "pennsylvania", "ga": "georgia", "la": "louisiana", "va": "virginia",
           "fla": "florida", "okla": "oklahoma", "wyo": "wyoming", "ore": "oregon"}  # fmt: skip


@lru_cache(maxsize=65536)
def _roots(norm: str) -> frozenset[str]:
    """The word with up to two name endings taken off, every way round (Yemenis -> Yemeni -> Yemen)."""
    out, frontier = {norm}, {norm}
    for _ in range(2):
        frontier = {w[: -len(e)] for w in frontier for e in _NAME_ENDINGS if len(w) - len(e) >= 4 and w.endswith(e)}
        out |= frontier
    return frozenset(out)


def _forms_of_one_name(x: Token, y: Token, person: bool) -> bool:
    """Two forms of one name, not two names: an inflection or demonym (never for a person's
    surname: Varga / Vargas are two spellings), an abbreviation (Const. / Constable, W. / West: the
    short form begins the long one; Mt / Mount, Blvd / Boulevard: no vowel after its first letter,
    its letters in order in the long form), or punctuation (A.J. / AJ)."""
    a, b = x.surface.replace(".", "").lower(), y.surface.replace(".", "").lower()
    if a == b or _people_of(x, y) or _people_of(y, x):
        return True
    for place, word in ((x, y), (y, x)):
        if place.kind == "alias" and word.kind != "alias":
            country = place.norm.lstrip("@")  # "@china": the alias table's name for it
            # Beijing / Chinese: the country's people or adjective, told as its name
            if _roots(country) & _roots(word.norm):
                return True
    name_x, name_y = (t.norm.lstrip("@").replace("_", " ") for t in (x, y))  # "@united_states": an alias
    if capital_of(a) in (b, name_y) or capital_of(b) in (a, name_x):
        return True  # Tehran / Iran: a capital told for its government (the place within it otherwise)
    if {x.surface, y.surface} in ({y.surface, y.surface + "s"}, {x.surface, x.surface + "s"}) and min(
        x.surface, y.surface, key=len
    ).isupper():
        return True  # KO / KOs, MP / MPs: an acronym's plural
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short.endswith("ia") and long_ == short + "n":
        return True  # Saudi Arabia / Saudi Arabian: a land and its adjective, even after another name word
    if _STATES.get(short) == long_:
        return True  # Mo. / Missouri, Pa. / Pennsylvania
    if short and short[0] == long_[0] and len(short) < len(long_):
        if (
            long_.startswith(short)
            and len(short) <= 5
            and len(long_) - len(short) >= 2
            and (len(short) >= 3 or not person)
        ):
            return True  # Const. / Constable, Tex. / Texas, Ron / Ronald (never Varga / Vargas)
        rest = iter(long_)
        if not _VOWELS & set(short[1:]) and all(ch in rest for ch in short):
            return True  # Mt / Mount, Blvd / Boulevard
    # A surname takes no plural: Varga / Vargas are two spellings. Everyday words still inflect (Tony Awards).
    everyday = min(zipf(x.norm), zipf(y.norm)) >= 4.0
    return (everyday or not person) and bool(_roots(x.norm) & _roots(y.norm))


def _people_of(word: Token, place: Token) -> bool:
    """``word`` names the people of ``place`` (Argentine / Argentina, Lankan / Sri Lanka), or both one people."""
    places, name = places_of(word.norm), place.norm.lstrip("@").replace("_", " ")
    return any(p == name or p.rsplit(" ", 1)[-1] == name for p in places) or bool(places & places_of(place.norm))


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]{2}$")
# Words that begin place names, not given names: "New Zealand", "South Ozone Park".
_PLACE_WORDS = frozenset(
    "new north south east west upper lower great san santa los las saint st fort port mount lake".split()
)


def _person(tokens: tuple[Token, ...], token: Token) -> bool:
    """A surname: straight after another capitalised name word or a title ("Anna Varga", "Mayor Varga"),
    not after the first word of a place ("New Zealander")."""
    k = tokens.index(token)
    if k == 0 or token.surface.rstrip(".") in TITLE_WORDS:
        return False  # "Assistant Sheriff": a title, which inflects (the National Sheriffs' Association)
    before = tokens[k - 1]
    if before.surface.rstrip(".") in TITLE_WORDS:
        return True
    if before.norm in _PLACE_WORDS:
        return False
    # A capitalised first word of the sentence proves nothing ("Police Constable ..."), nor does a headline's.
    if k < 2 or not before.capitalised or before.kind != "word" or before.end + 1 < token.start:
        return False
    return not headline_tokens(tokens)


@per_tokens
def _after_title(tokens: tuple[Token, ...]) -> set[int]:
    """The ids of the unusual words right after a title: "Mayor Kowalski", even in a headline; not "President Adopts"."""
    titled = (t for x, t in pairwise(tokens) if x.surface.rstrip(".") in TITLE_WORDS and t.kind == "word")
    return {id(t) for t in titled if t.capitalised and not everyday_word(t.norm)}


def _family(tokens: tuple[Token, ...], plural: Token, one: Token) -> bool:
    """ "the Cullens" against "Edward Cullen": a family named in the plural, not another spelling."""
    k = tokens.index(plural)
    return k > 0 and tokens[k - 1].norm == "the" and plural.norm in (one.norm + "s", one.norm + "es")


_ACRONYM_GLUE = frozenset("of and the for on in".split())


def acronyms(ta: tuple[Token, ...] | list[Token], tb: tuple[Token, ...] | list[Token]) -> set[str]:
    """Norms of acronyms on one side with their spelled-out words on the other
    (DNC / Democratic National Committee), which name the same thing."""
    out: set[str] = set()
    caps = capital_words(ta)[0]
    if not caps:
        return out
    starts = capital_words(tb)[1]
    for t in caps:
        letters = t.surface.replace(".", "")
        if not 2 <= len(letters) <= 6:
            continue
        for i in starts.get(letters[0], ()):
            initials, run = "", []
            for w in tb[i:]:
                if w.norm in _ACRONYM_GLUE and initials:
                    run.append(w)
                    continue
                if w.kind != "word" or not w.capitalised or not letters.startswith(initials + w.surface[0].upper()):
                    break
                initials += w.surface[0].upper()
                run.append(w)
                if initials == letters:
                    out.add(t.norm)
                    out.update(x.norm for x in run)
                    break
    return out


def name_differences(
    ta: tuple[Token, ...], tb: tuple[Token, ...], ops: list, explained: set[str], known: frozenset[str], alike: Alike
) -> list[tuple[str, str]]:
    """Differing names, (this side's words, the other side's); ``alike()`` is asked only of a name in another's place."""
    out: list[tuple[str, str]] = []
    explained = explained | acronyms(ta, tb) | acronyms(tb, ta)
    norms_a = {t.norm for t in ta}
    norms_b = {t.norm for t in tb}
    seen_b, seen_a = norms_b | explained, norms_a | explained
    # Two first words before one surname name someone, however common ("Jeffrey Epstein" / "Jeffery Epstein").
    first = min(len(ta), len(tb)) < 2 or not (ta[1].capitalised and ta[1].kind == "word" and ta[1].norm == tb[1].norm)
    # A headline's capitals prove nothing ("Robot Guards" / "Robots Patrol"): known, rare or titled words are names.
    head_a, head_b = headline_tokens(ta), headline_tokens(tb)
    ida, idb = _after_title(ta) if head_a else set(), _after_title(tb) if head_b else set()
    names_a = [
        t
        for i, t in enumerate(ta)
        if t.norm not in seen_b and (is_name(t, head_a or (first and not i), known) or id(t) in ida)
    ]
    names_b = [
        t
        for i, t in enumerate(tb)
        if t.norm not in seen_a and (is_name(t, head_b or (first and not i), known) or id(t) in idb)
    ]
    paired: set[str] = set(explained)
    # A near-identical name on each side is a misspelt or different person: Varga / Vargas.
    for x in names_a:
        for y in names_b:
            if y.norm in paired or x.kind == "alias" or y.kind == "alias":
                continue
            shorter = min(len(x.norm), len(y.norm))
            limit = max(1, shorter // 4)  # edits allowed: one per four letters
            if shorter < 4 or OSA.distance(x.norm, y.norm, score_cutoff=limit + 1) > limit:
                continue
            person = (_person(ta, x) or _person(tb, y)) and not (_family(ta, x, y) or _family(tb, y, x))
            if _forms_of_one_name(x, y, person):
                paired.update((x.norm, y.norm))
                break
            if _unpunctuated([x]) != _unpunctuated([y]):  # Wyles / Wyle's is punctuation, not a new name
                out.append((x.surface, y.surface))
                paired.update((x.norm, y.norm))
                break
    # Different surnames after one first name or title, wherever each outlet puts them: "A.J. Smith" / "A.J. Butler".
    for x, y in _same_predecessor(ta, tb, names_a, names_b, paired):
        out.append((x.surface, y.surface))
        paired.update((x.norm, y.norm))
    # A name swapped for another name in the same place: "Moon said" / "Kang said".
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace":
            continue
        seg_a = [t for t in ta[i1:i2] if t.norm not in paired]
        seg_b = [t for t in tb[j1:j2] if t.norm not in paired]
        titled = [[t for t in seg if t.surface.rstrip(".") not in TITLE_WORDS] for seg in (seg_a, seg_b)]
        if all(0 < len(names) < len(seg) for names, seg in zip(titled, (seg_a, seg_b))):
            seg_a, seg_b = titled  # a title before each name: "Mayor Jones" / "Governor Smith" differ in the name
        if not seg_a or not seg_b or len(seg_a) > 4 or len(seg_b) > 4:
            continue
        if not all(t.kind == "alias" or t.capitalised for t in (*seg_a, *seg_b)):
            continue  # a lower-case word is never a name: most segments end here
        if _roles_differ(ta, i1, tb, j1):
            continue  # "23 points against the Tar Heels" / "23 points for the Purple Aces": two teams
        if not _parallel(ops, k) and (_partial(ta, i1, i2) or _partial(tb, j1, j2) or not alike()):
            # Loosely matched wording: part of a longer name ("South [Ozone] Park") names another thing, and so does a
            # name in claims that tell the rest apart ("won the primary in Iowa" / "held a rally in Nevada"). In
            # parallel wording ("the [White] House said" / "the [Blue] House said") the whole name differs.
            continue
        if all(is_name(t, head_a or t is ta[0], known) or id(t) in ida for t in seg_a) and all(
            is_name(t, head_b or t is tb[0], known) or id(t) in idb for t in seg_b
        ):
            if (
                {t.norm for t in seg_a} & norms_b
                or {t.norm for t in seg_b} & norms_a
                or _unpunctuated(seg_a) == _unpunctuated(seg_b)
                or _same_forms(seg_a, seg_b, ta, tb)
                or (len(seg_a) == len(seg_b) == 1 and _short_form(ta, seg_a[0], tb, seg_b[0]))
            ):
                continue  # the name is elsewhere on the other side (moved, not changed), or written another way
            out.append((_join(seg_a), _join(seg_b)))
    return out


def _parallel(ops: list, k: int, least: int = 2) -> bool:
    """Operation ``k`` sits between equal runs of at least ``least`` words (or a sentence edge) on both sides."""

    def equal_run(j: int) -> bool:
        if j < 0 or j >= len(ops):
            return True
        tag, i1, i2, _, _ = ops[j]
        return tag == "equal" and i2 - i1 >= least

    return equal_run(k - 1) and equal_run(k + 1)


def _partial(tokens: tuple[Token, ...], start: int, stop: int) -> bool:
    """The words ``tokens[start:stop]`` are only part of a longer name: a capitalised word touches them."""
    before = tokens[start - 1] if start > 0 else None
    after = tokens[stop] if stop < len(tokens) else None
    return bool(
        (before is not None and start > 1 and before.capitalised and before.end + 1 >= tokens[start].start)
        or (after is not None and after.capitalised and tokens[stop - 1].end + 1 >= after.start)
    )


# Prepositions that give a name its role: an opponent ("against"), a side ("for"), an origin, a destination.
_ROLE_WORDS = frozenset("against for versus vs to from by with over".split())


def _roles_differ(ta: tuple[Token, ...], i: int, tb: tuple[Token, ...], j: int) -> bool:
    """The names starting at ``ta[i]`` and ``tb[j]`` follow two different role prepositions (past "the")."""

    def role(tokens: tuple[Token, ...], k: int) -> str | None:
        k -= 1
        while k >= 0 and tokens[k].norm in ("the", "a", "an"):
            k -= 1
        return tokens[k].norm if k >= 0 and tokens[k].norm in _ROLE_WORDS else None

    ra, rb = role(ta, i), role(tb, j)
    return ra is not None and rb is not None and ra != rb


_PAST_HOLDER = frozenset("former ex late then past previous outgoing onetime one-time erstwhile".split())


def _same_predecessor(
    ta: tuple[Token, ...], tb: tuple[Token, ...], names_a: list[Token], names_b: list[Token], paired: set[str]
) -> list[tuple[Token, Token]]:
    """Names on one side only whose word before is the same title or initials on both sides
    ("manager A.J. Smith" / "manager A.J. Butler"), one such name per side: one person named
    differently. A shared ordinary word before them proves nothing (MacArthur Fellowship /
    MacArthur Foundation)."""

    def by_predecessor(tokens: tuple[Token, ...], names: list[Token]) -> dict[str, list[Token]]:
        out: dict[str, list[Token]] = {}
        for t in names:
            k = tokens.index(t)
            before = tokens[k - 1] if k else None
            if t.norm in paired or t.kind == "alias" or before is None or not before.capitalised:
                continue
            title_or_initials = before.surface.rstrip(".") in TITLE_WORDS or _INITIALS.match(before.surface)
            if title_or_initials and before.kind == "word" and before.end + 2 >= t.start:
                # "former Mexican President Vicente Fox" / "President Enrique Peña Nieto": two holders of one title
                past = any(u.norm in _PAST_HOLDER for u in tokens[max(0, k - 4) : k - 1])
                out.setdefault(("former " if past else "") + before.norm.replace(".", ""), []).append(t)  # A.J. = AJ
        return out

    xs, ys = by_predecessor(ta, names_a), by_predecessor(tb, names_b)
    return [
        (xs[k][0], ys[k][0])
        for k in sorted(xs.keys() & ys.keys())
        if len(xs[k]) == 1
        and len(ys[k]) == 1
        and not _forms_of_one_name(xs[k][0], ys[k][0], person=True)
        and not _short_form(ta, xs[k][0], tb, ys[k][0])
    ]


def _short_form(ta: tuple[Token, ...], x: Token, tb: tuple[Token, ...], y: Token) -> bool:
    """A first name and its short form before one surname: "Sir Nick Houghton" / "Sir Nicholas Houghton",
    "Dave" / "David" (the short form keeps the first three letters, not always more)."""
    short, long_ = sorted((x.norm, y.norm), key=len)
    if not 3 <= len(short) <= 5 or len(short) == len(long_) or short[:3] != long_[:3]:
        return False
    ka, kb = ta.index(x) + 1, tb.index(y) + 1
    return ka < len(ta) and kb < len(tb) and ta[ka].capitalised and ta[ka].norm == tb[kb].norm


def _unpunctuated(tokens: list[Token]) -> str:
    return "".join(t.surface for t in tokens).replace("'", "").replace("\u2019", "").replace(".", "").lower()


def _same_forms(seg_a: list[Token], seg_b: list[Token], ta: tuple[Token, ...], tb: tuple[Token, ...]) -> bool:
    """Every word of the shorter segment is a form of a word of the longer one, in order (W. American /
    West American; Mt / Aoraki Mount: the longer side's other words are an omission, not a new name)."""
    short, long_, ts, tl = (seg_a, seg_b, ta, tb) if len(seg_a) <= len(seg_b) else (seg_b, seg_a, tb, ta)
    rest = iter(long_)
    return all(any(_forms_of_one_name(x, y, _person(ts, x) or _person(tl, y)) for y in rest) for x in short)


def _join(tokens: list[Token]) -> str:
    return ", ".join(dict.fromkeys(t.surface for t in tokens))


_SAYING = r"(?:said|says|added|reported|stated|announced|confirmed)"
# Who told the outlet ("..., the DA said." / "..., said the NYPD." / "..., according to police."): two outlets
# citing two sources for one fact do not conflict. Only outside quotes: who said a quote is part of it.
_ATTRIBUTION = re.compile(
    rf",\s*(?:according to\s+[^,]{{1,80}}|{_SAYING}\s+[^,]{{1,80}}|[^,]{{1,80}}?\s+{_SAYING}(?:\s+\w+){{0,2}})[.!?]?\s*$"
)


def in_brackets(words: str, text: str) -> bool:
    """Whether every word of ``words`` stands alone in brackets in ``text`` ("(CREEP)")."""
    return all(re.search(rf"\(\s*{re.escape(w)}\s*\)", text) for w in words.split(", "))


def only_in_attribution(words: str, text: str) -> bool:
    """Whether ``words`` (a name difference's side) occur in ``text`` only in its closing attribution."""
    m = _ATTRIBUTION.search(text)
    if not m:
        return False
    return all(w in text[m.start() :] and w not in text[: m.start()] for w in words.split(", "))
