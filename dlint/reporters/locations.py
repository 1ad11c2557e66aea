"""Paths as the machine-readable formats name them: relative to the report's root, with forward slashes."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote


def relative_path(path: str, root: str) -> str | None:
    """``path`` relative to ``root`` in forward-slash form, or None when it lies outside ``root``."""
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive on Windows
        return None
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    return Path(relative).as_posix()


def display_path(path: str, root: str) -> str:
    """The root-relative path when there is one, else ``path`` as given, with forward slashes."""
    relative = relative_path(path, root)
    return relative if relative is not None else path.replace(os.sep, "/")


def artifact_location(path: str, root: str, base_id: str) -> dict[str, str]:
    """A SARIF artifactLocation: a percent-encoded URI relative to ``base_id``, or an absolute file URI.

    The URI encodes the file name's bytes, so a name that is not UTF-8 is written as it is on disk.
    """
    relative = relative_path(path, root)
    if relative is None:
        return {"uri": Path(os.path.abspath(path)).as_uri()}
    return {"uri": quote(os.fsencode(relative), safe="/"), "uriBaseId": base_id}


def root_uri(root: str) -> str:
    """The absolute ``file:`` URI of ``root``, ending with a slash as SARIF requires of a base URI."""
    return Path(os.path.abspath(root)).as_uri().rstrip("/") + "/"
