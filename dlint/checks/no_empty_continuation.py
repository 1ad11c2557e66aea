"""NoEmptyContinuation: a blank line inside a ``\\``-continued instruction.

BuildKit skips such lines today but announces they will become errors; the
parser records each instruction that has one as an ``empty-continuation``
warning. BuildKit reports it on the instruction's last continued line (before
any here-document body); the first empty line is shown beside it.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import Related, RuleContext, Severity, Violation, rule


@rule(
    "NoEmptyContinuation",
    buildkit_name="NoEmptyContinuation",
    title="Empty continuation lines will become errors in a future release",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "syntax"),
    url="https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/",
)
def empty_continuation_line(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for warning in doc.warnings:
        if warning.kind == "empty-continuation":
            yield Violation(warning.span, "Empty continuation line", related=(Related(warning.cause, "the empty line"),))
