"""Invariants, checked on generated input (hypothesis)."""

import string

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import align_claims, compare_claims, split_claims
from factcheck.claims import split_sentences
from factcheck.details import extract_details

WORDS = st.sampled_from(
    (
        "the council approved budget on Tuesday U.S. Feb. 4 Gen. Smith said three 52.3% $2.5 million not "
        "never harbour harbor Burma Myanmar demacracy democracy “quoted” 'single' … -- (UPI) 2019 Jan. 20 "
        "a.m."
    ).split()
)
SENTENCE = st.builds(
    lambda ws, end: " ".join(ws) + end, st.lists(WORDS, min_size=1, max_size=14), st.sampled_from([".", "!", "?", ""])
)
TEXT = st.lists(st.lists(WORDS, min_size=1, max_size=30).map(" ".join), min_size=1, max_size=4).map(
    lambda ps: "\n\n".join(p + "." for p in ps)
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_sentence_spans_are_ordered_disjoint_and_inside_the_text(text):
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last = end
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())  # every word lands in a sentence


@FAST
@given(st.lists(TEXT, min_size=1, max_size=3))
def test_claim_ids_are_stable_and_spans_match(texts):
    articles = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "source": [f"S{i}" for i in range(len(texts))],
            "text": texts,
        }
    )
    first = split_claims(articles)
    again = split_claims(articles.copy())
    assert first["claim_id"].tolist() == again["claim_id"].tolist()
    assert first["claim_id"].is_unique
    body = dict(zip(articles["article_id"], articles["text"]))
    for row in first.itertuples():
        assert body[row.article_id][row.start : row.end] == row.text


@FAST
@given(st.text(alphabet=string.printable + "“”‘’–—…éü€£½¼¾\u2009\u00a0\ufffd", max_size=200))
def test_detail_spans_lie_in_the_text(text):
    for detail in extract_details(text).items:
        assert 0 <= detail.start <= detail.end <= len(text)


# Figures as news text writes them, garbled ones included: fractions, scores, ranges, lost characters.
_FIGURE_PIECES = ["1", "3", "4", "13", "41", "/", "2", "4", "-", "\u2013", " ", "$", "MM", "m", "\u00bd", "\ufffd"]
_FIGURE_PIECES += [
    "and a half",
    "four",
    "months",
    "percent",
    "of",
    ",",
    ".",
    "(",
    ")",
    "Lions",
    "won",
    "\u2009",
    "\u00a0",
]
FIGURE_TEXT = st.lists(st.sampled_from(_FIGURE_PIECES), max_size=30).map("".join)


# A whole number, maybe spaced or hyphenated from a fraction-like "a/b", then a word: "4 1/2 months", "41/2
# months", "2-1/2 years", "3 3/2 miles".
FRACTION_TEXT = st.builds(
    "{}{}{}/{} {}".format,
    st.integers(0, 99),
    st.sampled_from(["", " ", "-", "\u2009", "\u00a0"]),
    st.integers(0, 9),
    st.integers(0, 9),
    st.sampled_from(["months", "miles", "people", "percent", "and", "-year"]),
)


@given(st.one_of(FIGURE_TEXT, FRACTION_TEXT))
@settings(max_examples=400, deadline=None)
def test_any_figure_text_is_read_without_error(text):
    details = extract_details(text)
    assert all(0 <= d.start < d.end <= len(text) for d in details.items if d.kind in ("number", "label"))


@FAST
@given(st.lists(SENTENCE, min_size=2, max_size=12), st.integers(2, 4))
def test_scores_in_range_and_never_within_one_outlet(sentences, outlets):
    claims = pd.DataFrame(
        {
            "claim_id": [f"c{i:03d}" for i in range(len(sentences))],
            "source": [f"S{i % outlets}" for i in range(len(sentences))],
            "text": sentences,
        }
    )
    matches = align_claims(claims)
    assert matches["score"].between(0, 100).all()
    assert matches["overlap"].between(0, 1.0001).all()
    assert (matches["source"] != matches["other_source"]).all()
    assert (matches["claim_id"] < matches["other_id"]).all()


@FAST
@given(SENTENCE, SENTENCE)
def test_comparison_is_symmetric(a, b):
    forward = sorted(d.reason for d in compare_claims(a, b).flipped().differences)
    backward = sorted(d.reason for d in compare_claims(b, a).differences)
    assert forward == backward
