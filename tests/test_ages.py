import numpy as np
import pytest

from factcheck._ages import aged_names, name_pairs, share_a_name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police identified the gunman as Derek Hanson, 23, of Granby Ridge.", "hanson"),
        ("The suspect, identified as 25-year-old Derek Hanson, was shot by an officer.", "hanson"),
        ("Anthony LaCalamita III, 38, had been arrested after a chase.", "lacalamita"),
        ("On Saturday, 32-year-old Englishman Robert Buckley fell about 600m.", "buckley"),
        ("The victims were Robyn Mendes, 48, and Catherine Gomes, 61.", "gomes mendes"),
        # No age: a day before a count, a firm's share, a figure after a name that goes on as a quantity.
        ("On Monday, 40 people were hurt in the blast.", ""),
        ("Acme, 12 percent of the market, fell behind.", ""),
        ("In 2004, 212 people died in a quake there.", ""),
        ("The Hawks, 112-104 winners, moved to 38-17.", ""),
        ("Revenue rose to $4.8 billion in the quarter.", ""),
    ],
)
def test_aged_names(text, names):
    assert aged_names(text) == names


def test_name_pairs_link_two_outlets_giving_one_name_an_age():
    names = np.array(["hanson", "hanson", "hanson", "", "buckley"], dtype=object)
    src = np.array([0, 1, 0, 1, 1])
    i, j = name_pairs(names, src, most=40)
    assert sorted(zip(i.tolist(), j.tolist())) == [(0, 1), (1, 2)]  # never two claims of one outlet
    assert name_pairs(names, src, most=2)[0].size == 0  # a name more claims give an age (wire copy) pairs none
    assert share_a_name(names, np.array([0, 0, 3]), np.array([1, 4, 4])).tolist() == [True, False, False]
