"""Places inside places, read from the event's own reporting (issue 9: place within place is no conflict)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck._places import places_within


@pytest.mark.parametrize(
    ("texts", "a", "b", "nested"),
    [
        # "Town, County" after a preposition: the town lies in the county, either order asked.
        (["A man was found dead in Thornby, Westshire, on Sunday."], "Thornby", "Westshire", True),
        (["A man was found dead in Thornby, Westshire, on Sunday."], "Westshire", "Thornby", True),
        (["The fire at Thornby, Westshire."], "Thornby", "Westshire", True),
        # Steps add up: a street in a town in a county; a street written as a town's own.
        (
            ["She lived on Mill Lane, Thornby.", "Police in Thornby, Westshire, said so."],
            "Mill Lane",
            "Westshire",
            True,
        ),
        (
            ["The shop in Thornby's Market Street burnt.", "It was in Thornby, Westshire."],
            "Market, Street",
            "Westshire",
            True,
        ),
        # A list is no nesting, nor a town and the person who speaks after it.
        (["Storms hit Chile, Peru and Bolivia."], "Chile", "Peru", False),
        (["Storms hit towns in Chile, Peru, Bolivia."], "Chile", "Peru", False),
        (["In Thornby, Mayor Lund said the roads were shut."], "Thornby", "Lund", False),
        (["Back in Thornby, Lund said the roads were shut."], "Thornby", "Lund", False),
        # Two towns of one county are not inside each other.
        (["It hit Thornby, Westshire.", "It hit Ashcombe, Westshire."], "Thornby", "Ashcombe", False),
        ([], "Thornby", "Westshire", False),
    ],
)
def test_nested(texts, a, b, nested):
    assert places_within(texts).nested(a, b) is nested


@pytest.mark.parametrize(
    ("texts", "a", "b", "one"),
    [
        # Some outlet writes the two in one run of capitals: one person named by first name and surname.
        (["Singer Ada Lund died on Sunday."], "Ada's", "Lund", True),
        (["Singer Ada Lund died on Sunday."], "Miss, Lund", "Ada", True),  # a title is no part of it
        # One name holds the other.
        ([], "Korea's", "South Korea", True),
        # Never written together: two people, or a misspelling of one.
        (["Ada Lund met Eva Berg."], "Lund", "Berg", False),
        (["Ada Lund met Eva Berg."], "Lund", "Lunde", False),
        (["Ada Lund met Eva Berg."], "Sir", "Lund", False),
    ],
)
def test_one_name(texts, a, b, one):
    assert places_within(texts).one_name(a, b) is one


_SHABAAB = ["Al-Shabaab fighters fled.", "The Shabaab said so.", "Al-Shabab fighters fled.", "Shabab men left."]


@pytest.mark.parametrize(
    ("texts", "sources", "a", "b", "apart"),
    [
        # Two outlets each way, the spellings differing in their vowels only: a romanisation or a house style.
        (_SHABAAB, "ABCD", "Shabab", "Shabaab", True),
        (_SHABAAB, "AABB", "Shabab", "Shabaab", False),  # one outlet writes each, twice
        (["Kobani held.", "In Kobani.", "Kobane held.", "In KOBANE."], "ABCD", "Kobani", "Kobane", True),
        # One outlet alone writing it one way: a typo, however it is spelt.
        (_SHABAAB, "ABCC", "Shabab", "Shabaab", False),
        # A consonant or a letter added is a misspelling, though a wire story spread it to two outlets.
        (
            ["26 Somali pirates.", "Somali men.", "26 Somani brigands.", "Somani men."],
            "ABCD",
            "Somani",
            "Somali",
            False,
        ),
        (
            ["The climber Rait fell.", "Rait died.", "The climber Raite fell.", "Raite died."],
            "ABCD",
            "Rait",
            "Raite",
            False,
        ),
        # Outlets not known: nothing to count.
        (_SHABAAB, "", "Shabab", "Shabaab", False),
    ],
)
def test_spelt_apart(texts, sources, a, b, apart):
    assert places_within(texts, list(sources)).spelt_apart(a, b) is apart


def test_a_sentence_without_places_teaches_nothing():
    places = places_within(["Rain fell on Monday, officials said.", "Prices rose, Lund said, in May."])
    assert [places.around(name) for name in ("Monday", "officials", "Lund", "May")] == [set(), set(), set(), set()]


@given(
    st.lists(st.sampled_from(["in Thornby, Westshire.", "in Ashcombe, Thornby.", "at Westshire, Thornby."]), max_size=4)
)
def test_nesting_is_symmetric_and_never_hangs_on_cycles(texts):
    places = places_within(texts)
    for a in ("Thornby", "Westshire", "Ashcombe"):
        for b in ("Thornby", "Westshire", "Ashcombe"):
            assert places.nested(a, b) == places.nested(b, a)


@given(st.text(alphabet=st.sampled_from(list("Aa Bb,.'’s Street in of")), max_size=200))
def test_any_text_is_read_without_error(text):
    places = places_within([text])
    assert places.nested("Aa", "Bb") == places.nested("Bb", "Aa")
