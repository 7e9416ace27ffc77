"""Run a benchmark script on ``factcheck/`` as committed at another revision, for before/after tables."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def json_at(rev: str, script: str, *args: str) -> dict:
    """What ``script args --json`` prints (a JSON object), with the kit at ``rev`` on ``sys.path``: a detached
    worktree, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="factcheck-at-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), rev], check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree)}
            run = subprocess.run([sys.executable, script, *args, "--json"], env=env, check=True, capture_output=True)
            return json.loads(run.stdout)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
