import codecs
import json
import os
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest
from conftest import EVENT_DIRS, SEEDS, WIRE_A, WIRE_B, expected

from factcheck import FactcheckWarning, InputError, load_articles
from factcheck.articles import _walk
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


def test_a_folder_is_walked_as_rglob_would_list_it(tmp_path):
    # Names whose path order and string order differ ("b/x" before "b-c", "b.txt"), a hidden folder and file,
    # a link to a file (kept) and a link to a folder (not followed, as rglob does not).
    tree = ["b/x.txt", "b/y/z.txt", "b-c.txt", "b.txt", "B.txt", "a.txt", ".hidden/h.txt", "b/.h.txt", "other/o.txt"]
    for rel in tree:
        (tmp_path / "in" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / rel).write_text(BODY)
    (tmp_path / "in" / "link.txt").symlink_to(tmp_path / "in" / "a.txt")
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "in" / "other", target_is_directory=True)
    root = tmp_path / "in"
    expected_files = [
        p
        for p in sorted(root.rglob("*"))
        if p.is_file() and not any(x.startswith(".") for x in p.relative_to(root).parts)
    ]
    assert list(_walk(root)) == expected_files
    assert [p.relative_to(root).as_posix() for p in expected_files] == [
        "B.txt", "a.txt", "b/x.txt", "b/y/z.txt", "b-c.txt", "b.txt", "link.txt", "other/o.txt"
    ]  # fmt: skip


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


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"id": "x", "text": BODY}, {"id": "x", "text": BODY}], r"d.json: records 1 and 2 share the id 'x'\."),
        (
            [{"id": "A 7", "text": BODY}, {"id": "b", "text": BODY}, {"id": "a-7", "text": BODY}],
            r"d.json: records 1 and 3 share ids \('A 7', 'a-7'\) that give one article id\.",
        ),
    ],
)
def test_duplicate_record_ids_name_the_file_and_the_records(write, records, message):
    with pytest.raises(InputError, match=message) as info:
        load_articles(write("d.json", json.dumps(records)))
    assert info.value.fix == "Give every record a unique 'id' (or remove the duplicate)."


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["upi/article.txt", "reuters/article.txt"], ["reuters-article", "upi-article"]),
        (["2021/feb/upi/article.txt", "2021/feb/reuters/article.txt"], ["reuters-article", "upi-article"]),
        (["a/story.txt", "b/story.txt", "story.md"], ["a-story", "b-story", "story"]),
        (["story.txt", "story.md"], ["story-md", "story-txt"]),  # as before
        (["路透社.txt", "联合社.txt"], ["article-", "article-"]),  # prefixes: a hash follows
        (["AP News.txt", "ap-news.txt"], ["ap-news-", "ap-news-"]),
        (["upi/AP.txt", "upi/ap.txt", "reuters/ap.txt"], ["reuters-ap", "upi-ap-", "upi-ap-"]),
    ],
)
def test_clashing_file_names_get_unique_readable_ids(tmp_path, write, names, expected):
    for name, text in zip(names, [WIRE_A, WIRE_B, WIRE_A.replace("Tuesday", "Monday")]):
        write(f"in/{name}", text)
    arts = load_articles(tmp_path / "in")
    ids = sorted(arts["article_id"])
    assert len(set(ids)) == len(ids)
    assert all(i.startswith(e) if e.endswith("-") else i == e for i, e in zip(ids, expected)), ids
    assert all(re.fullmatch(r"[a-z0-9_-]+", i) for i in ids)


def test_ids_do_not_depend_on_the_current_folder_or_the_order(tmp_path, write, monkeypatch):
    for name in ("upi/article.txt", "reuters/article.txt", "AP News.txt", "ap-news.txt"):
        write(f"in/{name}", WIRE_A if "upi" in name or "AP" in name else WIRE_B)
    first = dict(
        zip(
            load_articles(tmp_path / "in")["path"].map(lambda p: Path(p).resolve()),
            load_articles(tmp_path / "in")["article_id"],
        )
    )
    monkeypatch.chdir(tmp_path / "in" / "upi")
    files = ["../ap-news.txt", "article.txt", "../reuters/article.txt", "../AP News.txt"]
    again = load_articles(files)
    assert dict(zip(again["path"].map(lambda p: Path(p).resolve()), again["article_id"])) == first


def test_a_record_id_clashing_with_another_file_is_told_apart(write, tmp_path):
    write("in/d.json", json.dumps([{"id": "x", "text": BODY, "source": "Daily J"}, {"id": "y", "text": BODY}]))
    write("in/d-x.txt", WIRE_A)
    ids = sorted(load_articles(tmp_path / "in")["article_id"])
    assert len(set(ids)) == 3 and ids[2] == "d-y" and ids[0].startswith("d-x-") and ids[1].startswith("d-x-")


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


def test_errors_skip_with_nothing_left_says_what_was_wrong(write, tmp_path):
    write("bad/empty.txt", b"")
    write("bad/cols.csv", b"title,body2\nT,hello\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the error itself lists them: no warning that nobody would see
        with pytest.raises(
            InputError,
            match=r"no article could be read: .*cols.csv: the CSV header has no text column.*; .*empty.txt: the file is empty",
        ) as info:
            load_articles(tmp_path / "bad", errors="skip")
    assert "above" not in str(info.value)


def test_errors_policy_is_checked():
    with pytest.raises(ValueError, match="errors must be 'raise' or 'skip'"):
        load_articles(SEEDS, errors="ignore")


# ---------------------------------------------------------------- inputs that must not crash, hang or vanish
def test_a_device_or_fifo_is_refused_not_read(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # read whole, it fills the memory
    with pytest.raises(InputError, match=r"zero.txt: this is a character device, not an article file\."):
        load_articles(tmp_path / "zero.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # read, it waits for a writer for ever
    with pytest.raises(InputError, match=r"pipe.txt: this is a named pipe \(FIFO\), not an article file\."):
        load_articles(tmp_path / "pipe.txt")


def test_a_folder_scan_passes_over_devices_and_fifos(two_outlets):
    os.mkfifo(two_outlets / "pipe.txt")
    (two_outlets / "zero.txt").symlink_to("/dev/zero")
    assert sorted(load_articles(two_outlets)["article_id"]) == ["a", "b"]


@pytest.mark.parametrize(
    ("name", "size_mb", "limit"), [("big.txt", 51, 50), ("big.html", 51, 50), ("big.jsonl", 501, 500)]
)
def test_a_file_over_the_size_limit_is_refused(tmp_path, name, size_mb, limit):
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(size_mb * 2**20)  # sparse: no disk used, nothing read
    with pytest.raises(InputError, match=rf"{name}: the file is {size_mb} MB, over the {limit} MB limit"):
        load_articles(path)


PAGE = "<html><head><title>Harbor budget</title></head><body>{}</body></html>"
PARAS = [
    "The city council approved a budget of $2.5 million for the harbor on Tuesday, Mayor Anna Varga said.",
    "The vote was seven to two after a debate that lasted three hours in the town hall.",
    "The mayor said she expected the repairs to be finished before the summer tourist season began.",
]


@pytest.mark.parametrize(
    ("markup", "lost"),
    [
        ("<p>{0}</p><div><p>{1}</p></div><p>{2}</p>", False),  # well formed: all three kept
        ("<p>{0}\n<div>{1}</div>\n<p>{2}</p>", True),  # unclosed <p>, bare text in a <div>: the extractor drops it
        ("<div><p>{0}</div><div>{1}</div><p>{2}</p>", True),
    ],
)
def test_html_body_text_never_vanishes_silently(write, markup, lost):
    path = write("page.html", PAGE.format(markup.format(*PARAS)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = load_articles(path)["text"].iloc[0]
    told = [str(w.message) for w in caught if "could not be extracted" in str(w.message)]
    missing = PARAS[1] not in text
    assert missing == lost
    assert len(told) == lost
    if lost:
        assert told[0].startswith(f"{path}: 1 passage(s) of body text could not be extracted from the HTML")
        assert f"first: {PARAS[1][:70]!r}"[:-1] in told[0] and told[0].endswith(
            "copy the article text into a .txt file."
        )


RUSSIAN = (
    "СЕУЛ, 4 февраля. Президент Южной Кореи Мун Чжэ Ин и президент США Джо Байден провели в четверг "
    "телефонные переговоры и договорились укреплять союз двух стран.\n\n"
    "Стороны также обсудили ядерную программу Северной Кореи и положение в Мьянме, говорится в заявлении."
)


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("ru.txt", RUSSIAN.encode("koi8-r"), "mostly Cyrillic letters"),
        ("ru8.txt", RUSSIAN.encode("utf-8"), "mostly Cyrillic letters"),
        (
            "fr.txt",
            "Le conseil municipal a approuvé mardi un budget de 2,5 millions de dollars pour le port, a déclaré la maire. "
            "Le vote a été acquis par sept voix contre deux après un débat de trois heures dans la salle du conseil. "
            "Les travaux sur la vieille jetée commenceront en juin, selon les élus.".encode(),
            "few common English words",
        ),
    ],
)
def test_text_that_is_not_english_warns_naming_the_file(write, tmp_path, name, content, why):
    path = write(f"in/{name}", content)
    write("in/b.txt", WIRE_B)
    with pytest.warns(FactcheckWarning, match=re.escape(f"{path} ({why}): the text does not look like English")):
        load_articles(tmp_path / "in")


def test_english_articles_do_not_warn(two_outlets):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_articles(two_outlets)
        load_articles(SEEDS)


@pytest.mark.parametrize("errors", ["raise", "skip"])
def test_many_files_load_on_all_cores_as_they_would_one_by_one(tmp_path, monkeypatch, errors):
    import factcheck._parallel as parallel
    import factcheck.articles as articles

    folder = tmp_path / "many"
    folder.mkdir()
    for k in range(12):
        (folder / f"outlet{k:02d}.txt").write_text(f"Outlet {k} reports. {BODY} Members met {k} times.\n")
    (folder / "outlet05.txt").write_bytes(b"")  # unreadable: the same error either way, first in file order
    (folder / "outlet09.html").write_text("<html><body><nav>Home</nav></body></html>")

    def load():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                return load_articles(folder, errors=errors), [str(w.message) for w in caught]
            except InputError as exc:
                return (exc.path, exc.problem, exc.fix), [str(w.message) for w in caught]

    serial = load()
    monkeypatch.setattr(articles, "PARALLEL_FILES", 2)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    together = load()
    if errors == "raise":
        assert together == serial and serial[0][0].name == "outlet05.txt"
    else:
        pd.testing.assert_frame_equal(together[0], serial[0])
        assert together[1] == serial[1] and "outlet05.txt" in serial[1][0] and "outlet09.html" in serial[1][0]
        assert len(serial[0]) == 11  # 12 texts, one of them empty


def test_input_errors_survive_a_worker_process():
    import pickle

    error = InputError("feed/a.txt", "the file is empty.", "Add the article's text.")
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.path, again.problem, again.fix) == (str(error), error.path, error.problem, error.fix)
