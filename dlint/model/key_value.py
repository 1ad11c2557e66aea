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
from dlint.parser.go_text import GO_SPACE
from dlint.parser.line_parsers import parse_words

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



def as_one_word(value: str, escape: str) -> str | None:
    """A legacy value as written (``hello world``), rewritten as the one word ``KEY=value`` needs to mean the same.

    BuildKit expands a legacy value as a whole, spaces included, but splits
    ``KEY=value`` pairs at unquoted whitespace. A value with none is already a
    word; a plain one is double-quoted (expansion inside double quotes is the
    same); one that holds quotes or escapes gets each unquoted space escaped.
    None when even that does not give one word.
    """
    if len(parse_words(value, 0, escape)) <= 1:
        return value
    if not any(char in value for char in ('"', "'", escape)):
        return f'"{value}"'
    escaped = _escape_unquoted_spaces(value, escape)
    return escaped if len(parse_words(escaped, 0, escape)) == 1 else None


def _escape_unquoted_spaces(value: str, escape: str) -> str:
    out: list[str] = []
    quote = ""
    position = 0
    while position < len(value):
        char = value[position]
        if char == escape and quote != "'" and position + 1 < len(value):
            out.append(value[position : position + 2])
            position += 2
            continue
        if quote:
            quote = "" if char == quote else quote
        elif char in ('"', "'"):
            quote = char
        elif char in GO_SPACE:
            out.append(escape)
        out.append(char)
        position += 1
    return "".join(out)
