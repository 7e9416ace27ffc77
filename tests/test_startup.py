"""``import factcheck`` is cheap (PEP 562 lazy names) and every public name still works."""

import subprocess
import sys

from conftest import ROOT

import factcheck

HEAVY = ("pandas", "numpy", "scipy", "matplotlib", "rapidfuzz", "trafilatura", "openpyxl", "pyarrow", "wordfreq")


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.strip()


def test_import_factcheck_loads_no_heavy_library():
    loaded = _run(f"import sys, factcheck; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    assert loaded == ""


def test_the_command_line_module_loads_no_plotting_html_or_spreadsheet_library():
    loaded = _run(f"import sys, factcheck.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    assert not {"matplotlib", "trafilatura", "openpyxl"} & set(loaded.split())


def test_every_public_name_is_reachable_and_listed():
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None, name
    assert set(factcheck.__all__) <= set(dir(factcheck))
    assert factcheck.__version__


def test_public_names_are_the_submodules_objects():
    from factcheck.export import export
    from factcheck.pipeline import check
    from factcheck.review.facts import FactSession

    assert factcheck.check is check and factcheck.FactSession is FactSession and factcheck.export is export


def test_importing_the_export_module_does_not_hide_the_export_function():
    out = _run("import factcheck.export, factcheck; print(callable(factcheck.export), factcheck.export.__name__)")
    assert out == "True export"


def test_from_import_star_and_unknown_names():
    namespace: dict = {}
    exec("from factcheck import *", namespace)
    assert {"check", "load_articles", "ReviewSession", "suggest_verdicts"} <= set(namespace)
    try:
        factcheck.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_fast_paths_of_text_helpers_match_translate():
    from factcheck import _checks, _text

    samples = [
        "",
        "plain ascii `quoted` text\twith a tab",
        "\u201cAmerica\u2019s return\u201d \u2013 yes\u00a0no\u200b\u00adsoft",
        "caf\u00e9 \u1e01 \u0250 \u00bd \u00b2 \u0416 \u3042",
        "The city council approved a budget of $2.5 million for the harbor on Tuesday. " * 5,
        "Le conseil municipal a approuv\u00e9 mardi un budget de deux millions pour le port. " * 5,
        "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b. " * 40,
        "\u201cWe will act,\u201d she said. " * 30,
    ]
    for text in samples:
        assert _text.fold(text) == text.translate(_text._FOLD)
        assert _text.clean_unicode(text) == text.translate(_text._INVISIBLE).translate(_text._SPACES)
    assert _checks.not_english(samples[6]) == "mostly Cyrillic letters"
    assert _checks.not_english(samples[5]) == "few common English words"
    assert _checks.not_english(samples[7]) == ""
