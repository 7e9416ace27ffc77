"""What a claim's figures cover: a stretch of time, a running total, a whole land.

Two claims whose figures cover different stretches ("this season" / "since Week 11", "a total of 14 so
far" / one raid's 14, "nationwide" / one town's) count different things, whatever else they share.
"""

from __future__ import annotations

import re

from ._tokens import Token
from ._verbs import IRREGULAR_PAST, PAST_AS_OTHER

__all__ = ["forecast_and_outcome", "stretch", "totals"]


#: Words that make a figure a running total ("a total of 14", "so far", "to date"): not the same
#: quantity as one event's figure.
_TOTAL_WORDS = frozenset("total totals overall altogether cumulative combined tally".split())
_TOTAL_PHRASES = re.compile(r" (?:so far|in all|to date|up to now) ")


def totals(tokens: tuple[Token, ...]) -> bool:
    """True when the claim gives running totals ("has seized a total of 14 rifles so far")."""
    norms = [t.norm for t in tokens]
    return bool(_TOTAL_WORDS.intersection(norms)) or bool(_TOTAL_PHRASES.search(f" {' '.join(norms)} "))


_PERIOD = r"(?:round|game|half|quarter|period|run|season|stretch|inning|innings|match|fight|week|weeks|games|rounds)"
# Over the claim's word norms (a figure is one token: "<15-2_score>"). Not "in the first half": that says
# when something happened ("broke the record ... in the first half"), not what a figure covers.
_SCOPE = re.compile(
    rf" (?:since (?:week|game|round) <?[0-9]+>?|during (?:the |that |those |this |his |her |their )?(?:\S+ ){{0,3}}{_PERIOD}"
    rf"|(?:this|last|next|previous) (?:season|round|half|quarter)) "
)


# A figure for a whole land ("nationwide", "across the country", "across the Midwest") counts more than
# one town's figure does; "across the street" or "across the aisle" is no land.
_AREA = re.compile(
    r" (?:nationwide|statewide|countrywide|worldwide|(?:across|throughout|all over) (?:the )?(?:whole |entire )?"
    r"(?:country|nation|state|region|world|globe|continent|province|county|city|island|midwest|south|north|east"
    r"|west|northeast|northwest|southeast|southwest|europe|asia|africa|@\S+)) "
)


# A part of a whole ("20 died in the city alone", "$2 billion in cash" of a price paid also in stock) and the
# period a figure is told for ("rose 10% in the quarter" / "4% for the year", "8% over two days").
_PART = re.compile(r" (?:alone|in cash|in stock|in shares) ")
_PERIOD_OF = re.compile(
    r" (?:in|for|over|during) the (?:past |last |latest |full |whole )?(quarter|year|month|week|half|period|session) "
    r"| over (?:the )?(?:past |last )?(?:\S+ )?(days|weeks|months|years|sessions) "
)


def stretch(tokens: tuple[Token, ...]) -> frozenset[str]:
    """What a claim's figures cover: a stretch of time ("since week 11", "this season", "during the
    round", "<quarter>": "in the quarter"), a running total ("<total>"), a whole land ("<area>": "across the
    country") or a part of a whole ("<part>": "in the city alone", "in cash"). Two claims
    covering different stretches count different things. Kept per wording (``Prepared.stretch`` in
    :mod:`factcheck.compare`), not worked out per comparison."""
    norms = f" {' '.join(t.norm.replace(' ', '_') for t in tokens)} "
    found = set(_SCOPE.findall(norms))
    if _AREA.search(norms):
        found.add("<area>")
    if _PART.search(norms):
        found.add("<part>")
    found.update(f"<{a or b}>" for a, b in _PERIOD_OF.findall(norms))
    return frozenset(found | {"<total>"}) if totals(tokens) else frozenset(found)


# What is planned or expected, not what happened: "will", "would", "is expected to", "is scheduled for", "is due".
_AHEAD = re.compile(
    r"\b(?:[Ww]ill|[Ww]ould|[Cc]ould|might|expected|scheduled|(?:is|are|was|were) due|set (?:to|for)|plans? to|planned)\b"
    r"[^,;.]*$"
)
# What happened: a past form in the day's clause ("made landfall on Friday", "was halted at 1:30 p.m."). Not a
# reporting verb ("officials said voting ends at 9 p.m." tells a plan), nor a capitalised name ("United").
_PAST_FORMS = "|".join(sorted((set(IRREGULAR_PAST) | PAST_AS_OTHER) - {"told"}))
_DONE = re.compile(rf"\b(?:[a-z]{{2,}}ed|{_PAST_FORMS})\b[^,;]*$")


def _before(day: str, text: str, pattern: re.Pattern[str]) -> bool:
    at = text.find(day)
    return at > 0 and pattern.search(text, max(0, at - 60), at) is not None


def forecast_and_outcome(day_a: str, a: str, day_b: str, b: str) -> bool:
    """Two days (dates, times) of which one dates a plan or forecast and the other what then happened: "is
    expected to make landfall on Thursday" / "made landfall on Friday", both true. Not two plans told in two
    tenses ("The polls will close at 8 p.m." / "Voting ends at 9 p.m."): that is one plan, told two ways."""
    ahead_a, ahead_b = _before(day_a, a, _AHEAD), _before(day_b, b, _AHEAD)
    if ahead_a == ahead_b:
        return False
    day, text = (day_b, b) if ahead_a else (day_a, a)
    return _before(day, text, _DONE)
