"""The cached Zipf table gives wordfreq's own values, and falls back to wordfreq where it cannot help."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import get_frequency_dict, zipf_frequency

from factcheck import _zipf
from factcheck.vocab import _COMMON_FLOOR


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(_zipf, "_open", {})
    return tmp_path / "cache"


def test_the_table_holds_wordfreqs_values(fresh):
    words = [w for w in get_frequency_dict("en") if w.isascii() and w.isalpha() and w.islower()]
    sample = [*random.Random(0).sample(words, 3000), "the", "democracy", "demacracy", "zzxqj", "a"]
    for word in sample:
        assert _zipf.lookup(word, _COMMON_FLOOR) == zipf_frequency(word, "en"), word
    assert len(list(fresh.glob("zipf-en-*.sqlite3"))) == 1


def test_joined_words_and_closing_marks_hold_wordfreqs_values(fresh):
    """ "o'neill", "p.m." and "sixers'" come from the table: one such word in an article would
    otherwise load wordfreq (0.3 s)."""
    freqs = get_frequency_dict("en")
    joined = [
        w for w in freqs if w.isascii() and ("'" in w or "." in w) and w.replace("'", "").replace(".", "").isalpha()
    ]
    plain = random.Random(1).sample([w for w in freqs if w.isascii() and w.isalpha() and w.islower()], 500)
    sample = [
        *random.Random(0).sample(joined, 1000),
        *(w + "." for w in plain[:250]),
        *(w + "'" for w in plain[250:]),
        *("o'neill", "p.m.", "a.m.", "d.c.", "u.s.", "don't.", "sixers'", "rock'n'roll", "@nasa", "#metoo", "@s"),
    ]
    found = 0
    for word in sample:
        value = _zipf.lookup(word, _COMMON_FLOOR)
        if value is not None:
            found += 1
            assert value == zipf_frequency(word, "en"), word
    assert found > 0.95 * len(sample)


@pytest.mark.parametrize(
    "word",
    [
        "Biden",  # capitals: wordfreq folds case its own way
        "chrétien",
        "covid19",
        "",
        "well-known",
        "d'angelo",  # wordfreq reads "d'" apart: two tokens, not in the table whole
        "l'amour",
        "'tis",
    ],
)
def test_other_words_go_to_wordfreq(fresh, word):
    assert _zipf.lookup(word, _COMMON_FLOOR) is None


def test_common_words_are_wordfreqs(fresh):
    expected = frozenset(w for w, f in get_frequency_dict("en").items() if f >= _COMMON_FLOOR and w.isalpha())
    assert _zipf.common_words(_COMMON_FLOOR) == expected


def test_a_cache_folder_that_cannot_be_written_falls_back(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(_zipf, "_open", {})
    assert _zipf.lookup("democracy", _COMMON_FLOOR) is None
    assert _zipf.common_words(_COMMON_FLOOR) is None


def test_a_damaged_table_falls_back(fresh):
    assert _zipf.lookup("democracy", _COMMON_FLOOR) is not None
    (path,) = fresh.glob("zipf-en-*.sqlite3")
    path.write_bytes(b"not a database")
    _zipf._open.clear()
    assert _zipf.lookup("democracy", _COMMON_FLOOR) is None


_JOINED = st.from_regex(r"[@#]?[a-z]{1,6}(['._][a-z]{1,6}){0,2}['.]?", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(word=_JOINED)
def test_a_looked_up_word_has_wordfreqs_value_or_goes_to_wordfreq(word):
    """Whatever the table answers is wordfreq's answer: joined words nobody wrote ("hit't") are unknown
    to both, and an elided word is left to wordfreq."""
    value = _zipf.lookup(word, _COMMON_FLOOR)
    assert value is None or value == zipf_frequency(word, "en")


def test_tables_of_installs_no_longer_in_use_are_removed(fresh):
    """A new table (a new environment, an upgrade) removes the stale ones and keeps the latest few."""
    import os
    import time

    fresh.mkdir(parents=True)
    now = time.time()
    ages = {"recent-a": 1, "recent-b": 2, "recent-c": 3, "recent-d": 4, "stale": 9}  # days since last use
    for name, days in ages.items():
        table = fresh / f"zipf-en-v1-{name}.sqlite3"
        table.write_bytes(b"old table")
        os.utime(table, (now - days * 86_400, now - days * 86_400))
    other = fresh / "notes.txt"
    other.write_text("not ours")
    assert _zipf.lookup("democracy", _COMMON_FLOOR) is not None  # builds this install's table
    left = sorted(p.name for p in fresh.iterdir())
    assert [n for n in left if n.startswith("zipf-en-v1-")] == [
        "zipf-en-v1-recent-a.sqlite3",
        "zipf-en-v1-recent-b.sqlite3",
        "zipf-en-v1-recent-c.sqlite3",
    ]  # with this install's own table, the four most recently used
    assert "notes.txt" in left and len([n for n in left if n.startswith(f"zipf-en-v{_zipf._VERSION}-")]) >= 1


def test_opening_a_table_marks_it_used(fresh):
    import os
    import time

    assert _zipf.lookup("democracy", _COMMON_FLOOR) is not None
    (table,) = fresh.glob("zipf-en-*.sqlite3")
    old = time.time() - 3 * 86_400
    os.utime(table, (old, old))
    _zipf._open.clear()
    assert _zipf.lookup("democracy", _COMMON_FLOOR) is not None
    assert table.stat().st_mtime > old + 86_400
