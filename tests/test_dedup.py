"""Work done once per distinct wording (wire copy repeats paragraphs and sentences across outlets)
gives exactly what doing it for every copy gives."""

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import split_claims
from factcheck._clean import _CAPTION_RE, _CAPTION_WORDS, clean_text, is_caption
from factcheck._text import fold
from factcheck.claims import _paragraph_spans, claim_hash, split_sentences

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = st.sampled_from(
    (
        "The council approved the budget on Tuesday.",
        "Sen. Ann Roe (D-Ill.), who spoke first, said no.",
        '"We are ready. We will act," she said.',
        "The strong 7.",
        "2-magnitude quake hit U.S. towns.",
        "Photo by Jane Roe",
        "(AP Photo/John Doe)",
        "Getty Images",
        "Reuters/Staff",
        "SHUTTERSTOCK",
        "ſhutterstock",
        "EPA-EFE photo:",
        "FILE PHOTO: a man",
        "picture: the pier",
        "| License Photo",
        "Image:",
        "It happened.",
        "yes",
        "\u201cQuoted\u201d words.",
    )
)
LINES = st.lists(PIECES, min_size=1, max_size=5).map(" ".join)


@FAST
@given(LINES)
def test_caption_shortcut_agrees_with_the_pattern(line):
    assert is_caption(line) == bool(_CAPTION_RE.search(fold(line).strip()))


def test_every_caption_alternative_needs_a_caption_word():
    for line in ("FILE PHOTO: x", "Photograph: x", "photo by x", "a | license photo", "(Getty Images x)"):
        assert is_caption(line)
        assert any(w in line.lower() for w in _CAPTION_WORDS)


@FAST
@given(st.lists(st.lists(PIECES, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=5))
def test_a_text_splits_as_its_paragraphs_split_alone(paragraphs):
    text = "\n".join(paragraphs + paragraphs[:2])  # repeated paragraphs hit the cache
    spans = split_sentences(text)
    _paragraph_spans.cache_clear()
    assert split_sentences(text) == spans
    offset, expected = 0, []
    for para in text.split("\n"):
        expected += [(offset + s, offset + e) for s, e in _paragraph_spans.__wrapped__(para)]
        offset += len(para) + 1
    assert spans == expected


def test_split_claims_ids_are_the_hash_of_each_wording():
    text = "The council approved the budget on Tuesday. The mayor said it was a good day for the city."
    articles = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "source": ["A", "B", "C"], "text": [text, text + "\n\n" + text, "Too short."]}
    )
    claims = split_claims(articles)
    assert claims["article_id"].tolist() == ["a", "a", "b", "b"]  # b's repeat and c's fragment are no claims
    for row in claims.itertuples():
        assert row.claim_id == f"{row.article_id}:{claim_hash(row.text)}"


def test_clean_text_is_the_same_for_a_repeated_line():
    raw = "Big news\n\nSEOUL (UPI) -- The talks ended on Monday.\n\nAdvertisement\n\nThe talks ended on Monday."
    first = clean_text(raw)
    assert clean_text(raw) == first
    assert first.body == "The talks ended on Monday.\n\nThe talks ended on Monday."


KEYS = st.lists(st.sampled_from(["a b c", "a b d", "b c e f", "x", "c d a", "e f g h"]), min_size=1, max_size=30)


@FAST
@given(KEYS, st.data())
def test_pair_scores_are_rapidfuzz_ratios(keys, data):
    from rapidfuzz import fuzz

    from factcheck.matches import _pair_scores

    n = len(keys)
    lo = np.array(data.draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=40)), np.int64)
    hi = np.array(data.draw(st.lists(st.integers(0, n - 1), min_size=len(lo), max_size=len(lo))), np.int64)
    expected = [round(fuzz.ratio(keys[a], keys[b])) for a, b in zip(lo.tolist(), hi.tolist())]
    assert _pair_scores(keys, lo, hi).tolist() == expected


@FAST
@given(KEYS)
def test_tfidf_columns_follow_each_words_first_appearance(keys):
    from factcheck._blocking import stem, tfidf_matrix

    vocabulary: list[str] = []
    x = tfidf_matrix(keys, np.arange(len(keys)) % 3, vocabulary=vocabulary)
    stems = list(dict.fromkeys(stem(w) for key in keys for w in key.split()))
    assert [stem(w) for w in vocabulary] == stems
    for k, key in enumerate(keys):  # a claim's columns are its own words' stems
        row = x[k]
        assert {stems[c] for c in row.indices} <= {stem(w) for w in key.split()}
        twin = keys.index(key)
        assert (x[twin] != row).nnz == 0


@FAST
@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.sampled_from("abcdef"), st.integers(55, 100)), max_size=25))
def test_counterparts_best_score_first_then_by_id(rows):
    from factcheck.verdicts import _counterparts

    pairs = {(min(a, b), max(a, b)): s for a, b, s in rows if a != b}
    matches = pd.DataFrame(
        {"claim_id": [a for a, _ in pairs], "other_id": [b for _, b in pairs], "score": list(pairs.values())}
    )
    expected: dict[str, list[tuple[str, int]]] = {}
    for (a, b), s in pairs.items():
        expected.setdefault(a, []).append((b, s))
        expected.setdefault(b, []).append((a, s))
    found = _counterparts(matches)
    assert set(found) == set(expected)
    for claim, mine in expected.items():
        mine.sort(key=lambda p: (-p[1], p[0]))
        assert found[claim] == ([o for o, _ in mine], mine[0][1])


def test_alignment_keys_are_built_once_per_wording_and_match():
    from factcheck._blocking import alignment_keys as _keys
    from factcheck._tokens import alignment_key
    from factcheck.vocab import load_aliases

    texts = ["Burma's three harbours.", "The centre of Burma said three.", "Burma's three harbours."] * 3
    table = load_aliases()
    assert _keys(texts, table, False) == [alignment_key(t, table) for t in texts]


def test_alignment_keys_on_all_cores_match_the_serial_ones(monkeypatch):
    from factcheck import _blocking, _parallel
    from factcheck._tokens import alignment_key
    from factcheck.vocab import load_aliases

    texts = [f"Burma's {n} harbours reopened on day {n}." for n in range(40)] * 2
    table = load_aliases()
    monkeypatch.setattr(_blocking, "PARALLEL_KEYS", 10)
    monkeypatch.setattr(_parallel, "workers", lambda: 2)
    assert _blocking.alignment_keys(texts, table, False) == [alignment_key(t, table) for t in texts]
