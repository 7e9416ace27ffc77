"""ClaimReview markup: written from decisions only, schema.org names only, valid JSON-LD."""

import json
import warnings

import pandas as pd
import pytest
from conftest import SEEDS, at, reword
from pyld import jsonld

from factcheck import ExportError, FactcheckWarning, ReviewSession, SchemaError, check, reviewed
from factcheck.claimreview import CLAIMREVIEW_TYPES, MAX_CLAIM_LENGTH, claim_reviews

SEED_TABLE = check(SEEDS)
NUMBER_CLAIM = "000_44ee4c4737ad4eae:af94b438"  # UPI says 2019, Reuters (001_...:006) says 2018
NUMBER_CLUSTER = "c-000_44ee4c4737ad4eae:af94b438"
AGREED_CLAIM = "000_44ee4c4737ad4eae:20d4bb64"  # agreed with Reuters 001_...:001
SINGLE_CLAIM = "000_44ee4c4737ad4eae:a9b07e1e"  # UPI only

#: Real schema.org properties, per type (ClaimReview inherits Review and CreativeWork, NewsArticle
#: Article and CreativeWork, Rating and Person and Organization Thing): a wider list than the kit uses.
ALLOWED = {
    "ClaimReview": {"claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished", "url", "name"},
    "Rating": {"alternateName", "ratingExplanation", "ratingValue", "bestRating", "worstRating", "name"},
    "Claim": {"appearance", "firstAppearance", "author", "datePublished", "name"},
    "NewsArticle": {"url", "headline", "publisher", "author", "datePublished", "name"},
    "Organization": {"name", "url", "sameAs"},
    "Person": {"name", "url", "sameAs"},
}
KEYWORDS = {"@context", "@type"}

# Three outlets on one event; Harbor Times (second in the file) printed first, with a different figure.
HARBOR = [
    {
        "title": "Council approves harbor budget",
        "source": "Coast Wire",
        "url": "https://coastwire.example/harbor-budget",
        "published": "2024-03-12",
        "text": "PORTVILLE, March 12 (Coast Wire) -- The city council approved a budget of $2.5 million for the harbor"
        " on Tuesday, Mayor Anna Varga said.\n\nThe vote was 7-2 after a debate that lasted three hours.\n\n"
        'A protester held a sign reading "<script>alert(1)</script>" outside the council chamber.',
    },
    {
        "title": "Harbor budget passes",
        "source": "Harbor Times",
        "url": "https://harbortimes.example/news/budget",
        "published": "2024-03-11T08:00:00Z",
        "text": "PORTVILLE (Harbor Times) - The city council approved a budget of $3.5 million for the harbor on"
        " Tuesday, Mayor Anna Varga said.\n\nThe vote was 7-2 after a debate that lasted three hours.\n\n"
        "The old pier will close for repairs in June.",
    },
    {
        "title": "Portville backs harbor plan",
        "source": "Daily Ledger",
        "published": "2024-03-13",
        "text": "PORTVILLE (Daily Ledger) - The city council approved a budget of $2.5 million for the harbor on"
        " Tuesday, Mayor Anna Varga said.\n\nThe vote was 7-2 after a debate that lasted three hours.",
    },
]
SCRIPT_SIGN = 'A protester held a sign reading "<script>alert(1)</script>" outside the council chamber.'


@pytest.fixture
def store(tmp_path):
    return tmp_path / "labels.jsonl"


@pytest.fixture
def harbor(write):
    return check(write("harbor.jsonl", "\n".join(json.dumps(a) for a in HARBOR) + "\n"))


def decide(table, store, decisions, analyst="ana"):
    """Record ``{claim_id: (verdict, note)}`` and return the reviewed table."""
    s = ReviewSession(table, store=store, analyst=analyst)
    for claim_id, (verdict, note) in decisions.items():
        s.jump(at(table, claim_id))
        s.decide(verdict, note=note)
    return reviewed(table, store)


def run(table, **kwargs):
    """The reviews and the FactcheckWarning messages raised on the way."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reviews = claim_reviews(table, **kwargs)
    return reviews, [str(w.message) for w in caught if issubclass(w.category, FactcheckWarning)]


def typed_objects(value):
    """Every dict with an @type, however deeply nested."""
    if isinstance(value, dict):
        if "@type" in value:
            yield value
        for v in value.values():
            yield from typed_objects(v)
    elif isinstance(value, list):
        for v in value:
            yield from typed_objects(v)


def cluster_of(table, ref):
    return table.loc[table["claim_id"] == at(table, ref), "cluster_id"].iloc[0]


# ---------------------------------------------------------------- which clusters


def test_one_review_per_decided_cluster_in_table_order(store):
    table = decide(
        SEED_TABLE,
        store,
        {
            SINGLE_CLAIM: ("single-sourced", ""),
            NUMBER_CLAIM: ("conflicting", "UPI confirms 2019"),
            "001_f304932ce0d9819e:fa44cc55": ("conflicting", ""),  # same cluster as NUMBER_CLAIM
        },
    )
    reviews, _ = run(table)
    assert [r["claimReviewed"] for r in reviews] == [
        SEED_TABLE.loc[SEED_TABLE["claim_id"] == c, "text"].iloc[0] for c in (SINGLE_CLAIM, NUMBER_CLAIM)
    ]
    assert len(SEED_TABLE["cluster_id"].unique()) > 2  # the undecided clusters were skipped


def test_orphaned_decisions_are_skipped(store):
    decide(SEED_TABLE, store, {NUMBER_CLAIM: ("conflicting", ""), SINGLE_CLAIM: ("single-sourced", "")})
    table = reviewed(SEED_TABLE[SEED_TABLE["claim_id"] != SINGLE_CLAIM], store)
    assert (table["status"] == "orphaned").sum() == 1
    reviews, _ = run(table)
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Sources conflict"]
    json.dumps(reviews, allow_nan=False)


@pytest.mark.filterwarnings("ignore:.*ClaimReview")  # the seeds' long wording and missing dates
def test_stale_decisions_are_left_out_with_one_warning(store):
    decide(
        SEED_TABLE,
        store,
        {NUMBER_CLAIM: ("conflicting", ""), SINGLE_CLAIM: ("single-sourced", ""), AGREED_CLAIM: ("agreed", "")},
    )
    changed = SEED_TABLE.copy()
    changed.loc[changed["claim_id"].isin([SINGLE_CLAIM, AGREED_CLAIM]), "text"] += " Officials declined to comment."
    table = reviewed(changed, store)
    with pytest.warns(FactcheckWarning, match=r"2 decision\(s\) are stale .* review those claims again"):
        reviews = claim_reviews(table)
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Sources conflict"]
    _, messages = run(table)
    assert sum("stale" in m for m in messages) == 1


def test_only_stale_decisions_is_an_error(store):
    decide(SEED_TABLE, store, {NUMBER_CLAIM: ("conflicting", "")})
    changed = reword(SEED_TABLE, NUMBER_CLAIM, lambda t: t.replace("2019", "2020"))
    with pytest.warns(FactcheckWarning, match="stale"), pytest.raises(ExportError, match="--store"):
        claim_reviews(reviewed(changed, store))


# ---------------------------------------------------------------- the markup


@pytest.mark.parametrize(
    ("decisions", "rating", "authors"),
    [
        ([("ana", NUMBER_CLAIM, "conflicting")], "Sources conflict", "ana"),
        ([("ana", AGREED_CLAIM, "agreed")], "Sources agree", "ana"),
        ([("ana", SINGLE_CLAIM, "single-sourced")], "Single-sourced", "ana"),
        # A conflict one analyst saw is not outvoted by a later agreement...
        (
            [("ana", NUMBER_CLAIM, "conflicting"), ("bob", "001_f304932ce0d9819e:fa44cc55", "agreed")],
            "Sources conflict",
            ["ana", "bob"],
        ),
        # ...otherwise the latest decision stands.
        (
            [("ana", AGREED_CLAIM, "single-sourced"), ("bob", "001_f304932ce0d9819e:0bb32d2b", "agreed")],
            "Sources agree",
            ["ana", "bob"],
        ),
    ],
)
def test_rating_and_authors_follow_the_decisions(store, decisions, rating, authors):
    for analyst, claim_id, verdict in decisions:
        decide(SEED_TABLE, store, {claim_id: (verdict, "")}, analyst=analyst)
    (review,), _ = run(reviewed(SEED_TABLE, store))
    assert review["reviewRating"]["alternateName"] == rating
    if isinstance(authors, str):
        assert review["author"] == {"@type": "Person", "name": authors}
    else:
        assert review["author"] == [{"@type": "Person", "name": a} for a in authors]
    assert review["datePublished"] == reviewed(SEED_TABLE, store)["decided_at"].max()[:10]


@pytest.mark.parametrize(
    ("claim_id", "verdict", "note", "explanation"),
    [
        (
            NUMBER_CLAIM,
            "conflicting",
            "UPI confirms 2019",
            "number: 2019 (UPI) ≠ 2018 (Reuters). Analyst's note: UPI confirms 2019.",
        ),
        (AGREED_CLAIM, "agreed", "", "Reported by UPI and Reuters with no substantive difference."),
        (
            AGREED_CLAIM,
            "conflicting",
            "The dates differ.",
            "Reported by UPI and Reuters. Analyst's note: The dates differ.",
        ),
        (SINGLE_CLAIM, "single-sourced", "", "Reported only by UPI."),
    ],
)
def test_rating_explanation_gives_the_reasons_and_the_note(store, claim_id, verdict, note, explanation):
    (review,), _ = run(decide(SEED_TABLE, store, {claim_id: (verdict, note)}))
    assert review["reviewRating"]["ratingExplanation"] == explanation


def test_seed_appearances_name_the_outlets_and_have_no_first_appearance(store):
    table = decide(SEED_TABLE, store, {NUMBER_CLAIM: ("conflicting", ""), SINGLE_CLAIM: ("single-sourced", "")})
    reviews, messages = run(table)
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Single-sourced", "Sources conflict"]
    number = reviews[1]["itemReviewed"]  # clusters in table order: 000_...:002 comes first
    assert cluster_of(SEED_TABLE, NUMBER_CLAIM) == NUMBER_CLUSTER
    assert [(a["publisher"]["name"], a.get("author", {}).get("name")) for a in number["appearance"]] == [
        ("UPI", None),
        ("Metro US", "Reuters"),
    ]
    assert number["appearance"][1]["headline"].startswith("South Korea’s Moon pledges")
    assert all("url" not in a and "datePublished" not in a for a in number["appearance"])
    assert all("firstAppearance" not in r["itemReviewed"] for r in reviews)
    assert [m for m in messages if "firstAppearance" in m] == [
        "2 ClaimReview(s) have no firstAppearance: none of their articles has a publication date."
    ]


def test_dated_articles_give_first_appearance_and_wording(harbor, store):
    number = cluster_of(harbor, "harbor-1:001")
    table = decide(harbor, store, {"harbor-3:001": ("conflicting", "The council minutes say $2.5 million.")})
    (review,), messages = run(table, url="https://example.org/reviews/harbor")
    claim = review["itemReviewed"]
    assert claim["appearance"] == [
        {"@type": "NewsArticle", "url": "https://coastwire.example/harbor-budget", "datePublished": "2024-03-12"},
        {"@type": "NewsArticle", "url": "https://harbortimes.example/news/budget", "datePublished": "2024-03-11"},
        {
            "@type": "NewsArticle",
            "headline": "Portville backs harbor plan",
            "publisher": {"@type": "Organization", "name": "Daily Ledger"},
            "datePublished": "2024-03-13",
        },
    ]
    assert claim["firstAppearance"] == claim["appearance"][1]  # Harbor Times printed first
    assert "$3.5 million" in review["claimReviewed"]  # the earliest wording, not the decided claim's
    assert review["url"] == "https://example.org/reviews/harbor"
    assert cluster_of(harbor, "harbor-3:001") == number
    assert review["reviewRating"]["ratingExplanation"] == (
        "number: $2.5 million (Coast Wire, Daily Ledger) ≠ $3.5 million (Harbor Times). Analyst's note: The council minutes say $2.5 million."
    )
    assert not any("firstAppearance" in m for m in messages)


@pytest.mark.parametrize(
    ("claims", "long"),
    [(["harbor-1:002"], 0), (["harbor-1:001"], 1), (["harbor-1:001", "harbor-1:002", "harbor-1:003"], 2)],
)
def test_long_claim_wording_gives_one_warning_counting_them(harbor, store, claims, long):
    reviews, messages = run(decide(harbor, store, {c: ("agreed", "") for c in claims}))
    assert sum(len(r["claimReviewed"]) > MAX_CLAIM_LENGTH for r in reviews) == long
    expected = [f"{long} ClaimReview(s) have a claimReviewed longer than 75 characters"] if long else []
    assert [m.split(";")[0] for m in messages if "longer than" in m] == expected


def test_url_is_omitted_when_not_given(harbor, store):
    (review,), _ = run(decide(harbor, store, {"harbor-1:002": ("agreed", "")}))
    assert "url" not in review
    assert review["@context"] == "https://schema.org"


# ---------------------------------------------------------------- schema.org and JSON-LD


def _all_reviews(harbor, tmp_path):
    seeds = decide(SEED_TABLE, tmp_path / "a.jsonl", dict.fromkeys(SEED_TABLE["claim_id"], ("agreed", "ok")))
    events = decide(harbor, tmp_path / "b.jsonl", dict.fromkeys(harbor["claim_id"], ("conflicting", "")))
    return run(seeds)[0] + run(events, url="https://example.org/r")[0]


def test_every_property_is_a_schema_org_property_of_its_type(harbor, tmp_path):
    reviews = _all_reviews(harbor, tmp_path)
    seen = set()
    for obj in typed_objects(reviews):
        assert obj["@type"] in ALLOWED, obj
        assert set(obj) - KEYWORDS <= ALLOWED[obj["@type"]], obj
        assert set(obj) <= set(CLAIMREVIEW_TYPES[obj["@type"]])
        seen.add(obj["@type"])
    assert seen == set(ALLOWED)


def _loader(url, options=None):
    if url.rstrip("/") != "https://schema.org":
        raise AssertionError(f"unexpected context {url}")
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": "https://schema.org/"}}}


def _properties(value, prefix=""):
    """Number of property values (not keywords) in a compact or expanded document."""
    if isinstance(value, list):
        return sum(_properties(v, prefix) for v in value)
    if not isinstance(value, dict) or "@value" in value:
        return 1
    return sum(_properties(v, prefix) for k, v in value.items() if not k.startswith("@"))


def test_output_expands_as_json_ld_without_losing_a_property(harbor, tmp_path):
    for review in _all_reviews(harbor, tmp_path):
        (expanded,) = jsonld.expand(review, {"documentLoader": _loader})
        assert expanded["@type"] == ["https://schema.org/ClaimReview"]
        for name in ("claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished"):
            assert f"https://schema.org/{name}" in expanded
        assert _properties(expanded) == _properties(review)


# ---------------------------------------------------------------- JSON


def test_json_is_strict_deterministic_and_keeps_hostile_text(harbor, store):
    table = decide(harbor, store, {"harbor-1:003": ("single-sourced", 'Sign said "<script>alert(1)</script>"')})
    first, _ = run(table)
    again, _ = run(table)
    assert first == again
    text = json.dumps(first, allow_nan=False, ensure_ascii=False)
    (back,) = json.loads(text)
    assert back["claimReviewed"] == SCRIPT_SIGN
    assert back["reviewRating"]["ratingExplanation"].endswith('Analyst\'s note: Sign said "<script>alert(1)</script>".')


def test_missing_article_fields_are_omitted_not_nan(store):
    table = decide(SEED_TABLE, store, {NUMBER_CLAIM: ("conflicting", "")})
    table[["title", "publisher", "published", "url"]] = float("nan")
    (review,), _ = run(table)
    json.dumps(review, allow_nan=False)
    assert review["itemReviewed"]["appearance"] == [
        {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "UPI"}},
        {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Reuters"}},
    ]


# ---------------------------------------------------------------- errors


def _no_decision_column(store):
    return SEED_TABLE


def _all_undecided(store):
    store.touch()  # an empty store: nobody has decided yet
    return reviewed(SEED_TABLE, store)


def _no_analyst(store):
    table = decide(SEED_TABLE, store, {NUMBER_CLAIM: ("conflicting", "")})
    table.loc[table["claim_id"] == NUMBER_CLAIM, "analyst"] = ""
    return table


def _no_decision_time(store):
    return decide(SEED_TABLE, store, {NUMBER_CLAIM: ("conflicting", "")}).drop(columns="decided_at")


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (_no_decision_column, ExportError, r"only from analysts' decisions.*factcheck export --store labels\.jsonl"),
        (_all_undecided, ExportError, r"store=\"labels\.jsonl\""),
        (_no_analyst, ExportError, f"cluster {NUMBER_CLUSTER}: .*set analyst=\\.\\.\\. in the Reviewer"),
        (_no_decision_time, ExportError, f"cluster {NUMBER_CLUSTER}: the ClaimReview lacks datePublished"),
        (lambda store: _all_undecided(store).drop(columns="reasons"), SchemaError, "'reasons'"),
        (lambda store: _all_undecided(store).drop(columns="cluster_id"), SchemaError, "'cluster_id'"),
    ],
)
def test_errors_say_what_to_do(store, make, error, message):
    with pytest.raises(error, match=message):
        run(make(store))


def test_a_table_that_is_not_a_frame_is_refused():
    with pytest.raises(SchemaError, match="pandas DataFrame"):
        claim_reviews(pd.DataFrame().to_dict())
