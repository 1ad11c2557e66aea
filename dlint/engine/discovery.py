"""Which files a run lints: named files as given, Dockerfiles found under named folders.

A folder is searched recursively for ``Dockerfile``, ``Containerfile``,
``*.Dockerfile``, ``Dockerfile.*`` and ``Containerfile.*`` (any letter case).
The search leaves out what only looks like a Dockerfile:

- BuildKit's per-Dockerfile ignore files, ``*.dockerignore``;
- names whose last suffix marks source code, documentation, data, a binary,
  a template or an editor's or patch's leftover (``dockerfile.py``,
  ``Dockerfile.md``, ``dockerfile.abi3.so``, ``Dockerfile.j2``,
  ``Dockerfile.in``, ``Dockerfile.orig``): see :data:`NOT_DOCKERFILE_SUFFIXES`;
- version-control metadata, virtual environments and vendored dependencies
  (:data:`SKIPPED_FOLDERS`, and any folder holding a ``pyvenv.cfg``);
- named pipes, sockets and devices, which are never opened (reading a pipe
  would wait forever): each is skipped with a notice;
- inside a git work tree, the files git ignores, asking ``git check-ignore``
  once per work tree with the repository's fsmonitor and hooks turned off, so
  a checkout's config cannot run commands.

A folder that cannot be listed is a problem for that folder. A file named on
the command line is always linted, whatever its name, unless it is a pipe,
socket or device.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from dlint.engine.reading import special_file_kind
from dlint.engine.report import FileProblem, Notice

NOT_DOCKERFILE_SUFFIXES = frozenset(
    {
        # source code and scripts
        ".py", ".pyc", ".pyi", ".pyo", ".go", ".js", ".mjs", ".cjs", ".ts", ".rb", ".java", ".sh", ".bash", ".ps1",
        # documentation
        ".md", ".rst", ".txt", ".html", ".adoc",
        # data
        ".json", ".yaml", ".yml", ".toml", ".xml",
        # compiled code
        ".so", ".dylib", ".dll", ".exe", ".o", ".a",
        # templates: a build tool renders them into the real Dockerfile
        ".j2", ".jinja", ".jinja2", ".tmpl", ".tpl", ".template", ".in", ".erb", ".mustache", ".hbs",
        # leftovers of editors and patches
        ".orig", ".rej", ".bak", ".swp",
    }
)

SKIPPED_FOLDERS = frozenset(
    {
        ".git", ".hg", ".svn",                                            # version control
        ".venv", "venv", "site-packages", "dist-packages", ".tox", ".nox", "__pycache__",  # Python environments
        "node_modules", "bower_components",                               # JavaScript dependencies
        "vendor",                                                         # Go, PHP and Ruby dependencies
    }
)
VIRTUAL_ENVIRONMENT_MARKER = "pyvenv.cfg"


@dataclass
class Discovery:
    """The files to lint, and what the search could not or would not take."""

    files: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)       # pipes, sockets and devices left alone
    problems: list[FileProblem] = field(default_factory=list)  # folders that could not be listed


def is_dockerfile_name(name: str) -> bool:
    """Whether a folder search lints a file of this name."""
    lower = name.lower()
    if lower.endswith(".dockerignore"):
        return False
    if lower.startswith(("dockerfile.", "containerfile.")):
        return os.path.splitext(lower)[1] not in NOT_DOCKERFILE_SUFFIXES
    return lower in ("dockerfile", "containerfile") or lower.endswith(".dockerfile")


def is_skipped_folder(name: str) -> bool:
    """Whether a folder search stays out of a folder of this name, wherever it lies."""
    return name.lower() in SKIPPED_FOLDERS


def discover(paths: Sequence[str]) -> Discovery:
    """The files to lint, in the order named; each folder's Dockerfiles sorted, each file once."""
    discovery = Discovery()
    found: list[str] = []
    walked_by_tree: dict[str, list[str]] = {}
    for path in paths:
        kind = special_file_kind(path)
        if kind is not None:
            discovery.notices.append(_skipped(path, kind))
        elif os.path.isdir(path):
            files = _search(path, discovery)
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
    for path in found:
        key = os.path.normpath(os.path.abspath(path))
        if path in ignored or key in seen:
            continue
        seen.add(key)
        discovery.files.append(path)
    return discovery


def _search(folder: str, discovery: Discovery) -> list[str]:
    """The Dockerfiles under ``folder``: each folder's files sorted, then its subfolders in order."""
    files: list[str] = []
    pending = [folder]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            discovery.problems.append(FileProblem(directory, _reason(error), "unreadable"))
            continue
        if directory != folder and any(entry.name == VIRTUAL_ENVIRONMENT_MARKER for entry in entries):
            continue
        subfolders = []
        for entry in entries:
            if _is_folder(entry):
                if not is_skipped_folder(entry.name):
                    subfolders.append(entry.path)
            elif is_dockerfile_name(entry.name):
                path = _shown(folder, entry.path)
                kind = special_file_kind(entry.path)
                if kind is None:
                    files.append(path)
                else:
                    discovery.notices.append(_skipped(path, kind))
        pending.extend(reversed(subfolders))
    return files


def _is_folder(entry: os.DirEntry) -> bool:
    # like os.walk, a symbolic link to a folder is not followed: it could lead back up
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _skipped(path: str, kind: str) -> Notice:
    return Notice(f"skipped: {kind}, not a regular file", path)


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()


def _shown(folder: str, path: str) -> str:
    """``path`` as a user would write it: under ``.`` without a ``./`` prefix."""
    return os.path.relpath(path, folder) if os.path.normpath(folder) == "." else path


def _work_tree_of(folder: str) -> str | None:
    current = os.path.abspath(folder)
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


# A repository's config can name commands git runs as it works (core.fsmonitor
# on every status-like query, hooks); an untrusted checkout must not run them.
GIT_WITHOUT_COMMANDS = ("git", "-c", "core.fsmonitor=false", "-c", f"core.hooksPath={os.devnull}")


def _ignored_by_git(tree: str, files: list[str]) -> set[str]:
    """The ``files`` git ignores in the work tree at ``tree``; empty when git is unavailable."""
    if not files:
        return set()
    import subprocess

    relative = {os.path.relpath(os.path.abspath(f), tree): f for f in files}
    try:
        completed = subprocess.run(
            [*GIT_WITHOUT_COMMANDS, "check-ignore", "--stdin", "-z"],
            cwd=tree,
            input=b"".join(os.fsencode(path) + b"\0" for path in relative),
            capture_output=True,
            check=False,
        )
    except OSError:
        return set()
    if completed.returncode not in (0, 1):
        return set()
    return {relative[p] for p in map(os.fsdecode, completed.stdout.split(b"\0")) if p in relative}
