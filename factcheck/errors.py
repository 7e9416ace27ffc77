"""One small exception family: catch ``FactcheckError`` to catch them all.

Every message names the file, record or column at fault and says what to do.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ExportError", "FactcheckError", "InputError", "SchemaError", "StoreError", "WorkshopError"]


class FactcheckError(Exception):
    """Base class of every error the kit raises on purpose."""


class InputError(FactcheckError):
    """An article file (or folder) cannot be read as articles.

    ``path`` is the offending file; the message says what is wrong and the fix.
    """

    def __init__(self, path: str | Path | None, problem: str, fix: str = "") -> None:
        self.path = None if path is None else Path(path)
        self.problem = problem
        self.fix = fix
        where = f"{path}: " if path is not None else ""
        super().__init__(f"{where}{problem}" + (f" {fix}" if fix else ""))

    def __reduce__(self) -> tuple[type[InputError], tuple[Path | None, str, str]]:
        # Rebuilt from its parts, not its message: a worker process hands errors back pickled.
        return (type(self), (self.path, self.problem, self.fix))


class SchemaError(FactcheckError, ValueError):
    """A DataFrame handed to a stage lacks the columns that stage needs."""


class StoreError(FactcheckError):
    """The decisions store cannot be read or written."""


class ExportError(FactcheckError):
    """A table cannot be exported in the requested format."""


class WorkshopError(FactcheckError, ValueError):
    """An exercise pack, answer key or workshop folder cannot be used as it is.

    The message names the pack, file or key entry at fault and what to do.
    """


class FactcheckWarning(UserWarning):
    """Something the analyst should know, that does not stop the run."""
