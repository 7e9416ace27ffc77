import pytest

from factcheck._tokens import alignment_key, tokenize
from factcheck.vocab import load_aliases

ALIASES = load_aliases()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("restoration of democracy in Burma", "restoration of democracy in Myanmar"),
        ("the denuclearisation of the harbour", "the denuclearization of the harbor"),
        ("three meetings cost $2.5 million", "3 meetings cost 2.5 million dollars"),
        ("“America’s return”", '"America\'s return"'),
        ("South Korea's president", "South Korea’s president"),
        ("Kim Jong-un", "Kim Jong Un"),
    ],
)
def test_benign_variants_share_norms(a, b):
    assert [t.norm for t in tokenize(a, ALIASES)] == [t.norm for t in tokenize(b, ALIASES)]


def test_tokens_point_into_the_text():
    text = "The U.S. paid $2.5 million to Burma’s government on Feb. 4."
    for token in tokenize(text, ALIASES):
        assert text[token.start : token.end] == token.surface


def test_alignment_key_drops_stop_words_and_sorts():
    assert alignment_key("The centre said it was three", ALIASES) == "3 center"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Talks in Burma on denuclearisation", "talks in Myanmar on denuclearization"),
        ("South Korea's three harbours", "South Korea’s 3 harbors"),
        ("We've 1,200 votes", "we have 1200 votes"),
        ("The ferry left at 7.45pm", "The ferry left at 7:45 p.m."),
        ("Doors open at 09:30 AM", "doors open at 9:30 a.m."),
        ("Stopped at 1:30 a. m Sunday", "stopped at 1:30 a.m. Sunday"),  # a space after the first dot
    ],
)
def test_alignment_key_folds_benign_variants(a, b):
    assert alignment_key(a, ALIASES) == alignment_key(b, ALIASES)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It cost 2.30 dollars", "It cost 2:30 dollars"),  # a price is not a clock time
        ("The ferry left at 7:45 p.m.", "The ferry left at 7:45 a.m."),
    ],
)
def test_alignment_key_keeps_what_differs(a, b):
    assert alignment_key(a, ALIASES) != alignment_key(b, ALIASES)
