import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from factcheck import SchemaError, align_claims, matches
from factcheck._quotes import quote_pairs
from factcheck.matches import blocked_pairs, brute_force_pairs

FACTS = [
    "The city council approved a budget of $2.5 million for the harbor on Tuesday.",
    "Members said the old pier would close for repairs in June next year.",
    "The mayor said the ferry service would move to the north quay during the works.",
    "A storm damaged the lighthouse roof last winter, and it has not been repaired.",
]
REWORDED = [
    "On Tuesday the city council approved a $2.5 million harbor budget.",
    "The old pier will close for repairs in June next year, members said.",
    "During the works the ferry service will move to the north quay, the mayor said.",
    "Fishermen asked the council for a new slipway at the southern beach.",
]


def _claims(*articles: list[str]) -> pd.DataFrame:
    rows = []
    for a, texts in enumerate(articles):
        for p, text in enumerate(texts, 1):
            rows.append({"claim_id": f"art{a}:{p:03d}", "source": f"Outlet {a}", "text": text})
    return pd.DataFrame(rows)


def test_pairs_the_same_facts():
    matches = align_claims(_claims(FACTS, REWORDED))
    assert matches[["claim_id", "other_id"]].values.tolist() == [
        ["art0:001", "art1:001"],
        ["art0:002", "art1:002"],
        ["art0:003", "art1:003"],
    ]
    assert matches["score"].between(0, 100).all() and matches["overlap"].between(0, 1).all()
    assert (matches["cluster_id"] == "c-" + matches["claim_id"]).all()


def test_pairs_a_fact_told_in_other_tenses_and_clock_formats():
    # Shared specific content: a clock time written two ways and the same verbs in other forms.
    one = [*FACTS, "Police arested him in Dover at 4.15am and booked him before releasing him."]
    other = [
        *REWORDED,
        "Police apprehended Morley at about 4:15 a.m. and booked him for the offence before his release, "
        "a long night before Friday's inquiry at Portsmouth into the sinking.",
    ]
    matches = align_claims(_claims(one, other))
    assert ["art0:005", "art1:005"] in matches[["claim_id", "other_id"]].values.tolist()


def test_pairs_claims_quoting_the_same_statement():
    # Attributed in other words, the quotes alone share the fact: and they differ at the opening.
    one = [
        *FACTS,
        "\u201cThis morning I was stopped by a constable on the quay,\u201d Hale said in a statement his lawyer released to reporters on Friday evening.",
    ]
    other = [*REWORDED, "\u201cYesterday I was stopped by a constable on the quay.\u201d"]
    pairs = align_claims(_claims(one, other))[["claim_id", "other_id"]].values.tolist()
    assert ["art0:005", "art1:005"] in pairs


@pytest.mark.parametrize(
    ("mine", "theirs", "paired"),
    [
        # One outlet quotes a line of what the other quotes in full: the sentences share little else.
        (
            "\u201cOpen the gates of the harbour,\u201d Mr. Hale said.",
            '"Open the gates of the harbour. The town has waited long enough," a fisherman shouted at the council.',
            True,
        ),
        (
            "He said the harbour's lines of communication \u201cremain open for now.\u201d",
            '"There will be no further readout of the meeting, but the lines of communication remain open for now,"'
            " a spokesman for the council told reporters.",
            True,
        ),
        # Two quotes that share a common opening are two statements.
        (
            '"I don\'t know if the ferry will run," Hale said.',
            '"I don\'t know if anyone on this council has read the report," a member said at the meeting.',
            False,
        ),
    ],
)
def test_pairs_a_quote_with_the_longer_quote_it_is_part_of(mine, theirs, paired):
    pairs = align_claims(_claims([*FACTS, mine], [*REWORDED, theirs]))[["claim_id", "other_id"]].values.tolist()
    assert (["art0:005", "art1:005"] in pairs) is paired


@pytest.mark.parametrize(
    ("mine", "theirs", "paired"),
    [
        # One person given an age in each outlet, in other words: the name, the age and more words are shared.
        (
            "Robert Buckley, 32, an experienced climber from Essex, died on Saturday after a fall from a ridge.",
            "Friends of the climber, 31-year-old Robert Buckley, who had moved from Essex, described a cheerful man.",
            True,
        ),
        # The name and an age alone are not enough: the sentences tell two things about him.
        (
            "Derek Hanson, 23, grew up on a farm outside the town.",
            "The mall reopened on Monday, a week after 25-year-old Derek Hanson opened fire.",
            False,
        ),
    ],
)
def test_pairs_two_outlets_giving_one_person_an_age(monkeypatch, mine, theirs, paired):
    # Strict lexical and content thresholds, so that only the shared name and age can pair the two.
    monkeypatch.setattr(matches, "CONTENT_COSINE", 1.0)
    claims = _claims([*FACTS, mine], [*REWORDED, theirs])
    pairs = align_claims(claims, min_score=90, sure_score=95)[["claim_id", "other_id"]].values.tolist()
    assert (["art0:005", "art1:005"] in pairs) is paired


@pytest.mark.parametrize(
    ("specific_shared", "quotes", "paired"),
    [
        (2, ("", ""), True),
        (1, ("", ""), False),
        (0, ("", ""), False),
        (2, ("", "we will not give up the fight"), True),
        # Each quotes someone, in other words: two statements of one speaker, whose name is what they share.
        (2, ("the people have been called to make sacrifices", "these people are losing their rights"), False),
    ],
)
def test_a_pair_sharing_specific_words_tells_one_fact_at_any_overlap(specific_shared, quotes, paired):
    # Two claims scoring 58 whose TF-IDF rows share three of their ten words (cosine 0.3): neither the lexical
    # rule nor the content rule takes them. Two of the three words specific (names, numbers) say one fact:
    # "26 Somali pirates ... Gulf of Aden" in two outlets' otherwise different sentences.
    a, b = np.zeros(20), np.zeros(20)
    a[:10], b[7:17] = 1, 1
    x = sparse.csr_matrix(np.vstack([a, b]) / np.sqrt(10))
    keep = np.zeros(20)
    keep[7 : 7 + specific_shared] = 1
    specific = sparse.csr_matrix(x.toarray() * keep)
    cands = matches.Candidates(np.array([0]), np.array([1]), np.array([58], np.uint8))
    quoted = np.asarray(quotes, dtype=object)
    accepted = matches._accept(cands, x, np.array([0, 1]), np.array([0, 1]), 55, 70, specific, quoted)
    assert (len(accepted) == 1) is paired


def test_quote_pairs_meet_each_wording_once_per_claim_and_outlet():
    # Wire copy: six outlets carry the short line, two the full quote; no pair within one outlet.
    short, full = "open the gates of the harbour", "open the gates of the harbour the town has waited long enough"
    quotes = np.asarray([short] * 6 + [full, full, "", "the ferry will not run this week"], dtype=object)
    src = np.asarray([0, 1, 2, 3, 4, 5, 0, 6, 7, 8])
    i, j = quote_pairs(quotes, src, np.arange(len(quotes)), per_claim=1)
    pairs = set(zip(i.tolist(), j.tolist()))
    assert (0, 6) not in pairs and all(src[a] != src[b] for a, b in pairs)
    assert {b for a, b in pairs if a == 1} == {6}  # its first claim of the full wording, by rank
    assert {a for a, b in pairs if b == 7} == {0}  # and the full wording's: one claim of the short one
    assert all(quotes[a] and quotes[b] for a, b in pairs)


@pytest.mark.parametrize(
    ("word", "form"),
    [("released", "releas"), ("releasing", "releas"), ("stopped", "stop"), ("policies", "policy"), ("news", "news")],
)
def test_stem_folds_inflections(word, form):
    from factcheck._blocking import stem

    assert stem(word) == form


def test_never_pairs_within_one_outlet():
    claims = _claims(FACTS + REWORDED)
    assert align_claims(claims).empty


def test_a_cluster_holds_one_claim_per_outlet():
    claims = _claims(FACTS, REWORDED, [FACTS[0], FACTS[0].replace("Tuesday", "Tuesday evening")])
    matches = align_claims(claims)
    members = pd.concat(
        [
            matches[["cluster_id", "claim_id"]],
            matches[["cluster_id", "other_id"]].rename(columns={"other_id": "claim_id"}),
        ]
    ).drop_duplicates()
    outlet = members["claim_id"].str.split(":").str[0]
    assert not outlet.groupby(members["cluster_id"]).apply(lambda s: s.duplicated().any()).any()
    assert set(members.loc[members["cluster_id"] == "c-art0:001", "claim_id"]) == {"art0:001", "art1:001", "art2:001"}


TWO_LINES = ["I am not going to say that I am not going to win it.", "I am not saying that I am going to win it."]


@pytest.mark.parametrize(
    ("lines", "links"),
    [
        # Both outlets print both lines of one remark: each line is linked to its own copy only.
        (TWO_LINES, {("art0:001", "art1:001"), ("art0:002", "art1:002")}),
        # One outlet prints only the first line: the other's near line still supports it.
        (TWO_LINES[:1], {("art0:001", "art1:001"), ("art0:001", "art1:002")}),
        # Both print both, one in other words: the looser link stays (that outlet may differ).
        (
            [TWO_LINES[0], "I am not saying I will win it, he added."],
            {("art0:001", "art1:001"), ("art0:001", "art1:002"), ("art0:002", "art1:002")},
        ),
    ],
)
def test_two_lines_both_outlets_print_are_not_cross_linked(lines, links):
    matches = align_claims(_claims(lines, TWO_LINES))
    assert set(zip(matches["claim_id"], matches["other_id"])) == links


def test_deterministic_and_input_untouched():
    claims = _claims(FACTS, REWORDED, FACTS[::-1])
    before = claims.copy()
    pd.testing.assert_frame_equal(align_claims(claims), align_claims(claims.sample(frac=1, random_state=1)))
    pd.testing.assert_frame_equal(claims, before)


def test_blocking_finds_what_brute_force_finds():
    rng = np.random.default_rng(7)
    letters = list("abcdefghijklmnopqrstuvwxyz")
    words = ["".join(rng.choice(letters, size=rng.integers(3, 10))) for _ in range(3000)]
    facts = [" ".join(rng.choice(words, size=12)) for _ in range(300)]
    texts, src = [], []
    for outlet in range(3):
        for fact in facts:
            tokens = fact.split()
            tokens[rng.integers(len(tokens))] = str(rng.choice(words))
            texts.append(" ".join(tokens))
            src.append(outlet)
    texts += ["short one", "short two", "short one"]
    src += [0, 1, 2]
    src_arr = np.array(src, dtype=np.int32)
    brute = brute_force_pairs(texts, src_arr, 55)
    blocked = blocked_pairs(texts, src_arr, 55)
    # Blocking also keeps TF-IDF neighbours scoring below 55 (facts told in other words); compare the rest.
    found = {(i, j) for i, j, s in zip(blocked.i.tolist(), blocked.j.tolist(), blocked.score.tolist()) if s >= 55}
    wanted = set(zip(brute.i.tolist(), brute.j.tolist()))
    assert len(wanted) >= 900
    assert len(found & wanted) / len(wanted) >= 0.995
    assert found <= wanted


def test_forced_blocking_gives_the_same_matches_on_a_clear_case():
    claims = _claims(FACTS, REWORDED)
    pd.testing.assert_frame_equal(align_claims(claims, blocking=True), align_claims(claims, blocking=False))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"min_score": 80, "sure_score": 70}, "min_score <= sure_score"), ({"min_score": -1}, "0 <= min_score")],
)
def test_bad_thresholds(kwargs, message):
    with pytest.raises(ValueError, match=message):
        align_claims(_claims(FACTS, REWORDED), **kwargs)


def test_duplicate_ids():
    claims = _claims(FACTS, REWORDED)
    with pytest.raises(ValueError, match="claim ids are not unique"):
        align_claims(pd.concat([claims, claims]))


def test_missing_columns():
    with pytest.raises(SchemaError, match=r"missing column\(s\) 'source'"):
        align_claims(pd.DataFrame({"claim_id": ["a"], "text": ["t"]}))


def test_parallel_blocking_and_keys_match_serial(monkeypatch):
    from factcheck import _blocking

    claims = _claims(FACTS, REWORDED, [f.replace("the", "a") for f in FACTS], REWORDED[::-1])
    serial = align_claims(claims, blocking=True)
    monkeypatch.setattr(_blocking, "PARALLEL_CLAIMS", 1)  # blocking and keys both go parallel
    monkeypatch.setattr(_blocking, "PARALLEL_KEYS", 1)
    pd.testing.assert_frame_equal(align_claims(claims, blocking=True), serial)


def test_parallel_map_keeps_batch_order():
    from factcheck._parallel import map_batches, split

    batches = split(10, 3)
    assert [list(b) for b in batches] == [[0, 1, 2], [3, 4, 5, 6], [7, 8, 9]]
    assert (
        map_batches(_sum_plus, batches, 100) == map_batches(_sum_plus, batches, 100, parallel=False) == [103, 118, 124]
    )


def _sum_plus(batch, offset):
    return sum(batch) + offset


def _count_plus(batch, offset):
    return len(batch) + offset


def test_parallel_tasks_of_two_kinds_keep_their_order():
    from factcheck._parallel import map_tasks, split

    tasks = [(_count_plus, range(7)), *((_sum_plus, b) for b in split(10, 3))]
    assert map_tasks(tasks, 100) == map_tasks(tasks, 100, parallel=False) == [107, 103, 118, 124]


def test_pair_overlap_of_repeated_wordings_is_each_pairs_own():
    """Wire copy repeats wordings: multiplying each distinct pair of rows once gives every pair's figures."""
    from factcheck._blocking import first_of_each, pair_overlap, tfidf_matrix

    keys = ["moon biden call alliance", "moon biden call alliance", "biden moon talk alliance korea", "korea alliance"]
    keys += keys[:2]
    x = tfidf_matrix(keys, np.array([0, 1, 2, 3, 4, 5]), cap=10)
    i, j = np.array([0, 1, 0, 2, 3, 4, 5]), np.array([2, 2, 1, 3, 0, 2, 3])
    same_row = first_of_each(keys)
    assert same_row.tolist() == [0, 0, 2, 3, 0, 0]
    cosine, shared = pair_overlap(x, i, j)
    cosine_once, shared_once = pair_overlap(x, i, j, same_row=same_row)
    np.testing.assert_array_equal(shared_once, shared)
    np.testing.assert_allclose(cosine_once, cosine)
    assert shared.tolist()[:3] == [3, 3, 4] and cosine[2] == pytest.approx(1.0)
