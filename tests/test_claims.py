import pandas as pd
import pytest
from conftest import SEEDS

from factcheck import SchemaError, load_articles, split_claims
from factcheck.claims import claim_hash, split_sentences
from factcheck.schema import CLAIM_COLUMNS


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He met U.S. officials. They agreed.", ["He met U.S. officials.", "They agreed."]),
        (
            "U.S. Secretary of State Antony Blinken spoke. He left.",
            ["U.S. Secretary of State Antony Blinken spoke.", "He left."],
        ),
        ("He arrived in the U.S. He then left for Canada.", ["He arrived in the U.S.", "He then left for Canada."]),
        (
            "The meeting is on Feb. 4 in Seoul. It lasts two hours.",
            ["The meeting is on Feb. 4 in Seoul.", "It lasts two hours."],
        ),
        (
            "Gen. Mark Milley spoke at 10 a.m. Tuesday. Mr. Smith did not.",
            ["Gen. Mark Milley spoke at 10 a.m. Tuesday.", "Mr. Smith did not."],
        ),
        (
            "Lt. Col. John Smith met Gov. Tom Wolf. They talked.",
            ["Lt. Col. John Smith met Gov. Tom Wolf.", "They talked."],
        ),
        (
            "The vote was on Jan. 20, 2021. Sen. Joe Manchin voted no.",
            ["The vote was on Jan. 20, 2021.", "Sen. Joe Manchin voted no."],
        ),
        (
            '"We are ready. We will act," she said. Then she left.',
            ['"We are ready. We will act," she said.', "Then she left."],
        ),
        (
            "“We owe people the truth. We will find it,” Vidal said.",
            ["“We owe people the truth. We will find it,” Vidal said."],
        ),
        ("He paused… Then he continued.", ["He paused…", "Then he continued."]),
        (
            "First paragraph ends here.\n\nSecond paragraph starts here.",
            ["First paragraph ends here.", "Second paragraph starts here."],
        ),
    ],
)
def test_split_sentences(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def _articles(*texts: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "source": [f"S{i}" for i in range(len(texts))],
            "text": list(texts),
        }
    )


def test_claim_table():
    claims = split_claims(_articles("The council met on Tuesday in Portville. It passed the budget of $2.5 million."))
    assert list(claims.columns) == list(CLAIM_COLUMNS)
    assert claims["claim_id"].tolist() == [
        f"a0:{claim_hash('The council met on Tuesday in Portville.')}",
        f"a0:{claim_hash('It passed the budget of $2.5 million.')}",
    ]
    assert claims["position"].tolist() == [1, 2]


def test_ids_follow_the_sentence_not_its_place():
    first = split_claims(
        _articles("The council met on Tuesday. It passed the budget of $2.5 million. Turnout was low.")
    )
    edited = split_claims(
        _articles(
            "A storm hit the coast overnight. It passed the budget of $2.5 million. The council met on Tuesday. "
            "Turnout was very low."
        )
    )
    ids = dict(zip(first["text"], first["claim_id"]))
    again = dict(zip(edited["text"], edited["claim_id"]))
    # Inserted, reordered: every unchanged sentence keeps its id; the edited one gets a new id.
    assert ids["The council met on Tuesday."] == again["The council met on Tuesday."]
    assert ids["It passed the budget of $2.5 million."] == again["It passed the budget of $2.5 million."]
    assert again["Turnout was very low."] not in ids.values()
    assert again["A storm hit the coast overnight."] not in ids.values()


def test_ids_stay_unique_within_an_article():
    claims = split_claims(_articles("The vote passed on Monday. “The vote passed on Monday.” The budget was cut."))
    assert claims["claim_id"].is_unique


def test_short_fragments_and_repeats_are_not_claims():
    text = "Yes. The council met on Tuesday in Portville.\n\nThe council met on Tuesday in Portville.\n\nIt passed the budget."
    assert split_claims(_articles(text))["text"].tolist() == [
        "The council met on Tuesday in Portville.",
        "It passed the budget.",
    ]


def test_ids_are_stable_and_input_untouched():
    arts = load_articles(SEEDS)
    before = arts.copy()
    first, second = split_claims(arts), split_claims(arts)
    pd.testing.assert_frame_equal(first, second)
    pd.testing.assert_frame_equal(arts, before)
    one = split_claims(arts.iloc[[1]])
    assert one["claim_id"].tolist() == first.loc[first["article_id"] == arts.loc[1, "article_id"], "claim_id"].tolist()


def test_spans_locate_the_claims():
    arts = load_articles(SEEDS)
    text = dict(zip(arts["article_id"], arts["text"]))
    for row in split_claims(arts).itertuples():
        assert text[row.article_id][row.start : row.end] == row.text


def test_missing_columns():
    with pytest.raises(SchemaError, match=r"the articles table is missing column\(s\) 'text'.*factcheck.load_articles"):
        split_claims(pd.DataFrame({"article_id": ["a"], "source": ["s"]}))
    with pytest.raises(SchemaError, match="expected the articles table as a pandas DataFrame, got list"):
        split_claims([{"article_id": "a"}])


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # party-state tags and titles never end a sentence
        (
            "The bill was backed by Sen. Ann Roe (R-Texas), who spoke first. It passed.",
            ["The bill was backed by Sen. Ann Roe (R-Texas), who spoke first.", "It passed."],
        ),
        (
            "Rep. Tom Lee (D-Ill.), the sponsor, was absent. Rep. Dana Cole (R-W.Va.) voted no.",
            ["Rep. Tom Lee (D-Ill.), the sponsor, was absent.", "Rep. Dana Cole (R-W.Va.) voted no."],
        ),
        (
            "Back then, then-Rep. Ann Roe voted against the plan.",
            ["Back then, then-Rep. Ann Roe voted against the plan."],
        ),
        ("Sens. Ann Roe and Tom Lee objected to the plan.", ["Sens. Ann Roe and Tom Lee objected to the plan."]),
        (
            "The fire was out by noon, said Harbor police Lt. Dana Cole.",
            ["The fire was out by noon, said Harbor police Lt. Dana Cole."],
        ),
        (
            "The notes were used by U.N. Ambassador Ann Roe on Sunday.",
            ["The notes were used by U.N. Ambassador Ann Roe on Sunday."],
        ),
        ("He sits closer to the Ross/P.J. Varnado camp now.", ["He sits closer to the Ross/P.J. Varnado camp now."]),
        (
            "A spokesman for the R.N.C. did not respond to calls.",
            ["A spokesman for the R.N.C. did not respond to calls."],
        ),
        (
            "It was a post-Sept. 11 law that widened the program.",
            ["It was a post-Sept. 11 law that widened the program."],
        ),
        # a cut inside a word or before a closing bracket
        (
            "The site is at www. harbor. example. org and it is new.",
            ["The site is at www. harbor. example. org and it is new."],
        ),
        # a fragment that carries a fact joins its neighbour instead of being dropped
        ("The strong 7. 2-magnitude quake shook the coast.", ["The strong 7. 2-magnitude quake shook the coast."]),
        (
            '"Is that the rule?" Justice Roe asked. The lawyer agreed at once.',
            ['"Is that the rule?" Justice Roe asked.', "The lawyer agreed at once."],
        ),
        ("“Where did the money go?” Kane asked.", ["“Where did the money go?” Kane asked."]),
        (
            "And the new head of the agency is … Dana Cole. She starts in May.",
            ["And the new head of the agency is … Dana Cole.", "She starts in May."],
        ),
        # real sentence ends stay
        (
            'The plan came from Rep. Ann Roe, D-N.Y. "We will win," she said.',
            ["The plan came from Rep. Ann Roe, D-N.Y.", '"We will win," she said.'],
        ),
        ("She lives on Elm St. The house is old.", ["She lives on Elm St.", "The house is old."]),
        ("It ended in 1998. Nobody came back.", ["It ended in 1998.", "Nobody came back."]),
        ("He paused. Then he continued.", ["He paused.", "Then he continued."]),
        (
            "The U.S.-Mexico talks, led by A.J. Varga, put him at No. 2 in St. Louis. They ended.",
            ["The U.S.-Mexico talks, led by A.J. Varga, put him at No. 2 in St. Louis.", "They ended."],
        ),
    ],
)
def test_news_style_cuts_are_repaired(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_short_sentences_without_a_fact_are_still_not_claims():
    text = "It's wrong. The council met on Tuesday in Portville. Probably not."
    assert split_claims(_articles(text))["text"].tolist() == ["The council met on Tuesday in Portville."]


def test_a_fragment_keeps_its_fact_in_a_claim():
    text = '"Will the council act before the vote?" Varga asked. The vote is on Friday in Portville.'
    assert split_claims(_articles(text))["text"].tolist() == [
        '"Will the council act before the vote?" Varga asked.',
        "The vote is on Friday in Portville.",
    ]


def test_process_pool_gives_the_same_claims(monkeypatch):
    from conftest import EVENT_DIRS

    from factcheck import _parallel
    from factcheck import claims as stage

    articles = load_articles(EVENT_DIRS)
    serial = split_claims(articles)
    used = []
    real = _parallel.map_batches
    monkeypatch.setattr(_parallel, "map_batches", lambda *a, **k: used.append((len(a[1]), k)) or real(*a, **k))
    monkeypatch.setattr(stage, "PARALLEL_ARTICLES", 1)
    pd.testing.assert_frame_equal(split_claims(articles), serial)
    assert used[0][0] > 1 and used[0][1]["parallel"] is (_parallel.workers() > 1)
