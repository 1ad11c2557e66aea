"""The key/value pairs of ENV and LABEL, and which form each was written in.

BuildKit accepts ``ENV KEY=value ...`` and the legacy ``ENV KEY value`` (one
pair, the value being the rest of the line). It tells them apart by the first
word: no ``=`` in it means the legacy form. The parser gives the pairs as
alternating key and value arguments and the separator BuildKit records
(``Instruction.key_value_separator``).
"""

from __future__ import annotations

from dataclasses import dataclass

from dlint.model.instruction import Argument, Instruction
from dlint.model.spans import Span

KEY_VALUE_KEYWORDS = frozenset({"ENV", "LABEL"})


@dataclass(frozen=True, slots=True)
class KeyValue:
    """One pair of an ENV or LABEL instruction: ``KEY=value``, or the legacy ``KEY value``."""

    key: Argument
    value: Argument
    legacy: bool          # written ``KEY value``, without ``=``

    @property
    def span(self) -> Span:
        return self.key.span.cover(self.value.span)


def key_value_pairs(instruction: Instruction) -> tuple[KeyValue, ...]:
    """The pairs of an ENV or LABEL instruction (empty for any other keyword)."""
    if instruction.keyword not in KEY_VALUE_KEYWORDS or len(instruction.args) < 2:
        return ()
    args = instruction.args
    legacy = instruction.key_value_separator == ""
    return tuple(
        KeyValue(args[i], args[i + 1], legacy)
        for i in range(0, len(args) - 1, 2)
    )

