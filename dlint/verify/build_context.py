"""The build context as the builder is sent it, and the private copy the rebuild changes.

What a build is sent is the context folder minus what its ``.dockerignore``
(or BuildKit's ``<Dockerfile>.dockerignore``, the same file the lint reads)
leaves out; the Dockerfile and the ignore files are sent whatever they say.
The copy holds only that, so an ignored 3 GB file costs nothing. A repository
may be hostile, so the copy never follows a link (a symlink is copied as a
symlink), never opens a FIFO, socket or device (opening a FIFO blocks; they
are skipped and named), and the one file the rebuild changes is opened
without following links and only inside the copy.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dlint.model.dockerignore import DockerIgnore

FILE = "file"
LINK = "link"
FOLDER = "folder"
SPECIAL = "special"         # FIFO, socket, device: never opened


@dataclass(frozen=True)
class BuildContext:
    """A build context folder, the ignore file the build honours, and what is sent regardless."""

    folder: Path
    dockerignore: DockerIgnore | None = None
    always_sent: frozenset[str] = frozenset()     # relative paths: the Dockerfile and the ignore files

    def leaves_out(self, relative: str) -> bool:
        if relative in self.always_sent:
            return False
        return self.dockerignore is not None and self.dockerignore.matches(relative)

    def entries(self) -> Iterator[tuple[str, str]]:
        """``(relative path, kind)`` of everything the build is sent, folders before their contents."""
        yield from self._entries(self.folder, "")

    def files(self) -> Iterator[str]:
        """The regular files the build is sent (never a symlink), in a stable order."""
        return (relative for relative, kind in self.entries() if kind == FILE)

    def _entries(self, folder: Path, prefix: str) -> Iterator[tuple[str, str]]:
        try:
            with os.scandir(folder) as listing:
                found = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            return
        for entry in found:
            relative = f"{prefix}{entry.name}"
            kind = _kind(entry)
            if kind == FOLDER:
                if self.leaves_out(relative) and not self._may_bring_back(relative):
                    continue
                yield relative, FOLDER
                yield from self._entries(Path(entry.path), relative + "/")
            elif not self.leaves_out(relative):
                yield relative, kind

    def _may_bring_back(self, relative: str) -> bool:
        """An ignored folder is still walked when a ``!`` pattern could re-include something under it."""
        if any(sent.startswith(relative + "/") for sent in self.always_sent):
            return True
        return self.dockerignore is not None and self.dockerignore.has_exclusions


def _kind(entry: os.DirEntry) -> str:
    mode = entry.stat(follow_symlinks=False).st_mode
    if stat.S_ISLNK(mode):
        return LINK
    if stat.S_ISDIR(mode):
        return FOLDER
    return FILE if stat.S_ISREG(mode) else SPECIAL


def copy_context(context: BuildContext, target: Path) -> tuple[str, ...]:
    """Copy what the build is sent into the new folder ``target``; returns the special files skipped."""
    target.mkdir()
    skipped = []
    for relative, kind in context.entries():
        source, copy = context.folder / relative, target / relative
        if kind == FOLDER:
            copy.mkdir()
        elif kind == LINK:
            copy.symlink_to(os.readlink(source))
        elif kind == FILE:
            shutil.copy2(source, copy, follow_symlinks=False)
        else:
            skipped.append(relative)
    return tuple(skipped)


def append_to_copied_file(copy: Path, relative: str, data: bytes) -> None:
    """Append ``data`` to a regular file of the copy: never through a link, never outside ``copy``."""
    path = copy / relative
    root = os.path.realpath(copy)
    if os.path.commonpath([root, os.path.realpath(path.parent)]) != root:
        raise OSError(f"{relative} is not inside the copy of the build context")
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(f"{relative} is not a regular file")
        os.write(descriptor, data)
    finally:
        os.close(descriptor)
