"""The key/value pairs of ENV and LABEL, and which form each was written in.

BuildKit accepts ``ENV KEY=value ...`` and the legacy ``ENV KEY value`` (one
pair, the value being the rest of the line). It tells them apart by the first
word: no ``=`` in it means the legacy form. The parser gives the pairs as
alternating key and value arguments; the form is read from the text right
after the key in the instruction's ``rest``, where the key is always the
first thing written: ``=`` follows it in the modern form, whitespace in the
legacy one.
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
    legacy = _written_without_equals(instruction)
    return tuple(
        KeyValue(args[i], args[i + 1], legacy)
        for i in range(0, len(args) - 1, 2)
    )


def _written_without_equals(instruction: Instruction) -> bool:
    if len(instruction.args) != 2:
        return False
    text = instruction.rest.text.lstrip()
    key = instruction.args[0].value
    if not text.startswith(key):
        return False
    return text[len(key) : len(key) + 1] != "="
