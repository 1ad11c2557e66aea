"""Where a piece of shell text was written in the Dockerfile.

tree-sitter reports UTF-8 byte offsets into the script; rules want spans of
physical lines and columns. :class:`ScriptPositions` converts the one into
the other through the script's :class:`MappedText`.
"""

from __future__ import annotations

from dlint.model.spans import MappedText, Span


class ScriptPositions:
    """Byte offsets of ``source.text`` encoded as UTF-8, mapped to text and spans."""

    __slots__ = ("char_at", "data", "source", "text")

    def __init__(self, source: MappedText) -> None:
        self.text = source.text
        # Lone surrogates (undecodable input) still need a byte each side agrees on.
        self.data = self.text.encode("utf-8", "surrogatepass")
        # The text offset of each byte offset; None when they are the same (ASCII text).
        self.char_at = None if len(self.data) == len(self.text) else _char_offsets(self.text)
        self.source = source

    def char(self, byte: int) -> int:
        """The text offset of the character at ``byte``."""
        return byte if self.char_at is None else self.char_at[byte]

    def byte(self, char: int) -> int:
        if self.char_at is None:
            return char
        return len(self.text[:char].encode("utf-8", "surrogatepass"))

    def slice(self, start: int, end: int) -> str:
        """The text between two byte offsets."""
        if self.char_at is not None:
            start, end = self.char_at[start], self.char_at[end]
        return self.text[start:end]

    def span(self, start: int, end: int) -> Span:
        """The span of the text between two byte offsets."""
        if self.char_at is not None:
            start, end = self.char_at[start], self.char_at[end]
        return self.char_span(start, end)

    def char_span(self, start: int, end: int) -> Span:
        """The span of the text between two text offsets."""
        return self.source.span(start, end)


def _char_offsets(text: str) -> list[int]:
    """For each UTF-8 byte offset of ``text``, the offset of its character."""
    offsets: list[int] = []
    for index, char in enumerate(text):
        code = ord(char)
        width = 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4
        offsets.extend([index] * width)
    offsets.append(len(text))
    return offsets
