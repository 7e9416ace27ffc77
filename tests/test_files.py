from pathlib import Path

import pytest

from factcheck import InputError
from factcheck._files import MAX_ARTICLE_BYTES, article_ids, read_input, slug


def test_a_10_mb_article_is_read(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"The council approved the budget on Tuesday. " * (10 * 2**20 // 44))
    assert len(read_input(path, "txt")) > 10 * 10**6
    assert MAX_ARTICLE_BYTES == 50 * 2**20


def test_a_folder_is_not_read(tmp_path):
    with pytest.raises(InputError, match="this is a folder, not an article file"):
        read_input(tmp_path, "txt")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("000_44ee4c4737ad4eae", "000_44ee4c4737ad4eae"),
        ("AP News", "ap-news"),
        ("路透社", "article"),
        ("--", "article"),
    ],
)
def test_slug(name, expected):
    assert slug(name) == expected


def test_ids_are_the_same_for_the_same_files_in_any_order():
    files = [Path("x/AP News.txt"), Path("x/ap-news.txt"), Path("x/upi/a.txt"), Path("x/reuters/a.txt")]
    ids = article_ids(files)
    assert article_ids(files[::-1]) == ids
    assert len(set(ids.values())) == 4
    assert ids[Path("x/upi/a.txt")] == "upi-a"


def test_seed_ids_are_kept():
    files = sorted(Path("seeds").glob("0*.txt"))
    assert sorted(article_ids(files).values()) == ["000_44ee4c4737ad4eae", "001_f304932ce0d9819e"]
