"""One logical line as BuildKit's parser reads it (newNodeFromLine), with offsets.

A :class:`LineNode` is the parser-level view of an instruction: keyword,
flags and argument words, each with its range in the logical line. ONBUILD
nests the node of its trigger instruction.
"""

from __future__ import annotations

from typing import NamedTuple

from dlint.parser.heredocs import HEREDOC_KEYWORDS
from dlint.parser.line_parsers import DISPATCH, health_command_start, parse_ignore
from dlint.parser.split_command import SplitLine, Word, split_command


class LineNode(NamedTuple):
    """One logical line as BuildKit's parser splits it: keyword, flags, arguments, with offsets."""

    name: str                     # keyword in lower case
    keyword: Word                 # as written
    flags: tuple[Word, ...]
    args: tuple[Word, ...]
    json: bool
    original: str                 # BuildKit's Node.Original
    command_start: int            # where the text after keyword and flags starts
    command_end: int              # (after ``CMD`` for HEALTHCHECK)
    trigger: LineNode | None = None   # ONBUILD's instruction


def node_from_line(line: str, base: int, escape: str) -> LineNode:
    """Parse ``line`` (starting at offset ``base`` of the logical line).

    Raises :class:`dlint.parser.line_parsers.LineError` for text BuildKit's
    parser rejects.
    """
    # ONBUILD nests the line after it, possibly another ONBUILD: unwind the
    # chain first, then build it from the innermost trigger outwards.
    chain: list[tuple[SplitLine, str]] = []
    split = split_command(line, base)
    while split.keyword.value.lower() == "onbuild" and split.rest:
        chain.append((split, line))
        line = split.rest
        split = split_command(line, split.rest_start)
    node = _innermost(split, line, escape)
    for split, line in reversed(chain):
        node = LineNode(
            "onbuild",
            split.keyword,
            split.flags,
            _next_values(node),
            node.json and node.name != "onbuild",
            line,
            split.rest_start,
            split.rest_start + len(split.rest),
            node,
        )
    return node


def _innermost(split: SplitLine, line: str, escape: str) -> LineNode:
    name = split.keyword.value.lower()
    rest, rest_start = split.rest, split.rest_start
    if name == "onbuild":  # without a trigger
        args, is_json = [], False
    else:
        args, is_json = DISPATCH.get(name, parse_ignore)(rest, rest_start, escape)
    command_start = rest_start
    if name == "healthcheck" and args:
        command_start += health_command_start(rest)
    return LineNode(name, split.keyword, split.flags, tuple(args), is_json, line, command_start, rest_start + len(rest))


def _next_values(node: LineNode) -> tuple[Word, ...]:
    """The words of BuildKit's ``Node.Next`` chain for a parsed line.

    ONBUILD reports its trigger's arguments as its own; an ONBUILD nested in
    another (which BuildKit refuses later) holds its trigger in one empty node.
    """
    if node.name != "onbuild":
        return node.args
    if node.trigger is None:
        return ()
    return (Word("", node.command_start, node.command_start),)


def can_contain_heredoc(node: LineNode) -> bool:
    """RUN, COPY and ADD in shell form, also as ONBUILD triggers."""
    if node.name == "onbuild" and node.trigger is not None:
        node = node.trigger
    return node.name in HEREDOC_KEYWORDS and not node.json
