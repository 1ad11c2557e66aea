"""Small helpers shared by the parser tests."""

from __future__ import annotations

from dlint.model.instruction import Instruction
from dlint.model.spans import Span
from dlint.parser import parse
from dlint.parser.result import ParsedFile


def only(text: str) -> Instruction:
    """The single instruction after the leading ``FROM`` line of ``text``."""
    parsed = accepted(text)
    assert len(parsed.instructions) == 2, parsed.instructions
    return parsed.instructions[1]


def accepted(text: str) -> ParsedFile:
    """``text`` parsed, asserting BuildKit would accept it."""
    parsed = parse(text)
    assert parsed.errors == (), parsed.errors
    return parsed


def source_at(parsed: ParsedFile, span: Span) -> str:
    """The source text a single-line span covers."""
    assert span.line == span.end_line, span
    return parsed.lines[span.line - 1][span.column - 1 : span.end_column - 1]
