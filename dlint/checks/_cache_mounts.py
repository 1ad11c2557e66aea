"""Shared by the BuildKit cache-mount suggestions (DL3068-DL3077).

A RUN whose tool downloads into its cache (``npm ci``, ``cargo build``,
``mvn package``) throws the download away with the layer's cache on every
change above it. A ``--mount=type=cache`` over the tool's cache folder keeps it
between builds and out of the image. Which subcommands fill the cache and
where the cache lives are columns of the tool table (``cache_verbs``,
``cache_dirs``); a cache or tmpfs mount over any of the folders, or over a
part of one (``/usr/local/cargo/registry/index``), satisfies the rule, in any
user's home. One finding per RUN, on its first such command.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.commands import ResolvedCommand
from dlint.model.document import Document


def runs_without_cache_mount(doc: Document, *tools: str) -> Iterator[ResolvedCommand]:
    """The first command of each RUN (ONBUILD ones too) that fills the cache of one of ``tools`` unmounted."""
    reported: set[int] = set()
    for command in doc.commands(keyword="RUN"):
        if command.tool is None or command.tool.name not in tools or id(command.listed) in reported:
            continue
        if command.fills_cache and not command.reuses_cache:
            reported.add(id(command.listed))
            yield command
