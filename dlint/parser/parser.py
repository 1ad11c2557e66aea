"""Turning logical lines into instructions, as BuildKit's ``parser.Parse`` does, with exact positions.

Each logical line from the :mod:`reader` is split into keyword, flags and
arguments, its heredoc bodies are read, and the result becomes an
:class:`Instruction` whose every part maps back to the source. Where
BuildKit would stop with an error, the problem is recorded (in BuildKit's
words) and parsing goes on with the next instruction, so one bad line does
not hide the rest.
"""

from __future__ import annotations

from dlint.parser.file_parts import ParseWarning, SyntaxProblem
from dlint.parser.instruction import Argument, Flag, Heredoc, Instruction
from dlint.parser.spans import MappedText, Span
from dlint.parser.heredocs import HeredocError, heredocs_in_line
from dlint.parser.instruction_checks import check_instruction
from dlint.parser.line_parsers import LineError
from dlint.parser.nodes import LineNode, can_contain_heredoc, node_from_line
from dlint.parser.reader import LineReader, LogicalLine
from dlint.parser.result import ParsedFile
from dlint.parser.split_command import Word


def parse(source: str) -> ParsedFile:
    """Parse a decoded Dockerfile (a leading BOM is allowed)."""
    return _Parser(source).parse()


class _Parser:
    def __init__(self, source: str) -> None:
        self.reader = LineReader(source)
        self.instructions: list[Instruction] = []
        self.warnings: list[ParseWarning] = []
        # Lines BuildKit's parser rejects, then instructions its later checks reject.
        self.line_errors: list[SyntaxProblem] = []
        self.instruction_errors: list[SyntaxProblem] = []
        self.read_a_node = False

    def parse(self) -> ParsedFile:
        reader = self.reader
        for line in reader.logical_lines():
            self._instruction(line)
        parser_errors = sorted(reader.errors + self.line_errors, key=lambda e: (e.span.line, e.span.column))
        if not self.read_a_node and not parser_errors:
            last = max(len(reader.lines), 1)
            parser_errors.append(SyntaxProblem("file with no instructions", Span(last, 1, last, 1)))
        return ParsedFile(
            source=reader.source,
            lines=tuple(reader.lines),
            directives=reader.directives,
            escape=reader.escape,
            instructions=tuple(self.instructions),
            comments=tuple(reader.comments),
            warnings=tuple(self.warnings),
            errors=tuple(parser_errors) + tuple(self.instruction_errors),
            parser_refusal=parser_errors[0] if parser_errors else None,
        )

    def _instruction(self, line: LogicalLine) -> None:
        reader = self.reader
        joined = line.joined
        if line.empty_lines:
            self.warnings.append(
                ParseWarning(
                    "empty-continuation",
                    "Empty continuation line found in: " + joined.text,
                    reader.line_span(line.last_line),
                    reader.line_span(line.empty_lines[0]),
                )
            )
        try:
            node = node_from_line(joined.text, 0, reader.escape)
        except LineError as refused:
            self.line_errors.append(SyntaxProblem(str(refused), reader.lines_span(line.first_line, line.last_line)))
            return

        heredocs: list[Heredoc] = []
        if "<<" in joined.text and can_contain_heredoc(node):
            try:
                openings = heredocs_in_line(joined.text)
            except HeredocError as refused:
                self.line_errors.append(SyntaxProblem(str(refused), reader.lines_span(line.first_line, line.last_line)))
                return
            for opening in openings:
                heredoc = reader.heredoc(opening)
                if heredoc is None:
                    self.line_errors.append(
                        SyntaxProblem("unterminated heredoc", reader.lines_span(line.first_line, reader.position))
                    )
                    return
                heredocs.append(heredoc)

        self.read_a_node = True
        end_line = reader.position
        # From the first character of the logical line: the keyword, except when
        # lines holding only the escape token come first (BuildKit starts there).
        _, first_line, first_column = joined.anchors[0]
        span = Span(first_line, first_column, end_line, len(reader.lines[end_line - 1]) + 1)
        instruction = _instruction_from(node, joined, span, tuple(heredocs), line.comments, len(self.instructions))
        refusal = check_instruction(node)
        if refusal is not None:
            where = joined.span(refusal.word.start, refusal.word.end) if refusal.word else instruction.span
            self.instruction_errors.append(SyntaxProblem(refusal.message, where))
        self.instructions.append(instruction)


def _instruction_from(
    node: LineNode,
    line_map: MappedText,
    span: Span,
    heredocs: tuple[Heredoc, ...],
    comments: tuple[str, ...],
    index: int,
) -> Instruction:
    chain = [node]
    while chain[-1].trigger is not None:
        chain.append(chain[-1].trigger)
    instruction = None
    for depth in range(len(chain) - 1, -1, -1):
        node = chain[depth]
        if depth:
            line, column = line_map.position(node.keyword.start)
            node_span = Span(line, column, span.end_line, span.end_column)
        else:
            node_span = span
        instruction = Instruction(
            keyword=node.keyword.value.upper(),
            keyword_as_written=node.keyword.value,
            span=node_span,
            keyword_span=line_map.span(node.keyword.start, node.keyword.end),
            flags=tuple([_flag(word, line_map) for word in node.flags]) if node.flags else (),
            args=tuple([Argument(word.value, line_map.span(word.start, word.end)) for word in node.args]),
            json=node.json,
            original=node.original,
            heredocs=heredocs,
            onbuild=instruction,
            rest=line_map.subtext(node.command_start, node.command_end),
            comments=() if depth else comments,
            index=index,
        )
    return instruction


def _flag(word: Word, line_map: MappedText) -> Flag:
    name, equals, value = word.value[2:].partition("=")
    return Flag(name, value if equals else None, word.value, line_map.span(word.start, word.end))
