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
