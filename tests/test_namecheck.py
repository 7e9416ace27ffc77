"""A person's name spelled differently by a few outlets, across the whole event (issue 9)."""

import pytest

from factcheck._namecheck import misspelled_names


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # Most outlets write Vicente Fox; one writes Vincente, in a sentence nobody else tells.
        (
            [
                ("a:1", "A", "Former president Vincente Fox said no."),
                ("b:1", "B", "Then Vicente Fox told a reporter."),
                ("c:1", "C", "Later Vicente Fox repeated it."),
                ("c:2", "C", "Mr. Vicente Fox left."),
            ],
            {"a:1": [("Vincente", "Vicente", ["B", "C"])]},
        ),
        # Written beside no common name: two people, not one name misspelled.
        (
            [
                ("a:1", "A", "Coach Marta Kowalsky spoke."),
                ("b:1", "B", "Then Ivan Kowalski spoke."),
                ("c:1", "C", "Later Ivan Kowalski spoke again."),
            ],
            {},
        ),
        # A rare real name nobody else writes otherwise stays uncorrected.
        ([("a:1", "A", "Judge Ottoline Brandt ruled."), ("b:1", "B", "The judge ruled on Monday.")], {}),
        # As many outlets write each: no usual spelling to hold the other against.
        ([("a:1", "A", "Mayor Anna Varga spoke."), ("b:1", "B", "Mayor Anna Vargas spoke.")], {}),
        # The same outlet writes both: its own inconsistency is not another outlet's spelling.
        (
            [
                ("a:1", "A", "Senator Elena Marquez spoke."),
                ("a:2", "A", "Senator Elena Marques left."),
                ("b:1", "B", "Senator Elena Marquez voted."),
                ("b:2", "B", "Senator Elena Marquez won."),
            ],
            {},
        ),
        # A capitalised word alone that no dictionary knows, two edits from the place most outlets name.
        (
            [
                ("a:1", "A", "Kazahkstan's board set the vote."),
                ("a:2", "A", "In Kazakhstan, two parties run."),
                ("b:1", "B", "Kazakhstan will vote in May."),
                ("c:1", "C", "Voters in Kazakhstan choose."),
            ],
            {"a:1": [("Kazahkstan", "Kazakhstan", ["B", "C"])]},
        ),
        # A plural or a demonym of the name, and a word the dictionary knows, are no misspellings.
        (
            [
                ("a:1", "A", "Both Kazakhstans met the Kazakhstani team."),
                ("b:1", "B", "Olga Brandtova met officials from Kazakhstan."),
                ("c:1", "C", "Later Brandtova left Kazakhstan."),
                ("d:1", "D", "Brandtova and Kazakhstan agreed."),
            ],
            {},
        ),
        (
            [
                ("a:1", "A", "The Independent Street flat was empty."),
                ("b:1", "B", "The Independence Street flat burned."),
                ("c:1", "C", "On Independence Street a fire broke out."),
            ],
            {},
        ),
    ],
)
def test_misspelled_names(claims, expected):
    assert misspelled_names(claims) == expected
