"""Where each character of a joined logical line was written.

A logical line is assembled from pieces of physical lines (continuations
joined, comment and empty lines dropped). :class:`LineMap` keeps the anchors
of those pieces so that any offset of the joined text, and any slice of it,
can be turned back into physical spans and :class:`MappedText` values.
"""

from __future__ import annotations

from bisect import bisect_right

from dlint.model.spans import MappedText, Span

Anchor = tuple[int, int, int]  # (offset in the joined text, line, column)


class LineMap:
    __slots__ = ("_offsets", "anchors", "text")

    def __init__(self, text: str, anchors: list[Anchor]) -> None:
        self.text = text
        self.anchors = anchors
        self._offsets = [a[0] for a in anchors] if len(anchors) > 1 else None

    def _anchor_index(self, offset: int) -> int:
        if self._offsets is None:
            return 0
        return max(bisect_right(self._offsets, offset) - 1, 0)

    def position(self, offset: int) -> tuple[int, int]:
        start, line, column = self.anchors[self._anchor_index(offset)]
        return line, column + offset - start

    def span(self, start: int, end: int) -> Span:
        """The physical span of ``text[start:end]`` (zero-width when empty)."""
        if self._offsets is None:
            offset, line, column = self.anchors[0]
            shift = column - offset
            return Span(line, start + shift, line, (max(start, end)) + shift)
        line, column = self.position(start)
        if end <= start:
            return Span(line, column, line, column)
        end_line, end_column = self.position(end - 1)
        return Span(line, column, end_line, end_column + 1)

    def mapped(self, start: int, end: int) -> MappedText:
        """``text[start:end]`` as a :class:`MappedText` with its own anchors."""
        if end <= start:
            line, column = self.position(start)
            return MappedText("", ((0, line, column),))
        first = self._anchor_index(start)
        anchor_offset, line, column = self.anchors[first]
        anchors = [(0, line, column + start - anchor_offset)]
        for offset, line, column in self.anchors[first + 1 :]:
            if offset >= end:
                break
            anchors.append((offset - start, line, column))
        return MappedText(self.text[start:end], tuple(anchors))
