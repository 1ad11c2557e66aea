"""DLX010: a trailing backslash swallows the next instruction.

BuildKit skips empty lines inside a continuation, so in

    RUN apk add curl \\
    <empty line>
    RUN echo done

the second RUN becomes arguments of the first (``apk add curl RUN echo
done``). BuildKit only warns about the empty line (NoEmptyContinuation); this
rule names the instruction that disappeared.

Without the empty line the same mistake is silent:

    RUN apk add curl \\
    COPY entry.sh /entry.sh

A continuation line that starts unindented with an instruction keyword in
capitals is almost always a forgotten line end, since people indent the
lines that continue a command. Indented continuations and lower-case words
(``copy`` as an argument) stay quiet; after an empty line any keyword counts,
as the empty line already shows where the instruction was meant to end.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.spans import Span
from dlint.parser.instruction_checks import KEYWORDS
from dlint.rule_api import Related, RuleContext, Severity, Violation, rule


@rule(
    "DLX010",
    title="A line continuation swallows the next instruction",
    severity=Severity.ERROR,
    category="correctness",
    tags=("correctness",),
)
def swallowed_instruction(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    comment_lines = {comment.span.line for comment in doc.comments}
    for instruction in doc.instructions:
        for start, end, line, column, skipped in _continuation_lines(instruction):
            word = instruction.rest.text[start:end]
            if word.upper() not in KEYWORDS:
                continue
            # BuildKit drops empty and comment lines inside a continuation: the skipped lines that are not comments were empty.
            empty = [number for number in skipped if number not in comment_lines]
            if empty:
                yield Violation(
                    instruction.rest.span(start, end),
                    f"{word} is swallowed by the {instruction.keyword} above it: the line continuation before the "
                    "empty line joins it to that instruction; remove the trailing backslash",
                    related=(Related(Span(empty[0], 1, empty[0], 1), "the empty line inside the continuation"),),
                )
            elif column == 1 and word.isupper():
                yield Violation(
                    instruction.rest.span(start, end),
                    f"{word} is swallowed by the {instruction.keyword} above it: the line before ends with a line "
                    "continuation, so this line is more arguments of that instruction; remove the trailing "
                    "backslash, or indent the line if it really continues the command",
                )


def _continuation_lines(instruction: Instruction) -> Iterator[tuple[int, int, int, int, range]]:
    """For each line after the first: offsets in ``instruction.rest`` of its first word, its line and column,
    and the physical lines skipped since the line before it."""
    text = instruction.rest.text
    previous = instruction.span.line
    for offset, line, column in instruction.rest.anchors:
        if line <= previous:
            continue
        skipped = range(previous + 1, line)
        previous = line
        start = offset
        while start < len(text) and text[start] in " \t":
            start += 1
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        if end > start:
            yield start, end, line, column + (start - offset), skipped
