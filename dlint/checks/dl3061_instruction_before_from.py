"""An instruction other than ARG before the first FROM (DL3061).

Only ARG (and comments and parser directives) may come before the first
FROM; BuildKit refuses anything else. Reported on each such instruction.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3061",
    title="Instruction before the first FROM",
    severity=Severity.ERROR,
    category="correctness",
)
def instruction_before_from(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        if instruction.keyword == "FROM":
            return
        if instruction.keyword != "ARG":
            yield Violation(
                instruction.keyword_span,
                f"{instruction.keyword} comes before the first FROM: a Dockerfile must begin with FROM, ARG or comments",
            )
