"""Positions in the Dockerfile source.

Lines and columns are 1-based. ``end_column`` is exclusive (the column just
past the last character), the SARIF convention, so a one-character span at
column 5 is ``column=5, end_column=6``. Columns count Unicode code points of
the physical line, after the BOM is removed.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the source, from ``line``/``column`` to just before ``end_line``/``end_column``."""

    line: int
    column: int
    end_line: int
    end_column: int

    def cover(self, other: Span) -> Span:
        """The smallest span that contains both spans."""
        start = min((self.line, self.column), (other.line, other.column))
        end = max((self.end_line, self.end_column), (other.end_line, other.end_column))
        return Span(start[0], start[1], end[0], end[1])


@dataclass(frozen=True)
class MappedText:
    """Text assembled from pieces of physical lines, with a map back to them.

    ``anchors`` holds, sorted by offset, ``(offset, line, column)`` triples: the
    character at ``offset`` came from ``line``/``column``, and the following
    characters come from the following columns of that same line until the next
    anchor. Continuation joins and removed comment lines start a new anchor, so
    an offset anywhere in a multi-line RUN maps to its real physical position.
    """

    text: str
    anchors: tuple[tuple[int, int, int], ...]
    _offsets: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Every span lookup bisects these; list them once, not per call.
        object.__setattr__(self, "_offsets", tuple(anchor[0] for anchor in self.anchors))

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, column) of the character at ``offset``.

        An offset equal to ``len(text)`` maps just past the last character.
        """
        anchors = self.anchors
        if len(anchors) == 1:  # most instructions are one line: nothing to search
            start, line, column = anchors[0]
        elif anchors:
            start, line, column = anchors[max(bisect_right(self._offsets, offset) - 1, 0)]
        else:
            return (1, 1)
        return (line, column + offset - start)

    def span(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]`` in the physical source."""
        line, column = self.position(start)
        if end <= start:
            return Span(line, column, line, column)
        end_line, end_column = self.position(end - 1)
        return Span(line, column, end_line, end_column + 1)

    def subtext(self, start: int, end: int) -> MappedText:
        """``text[start:end]`` with its own anchors, still mapped to where it was written."""
        if end <= start:
            line, column = self.position(start)
            return MappedText("", ((0, line, column),))
        first = max(bisect_right(self._offsets, start) - 1, 0)
        anchor_offset, line, column = self.anchors[first]
        anchors = [(0, line, column + start - anchor_offset)]
        for offset, line, column in self.anchors[first + 1 :]:
            if offset >= end:
                break
            anchors.append((offset - start, line, column))
        return MappedText(self.text[start:end], tuple(anchors))
