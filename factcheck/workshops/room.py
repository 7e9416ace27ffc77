"""A workshop folder: one pack made ready for a room of learners.

``factcheck workshop new PACK DIR`` (:func:`new_workshop`) copies the pack's
articles and key into ``DIR`` with ``workshop.json`` (the pack's name and the
trainer's choice of feedback), ``learner.ipynb`` (the exercise app, run as a
Voilà app: pick a name, review, see the feedback) and ``trainer.ipynb`` (the
key, where the kit is wrong, and the class report). Each learner's answers go
to ``DIR/answers/<name>.jsonl``, a decisions store like any other.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import WorkshopError
from .exercise import FEEDBACK
from .packs import Pack, load_pack

__all__ = ["Workshop", "new_workshop", "open_workshop"]

_NOTEBOOK_META = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def _cell(kind: str, source: str) -> dict[str, Any]:
    cell: dict[str, Any] = {"cell_type": kind, "metadata": {}, "source": source}
    if kind == "code":
        cell.update(execution_count=None, outputs=[])
    return cell


def _notebook(cells: list[dict[str, Any]]) -> str:
    for n, cell in enumerate(cells, 1):
        cell["id"] = f"cell-{n}"
    return json.dumps({"cells": cells, "metadata": _NOTEBOOK_META, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


def learner_notebook() -> str:
    """The learner's notebook: a heading and one cell that opens the app (Voilà hides the code;
    the app shows the exercise's title and what to do)."""
    return _notebook(
        [
            _cell("markdown", "# Fact-check exercise"),
            _cell("code", "from factcheck.workshops.learner_widget import learner_app\n\nlearner_app()"),
        ]
    )


def trainer_notebook(title: str) -> str:
    """The trainer's notebook: the pack, its key, where the kit is wrong, and the class report."""
    return _notebook(
        [
            _cell(
                "markdown",
                f"# Trainer: {title}\n\nRun the cells from top to bottom (Shift+Enter). The class "
                "report reads every learner's answers from `answers/`; run it again at the end "
                "of the exercise.",
            ),
            _cell(
                "code",
                "import pandas as pd\nfrom IPython.display import FileLink, Markdown, display\n\n"
                "from factcheck.workshops import class_results, open_workshop, write_class_report\n\n"
                'pd.set_option("display.max_colwidth", 120)\nroom = open_workshop(".")\n'
                "table = room.pack.check()\nroom.pack.describe()",
            ),
            _cell("markdown", "## The answer key (for the reveal)"),
            _cell("code", 'display(Markdown(room.pack.key.to_text("md", table)))'),
            _cell(
                "markdown",
                "## Where the kit's own suggestion differs from the key\n\nGood moments to "
                "discuss: what did the tool miss, and why?",
            ),
            _cell("code", "pd.DataFrame(list(room.pack.kit_wrong), columns=['outlet', 'phrase', 'kit', 'why'])"),
            _cell(
                "markdown",
                "## The class\n\nScores, the hardest claims, the kinds the room missed most, the "
                "confusion matrix and the agreement between learners. Set `hide_names=True` "
                "before showing it to the room.",
            ),
            _cell(
                "code",
                "results = class_results(room.stores(), table, room.pack.key, hide_names=False)\n"
                'report = write_class_report(results, "class_report.html")\n'
                "display(results.scores)\nFileLink(str(report))",
            ),
        ]
    )


def learner_file(name: str) -> str:
    """The file name of a learner's answers: their name in lower case, its letters and digits joined by dashes.

    >>> learner_file("  Ana María O'Neil ")
    'ana-maría-o-neil.jsonl'
    """
    slug = re.sub(r"[\W_]+", "-", name.strip().lower()).strip("-")
    if not slug:
        raise WorkshopError(f"{name!r} is not a usable name; type a name with letters or digits")
    return f"{slug[:60]}.jsonl"


@dataclass(frozen=True)
class Workshop:
    """A workshop folder (see :func:`open_workshop`)."""

    folder: Path
    pack: Pack
    feedback: str = "each"

    @property
    def answers(self) -> Path:
        """The folder of the learners' answers, one store per learner."""
        return self.folder / "answers"

    def store_for(self, name: str) -> Path:
        """Where the learner called ``name`` keeps their answers."""
        self.answers.mkdir(exist_ok=True)
        return self.answers / learner_file(name)

    def stores(self) -> list[Path]:
        """Every learner's store so far, in name order."""
        return sorted(self.answers.glob("*.jsonl")) if self.answers.is_dir() else []


def new_workshop(pack: str | Path | Pack, folder: str | Path, *, feedback: str = "each") -> Workshop:
    """Copy ``pack`` into the new or empty ``folder`` with the learner's and the trainer's notebooks.

    >>> import tempfile
    >>> room = new_workshop("elderwick-fair", tempfile.mkdtemp() + "/room1", feedback="end")
    >>> sorted(p.name for p in room.folder.iterdir()), room.feedback
    (['answers', 'articles', 'key.json', 'learner.ipynb', 'pack.json', 'trainer.ipynb', 'workshop.json'], 'end')
    """
    if feedback not in FEEDBACK:
        raise WorkshopError(
            f"feedback is 'each' (after every answer) or 'end' (when all are answered), not {feedback!r}"
        )
    source = load_pack(pack)
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise WorkshopError(f"{folder}: already exists and is not an empty folder; give a new folder name")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source.articles, folder / "articles")
    shutil.copy2(source.folder / "key.json", folder / "key.json")
    description = json.loads((source.folder / "pack.json").read_text(encoding="utf-8-sig"))
    description["name"] = source.name
    (folder / "pack.json").write_text(json.dumps(description, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    setup = {"pack": source.name, "title": source.title, "feedback": feedback}
    (folder / "workshop.json").write_text(json.dumps(setup, indent=2) + "\n", encoding="utf-8")
    (folder / "learner.ipynb").write_text(learner_notebook(), encoding="utf-8")
    (folder / "trainer.ipynb").write_text(trainer_notebook(source.title), encoding="utf-8")
    (folder / "answers").mkdir()
    return open_workshop(folder)


def open_workshop(folder: str | Path) -> Workshop:
    """The workshop in ``folder`` (made by :func:`new_workshop` or ``factcheck workshop new``).

    >>> import tempfile
    >>> folder = new_workshop("lowmere-storm", tempfile.mkdtemp() + "/room").folder
    >>> room = open_workshop(folder)
    >>> room.pack.title, room.feedback, room.store_for("Ana").name
    ('Storm on Lowmere island', 'each', 'ana.jsonl')
    """
    folder = Path(folder)
    setup_file = folder / "workshop.json"
    if not setup_file.is_file():
        raise WorkshopError(
            f"{folder}: not a workshop folder (no workshop.json); make one with `factcheck workshop new PACK {folder}`"
        )
    try:
        setup = json.loads(setup_file.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise WorkshopError(f"{setup_file}: not readable ({exc})") from None
    feedback = str(setup.get("feedback", "each")) if isinstance(setup, dict) else "each"
    if feedback not in FEEDBACK:
        raise WorkshopError(f"{setup_file}: feedback is 'each' or 'end', not {feedback!r}")
    return Workshop(folder=folder, pack=load_pack(folder), feedback=feedback)
