"""DLX010: a trailing backslash swallows the next instruction.

BuildKit skips empty lines inside a continuation, so in

    RUN apk add curl \\
    <empty line>
    RUN echo done

the second RUN becomes arguments of the first (``apk add curl RUN echo
done``). BuildKit only warns about the empty line (NoEmptyContinuation); this
rule names the instruction that disappeared.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
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
    for warning in doc.warnings:
        if warning.kind != "empty-continuation":
            continue
        instruction = doc.instruction_at(warning.cause.line)
        if instruction is None:
            continue
        swallowed = _first_word_after(instruction, warning.cause.line)
        if swallowed is None:
            continue
        start, end = swallowed
        word = instruction.rest.text[start:end]
        if word.upper() in KEYWORDS:
            yield Violation(
                instruction.rest.span(start, end),
                f"{word} is swallowed by the {instruction.keyword} above it: the line continuation before the "
                "empty line joins it to that instruction; remove the trailing backslash",
                related=(Related(warning.cause, "the empty line inside the continuation"),),
            )


def _first_word_after(instruction: Instruction, line: int) -> tuple[int, int] | None:
    """Offsets in ``instruction.rest`` of the first word of the first line after ``line``."""
    text = instruction.rest.text
    for offset, anchor_line, _ in instruction.rest.anchors:
        if anchor_line <= line:
            continue
        start = offset
        while start < len(text) and text[start] in " \t":
            start += 1
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        return (start, end) if end > start else None
    return None
