"""The words of an install command that name packages without a version."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dlint.checks._run_commands import word_values
from dlint.model.document import Document
from dlint.model.instruction import Instruction
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

    def listed(self, limit: int = 5) -> str:
        shown = ", ".join(f"`{name}`" for name in self.names[:limit])
        return shown + (", ..." if len(self.names) > limit else "")


def unpinned(
    doc: Document, instruction: Instruction, operands: Iterable[Word], pinned: Callable[[str], bool]
) -> Unpinned | None:
    """The operands that name unpinned packages; None when every known one is pinned."""
    words, names = [], []
    for word in operands:
        packages = [name for name in word_values(doc, instruction, word) or () if not pinned(name)]
        if packages:
            words.append(word)
            names.extend(packages)
    return Unpinned(tuple(words), tuple(names)) if words else None
