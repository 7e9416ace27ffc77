"""The README tells the truth: its commands, its API list, what CI runs."""

from conftest import ROOT

import factcheck

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first, second = README.splitlines()[:2]
    assert first.strip().endswith("pip install -r requirements.txt && factcheck check seeds/")
    assert "python -m pytest" in second


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = README.splitlines()[1].strip()
    assert test_command in [line.strip() for line in ci]


def test_requirements_install_the_project():
    lines = [
        ln.strip()
        for ln in (ROOT / "requirements.txt").read_text().splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    assert lines == ["-e .[notebook]"]


def test_every_public_name_is_documented():
    missing = [name for name in factcheck.__all__ if name != "__version__" and f"`{name}" not in README]
    assert missing == []


def test_public_names_exist_and_have_docstrings():
    for name in factcheck.__all__:
        obj = getattr(factcheck, name)
        if callable(obj):
            assert obj.__doc__, name
