import pytest

from factcheck._quotes import quoted_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"Yesterday I was stopped by an officer," he said.', "yesterday i was stopped by an officer"),
        ("He said it was \u201cvery bad\u201d for the harbor.", ""),  # too few words to tell a statement
        ("No quotation here at all, none whatsoever.", ""),
    ],
)
def test_quoted_words(text, words):
    assert quoted_words(text) == words
