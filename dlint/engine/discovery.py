"""Which files a run lints: named files as given, Dockerfiles found under named folders.

A folder is searched recursively for ``Dockerfile``, ``Containerfile``,
``*.Dockerfile``, ``Dockerfile.*`` and ``Containerfile.*`` (any letter case),
never ``*.dockerignore`` (BuildKit's per-Dockerfile ignore files) and never
inside ``.git``. When a searched folder lies in a git work tree, the files git
ignores are dropped, asking ``git check-ignore`` once per work tree. A file
named on the command line is always linted, whatever its name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence


def is_dockerfile_name(name: str) -> bool:
    lower = name.lower()
    if lower.endswith(".dockerignore"):
        return False
    return (
        lower in ("dockerfile", "containerfile")
        or lower.endswith(".dockerfile")
        or lower.startswith(("dockerfile.", "containerfile."))
    )


def discover(paths: Sequence[str]) -> list[str]:
    """The files to lint, in the order named; each folder's Dockerfiles sorted, each file once."""
    found: list[str] = []
    walked_by_tree: dict[str, list[str]] = {}
    for path in paths:
        if os.path.isdir(path):
            files = list(_walk(path))
            tree = _work_tree_of(path)
            if tree is not None:
                walked_by_tree.setdefault(tree, []).extend(files)
            found.extend(files)
        else:
            found.append(path)
    ignored: set[str] = set()
    for tree, files in walked_by_tree.items():
        ignored |= _ignored_by_git(tree, files)
    seen: set[str] = set()
    chosen = []
    for path in found:
        key = os.path.normpath(os.path.abspath(path))
        if path in ignored or key in seen:
            continue
        seen.add(key)
        chosen.append(path)
    return chosen


def _walk(folder: str) -> Iterable[str]:
    for directory, subdirectories, files in os.walk(folder):
        subdirectories[:] = sorted(d for d in subdirectories if d != ".git")
        for name in sorted(files):
            if is_dockerfile_name(name):
                yield _join(folder, os.path.relpath(os.path.join(directory, name), folder))


def _join(folder: str, relative: str) -> str:
    """``folder/relative`` as a user would write it: ``.`` adds no ``./`` prefix."""
    return relative if os.path.normpath(folder) == "." else os.path.join(folder, relative)


def _work_tree_of(folder: str) -> str | None:
    current = os.path.abspath(folder)
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _ignored_by_git(tree: str, files: list[str]) -> set[str]:
    """The ``files`` git ignores in the work tree at ``tree``; empty when git is unavailable."""
    if not files:
        return set()
    import subprocess

    relative = {os.path.relpath(os.path.abspath(f), tree): f for f in files}
    try:
        completed = subprocess.run(
            ["git", "check-ignore", "--stdin", "-z"],
            cwd=tree,
            input="\0".join(relative).encode() + b"\0",
            capture_output=True,
            check=False,
        )
    except OSError:
        return set()
    if completed.returncode not in (0, 1):
        return set()
    return {relative[p] for p in completed.stdout.decode(errors="replace").split("\0") if p in relative}
