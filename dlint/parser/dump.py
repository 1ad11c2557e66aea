"""BuildKit's ``Node.Dump()`` text for a parsed file (what its AST dumper prints).

Each instruction becomes ``(keyword ["--flag"...] "arg" ...)`` on its own
line, the keyword lower-cased, flags and arguments quoted the way Go's
``%q`` quotes them; an ONBUILD trigger is nested in its own parentheses.
ENV and LABEL pairs are key, value and separator nodes (``"="``, or ``""``
for the legacy ``KEY value``), as BuildKit's parser builds them.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.parser.instruction import Instruction
from dlint.parser.go_text import go_quote, go_quote_list, trim_space


def dump(instructions: Iterable[Instruction]) -> str:
    """The root node's Dump(): one parenthesised line per instruction."""
    return trim_space("".join(f"({dump_instruction(i)})\n" for i in instructions))


def dump_instruction(instruction: Instruction) -> str:
    chain = [instruction]
    while chain[-1].onbuild is not None:
        chain.append(chain[-1].onbuild)
    text = ""
    for depth in range(len(chain) - 1, -1, -1):
        node = chain[depth]
        line = node.keyword_as_written.lower()
        if node.flags:
            line += " " + go_quote_list([flag.text for flag in node.flags])
        if node.onbuild is not None:
            line += " " + trim_space(f"({text})\n")
        else:
            line += "".join(" " + go_quote(word) for word in _node_values(node))
        text = trim_space(line)
    return text


def _node_values(instruction: Instruction) -> list[str]:
    separator = instruction.key_value_separator
    if separator is None:
        return [argument.value for argument in instruction.args]
    values = []
    for number, argument in enumerate(instruction.args):
        values.append(argument.value)
        if number % 2:
            values.append(separator)
    return values
