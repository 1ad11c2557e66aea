"""The packages of an install command named without a version, gathered for one message."""

from __future__ import annotations

from dataclasses import dataclass

from dlint.checks._shortened import listed
from dlint.model.commands import ResolvedCommand
from dlint.model.shell_script import Word
from dlint.model.spans import Span


@dataclass(frozen=True)
class Unpinned:
    """The words of one install command that name packages without a version."""

    words: tuple[Word, ...]     # the words to report, in order
    names: tuple[str, ...]      # the packages they name, variables expanded

    @property
    def span(self) -> Span:
        return self.words[0].span.cover(self.words[-1].span)

    def listed(self) -> str:
        return listed(self.names)


def unpinned_packages(command: ResolvedCommand) -> Unpinned | None:
    """The packages of ``command`` known to be unpinned; None when every known one is pinned."""
    found = [package for package in command.packages if package.pinned is False]
    if not found:
        return None
    words = tuple(dict.fromkeys(package.word for package in found))
    return Unpinned(words, tuple(package.requirement for package in found))
