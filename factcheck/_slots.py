"""What each detail of a claim is about (its slot), and whether two details fill the same slot.

"killed at least five people" / "killed at least two people" is one slot (a real conflict);
"55 km from the city" / "a depth of 10 km" or "LaCalamita, 38" / "three people were shot" are not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._figures import dimension
from ._owners import SAYING, age_owner, heading, is_age, owner, part_of_count, record_since, role, stem, whose
from ._tokens import STOP_WORDS, Token
from .details import Detail

__all__ = ["Slot", "owned_apart", "same_slot", "slot_word", "slots", "subject"]


# Words that qualify a figure rather than say what it counts ("at least five", "more than 100").
_QUALIFIERS = frozenset(
    "least most more less than about nearly some around over under almost approximately up only just another other "
    "total estimated roughly fewer first last".split()
)
# Words that make a figure part of a count: "three more", "two additional".
_PART_WORDS = frozenset("more additional remaining further extra".split())
# Nouns of a scale that come before the value they name: "magnitude 6.1", "stage 3", "level 4".
_SCALES = frozenset("magnitude level grade force stage phase category".split())
_SAME_WORD = {
    **{"people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child"},
    **dict.fromkeys(("house", "houses", "home", "homes"), "house"),  # "buried 10 houses" / "buried 12 homes"
}
# Pronouns the stop list keeps ("arrested him on Wednesday"): they never say what a figure is about.
_NOT_A_SLOT = STOP_WORDS | _QUALIFIERS | {"him", "us"}


def slot_word(token: Token) -> str | None:
    """The word a token gives a slot: stemmed, None for stop words and qualifiers ("at least")."""
    return _slot_norm(token.norm) if token.kind in ("word", "alias") else None


@lru_cache(maxsize=65536)
def _slot_norm(norm: str) -> str | None:
    if norm in _NOT_A_SLOT or not norm[:1].isalpha():
        return None
    return _SAME_WORD.get(norm) or stem(norm)


# Sums of money after "including" or "such as" price one item of a list ("items including a $43,000 watch"),
# never the whole another sentence gives ("spent $750,000 on personal items").
_CURRENCIES = frozenset(("<dollars>", "<euros>", "<pounds>", "<yen>"))
# Verbs whose figure is a sum of money: "paid 20,000", "fined 5,000".
_PAYING = frozenset("pay pays paid paying spend spends spent spending cost costs costing fined owe owes owed".split())
_LISTED = "+listed"

# Words between a count and its verb: "12 people were reportedly killed".
_BEFORE_VERB = frozenset("is are was were be been being has have had reportedly also still all later now".split())
_PAST = frozenset("dead hurt held missing lost fled left taken shot slain hit".split())


def _predicate(tokens: tuple[Token, ...], k: int) -> str | None:
    """The verb right after the figure at ``k`` (or its noun), past auxiliaries: "kill" in "12 people were
    killed", "join" in "300 people joined"; None where a phrase comes first ("12 people in the city")."""
    j = k + 1
    if (
        j < len(tokens)
        and tokens[j].kind == "word"
        and tokens[j].norm not in _BEFORE_VERB
        and not _past(tokens[j].norm)
    ):
        j += 1  # the noun
    while j < len(tokens) and tokens[j].norm in _BEFORE_VERB:
        j += 1
    if j >= len(tokens) or tokens[j].kind != "word" or tokens[j].capitalised:
        return None
    return stem(tokens[j].norm) if _past(tokens[j].norm) else None


_GAME_PARTS = frozenset("half quarter period inning innings round set frame".split())


def _part_of_game(tokens: tuple[Token, ...], k: int) -> str | None:
    """The part of a game the figure at ``k`` covers, told right after it: "scored 17 (points) in the first half"
    (``~in <1> half``); a figure for the whole game, or another part, is another figure."""
    for j in range(k + 1, min(k + 4, len(tokens))):
        if tokens[j].kind != "word":
            return None
        if tokens[j].norm == "in":
            m = j + 2 if j + 1 < len(tokens) and tokens[j + 1].norm == "the" else j + 1
            if m + 1 < len(tokens) and tokens[m].kind == "ordinal" and tokens[m + 1].norm in _GAME_PARTS:
                return f"~in {tokens[m].norm} {tokens[m + 1].norm}"
            return None
    return None


def _toll_before(tokens: tuple[Token, ...], k: int) -> bool:
    """A toll is told before the figure at ``k``, with no other figure between: "the toll rose to 174"."""
    for t in reversed(tokens[max(0, k - 12) : k]):
        if t.kind == "number":
            return False
        if t.norm in ("toll", "tolls"):
            return True
    return False


def _past(norm: str) -> bool:
    """A past form, which is how reports tell what befell a count ("each received" names no verb)."""
    return norm.endswith("ed") or norm in _PAST


def subject(tokens: tuple[Token, ...], k: int, text: str) -> str | None:
    """The name or model a figure belongs to, when one stands shortly before it in its phrase: "Kobe
    Bryant scored 30", "the iPhone 5S will cost $199" (as ``^bryant``). Figures of two different
    subjects are different quantities. A sentence's first word is only a candidate (``^?acme``, see
    :func:`factcheck._slots.same_slot`), unless capitals inside it make it a name: capitalised there, a
    common word looks like a name. Anything before a comma is left out: in "seven AK-47s, three other
    rifles" the name belongs to the list's first item; but an aside opened by a comma and "a", "an" or "the"
    after a name is passed over ("The Liberal Union, a junior partner in the government, won 4.7%")."""
    j, stop, aside = k - 1, max(0, k - 5), -1
    while j >= stop:
        t = tokens[j]
        comma = j != aside and "," in text[t.end : tokens[j + 1].start]
        if comma and (before := _appositive(tokens, j, text)) is not None:
            # "The Liberal Union, a junior partner in the government, won 4.7%": the name before the aside.
            j, stop, aside = before, max(0, before - 3), before
            continue
        if t.kind not in ("word", "alias") or comma or t.norm in SAYING:
            return None  # another figure or phrase comes first: the words before it are its own
        if j and _estimated(tokens, j, k) and tokens[j - 1].kind == "word" and tokens[j - 1].norm not in STOP_WORDS:
            return f"^{stem(tokens[j - 1].norm)}"  # "Police put the crowd at 5,000": whose estimate it is
        if t.kind == "alias" or (j and t.capitalised and t.norm not in STOP_WORDS):
            return f"^{stem(t.norm)}"
        if not j and t.capitalised and t.norm not in STOP_WORDS:
            if any(ch.isupper() for ch in t.surface[1:]):
                return f"^{stem(t.norm)}"  # "D.C. police", "WikiLeaks offered": capitals inside make a name
            return f"^?{t.norm}"  # a name only if the event writes it capitalised mid-sentence (see same_slot)
        if (
            _MODEL.fullmatch(t.norm)
            and j
            and not tokens[j - 1].surface.islower()
            and tokens[j - 1].norm not in STOP_WORDS
        ):
            return f"^{tokens[j - 1].norm} {t.norm}"  # "Boeing 737", "iPhone 5S"
        j -= 1
    return None


def _appositive(tokens: tuple[Token, ...], j: int, text: str) -> int | None:
    """Where the name before an aside ends, when ``tokens[j]`` closes one that opens with a comma and "a", "an"
    or "the" right after a capitalised word ("the Union, a junior partner in the government,"); else None."""
    for i in range(j, max(0, j - 8), -1):
        if "," in text[tokens[i - 1].end : tokens[i].start]:
            opens = tokens[i].norm in ("a", "an", "the") and tokens[i - 1].capitalised
            return i - 1 if opens and i - 1 > 0 else None
    return None


_MODEL = re.compile(r"[a-z]*\d+[a-z]*")
# Verbs of estimating: two estimators' figures are two estimates ("Police put the crowd at 5,000" /
# "Organisers put it at 20,000"). Not "said": two sources giving one toll differ about one fact.
_ESTIMATING = frozenset("estimate estimates estimated reckon reckons reckoned".split())
_PUTTING_AT = frozenset("put puts placed places".split())


def _estimated(tokens: tuple[Token, ...], j: int, k: int) -> bool:
    norm = tokens[j].norm
    return norm in _ESTIMATING or (norm in _PUTTING_AT and tokens[k - 1].norm == "at")


#: (head, unit, words around, the word after the unit)
Slot = tuple[str | None, str | None, frozenset[str], str | None]


def slots(details: tuple[Detail, ...], tokens: tuple[Token, ...], text: str) -> tuple[Slot, ...]:
    """What each detail is about: the content word before it (``head``: "killed" in "killed at least
    five"), the word right after it (``unit``: "people", "km", "summit") and the content words
    around it (``near``: four before, three after)."""
    at = {t.start: k for k, t in enumerate(tokens)}
    listing = next(
        (
            k
            for k, t in enumerate(tokens)
            if t.norm == "including" or (t.norm == "as" and k and tokens[k - 1].norm == "such")
        ),
        len(tokens),
    )
    out: list[Slot] = []
    for d in details:
        k = at.get(d.start)
        if k is None:
            out.append((None, None, frozenset(), None))
            continue
        head_token = next((t for t in heading(tokens, k, d.kind) if slot_word(t)), None)
        head = slot_word(head_token) if head_token else None
        # What befell a count: "12 people were killed" / "30 people were injured", "killed two people".
        done = (head if head_token and _past(head_token.norm) else None) if head else _predicate(tokens, k)
        if d.kind == "number" and not done and _toll_before(tokens, k):
            head, done = None, "kill"  # "the death toll rose to 174" counts the dead, as "174 people were killed"
        unit = slot_word(tokens[k + 1]) if k + 1 < len(tokens) else None
        then = slot_word(tokens[k + 2]) if k + 2 < len(tokens) else None
        if unit is None and then and text[tokens[k + 1].end : tokens[k + 2].start] == "-":
            unit, then = then, None  # "seventh four-quarter comeback": what is counted is the quarter's noun
        if (k + 1 < len(tokens) and tokens[k + 1].norm in _PART_WORDS) or part_of_count(tokens, k):
            # "three more bodies", "the two other victims": part of a count, not the count. "Seven
            # rifles and two other rifles" lists another kind, which stays comparable.
            unit = "<part>"
        elif k and tokens[k - 1].norm in _SCALES:
            # "a magnitude 6.1 earthquake" measures what "a 6.2-magnitude quake" does: the scale is the unit.
            unit, then = tokens[k - 1].norm, unit
        elif unit is None and k + 2 < len(tokens) and tokens[k + 1].norm == "of":
            # "Four of the dead", "five of the seven members": a part of what the noun after "of" counts.
            unit = next((w for t in tokens[k + 2 : k + 5] if (w := slot_word(t))), None)
            then = None
        elif unit in ("square", "sq") and then:
            unit, then = f"square {then}", None  # "15,800 square metres", "170,000-square-foot"
        if d.kind in ("year", "date", "month") and k and tokens[k - 1].norm == "since" and record_since(tokens, k - 1):
            unit = "<since>"  # "the highest since 1960", "the first time since May": a record's reach, no moment
        elif is_age(d, tokens, k, text) or (unit in ("year", "month", "week", "day") and then == "old"):
            unit = "<age>"  # "Marlow, 38,", "aged 38", "a 38-year-old"
            # "John Jenkin, 23" / "Katie Jenkin, 20": two people; "61-year-old Katie Jenkin": hers
            head = age_owner(tokens, k, slot_word) or head  # or, unnamed, the person's word: "a 34-year-old woman"
        elif (
            d.key.endswith(" score")
            and k
            and tokens[k - 1].capitalised
            and text[tokens[k - 1].end : d.start].strip() in "(,"
        ):
            unit, head = "<record>", whose(tokens, k)  # "the Hawks (9-3)", "Lina Marsh, 31-2,": whose record
        elif " " in d.key and d.key.rsplit(" ", 1)[1].isalpha():
            unit = f"<{d.key.rsplit(' ', 1)[1]}>"  # a unit the figure carries itself: dollars, percent
        if unit is None and d.kind == "number" and k and tokens[k - 1].norm in _PAYING:
            unit = "<sum>"  # "pays 20,000 for a third breast": a sum, its currency left out
        near = frozenset(w for t in (*tokens[max(0, k - 4) : k], *tokens[k + 1 : k + 4]) if (w := slot_word(t)))
        if whose_figure := owner(tokens, k):
            near |= {whose_figure}
        if its_role := role(tokens, k):
            near |= {its_role}
        if part := _part_of_game(tokens, k):
            near |= {part}
        if its_subject := subject(tokens, k, text):
            near |= {its_subject}
        if (
            d.kind == "number"
            and (unit in _CURRENCIES or unit == "<percent>")
            and k + 1 < len(tokens)
            and not text[d.end : tokens[k + 1].start].strip()
            and (after := slot_word(tokens[k + 1]))
        ):
            near |= {"&" + after}  # what a percentage or a sum measures, said right after it: "32% contained"
        if k > listing and unit in _CURRENCIES:
            near |= {_LISTED}
        if done and d.kind == "number":
            near |= {"@" + done}
        if unit and unit[0] != "<" and k + 3 < len(tokens) and tokens[k + 2].norm == "of":
            # What the unit is of: "nine counts of wire fraud", "140 kilograms of cocaine" (``%fraud``).
            if of := next((w for t in tokens[k + 3 : k + 6] if (w := slot_word(t))), None):
                near |= {"%" + of}
        out.append((head, unit, near, then))
    # "1,200 jobs in Ohio and 800 in Texas": figures of several owners break a whole down (``=*``), and
    # a part is no other outlet's figure for the whole.
    owned = {w for s in out for w in s[2] if w[0] == "="}
    if len(owned) >= 2:
        out = [(h, u, n | {"=*"}, t) if any(w[0] == "=" for w in n) else (h, u, n, t) for h, u, n, t in out]
    return tuple(out)


def owned_apart(a: Slot, b: Slot) -> bool:
    """Two owners' figures, one side breaking a whole down by owner (owners alone are read too loosely)."""
    owners_a, owners_b = ({w for w in s[2] if w[0] == "=" and w != "=*"} for s in (a, b))
    breakdown = "=*" in a[2] or "=*" in b[2]
    return bool(breakdown and owners_a and owners_b and not owners_a & owners_b)


def _subjects(near: frozenset[str], names: frozenset[str]) -> set[str]:
    """The subjects among a detail's words around it; a sentence's first word only if it is a known name."""
    return {w if w[1] != "?" else f"^{stem(w[2:])}" for w in near if w[0] == "^" and (w[1] != "?" or w[2:] in names)}


# Verbs that tell one fate: "five people died" / "killed five people".
_DONE = {"die": "kill", "dea": "kill", "perish": "kill", "wound": "injur", "hurt": "injur"}


def _done(near: frozenset[str]) -> str | None:
    return next((w[1:] for w in near if w[0] == "@"), None)


def _rate(roles: set[str]) -> bool:
    return any(r.startswith("~each ") for r in roles)


def same_slot(
    a: Slot, b: Slot, *, events: bool = False, names: frozenset[str] = frozenset(), alike: bool = True
) -> bool | None:
    """Whether two details fill the same slot: True when what they are about matches (the same head
    word, or one's head is the other's unit: "a 2019 summit" / "the summit in 2018"; the same unit
    with no different heads; two content words in common around them), False when the sentences
    say they are about different things (different units: "13 magazines" / "three motors", an age
    / a count; "55 km from the city" / "a depth of 10 km"), None when nothing tells either way. For days and times (``events``) the head word is
    the happening: "shot on Friday" / "charged on Saturday" are different slots. ``alike``: whether the two
    claims tell the rest alike (see ``factcheck._detail_diffs``)."""
    (ha, ua, na, ta), (hb, ub, nb, tb) = a, b
    if "<sum>" in (ua, ub) and {ua, ub} <= _CURRENCIES | {"<sum>"}:
        ua = ub = "<sum>"  # "paid 20,000" / "paid $25,000": one sum, one side without its currency
    owners_a, owners_b = {w for w in na if w[0] == "="}, {w for w in nb if w[0] == "="}
    if (owners_a and owners_b and not (owners_a - {"=*"}) & owners_b) or ("=*" in owners_a and not owners_b):
        return False  # "52 percent in Egypt" / "44% with Malaysia"; a part of a breakdown / the whole
    if "=*" in owners_b and not owners_a:
        return False
    subjects_a, subjects_b = _subjects(na, names), _subjects(nb, names)
    if subjects_a and subjects_b and not subjects_a & subjects_b:
        return False  # "Bryant scored 30" / "Gasol scored 18": two players' points
    roles_a, roles_b = {w for w in na if w[0] == "~"}, {w for w in nb if w[0] == "~"}
    if (roles_a and roles_b and not roles_a & roles_b) or _rate(roles_a) != _rate(roles_b):
        # "1 per cent of users" / "increasing by 50 per cent": a share and a change; "on each count" / a total
        return False
    if {w for w in roles_a if w.startswith("~in ")} != {w for w in roles_b if w.startswith("~in ")}:
        return False  # "scored 17 in the first half" / "had 28 points": a part of the game and the whole
    if (ua == "<score>") != (ub == "<score>"):
        return False  # "deadlocked at 9-3" / "nine in favour": a score or tally is never one count
    if (ua == "<age>") != (ub == "<age>"):
        return False  # "the gunman, 24," / "killing five": an age is never a count
    if (_LISTED in na) != (_LISTED in nb):
        return False  # one item's price in a list / a sum not so listed
    if (ua == "<since>") != (ub == "<since>"):
        return False  # "the highest since 1960" / "58 percent in 2016": how far back a record reaches is no moment
    if (ua == "<part>") != (ub == "<part>"):
        return False  # "two other victims" counts part of what "three victims" counts
    if ua and ub and ua != ub:
        if dimension(ua) is not None and dimension(ua) == dimension(ub):
            # Feet and metres are one unit here (compared after conversion); what is measured must still agree:
            # "a depth of 12 km" and "centred 24 miles from the city" are two lengths.
            ub = ua
        elif ub != ta and ua != tb:
            return False  # different units: "13 magazines" / "three motors", an age / a count
        # "two speed boats" / "three boats": the unit is there, one word further
    of_a, of_b = {w for w in na if w[0] == "%"}, {w for w in nb if w[0] == "%"}
    if of_a and of_b and ua == ub:
        # "140 kilograms of cocaine" / "104 kg of cocaine" whatever the verbs; "counts of fraud" / "counts of perjury"
        return bool(of_a & of_b)
    if ua == ub and ua in ("<age>", "<record>"):
        # Two ages (records) are one slot only when they are the same person's: "Reed" is "Tom Reed".
        return ha == hb or bool(ha and hb and (ha.endswith(" " + hb) or hb.endswith(" " + ha)))
    if ua == "<score>" and ub == "<score>":
        # A game has a score at every moment and a team a record each week: the same moment or
        # team ("Klitschko (52-3)" / "Klitschko, 53-3") or the same words around make one slot.
        return True if (ha and ha == hb) or len(na & nb) >= 2 else (False if ha and hb else None)
    if ua and ua.startswith("<") and ua == ub and not events:
        # The same kind of figure: two sums of dollars, two percentages (two times of day say nothing). When
        # each side says what its figure is, differently, the words around must say it is one figure: "Acme
        # shares rose 5%" / "gained 4%", not "a budget of $5 million" / "a fine of $7 million". The same word right
        # after says it too: "was 32% contained" / "was 22% contained".
        measured = {w for w in na & nb if w[0] == "&"}
        return (
            bool(measured)
            or not (ha and hb and ha != hb)
            or alike
            or len({w for w in na & nb if w[0] != "~" and w != "=*"}) >= 2
        )
    if (ha and ha in (hb, ub)) or (hb and hb in (ha, ua)):
        return True
    if events and ha and hb and ha != hb:
        # "arrested on Tuesday at a motel" / "detained the suspect Wednesday at a motel": one side's head word is
        # among the other's words around, and two more words agree. "The suspect was shot on Friday" / "charged
        # on Saturday" are two happenings.
        shared = {w for w in na & nb if w[0] not in "~=@^" and w not in names}
        return (ha in nb or hb in na) and len(shared) >= 2
    done_a, done_b = _done(na), _done(nb)
    if done_a and done_b and not (ha and hb) and (ua == ub or not (ua and ub)):
        # What befell a count says what it is about: "five people died" is "killed two people", as "Ten people
        # died" is "The quake killed 12"; "12 people were killed" is not "30 people were injured".
        return _DONE.get(done_a, done_a) == _DONE.get(done_b, done_b)
    if ua and ua == ub:
        return not (ha and hb and ha != hb)
    if len(na & nb) >= 2:
        return True
    if ha and hb:
        return False  # both sides say what the detail is about, and they say different things
    return None
