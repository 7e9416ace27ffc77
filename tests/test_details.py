import pytest

from factcheck.details import extract_details


@pytest.mark.parametrize(
    ("text", "kind", "keys"),
    [
        ("Three meetings were held.", "number", ("3",)),
        ("There were 3 meetings.", "number", ("3",)),
        ("It rose twenty-five points, then two thousand.", "number", ("25", "2000")),
        ("Turnout was 52.3%.", "number", ("52.3 percent",)),
        ("Turnout was 52.3 percent.", "number", ("52.3 percent",)),
        ("Turnout was 52.3 per cent.", "number", ("52.3 percent",)),
        ("It cost $2.5 million.", "number", ("2500000 dollars",)),
        ("It cost 2.5 million dollars.", "number", ("2500000 dollars",)),
        ("It cost $2,500,000.", "number", ("2500000 dollars",)),
        ("It cost €3bn and £40m.", "number", ("3000000000 euros", "40000000 pounds")),
        ("About 1,200 homes and 1200 flats.", "number", ("1200", "1200")),
        ("The vote was 52-48.", "number", ("52", "48")),
        ("COVID-19 hit the G-20 and flight MH17.", "number", ()),
        ("Rates rose 0.25 percentage points.", "number", ("0.25 points",)),
        ("It was founded in 1987.", "year", ("1987",)),
        ("A February 2019 summit.", "year", ("2019",)),
        ("The first summit and the second.", "ordinal", ("1", "2")),
        ("He came 3rd.", "ordinal", ("3",)),
        ("On Feb. 4 and Jan. 20.", "date", ("02-04", "01-20")),
        ("On 4 February and March 3rd.", "date", ("02-04", "03-03")),
        ("On Thursday, Feb. 4, 2021.", "date", ("02-04",)),
        ("It closed in June.", "month", ("June",)),
        ("At 10 a.m. and 3:30 p.m. and 14:30 and noon.", "time", ("10:00 am", "3:30 pm", "14:30", "12:00 pm")),
        ("Talks on Thursday and Fri.", "weekday", ("Thursday", "Friday")),
        ("The bill had not passed, and it didn't say why.", "negation", ("not", "not")),
        ("No one came and nothing changed; he never left.", "negation", ("no", "nothing", "never")),
        ("It was No. 1 in sales.", "negation", ()),
    ],
)
def test_details(text, kind, keys):
    assert extract_details(text).keys(kind) == keys


def test_surfaces_are_the_words_in_the_text():
    text = "The fund grew 52.3% to $2.5 million on Thursday."
    for detail in extract_details(text).items:
        assert text[detail.start : detail.end].strip() == detail.surface


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mayor Anna Varga met Kim Jong Un in Seoul.", ("anna varga", "kim jong un", "seoul")),
        ("U.S. President Joe Biden and President Moon Jae-in spoke.", ("u.s. president joe biden", "moon jae-in")),
        ("Prices rose sharply in Portville.", ("portville",)),
        ("The White House said so.", ("white house",)),
        ("Moon Jae-in spoke.", ("moon jae-in",)),
    ],
)
def test_names(text, names):
    got = extract_details(text).keys("name")
    assert all(n in got for n in names), got
    assert "prices" not in got


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('"We will act quickly," she said.', ("we will act quickly",)),
        ("He called it “the linchpin for peace.”", ("the linchpin for peace",)),
        (
            "\"I welcomed 'America's return' here,\" he wrote.",
            ("i welcomed 'america's return' here", "america's return"),
        ),
        ("It's Moon's plan, officials said.", ()),
    ],
)
def test_quotes(text, quotes):
    assert extract_details(text).keys("quote") == quotes


def test_claim_details_table():
    import pandas as pd

    from factcheck import SchemaError, claim_details
    from factcheck.schema import DETAIL_COLUMNS

    claims = pd.DataFrame(
        {
            "claim_id": ["a:001", "a:002"],
            "text": ["The vote was 7-2 on Tuesday, Anna Varga said.", '"We did not act," she said.'],
        }
    )
    table = claim_details(claims)
    assert list(table.columns) == ["claim_id", *DETAIL_COLUMNS]
    assert table.loc[0, "numbers"] == ("7", "2") and table.loc[0, "weekdays"] == ("Tuesday",)
    assert "Anna Varga" in table.loc[0, "names"]
    assert table.loc[1, "quotes"] == ("We did not act",) and table.loc[1, "negations"] == ("not",)
    with pytest.raises(SchemaError, match=r"missing column\(s\) 'text'"):
        claim_details(claims[["claim_id"]])
