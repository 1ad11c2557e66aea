"""Reading physical lines into logical lines, the way BuildKit's ``parser.Parse`` loop does.

The reader owns the position in the file. It drops a leading BOM, splits on
``\\n`` only (a ``\\r`` before it is a line ending, elsewhere it is text),
reads the leading parser directives, keeps every comment line, and joins a
line that ends in the escape token with the following ones: comment lines
inside such a continuation are dropped, empty ones too (noted, since BuildKit
warns about them). Heredoc bodies are read on request, right after the line
that opened them.

Where BuildKit stops (a bad directive, a line longer than its scanner
buffer), the problem is recorded and reading goes on as far as possible.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from dlint.parser.file_parts import Comment, Directive, SyntaxProblem
from dlint.parser.instruction import Heredoc
from dlint.parser.spans import MappedText, Span
from dlint.parser.directives import (
    DEFAULT_ESCAPE,
    DirectiveError,
    DirectiveScanner,
    trim_continuation,
)
from dlint.parser.go_text import GO_SPACE
from dlint.parser.heredocs import HeredocOpening

BOM = "\ufeff"
# bufio.Scanner's default buffer: BuildKit's scanner stops at a longer line.
MAX_LINE_BYTES = 64 * 1024


class LogicalLine(NamedTuple):
    """One instruction's text with continuations joined, mapped back to the source."""

    joined: MappedText              # the text BuildKit parses, mapped to the source
    first_line: int
    last_line: int
    empty_lines: tuple[int, ...]    # empty lines inside the continuation
    comments: tuple[str, ...]       # BuildKit's PrevComment for this instruction


class LineReader:
    """Reads the source into logical lines as BuildKit's scanner does, collecting directives and comments."""

    def __init__(self, source: str) -> None:
        if source.startswith(BOM):
            source = source[1:]
        self.source = source
        raw = source.split("\n")
        self._final_newline = raw[-1] == ""
        if self._final_newline:
            raw.pop()
        self._raw = raw                                   # "\r" kept, for heredoc bodies
        self.lines = [line.rstrip("\r") for line in raw]  # BuildKit's trimNewline
        self.readable = self._readable_line_count()
        self.position = 0                                 # index of the next line to read
        self.escape = DEFAULT_ESCAPE
        self.directives: dict[str, Directive] = {}
        self.comments: list[Comment] = []
        self.errors: list[SyntaxProblem] = []

    def logical_lines(self) -> Iterator[LogicalLine]:
        """Every instruction's logical line, in order; heredocs may be read between two."""
        scanner = DirectiveScanner()
        previous_comments: list[str] = []
        lines = self.lines
        raw = self._raw
        comments = self.comments
        escape = self.escape
        # A line can only continue if it ends in the escape token or a blank.
        continuation_ends = (escape, " ", "\t")
        while self.position < self.readable:
            index = self.position
            text = lines[index]
            self.position = index + 1
            stripped = text.lstrip(GO_SPACE)
            is_comment = stripped.startswith("#")
            if is_comment:
                comments.append(_comment(index + 1, text, stripped))
                # BuildKit drops the raw line's first character, not the "#".
                previous = raw[index][1:].strip(GO_SPACE)
                if previous:
                    previous_comments.append(previous)
                else:
                    previous_comments = []
            if not scanner.done:
                self._directive(scanner, stripped, index + 1, len(text) - len(stripped), previous_comments)
                escape = self.escape
                continuation_ends = (escape, " ", "\t")
            if is_comment:
                continue
            if stripped[-1:] in continuation_ends:
                body, continues = trim_continuation(stripped, escape)
            else:
                body, continues = stripped, False
            if not body and not continues:
                continue

            first_line = index + 1
            anchors = [(0, first_line, len(text) - len(stripped) + 1)]
            pieces = [body]
            length = len(body)
            empty_lines: list[int] = []
            while continues and self.position < self.readable:
                index = self.position
                text = lines[index]
                self.position = index + 1
                stripped = text.lstrip(GO_SPACE)
                if stripped.startswith("#"):
                    comments.append(_comment(index + 1, text, stripped))
                    continue
                if not stripped:
                    empty_lines.append(index + 1)
                    continue
                if text[-1:] in continuation_ends:
                    body, continues = trim_continuation(text, escape)
                else:
                    body, continues = text, False
                anchors.append((length, index + 1, 1))
                pieces.append(body)
                length += len(body)
            joined = "".join(pieces) if len(pieces) > 1 else pieces[0]
            yield LogicalLine(
                MappedText(joined, tuple(anchors)),
                first_line,
                self.position,
                tuple(empty_lines),
                tuple(previous_comments),
            )
            previous_comments = []

        if self.readable < len(lines):
            self.errors.append(
                SyntaxProblem(
                    f"dockerfile line greater than max allowed size of {MAX_LINE_BYTES - 1}",
                    self.line_span(self.readable + 1),
                )
            )

    def heredoc(self, opening: HeredocOpening) -> Heredoc | None:
        """Read the body of ``opening`` from the current line; None when it never ends."""
        first = self.position
        while self.position < self.readable:
            candidate = self.lines[self.position]
            self.position += 1
            if opening.chomp:
                candidate = candidate.lstrip("\t")
            if candidate == opening.name:
                return self._heredoc(opening, first, self.position)
        return None

    def _heredoc(self, opening: HeredocOpening, first: int, terminator: int) -> Heredoc:
        """The heredoc whose body is lines ``first`` to ``terminator - 1`` (0-based)."""
        pieces = []
        anchors = []
        offset = 0
        for index in range(first, terminator - 1):
            text = self._raw[index] + "\n"
            column = 1
            if opening.chomp:
                stripped = text.lstrip("\t")
                column += len(text) - len(stripped)
                text = stripped
            anchors.append((offset, index + 1, column))
            pieces.append(text)
            offset += len(text)
        content = "".join(pieces)
        return Heredoc(
            name=opening.name,
            content=content,
            expand=opening.expand,
            chomp=opening.chomp,
            span=Span(first + 1, 1, terminator, len(self.lines[terminator - 1]) + 1),
            body=MappedText(content, tuple(anchors) or ((0, terminator, 1),)),
        )

    def line_span(self, number: int) -> Span:
        """The whole of line ``number`` (1-based)."""
        return Span(number, 1, number, len(self.lines[number - 1]) + 1)

    def lines_span(self, first: int, last: int) -> Span:
        """Lines ``first`` to ``last`` (1-based), whole."""
        last = max(last, first)
        return Span(first, 1, last, len(self.lines[last - 1]) + 1 if last <= len(self.lines) else 1)

    def _directive(
        self, scanner: DirectiveScanner, stripped: str, number: int, indent: int, previous_comments: list[str]
    ) -> None:
        try:
            found = scanner.examine(stripped)
        except DirectiveError as refused:
            self.errors.append(SyntaxProblem(str(refused), self.line_span(number)))
            found = None
            if previous_comments:
                previous_comments.pop()
        if found is None:
            return
        # A directive is not part of the next instruction's comments.
        if previous_comments:
            previous_comments.pop()
        column = indent + found.value_start + 1
        self.directives[found.name] = Directive(
            found.name, found.value, Span(number, column, number, column + len(found.value))
        )
        if found.name == "escape":
            self.escape = found.value

    def _readable_line_count(self) -> int:
        if not self._raw or max(map(len, self._raw)) * 4 < MAX_LINE_BYTES:
            return len(self._raw)
        for index, line in enumerate(self._raw):
            ending = 1 if index + 1 < len(self._raw) or self._final_newline else 0
            if len(line.encode("utf-8", "surrogatepass")) + ending > MAX_LINE_BYTES:
                return index
        return len(self._raw)


def _comment(number: int, text: str, stripped: str) -> Comment:
    column = len(text) - len(stripped) + 1
    return Comment(stripped[1:].strip(), Span(number, column, number, len(text) + 1))
