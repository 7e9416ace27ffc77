import pandas as pd
import pytest

from factcheck import SchemaError, align_claims, suggest_verdicts
from factcheck.schema import VERDICT_COLUMNS


def _claims(rows):
    return pd.DataFrame(rows, columns=["claim_id", "source", "text"])


CLAIMS = _claims(
    [
        ("a:001", "Wire A", "The city council approved a budget of $2.5 million for the harbor on Tuesday."),
        ("a:002", "Wire A", "Members said the old pier would close for repairs in June next year."),
        ("a:003", "Wire A", "A storm damaged the lighthouse roof last winter, officials said."),
        ("b:001", "Daily B", "On Tuesday the city council approved a 2.5 million dollar harbour budget."),
        ("b:002", "Daily B", "The old pier will close for repairs in July next year, members said."),
        ("c:001", "Post C", "The city council approved a $2.5 million budget for the harbor on Wednesday."),
    ]
)


@pytest.fixture(scope="module")
def verdicts():
    return suggest_verdicts(CLAIMS, align_claims(CLAIMS)).set_index("claim_id")


def test_columns(verdicts):
    assert [verdicts.index.name, *verdicts.columns] == list(VERDICT_COLUMNS)


def test_verdicts(verdicts):
    assert verdicts["verdict"].to_dict() == {
        "a:001": "conflicting",
        "a:002": "conflicting",
        "a:003": "single-sourced",
        "b:001": "conflicting",
        "b:002": "conflicting",
        "c:001": "conflicting",
    }


def test_reasons_name_words_and_outlets(verdicts):
    assert verdicts.loc["a:001", "reasons"].startswith("weekday: Tuesday (Wire A, Daily B) ≠ Wednesday (Post C)")
    assert "; benign: " in verdicts.loc["a:001", "reasons"]
    assert "spelling variant: harbor = harbour" in verdicts.loc["a:001", "reasons"]
    assert verdicts.loc["c:001", "reasons"].startswith("weekday: Tuesday (Wire A, Daily B) ≠ Wednesday (Post C)")
    assert verdicts.loc["a:002", "reasons"] == "date: June (Wire A) ≠ July (Daily B)"
    assert verdicts.loc["a:003", "reasons"] == "no counterpart in the other 2 outlets"
    assert verdicts.loc["a:002", "conflict_types"] == "date"


def test_counterparts_and_clusters(verdicts):
    assert set(verdicts.loc["a:001", "counterparts"].split(";")) == {"b:001", "c:001"}
    assert verdicts.loc[["a:001", "b:001", "c:001"], "cluster_id"].nunique() == 1
    assert verdicts.loc["a:003", "cluster_id"] == "c-a:003"
    assert verdicts.loc["a:003", "counterparts"] == ""
    assert verdicts.loc["a:003", "score"] == 0


def test_agreed_lists_its_counterparts():
    claims = CLAIMS[CLAIMS["claim_id"].isin(["a:001", "b:001"])]
    v = suggest_verdicts(claims, align_claims(claims)).set_index("claim_id")
    assert v.loc["a:001", "verdict"] == "agreed"
    assert v.loc["a:001", "reasons"].startswith("agrees with Daily B")
    assert "same number: $2.5 million = 2.5 million dollar" in v.loc["a:001", "reasons"]


def test_one_outlet_only():
    claims = CLAIMS[CLAIMS["source"] == "Wire A"]
    v = suggest_verdicts(claims, align_claims(claims))
    assert set(v["verdict"]) == {"single-sourced"}
    assert set(v["reasons"]) == {"only one outlet was loaded"}


def test_bad_tables():
    with pytest.raises(SchemaError, match=r"the matches table is missing column\(s\).*factcheck.align_claims"):
        suggest_verdicts(CLAIMS, pd.DataFrame({"claim_id": []}))
    stray = align_claims(CLAIMS)
    with pytest.raises(ValueError, match="matches name claim ids that are not in the claims table"):
        suggest_verdicts(CLAIMS.iloc[:2], stray)


def test_process_pool_gives_the_same_verdicts(monkeypatch):
    from conftest import EVENT_DIRS

    from factcheck import load_articles, split_claims
    from factcheck import verdicts as stage

    claims = split_claims(load_articles(EVENT_DIRS[1]))
    matches = align_claims(claims)
    serial = suggest_verdicts(claims, matches)
    monkeypatch.setattr(stage, "PARALLEL_PAIRS", 1)
    pd.testing.assert_frame_equal(suggest_verdicts(claims, matches), serial)


def test_every_claim_of_a_fact_words_a_difference_the_same_way(verdicts):
    """Which outlet wrote which value, in one order, whichever claim's row it is (issue 8, case 5)."""
    rows = verdicts.loc[["a:001", "b:001", "c:001"], "reasons"].str.split("; benign").str[0]
    assert set(rows) == {"weekday: Tuesday (Wire A, Daily B) ≠ Wednesday (Post C)"}


def test_agrees_with_names_outlets_without_unexplained_numbers(verdicts):
    claims = CLAIMS[CLAIMS["claim_id"].isin(["a:001", "b:001"])]
    reasons = suggest_verdicts(claims, align_claims(claims)).set_index("claim_id").loc["a:001", "reasons"]
    assert reasons.split("; ")[0] == "agrees with Daily B"


@pytest.mark.parametrize(
    ("texts", "reason"),
    [
        # The typo's side first, whichever claim comes first in the table.
        (
            ("Moon and Biden backed democracy.", "Moon and Biden backed demacracy."),
            "spelling: demacracy (B) ≠ democracy (A)",
        ),
        (
            ("Moon and Biden backed demacracy.", "Moon and Biden backed democracy."),
            "spelling: demacracy (A) ≠ democracy (B)",
        ),
        # Otherwise the side more outlets take.
        (("The vote was 7 to 2.", "The vote was 9 to 2.", "The vote was 9 to 2 again."), "number: 9 (B, C) ≠ 7 (A)"),
    ],
)
def test_reason_sides_name_their_outlets(texts, reason):
    claims = _claims([(f"{chr(97 + k)}:1", chr(65 + k), t) for k, t in enumerate(texts)])
    got = suggest_verdicts(claims, align_claims(claims, min_score=40, sure_score=40))
    assert set(got["reasons"].str.split("; benign").str[0]) == {reason}


def test_many_outlets_are_counted_not_all_named():
    texts = ["The vote was 7 to 2 on Monday."] * 6 + ["The vote was 9 to 2 on Monday."]
    rows = [(f"o{k}:1", f"Outlet {k}", text) for k, text in enumerate(texts)]
    got = suggest_verdicts(_claims(rows), align_claims(_claims(rows)))
    assert set(got["reasons"]) == {"number: 7 (Outlet 0, Outlet 1, Outlet 2 and 3 others) ≠ 9 (Outlet 6)"}


_AGREED, _CONFLICTING = ["agreed", "agreed", "single-sourced"], ["conflicting", "conflicting", "single-sourced"]


@pytest.mark.parametrize(
    ("texts", "verdicts", "note"),
    [
        # Some outlet writes "Thornby, Westshire": the town and its county are one place told two ways.
        (
            (
                "A man was charged with the murder of his mother in Thornby on Friday.",
                "A man was charged with the murder of his mother in Westshire on Friday.",
                "The house in Thornby, Westshire, was sealed off.",
            ),
            _AGREED,
            "benign: place within place: Thornby = Westshire",
        ),
        # Without that, or with another town, the names still conflict.
        (
            (
                "A man was charged with the murder of his mother in Thornby on Friday.",
                "A man was charged with the murder of his mother in Ashcombe on Friday.",
                "The house in Thornby, Westshire, was sealed off.",
            ),
            _CONFLICTING,
            None,
        ),
        # Some outlet writes "Ada Lund": first name and surname are one person told two ways.
        (
            (
                "On Sunday, Lund said that she would retire from the stage.",
                "On Sunday, Ada said that she would retire from the stage.",
                "Singer Ada Lund is 81.",
            ),
            _AGREED,
            "benign: one name: Lund = Ada",
        ),
        (
            (
                "On Sunday, Lund said that she would retire from the stage.",
                "On Sunday, Berg said that she would retire from the stage.",
                "Singer Ada Lund is 81.",
            ),
            _CONFLICTING,
            None,
        ),
        # Some outlet marks the note's misspelling "[sic]": the writer's own, printed faithfully or corrected.
        (
            (
                'The note ended: "You do not have to be scared, everyone in the class is with you."',
                'The note ended: "You do not have to be scared, everone in the class is with you."',
                'A teacher posted it online; "everone" (sic) was circled in red by a classmate.',
            ),
            _AGREED,
            "benign: marked sic: everyone = everone",
        ),
        (
            (
                'The note ended: "You do not have to be scared, everyone in the class is with you."',
                'The note ended: "You do not have to be scared, everone in the class is with you."',
                'A teacher posted it online; "everyone" was circled in red by a classmate.',
            ),
            _CONFLICTING,
            None,
        ),
    ],
)
def test_one_thing_named_two_ways_is_no_conflict(texts, verdicts, note):
    """A place within a place, two parts of one name, or a source's own misspelling, as some outlet of the
    event writes them."""
    claims = _claims([(f"{chr(97 + k)}:1", chr(65 + k), t) for k, t in enumerate(texts)])
    got = suggest_verdicts(claims, align_claims(claims))
    assert got["verdict"].tolist() == verdicts
    if note:
        assert note in got["reasons"][0]


@pytest.mark.parametrize(
    ("spellings", "verdicts"),
    [
        # Two outlets write Shabaab, two Shabab: a romanisation, noted, not a conflict.
        (("Shabaab", "Shabaab", "Shabab", "Shabab"), ["agreed"] * 4),
        # One outlet alone: its typo, or a conflict to look at.
        (("Shabaab", "Shabaab", "Shabaab", "Shabab"), ["conflicting"] * 4),
    ],
)
def test_a_name_several_outlets_each_spell_their_way_is_no_conflict(spellings, verdicts):
    texts = [f"Al-{name} fighters attacked the army base at Kismayo on Tuesday, officials said." for name in spellings]
    claims = _claims([(f"{chr(97 + k)}:1", chr(65 + k), t) for k, t in enumerate(texts)])
    got = suggest_verdicts(claims, align_claims(claims))
    assert got["verdict"].tolist() == verdicts
    if verdicts[0] == "agreed":
        assert "benign: spelt two ways: Shabaab = Shabab" in got["reasons"][0]


def test_a_lone_misspelling_marked_sic_gets_no_spelling_note():
    claims = _claims(
        [("a:1", "A", "The letter said the shop recieved [sic] no goods."), ("b:1", "B", "Rain fell all day.")]
    )
    row = suggest_verdicts(claims, align_claims(claims)).set_index("claim_id").loc["a:1"]
    assert (row["verdict"], row["conflict_types"]) == ("single-sourced", "")
    unmarked = _claims(
        [("a:1", "A", "The letter said the shop recieved no goods."), ("b:1", "B", "Rain fell all day.")]
    )
    assert "spelling: recieved" in suggest_verdicts(unmarked, align_claims(unmarked))["reasons"][0]
