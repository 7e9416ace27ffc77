import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import _memo
from factcheck._capitals import capital_words, headline_cased, headline_tokens
from factcheck._memo import per_tokens
from factcheck._negation import negations
from factcheck._tokens import tokenize
from factcheck.compare import compare_claims, compare_prepared, prepare
from factcheck.vocab import load_aliases


def _counting():
    calls: list[object] = []

    @per_tokens
    def size(tokens):
        calls.append(tokens)
        return len(tokens)

    return size, calls


def test_a_tuple_is_worked_out_once():
    size, calls = _counting()
    t = ("a", "b")
    assert [size(t), size(t), size(t)] == [2, 2, 2]
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("first", "second", "works"),
    [
        (["a", "b"], ["a", "b"], 2),  # a list may change between calls: never remembered
        (("a", "b"), tuple(["a", "b"]), 2),  # an equal tuple is another object: worked out again, never mixed up
        (("a",), ("a", "b"), 2),
    ],
)
def test_only_the_same_tuple_is_remembered(first, second, works):
    size, calls = _counting()
    assert (size(first), size(second)) == (len(first), len(second))
    assert len(calls) == works


def test_a_full_memory_forgets_and_stays_right(monkeypatch):
    monkeypatch.setattr(_memo, "MOST", 3)
    size, calls = _counting()
    kept = [tuple(range(n)) for n in range(10)]  # kept alive: ids stay distinct
    assert [size(t) for t in kept] == list(range(10))
    assert [size(t) for t in kept] == list(range(10))
    assert len(calls) > 10  # some worked out again after the memory was cleared


_WORDS = st.sampled_from(
    "The Mayor OPENS new Bridge NATO U.S. said on Monday did not refuse to pay 12 people Kowalski".split()
)


@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_remembered_per_side_work_equals_working_it_out(words):
    text = " ".join(words) + "."
    tokens = tokenize(text, load_aliases())
    for _ in range(2):  # the second call answers from memory
        assert headline_tokens(tokens) is headline_cased([t.surface for t in tokens if t.kind == "word"])
        caps, starts = capital_words(tokens)
        assert caps == [t for t in tokens if t.kind == "word" and t.surface.isupper()]
        assert sorted(i for found in starts.values() for i in found) == [
            i for i, t in enumerate(tokens) if t.kind == "word" and t.surface[:1].isupper()
        ]
    p = prepare(text, load_aliases())
    assert p.negations is p.negations  # worked out once per wording
    assert p.negations == negations(p.text, p.details, p.tokens)


@pytest.mark.parametrize(
    "texts",
    [
        [
            "The council did not approve the bridge on Monday, Mayor Jan Kowalski said.",
            "The council approved the bridge on Tuesday, Mayor Jan Kowalsky said.",
            "The NATO council approved the bridge on Monday, Mayor Jan Kowalski said.",
            "The North Atlantic Treaty Organization council refused to approve the bridge, Kowalski said.",
        ],
    ],
)
def test_one_wording_met_many_times_compares_as_if_fresh(texts):
    table = load_aliases()
    prepared = [prepare(t, table) for t in texts]
    for a in range(len(texts)):
        for b in range(len(texts)):
            if a != b:
                assert compare_prepared(prepared[a], prepared[b]) == compare_claims(texts[a], texts[b])
