"""Whether a package manager's download cache stays in the layer of the RUN that filled it.

Shared by the cleanup rules of yum, dnf and zypper: the cache is gone when a
later command of the same RUN empties it (the tool's clean command, or ``rm``
of its cache folder), or never lands in the layer when a cache or tmpfs mount
of that RUN covers it. A clean that runs before the install does not count:
the install fills the cache again.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.commands import ResolvedCommand
from dlint.model.document import Document
from dlint.model.mounts import under_cache_mount


def cache_left(doc: Document, command: ResolvedCommand) -> bool:
    """Whether the cache ``command``'s tool fills is still in the image when its RUN ends."""
    tool = command.tool
    if tool is None:
        return False
    if any(under_cache_mount(command.instruction, path) for path in tool.cache_dirs):
        return False
    return not any(_empties(other, command) for other in _after(doc, command))


def _after(doc: Document, command: ResolvedCommand) -> tuple[ResolvedCommand, ...]:
    commands = doc.commands_of(command.listed)
    for index, other in enumerate(commands):
        if other is command:
            return commands[index + 1:]
    return ()


def _empties(other: ResolvedCommand, command: ResolvedCommand) -> bool:
    tool = command.tool
    if other.tool is tool and any(other.runs(*words) for words in tool.clean_commands):
        return True
    return any(other.deletes(path.replace("~", "/root", 1)) for path in tool.cache_dirs)


def last_of_each_run(commands: Iterable[ResolvedCommand]) -> list[ResolvedCommand]:
    """The last of ``commands`` in each RUN: a clean after it covers the ones before it too."""
    last: dict[int, ResolvedCommand] = {}
    for command in commands:
        last[id(command.listed)] = command
    return list(last.values())
