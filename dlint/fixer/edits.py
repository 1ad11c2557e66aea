"""Edits on exact spans of the original text, applied so every other byte stays as it was.

A span counts lines and columns from 1, columns in characters of the physical
line without its line ending, so a CRLF file keeps its ``\\r\\n`` wherever no
edit covers it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from dlint.rule_api import Edit


class OverlappingEdits(ValueError):
    """Two edits of one set cover the same text; only one of them can be applied."""


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts (``starts[0]`` is line 1), then the text's end.

    Only ``\n`` ends a line, as for BuildKit.
    """
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    if starts[-1] != len(text):
        starts.append(len(text))
    return starts


def offsets(starts: Sequence[int], edit: Edit) -> tuple[int, int]:
    """The start and end offsets of ``edit``'s span, clamped to the text."""
    last = starts[-1]

    def offset(line: int, column: int) -> int:
        if line - 1 >= len(starts) - 1:
            return last
        return min(starts[line - 1] + column - 1, starts[line])

    span = edit.span
    return offset(span.line, span.column), offset(span.end_line, span.end_column)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with every edit applied; raises :class:`OverlappingEdits` when two overlap.

    Two insertions at one place are applied in the order given.
    """
    starts = line_starts(text)
    placed = sorted(
        ((*offsets(starts, edit), order, edit.replacement) for order, edit in enumerate(edits)),
        key=lambda item: (item[0], item[1], item[2]),
    )
    for (_, end, _, _), (start, _, _, _) in pairwise(placed):
        if start < end:
            raise OverlappingEdits(f"edits overlap at offset {start}")
    pieces = []
    position = 0
    for start, end, _, replacement in placed:
        pieces.append(text[position:start])
        pieces.append(replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
