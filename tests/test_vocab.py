import pytest

from factcheck import vocab
from factcheck.errors import InputError
from factcheck.vocab import capital_of, is_typo, likely_typo, load_aliases, places_of, us_spelling


@pytest.mark.parametrize(
    ("word", "other", "typo"),
    [
        ("demacracy", "democracy", True),
        ("goverment", "government", True),
        ("recieve", "receive", True),  # transposition counts as one edit
        ("commandoes", "commandos", False),  # two plurals of one word in -o
        ("passangers", "passengers", True),
        ("from", "form", False),  # both real words
        ("casual", "causal", False),
        ("harbour", "harbor", False),  # a spelling variant, not a typo
        ("denuclearisation", "denuclearization", False),
        ("democracy", "demacracy", False),  # direction matters
        ("democrcy", "demacracy", False),
        ("kaesong", "kaesang", False),  # two rare words: no evidence either is wrong
        ("budgett", "budget", True),
        ("ab", "at", False),  # too short to judge
    ],
)
def test_is_typo(word, other, typo):
    assert is_typo(word, other) is typo


@pytest.mark.parametrize(
    ("word", "fix"),
    [
        ("arested", "arrested"),  # a word wordfreq hardly knows
        ("decidedto", "decided to"),  # two words run together
        ("recieved", "received"),  # misspellings wordfreq knows, no dictionary has
        ("definately", "definitely"),
        ("committment", "commitment"),
        ("takeing", "taking"),  # "take" + "ing" is no form of "take"
        ("gavel", None),  # rare real words, and regular forms of dictionary words
        ("reveled", None),
        ("helming", None),
        ("harbour", None),  # a British spelling
        ("received", None),
        ("teh", None),  # too short to judge
    ],
)
def test_likely_typo(word, fix):
    assert likely_typo(word, known_misspellings=True) == fix
    if fix in ("received", "definitely", "commitment", "taking"):
        assert likely_typo(word) is None  # in a pair, only words wordfreq hardly knows


def test_without_the_spelling_dictionary_only_unknown_words_are_typos(monkeypatch):
    """symspellpy's word list missing: no dictionary to tell "recieved" from a rare real word."""
    monkeypatch.setattr(vocab, "_dictionary", lambda: frozenset())
    monkeypatch.setattr(vocab, "likely_typo", vocab.likely_typo.__wrapped__)
    assert vocab.likely_typo("recieved", known_misspellings=True) is None
    assert vocab.likely_typo("arested", known_misspellings=True) == "arrested"


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        ("denuclearisation", "denuclearization"),
        ("organisation", "organization"),
        ("organised", "organized"),
        ("harbour", "harbor"),
        ("favourite", "favorite"),
        ("centre", "center"),
        ("theatre", "theater"),
        ("defence", "defense"),
        ("travelled", "traveled"),
        ("analyse", "analyze"),
        ("catalogue", "catalog"),
        ("programme", "program"),
        ("towards", "toward"),
        ("four", "four"),
        ("hour", "hour"),
        ("filled", "filled"),
    ],
)
def test_us_spelling(uk, us):
    assert us_spelling(uk) == us


def test_bundled_aliases():
    table = load_aliases()
    assert table.canonical("Burma") == "Myanmar"
    assert table.canonical("U.S.") == "United States"
    assert table.canonical("DPRK") == "North Korea"
    # A ministry by its building; a capital told for its government is no alias (it would change how
    # claims align): names compare it with capital_of.
    assert table.canonical("Tehran") == "Tehran"
    assert (capital_of("TEHRAN"), capital_of("Isfahan"), capital_of("Washington")) == ("iran", None, None)
    assert table.canonical("Pentagon") == table.canonical("Defense Department") == "Department of Defense"
    from factcheck._tokens import tokenize

    tokens = tokenize("Let us ask who the U.S., the US and WHO sent to Burma.", table)
    assert [t.surface for t in tokens if t.kind == "alias"] == ["U.S.", "US", "WHO", "Burma"]
    assert [t.norm for t in tokens if t.surface in ("us", "who")] == ["us", "who"]


@pytest.mark.parametrize(
    ("word", "places"),
    [
        ("Argentine", {"argentina"}),
        ("Argentines", {"argentina"}),  # plural
        ("Swiss", {"switzerland"}),  # ends in s, not a plural
        ("lankan", {"sri lanka"}),  # the last word of a two-word demonym, as a claim's tokens give it
        ("Congolese", {"republic of congo", "democratic republic of congo"}),  # two countries' people
        ("Spaniards", {"spain"}),
        ("Baker", set()),
        ("", set()),
    ],
)
def test_places_of_a_demonym(word, places):
    assert places_of(word) == places


def test_the_demonym_table_is_clean():
    import csv
    from importlib import resources

    rows = list(csv.DictReader(resources.files("factcheck").joinpath("data/demonyms.csv").open(encoding="utf-8")))
    assert len(rows) > 250
    assert all(r["place"].strip() == r["place"] and r["demonym"].strip() == r["demonym"] and r["demonym"] for r in rows)
    assert len({(r["place"], r["demonym"]) for r in rows}) == len(rows)
    # Every country the alias table names by a demonym before this table had one still has it.
    for word, place in [("American", "united states"), ("Britons", "united kingdom"), ("Dutch", "netherlands")]:
        assert place in places_of(word)


def test_aliases_from_csv_and_dict(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("canonical,alias\nKyiv,Kiev\nPortville,Port Ville\n", encoding="utf-8")
    assert load_aliases(path).canonical("port ville") == "Portville"
    assert load_aliases({"Kiev": "Kyiv"}).canonical("Kiev") == "Kyiv"
    assert load_aliases([("Kyiv", "Kiev")]).canonical("KIEV") == "Kyiv"


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "alias table not found"), ("name,other\nA,B\n", "needs the columns canonical,alias")],
)
def test_bad_alias_tables(tmp_path, content, message):
    path = tmp_path / "aliases.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_aliases(path)
