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
        ("The vote was 52-48.", "number", ("52-48 score",)),
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
        ("At 10 a.m. and 3:30 p.m. and 14:30 and noon.", "time", ("10:00 am", "3:30 pm", "2:30 pm", "12:00 pm")),
        ("At 9.25 a.m., at 9:25 on Monday morning and at 09:25.", "time", ("9:25 am", "9:25 am", "09:25")),
        ("At 2:30 p.m., at 14:30 and at 2:30 in the afternoon.", "time", ("2:30 pm", "2:30 pm", "2:30 pm")),
        ("At 9:40 Friday night and at 2:15 that night.", "time", ("9:40 pm", "2:15 am")),
        ("Stopped at 1:30 a. m Sunday, freed at 4 p. m.", "time", ("1:30 am", "4:00 pm")),
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
        # the quotation opened in an earlier sentence: its attribution is not a quote
        ('And the rest is history," the coach added on Monday.', ()),
        ("And the rest is history,” said the coach.", ()),
        ('And the rest is history," the coach added, "and so are we."', ("and so are we",)),
        ('He was fine, "Keep going," and left.', ("keep going",)),
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
    assert table.loc[0, "numbers"] == ("7-2",) and table.loc[0, "weekdays"] == ("Tuesday",)
    assert "Anna Varga" in table.loc[0, "names"]
    assert table.loc[1, "quotes"] == ("We did not act",) and table.loc[1, "negations"] == ("not",)
    with pytest.raises(SchemaError, match=r"missing column\(s\) 'text'"):
        claim_details(claims[["claim_id"]])


@pytest.mark.parametrize(
    ("text", "kind", "keys"),
    [
        # a decimal before a hyphenated unit keeps its fraction
        ("A 6.8-magnitude tremor shook the valley.", "number", ("6.8",)),
        ("Its 16.3-megapixel sensor is new.", "number", ("16.3",)),
        ("They signed a $31.5-million deal.", "number", ("31500000 dollars",)),
        ("The 12,400-square-metre hall and 12,400 square metres of lawn.", "number", ("12400", "12400")),
        ("Half a dozen boats and a dozen rafts sank.", "number", ("6", "12")),
        # a decade is a year's kind of figure; an age bracket is not a decade
        ("It sold well in the mid-1980s and the '60s, not in her 20s.", "year", ("1980s", "1960s")),
        ("Founded in the 1930's, it grew in the 1950’s.", "year", ("1930s", "1950s")),
        ("It first appeared in 1990's film, in the late 1970's.", "year", ("1990", "1970s")),
        # an age is a number too (_slots compares it only with the same person's age)
        ("A 10-day trip with a 23-year old guide and a 41-year-old driver.", "number", ("10", "23", "41")),
        # "m" is million only with money: "600 m" is 600 metres, "1B" a code
        ("The summit is 600 m higher and cost $5m.", "number", ("600", "5000000 dollars")),
        ("The scout watched their 1B and 3B closely.", "number", ()),
        # a number naming a thing is a label, not a count
        ("The plane was a Boeing 747 with 212 seats.", "number", ("212",)),
        ("The plane was a Boeing 747 with 212 seats.", "label", ("747",)),
        ("They drove along Route 9 and Interstate 95 to the port.", "label", ("9", "95")),
        ("The frigate KRS Amber 7 left port with 40 sailors.", "label", ("7",)),
        ("He carried an AK-47, an M16 and two pistols.", "number", ("2",)),
        ("Users of the Vela 8 browser and the XQ 5 phone.", "label", ("8", "5")),
        ("The case is in Chapter 11 and Week 3 begins.", "label", ("11", "3")),
        # ... but counts after a capitalised word stay counts
        ("About 40 people came.", "number", ("40",)),
        ("She gave Parliament 30 days to respond.", "number", ("30",)),
        ("The Hawks won 98-91 and Dana's 21 points led them.", "number", ("98-91 score", "21")),
        ("Ortega 52, Lind 48, the tally read.", "number", ("52", "48")),
        ("The Vela 2016 campaign began.", "year", ("2016",)),
        # a two-digit year after a day and a month is a year, not a count
        ("The boat was seized on 14 Mar 09.", "year", ("2009",)),
        ("The boat was seized on 14 Mar 09.", "number", ()),
        ("On 3 Dec 12 people were hurt.", "number", ("12",)),
        # a quantity restated in other units in brackets is a conversion
        ("The wave was four metres (13 feet) high.", "number", ("4",)),
        ("The wave was four metres (13 feet) high.", "conversion", ("13",)),
        ("A 5,000 sq ft (465 square metres) shop.", "conversion", ("465",)),
        ("The jewels were worth 3m euros ($3.4m; £2.9m).", "conversion", ("3400000 dollars", "2900000 pounds")),
        ("It hit 40km (25 miles) inland.", "conversion", ("25",)),
        ("It struck at 11:20 p.m. Tuesday (2:20 a.m. GMT Wednesday).", "time", ("11:20 pm",)),
        ("He scored 20 points (eight in the first half).", "number", ("20", "8")),
        ("It rose 3 percent (from 40 to 41 stores).", "conversion", ()),
        # fractions in words, as characters, and glued to the whole number when a space was lost
        ("She served four and a half years.", "number", ("4.5",)),
        ("She served 4\u00bd years, or 4 1/2 years, or 41/2 years.", "number", ("4.5", "4.5", "4.5")),
        ("On 11/2 at noon it rained.", "number", ("11", "2")),
        ("She ran 3 3/2 miles, then 43/4 miles.", "number", ("3", "3", "2", "4.75")),
        ("He served 9 months of a 2-1/2 year sentence.", "number", ("9", "2.5")),
        ("Four and five were hurt, two hundred and ten left.", "number", ("4", "5", "210")),
        # a fraction is one figure, in words, digits or a character; an ordinal or a count of quarters is none
        ("Two-thirds of the town and one-third of the port flooded.", "number", ("0.667", "0.333")),
        ("A quarter of the crew and three quarters of the guests left.", "number", ("0.25", "0.75")),
        ("The bill won 3/4 of the vote; rates rose \u00be percent.", "number", ("0.75", "0.75 percent")),
        ("A third term and a seventh four-quarter comeback.", "number", ("4",)),
        ("A third term and a seventh four-quarter comeback.", "ordinal", ("3", "7")),
        ("On 3/4 the ratio was 3/4.", "number", ("3", "4", "3", "4")),
        # ... but a fraction before a unit or a share is one figure, not a count and a share of 2
        ("Rates rose 1/2 percent, then 1/4 percentage point.", "number", ("0.5 percent", "0.25 points")),
        ("They walked 1/4 mile, then a 1/2-mile loop and 3 1/2 miles.", "number", ("0.25", "0.5", "3.5")),
        # a character lost in encoding makes the figure unreadable
        ("She served 4\ufffd years.", "number", ()),
        # "29-of-34", scores and records as one figure, ascending pairs as a range
        ("He was 29-of-34 passing.", "number", ("29", "34")),
        ("Marsh (31-2-1) won 3-1; 10-15 people watched.", "number", ("31-2-1 score", "3-1 score", "10", "15")),
        # a range's second end with the first end's currency and a short money scale
        ("Offers of $140-150MM came in.", "number", ("140000000 dollars", "150000000 dollars")),
    ],
)
def test_numbers_read_as_written(text, kind, keys):
    assert extract_details(text).keys(kind) == keys


@pytest.mark.parametrize(
    ("a", "b", "differs"),
    [
        ("A 7.2-magnitude quake hit the coast on Monday.", "A 7.4-magnitude quake hit the coast on Monday.", True),
        ("A 7.2-magnitude quake hit the coast on Monday.", "A 7-magnitude quake hit the coast on Monday.", True),
        # a model number is never a count; two models are two planes
        ("The crew flew a Boeing 737 with 150 people aboard.", "The crew flew a jet with 737 people aboard.", False),
        (
            "The crew flew a Boeing 737 with 150 people aboard.",
            "The crew flew a Boeing 747 with 150 people aboard.",
            True,
        ),
        ("The climber fell 600 metres (2,000 feet) on Sunday.", "The climber fell about 600 metres on Sunday.", False),
        ("The hall covers 8,000 sq ft (743 square metres).", "The hall covers 8,000 square feet.", False),
        ("The ship was seized on 14 Mar 09 with 11 crew.", "The ship was seized on 14 March 2009 with 11 crew.", False),
        # fractions: "two-thirds" is neither two nor three
        ("The bill won two-thirds of the vote.", "The bill won three-quarters of the vote.", True),
        ("The bill won two-thirds of the vote.", "The bill won 2/3 of the vote.", False),
        ("A third of the town was flooded.", "A quarter of the town was flooded.", True),
        ("Rates rose \u00be percent on Friday.", "Rates rose 0.75 percent on Friday.", False),
        ("Rates rose \u00be percent on Friday.", "Rates rose 0.5 percent on Friday.", True),
    ],
)
def test_number_false_alarms_between_outlets(a, b, differs):
    from factcheck import compare_claims

    kinds = {d.kind for d in compare_claims(a, b).differences}
    assert ("number" in kinds) is differs, compare_claims(a, b).differences


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("At 9.25 a.m. on Tuesday the crew saw five boats.", "At about 9:25 Tuesday morning the crew saw five boats."),
        ("The talks ended at 14:30 in Geneva.", "The talks ended at 2:30 p.m. in Geneva."),
        ("The blast came at 11:20 p.m. Tuesday (2:20 a.m. GMT Wednesday).", "The blast came at 11:20 p.m. Tuesday."),
    ],
)
def test_one_clock_time_written_two_ways_is_no_difference(a, b):
    from factcheck import compare_claims

    assert "time" not in {d.kind for d in compare_claims(a, b).differences}


def test_the_attribution_after_a_closing_quote_is_no_quote():
    from factcheck import compare_claims

    a = 'You know what the coach says - the third try counts, " she added in a statement.'
    for b in (
        'You know what the coach says - the third try counts, " Varga said in a statement.',
        "You know what the coach says – the third try counts,” Varga said in a statement.",
    ):
        assert "quote" not in {d.kind for d in compare_claims(a, b).differences}
