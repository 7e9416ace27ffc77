import pytest

from factcheck._clean import clean_text, cut_photo_credit, is_boilerplate, is_caption, repair_typography

BODY = "The city council approved the budget on Tuesday after a long debate."


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Latest Headlines",
        "Quantcast",
        "Share this article",
        "Share on Facebook",
        "Related: Council to vote on budget next week",
        "Read more: the full timeline",
        "© 2024 Daily News Ltd",
        "Copyright 2024 Wire A. All rights reserved.",
        "Subscribe to our newsletter",
        "Sign up for our daily briefing",
        "Click here to subscribe",
        "Skip to main content",
        "Home | World | Business | Sport",
        "News • Opinion • Sport • Culture",
        "(Reporting by Sangmi Cha; Editing by Richard Pullin)",
        "Reporting by Jane Roe; Editing by John Doe",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Tags: budget, council",
        "We use cookies to improve your experience.",
        "Photo: Jane Roe/Wire A",
    ],
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)
    assert clean_text(f"{BODY}\n\n{line}\n").body == BODY


@pytest.mark.parametrize(
    "line",
    [
        "FILE PHOTO: South Korean President Moon Jae-in holds an online",
        "File Photo by Stephen Shaver/UPI | License Photo",
        "The mayor speaks to reporters. File Photo by Jane Roe/Wire A",
        "Rescuers at the pier on Sunday. (AP Photo/John Doe)",
        "The ferry at dawn. Getty Images",
    ],
)
def test_captions_are_dropped(line):
    assert is_caption(line)
    assert clean_text(f"{line}\n\n{BODY}").body == BODY


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "The newsletter industry grew by a third last year as readers paid for niche writing about local politics.",
        "Officials said the photo by the harbor was taken before the storm hit the town on Monday night.",
    ],
)
def test_article_sentences_are_kept(line):
    assert not is_boilerplate(line)
    assert clean_text(line).body == line


@pytest.mark.parametrize(
    ("first", "dateline", "wire", "body_start"),
    [
        ("SEOUL, Feb. 4 (UPI) -- South Korean President Moon spoke.", "SEOUL, Feb. 4 (UPI)", "UPI", "South Korean"),
        ("SEOUL (Reuters) – South Korea’s President Moon spoke.", "SEOUL (Reuters)", "Reuters", "South Korea"),
        (
            "SAN TELMO, 4 February (Meridian Post) – Two people are missing.",
            "SAN TELMO, 4 February (Meridian Post)",
            "Meridian Post",
            "Two people",
        ),
        ("WASHINGTON — The Senate passed the bill late on Monday.", "WASHINGTON", "", "The Senate"),
        (
            "SEOUL, South Korea, Feb. 4 (AP) — The talks ended well.",
            "SEOUL, South Korea, Feb. 4 (AP)",
            "AP",
            "The talks",
        ),
    ],
)
def test_dateline_is_metadata(first, dateline, wire, body_start):
    cleaned = clean_text(first)
    assert (cleaned.dateline, cleaned.wire) == (dateline, wire)
    assert cleaned.body.startswith(body_start)


def test_a_sentence_in_capitals_is_not_a_dateline():
    cleaned = clean_text("Moon — the president — spoke to Biden on Thursday for an hour.")
    assert cleaned.dateline == ""
    assert cleaned.body.startswith("Moon")


def test_header_metadata():
    raw = "\n".join(
        [
            "Quantcast",
            "Council approves budget – Daily B",
            "",
            "Council approves budget",
            "By Jane Roe",
            "Published: March 12, 2024 10:30 AM",
            "",
            "PORTVILLE (Daily B) – " + BODY,
        ]
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Council approves budget"
    assert cleaned.site == "Daily B"
    assert cleaned.byline == "Jane Roe"
    assert cleaned.published == "2024-03-12"
    assert cleaned.body == BODY


def test_known_title_repeated_in_the_body_is_dropped():
    assert clean_text(f"Council approves budget\n\n{BODY}", title="Council approves budget").body == BODY


def test_short_lines_inside_the_body_are_not_claims():
    cleaned = clean_text(f"{BODY}\n\nWhat happens next\n\n{BODY.replace('Tuesday', 'Friday')}")
    assert "What happens next" not in cleaned.body


def test_inline_reporting_credit_is_removed():
    cleaned = clean_text(f"{BODY} (Reporting by Jane Roe; Editing by John Doe)")
    assert cleaned.body == BODY


@pytest.mark.parametrize("seed", ["000_44ee4c4737ad4eae.txt", "001_f304932ce0d9819e.txt"])
def test_seed_boilerplate_never_survives(seed):
    from conftest import SEEDS

    body = clean_text((SEEDS / seed).read_text(encoding="utf-8")).body
    for junk in (
        "Advertisement",
        "Latest Headlines",
        "Quantcast",
        "File Photo",
        "License Photo",
        "FILE PHOTO",
        "Reporting by",
        "Metro US",
    ):
        assert junk not in body


def test_lines_broken_mid_sentence_are_rejoined():
    raw = "She posted the photo to her Instagram page on Sunday, waving a Nigerian\nflag. She said she was proud of her roots and of her family."
    assert clean_text(raw).body == raw.replace("\n", " ")


@pytest.mark.parametrize(
    ("raw", "repaired"),
    [
        ("It’ s late and I’ m tired.", "It’s late and I’m tired."),
        ("She hadn’ t seen the mayor’ s car.", "She hadn’t seen the mayor’s car."),
        ("We’ re sure they’ ve gone and we’ ll stay, he’ d say.", "We’re sure they’ve gone and we’ll stay, he’d say."),
        ("The CLUB’ S chair left on Monday.", "The CLUB’S chair left on Monday."),
        ("It' s a straight one.", "It's a straight one."),
        ("The players ' union met.", "The players' union met."),
        ('``We are aware," he said.', "“We are aware,” he said."),
        ("``We are aware,'' he said.", "“We are aware,” he said."),
        ("He called it `brave' and left.", "He called it ‘brave' and left."),
        ("“ We will stay, ” she said.", "“We will stay,” she said."),
        ('"We will stay, " she said. "Now. "', '"We will stay," she said. "Now."'),
        ("A fall of 2, 000ft and a record of 16-14 (. 533).", "A fall of 2,000ft and a record of 16-14 (.533)."),
        ("Above the limit of. 08 percent.", "Above the limit of .08 percent."),
        ("He told ESPN. com so.", "He told ESPN.com so."),
        ("It is gon na rain.", "It is gonna rain."),
    ],
)
def test_tokeniser_typography_is_repaired(raw, repaired):
    assert repair_typography(raw) == repaired
    assert clean_text(f"{BODY}\n\n{raw}").body.endswith(repaired)


@pytest.mark.parametrize(
    "text",
    [
        "The teams’ t-shirts were green.",  # a possessive before a hyphenated word
        "The Smiths’ dog barked at the postman.",
        "He said 'yes' and 'no' in one breath.",
        "It rose to 3, 4 and then 5 points.",
        "On March 2, 200 people marched in the rain.",  # a date, not a split thousand
        "The end. 25 people stayed behind.",
        'He said "fine" and left.',
    ],
)
def test_ordinary_text_is_not_retouched(text):
    assert repair_typography(text) == text


def test_apostrophe_spacing_is_no_difference_between_outlets(tmp_path):
    from factcheck import compare_claims, load_articles, split_claims
    from factcheck._text import fold

    (tmp_path / "a.txt").write_text(
        "Title A\n\n“ It’ s over, ” the coach said. He hadn’ t slept all week.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Title B\n\n``It's over,\" the coach said. He hadn't slept all week.\n", encoding="utf-8"
    )
    claims = split_claims(load_articles(tmp_path))
    a, b = (claims.loc[claims["article_id"] == x, "text"].tolist() for x in ("a", "b"))
    assert [fold(x) for x in a] == [fold(y) for y in b]
    assert all(not compare_claims(x, y).differences for x, y in zip(a, b))


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "The judge ruled on Monday. Protesters waited outside the court.CreditJane Roe/Wire A",
            "The judge ruled on Monday.",
        ),
        ("Protesters waited outside the court.CreditJane Roe/Wire A", ""),
        ("The judge ruled on Monday. Protesters waited outside. Photo: Jane Roe/Wire A", "The judge ruled on Monday."),
        ("The judge ruled on Monday. Protesters waited outside. (AP Photo/John Doe)", "The judge ruled on Monday."),
        ("The judge ruled on Monday. The crowd at the gate. Credit: Jane Roe for Wire A", "The judge ruled on Monday."),
        ("The court gave credit to Jane Roe for the photo.", "The court gave credit to Jane Roe for the photo."),
        ("A spokesman for Getty Images declined to comment.", "A spokesman for Getty Images declined to comment."),
    ],
)
def test_photo_credit_glued_to_a_sentence_is_cut(line, kept):
    assert cut_photo_credit(line) == kept
    assert clean_text(f"{BODY}\n\n{line}").body == "\n\n".join(p for p in (BODY, kept) if p)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("AdvertisementThe judge ruled on Monday.", "The judge ruled on Monday."),
        ("Supported byThe judge ruled on Monday.", "The judge ruled on Monday."),
        ("ReportAnna Kowalski will quit the club, aides say.", "Anna Kowalski will quit the club, aides say."),
        # A label word that begins the sentence's own word, or stands apart, stays.
        ("Reporters waited as the judge ruled on Monday.", "Reporters waited as the judge ruled on Monday."),
        ("Video games sold well, the firm said on Monday.", "Video games sold well, the firm said on Monday."),
        ("Watchdogs said the judge ruled on Monday.", "Watchdogs said the judge ruled on Monday."),
    ],
)
def test_a_page_label_glued_to_the_first_word_is_cut(line, kept):
    assert clean_text(f"{BODY}\n\n{line}").body == f"{BODY}\n\n{kept}"


def test_a_sentence_introducing_a_quote_is_body_text():
    raw = (
        "Club news\n\nThe players of the club had the day off yesterday after the long trip home.\n\n"
        'General manager Ada Lune issued the following statement on the arrest:\n\n"We are aware of the issue," she said.'
    )
    assert "issued the following statement on the arrest:" in clean_text(raw).body


def test_a_blog_post_header_is_metadata_not_a_claim():
    raw = (
        "Crash kills woman\n\nOn behalf of Ruiz & Lowe, LLP. posted in Pedestrian Accidents on Friday, May 3, 2013.\n\n"
        "A woman was killed on Friday when a car hit her in the city, police said."
    )
    cleaned = clean_text(raw)
    assert cleaned.body.startswith("A woman was killed") and cleaned.published
