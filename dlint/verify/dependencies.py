"""Dependency installs, manifests, and which context files a COPY brings in.

A dependency install is a RUN that installs what a manifest lists
(``pip install -r requirements.txt``, ``npm ci``, ``go mod download``...).
The cache experiment changes one application file that is not a manifest
and rebuilds; a well-ordered Dockerfile keeps the install cached.
"""

from __future__ import annotations

import fnmatch
import posixpath

from dlint.model.dependency_installs import dependency_install
from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.source_tree_copies import MANIFESTS

_MANIFEST_PATTERNS = ("requirements*.txt", "*.csproj", "*.fsproj", "*.sln")


def is_manifest(relative_path: str) -> bool:
    name = posixpath.basename(relative_path)
    return name in MANIFESTS or any(fnmatch.fnmatch(name, pattern) for pattern in _MANIFEST_PATTERNS)


def dependency_installs(doc: Document) -> tuple[Instruction, ...]:
    """The RUN instructions of every stage that only install dependencies, in file order.

    Builds that fetch dependencies on the way (``go build``) need the sources
    and re-run on every change whatever the order, so they are not counted.
    """
    return tuple(
        i for stage in doc.stages for i in stage.instructions if i.keyword == "RUN" and _installs_only(doc, i)
    )


def _installs_only(doc: Document, run: Instruction) -> bool:
    return any(
        (install := dependency_install(command)) is not None and install.fetch_only
        for command in doc.commands_of(run)
    )


def copied_sources(doc: Document, instruction: Instruction) -> tuple[str, ...]:
    """The build-context sources of a COPY or ADD (none for ``--from``, heredocs or unknown ARGs)."""
    if instruction.keyword not in ("COPY", "ADD") or instruction.flag("from") is not None:
        return ()
    sources = () if instruction.heredocs else instruction.values[:-1]
    scope = doc.scope(instruction)
    expanded = []
    for source in sources:
        value = scope.expand(source).value
        if value is not None:
            expanded.append(value)
    return tuple(expanded)


def copies(source: str, relative_path: str) -> bool:
    """Whether COPY ``source`` brings the context file ``relative_path`` into the image."""
    cleaned = posixpath.normpath(source.lstrip("/")) if source.strip("/.") else "."
    if cleaned == ".":
        return True
    if relative_path == cleaned or relative_path.startswith(cleaned + "/"):
        return True
    parts, pattern_parts = relative_path.split("/"), cleaned.split("/")
    if len(parts) < len(pattern_parts):
        return False
    return all(fnmatch.fnmatchcase(part, pattern) for part, pattern in zip(parts, pattern_parts))
