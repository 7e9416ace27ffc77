import codecs
import json
import warnings

import pandas as pd
import pytest
from conftest import EVENT_DIRS, SEEDS, WIRE_A, WIRE_B, expected

from factcheck import FactcheckWarning, InputError, load_articles
from factcheck.schema import ARTICLE_COLUMNS

# Most tests here load one article on purpose; test_single_article_warns checks the warning.
pytestmark = pytest.mark.filterwarnings("ignore:only one article:factcheck.FactcheckWarning")

BODY = "The council approved the budget of $2.5 million on Tuesday after a long debate."
HTML = f"""<!doctype html><html><head><title>Council approves budget | Daily B</title>
<meta property="og:site_name" content="Daily B"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-12T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience.</div>
<article><h1>Council approves budget</h1>
<p>PORTVILLE (Daily B) – {BODY}</p>
<figure><img src="x.jpg"><figcaption>The council chamber. Photo by John Doe | License Photo</figcaption></figure>
<p>Advertisement</p>
<p>The vote was seven to two, and members said the old pier would close for repairs in June next year.</p>
<p>&lt;script&gt;alert(1)&lt;/script&gt; was printed on a protest banner outside the hall on Tuesday night.</p>
</article><script>var tracking = "should never appear in a claim";</script>
<footer>© 2024 Daily B. Subscribe to our newsletter</footer></body></html>"""


def test_seeds():
    arts = load_articles(SEEDS)
    assert list(arts.columns) == list(ARTICLE_COLUMNS)
    assert arts["article_id"].tolist() == ["000_44ee4c4737ad4eae", "001_f304932ce0d9819e"]
    assert arts["source"].tolist() == ["UPI", "Reuters"]
    assert arts["publisher"].tolist() == ["", "Metro US"]
    assert arts["title"].tolist() == [
        "Moon, Biden plan to strengthen alliance in dealing with North Korea",
        "South Korea’s Moon pledges to upgrade alliance with U.S. in call with Biden",
    ]
    assert arts["dateline"].tolist() == ["SEOUL, Feb. 4 (UPI)", "SEOUL (Reuters)"]
    assert arts.loc[0, "text"].startswith("South Korean President Moon Jae-in and U.S. President Joe Biden")


def test_seed_folder_readme_is_not_an_article():
    assert len(load_articles(SEEDS)) == 2  # seeds/README.md sits beside them


@pytest.mark.parametrize("event", EVENT_DIRS, ids=lambda p: p.name)
def test_event_articles_metadata(event):
    arts = load_articles(event)
    exp = expected(event)["articles"]
    assert len(arts) == len(exp)
    for name, meta in exp.items():
        row = arts[arts["path"].str.endswith(name)].iloc[0]
        assert row["source"] == meta["source"], name
        assert row["title"].replace("’", "'") == meta["title"].replace("’", "'"), name
        assert row["format"] == meta["format"], name
        assert "\r" not in row["text"] and "\ufeff" not in row["text"]


def test_html_extracts_body_and_metadata(write):
    arts = load_articles(write("b.html", HTML))
    row = arts.iloc[0]
    assert (row["source"], row["title"], row["byline"], row["published"]) == (
        "Daily B",
        "Council approves budget",
        "Jane Roe",
        "2024-03-12",
    )
    assert row["text"].startswith(BODY)
    for junk in ("Home", "cookies", "Photo by", "Advertisement", "tracking", "Subscribe", "©"):
        assert junk not in row["text"]
    assert "<script>alert(1)</script> was printed" in row["text"]  # text stays text


def test_markdown(write):
    md = """---
title: Council approves budget
source: Daily M
date: 2024-03-12
---
# Council approves budget

By Jane Roe

![The council chamber](chamber.jpg)

PORTVILLE (Daily M) – The council **approved** the [budget](https://example.com/budget) of
$2.5 million on Tuesday after a long debate.

## What next

> The vote was seven to two, and members said the old pier would close in June.
"""
    row = load_articles(write("m.md", md)).iloc[0]
    assert (row["source"], row["title"], row["published"], row["byline"]) == (
        "Daily M",
        "Council approves budget",
        "2024-03-12",
        "Jane Roe",
    )
    assert row["text"].splitlines()[0] == BODY.replace("The council", "The council")
    assert "https://" not in row["text"] and "What next" not in row["text"] and "chamber" not in row["text"]


def test_hard_wrapped_text_is_unwrapped(write):
    wrapped = "\n".join(
        [
            "The city council approved the harbor budget on Tuesday after a",
            "debate that lasted three hours, officials in the port town said.",
            "",
            "Members said the old pier would close for repairs in June and that",
            "the ferry service would move to the north quay during the works.",
            "",
            "The mayor said she expected the repairs to cost about two million",
            "dollars and to be finished before the summer tourist season began.",
        ]
    )
    text = load_articles(write("w.txt", wrapped))["text"].iloc[0]
    assert (
        text.split("\n\n")[0]
        == "The city council approved the harbor budget on Tuesday after a debate that lasted three hours, officials in the port town said."
    )


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        (
            "list.json",
            json.dumps(
                [
                    {"title": "T1", "text": BODY, "source": "Daily J", "url": "https://x/1"},
                    {"headline": "T2", "body": BODY.replace("Tuesday", "Friday"), "outlet": "Daily K"},
                ]
            ),
        ),
        (
            "wrapped.json",
            json.dumps(
                {
                    "articles": [
                        {"title": "T1", "text": BODY, "source": "Daily J", "url": "https://x/1"},
                        {
                            "title": "T2",
                            "content": BODY.replace("Tuesday", "Friday"),
                            "source": {"id": None, "name": "Daily K"},
                        },
                    ]
                }
            ),
        ),
        (
            "lines.jsonl",
            json.dumps({"title": "T1", "text": BODY, "source": "Daily J", "url": "https://x/1"})
            + "\n\n"
            + json.dumps({"title": "T2", "text": BODY.replace("Tuesday", "Friday"), "publisher": "Daily K"})
            + "\n",
        ),
        (
            "rows.csv",
            'title,text,source,url,published\nT1,"'
            + BODY
            + '",Daily J,https://x/1,2024-03-12\nT2,"'
            + BODY.replace("Tuesday", "Friday")
            + '",Daily K,,\n',
        ),
    ],
)
def test_records(write, name, payload):
    arts = load_articles(write(name, payload))
    stem = name.split(".")[0]
    assert arts["article_id"].tolist() == [f"{stem}-1", f"{stem}-2"]
    assert arts["source"].tolist() == ["Daily J", "Daily K"]
    assert arts["title"].tolist() == ["T1", "T2"]
    assert arts.loc[0, "text"] == BODY
    assert arts.loc[0, "url"] == "https://x/1"


def test_record_ids_and_html_text(write):
    records = [
        {"id": "A 7", "text": f"<p>{BODY}</p><p>Advertisement</p>", "source": "Daily J"},
        {"id": "b8", "text": BODY, "source": "Daily K"},
    ]
    arts = load_articles(write("r.json", json.dumps(records)))
    assert arts["article_id"].tolist() == ["r-a-7", "r-b8"]
    assert arts.loc[0, "text"] == BODY


def test_csv_with_quotes_commas_and_newlines(write):
    text = 'He said, "We are ready."\nThe vote was 7-2, officials said on Tuesday night.'
    frame = pd.DataFrame({"title": ["T"], "text": [text], "source": ["Daily C"]})
    path = write("c.csv", frame.to_csv(index=False))
    assert (
        load_articles(path).loc[0, "text"]
        == 'He said, "We are ready."\n\nThe vote was 7-2, officials said on Tuesday night.'
    )


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("cp1252", b""), ("utf-16", b"")],
)
def test_encodings_and_line_endings(write, encoding, bom):
    text = "PORTVILLE (Daily E) – José Müller said “the budget passed” on Tuesday evening, officials said.\r\n\r\nIt passed 7-2.\r\n"
    path = write("e.txt", bom + text.encode(encoding))
    row = load_articles(path).iloc[0]
    assert row["text"] == "José Müller said “the budget passed” on Tuesday evening, officials said.\n\nIt passed 7-2."
    assert row["source"] == "Daily E"


def test_article_ids_are_stable_and_from_file_names(two_outlets):
    first = load_articles(two_outlets)
    again = load_articles(sorted(two_outlets.glob("*.txt"), reverse=True))
    assert first["article_id"].tolist() == ["a", "b"]
    assert sorted(again["article_id"]) == ["a", "b"]
    assert first.set_index("article_id")["text"].equals(again.set_index("article_id").loc[["a", "b"], "text"])


def test_same_stem_two_formats_get_distinct_ids(write):
    write("x/story.txt", WIRE_A)
    write("x/story.md", WIRE_B)
    arts = load_articles(write("x/story.txt", WIRE_A).parent)
    assert sorted(arts["article_id"]) == ["story-md", "story-txt"]


def test_glob_and_file_list(two_outlets):
    assert len(load_articles(str(two_outlets / "*.txt"))) == 2
    assert len(load_articles([two_outlets / "a.txt", two_outlets / "b.txt"])) == 2


def test_single_article_warns(write):
    with pytest.warns(FactcheckWarning, match="every claim will be single-sourced"):
        load_articles(write("only.txt", WIRE_A))


def test_skipped_files_warn(two_outlets):
    (two_outlets / "photo.png").write_bytes(b"\x89PNG")
    with pytest.warns(FactcheckWarning, match=r"skipped 1 file.*\.png"):
        assert len(load_articles(two_outlets)) == 2


def test_hidden_files_are_ignored(two_outlets):
    (two_outlets / ".DS_Store.txt").write_text("junk")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_articles(two_outlets)) == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt: the file is empty"),
        ("blank.txt", b"\n\n   \n", "blank.txt: the file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\nrest", "image.txt: this is a PNG image"),
        ("nul.md", b"abc\x00def", "nul.md: the file is binary"),
        ("weird.txt", bytes(range(128, 256)) * 30, "weird.txt: the text cannot be decoded"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "menu.html: no article body"),
        ("broken.json", b'{"title": "T", "text": "unterminated', "broken.json: malformed JSON at line 1"),
        ("scalar.json", b"42", "scalar.json: the JSON holds neither"),
        ("mixed.json", b'[{"text": "fine"}, 7]', "mixed.json: item 2 of the JSON list is not an object"),
        ("notext.json", b'[{"title": "T"}]', "notext.json: record 1 has no article text"),
        (
            "bad.jsonl",
            b'{"text": "The council met on Tuesday and approved the plan."}\n{"text": oops}\n',
            "bad.jsonl: malformed JSON on line 2",
        ),
        ("list.jsonl", b'["not", "an", "object"]\n', "list.jsonl: line 1 is not a JSON object"),
        ("quote.csv", b'title,text\nT,"never closed\n', "quote.csv: malformed CSV"),
        ("cols.csv", b"title,body2\nT,hello\n", "cols.csv: the CSV header has no text column"),
        ("ragged.csv", b"title,text\nT,hello,extra\n", "ragged.csv: row 2 has 3 fields"),
        ("header.csv", b"title,text\n", "header.csv: the file holds no articles"),
        ("junk.txt", b"Advertisement\n\nShare this article\n", "junk.txt: no article text is left"),
        ("slides.pdf", b"%PDF-1.4", "slides.pdf: unsupported file type"),
        (
            "tokyo.txt",
            "東京で会議が開かれた。首相は記者会見で話した。".encode(),
            "tokyo.txt: the article is written without spaces between words",
        ),
    ],
)
def test_bad_input_names_the_file_and_the_fix(write, name, content, message):
    path = write(name, content)
    with pytest.raises(InputError, match=message) as info:
        load_articles(path)
    assert info.value.fix, "every error says what to do"
    assert str(path) in str(info.value)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        load_articles(tmp_path / "nope")


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.warns(FactcheckWarning), pytest.raises(InputError, match="no article files found"):
        load_articles(tmp_path)


def test_glob_matching_nothing(tmp_path):
    with pytest.raises(InputError, match="the pattern matches no files"):
        load_articles(str(tmp_path / "*.txt"))


def test_no_paths():
    with pytest.raises(InputError, match="no article paths were given"):
        load_articles([])


def test_duplicate_record_ids(write):
    with pytest.raises(InputError, match="two articles share the id 'd-x'"):
        load_articles(write("d.json", json.dumps([{"id": "x", "text": BODY}, {"id": "x", "text": BODY}])))


def test_a_short_record_is_body_not_headline(write):
    arts = load_articles(
        write("short.jsonl", '{"text": "The parliament election is over in Turkmenistan.", "source": "Wire"}\n')
    )
    assert arts.loc[0, "text"] == "The parliament election is over in Turkmenistan."
    assert arts.loc[0, "title"] == ""


def test_errors_skip_keeps_the_good_records(write, tmp_path):
    good = json.dumps({"text": BODY, "source": "Daily J"})
    write(
        "feed/a.jsonl",
        good + "\n{broken\n" + json.dumps({"title": "no text"}) + "\n" + good.replace("Tuesday", "Friday") + "\n",
    )
    write("feed/empty.txt", b"")
    write("feed/b.txt", WIRE_B)
    with pytest.warns(
        FactcheckWarning,
        match=r"skipped 3 unreadable input\(s\):.*line 2.*record 3 has no article text.*empty.txt: the file is empty",
    ):
        arts = load_articles(tmp_path / "feed", errors="skip")
    assert arts["article_id"].tolist() == ["a-1", "a-4", "b"]  # ids keep their record numbers


def test_errors_skip_with_nothing_left(write, tmp_path):
    write("bad/empty.txt", b"")
    with pytest.warns(FactcheckWarning), pytest.raises(InputError, match="no article could be read"):
        load_articles(tmp_path / "bad", errors="skip")


def test_errors_policy_is_checked():
    with pytest.raises(ValueError, match="errors must be 'raise' or 'skip'"):
        load_articles(SEEDS, errors="ignore")
