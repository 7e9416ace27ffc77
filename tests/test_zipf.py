"""The cached Zipf table gives wordfreq's own values, and falls back to wordfreq where it cannot help."""

import random

import pytest
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


def test_other_words_go_to_wordfreq(fresh):
    for word in ("Biden", "o'neill", "chrétien", "covid19", "", "well-known"):
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
