"""Logic modules never import ipywidgets or IPython; only the review widget may."""

import ast

from conftest import ROOT

WIDGET_MODULES = {
    "review/widget.py",  # the claim reviewer
    "review/fact_widget.py",  # the fact reviewer
    "review/exercise_widget.py",  # the reviewer in exercise mode (teaching workshops)
    "workshops/learner_widget.py",  # the learner app: a name box, then the exercise (run in Voilà)
}
UI_PACKAGES = ("ipywidgets", "IPython", "ipyevents")


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_only_the_widget_module_imports_ui_packages():
    package = ROOT / "factcheck"
    offenders = []
    for path in package.rglob("*.py"):
        rel = path.relative_to(package).as_posix()
        if rel in WIDGET_MODULES:
            continue
        offenders += [f"{rel}: {name}" for name in _imports(path) if name.split(".")[0] in UI_PACKAGES]
    assert offenders == []


def test_modules_stay_small():
    sizes = {
        p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
        for p in (ROOT / "factcheck").rglob("*.py")
    }
    assert {k: v for k, v in sizes.items() if v > 400} == {}
