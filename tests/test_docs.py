"""The README tells the truth: its commands, its API list, what CI runs."""

import json
import re

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


def _requirements():
    return [
        ln.strip()
        for ln in (ROOT / "requirements.txt").read_text().splitlines()
        if ln.strip() and not ln.startswith("#")
    ]


def test_requirements_install_the_project():
    assert len(_requirements()) == 1 and _requirements()[0].startswith("-e .[")


def test_the_first_command_installs_what_every_notebook_needs():
    extras = set(re.fullmatch(r"-e \.\[([\w,]+)\]", _requirements()[0])[1].split(","))
    notebooks = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "notebooks").glob("*.ipynb"))
    needs = {"notebook"} | ({"parquet"} if ".parquet" in notebooks else set())
    assert needs <= extras


def _ci_lines():
    return [ln.strip() for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]


def test_ci_runs_the_notebooks_in_a_venv_built_as_a_newcomer_builds_it():
    ci = _ci_lines()
    install = next(i for i, ln in enumerate(ci) if "pip install" in ln and "-r requirements.txt" in ln)
    assert ".[test]" not in ci[install] and all(tool in ci[install] for tool in ("pytest", "nbclient", "nbformat"))
    venv = ci[install].split("/bin/pip")[0]
    run_notebooks = next(i for i, ln in enumerate(ci) if "tests/test_notebooks.py" in ln)
    assert ci[run_notebooks].startswith(f"{venv}/bin/python -m pytest") and install < run_notebooks
    assert run_notebooks < ci.index(README.splitlines()[1].strip())


def test_ci_is_strict_and_never_waits_for_input():
    ci = _ci_lines()
    assert "set -euo pipefail" in ci and "exec </dev/null" in ci
    assert any(ln.startswith("export CI=true ") for ln in ci)


def test_readme_states_the_python_it_needs():
    minimum = re.search(r'requires-python = ">=(\d+\.\d+)"', (ROOT / "pyproject.toml").read_text())[1]
    assert f"Python {minimum} or newer" in README


def test_readme_cli_timing_is_the_measured_one():
    # The start-up figures of the latest run (README: "start-up" in speed_wire.json).
    speed = json.loads((ROOT / "benchmarks" / "results" / "speed_wire.json").read_text())
    assert f"| `factcheck check seeds/` (`python -m factcheck`) | < 0.8 s | {speed['cli']['median_s']:.2f} s" in README
    assert (
        f"| `import factcheck` (a whole `python -c` process) | < 0.3 s | {speed['import']['import_factcheck']['median_s']:.2f} s"
        in README
    )


def test_every_public_name_is_documented():
    missing = [name for name in factcheck.__all__ if name != "__version__" and f"`{name}" not in README]
    assert missing == []


def test_public_names_exist_and_have_docstrings():
    for name in factcheck.__all__:
        obj = getattr(factcheck, name)
        if callable(obj):
            assert obj.__doc__, name


def test_every_workshop_name_is_documented():
    from factcheck import workshops

    assert [name for name in workshops.__all__ if f"`{name}" not in README] == []


def test_the_workshop_section_names_the_commands_a_trainer_types():
    from factcheck.workshops import list_packs

    section = README[README.index("## Running a workshop") : README.index("## Export and report")]
    for command in ("factcheck workshop list", "factcheck workshop new", "factcheck workshop serve",
                    "factcheck workshop report", "factcheck workshop key", "factcheck workshop plant"):  # fmt: skip
        assert command in section, command
    for pack in list_packs().itertuples():
        assert f"| `{pack.name}` | {pack.difficulty}," in section and f"| {pack.claims} |" in section
