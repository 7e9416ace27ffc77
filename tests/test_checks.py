import pytest

from factcheck._checks import dropped_passages, not_english

A = "The city council approved a budget of $2.5 million for the harbor on Tuesday, Mayor Anna Varga said."
B = "The vote was seven to two after a debate that lasted three hours in the town hall."
C = "The mayor said she expected the repairs to be finished before the summer tourist season began."


@pytest.mark.parametrize(
    ("body", "extracted", "dropped"),
    [
        (f"<p>{A}</p><p>{B}</p><p>{C}</p>", f"{A}\n{B}\n{C}", []),
        (f"<p>{A}</p><div>{B}</div><p>{C}</p>", f"{A}\n{C}", [B]),
        (f"<div>{B}</div><p>{A}</p><p>{C}</p>", f"{A}\n{C}", []),  # before the story: not body text
        (f"<p>{A}</p><div class='share-tools'>{B}</div><p>{C}</p>", f"{A}\n{C}", []),  # boilerplate
        (f"<p>{A}</p><div><a href='/x'>{B}</a></div><p>{C}</p>", f"{A}\n{C}", []),  # a link: a teaser
        (f"<p>{A}</p><div>Read more...</div><p>{C}</p>", f"{A}\n{C}", []),  # too short
    ],
)
def test_dropped_passages(body, extracted, dropped):
    assert dropped_passages(f"<html><body>{body}</body></html>", extracted) == dropped


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (f"{A} {B} {C}", ""),
        ("Short.", ""),
        (
            "Президент заявил, что переговоры продолжатся в четверг в Сеуле и в Вашингтоне. " * 4,
            "mostly Cyrillic letters",
        ),
        ("Ο πρόεδρος δήλωσε ότι οι συνομιλίες θα συνεχιστούν την Πέμπτη στη Σεούλ. " * 4, "mostly Greek letters"),
        (
            "Der Stadtrat hat am Dienstag einen Haushalt von 2,5 Millionen Dollar für den Hafen gebilligt. " * 3,
            "few common English words",
        ),
    ],
)
def test_not_english(text, why):
    assert not_english(text) == why
