import pytest

from factcheck._capitals import headline_cased, headline_tokens, known_names
from factcheck._tokens import tokenize
from factcheck.vocab import load_aliases


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Mayor Opens New Bridge Over the River.", True),
        ("FERRY STRIKES PIER IN HARBOUR, POLICE SAY.", True),
        # A contraction's tail is no lower-case word of the sentence.
        ("Man Who Didn't Spend A Penny Gives 500 To Charity.", True),
        ("There's A New Mayor In Town, Council Says.", True),
        # A sentence's own lower case: a verb, a noun.
        ("Mayor Anna Varga opened the bridge in Leeds.", False),
        ("President Tom Hale met Chancellor Eva Berg in Oslo.", False),
        ("Jan Kowalski won.", False),  # too few words to tell
        ("Rain fell on Monday.", False),
    ],
)
def test_headline_cased(text, headline):
    assert headline_cased(text.split()) is headline
    # The same from the claim's tokens, where "Didn't" is "Did" + "n't" and figures are no words.
    assert headline_tokens(tokenize(text, load_aliases())) is headline


def test_known_names_skip_a_headlines_capitals():
    texts = ["Robot Guards Patrol the Harbour.", "The harbour hired robot guards."]
    assert known_names(texts) == frozenset()
    # Mid-sentence in an ordinary sentence, a capital still proves a name.
    assert known_names([*texts, "They met Kowalski at the harbour."]) == {"kowalski"}
